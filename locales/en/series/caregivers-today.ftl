## Series: Today's online risks (caregivers-today), for parents and caregivers.
## Structure: content/series/caregivers-today.yaml. Grounded in NCMEC, Thorn, the FBI's warnings, the eSafety
## Commissioner, the Australian Federal Police, CEOP Thinkuknow and the NSPCC (paraphrased; sources in the yaml).

s-caregivers-today-title = Today's online risks for parents
s-caregivers-today-about = Five short lessons for parents and caregivers: fake images made with AI, sextortion, games and livestreams, settings you set up together, and what to say if your child tells you something happened.

## Lesson 1: AI-made fake images

s-caregivers-today-ai-images-title = Fake images made with AI
s-caregivers-today-ai-images-intro =
    Some apps and websites can turn an ordinary photo, such as a selfie or a school picture, into a fake nude or sexual image. They are often called "nudify" apps or deepfakes.

    The picture is fake, but the harm is real. NCMEC, the US child-protection charity, reports that fake images are used to bully and humiliate children, and that offenders use them to blackmail children for money or more images. Making or sharing a sexual image of a child, even a fake one, is abuse and can be a crime.
s-caregivers-today-ai-images-intro-alt = A photo on a phone is copied by AI into an altered picture with a dashed frame and a warning sign, next to a shield and a report flag.
s-caregivers-today-ai-images-how-common =
    This is not rare. In a Thorn survey of young people aged 9 to 17, 11% said they believed friends or classmates had used AI tools to make nude images of other children (Thorn, 2025).

    So it is worth talking about before anything happens, calmly, as one more thing you talk about together.
s-caregivers-today-ai-images-q1 = Your daughter says a fake nude of her, made with an app, is going round her class. What is true?
s-caregivers-today-ai-images-q1-a = It's fake, so it isn't serious
s-caregivers-today-ai-images-q1-a-why = It can seem less serious because the picture isn't real. But it can spread like a real one, and the shame, fear and bullying it brings are real. It deserves the same care.
s-caregivers-today-ai-images-q1-b = It's abuse, and it's not her fault
s-caregivers-today-ai-images-q1-b-why = Whoever made or shared the image is responsible, not your daughter. Fake sexual images of children can be reported and removed, and what she needs most now is your support.
s-caregivers-today-ai-images-q1-c = She should post fewer photos
s-caregivers-today-ai-images-q1-c-why = Sharing photos is a normal part of growing up, and almost any picture can be misused. This puts the fault on her instead of on the person who made the fake.
s-caregivers-today-ai-images-if-it-happens =
    <b>If it happens to your child</b>
    • Stay calm, and tell them it is not their fault.
    • Don't save, copy or forward the image, not even as evidence. Write down where it appears (links, usernames) and screenshot the messages around it.
    • Report it on the app, and to a reporting hotline or the police.
    • Take It Down (takeitdown.ncmec.org) can help stop nude images of under-18s spreading on participating apps.
    • If classmates are involved, tell the school.
s-caregivers-today-ai-images-talk-first =
    Talk about it before it happens. Some young people make these images as a "joke" or for revenge, without thinking about the harm. Make sure your child knows that:
    • making or sharing a fake nude of anyone causes serious harm, and can be a crime
    • if they see one, they should not pass it on, but report it and tell an adult
    • if it happens to them, they can come to you and won't be in trouble
