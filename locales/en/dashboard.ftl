## The staff web dashboard (bot/web/dashboard/) and the /dashboard command that signs staff in (bot/features/dashboard.py).
## Professional register. Plain text: the pages escape it; "<5" is shown as written.

## /dashboard in the chat
dashboard-link =
    🔐 <b>Your sign-in link for the dashboard</b>

    { $link }

    It works once, for { $minutes } minutes, in the browser where you open it. The session lasts { $hours } hours, or until you sign out. Do not forward it: it opens the dashboard for whoever uses it first.
dashboard-not-set =
    The web dashboard is not set up yet. An administrator sets <code>DASHBOARD_URL</code> to the public address of the bot's HTTP server (for example <code>https://stats.example.org</code>, behind a TLS proxy) and restarts the bot. Then send /dashboard again.

## Frame of every page
dash-name = Online safety programme · Dashboard
dash-skip = Skip to the content
dash-menu = Dashboard pages
dash-nav-overview = Overview
dash-nav-reach = Reach
dash-nav-lessons = Lessons
dash-nav-voice = Youth voice
dash-nav-checkins = MNR check-ins
dash-nav-cohorts = Cohorts and pushes
dash-language = Dashboard language
dash-change-language = Change
dash-sign-out = Sign out
dash-footer = Counts under 5 people are never shown. Figures are pseudonymous; no page names a person.
dash-print = Print or save as PDF

## Signing in and out
dash-sign-in-title = Sign in to the dashboard
dash-sign-in-text = This link opens the dashboard in this browser. It works only once.
dash-sign-in-button = Open the dashboard
dash-link-expired-title = This link no longer works
dash-link-expired = Sign-in links work once and for a few minutes. Send /dashboard to the bot for a new one.
dash-signed-out-title = You are signed out
dash-signed-out = To open the dashboard, send /dashboard to the bot in Telegram and open the link it sends you. Only programme staff can sign in.
dash-form-expired = This form has expired. Reload the page and try again.

## Errors
dash-error-title = Something went wrong
dash-error = The page could not be shown. Please try again in a moment.
dash-unavailable = The database cannot be reached just now. Please try again in a moment.
dash-not-found-title = Page not found
dash-not-found = There is nothing at this address. Use the menu to find the page you need.
dash-bad-filter-title = This filter cannot be used
dash-bad-filter = Please check the filters: { $detail }

## Filters
dash-filters = Filters
dash-period = Period
dash-days = Last { $days } days
dash-period-custom = Dates below
dash-from = From
dash-to = To
dash-apply = Apply
dash-all = All
dash-none = None
dash-filter-country = Country
dash-filter-audience = Audience
dash-filter-age_band = Age band
dash-filter-locale = Language
dash-filter-series = Series
dash-filter-cohort = Cohort
dash-filter-capability = MNR capability
dash-breakdown = Break down by
dash-every = Time step
dash-week = Week
dash-month = Month
dash-chart-metric = Figure in the chart
dash-period-range = { $start } – { $end } (UTC)

## Figures
dash-metric-active = Active
dash-metric-reached = Reached
dash-metric-engaged = Engaged
dash-metric-completed = Completed a series
dash-metric-quiz-people = Answered a quiz
dash-metric-quiz-accuracy = Quiz accuracy
dash-define-active = People with any activity counted under an MNR capability (lessons under 13, youth participation under 14).
dash-define-reached = People who viewed at least one lesson card.
dash-define-engaged = People who completed at least one lesson.
dash-define-completed = People who finished a whole series.
dash-define-quiz-people = People who answered at least one quiz question.
dash-define-quiz-accuracy = The share of first attempts at quiz questions that were right.
dash-suppressed = <5
dash-hidden-part = Hidden (small counts)
dash-everyone = Everyone
dash-people = People
dash-share = Share
dash-figure = Figure
dash-this-period = This period
dash-previous-period = Previous period
dash-change = Change
dash-change-none = no comparison
dash-change-points = { $points } pts
dash-before = before: { $value }
dash-nothing = Nothing to show for these filters yet.
dash-chart-desc = The table beside this chart gives the same figures.
dash-capability-name = { $number }. { $name }
dash-about = How to read these figures
dash-suppression-note = Every count of 1 to 4 people is hidden (shown as <5). Where a row or column would hide exactly one count, the next smallest is hidden too, so that totals cannot reveal it. Days are UTC. Each table downloads as CSV with the same figures as the statistics API; a hidden figure is an empty cell.
dash-download-csv = Download CSV

## Overview
dash-overview-title = Overview
dash-headline = The period at a glance
dash-comparison-caption = This period against the one before ({ $previous })
dash-trend = Trend
dash-weekly-caption = People per week
dash-weekly-chart = People reached, engaged and completing a series, per week
dash-weeks-note = Weeks start on Monday; the first and last week may be partly outside the period.
dash-where = Where
dash-by-country-caption = People by country
dash-by-country-chart = People reached, by country

## Reach
dash-reach-title = Reach over time
dash-over-time = Over time
dash-over-time-caption = { $metric } over time
dash-over-time-chart = { $metric } over time
dash-top-lines-note = The chart and this table show the { $count } largest groups; the CSV has every group and every figure.
dash-totals = Totals for the period
dash-totals-caption = Figures for the whole period
dash-totals-chart = { $metric } in the whole period

