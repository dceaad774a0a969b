## Series: Keeping them safe, keeping them talking (caregivers-talking)
## Audience: parents and caregivers. Sources paraphrased: Thorn for Parents, NCMEC, eSafety Commissioner, UNICEF.

s-caregivers-talking-title = Keeping them safe, keeping them talking
s-caregivers-talking-about = Five short lessons for parents and caregivers: today's online risks, how to talk about them, signs to notice, and what to do if your child needs help.

## Lesson 1: What online risks look like today

s-caregivers-talking-risks-today-title = What online risks look like today
s-caregivers-talking-risks-today-intro =
    Most of what children do online is good: friends, learning, fun. A few risks are worth knowing so you can guide them calmly.

    You don't need to be a tech expert. Your interest and your child's trust matter more than any app or setting.
s-caregivers-talking-risks-today-intro-alt = A parent and a child sit together on a sofa with a phone, near a game controller and a shield.
s-caregivers-talking-risks-today-three-cs =
    Online risks tend to fall into three groups:
    • <b>Contact</b>: someone reaches out to your child to trick, pressure or harm them.
    • <b>Content</b>: your child sees things that upset or harm them, such as violence or sexual material.
    • <b>Conduct</b>: how young people treat each other, such as bullying or sharing someone's photo.
s-caregivers-talking-risks-today-grooming =
    Grooming is when someone builds a close bond with a child in order to abuse or exploit them.

    It often starts with kindness: attention, compliments, gifts, "nobody understands you like I do". Pressure comes later, and fear and shame are used to keep the child quiet. The person may pretend to be young, or may be someone the child already knows.
s-caregivers-talking-risks-today-numbers =
    This happens more often than many parents think. In a survey by Thorn, 22% of the children and teens who took part said they had had a sexual interaction online with an adult (Thorn, 2023). It can start with a friendly message in a game or a chat.

    Knowing this is a reason to talk early, not to panic.
s-caregivers-talking-risks-today-q1 = How does grooming usually begin?
s-caregivers-talking-risks-today-q1-a = With threats from the first message
s-caregivers-talking-risks-today-q1-a-why = Threats, if they come, usually come later. Grooming tends to begin with kindness and attention, which is why it can be hard to spot.
s-caregivers-talking-risks-today-q1-b = With friendly attention and trust
s-caregivers-talking-risks-today-q1-b-why = The person builds trust first, with attention, compliments or gifts. Later, fear and shame are used to keep the child silent.
s-caregivers-talking-risks-today-q1-c = Only through strangers with fake photos
s-caregivers-talking-risks-today-q1-c-why = Some people use fake profiles, but the person can also be someone the child already knows, online or offline.
s-caregivers-talking-risks-today-what-to-do =
    What you can do this week:
    • Ask your child which apps and games they enjoy, and let them show you.
    • Tell them they can come to you about anything online, even if they think they made a mistake.
    • Save your country's child helpline number.

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 2: Talking early and often, without shame or punishment

s-caregivers-talking-talking-title = Talking early and often
s-caregivers-talking-talking-intro =
    Short, regular chats work better than one big talk. Ask about online life the way you ask about school or friends: at dinner, in the car, while watching a show.

    Start before anything goes wrong, so these talks feel normal. Listen more than you speak.
s-caregivers-talking-talking-intro-alt = A parent and a child side by side, each with a speech bubble, having a relaxed chat.
s-caregivers-talking-talking-red-flags =
    Warning about "strangers" is not enough: someone your child has chatted with for weeks feels like a friend. Teach the red flags instead. Watch out for someone who:
    • asks them to keep secrets
    • wants to move to a private app
    • offers gifts, money or game credits
    • asks for photos or sexual chat
    • flatters a lot, pushes or threatens
s-caregivers-talking-talking-exit-plan =
    Help your child plan an exit before they need one. Agree on what to do when a chat feels wrong: stop replying, leave, block, report, and come to you.

    Give them an easy way out: "You can blame me. Say your parents won't let you." Practise it together, so it is ready when they need it.
