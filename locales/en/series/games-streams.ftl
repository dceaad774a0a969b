## Series: Games and livestreams (games-streams), for teens 13-17.
## Grounded in eSafety, Kids Helpline, CEOP Thinkuknow, Internet Matters and FBI guidance, paraphrased.

s-games-streams-title = Games and livestreams
s-games-streams-about = Voice chat, friend requests, gifts and livestreams: spot the tricks people use to build trust or debt, keep your settings tight, and leave and report when something's off.

## Lesson 1: Voice chat and friend requests

s-games-streams-game-chat-title = Voice chat and friend requests
s-games-streams-game-chat-intro =
    Games are a great way to hang out, team up and make friends, and most players are just there to play.

    But in-game chat and voice chat also let strangers reach you, and some adults use games to get close to young people. Online, anyone can say they're 15. A voice, a skin or a rank doesn't prove who someone is.
s-games-streams-game-chat-intro-alt = A smiling teen wearing a headset and holding a controller, with chat bubbles, a game screen, a padlock and a settings gear.
s-games-streams-game-chat-red-flags =
    Watch out for players who:
    • ask your age, where you live or go to school, or whether you're alone;
    • send lots of messages or friend requests after one match;
    • praise you a lot and say you're mature or special;
    • turn the chat to bodies, dating or sex;
    • want to keep things secret or move to another app.

    One of these is enough reason to step back.
s-games-streams-game-chat-settings =
    Your settings help:
    • Voice and text chat: friends or party only, or off.
    • Friend requests: from friends of friends, or nobody.
    • A username without your real name, age, school or town.
    • <b>Mute</b> anyone annoying, and <b>block</b> anyone creepy.

    Settings have different names in each game and console: look for Privacy, Safety or Communication.
s-games-streams-game-chat-q1 = A player you just met says you're way more mature than people your age, then asks if you're home alone. What is this?
s-games-streams-game-chat-q1-a = A compliment, no big deal
s-games-streams-game-chat-q1-a-why = Compliments feel nice, and that's the point. Lots of praise plus questions about being alone is a classic grooming pattern. You can stop replying.
s-games-streams-game-chat-q1-b = Red flags: flattery and a personal question
s-games-streams-game-chat-q1-b-why = You don't have to answer personal questions from anyone. Mute, block and report the player, and tell a trusted adult if it worried you.
s-games-streams-game-chat-q1-c = Fine, if they're good at the game
s-games-streams-game-chat-q1-c-why = Being good at a game says nothing about whether someone is safe. Watch what they ask, not how they play.
s-games-streams-game-chat-what-to-do =
    <b>What to do</b>
    Keep chat to friends, keep personal details out of your username and profile, and leave any chat that turns personal or creepy. Block and report the player in the game. Tell a trusted adult, or call a child helpline (116 111 in many countries).

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 2: Gifts, skins and “debts”

s-games-streams-gifts-debt-title = Gifts, skins and “debts”
s-games-streams-gifts-debt-intro =
    Free skins, in-game currency, a battle pass, a gift card: it feels great when someone gives you something.

    But some people give gifts to build trust, or to make you feel you owe them. Later they ask for something back: photos, secrets, a video call, or a move to a private app. Kids Helpline's advice: say “no thanks” to free gifts and credits from people you only know online.
s-games-streams-gifts-debt-intro-alt = A teen holding up a hand to say no thanks to a big gift box with coins and gems around it.
s-games-streams-gifts-debt-owe-nothing =
    A gift is not a deal. If someone says “after everything I gave you…”, that's pressure, and it's a red flag.

    Some players lend you currency, then say you're in <b>debt</b> and must pay it back in other ways. Whatever they gave you, you don't owe anyone pictures, secrets or your time. You can stop replying and tell someone.
s-games-streams-gifts-debt-private-apps =
    Slow down when a gaming friend wants to move to a private app, especially one where messages disappear, or asks you to keep the friendship secret.

    Moving apps isn't always bad. But together with gifts, flattery or secrets, it's a warning sign. A real friend is fine with you keeping chat in the game, and with your family knowing about them.
s-games-streams-gifts-debt-q1 = A player gave you skins. Now they say you owe them, and ask for a photo “to say thanks”. What's true?
s-games-streams-gifts-debt-q1-a = I should send it, they were generous
s-games-streams-gifts-debt-q1-a-why = Wanting to be fair is a good instinct. But a gift isn't a contract, and using it to get a photo is manipulation. You owe them nothing.
s-games-streams-gifts-debt-q1-b = I owe nothing; I can stop and tell someone
s-games-streams-gifts-debt-q1-b-why = Gifts used to make you feel in debt are a known trick. Stop replying, save the chat, block and report, and tell a trusted adult.
s-games-streams-gifts-debt-q1-c = I should pay them back in money
s-games-streams-gifts-debt-q1-c-why = It's natural to want to make things even. But paying keeps you in contact and can lead to more demands. You don't have to pay for a gift.
s-games-streams-gifts-debt-what-to-do =
    <b>What to do</b>
    Turn down gifts from people you only know online. If someone says you owe them, stop replying, take screenshots, then block and report them in the game. Tell a trusted adult or a child helpline (116 111 in many countries). You won't be in trouble for having accepted a gift.

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 3: Livestreams: watching and going live

