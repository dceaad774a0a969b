## Series: Risky contact and images (risky-contact), for teens 13-17.
## Grounded in Thorn, eSafety Commissioner and NCMEC guidance, paraphrased.

s-risky-contact-title = Risky contact and images
s-risky-contact-about = Spot grooming, handle pressure for nudes or sextortion, get images taken down, and know who to tell. None of it is ever your fault.

## Lesson 1: Grooming red flags

s-risky-contact-grooming-title = Grooming red flags
s-risky-contact-grooming-intro =
    Most people you meet online mean no harm. But some build trust with young people on purpose, so they can harm them later. This is called <b>grooming</b>.

    It isn't only about strangers. It can be someone you've chatted with for months, or someone you know in real life. So it helps to watch for red flags, not just new faces.
s-risky-contact-grooming-red-flags =
    Red flag: <b>secrets</b>. They say “this stays between us” or “your parents wouldn't get it”.

    Red flag: <b>moving fast</b>. After a few chats they say you're special, that they love you, that nobody gets you like they do. They ask about your body, your relationships, or when you're home alone.
s-risky-contact-grooming-red-flags-alt = A teenager holds a phone. A big phone screen shows chat bubbles and a small gift, with red flags beside it.
s-risky-contact-grooming-more-flags =
    Red flag: <b>gifts</b>. Game credits, skins, money or phone top-ups, and then they act like you owe them.

    Red flag: <b>a private app</b>. They want to move from a game or group to a private chat, often one where messages disappear.

    Red flag: <b>pressure</b>. When you say no, they sulk, make you feel guilty or get angry.
s-risky-contact-grooming-q1 = Someone you met in a game says: “Let's talk on another app. Don't tell your parents about me.” What is this?
s-risky-contact-grooming-q1-a = Normal. Friends chat on lots of apps.
s-risky-contact-grooming-q1-a-why = Friends do use lots of apps, and that part can be fine. But asking you to hide them from your family is a red flag, and together with moving apps it's worth taking seriously.
s-risky-contact-grooming-q1-b = Two red flags: secrets and a private app
s-risky-contact-grooming-q1-b-why = A real friend doesn't need you to keep them secret. You can say no, stop replying and talk to someone you trust.
s-risky-contact-grooming-q1-c = Only a problem if they're a stranger
s-risky-contact-grooming-q1-c-why = Grooming can come from someone you feel you know well, online or offline. The red flags matter more than how long you've known them.
s-risky-contact-grooming-fear-shame =
    Groomers often use fear and shame to keep young people quiet: “You'll get in trouble too”, “No one will believe you”. That isn't true.

    If someone treats you like this, it is their fault, never yours. Even if you replied, took a gift or sent something. You can stop at any time, and you won't be in trouble for asking for help.
s-risky-contact-grooming-q2 = A chat feels wrong and the other person keeps pushing. What can you do?
s-risky-contact-grooming-q2-a = Keep chatting so they don't get upset
s-risky-contact-grooming-q2-a-why = It's kind to care about other people's feelings. But you don't owe anyone a reply, and their mood is not your job.
s-risky-contact-grooming-q2-b = Sort it out alone so nobody finds out
s-risky-contact-grooming-q2-b-why = Lots of people feel this way, and that feeling is exactly what groomers count on. You won't be in trouble for asking for help, and you don't have to deal with this alone.
s-risky-contact-grooming-q2-c = Stop replying, block, report, tell someone
s-risky-contact-grooming-q2-c-why = You can leave any chat, at any time, without explaining. Take screenshots first if you can, then block, report and tell someone you trust.
s-risky-contact-grooming-what-to-do =
    <b>What to do</b>
    If a chat shows red flags: stop replying and leave. Take screenshots if you can. Block and report the account in the app. Tell a trusted adult, or call a child helpline (116 111 in many countries).

    You did nothing wrong. Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 2: Pressure for nudes

s-risky-contact-nudes-title = Pressure for nudes
s-risky-contact-nudes-intro =
    Sometimes people ask for nude or sexy photos. It might be a boyfriend or girlfriend, a crush, a friend, or someone you only know online. They might ask nicely, keep asking, or say “everyone does it”.

    Most teens don't. And you can always say <b>no</b>, even to someone you like, even if you said yes before.
