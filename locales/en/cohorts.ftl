## Trainers: cohorts, pushes and what members receive

cmd-cohorts = Your cohorts (trainers)
cohorts-title = <b>👥 Your cohorts</b>
cohorts-none = You have no cohorts yet. Create one with /newcohort and its name, for example: /newcohort Class 9B
cohorts-line-btn = { $name } · { $members }
cohort-usage-new = New cohort: /newcohort NAME, for example /newcohort Class 9B
cohort-usage-rename = Usage: /renamecohort NUMBER NEW NAME (the number is on the cohort's card)
cohort-card =
    <b>👥 { $name }</b> (#{ $number })
    For: { $audience } · Language: { $language }
    Country: { $country } · Time zone: { $timezone }
    Members: { $members } · { $status }

    Join link, to share with the group:
    { $link }
cohort-open = open to new members
cohort-closed = closed to new members
cohort-audience-youth_13_15 = young people 13-15
cohort-audience-youth_16_17 = young people 16-17
cohort-audience-caregiver = parents and caregivers
btn-cohort-push = 📤 Push a series
btn-cohort-audience = 🎯 Audience
btn-cohort-language = 🌐 Language
btn-cohort-country = 📍 Country
btn-cohort-timezone = 🕒 Time zone
btn-cohort-close = 🔒 Close to new members
btn-cohort-reopen = 🔓 Reopen
btn-cohort-leave = 🚪 Leave this cohort
btn-cohorts = ⬅️ My cohorts
cohort-pick-audience = Who is this cohort for?
cohort-pick-language = Which language should new members start in?
cohort-pick-country = Which country is the cohort in?
cohort-pick-country-letter = Tap the first letter of the cohort's country.
cohort-pick-timezone = Which time zone? Daily lessons arrive at a local hour.
cohort-left = You left { $name }. Its members keep their progress.
cohort-renamed = Renamed to { $name }.
push-pick-series = Which series should { $name } receive?
push-pick-mode = How should “{ $series }” be sent?
btn-push-now = ⚡ Now: the next lesson to everyone
btn-push-daily = 📅 One lesson a day
btn-push-weekdays = 📅 One lesson each weekday
push-pick-hour = At what local time ({ $timezone })? Quiet hours ({ $quiet }) are never used.
push-progress =
    <b>📤 { $series }</b> → cohort #{ $cohort } · { $mode }
    { $bar } { $sent }/{ $total }
    Sent { $sent } · due now { $due } · scheduled { $scheduled }
    Failed { $failed } · uncertain { $uncertain }
    { $members }
    { $eta }
push-mode-now = now
push-mode-drip = one lesson per day at { $hour }:00
push-members = Members { $members } · left out { $left }
push-left-out = Left out: { $reasons }
push-out-audience = { $count } not in this series' audience
push-out-stopped = { $count } sent /stop
push-out-blocked = { $count } blocked the bot
push-out-nothing = { $count } had finished the series or joined after the push
push-signing-up = { $count } still signing up: their lesson waits until they finish.
push-eta = About { $duration } to go.
push-eta-quiet = Quiet hours where the cohort is: sending starts { $when }, about { $duration } to send.
push-eta-next = Next lesson { $when }, about { $duration } to send.
push-when = { $day ->
        [today] today { $time }
        [tomorrow] tomorrow { $time }
       *[other] { $date } { $time }
    }
push-seconds = { $count } s
push-minutes = { $count } min
push-hours = { $hours } h { $minutes } min
push-done = ✅ Done.
push-paused = ⏸ Paused.
push-cancelled = ✖️ Cancelled.
btn-push-pause = ⏸ Pause
btn-push-resume = ▶️ Resume
btn-push-cancel = ✖️ Cancel
btn-push-refresh = 🔄 Refresh
delivery-lesson =
    📬 <b>{ $cohort }</b>: a new lesson for you
    <b>{ $series }</b> · lesson { $number }/{ $total }: { $lesson }
btn-delivery-open = ▶️ Start the lesson
cohort-joined-new = 👋 You're joining <b>{ $name }</b>. First, choose your language.
cohort-joined = You joined <b>{ $name }</b>. Lessons from your trainer will arrive here.
cohort-invalid = This join link doesn't work any more. Ask your trainer for a new one, or send /start.
staff-granted = Trainer role given to { $id }.
staff-revoked = Trainer role removed from { $id }.
staff-grant-usage = Usage: /granttrainer TELEGRAM_ID or /revoketrainer TELEGRAM_ID