s-games-streams-livestreams-title = Livestreams
s-games-streams-livestreams-intro =
    Livestreams are fun to watch and fun to make. Viewers can comment, chat and send gifts in real time.

    Because it's live, it's hard to undo: viewers can record or screenshot a stream. And a live audience can include people you don't know, even if you meant it just for friends.
s-games-streams-livestreams-intro-alt = A teen waving at a phone on a stand that is streaming live, with hearts, a gift and a star floating up.
s-games-streams-livestreams-comments-gifts =
    Watch out for viewers who:
    • send gifts or coins, then ask for something back, like a dare, a pose or a private chat;
    • ask you to change clothes, show your room or say where you are;
    • keep messaging you privately after the stream.

    You can ignore requests, filter or turn off comments, remove viewers and end the stream at any time. Gifts don't mean you owe anyone anything.
s-games-streams-livestreams-before-live =
    Before you go live:
    • Check the background: school uniform, street signs, your house, letters with your address.
    • Stream to friends only, if the app lets you.
    • Never say your location, school or plans on stream.
    • Let a trusted adult know when you're streaming.

    Some apps only let younger teens go live with an adult, or not at all. Check the app's rules.
s-games-streams-livestreams-q1 = A viewer sends you lots of gifts during your stream, then asks you to carry on in a private chat. What do you do?
s-games-streams-livestreams-q1-a = Go private, they've been generous
s-games-streams-livestreams-q1-a-why = It can feel like you should return the favour. But gifts given to get you alone are a red flag. You don't owe viewers anything.
s-games-streams-livestreams-q1-b = Say no, remove them, tell someone
s-games-streams-livestreams-q1-b-why = You can say no, remove or block the viewer and report them. Telling a trusted adult helps if they keep trying.
s-games-streams-livestreams-q1-c = Keep streaming and hope they stop
s-games-streams-livestreams-q1-c-why = Hoping it goes away is understandable. But this kind of pressure often grows. Acting early keeps you in control.
s-games-streams-livestreams-what-to-do =
    <b>What to do</b>
    Stream to people you know, keep personal details off camera, and end the stream the moment something feels wrong. Report viewers who pressure you. Tell a trusted adult or a child helpline (116 111 in many countries).

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 4: Leave, block and report

s-games-streams-leave-report-title = Leave, block and report
s-games-streams-leave-report-intro =
    You can leave any match, chat, server or stream at any time, without explaining. Leaving isn't rude, and it isn't losing. It's you being in control.

    If someone is bullying you, pressuring you or being creepy, the steps in this lesson help stop them, for you and for other players.
s-games-streams-leave-report-intro-alt = A teen walking towards an open door, with a report flag on one side and a block sign on the other.
s-games-streams-leave-report-evidence =
    Before you block, <b>save evidence</b>:
    • Screenshots or a screen recording of the chat or messages.
    • Their username (and gamertag, if it's different).
    • The game, server or stream, and the date.

    eSafety, Australia's online safety regulator, advises collecting evidence like this, then reporting the player in the game.
s-games-streams-leave-report-block-report =
    <b>Mute</b> stops you hearing or seeing them. <b>Block</b> stops them contacting you. <b>Report</b> tells the game, so it can act. If someone is harmful, do all three.

    Reports are usually private: the player isn't told who reported them. Look for a flag icon, tap the player's name in the player list, or find Report in the menu.
s-games-streams-leave-report-q1 = A player keeps messaging you after you left the match, asking for your other accounts. What's the best step?
s-games-streams-leave-report-q1-a = Give them one account so they stop
s-games-streams-leave-report-q1-a-why = It can feel like the easiest way out. But it gives them another way to reach you, and you don't have to give them anything.
s-games-streams-leave-report-q1-b = Screenshot, block, report, tell someone
s-games-streams-leave-report-q1-b-why = Evidence first, then block and report in the game. Telling a trusted adult means you're not handling it alone.
s-games-streams-leave-report-q1-c = Delete the game for good
s-games-streams-leave-report-q1-c-why = Taking a break is fine if you want one. But you didn't do anything wrong: blocking and reporting stops them without you losing your game.
s-games-streams-leave-report-what-to-do =
    <b>What to do</b>
    Leave anything that feels wrong. Save evidence, then block and report in the game. Tell a trusted adult, or call a child helpline (116 111 in many countries). If anyone asks you for sexual pictures or threatens you, that's serious: get help straight away.

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.
