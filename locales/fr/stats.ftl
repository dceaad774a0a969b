## /stats pour l'équipe du programme : résumé de la portée, répartition, graphique et boutons.
## « <5 » marque un nombre masqué ; dans les messages HTML il s'écrit &lt;5.

stats-title = <b>Portée sur les { $days } derniers jours</b> ({ $start } – { $end }, UTC)
stats-reached = 👀 Personnes atteintes : <b>{ $value }</b> { $change }
stats-engaged = ✅ Ont terminé une leçon : <b>{ $value }</b> { $change }
stats-completed = 🏁 Ont terminé une série : <b>{ $value }</b> { $change }
stats-accuracy = 🎯 Bonnes réponses du premier coup : <b>{ $value }</b>
stats-change-up = (▲ { $percent } % par rapport aux { $days } jours précédents)
stats-change-down = (▼ { $percent } % par rapport aux { $days } jours précédents)
stats-change-flat = (comme les { $days } jours précédents)
stats-change-none = (aucune comparaison possible)
stats-breakdown-title = <b>{ $breakdown }</b> (personnes atteintes) :
stats-breakdown-line = • { $label } : { $value }
stats-breakdown-none = • personne pour l'instant
stats-breakdown-more = • … et { $count } de plus
stats-note = <i>Les nombres inférieurs à 5 s'affichent &lt;5. Si une liste ne masquait qu'un seul nombre, le plus petit suivant est masqué aussi, pour que les totaux ne le révèlent pas.</i>
stats-unknown = non renseigné
stats-audience-youth = Jeunes
stats-audience-caregiver = Parents et aidants
stats-audience-professional = Professionnels
stats-by-audience = Public
stats-by-country = Pays
stats-by-series = Série
stats-by-locale = Langue
stats-btn-days = { $days } jours
stats-btn-current = ✓ { $label }
stats-chart-title = Portée hebdomadaire · { $breakdown }
stats-chart-x = Semaine commençant le lundi
stats-chart-y = Personnes atteintes
stats-chart-empty = Personne n'a encore été atteint sur cette période
stats-suppressed = <5