s-risky-contact-nudes-lose-control =
    Once a photo is sent, you can't control where it goes. It can be screenshotted, saved or shared, even in apps that say it will disappear. People break up, and phones get lost or hacked.

    If you've already sent something, it's OK to talk about it. It doesn't make you a bad person, and there is help, including ways to get images taken down.
s-risky-contact-nudes-say-no =
    Some ways to say no:
    • “No thanks, not my thing.”
    • “If you respect me, you'll stop asking.”
    • A joke, a meme, or just leaving the chat.

    You don't owe anyone a reason. Someone who cares about you will accept a no. If they keep pushing or make threats, that's a red flag, and it's not your fault.
s-risky-contact-nudes-say-no-alt = A teenager holds a phone. A chat bubble asks for a photo, and the reply bubble shows a clear no sign.
s-risky-contact-nudes-q1 = Your partner keeps asking for a nude and says everyone does it. What's true?
s-risky-contact-nudes-q1-a = I can say no, and no is enough
s-risky-contact-nudes-q1-a-why = A no is a full answer, and you don't have to explain it. If they keep pushing, that says something about them, not about you.
s-risky-contact-nudes-q1-b = I have to send one or I'll lose them
s-risky-contact-nudes-q1-b-why = It's natural not to want to lose someone. But a person who really cares won't make a photo the price of staying. You deserve respect.
s-risky-contact-nudes-q1-c = It's fine if the app deletes photos
s-risky-contact-nudes-q1-c-why = Disappearing photos sound safe, but the app can't stop a screenshot, or another phone filming the screen. Once it's sent, it's out of your hands.
s-risky-contact-nudes-forwarding =
    If someone sends you a nude of another person, <b>don't forward it</b> or show it around. Sharing it hurts that person. In many countries, sharing sexual images of anyone under 18 is against the law, even when the sender is under 18 too.

    Don't pass it on. Report it in the app, tell a trusted adult, then delete it.
s-risky-contact-nudes-q2 = Someone posts a nude of a classmate in your group chat. What helps most?
s-risky-contact-nudes-q2-a = Forward it to warn other people
s-risky-contact-nudes-q2-a-why = Wanting to warn people comes from a good place. But forwarding spreads the image and hurts your classmate even more. Reporting it is the way to help.
s-risky-contact-nudes-q2-b = Don't share it, report it, tell an adult
s-risky-contact-nudes-q2-b-why = Not passing it on and reporting it are small steps that make a big difference. You could also check in with your classmate: they may feel very alone.
s-risky-contact-nudes-q2-c = Ignore it, it's not my problem
s-risky-contact-nudes-q2-c-why = It can feel awkward to get involved, and that's understandable. But staying silent leaves your classmate alone with it. Reporting takes a minute and really helps.
s-risky-contact-nudes-what-to-do =
    <b>What to do</b>
    If someone pressures you: say no, leave the chat, block and report them. If you've sent an image and you're worried, talk to a trusted adult or a child helpline. You won't be in trouble for asking for help, and images taken before you were 18 can often be removed.

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 3: Sextortion

s-risky-contact-sextortion-title = Sextortion
s-risky-contact-sextortion-intro =
    <b>Sextortion</b> is when someone has, or says they have, a nude or sexual image of you, and threatens to share it unless you pay, send more or do what they say.

    It often starts with a flirty new contact who moves fast. Many are scammers who do this to lots of young people. It can happen to anyone, and it is <b>never your fault</b>.
s-risky-contact-sextortion-intro-alt = A young person with a trusted adult's arm around their shoulder, a coin crossed out, and a big shield.
s-risky-contact-sextortion-dont-pay =
    <b>Don't pay</b> and don't send anything else. Paying rarely makes it stop. They usually just ask for more.

    <b>Stop replying.</b> You don't have to answer threats or deadlines. They want you to panic and act fast. Take a breath: you have time to get help.
s-risky-contact-sextortion-evidence =
    <b>Save evidence</b> before you block: screenshots of the messages, their username or profile link, and any payment details they sent you.

    <b>Block, but don't delete your account.</b> Deleting it can wipe the messages that help stop them. Then <b>report</b> the account in the app.