s-caregivers-talking-talking-no-shame =
    Children often stay silent because they fear punishment or losing their phone. Tell your child clearly: "Whatever happens online, you can tell me. You won't be in trouble, and I won't take your phone away for telling me."

    Then keep that promise. When someone harms a child, the blame is theirs, never the child's.
s-caregivers-talking-talking-q1 = Which message helps your child most?
s-caregivers-talking-talking-q1-a = "Never talk to strangers online."
s-caregivers-talking-talking-q1-a-why = It sounds safe, but it doesn't help much. Children may not see a long-time online friend as a stranger, and harm can come from people they know.
s-caregivers-talking-talking-q1-b = "Come to me if anyone makes you uneasy."
s-caregivers-talking-talking-q1-b-why = It focuses on how someone behaves, not on who they are, and it tells your child they can always turn to you.
s-caregivers-talking-talking-q1-c = "If anything goes wrong, you lose the phone."
s-caregivers-talking-talking-q1-c-why = Fear of losing the phone is one of the main reasons children keep quiet. The threat of punishment makes it less likely they will tell you.
s-caregivers-talking-talking-q2 = Your child says a friend from a game asked them to keep a secret. What do you say first?
s-caregivers-talking-talking-q2-a = "Thank you for telling me."
s-caregivers-talking-talking-q2-a-why = Thanking them first shows that telling you was the right thing to do. Then you can calmly ask what happened and decide the next steps together.
s-caregivers-talking-talking-q2-b = "Why were you talking to them?"
s-caregivers-talking-talking-q2-b-why = This can sound like blame, and your child may stop telling you things. Ask what happened later, calmly and without judgement.
s-caregivers-talking-talking-q2-c = "That's it, no more games."
s-caregivers-talking-talking-q2-c-why = A ban feels like a punishment for speaking up, so your child may stay quiet next time. Focus on keeping them safe and keeping them talking.
s-caregivers-talking-talking-what-to-do =
    Try this week:
    • Ask one open question, like "What's the best and worst thing about being online right now?"
    • Agree on an exit plan together.
    • Say out loud that they won't be in trouble for telling you.

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 3: Warning signs

s-caregivers-talking-warning-signs-title = Warning signs
s-caregivers-talking-warning-signs-intro =
    No single sign proves that something is wrong. Many have ordinary causes, like exams, friendships or growing up.

    What matters is change: a sudden shift in how your child behaves, or several signs at once. Trust your instinct, and let it lead to a gentle talk, not an accusation.
s-caregivers-talking-warning-signs-intro-alt = A teenager looks at a phone, unsure. A parent nearby thinks of them kindly, with a heart in a thought bubble.
s-caregivers-talking-warning-signs-device =
    Signs around phones and online contacts:
    • being secretive about a device, hiding the screen or closing apps quickly
    • a new online "friend" they won't talk about, often older
    • using the phone late at night, or looking tense when a message arrives
    • new accounts, apps or a second phone you didn't know about
s-caregivers-talking-warning-signs-other-signs =
    Other signs to notice:
    • gifts, money, game credits or a new phone from an unclear source
    • mood changes: anger, fear, sadness, seeming ashamed
    • pulling away from family or friends
    • trouble sleeping, or sudden changes at school
    • being upset after using the phone, or suddenly avoiding it
s-caregivers-talking-warning-signs-q1 = Which of these is most worth a gentle conversation?
s-caregivers-talking-warning-signs-q1-a = Gaming with classmates after school
s-caregivers-talking-warning-signs-q1-a-why = This is usually ordinary. Showing interest in their games is a good way to keep talking, but it is not a warning sign on its own.
s-caregivers-talking-warning-signs-q1-b = A secret, older online "friend"
s-caregivers-talking-warning-signs-q1-b-why = Secrecy about a new contact, especially an older one, is a common red flag. Ask about it gently and without blame.
s-caregivers-talking-warning-signs-q1-c = Wanting more privacy as a teenager
s-caregivers-talking-warning-signs-q1-c-why = Some privacy is a normal part of growing up. Look for sudden changes or secrecy about one person, not privacy in general.
s-caregivers-talking-warning-signs-how-to-ask =
    If you notice signs, pick a calm moment. Side by side is often easier than face to face: on a walk or in the car.

    Say what you noticed, not what you fear: "You've seemed worried after messages lately. I'm here, whatever it is." Don't grab the phone. If they aren't ready, tell them the door stays open.
