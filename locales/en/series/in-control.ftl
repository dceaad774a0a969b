## Series: You're in control (in-control), for teens 13-17.
## Structure: content/series/in-control.yaml. Grounded in Be Internet Awesome and eSafety advice (paraphrased).

s-in-control-title = You're in control
s-in-control-about = Four short lessons on privacy, spotting fakes, strong accounts and being kind online. You decide what you share and who can reach you.

## Lesson 1: Your footprint and privacy

s-in-control-footprint-title = Your footprint and privacy
s-in-control-footprint-intro =
    Everything you post, like, share or comment on leaves a trace. Together, these traces make up your <b>digital footprint</b>.

    Other people can save, screenshot or forward what you share, even from a "private" chat. That's not a reason to be scared. It's a reason to choose. You decide what goes out and who gets to see it.
s-in-control-footprint-intro-alt = A teenager holds a phone. A trail of footprints leads to a card of privacy switches and a padlock.
s-in-control-footprint-think-first =
    Before you post, ask yourself two quick questions:

    • Would I be OK if my family, a teacher or a future boss saw this?
    • Does it show where I live, which school I go to, or where I am right now?

    Keep your address, phone number, school and live location for people you know and trust offline. Sharing fun stuff is great. Sharing where to find you is different.
s-in-control-footprint-telegram-settings =
    On Telegram, you choose who can see and reach you. Open <b>Settings</b>, then <b>Privacy and Security</b>:

    • <b>Phone Number</b>: pick <b>Nobody</b> or <b>My Contacts</b>.
    • Who can add you to groups: pick <b>My Contacts</b>.
    • Last seen and profile photos: show them only to your contacts, if you like.

    It takes one minute, and you can change it anytime.
s-in-control-footprint-q1 = Who should be able to see your phone number on Telegram?
s-in-control-footprint-q1-a = Everybody, so my friends can find me
s-in-control-footprint-q1-a-why = It's easy, but it also lets people you don't know see your number. Friends can still find you by your username, so Nobody or My Contacts is the safer pick.
s-in-control-footprint-q1-b = Anyone who is in my groups
s-in-control-footprint-q1-b-why = Limiting it is a good start, but groups can be full of people you've never met. Nobody or My Contacts keeps your number safer.
s-in-control-footprint-q1-c = Nobody, or just my contacts
s-in-control-footprint-q1-c-why = This way your number stays with the people you choose. Your friends can still chat with you, and people you don't know learn less about you.
s-in-control-footprint-unwanted-contact =
    Sometimes people you don't know send you messages. In an Australian survey, 3 in 10 teens said someone they didn't know had contacted them online in just six months (eSafety Commissioner, 2021). So you're not alone.

    You don't have to reply. You can:
    • leave the chat or just ignore it
    • <b>block</b> and <b>report</b> the account (Telegram shows these buttons when someone new writes to you)
    • keep screenshots if something feels wrong
    • tell an adult you trust
s-in-control-footprint-q2 = Someone you've never met keeps asking which school you go to. What's a good move?
s-in-control-footprint-q2-a = Tell them, it's just the name of a school
s-in-control-footprint-q2-a-why = It can feel harmless, but your school tells someone where to find you most days. It's OK to keep it to yourself, even if they keep asking.
s-in-control-footprint-q2-b = Don't tell them, and block if they keep asking
s-in-control-footprint-q2-b-why = You don't owe anyone your personal details. Someone who keeps pushing for them is showing a red flag: block, report and tell someone you trust.
s-in-control-footprint-q2-c = Send a photo of my uniform instead
s-in-control-footprint-q2-c-why = It dodges the question, but a uniform or school badge can show your school just as clearly. Better to keep it private.
s-in-control-footprint-what-to-do =
    <b>What to do</b>
    • Check your privacy settings today. It takes one minute.
    • Think before you share where you live, where you study or where you are right now.
    • If someone makes you uncomfortable, stop replying, block, report, and tell an adult you trust.

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 2: Spotting fakes

s-in-control-fakes-title = Spotting fakes
s-in-control-fakes-intro =
    Online, anyone can pick any name, age or photo. Most people are who they say they are, but some pretend to be someone else to trick people.

    You don't have to be suspicious of everyone. You just need to know the signs. Let's look at three kinds of fakes: fake people, fake offers and fake messages.
s-in-control-fakes-intro-alt = A teenager with a phone looks at two profile cards. One face is hidden behind a mask, and a magnifying glass checks it.
s-in-control-fakes-fake-people =
    <b>Fake people</b> often follow a pattern. Watch out if someone:
    • becomes your "best friend" really fast, with lots of compliments
    • asks you to keep your chats secret
    • wants to move to another app
    • asks for photos, money or personal details
    • gets upset or pushy when you say no

    One sign alone isn't proof. But if something feels off, trust that feeling. You can slow down or stop.
