## Bot interface: onboarding, menus, help, privacy, settings, errors.
## Text uses Telegram HTML (<b>, <i>, <a href>). Keep placeables ({ $name }) identical in every locale.

language-name = English

## Commands (the menu next to the message box; descriptions at most 256 characters)
cmd-start = Start or go back to the main menu
cmd-lessons = Online safety lessons
cmd-help = Get help now: helplines and reporting
cmd-settings = Change language, who you are or country
cmd-language = Change language
cmd-privacy = What we store and why
cmd-mydata = See everything stored about you
cmd-forget = Delete your data
cmd-stop = Stop all messages from this bot

## Buttons used in many places
btn-help = 🆘 Get help
btn-menu = ⬅️ Main menu
btn-back = ⬅️ Back

## Onboarding
welcome =
    👋 Hi! I share short lessons about staying safe online, and I can show you where to get help at any moment.

    First, choose your language.
choose-language = Choose your language.
ask-audience = Who are you?
btn-aud-youth = 🧑 I'm a young person (13-17)
btn-aud-caregiver = 👪 I'm a parent or caregiver
btn-aud-professional = 💼 I work to protect children
ask-age = How old are you? (We only keep an age group, never your age.)
btn-age-under13 = Under 13
btn-age-13-15 = 13 to 15
btn-age-16-17 = 16 to 17
btn-age-adult = 18 or older
age-adult-redirect = This part is for people aged 13 to 17. As an adult, you can join as a parent or caregiver, or as someone who works to protect children.
under-13 =
    Thank you for telling me. This bot is made for people aged 13 and over, so I can't go on with you, and I have not saved anything about you.

    A parent, caregiver or another adult you trust can help you learn about staying safe online. If something online worries you, tell them, or use one of these:
age-gate-16 =
    Thank you for telling me. In { $country }, Telegram is for people aged 16 and over, so I can't go on with you, and I have not saved anything about you.

    If something online worries you, talk to an adult you trust, or use one of these:
ask-sector = Which area do you work in?
sector-gov = Government
sector-police = Law enforcement
sector-justice = Judiciary or prosecution
sector-social = Social services
sector-health = Health
sector-edu = Education
sector-ngo = NGO or civil society
sector-tech = Technology industry
sector-other = Other
ask-country = Which country do you live in? This lets me show help that works where you are. You can also type the country's name.
btn-country-other = 🌍 Another country
btn-country-skip = Prefer not to say
ask-country-letter = Tap the first letter of your country's name.
country-not-found = I couldn't find that country. Tap a button, or type its name the way it's written on a map.
country-not-said = Not said
consent-youth =
    <b>Before we start: what I keep and why</b>

    • Your language, your age group (13-15 or 16-17) and your country, so I can show the right lessons and help.
    • Which lessons you open and your quiz answers, so you can pick up where you stopped.
    • Anonymous counts of what people learn, so the programme can see if it helps. These never include your name.

    I never keep your name, username, phone number or what you write to me. You can see your data with /mydata and delete it with /forget at any time.
consent-caregiver =
    <b>Before we start: what I keep and why</b>

    • Your language, that you are a parent or caregiver, and your country, so I can show the right lessons and help.
    • Which lessons you open and your quiz answers, so you can pick up where you stopped.
    • Anonymous counts of what people learn, so the programme can see if it helps.

    I never keep your name, username, phone number or what you write to me. See your data with /mydata; delete it with /forget at any time.
consent-professional =
    <b>Before we start: what I keep and why</b>

    • Your language, your sector and your country, so I can show the right check-ins and help.
    • Your check-in answers, which are only ever shown in aggregate, never one by one, and never to rank countries.
    • Anonymous counts of activity, so the programme can see its reach.

    I never keep your name, username, phone number or what you write to me. See your data with /mydata; delete it with /forget at any time.
btn-consent-yes = ✅ I agree
btn-consent-no = No thanks
btn-privacy-full = 🔒 Read the full privacy notice
consent-declined = No problem. I have not saved anything about you. Help is still here: send /help or the word "help" at any time, and /start if you change your mind.
onboarding-done = All set! Here is your menu.

## Main menu
menu-youth = What would you like to do? Tap <b>Get help</b> any time you need it.
menu-caregiver = What would you like to do? Tap <b>Get help</b> any time you need it.
menu-professional = What would you like to do? Tap <b>Get help</b> any time you need it.
btn-lessons = 📚 Lessons
btn-settings = ⚙️ Settings
btn-privacy = 🔒 Privacy and my data
welcome-back = Welcome back! Messages from me are switched on again.