s-caregivers-talking-warning-signs-q2 = Your child seems anxious and hides the screen when you come in. What is a good first step?
s-caregivers-talking-warning-signs-q2-a = Wait and hope it passes
s-caregivers-talking-warning-signs-q2-a-why = It may be nothing, but waiting in silence can leave your child alone with a problem. A gentle question costs little.
s-caregivers-talking-warning-signs-q2-b = Read their messages in secret
s-caregivers-talking-warning-signs-q2-b-why = Secret checking can break trust, and if your child finds out, they may hide more. A calm conversation is a better first step.
s-caregivers-talking-warning-signs-q2-c = Ask gently, at a calm moment
s-caregivers-talking-warning-signs-q2-c-why = Saying what you have noticed, and that you are there to help, not to punish, keeps the door open.
s-caregivers-talking-warning-signs-what-to-do =
    Next steps:
    • Notice changes, without spying.
    • Have a gentle talk, and remind your child they won't be in trouble.
    • If they tell you someone is harming or threatening them, see the lesson "If your child tells you".

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 4: If your child tells you

s-caregivers-talking-if-they-tell-title = If your child tells you
s-caregivers-talking-if-they-tell-stay-calm =
    If your child tells you something happened online, your reaction matters most. Stay calm, even if you feel shocked or angry inside.

    Say: "Thank you for telling me. You're not in trouble. This is not your fault." Believe them, listen, and don't push for every detail. Telling you took courage.
s-caregivers-talking-if-they-tell-stay-calm-alt = A parent sits on a sofa with an arm around their worried child, under a heart.
s-caregivers-talking-if-they-tell-evidence =
    Keep evidence: take screenshots of the messages, the person's username and profile, and the dates. Don't delete the chat or the account yet.

    <b>Important:</b> never forward, save or screenshot a sexual image of a child, not even to report it. That can be a crime and spreads the harm. Tell the platform, hotline or police where it is instead.
s-caregivers-talking-if-they-tell-q1 = Your child shows you a sexual image of themselves that is being shared. What do you do with it?
s-caregivers-talking-if-they-tell-q1-a = Save a copy as evidence
s-caregivers-talking-if-they-tell-q1-a-why = Saving or copying a sexual image of a child can be a crime, even with good intentions. Note where it appears and report that instead.
s-caregivers-talking-if-they-tell-q1-b = Forward it to the police
s-caregivers-talking-if-they-tell-q1-b-why = Don't forward it, not even to the police. Tell them or a reporting hotline where the image is, and they will guide you.
s-caregivers-talking-if-they-tell-q1-c = Don't copy it; report where it is
s-caregivers-talking-if-they-tell-q1-c-why = Reporting the link or account where it appears, and using Take It Down, helps get it removed. Never copy or share the image itself.
s-caregivers-talking-if-they-tell-dont-confront =
    Don't contact the person, threaten them or pretend to be your child. It can warn them, put your child at risk and harm an investigation. Instead:
    • report the account on the app
    • report to a national hotline or the police
    • then block the person

    Do each step with your child, so nothing happens behind their back.
s-caregivers-talking-if-they-tell-sextortion =
    If someone threatens to share your child's images unless they pay or send more, this is sextortion. Help your child:
    • not pay and not send anything; paying usually brings more demands
    • stop replying, but keep the chat as evidence
    • block and report the account

    Take It Down can help remove the images. The blame lies with the person making threats.
s-caregivers-talking-if-they-tell-q2 = Someone threatens to share your child's photo unless they pay. What should you do?
s-caregivers-talking-if-they-tell-q2-a = Pay once so that it stops
s-caregivers-talking-if-they-tell-q2-a-why = Paying rarely ends it and often leads to more demands. Stop replying, keep evidence and report instead.
s-caregivers-talking-if-they-tell-q2-b = Stop replying, keep evidence, report
s-caregivers-talking-if-they-tell-q2-b-why = Stop contact, save screenshots, block and report to the platform, a hotline or the police. Take It Down can help remove the images.
s-caregivers-talking-if-they-tell-q2-c = Message them and threaten them back
s-caregivers-talking-if-they-tell-q2-c-why = Confronting them can make things worse and may harm an investigation. Leave that to the platform, the hotline or the police.
s-caregivers-talking-if-they-tell-what-to-do =
    Get support for your child and for yourself. A child helpline can talk with your child, and often with you too; many countries use 116 111. If your child is in immediate danger, call the police.

    Keep daily life calm, and don't take their phone away as a punishment.

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 5: Tools and reporting routes

