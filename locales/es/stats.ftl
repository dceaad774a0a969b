## /stats para el equipo del programa: resumen del alcance, desglose, gráfico y botones.
## «<5» marca una cifra oculta; en los mensajes HTML se escribe &lt;5.

stats-title = <b>Alcance en los últimos { $days } días</b> ({ $start } – { $end }, UTC)
stats-reached = 👀 Personas alcanzadas: <b>{ $value }</b> { $change }
stats-engaged = ✅ Terminaron una lección: <b>{ $value }</b> { $change }
stats-completed = 🏁 Terminaron una serie: <b>{ $value }</b> { $change }
stats-accuracy = 🎯 Respuestas correctas al primer intento: <b>{ $value }</b>
stats-change-up = (▲ { $percent } % frente a los { $days } días anteriores)
stats-change-down = (▼ { $percent } % frente a los { $days } días anteriores)
stats-change-flat = (igual que los { $days } días anteriores)
stats-change-none = (sin comparación posible)
stats-breakdown-title = <b>{ $breakdown }</b> (personas alcanzadas):
stats-breakdown-line = • { $label }: { $value }
stats-breakdown-none = • nadie todavía
stats-breakdown-more = • … y { $count } más
stats-note = <i>Las cifras menores de 5 se muestran como &lt;5. Si una lista ocultara una sola cifra, también se oculta la siguiente más pequeña, para que los totales no la revelen.</i>
stats-unknown = sin indicar
stats-audience-youth = Jóvenes
stats-audience-caregiver = Madres, padres y cuidadores
stats-audience-professional = Profesionales
stats-by-audience = Público
stats-by-country = País
stats-by-series = Serie
stats-by-locale = Idioma
stats-btn-days = { $days } días
stats-btn-current = ✓ { $label }
stats-chart-title = Alcance semanal · { $breakdown }
stats-chart-x = Semana que empieza el lunes
stats-chart-y = Personas alcanzadas
stats-chart-empty = Todavía nadie alcanzado en este periodo
stats-suppressed = <5
