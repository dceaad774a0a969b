## Series: Bullying online (bullying), for teens 13-17.
## Grounded in UNICEF (cyberbullying Q&A, U-Report poll), eSafety and ThinkUKnow Australia guidance, paraphrased.

s-bullying-title = Bullying online
s-bullying-about = What to do if you're being bullied, how to be an upstander when it happens to someone else, how to get hurtful posts removed, and how to look after yourself.

## Lesson 1: If you're being bullied

s-bullying-target-title = If you're being bullied
s-bullying-target-intro =
    Online bullying is when someone keeps using messages, posts, group chats or games to hurt, scare or embarrass you: mean comments, lies, fake accounts, leaving you out on purpose, sharing embarrassing photos.

    If it's happening to you, you're not alone. In a UNICEF poll of young people in 30 countries, 1 in 3 said they had been bullied online (UNICEF, 2019). It's not your fault, and it can stop.
s-bullying-target-intro-alt = A teen holding a phone, with two smiling friends on either side and hearts floating around them.
s-bullying-target-dont-hit-back =
    It's natural to want to hit back. But replying in anger can make it last longer, and give them something to use against you.

    Instead: don't reply, take a breath, and step away from the screen for a while. You can decide what to do once you feel calmer. Not replying isn't weakness. It takes away what they want.
s-bullying-target-evidence-block =
    <b>Keep evidence</b>: screenshot the messages, comments or posts, with the usernames and dates. Copy the links if you can.

    Then <b>block</b> the people doing it and <b>report</b> the posts and accounts in the app. You can also limit who can comment on your posts or message you.
s-bullying-target-q1 = Someone keeps posting mean comments about you. What's the best first step?
s-bullying-target-q1-a = Post something mean back
s-bullying-target-q1-a-why = Wanting to stand up for yourself is fair. But hitting back often keeps it going, and it can get you into trouble too.
s-bullying-target-q1-b = Screenshot, block and report
s-bullying-target-q1-b-why = Evidence helps reports work, blocking stops them reaching you, and reporting asks the app to take the comments down.
s-bullying-target-q1-c = Delete my account
s-bullying-target-q1-c-why = Taking a break is OK. But deleting your account loses the evidence and lets them push you out. Block and report first.
s-bullying-target-tell =
    <b>Tell someone</b> you trust: a parent or carer, a teacher, a school counsellor. If people from your school are involved, your school can help too.

    If you're not ready to talk to someone you know, a child helpline is free and private (116 111 in many countries). If anyone threatens to hurt you, tell an adult straight away.
s-bullying-target-what-to-do =
    <b>What to do</b>
    Don't reply. Screenshot the evidence. Block and report. Tell a trusted adult or a child helpline (116 111 in many countries). It's not your fault, and you don't have to deal with it alone.

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 2: Be an upstander

s-bullying-upstander-title = Be an upstander
s-bullying-upstander-intro =
    Most online bullying happens in front of other people: in a group chat, under a post, in a game. What the people watching do makes a huge difference.

    An <b>upstander</b> is someone who doesn't just scroll past. You don't have to be loud or brave in public. Small, quiet steps count.
s-bullying-upstander-intro-alt = A phone with an unkind chat bubble crossed out and kind bubbles with hearts, between two smiling teens.
s-bullying-upstander-dont-spread =
    <b>Don't add to it</b>: don't like, share, laugh-react or forward hurtful posts, memes or screenshots. Every like or share tells the bully people are watching, and spreads it further.

    If you already did, that's OK: remove your like, delete what you shared, and do something helpful now.
s-bullying-upstander-support =
    <b>Support the person</b>. A private message can mean a lot: “Hey, I saw what happened. That's not OK. Are you alright?” Sit with them, include them, remind them it isn't their fault.

    If you feel safe, you can call it out: “Not cool.” But you don't have to start a fight. eSafety points out that even a simple message can help a friend feel supported.
s-bullying-upstander-q1 = A meme making fun of a classmate is going round your group chat. What helps most?
s-bullying-upstander-q1-a = Laugh-react so I don't stand out
s-bullying-upstander-q1-a-why = Fitting in matters, and standing out can feel risky. But each reaction adds to the hurt. Staying out of it is a start; helping is even better.
s-bullying-upstander-q1-b = Don't share, report it, message them kindly
s-bullying-upstander-q1-b-why = Not spreading it, reporting it and checking on your classmate are small steps that really help.
s-bullying-upstander-q1-c = Ignore it, it's not my business
s-bullying-upstander-q1-c-why = Staying out of it can feel easier. But silence can feel to them like everyone agrees. One kind message or one report can change how it feels.
s-bullying-upstander-report =
    <b>Report it</b>: report the post or account in the app. On most apps the person isn't told who reported them. You can also save screenshots, in case your friend wants to report it later.

    <b>Get an adult involved</b> when it's serious: threats, sexual images, someone's address shared, or a friend who seems very low. That's not snitching. It's stopping harm.