s-caregivers-talking-tools-title = Tools and reporting routes
s-caregivers-talking-tools-together =
    Privacy settings and parental tools can help, especially with younger teens. They work best when you set them up together and explain why, not in secret.

    Check who can see your child's profile and who can message them. On Telegram, look at who can see their phone number and who can add them to groups. Tools support talking; they don't replace it.
s-caregivers-talking-tools-together-alt = A parent and a teenager on either side of a tablet showing settings switches, with a gear and a shield.
s-caregivers-talking-tools-q1 = What is the best way to use parental controls?
s-caregivers-talking-tools-q1-a = Set them up in secret
s-caregivers-talking-tools-q1-a-why = If your child finds secret controls, trust can break, and they may move to apps you don't know about. Being open works better.
s-caregivers-talking-tools-q1-b = Set them up together and explain why
s-caregivers-talking-tools-q1-b-why = When your child understands the reasons, they are more likely to keep the settings and to come to you if something goes wrong.
s-caregivers-talking-tools-q1-c = Use them instead of talking
s-caregivers-talking-tools-q1-c-why = Settings help, but no tool catches everything. Your child's trust and your regular talks are what keep them safe.
s-caregivers-talking-tools-take-it-down =
    If a nude or sexual image of your child was taken before they turned 18, <b>Take It Down</b> (takeitdown.ncmec.org) can help remove it from participating platforms.

    It works with a digital fingerprint of the image, so the picture is not sent to anyone, and it can be used without giving a name. Your child can use it with you or alone.
s-caregivers-talking-tools-hotlines =
    To report sexual images or videos of children, use a reporting hotline. The INHOPE network has member hotlines in many countries. The Internet Watch Foundation (IWF) runs reporting portals for many countries without a hotline of their own. In the United States, use the NCMEC CyberTipline.

    Also report the account on the app itself.
s-caregivers-talking-tools-helplines =
    Child helplines listen to children, and many also help parents. In many countries, 116 111 reaches a child helpline; calls are confidential and often free.

    If your child is in immediate danger, call the police or your local emergency number straight away.
s-caregivers-talking-tools-q2 = A nude photo your 15-year-old took of themselves is being shared. What can help remove it?
s-caregivers-talking-tools-q2-a = Take It Down
s-caregivers-talking-tools-q2-a-why = Take It Down is for images taken before age 18. It helps participating platforms find and remove the image, without you sending the picture to anyone.
s-caregivers-talking-tools-q2-b = Asking the person to delete it
s-caregivers-talking-tools-q2-b-why = Contacting the person can make things worse. Report the account, and use Take It Down instead.
s-caregivers-talking-tools-q2-c = Nothing: once online, it stays
s-caregivers-talking-tools-q2-c-why = Platforms and hotlines do remove sexual images of children, and Take It Down can help. It is worth acting.
s-caregivers-talking-tools-what-to-do =
    This week:
    • Review privacy settings together with your child.
    • Save your country's child helpline number in your phone, and show your child where it is.
    • Find out how to report on the apps your child uses.

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Youth voice: the one-tap question asked once after the series (content/series/caregivers-talking.yaml voice_question)

s-caregivers-talking-voice-first-step = Which of these will you do first?
s-caregivers-talking-voice-first-step-ask = Ask my child about their online life
s-caregivers-talking-voice-first-step-settings = Check privacy settings together
s-caregivers-talking-voice-first-step-plan = Agree what they can do if something goes wrong
s-caregivers-talking-voice-first-step-no-blame = Promise they won't be in trouble for telling me
s-caregivers-talking-voice-first-step-links = Save our country's help and reporting links