s-caregivers-today-ai-images-q2 = Your son says a friend shared an AI nude of a classmate in a group chat. What is the best advice?
s-caregivers-today-ai-images-q2-a = Delete the chat and forget it
s-caregivers-today-ai-images-q2-a-why = Wanting to stay out of it is understandable. But the image keeps spreading, and the classmate may not even know. Reporting it and telling an adult helps stop it.
s-caregivers-today-ai-images-q2-b = Don't pass it on; report it and tell an adult
s-caregivers-today-ai-images-q2-b-why = Not sharing stops it spreading, reporting helps get it removed, and an adult can involve the school. A kind word to the classmate, who may feel very alone, helps too.
s-caregivers-today-ai-images-q2-c = Forward it to me so I can see it
s-caregivers-today-ai-images-q2-c-why = Wanting to understand is natural, but forwarding or keeping a sexual image of a child, even a fake one, can be a crime. Ask where it was shared and report that instead.
s-caregivers-today-ai-images-what-to-do =
    <b>What to do</b>
    • Talk about fake images with your child this week.
    • If it happens: stay calm, don't copy the image, note where it is, and report it to the app and to a hotline or the police.
    • A child helpline (116 111 in many countries) can support your child, and often you too.

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 2: Financial sextortion

s-caregivers-today-sextortion-title = Sextortion: signs and what to say
s-caregivers-today-sextortion-intro =
    <b>Financial sextortion</b> is blackmail for money. Someone, often pretending to be a girl or a young person, flirts with a teenager and soon asks for a nude image or a video call. Then comes the threat: "Pay, or I send this to your friends and family."

    It can start and escalate within hours, and offenders may fake an image with AI. The FBI and NCMEC warn that teenage boys are the most common targets, but it can happen to any child, in any family.
s-caregivers-today-sextortion-signs =
    Signs that something may be wrong:
    • sudden panic, fear or tears after using the phone
    • asking for money or gift cards urgently, without a clear reason
    • a new online "girlfriend" or friend who moved things fast
    • deleting accounts or apps in a hurry, or avoiding the phone
    • withdrawing, or talking as if things are hopeless

    If you ever fear for your child's safety, get urgent help straight away.
s-caregivers-today-sextortion-what-to-say =
    <b>What to say</b>
    Before anything happens: "If anyone ever threatens you with a photo, come to me. It happens to lots of people. I'll help, not punish."

    If they tell you: "Thank you for telling me. You're not in trouble. We'll sort this out together." Leave the "why did you send it?" for much later, or for never. Your calm is what helps most.
s-caregivers-today-sextortion-what-to-say-alt = A parent sits on a sofa with an arm around a teenage boy, with a shield and a heart nearby.
s-caregivers-today-sextortion-q1 = Your son, in a panic, says someone will send his photo to everyone unless he pays tonight. What do you say first?
s-caregivers-today-sextortion-q1-a = "How could you be so careless?"
s-caregivers-today-sextortion-q1-a-why = Shock and anger are natural. But blame makes a frightened teenager shut down just when he needs to keep talking to you. The questions can wait.
s-caregivers-today-sextortion-q1-b = "Thank you for telling me. We'll handle it together."
s-caregivers-today-sextortion-q1-b-why = Thanks and calm tell him he did the right thing by coming to you. Blackmailers rely on shame and panic; a steady reaction takes that power away.
s-caregivers-today-sextortion-q1-c = "Just pay them so it stops."
s-caregivers-today-sextortion-q1-c-why = Wanting it over quickly makes sense. But paying rarely ends it: blackmailers usually ask for more, and may share the image anyway.
s-caregivers-today-sextortion-next-steps =
    <b>Next steps</b>
    • Don't pay, and don't send anything more. Stop replying.
    • Keep evidence: screenshots of the messages, the account name and profile link, and any payment details they sent.
    • Block and report the account, but don't delete your child's account or the chat yet.
    • Report it to the police or your national reporting hotline.
    • Take It Down can help stop a nude image of an under-18 spreading.