s-bullying-upstander-q2 = Your friend is being bullied but says: “Don't do anything, it'll make it worse.” What can you do?
s-bullying-upstander-q2-a = Nothing, they asked me not to
s-bullying-upstander-q2-a-why = Respecting your friend's wishes matters. But you can still support them, and if it's serious, an adult needs to know.
s-bullying-upstander-q2-b = Support them, and help them tell an adult
s-bullying-upstander-q2-b-why = You can be there for them, help save evidence, and offer to go with them to a trusted adult. If they're in danger, tell an adult yourself.
s-bullying-upstander-q2-c = Confront the bully in public
s-bullying-upstander-q2-c-why = You want to protect your friend, which is kind. But a public fight can make things worse for them. Quieter steps usually help more.
s-bullying-upstander-what-to-do =
    <b>What to do</b>
    Don't like or share. Report the post. Send the person a kind message. Tell a trusted adult if it's serious. Worried about a friend? A child helpline can help you work out what to do (116 111 in many countries).

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 3: Getting hurtful posts removed

s-bullying-removal-title = Getting hurtful posts removed
s-bullying-removal-intro =
    A hurtful post, a fake account pretending to be you, an embarrassing photo: you can ask for it to be taken down.

    It doesn't always work the first time, but it often does, and there's more help if it doesn't.
s-bullying-removal-intro-alt = A hurtful post being reported with a flag and moved into a bin, with a green tick.
s-bullying-removal-report-app =
    <b>First, report it to the app or site.</b> Use the Report option on the post, comment, photo or account, and choose the reason that fits best: bullying or harassment, pretending to be you, nudity, or threats.

    Keep a screenshot of what you reported, and when. If nothing happens, report it again, and ask a trusted adult to help.
s-bullying-removal-more-help =
    <b>If the app doesn't act</b>, there's more help:
    • Some countries have an online safety office. In Australia, eSafety can help remove serious cyberbullying of under-18s when the platform doesn't.
    • A child helpline can help you work out your options (116 111 in many countries).
    • A nude or sexual image of someone under 18, real or fake: report it to a reporting hotline, and see takeitdown.ncmec.org.
    • Threats to hurt you: tell an adult and contact the police.
s-bullying-removal-q1 = You reported a fake account pretending to be you, but it's still up days later. What next?
s-bullying-removal-q1-a = Give up, nothing works
s-bullying-removal-q1-a-why = It's frustrating when a report seems ignored. But there are more steps: report again, and get an adult or a helpline to help you take it further.
s-bullying-removal-q1-b = Make a fake account of them
s-bullying-removal-q1-b-why = Wanting to get even is understandable. But it's harmful, and it can get you into trouble. Keep your own side clean.
s-bullying-removal-q1-c = Report again, and get an adult or helpline to help
s-bullying-removal-q1-c-why = Reporting again with screenshots, and getting a trusted adult, your school or a helpline involved, often gets results. Some countries also have an office that can step in.
s-bullying-removal-what-to-do =
    <b>What to do</b>
    Report it in the app and keep screenshots. If it stays up, report again and ask a trusted adult or a child helpline (116 111 in many countries) to help. For sexual images of under-18s, use a reporting hotline and takeitdown.ncmec.org.

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 4: Looking after yourself

s-bullying-self-care-title = Looking after yourself
s-bullying-self-care-intro =
    Bullying can follow you home on your phone, so it can feel like there's never a break. You might feel upset, angry or tired, or not want to go to school.

    UNICEF says these effects are real, and that people do get through them and feel like themselves again.
s-bullying-self-care-intro-alt = A teen relaxing on a sofa with headphones, the phone put away, a plant and a moon in the evening sky.
s-bullying-self-care-breaks =
    Ways to get some space:
    • Mute notifications, or leave the phone in another room for a while.
    • Don't keep rereading hurtful messages. Save them once as evidence, then stop looking.
    • Do things that feel like you: sport, music, drawing, games with friends you trust.
    • Sleep helps everything: try to keep your phone out of bed.
s-bullying-self-care-your-people =
    Think of your people: friends who make you laugh, someone in your family, a teacher, a coach. Spend time with them offline too.

    What bullies say about you isn't the truth about you. If you keep feeling low, can't sleep, or stop enjoying things you used to love, talk to someone: a trusted adult, a school counsellor or a helpline.
s-bullying-self-care-q1 = It's midnight and you keep rereading the mean comments. What would help most?
s-bullying-self-care-q1-a = Keep reading so I know everything
s-bullying-self-care-q1-a-why = Wanting to know what's being said is normal. But rereading keeps the hurt fresh. Once the evidence is saved, you can stop looking.
s-bullying-self-care-q1-b = Reply to each one to set it straight
s-bullying-self-care-q1-b-why = Wanting to defend yourself makes sense. But late-night replies can make it bigger. It can wait until you've slept and talked to someone.
s-bullying-self-care-q1-c = Put the phone away, talk to someone tomorrow
s-bullying-self-care-q1-c-why = A break and some sleep help you think clearly. Then a trusted adult or a helpline can help you plan what to do.
s-bullying-self-care-what-to-do =
    <b>What to do</b>
    Take breaks, keep your people close, and talk to someone if you feel low. If you ever have thoughts of hurting yourself, call a child helpline (116 111 in many countries) or your local emergency number now.

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.
