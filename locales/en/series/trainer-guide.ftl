## Series: Running a session with the bot (trainer-guide), for trainers and teachers.
## Structure: content/series/trainer-guide.yaml. Grounded in WeProtect's Model National Response (capability 13),
## the eSafety Commissioner's guidance for educators, NSPCC safeguarding guidance, UNICEF and the PSHE Association
## (paraphrased; sources in the yaml).

s-trainer-guide-title = Running a session with the bot
s-trainer-guide-about = Four short lessons for teachers and trainers: what to prepare, how to run the session, how to follow up, and what to do if a child tells you about abuse.

## Lesson 1: Before the session

s-trainer-guide-before-title = Before the session
s-trainer-guide-before-intro =
    This bot gives young people (13 to 17) and caregivers short lessons with quizzes, and help for their country at any moment. Your session is part of something bigger: WeProtect's Model National Response asks every country for an education programme that tells children, parents and professionals about their right to protection, and where to get help and report (MNR capability 13).

    A good session is planned with the school, not only delivered.
s-trainer-guide-before-intro-alt = A trainer next to a clipboard with ticked boxes, a calendar, and a phone showing a link, with a shield.
s-trainer-guide-before-check-help =
    <b>Check the help first.</b> Open the bot yourself, choose the country your group lives in, and tap <b>Get help</b>. Check what it shows: the child helpline, the reporting hotline and the emergency number.

    Then add your local routes: the school counsellor, your safeguarding lead, and the national referral route for child protection. If something in the bot is missing or out of date, tell the programme team before the session.
s-trainer-guide-before-plan =
    <b>Agree a plan with your safeguarding lead</b>, the person responsible for child protection in the school:
    • which series and lessons, and why
    • permissions the school needs, and information for parents
    • age: young people must be 13 or over (16 in the EU and the UK)
    • who will be in the room, and a quiet space for anyone who needs a break
    • what happens if a child discloses abuse, during or after the session
s-trainer-guide-before-q1 = What should happen before you share the join link with a class?
s-trainer-guide-before-q1-a = Post it in the students' group chat
s-trainer-guide-before-q1-a-why = Sharing the link is the easy part. Without a plan agreed with the school, nobody knows what to do if a student is upset or discloses abuse.
s-trainer-guide-before-q1-b = Agree a plan with the safeguarding lead
s-trainer-guide-before-q1-b-why = The safeguarding lead knows the school's procedure and the referral routes. With the plan agreed first, everyone knows what happens if a child needs help.
s-trainer-guide-before-q1-c = Nothing: the bot takes care of safety
s-trainer-guide-before-q1-c-why = The bot shows help resources at any moment, but it cannot investigate or look after a child in the room. That stays with you and the school.
s-trainer-guide-before-cohort =
    <b>Create a cohort.</b> Send /newcohort with a name, for example /newcohort Class 9B. On the cohort card, set the audience, language, country and time zone. Then share the join link in class or through the school's usual channel.

    You will see how many people joined, never who they are or what they answer. Each lesson takes about five minutes; leave time to talk as well.
s-trainer-guide-before-q2 = What can you see about the members of your cohort?
s-trainer-guide-before-q2-a = Their names and quiz answers
s-trainer-guide-before-q2-a-why = The bot is built so that trainers never see who joined or what anyone answered. That protects students, and it is worth telling them.
s-trainer-guide-before-q2-b = How many joined, never who
s-trainer-guide-before-q2-b-why = Trainers see member counts and delivery progress, never names or answers. You can tell students this honestly: it helps them take part freely.
s-trainer-guide-before-q2-c = What they type to the bot
s-trainer-guide-before-q2-c-why = What a young person types to the bot is never stored or shown to anyone, including you. Only counts reach the trainer.
s-trainer-guide-before-what-to-do =
    <b>What to do: your checklist</b>
    • Help checked in the bot for your group's country
    • Plan agreed with the safeguarding lead
    • Permissions and parent information done
    • Cohort created and join link ready
    • Time planned, and a quiet space available

    The bot's <b>Get help</b> button shows the helplines for each country; 116 111 reaches a child helpline in many countries.

## Lesson 2: During the session

s-trainer-guide-during-title = During the session
s-trainer-guide-during-introduce =
    <b>Introducing the bot.</b> Keep it positive: being online is part of their lives, and this is about staying in control, not about fear. Tell the group:
    • it's short lessons and quizzes, at their own pace
    • you see how many joined, never who or what they answer
    • <b>Get help</b> in the bot works at any time, and /stop stops messages
    • nobody has to share anything personal
s-trainer-guide-during-introduce-alt = A trainer points to a screen with a shield and chat bubbles while four young people watch.
s-trainer-guide-during-ground-rules =
    <b>Agree ground rules together</b>, and come back to them:
    • listen to each other with respect
    • no names of real people, and no personal stories needed
    • anyone can pass
    • what is said here doesn't become gossip

    Use made-up situations ("what could someone your age do?") rather than asking about their own lives. Say where they can take a worry after class, privately.