s-caregivers-today-sextortion-q2 = What should happen to your son's account and the chat?
s-caregivers-today-sextortion-q2-a = Delete everything straight away
s-caregivers-today-sextortion-q2-a-why = Wanting it all gone is a very natural reaction. But deleting the account or the chat can erase the evidence that police and platforms need to stop the blackmailer.
s-caregivers-today-sextortion-q2-b = Block the blackmailer, but keep the chat
s-caregivers-today-sextortion-q2-b-why = Blocking stops the contact, and keeping the chat and the account keeps the evidence. Then report the account on the platform and to the police or a hotline.
s-caregivers-today-sextortion-q2-c = Reply and threaten them myself
s-caregivers-today-sextortion-q2-c-why = Anger at the person doing this is understandable. But confronting them can make things worse and warn them off before police can act. Leave it to the platform, the hotline or the police.
s-caregivers-today-sextortion-what-to-do =
    <b>What to do</b>
    Say it out loud this week: "You can always come to me, even about a photo." If it happens: stay calm, don't pay, keep the evidence, block and report. Stay close to your child in the days after, and get support.

    If your child may be in danger or talks about harming themselves, call your local emergency number now.

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 3: Games and livestreams

s-caregivers-today-games-title = Games, livestreams and gifts
s-caregivers-today-games-intro =
    Games are social places. Children play together, chat by voice and text, make friends and watch livestreams. In an Australian survey, 8 in 10 teens played games online with others (eSafety Commissioner, 2021).

    Most of this is good fun. But the features that make games social (voice chat, friend requests, gifts and private messages) can also be used by someone who wants to harm a child.
s-caregivers-today-games-intro-alt = A teenager wearing a headset holds a game controller in front of a screen showing a gift, coins and chat bubbles.
s-caregivers-today-games-misused =
    How these features can be misused:
    • <b>Voice chat</b> can make a stranger feel like a friend very fast.
    • <b>Gifts</b> such as skins, in-game currency or game credits, followed by "you owe me". Australian police warn that offenders use in-game currency to groom children.
    • <b>A private app</b>: they ask to move the chat where nobody else can see it.
    • <b>Livestreams</b>: viewers can send virtual gifts, ask for "challenges", or ask to talk in private.
s-caregivers-today-games-q1 = A player has been giving your 13-year-old in-game currency, and now wants to chat on another app. What is this?
s-caregivers-today-games-q1-a = Normal generosity between gamers
s-caregivers-today-games-q1-a-why = Gamers do share and help each other. But gifts followed by a push to a private app is a known grooming pattern, so it's worth a calm talk.
s-caregivers-today-games-q1-b = A red flag: gifts, then a private chat
s-caregivers-today-games-q1-b-why = Gifts can create a feeling of owing something, and a private app takes the chat out of sight. Together they are a common grooming pattern. Talk with your child calmly: it is not their fault.
s-caregivers-today-games-q1-c = Only a problem if they ask for money
s-caregivers-today-games-q1-c-why = Money is one risk, but not the only one. Groomers often want trust, secrecy, images or a meeting, and may never mention money.
s-caregivers-today-games-together =
    Set up games together:
    • Play or watch with your child now and then, and ask who they play with.
    • Check who can chat with them (friends only is a good start) and whether voice chat is on.
    • Turn on purchase approval, so gifts and spending stay visible.
    • For livestreams, check who can watch, comment and send gifts.
    • Agree what to do if someone asks for secrets, photos or a private chat: leave, block, report, tell you.
s-caregivers-today-games-q2 = Your 15-year-old streams games. A viewer sends gifts and asks for a private video chat. What helps most?
s-caregivers-today-games-q2-a = Leave it to them: it's their channel
s-caregivers-today-games-q2-a-why = Giving teenagers independence matters. But a viewer who sends gifts and then asks to go private is a red flag, and your child shouldn't face it alone.
s-caregivers-today-games-q2-b = Talk it through: block, report, stay public
s-caregivers-today-games-q2-b-why = Gifts followed by a request to go private is a known warning sign. Blocking and reporting the viewer, and keeping streams public or for friends only, protects your child.
s-caregivers-today-games-q2-c = Ban gaming and streaming for good
s-caregivers-today-games-q2-c-why = A ban can feel safest, but it may teach your child to hide things next time. Staying involved and agreeing rules together keeps them safer, and keeps them talking.
s-caregivers-today-games-what-to-do =
    <b>What to do</b>
    • Ask your child to show you their favourite game this week.
    • Check chat, voice and purchase settings together.
    • Remind them that a gift never means they owe anyone anything.
    • If someone crossed a line: keep screenshots, block and report in the game, and report sexual requests to the police or a hotline.

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 4: Settings and tools, set up together

