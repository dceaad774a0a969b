## /stats for programme staff: reach summary, breakdown, chart and buttons (bot/features/stats.py).
## "<5" marks a suppressed count; in HTML messages it is written &lt;5.

stats-title = <b>Waliofikiwa katika siku { $days } zilizopita</b> ({ $start } – { $end }, UTC)
stats-reached = 👀 Watu waliofikiwa: <b>{ $value }</b> { $change }
stats-engaged = ✅ Waliomaliza somo: <b>{ $value }</b> { $change }
stats-completed = 🏁 Waliomaliza mfululizo: <b>{ $value }</b> { $change }
stats-accuracy = 🎯 Majibu sahihi katika jaribio la kwanza: <b>{ $value }</b>
stats-change-up = (▲ { $percent }% ikilinganishwa na siku { $days } zilizotangulia)
stats-change-down = (▼ { $percent }% ikilinganishwa na siku { $days } zilizotangulia)
stats-change-flat = (sawa na siku { $days } zilizotangulia)
stats-change-none = (hakuna cha kulinganisha nacho)
stats-breakdown-title = <b>{ $breakdown }</b> (watu waliofikiwa):
stats-breakdown-line = • { $label }: { $value }
stats-breakdown-none = • bado hakuna mtu
stats-breakdown-more = • … na wengine { $count }
stats-note = <i>Idadi zilizo chini ya 5 huonyeshwa kama &lt;5. Pale ambapo orodha ingeficha idadi moja tu, idadi inayofuata kwa udogo hufichwa pia, ili jumla zisiweze kuifichua.</i>
stats-unknown = haijatajwa
stats-audience-youth = Vijana
stats-audience-caregiver = Wazazi na walezi
stats-audience-professional = Wataalamu
stats-by-audience = Walengwa
stats-by-country = Nchi
stats-by-series = Mfululizo
stats-by-locale = Lugha
stats-btn-days = Siku { $days }
stats-btn-current = ✓ { $label }
stats-chart-title = Waliofikiwa kwa wiki · { $breakdown }
stats-chart-x = Wiki inayoanza Jumatatu
stats-chart-y = Watu waliofikiwa
stats-chart-empty = Bado hakuna aliyefikiwa katika kipindi hiki
stats-suppressed = <5