s-risky-contact-sextortion-q1 = Someone threatens to share your photo unless you pay by tonight. What do you do first?
s-risky-contact-sextortion-q1-a = Pay quickly so it all goes away
s-risky-contact-sextortion-q1-a-why = It makes sense to want it over fast. But paying usually leads to more demands. Keep your money; get help instead.
s-risky-contact-sextortion-q1-b = Delete my account and say nothing
s-risky-contact-sextortion-q1-b-why = Wanting to disappear is a very normal reaction. But deleting your account can erase evidence, and staying silent leaves you alone with it. Block instead, keep the messages and tell someone.
s-risky-contact-sextortion-q1-c = Stop replying, save evidence, get help
s-risky-contact-sextortion-q1-c-why = Stop replying, take screenshots, block and report, and tell a trusted adult or a helpline. The deadline is just a trick to rush you.
s-risky-contact-sextortion-not-your-fault =
    Sextortion is a crime, and the person doing it is the only one to blame. Not you. Not even if you sent a photo, or broke a rule at home.

    Feeling scared, ashamed or trapped is normal. But you are not alone, and there is a way through this. Telling someone is the fastest way to make it stop. You won't be in trouble for asking for help.
s-risky-contact-sextortion-q2 = Whose fault is sextortion?
s-risky-contact-sextortion-q2-a = Only the person making the threats
s-risky-contact-sextortion-q2-a-why = The person making threats is committing a crime, so the blame is theirs alone. You deserve help and support, not blame.
s-risky-contact-sextortion-q2-b = Mine, if I sent a photo
s-risky-contact-sextortion-q2-b-why = Lots of people blame themselves, and that's understandable. But trusting someone is not a crime. Threatening you is, so the blame is all theirs.
s-risky-contact-sextortion-q2-c = Partly mine, partly theirs
s-risky-contact-sextortion-q2-c-why = It can feel that way, especially when someone tells you to keep it secret. But the blame isn't shared: it belongs only to the person making threats.
s-risky-contact-sextortion-what-to-do =
    <b>What to do</b>
    Don't pay. Stop replying. Save screenshots. Block and report, but keep your account. Tell a trusted adult or a child helpline. Images can be taken down: see the next lesson.
    If you feel in danger or can't cope, call your local emergency number now.

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 4: Getting images taken down

s-risky-contact-takedown-title = Getting images taken down
s-risky-contact-takedown-intro =
    If a nude, partly nude or sexual image or video of you has been shared, or you're worried it might be, there are ways to get it removed. It's not too late, and you don't have to do it alone.

    This is true even if you took the photo yourself. You won't be in trouble for asking for help.
s-risky-contact-takedown-take-it-down =
    <b>Take It Down</b> is a free service run by NCMEC, a US child-protection charity, and young people in many countries can use it. It's for images or videos taken <b>before you turned 18</b>.

    Go to takeitdown.ncmec.org. You don't have to give your name, and a trusted adult can help you with it.
s-risky-contact-takedown-how-it-works =
    How it works: on your own phone or computer, the site turns the image into a <b>hash</b>, a kind of digital fingerprint. Only the fingerprint is sent, <b>never the image itself</b>. Apps that take part use it to find copies, remove them and block new uploads.

    Not every app takes part, so also report the image in the app where you saw it.
s-risky-contact-takedown-how-it-works-alt = A photo on a phone turns into a fingerprint pattern, and an arrow leads from it to a shield with a tick.
s-risky-contact-takedown-q1 = Which of these is true about Take It Down?
s-risky-contact-takedown-q1-a = I have to send them my photo
s-risky-contact-takedown-q1-a-why = That's a really common worry, and a fair one. But the image stays on your device. Only its digital fingerprint is shared.
s-risky-contact-takedown-q1-b = It's for images taken before I was 18
s-risky-contact-takedown-q1-b-why = Take It Down is for images from when you were under 18, and you can use it without giving your name.
s-risky-contact-takedown-q1-c = I have to go to the police first
s-risky-contact-takedown-q1-c-why = The police can help, and it's good to know that. But you don't need to go to them first. You can use Take It Down on your own or with an adult you trust.
s-risky-contact-takedown-hotlines =
    You can also report to a <b>reporting hotline</b>. The <b>IWF</b> (Internet Watch Foundation) and <b>INHOPE</b>, an international network of hotlines, work with websites and police to remove sexual images of under-18s.

    Many countries have their own reporting site. Reporting is free, and you don't have to share the image yourself.