## Help
help-title = <b>🆘 Help is here</b>
help-intro-country = Where to get help in { $country }, and anywhere:
help-intro-global = Where to get help anywhere:
help-no-country = Choose your country with the 🌍 button to see local helplines.
help-footer-emergency = I'm a bot: I can't investigate or contact anyone for you. <b>If you are in danger right now, call { $number }.</b>
help-footer-local = I'm a bot: I can't investigate or contact anyone for you. <b>If you are in danger right now, call your local emergency number.</b>
disclosure =
    💛 Thank you for telling me. What is happening is <b>not your fault</b>, and you don't have to deal with it alone.

    I'm a bot, so I can't investigate or step in myself, but the people below can help, and you can talk to them in confidence. If you can, tell an adult you trust too.

## Stop
stopped = 🔕 Done: I won't send you any more lessons or reminders. Send /start to switch them back on. Help still works any time: send /help.

## Privacy
privacy-notice =
    <b>🔒 Privacy notice</b>

    <b>What I keep:</b> your language; whether you are a young person (with your age group, 13-15 or 16-17, never your exact age), a parent or caregiver, or a professional (with your sector); your country if you chose one; the lessons you opened, your quiz answers and check-in answers; the buttons you tapped to rate lessons or answer polls; your share code and how many friends joined with it (never who); whether you switched messages off.

    <b>What I never keep:</b> your name, username, phone number, photos, or anything you type to me.

    <b>Why:</b> to show you the right lessons and help in your language, to let you continue where you stopped, and to count, anonymously, how many people the programme reaches. Statistics never show groups smaller than 5 people.

    <b>Who sees it:</b> the team running this programme sees only anonymous totals. Nobody sees your answers one by one. Your data is never sold and never used to train AI.

    <b>Your choices:</b> /mydata shows everything I keep about you. /forget deletes it. /stop switches off all messages. If you delete your data, only anonymous counts remain, which can no longer be linked to you.
btn-mydata = 📄 What you keep about me
btn-forget = 🗑 Delete my data
mydata-title = <b>📄 Everything I keep about you</b>
mydata-locale = Language: { $value }
mydata-audience = You are: { $value }
mydata-age = Age group: { $value }
mydata-sector = Sector: { $value }
mydata-country = Country: { $value }
mydata-joined = Joined on: { $value }
mydata-consent = Agreed to the privacy notice on: { $value }
mydata-messages = Lessons and reminders: { $value }
mydata-messages-on = on
mydata-messages-off = switched off (/stop)
mydata-roles = Roles: { $value }
role-trainer = trainer
role-staff = programme staff
mydata-checkins = Check-in rounds answered: { $count }
mydata-events = Activity records (anonymous counts linked to you): { $count }
mydata-progress = Lesson series started: { $count }
mydata-footer = That's all. Nothing else: no name, username, phone number or messages. Delete it with /forget.
mydata-none = I don't keep anything about you.
audience-youth = a young person
audience-caregiver = a parent or caregiver
audience-professional = a professional
forget-confirm = Delete everything I keep about you? Your settings, progress and answers will be gone, and this can't be undone. Anonymous counts stay but can no longer be linked to you.
btn-forget-yes = 🗑 Yes, delete everything
btn-forget-no = No, keep it
forget-done = Done. Everything that identified you is deleted. What remains is { $count } anonymous activity records that can no longer be linked to you. Send /start if you ever want to come back.
forget-cancelled = Nothing was deleted.

## Settings
settings-title = <b>⚙️ Settings</b>
settings-current = Language: { $locale }
    You are: { $audience }
    Country: { $country }
btn-set-language = 🌐 Language
btn-set-audience = 🧑 Who I am
btn-set-country = 📍 Country
settings-saved = Saved.

## Lessons
lessons-title = <b>📚 Lessons</b>
lessons-pick = Pick a series. You can stop at any time and continue later where you left off.
lessons-none = There are no lessons for you here yet.
btn-series = { $title } · { $done }/{ $total }
btn-series-done = ✅ { $title }
series-intro =
    <b>{ $title }</b>
    { $about }

    { $lessons } lessons · about { $minutes } minutes · { $done }/{ $lessons } done
btn-series-start = ▶️ Start
btn-series-continue = ▶️ Continue
btn-series-restart = 🔁 Start again
btn-all-lessons = 📚 All lessons
lesson-progress = <b>{ $lesson }</b>
    { $bar } { $step }/{ $steps }
btn-next = Next ➡️
quiz-right = ✅ <b>Right!</b>
quiz-repeat = (You already answered this one: only your first answer counts.)
btn-continue = Continue ➡️
lesson-done = 🎉 <b>Lesson done: { $lesson }</b>
    { $bar } { $done }/{ $total } lessons in this series.