s-in-control-fakes-q1 = Someone from a game chat says they're 14 too. After a week, they want to move to a private app and keep it secret. What is this?
s-in-control-fakes-q1-a = Normal, online friends do that
s-in-control-fakes-q1-a-why = Lots of online friendships are real and good. But rushing you and asking for secrets are red flags, even when the person seems nice.
s-in-control-fakes-q1-b = A red flag: slow down and tell someone
s-in-control-fakes-q1-b-why = Secrets plus a push to switch apps is a common trick. You can say no, and telling an adult you trust is smart, not snitching.
s-in-control-fakes-q1-c = Fine, if their profile photo looks real
s-in-control-fakes-q1-c-why = Checking their profile makes sense, but photos are easy to copy from anywhere. How someone acts tells you more than their picture.
s-in-control-fakes-fake-offers =
    <b>Fake offers</b> sound amazing: free Telegram Premium, coins for your game, a prize from a contest you never entered, or easy money for a small job.

    The catch comes next. They ask you to tap a link, pay a small fee, or send a code or your personal details.

    Quick rule: if it sounds too good to be true, it probably is.
s-in-control-fakes-phishing =
    <b>Fake messages</b> (phishing) pretend to come from an app, a bank or even a friend. They often rush you: "Your account will be deleted in 1 hour!"

    Before you tap, ask:
    • Did this come out of nowhere?
    • Is someone rushing or scaring me?
    • Does the link look a bit odd?

    If yes, don't tap. Go to the app or website yourself. Telegram never asks for your code or password in a chat.
s-in-control-fakes-q2 = A message says you won free Telegram Premium. You just need to tap a link and enter your login code. What do you do?
s-in-control-fakes-q2-a = Don't tap. Block and report the sender
s-in-control-fakes-q2-a-why = Real prizes never need your login code. Blocking and reporting the sender helps protect other people too.
s-in-control-fakes-q2-b = Enter the code fast, before it runs out
s-in-control-fakes-q2-b-why = The rush is part of the trick. Anyone who gets your code can take over your account. Take your time: real offers don't vanish in seconds.
s-in-control-fakes-q2-c = Forward it to my friends so they win too
s-in-control-fakes-q2-c-why = That's a kind thought, but it would pass the trick on to them. Better to report it and warn your friends that it's fake.
s-in-control-fakes-what-to-do =
    <b>What to do</b>
    • Not sure if it's real? Pause. You don't have to answer right away.
    • Don't tap surprise links or send codes, money or photos.
    • Block and report fake accounts.
    • Already clicked, sent or paid? It happens to lots of people. Tell an adult you trust. It's not your fault, and it can be fixed.

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 3: Strong accounts

s-in-control-accounts-title = Strong accounts
s-in-control-accounts-intro =
    Your accounts hold your chats, your photos and your friends. Locking them well means you stay in charge of them.

    Three simple habits make a big difference:
    • a strong password
    • two-step verification
    • never sharing your login codes
s-in-control-accounts-intro-alt = A teenager next to a big phone with a padlock on the screen, a shield with a tick and a key.
s-in-control-accounts-passphrase =
    <b>Long beats complicated.</b> A passphrase is a few random words strung together, like lamp-river-cookie-jump (but make up your own!).

    • Don't use your name, birthday or pet's name.
    • Use a different password for each important account.
    • Don't share it, not even with your closest friends.

    A password manager, or an adult you trust, can help you keep track.
s-in-control-accounts-q1 = Which password is the strongest?
s-in-control-accounts-q1-a = Maria2010
s-in-control-accounts-q1-a-why = Names and birth years are easy to guess, especially if they're on your profile. Try a few random words instead.
s-in-control-accounts-q1-b = piano-banana-wind-boot
s-in-control-accounts-q1-b-why = Four random words make a password that's long and hard to guess, but easy for you to remember. Just make up your own.
s-in-control-accounts-q1-c = Password123!
s-in-control-accounts-q1-c-why = It looks tricky, but it's one of the most used passwords in the world. Length and randomness matter more than symbols.
s-in-control-accounts-two-step =
    <b>Two-step verification</b> adds a second lock. Even if someone gets your login code, they still need your password to get in.

    On Telegram, open <b>Settings</b>, then <b>Privacy and Security</b>, then <b>Two-Step Verification</b>. Pick a password and add a recovery email you can open.

    Lots of other apps have this too. Look for "two-step" or "2FA" in their security settings.
s-in-control-accounts-login-codes =
    A login code is like the key to your home. <b>Never share it</b>, not even with someone who says they're from Telegram, or a friend who says they sent it to you by mistake. Telegram never asks for your code in a chat.

    Shared one by mistake? It happens. Go to <b>Settings</b>, then <b>Devices</b>, end any session you don't recognise, and turn on two-step verification.