s-caregivers-today-settings-title = Settings and tools, together
s-caregivers-today-settings-intro =
    Parental controls and safety settings can help, especially with younger teens. They work best when they fit your child's age and you set them up with your child, not behind their back.

    A younger teen may need more limits. As children grow, they need more independence, together with a plan for what to do when something goes wrong.
s-caregivers-today-settings-intro-alt = A parent and a teenager stand on either side of a phone showing settings switches, under a padlock.
s-caregivers-today-settings-tools =
    Tools worth knowing:
    • <b>Phone and console controls</b>: approve new apps and purchases, set screen time.
    • <b>App settings</b>: private account, who can message or comment, location sharing off.
    • <b>Family features</b>: many apps and games can link a parent's account to a teen's to manage settings. Check what each one shows you, and tell your child.
    • <b>On Telegram</b>: who can see their phone number and who can add them to groups.
s-caregivers-today-settings-open =
    Open works better than secret. Secretly reading your child's messages can break trust, and if they find out, they may hide more or move to apps you don't know. Tell your child what you can see and why.

    Treat settings like any other family rule: agree them, explain them, and review them as your child grows.
s-caregivers-today-settings-q1 = Your 13-year-old is getting a first phone. What is the best start?
s-caregivers-today-settings-q1-a = A hidden monitoring app
s-caregivers-today-settings-q1-a-why = Wanting to know they are safe is natural. But hidden monitoring can break trust once it is found, and it doesn't teach your child what to do when something goes wrong.
s-caregivers-today-settings-q1-b = Set controls up together and explain why
s-caregivers-today-settings-q1-b-why = When your child knows what is set up and why, they are more likely to keep it, and to come to you when something goes wrong. Review the settings as they grow.
s-caregivers-today-settings-q1-c = No settings: trust is enough
s-caregivers-today-settings-q1-c-why = Trust matters most, and settings support it rather than replace it. Privacy and contact settings block a lot of unwanted contact before it starts.
s-caregivers-today-settings-agreement =
    A family agreement helps. Decide together:
    • which apps and games are fine, and who can contact them
    • what stays private: address, school, live location
    • what to do if something feels wrong: stop, screenshot, block, report, tell
    • your promise: telling you will never mean losing the phone

    Write it down, and change it as your child grows.
s-caregivers-today-settings-q2 = Your 15-year-old asks you to remove a control. What do you do?
s-caregivers-today-settings-q2-a = Refuse: rules are rules
s-caregivers-today-settings-q2-a-why = Being consistent matters, but refusing without talking can push a teenager to find ways around the rule. A conversation keeps you involved.
s-caregivers-today-settings-q2-b = Talk it through and agree a trial
s-caregivers-today-settings-q2-b-why = Older teens need growing independence. Agreeing what changes, what stays and how you will check in respects them and keeps safety in the plan.
s-caregivers-today-settings-q2-c = Quietly add a secret control instead
s-caregivers-today-settings-q2-c-why = It may feel like a safe compromise, but if your teenager finds it, trust can break and they may move to apps you can't see.
s-caregivers-today-settings-what-to-do =
    <b>What to do</b>
    • Sit down with your child this week and go through the settings of one app together.
    • Agree a short family agreement, including your promise about the phone.
    • Plan when you will review it.

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Lesson 5: After your child tells you

s-caregivers-today-after-telling-title = After your child tells you
s-caregivers-today-after-telling-stay-calm =
    If your child tells you something happened online, the first minutes matter most. Take a breath and stay calm, even if you feel shocked or angry inside.

    Say: "Thank you for telling me. You're not in trouble. It's not your fault." Believe them. Listen more than you ask, and don't push for every detail. Telling you took courage.
