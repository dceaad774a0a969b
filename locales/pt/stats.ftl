## /stats para a equipe do programa: resumo do alcance, detalhamento, gráfico e botões.
## "<5" marca um número oculto; nas mensagens HTML escreve-se &lt;5.

stats-title = <b>Alcance nos últimos { $days } dias</b> ({ $start } – { $end }, UTC)
stats-reached = 👀 Pessoas alcançadas: <b>{ $value }</b> { $change }
stats-engaged = ✅ Concluíram uma lição: <b>{ $value }</b> { $change }
stats-completed = 🏁 Concluíram uma série: <b>{ $value }</b> { $change }
stats-accuracy = 🎯 Respostas certas na primeira tentativa: <b>{ $value }</b>
stats-change-up = (▲ { $percent }% em relação aos { $days } dias anteriores)
stats-change-down = (▼ { $percent }% em relação aos { $days } dias anteriores)
stats-change-flat = (igual aos { $days } dias anteriores)
stats-change-none = (sem comparação possível)
stats-breakdown-title = <b>{ $breakdown }</b> (pessoas alcançadas):
stats-breakdown-line = • { $label }: { $value }
stats-breakdown-none = • ninguém ainda
stats-breakdown-more = • … e mais { $count }
stats-note = <i>Números abaixo de 5 aparecem como &lt;5. Se uma lista ocultasse um só número, o menor seguinte também é ocultado, para que os totais não o revelem.</i>
stats-unknown = não informado
stats-audience-youth = Jovens
stats-audience-caregiver = Pais e cuidadores
stats-audience-professional = Profissionais
stats-by-audience = Público
stats-by-country = País
stats-by-series = Série
stats-by-locale = Idioma
stats-btn-days = { $days } dias
stats-btn-current = ✓ { $label }
stats-chart-title = Alcance semanal · { $breakdown }
stats-chart-x = Semana que começa na segunda-feira
stats-chart-y = Pessoas alcançadas
stats-chart-empty = Ninguém alcançado neste período ainda
stats-suppressed = <5
