## Series: Safety settings in your apps (app-safety), for teens 13-17.
## Setting names checked against each platform's help or safety pages (see content/series/app-safety.yaml);
## settings that could not be confirmed there are described in general words.

s-app-safety-title = Safety settings in your apps
s-app-safety-about = The main privacy settings in WhatsApp, Instagram, TikTok, Snapchat, Discord, Roblox and YouTube: who can contact you, private accounts, location and groups, and how to block and report.

## Lesson 1: WhatsApp

s-app-safety-whatsapp-title = WhatsApp
s-app-safety-whatsapp-intro =
    WhatsApp works with phone numbers, so anyone who has your number can message you, and your number can get passed around in groups.

    A few settings make a big difference. Most are in WhatsApp under <b>Settings → Privacy</b>. Apps change their menus from time to time: if a name looks different on your phone, look for something similar.
s-app-safety-whatsapp-intro-alt = A phone showing a group chat, next to a big padlock, a settings gear and a green tick.
s-app-safety-whatsapp-groups =
    <b>Groups</b>: in Settings → Privacy → Groups you choose who can add you to groups. Pick <b>My Contacts</b>, or a stricter option if you see one. Then people who aren't in your contacts have to send you an invite instead, and you decide whether to join.

    If you're added to a group you don't want to be in, you can leave it and report it.
s-app-safety-whatsapp-profile-location =
    In Privacy you can also choose who sees your profile photo, your “about”, your last seen and online status, and your status updates. “My contacts” is safer than “Everyone”.

    <b>Live location</b> is only shared when you choose to share it in a chat. Only share it with people you know offline, and stop sharing when you're done.
s-app-safety-whatsapp-block-report =
    <b>Block</b>: open the chat, tap the person's name, then <b>Block</b>. Blocked people can't call or message you, and can't see your last seen, online status or profile photo changes.

    <b>Report</b>: in the same place, choose <b>Report</b>. “Report and block” does both at once. You can't block a whole group, but you can leave it and block the group's admin.
s-app-safety-whatsapp-q1 = People you don't know keep adding you to WhatsApp groups. Which setting helps most?
s-app-safety-whatsapp-q1-a = Groups: set to My Contacts
s-app-safety-whatsapp-q1-a-why = With this setting, people who aren't in your contacts can only send you an invite, and you choose whether to join. You can also leave and report groups you don't want.
s-app-safety-whatsapp-q1-b = Turn off read receipts
s-app-safety-whatsapp-q1-b-why = Read receipts are a useful privacy setting, but they only change whether people see that you've read a message. They don't stop anyone adding you to groups.
s-app-safety-whatsapp-q1-c = Change my profile photo
s-app-safety-whatsapp-q1-c-why = Choosing who can see your photo is a good idea too. But it doesn't control who can put you in groups.
s-app-safety-whatsapp-what-to-do =
    <b>What to do</b>
    Check Settings → Privacy today: groups, profile photo and last seen. Only share live location with people you know offline. Block and report anyone who bothers you. If someone threatens you or asks for pictures, keep the chat and tell a trusted adult or a child helpline (116 111 in many countries).

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 2: Instagram and TikTok

s-app-safety-insta-tiktok-title = Instagram and TikTok
s-app-safety-insta-tiktok-intro =
    On Instagram and TikTok, a public account means anyone can see your posts, often comment on them, and share them far beyond your friends.

    Both apps have extra protections for teens, and some are switched on by default. It's still worth checking, because settings can be changed, and some protections depend on the age the app thinks you are.
s-app-safety-insta-tiktok-intro-alt = A phone showing a profile locked with a padlock, with one follower request approved and another turned down.
s-app-safety-insta-tiktok-instagram =
    <b>Instagram</b>
    • <b>Private account</b>: only followers you approve see your posts, stories and reels. Instagram makes accounts private by default for under-16s (under-18s in some countries).
    • Instagram stops adults from starting private chats with teens they're not connected to.
    • In your message settings, limit who can send you message requests.
    • Leave the location off your posts, or add it only after you've left.
s-app-safety-insta-tiktok-tiktok =
    <b>TikTok</b>
    • <b>Private account</b>: on by default for ages 13 to 15. Only people you approve can follow you and watch your videos.
    • <b>Suggest your account to others</b>: turn it off, so strangers aren't pointed to you.
    • <b>Direct messages</b>: not available under 16. At 16 and 17, choose who can message you, such as friends only, or no one.
    • When you post, you can choose who can watch each video.
s-app-safety-insta-tiktok-block-report =
    <b>Block or report a person</b> on either app: go to their profile, tap the three dots, then <b>Block</b> or <b>Report</b>.
    <b>Report a post or video</b>: on TikTok, tap the share arrow, then Report. On Instagram, tap the three dots on the post, then Report.

    The person isn't told who reported them. Instagram also has <b>Restrict</b>, which quietly limits someone without blocking them.
s-app-safety-insta-tiktok-q1 = You're 15 and want to post dance videos just for your friends. What's the best setup?
s-app-safety-insta-tiktok-q1-a = Public account, but no captions
s-app-safety-insta-tiktok-q1-a-why = Leaving out captions helps a little. But with a public account, anyone can still watch, comment on and share your videos.
s-app-safety-insta-tiktok-q1-b = Private account, and I approve followers
s-app-safety-insta-tiktok-q1-b-why = With a private account you decide who follows you and sees your videos. You can also choose who can watch each video when you post it.
s-app-safety-insta-tiktok-q1-c = Public account, and block creeps later
s-app-safety-insta-tiktok-q1-c-why = Blocking is a great tool, but it only works after someone has found you. A private account keeps strangers out from the start.
s-app-safety-insta-tiktok-what-to-do =
    <b>What to do</b>
    Check that your account is private, stop the app suggesting your account to others, and limit who can message you. Keep location off your posts. Block and report anyone who makes you uncomfortable, and tell a trusted adult or a child helpline (116 111 in many countries).

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 3: Snapchat and Discord