## Lessons
dash-lessons-title = Lessons
dash-step = Step
dash-step-started = Started the series
dash-step-lesson = Completed “{ $lesson }”
dash-step-completed = Finished the series
dash-share-of-starters = Share of those who started
dash-funnel-caption = { $series }: from the first lesson to the end
dash-funnel-chart = People at each step of { $series }
dash-quiz-caption = { $series }: quiz questions
dash-quiz-chart = Right at the first attempt, per question, in { $series }
dash-quiz-note = A low share, or a wrong answer chosen often, points to a misconception worth addressing in the lesson. The CSV has every answer option.
dash-question-header = Question
dash-question = { $lesson }: { $question }
dash-answered = Answered
dash-right-first-time = Right first time
dash-common-wrong = Most chosen wrong answer
dash-wrong-answer = { $answer } ({ $share })
dash-lesson = Lesson
dash-ratings-caption = { $series }: how helpful people found each lesson
dash-ratings-chart = Lesson ratings in { $series }
dash-rating-helpful = Helpful
dash-rating-unsure = Not sure
dash-rating-not-helpful = Not helpful

## Youth voice
dash-voice-title = Youth voice
dash-voice-lead = What young people and caregivers told us with one tap: polls and the question at the end of each series. Results are their current answers.
dash-polls = Polls
dash-poll-caption = { $question } ({ $start } – { $end })
dash-series-questions = Series questions
dash-series-question-caption = { $series }: { $question }
dash-option = Answer
dash-voice-note = Filters apply to each person's current profile (country, audience, language). People who asked to be forgotten are no longer counted here.

## MNR check-ins
dash-checkins-title = MNR check-ins
dash-checkins-lead = Pulse check-ins of professionals on the 21 capabilities of the Model National Response. Open a round to see each country's maturity grid.
dash-rounds = Rounds
dash-rounds-caption = Check-in rounds, newest first
dash-no-rounds = No round has been opened yet. Staff open one with /openround in the chat.
dash-round = Round
dash-questionnaire = Questionnaire
dash-opens = Opens
dash-closes = Closes
dash-respondents = Respondents
dash-round-title = { $round } · { $questionnaire }
dash-round-lead = Open from { $opens } to { $closes }. Country shown: { $country }.
dash-compare-with = Compare with round
dash-open-profile = Printable country profile
dash-no-countries = Nobody has answered this round yet.
dash-verified-respondents = Verified respondents
dash-verified-explained = Professionals who joined through an invitation from programme staff, which records their sector and country.
dash-self-declared-respondents = Self-declared respondents
dash-self-declared-explained = Professionals who described their own sector and country. Read their answers apart from the verified ones.
dash-grid-caption-verified = Maturity phase by capability, verified respondents, { $country }, round { $round }
dash-grid-caption-self = Maturity phase by capability, self-declared respondents, { $country }, round { $round }
dash-grid-chart-verified = Maturity phases, verified respondents, { $country }
dash-grid-chart-self = Maturity phases, self-declared respondents, { $country }
dash-capability = MNR capability
dash-no-answers = No answers from these respondents in this country yet.
dash-change-between-rounds = Change since an earlier round
dash-change-caption = Share of respondents in each phase, round { $earlier } → round { $round }, { $country }
dash-no-earlier-round = There is no earlier round of this questionnaire to compare with.
dash-respondent-kind = Respondents
dash-verified = Verified
dash-self-declared = Self-declared
dash-other-items = Other questions
dash-other-items-caption = Answers to the other questions, { $country }
dash-answers = Answers
dash-phases = The maturity phases
dash-checkin-suppression = Figures come from at least 5 respondents: a smaller count is hidden (shown as <5), and so is the next smallest where only one would be. Countries are never ranked.
dash-profile-title = Country profile: { $country }
dash-profile-lead = MNR pulse check-in { $round } ({ $questionnaire }), open from { $opens } to { $closes }. Prepared on { $today }.
dash-back-to-round = Back to the round

## Cohorts and pushes
dash-cohorts-title = Cohorts and pushes
dash-cohorts = Cohorts
dash-cohorts-caption = Cohorts and their members
dash-cohort = Cohort
dash-joining = Joining
dash-open = Open
dash-closed = Closed
dash-created = Created
dash-members = Members
dash-outcomes = Outcomes in the period
dash-outcomes-caption = What cohort members did in the period
dash-outcomes-chart = Members who finished a series, per cohort
dash-pushes = Pushes
dash-pushes-caption = Lesson series pushed to cohorts, newest first (messages)
dash-pushes-chart = Delivery progress of the latest pushes
dash-pushes-note = Each figure counts messages, one per member and lesson. Waiting: scheduled or being sent. Inactive: the member blocked the bot. Stopped: the member sent /stop. Uncertain: the sender stopped while sending; it may have arrived.
dash-push = Push
dash-push-label = { $series } → { $cohort }
dash-push-mode = Mode
dash-push-status = Status
dash-push-mode-now = All at once
dash-push-mode-drip = One lesson a day
dash-push-status-active = Active
dash-push-status-paused = Paused
dash-push-status-cancelled = Cancelled
dash-delivery-total = Messages
dash-delivery-sent = Sent
dash-delivery-waiting = Waiting
dash-delivery-failed = Failed
dash-delivery-inactive = Inactive
dash-delivery-stopped = Stopped
dash-delivery-uncertain = Uncertain
dash-delivery-cancelled = Cancelled