s-risky-contact-takedown-what-to-do =
    <b>What to do</b>
    Report the image in the app where you saw it. Use takeitdown.ncmec.org for images from before you were 18. Report to a hotline too. A trusted adult or a child helpline can help you with every step.

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 5: Who to tell

s-risky-contact-who-to-tell-title = Who to tell
s-risky-contact-who-to-tell-intro =
    When something online feels wrong, telling someone is one of the bravest and smartest things you can do. You don't need to be sure, and you don't need proof.

    You won't be in trouble for asking for help. Whatever happened, it's not your fault.
s-risky-contact-who-to-tell-intro-alt = A teenager talks with a trusted adult. Chat bubbles and a heart float between them.
s-risky-contact-who-to-tell-trusted-adult =
    A <b>trusted adult</b> is someone who listens and helps: a parent or carer, an aunt or uncle, an older cousin, a teacher, a school counsellor, a coach or a nurse.

    Not sure how to start? Try: “Something happened online and I need help.” If the first adult doesn't help, tell another one. Keep going until someone does.
s-risky-contact-who-to-tell-helplines =
    A <b>child helpline</b> is usually free and private. You can talk about anything, and you don't have to give your name. In Europe and many other countries the number is <b>116 111</b>. Some countries use a different number.

    A <b>reporting hotline</b> can get sexual images of under-18s removed. In danger right now? Call your local emergency number.
s-risky-contact-who-to-tell-q1 = Something online worries you, but you're not sure it's serious. What's a good move?
s-risky-contact-who-to-tell-q1-a = Tell a trusted adult or a helpline
s-risky-contact-who-to-tell-q1-a-why = You don't have to be sure it's serious. Talking it through is how you find out, and how you get support.
s-risky-contact-who-to-tell-q1-b = Wait until I have proof
s-risky-contact-who-to-tell-q1-b-why = It's natural to want to be sure first. But you don't need proof: feeling worried is reason enough to talk to someone.
s-risky-contact-who-to-tell-q1-c = Keep it to myself so nobody gets upset
s-risky-contact-who-to-tell-q1-c-why = Caring about other people's feelings is kind. But the adults who care about you would rather know, and you deserve support too.
s-risky-contact-who-to-tell-friend =
    If a friend tells you something happened to them: listen, believe them, and don't share their story around. Remind them it's not their fault.

    Then help them tell a trusted adult, or offer to go with them. If they're in danger, tell an adult yourself, even if they asked you not to. That's being a good friend.
s-risky-contact-who-to-tell-q2 = A friend says someone is threatening them, but asks you to keep it secret. What do you do?
s-risky-contact-who-to-tell-q2-a = Keep the secret, like I promised
s-risky-contact-who-to-tell-q2-a-why = Keeping promises matters, and it shows you're loyal. But some secrets are too heavy to keep, and threats are one of them. Your friend needs adult help.
s-risky-contact-who-to-tell-q2-b = Post about it to warn everyone
s-risky-contact-who-to-tell-q2-b-why = You want to protect people, which is great. But posting could expose your friend and make things worse. Talking to a trusted adult is safer.
s-risky-contact-who-to-tell-q2-c = Help them tell a trusted adult
s-risky-contact-who-to-tell-q2-c-why = You can offer to go with them or help find the words. If they won't, telling an adult yourself is still the right thing to do.
s-risky-contact-who-to-tell-what-to-do =
    <b>What to do</b>
    Think of one person you could tell if something went wrong online. Remember the child helpline, 116 111 in many countries. Reporting hotlines can help remove images.

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country. You are never alone with this.

## Youth voice: the one-tap question asked once after the series (content/series/risky-contact.yaml voice_question)

s-risky-contact-voice-first-move = If a chat started to feel wrong, what would you do first?
s-risky-contact-voice-first-move-leave = Stop replying and leave the chat
s-risky-contact-voice-first-move-save = Screenshot the messages as evidence
s-risky-contact-voice-first-move-report = Block and report them in the app
s-risky-contact-voice-first-move-tell = Tell an adult I trust
s-risky-contact-voice-first-move-helpline = Contact a child helpline
