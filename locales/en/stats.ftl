## /stats for programme staff: reach summary, breakdown, chart and buttons (bot/features/stats.py).
## "<5" marks a suppressed count; in HTML messages it is written &lt;5.

stats-title = <b>Reach in the last { $days } days</b> ({ $start } – { $end }, UTC)
stats-reached = 👀 People reached: <b>{ $value }</b> { $change }
stats-engaged = ✅ Finished a lesson: <b>{ $value }</b> { $change }
stats-completed = 🏁 Finished a series: <b>{ $value }</b> { $change }
stats-accuracy = 🎯 Quiz answers right the first time: <b>{ $value }</b>
stats-change-up = (▲ { $percent }% on the { $days } days before)
stats-change-down = (▼ { $percent }% on the { $days } days before)
stats-change-flat = (same as the { $days } days before)
stats-change-none = (nothing to compare with)
stats-breakdown-title = <b>{ $breakdown }</b> (people reached):
stats-breakdown-line = • { $label }: { $value }
stats-breakdown-none = • nobody yet
stats-breakdown-more = • … and { $count } more
stats-note = <i>Counts under 5 show as &lt;5. Where a list would hide only one count, the next smallest is hidden too, so that totals cannot reveal it.</i>
stats-unknown = not given
stats-audience-youth = Young people
stats-audience-caregiver = Caregivers
stats-audience-professional = Professionals
stats-by-audience = Audience
stats-by-country = Country
stats-by-series = Series
stats-by-locale = Language
stats-btn-days = { $days } days
stats-btn-current = ✓ { $label }
stats-chart-title = Weekly reach · { $breakdown }
stats-chart-x = Week starting on Monday
stats-chart-y = People reached
stats-chart-empty = Nobody reached in this period yet
stats-suppressed = <5