s-caregivers-today-after-telling-stay-calm-alt = A parent on a sofa puts an arm around a worried child and listens, with a speech bubble and a heart nearby.
s-caregivers-today-after-telling-phone =
    <b>Don't take the phone away as a punishment.</b> Fear of losing the phone is one of the main reasons children stay silent. Taking it can feel like a punishment for telling you, and it cuts them off from friends and support.

    If the phone is needed as evidence, explain that this is to protect them, not a penalty, and decide together what happens next.
s-caregivers-today-after-telling-q1 = Your child says someone has been pressuring them for images. What do you say first?
s-caregivers-today-after-telling-q1-a = "Give me your phone, right now."
s-caregivers-today-after-telling-q1-a-why = Wanting to protect them is natural. But grabbing the phone can feel like a punishment and may make them stop talking. Thank them first, then decide the next steps together.
s-caregivers-today-after-telling-q1-b = "Thank you for telling me. You're not in trouble."
s-caregivers-today-after-telling-q1-b-why = It tells your child they did the right thing and are safe with you. That keeps them talking, which the next steps depend on.
s-caregivers-today-after-telling-q1-c = "Why did you even reply to them?"
s-caregivers-today-after-telling-q1-c-why = Wanting to understand is natural, but "why" questions sound like blame right now. Focus on safety first; the story can come later, at their pace.
s-caregivers-today-after-telling-evidence =
    <b>Keep evidence and report</b>
    • Screenshot the messages, usernames, profile links and dates. Don't delete the chat or the account yet.
    • Never copy, save or forward a sexual image of a child, not even to report it. Note where it is instead.
    • Report the account on the app, and to a reporting hotline or the police.
    • Take It Down can help remove nude images of under-18s from participating apps.
    • Don't contact or confront the person yourself.
s-caregivers-today-after-telling-support =
    <b>Get support, for them and for you</b>
    A child helpline can talk with your child, and often with you; many countries use 116 111. A school counsellor or a doctor can help too.

    In the days after, keep routines normal, check in gently, and notice changes in mood or sleep. Look after yourself as well: talk to someone you trust or to a parents' helpline. You don't have to carry this alone.
s-caregivers-today-after-telling-q2 = A week later, your child seems fine. What now?
s-caregivers-today-after-telling-q2-a = Never bring it up again
s-caregivers-today-after-telling-q2-a-why = Giving them space is kind. But silence can make it feel as if the subject is closed. A light check-in now and then shows the door is still open.
s-caregivers-today-after-telling-q2-b = Check in gently now and then
s-caregivers-today-after-telling-q2-b-why = Feelings can come back later. Short, calm check-ins show you are still there, and help you notice if they need more support.
s-caregivers-today-after-telling-q2-c = Ask for the whole story again
s-caregivers-today-after-telling-q2-c-why = Wanting every detail is natural, but telling it again can be upsetting, and police or professionals may need to hear it first-hand. Let your child lead.
s-caregivers-today-after-telling-what-to-do =
    <b>What to do</b>
    Remember the words: "Thank you for telling me. You're not in trouble. It's not your fault." Then: no punishment, keep the evidence, report, and get support.

    If your child is in immediate danger or may harm themselves, call your local emergency number now.

    Tap <b>Get help</b> anytime to see the helpline and reporting sites for your country.

## Voice question: asked once after the series (content/series/caregivers-today.yaml voice_question)

s-caregivers-today-voice-first-step = Which of these will you do first?
s-caregivers-today-voice-first-step-ai-talk = Talk with my child about fake AI images
s-caregivers-today-voice-first-step-photo-talk = Say they can come to me, even about a photo
s-caregivers-today-voice-first-step-play = Ask to see their favourite game
s-caregivers-today-voice-first-step-settings = Go through settings together
s-caregivers-today-voice-first-step-promise = Promise telling me won't mean losing the phone