s-app-safety-snap-discord-title = Snapchat and Discord
s-app-safety-snap-discord-intro =
    Snapchat and Discord are made for chatting with friends and communities. Both can also let people you don't know reach you, unless you set limits.

    Snaps and messages that “disappear” can still be screenshotted, or filmed with another phone. Don't let a disappearing feature make you trust someone faster.
s-app-safety-snap-discord-intro-alt = A phone showing a map where a friendly ghost hides the location, next to a crossed-out map pin and a padlock.
s-app-safety-snap-discord-snapchat =
    <b>Snapchat</b>
    • <b>Contact</b>: in your privacy settings, check that only <b>My Friends</b> can contact you.
    • <b>Snap Map</b>: your location is off unless you turn it on. <b>Ghost Mode</b> keeps it hidden; if you do share, share with a few close friends only.
    • Only add people you know in real life.
    • To block or report someone, open their profile, or press and hold on their Snap, and choose Block or Report.
s-app-safety-snap-discord-discord =
    <b>Discord</b> (User Settings, privacy and social settings)
    • Turn off <b>Allow direct messages from server members</b>, so people in your servers can't DM you unless they're your friends.
    • Under <b>Friend Requests</b>, choose who can send you requests: not everyone.
    • For teens, Discord blurs or blocks sensitive images in DMs by default.
    • Block: open their profile, tap the three dots, then Block. Report: open the menu on their message and choose Report.
s-app-safety-snap-discord-q1 = Someone from a big Discord server you joined keeps sending you DMs you didn't ask for. What helps?
s-app-safety-snap-discord-q1-a = Turn off DMs from server members
s-app-safety-snap-discord-q1-a-why = With this off, people who share a server with you can't message you unless they're your friends. You can also block and report the person.
s-app-safety-snap-discord-q1-b = Leave every server I'm in
s-app-safety-snap-discord-q1-b-why = You can always leave a server. But you don't have to lose your communities: one setting stops DMs from strangers in them.
s-app-safety-snap-discord-q1-c = Reply and ask them to stop
s-app-safety-snap-discord-q1-c-why = Asking politely works with some people. But replying keeps the chat going. Block, report, and change the setting.
s-app-safety-snap-discord-what-to-do =
    <b>What to do</b>
    Snapchat: contact from My Friends only, and Ghost Mode on Snap Map. Discord: DMs from server members off, and friend requests limited. Block and report anyone who pressures you, and keep the evidence. Tell a trusted adult or a child helpline (116 111 in many countries).

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 4: Roblox and YouTube

s-app-safety-roblox-youtube-title = Roblox and YouTube
s-app-safety-roblox-youtube-intro =
    Roblox and YouTube are huge, with players and viewers of every age, adults included. Their settings help you decide who can talk to you and who sees what you make.

    Both update their settings often. If a name in this lesson looks different, look in Settings for Privacy, Communication or Parental Controls.
s-app-safety-roblox-youtube-intro-alt = A game controller and a video player with a green shield between them, plus a report flag and a block sign.
s-app-safety-roblox-youtube-roblox =
    <b>Roblox</b>
    • In <b>Settings → Privacy</b>, choose who can chat with you and who can message you. Friends only, or no one, is safest.
    • Keep your real name, school and other accounts out of chat and your profile.
    • <b>Report Abuse</b>: in a game, open the menu and tap the flag next to a player's name, or use the Report tab. Report the actual chat or message, so moderators can see what happened.
    • <b>Block User</b>: tap the player in the player list, or the three dots on their profile.
s-app-safety-roblox-youtube-youtube =
    <b>YouTube</b>
    • When you upload, choose who can see the video: Private, Unlisted (only people with the link) or Public.
    • You can turn off comments on your videos, or hold them for review.
    • Keep your school, street and home out of your videos.
    • <b>Report</b>: use the three-dot menu on a video, comment or channel, then Report. Reporting is anonymous: the other person won't know it was you.
s-app-safety-roblox-youtube-q1 = A Roblox player asks for your Snapchat so you can “talk properly”. What do you do?
s-app-safety-roblox-youtube-q1-a = Give it to them, they seem nice
s-app-safety-roblox-youtube-q1-a-why = Being friendly back is natural. But moving you to another app is a common first step to get you alone. Keep chat in the game, or end it.
s-app-safety-roblox-youtube-q1-b = Say no, and block or report if they push
s-app-safety-roblox-youtube-q1-b-why = You can keep chat in the game, or simply say no. If they keep asking or get pushy, block and report them, and tell a trusted adult.
s-app-safety-roblox-youtube-q1-c = Give them a fake account name
s-app-safety-roblox-youtube-q1-c-why = It's smart to protect your real account. But this keeps the conversation going. Saying no, and blocking if needed, is simpler and safer.
s-app-safety-roblox-youtube-what-to-do =
    <b>What to do</b>
    Roblox: limit chat and messages to friends, and use Report Abuse and Block User. YouTube: upload as private or unlisted unless you're sure, and report anything that worries you. If someone asks for pictures or threatens you, tell a trusted adult or a child helpline (116 111 in many countries).

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.