s-trainer-guide-during-q1 = A student starts telling the class about something that happened to a friend, with names. What do you do?
s-trainer-guide-during-q1-a = Let them go on: it's a real example
s-trainer-guide-during-q1-a-why = Real examples can feel powerful. But names in front of the class can expose a child and spread their story further.
s-trainer-guide-during-q1-b = Pause them kindly and offer to talk later
s-trainer-guide-during-q1-b-why = A gentle pause protects everyone's privacy, and the ground rule makes it feel normal rather than a telling-off. Follow up privately: it may be a disclosure.
s-trainer-guide-during-q1-c = Tell them off in front of the class
s-trainer-guide-during-q1-c-why = The rule matters, but a public telling-off can shame a student who may have been reaching out for help.
s-trainer-guide-during-questions =
    <b>Answering questions</b>
    • Answer simply and honestly. "I don't know, I'll find out" is a fine answer.
    • Offer an anonymous way to ask, such as a question box.
    • Correct blame when you hear it: sending a photo never means someone deserves to be blackmailed or shared.
    • Keep to facts and to what to do. No frightening stories.
s-trainer-guide-during-distress =
    <b>Watch for distress.</b> Some students may have lived through what you are talking about. Signs include going very quiet, leaving the room, tears, anger or unusual joking.

    Let students take a break without explaining why, and make sure a named adult can check on them. Follow up privately after the session, and pass any concern to the safeguarding lead.
s-trainer-guide-during-q2 = A student looks upset and leaves during the lesson on sextortion. What helps most?
s-trainer-guide-during-q2-a = Carry on, so they don't feel watched
s-trainer-guide-during-q2-a-why = Not drawing attention to them is kind. But a student who leaves upset should not be left alone.
s-trainer-guide-during-q2-b = A named adult checks on them now
s-trainer-guide-during-q2-b-why = A quiet check straight away makes sure the student is safe and not alone. Follow up privately later, and tell the safeguarding lead if you are worried.
s-trainer-guide-during-q2-c = Ask them in front of the class what's wrong
s-trainer-guide-during-q2-c-why = Asking in front of everyone can embarrass the student and make them less likely to talk. A private check works better.
s-trainer-guide-during-what-to-do =
    <b>What to do</b>
    • Introduce the bot positively, and show the <b>Get help</b> button.
    • Agree ground rules: nobody shares personal stories.
    • Answer simply, and correct blame.
    • Watch for distress, and follow up privately.

    End every session with where to get help: a trusted adult, the safeguarding lead, and a child helpline (116 111 in many countries).

## Lesson 3: After the session

s-trainer-guide-after-title = After the session
s-trainer-guide-after-drip =
    <b>Keep the learning going.</b> On your cohort card, tap <b>Push a series</b>. Choose <b>Now</b> to send each member their next lesson, or a drip: one lesson a day, or each weekday, at a local hour you pick.

    Quiet hours at night are never used, people who join later start from the first lesson, and anyone who sent /stop receives nothing.
s-trainer-guide-after-drip-alt = A calendar with ticked days sends lessons to three phones, with thumbs-up ratings below.
s-trainer-guide-after-follow-up =
    <b>Follow up</b>
    • A short talk a week later: what do they remember, and what would they do?
    • Remind everyone where to get help.
    • Check in with the safeguarding lead: did anything come up?
    • Reach parents too: a cohort for caregivers can receive the parents' series, so families keep talking at home.
s-trainer-guide-after-q1 = What is the best way to keep the learning going?
s-trainer-guide-after-q1-a = Send all lessons at once, late evening
s-trainer-guide-after-q1-a-why = It saves time, but a pile of lessons is easy to ignore, and lessons due in quiet hours wait until the morning anyway.
s-trainer-guide-after-q1-b = A daily drip, plus a follow-up talk
s-trainer-guide-after-q1-b-why = One lesson a day at a sensible hour is easy to keep up with, and a short follow-up in class helps the key messages stick.
s-trainer-guide-after-q1-c = Nothing more: one session is enough
s-trainer-guide-after-q1-c-why = One session is a good start, but messages stick better when they come back and are talked about again.
s-trainer-guide-after-feedback =
    <b>Collect feedback safely.</b> After each lesson, people can rate it with one tap (helpful, not sure, not helpful), and after a series the bot asks one short question. Programme staff can also run quick polls.

    Nobody types anything, and results appear only as totals where at least 5 people answered. Share what you learn with the programme team, and ask your group what helped, too.