btn-next-lesson = ▶️ Next: { $lesson }
series-done =
    🏆 <b>You finished “{ $title }”!</b>

    Well done. What you learned can help you and your friends. You can start the series again at any time, or pick another one.
lessons-not-for-you = Lessons are for young people and caregivers. Change who you are in /settings.

## Check-ins (professionals)
btn-checkin = 📋 Pulse check-in
checkin-not-for-you = Check-ins are for professionals. You can change who you are in /settings.
checkin-none = There is no check-in open for your sector right now. It will appear here when the next round opens.
checkin-pick = <b>📋 Pulse check-ins</b>
    Short questions on how your country is doing on the Model National Response. Pick one:
btn-checkin-round = { $title } · { $round }
checkin-intro =
    <b>{ $title }</b> · { $round }
    { $about }

    About { $minutes } minutes · open until { $closes }.
    Your answers are private: only totals from at least 5 people are ever shown, and countries are never ranked.
btn-checkin-start = ▶️ Start
btn-checkin-continue = ▶️ Continue
btn-checkin-revise = ✏️ Review or change my answers
checkin-item-head = <b>{ $title }</b> · { $step }/{ $steps }
    { $bar }
# Same in every language: MNR is the model's name.
checkin-capability = <i>MNR { $number } · { $capability }</i>
checkin-current = Your answer: <b>{ $answer }</b>
ci-dk = Don't know
ci-yes = Yes
ci-no = No
ci-agree-1 = 1 · Strongly disagree
ci-agree-2 = 2 · Disagree
ci-agree-3 = 3 · Neither agree nor disagree
ci-agree-4 = 4 · Agree
ci-agree-5 = 5 · Strongly agree
btn-checkin-back = ⬅️ Back
btn-checkin-skip = Skip ➡️
checkin-done = ✅ <b>Thank you!</b> Your answers for { $round } are saved. You can change them until { $closes }.
checkin-summary-title = <b>Your answers</b>
checkin-summary-line = • { $question }: <b>{ $answer }</b>
checkin-skipped = skipped
checkin-country-title = <b>What colleagues in { $country } answered</b> (shown only where at least 5 people answered):
checkin-country-line = • { $capability } ({ $total } answers): { $shares }
checkin-country-none = Not enough answers from { $country } yet to show totals: at least 5 are needed. Check again later with /checkin.
cmd-checkin = Pulse check-in for professionals
invite-welcome = Welcome! You were invited as a professional ({ $sector }, { $country }). First, choose your language.
invite-applied = Your profile is now verified: { $sector }, { $country }.
invite-invalid = This invite link is no longer valid. You can still use the bot: send /start.

## Staff commands
staff-rounds-title = <b>Check-in rounds</b>
staff-round-line = #{ $id } · { $round } · { $questionnaire } · { $respondents } respondents · { $status }
staff-round-open = open until { $closes }
staff-round-closed = closed
staff-rounds-none = No rounds yet.
staff-rounds-help = Open a round: /openround QUESTIONNAIRE CODE YYYY-MM-DD · Export one: /export ROUND_ID · Invite a professional: /invite SECTOR COUNTRY [PROGRAMME]
staff-openround-usage = Usage: /openround QUESTIONNAIRE CODE YYYY-MM-DD, for example /openround general-pulse 2026-Q4 2026-12-31. Questionnaires: { $list }
staff-round-opened = Round { $round } of { $questionnaire } is open until { $closes }.
staff-export-usage = Usage: /export ROUND_ID (the number shown by /rounds).
staff-export-caption = Round { $round }: one row per respondent and item, pseudonymous.
staff-invite-usage = Usage: /invite SECTOR COUNTRY [PROGRAMME], for example /invite police KE kenya-2026. Sectors: { $list }
staff-invite-created = Invite link for { $sector } in { $country }:
    { $link }
    Whoever opens it is registered as a verified professional of that sector and country.
staff-failed = That did not work: { $reason }

## Fallbacks and errors
not-started = Hi! Send /start to begin. If you need help right now, send /help.
unknown-text = I didn't catch that. Please use the buttons.
unsupported-media = I can only read text and buttons, so I didn't open that. Please don't send me photos of yourself or others. Send /help if you need help.
group-only-private = I work only in private chats. Open a chat with me to start.
stale-button = That button is no longer active.
finish-onboarding = Let's finish setting up first.
try-later = Sorry, something went wrong on my side. Please try again in a moment. If you need help now, the helplines are always in /help.
unknown-command = I don't know that command. Send /start for the menu or /help for help.