s-in-control-accounts-q2 = A friend writes: "Oops, I sent my code to your number by mistake. Can you send it to me?" What do you do?
s-in-control-accounts-q2-a = Send it, they're my friend
s-in-control-accounts-q2-a-why = Wanting to help is kind, but this is a very common trick. Your friend's account may be hacked, and that code is really the key to yours.
s-in-control-accounts-q2-b = Send only half of the code
s-in-control-accounts-q2-b-why = Even part of a code can help a scammer get into your account. The safest choice is to send none of it.
s-in-control-accounts-q2-c = Don't send it, and check with them another way
s-in-control-accounts-q2-c-why = A call or a chat in person shows whether it's really your friend. If their account was hacked, yours stays safe, and you can help them get theirs back.
s-in-control-accounts-what-to-do =
    <b>What to do</b>
    • Use a long passphrase, different for each important account.
    • Turn on two-step verification on Telegram today.
    • Never share login codes or passwords.
    • Think someone got into your account? End unknown sessions in <b>Devices</b>, change your password, and tell an adult you trust.

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 4: Kind and brave

s-in-control-kind-title = Kind and brave
s-in-control-kind-intro =
    Behind every screen is a real person with real feelings. What we post and share can make someone's day, or ruin it.

    Being kind online isn't about being perfect. It's about small choices: what you send, what you forward, and how you show up for other people.
s-in-control-kind-intro-alt = Two friends side by side, one with an arm around the other, with a heart and chat bubbles.
s-in-control-kind-dont-forward =
    Got a mean meme, a rumour or an embarrassing photo of someone? <b>Let it stop with you.</b>

    • Don't forward it, like it or comment on it.
    • Report it in the app.
    • Never share private or intimate images of anyone. It can hurt them deeply, and in many places it's against the law.

    Not forwarding is a quiet choice, but a brave one.
s-in-control-kind-q1 = In a group chat, someone posts an embarrassing photo of a classmate. What's a kind and brave move?
s-in-control-kind-q1-a = Don't share it, report it, check on them
s-in-control-kind-q1-a-why = Not sharing stops it spreading, reporting helps get it taken down, and a kind message shows your classmate they're not alone.
s-in-control-kind-q1-b = Forward it, everyone has seen it anyway
s-in-control-kind-q1-b-why = It can feel like one more share makes no difference, but each one spreads the hurt further. You can be the one who stops it.
s-in-control-kind-q1-c = Add a joke to make it less awkward
s-in-control-kind-q1-c-why = Wanting to lighten the mood makes sense. But jokes can pile on and make your classmate feel even worse.
s-in-control-kind-support-friends =
    If a friend is being picked on online, you can help, even in small ways:
    • Send a private message: "I saw that. Are you OK?"
    • Listen without judging.
    • Help them save screenshots, then block and report.
    • Offer to go with them to talk to an adult they trust.

    You don't have to fix everything. Just being there matters a lot.
s-in-control-kind-talk-it-out =
    <b>When in doubt, talk it out.</b> If something online makes you feel scared, sad, confused or pressured, tell someone you trust: a parent, a relative, a teacher, a school counsellor or a child helpline.

    It's never too late to speak up. If someone else did something wrong, it's not your fault. And if you made a mistake, you still deserve help.
s-in-control-kind-q2 = A friend tells you someone keeps sending them mean messages. What helps most?
s-in-control-kind-q2-a = Tell them to just ignore it
s-in-control-kind-q2-a-why = Ignoring can work sometimes, but on its own it can leave your friend feeling alone. Helping them block, report and get support works better.
s-in-control-kind-q2-b = Send mean messages back to the bully
s-in-control-kind-q2-b-why = Wanting to stand up for your friend is a good instinct. But hitting back can make things worse and get you into trouble too. Report it instead.
s-in-control-kind-q2-c = Listen, help them report, find an adult
s-in-control-kind-q2-c-why = Listening helps your friend feel less alone, reporting gets the messages looked at, and an adult you trust can help make it stop.
s-in-control-kind-what-to-do =
    <b>What to do</b>
    • Don't forward hurtful posts or images. Report them.
    • Check in on friends who are having a hard time.
    • If something online worries you, talk to an adult you trust. What someone else did is not your fault.

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Youth voice: the one-tap question asked once after the series (content/series/in-control.yaml voice_question)

s-in-control-voice-first-step = Which of these would you do first?
s-in-control-voice-first-step-privacy = Check who can see my posts
s-in-control-voice-first-step-passwords = Make my passwords stronger
s-in-control-voice-first-step-check = Stop and check before I share
s-in-control-voice-first-step-kind = Stick up for someone picked on online
s-in-control-voice-first-step-talk = Talk to someone I trust