s-trainer-guide-after-q2 = Which feedback can you use without putting a student at risk?
s-trainer-guide-after-q2-a = Screenshots of each student's answers
s-trainer-guide-after-q2-a-why = It may seem thorough, but it exposes individual students and what they know or have lived through. Totals tell you what you need.
s-trainer-guide-after-q2-b = The bot's one-tap ratings, as totals
s-trainer-guide-after-q2-b-why = Ratings and polls are anonymous to you and shown only as totals, so students can answer honestly without being identified.
s-trainer-guide-after-q2-c = Asking each student aloud what they got wrong
s-trainer-guide-after-q2-c-why = Public questions can embarrass students and make them less likely to speak up. Anonymous ways of asking work better.
s-trainer-guide-after-what-to-do =
    <b>What to do</b>
    • Push the series as a drip at a sensible hour.
    • Plan a short follow-up, and offer a session for parents.
    • Look at the rating and poll totals with the programme team.
    • Check in with the safeguarding lead after every session.

    Remind students of <b>Get help</b> in the bot, a trusted adult, and a child helpline (116 111 in many countries).

## Lesson 4: If a child discloses

s-trainer-guide-disclosure-title = If a child discloses abuse
s-trainer-guide-disclosure-listen =
    A child may tell you something during or after a session: directly, with a hint, or as if it happened to "a friend". It takes great courage, and it may take more than one conversation.

    <b>Listen.</b> Stay calm, give your full attention and let them go at their own pace. Don't interrupt, and don't ask leading questions. Reflect back their own words to show you understand. Tell them: "You did the right thing telling me. It's not your fault."
s-trainer-guide-disclosure-listen-alt = A teacher sits beside a young person on a sofa and listens, with a heart, a speech bubble and a notebook nearby.
s-trainer-guide-disclosure-no-secret =
    <b>Don't promise secrecy.</b> Explain kindly that you can't keep it secret, but that you will only tell people whose job is to help keep them safe, and say what will happen next.

    <b>Don't investigate.</b> Don't question them in detail, don't ask to see their phone or any image, and never copy or forward an image. Don't contact the person they name. That is the job of child protection services and the police.
s-trainer-guide-disclosure-q1 = After class, a student asks: "Can I tell you something if you promise not to tell anyone?" What do you say?
s-trainer-guide-disclosure-q1-a = "I promise. You can trust me."
s-trainer-guide-disclosure-q1-a-why = You want them to feel safe to talk. But if they disclose harm, you will have to pass it on, and a broken promise can destroy their trust.
s-trainer-guide-disclosure-q1-b = "I can't promise, but I'll only tell people who can help."
s-trainer-guide-disclosure-q1-b-why = Honesty from the start protects their trust: they know what will happen before they decide to speak, and you can keep your word.
s-trainer-guide-disclosure-q1-c = "You should tell your parents instead."
s-trainer-guide-disclosure-q1-c-why = Parents can be a great support, but the child chose you, and the harm may involve someone at home. Listen first, then follow your procedure.
s-trainer-guide-disclosure-act =
    <b>Act the same day</b>
    • Tell your safeguarding lead straight away. Don't leave the child alone if they are at risk.
    • If a child is in immediate danger, call the emergency number.
    • With your safeguarding lead, follow the school's procedure and the national referral route: child protection services, the police or a reporting hotline.
    • The bot's <b>Get help</b> shows the child helpline and reporting routes for each country.
s-trainer-guide-disclosure-record =
    <b>Record the facts</b> as soon as you can:
    • the date, time and place, and who was there
    • what the child said, in their own words
    • what you said and did, and who you told, and when

    Leave out opinions and guesses. Sign and date the record, store it as your procedure says, and share it only with those who need to know.
s-trainer-guide-disclosure-q2 = Which of these belongs in your record?
s-trainer-guide-disclosure-q2-a = My opinion about who is to blame
s-trainer-guide-disclosure-q2-a-why = Your concern matters, but opinions can be challenged and can harm an investigation. Keep to what you saw and heard.
s-trainer-guide-disclosure-q2-b = The child's own words, and what I did
s-trainer-guide-disclosure-q2-b-why = Facts and the child's own words are what the safeguarding lead and any investigation need. Add the date, the time and who you told.
s-trainer-guide-disclosure-q2-c = A summary after I asked more questions
s-trainer-guide-disclosure-q2-c-why = Extra questioning can upset the child and change their account. Listen, don't investigate, and write down what they told you.
s-trainer-guide-disclosure-yourself =
    <b>Look after yourself.</b> Hearing a disclosure can stay with you. It's normal to feel upset, angry, or unsure whether you did it right.

    Talk it through with your safeguarding lead or supervisor, and use staff support if your school has it, without sharing the child's details more than needed.
s-trainer-guide-disclosure-what-to-do =
    <b>What to do</b>
    Listen, stay calm and believe them. Don't promise secrecy, and don't investigate. Tell your safeguarding lead the same day and follow the national referral route. Record the facts in the child's own words. Then look after yourself.

    In immediate danger: the emergency number. The bot's <b>Get help</b> shows the helplines for each country; 116 111 reaches a child helpline in many countries.
