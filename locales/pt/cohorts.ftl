## Formadores: grupos, envios de séries e o que os membros recebem

cmd-cohorts = Os seus grupos (formadores)
cohorts-title = <b>👥 Os seus grupos</b>
cohorts-none = Você ainda não tem grupos. Crie um com /newcohort e o nome do grupo, por exemplo: /newcohort Turma 9B
cohorts-line-btn = { $name } · { $members }
cohort-usage-new = Novo grupo: /newcohort NAME, por exemplo /newcohort Turma 9B
cohort-usage-rename = Uso: /renamecohort NUMBER NEW NAME (o número aparece na ficha do grupo)
cohort-card =
    <b>👥 { $name }</b> (#{ $number })
    Para: { $audience } · Idioma: { $language }
    País: { $country } · Fuso horário: { $timezone }
    Membros: { $members } · { $status }

    Link de entrada, para compartilhar com o grupo:
    { $link }
cohort-open = aberto a novos membros
cohort-closed = fechado a novos membros
cohort-audience-youth_13_15 = jovens de 13 a 15 anos
cohort-audience-youth_16_17 = jovens de 16 a 17 anos
cohort-audience-caregiver = mães, pais e responsáveis
btn-cohort-push = 📤 Enviar uma série
btn-cohort-audience = 🎯 Público
btn-cohort-language = 🌐 Idioma
btn-cohort-country = 📍 País
btn-cohort-timezone = 🕒 Fuso horário
btn-cohort-close = 🔒 Fechar a novos membros
btn-cohort-reopen = 🔓 Reabrir
btn-cohort-leave = 🚪 Sair deste grupo
btn-cohorts = ⬅️ Meus grupos
cohort-pick-audience = Para quem é este grupo?
cohort-pick-language = Em que idioma os novos membros devem começar?
cohort-pick-country = Em que país fica o grupo?
cohort-pick-timezone = Qual fuso horário? As lições diárias chegam em um horário local fixo.
cohort-left = Você saiu de { $name }. Os membros mantêm o progresso deles.
cohort-renamed = Novo nome: { $name }.
push-pick-series = Que série { $name } deve receber?
push-pick-mode = Como enviar “{ $series }”?
btn-push-now = ⚡ Agora: a próxima lição
btn-push-daily = 📅 Uma lição por dia
btn-push-weekdays = 📅 Uma lição por dia útil
push-pick-hour = Em que horário local ({ $timezone })? Nada é enviado no horário de silêncio ({ $quiet }).
push-progress =
    <b>📤 { $series }</b> → grupo #{ $cohort } · { $mode }
    { $bar } { $sent }/{ $total }
    Enviadas: { $sent } · a enviar agora: { $due } · agendadas: { $scheduled }
    Falhas: { $failed } · inativos: { $inactive } · pararam: { $skipped } · sem confirmação: { $uncertain }
    { $eta }
push-mode-now = agora
push-mode-drip = uma lição por dia às { $hour }h
push-eta = Faltam cerca de { $seconds } s.
push-done = ✅ Concluído.
push-paused = ⏸ Pausado.
push-cancelled = ✖️ Cancelado.
btn-push-pause = ⏸ Pausar
btn-push-resume = ▶️ Retomar
btn-push-cancel = ✖️ Cancelar
btn-push-refresh = 🔄 Atualizar
delivery-lesson =
    📬 <b>{ $cohort }</b>: uma nova lição para você
    <b>{ $series }</b> · lição { $number }/{ $total }: { $lesson }
btn-delivery-open = ▶️ Começar a lição
cohort-joined-new = 👋 Você está entrando em <b>{ $name }</b>. Primeiro, escolha o seu idioma.
cohort-joined = Você entrou em <b>{ $name }</b>. As lições do seu formador ou da sua formadora vão chegar aqui.
cohort-invalid = Este link de entrada não funciona mais. Peça um novo ao seu formador ou à sua formadora, ou envie /start.
staff-granted = Função de formador atribuída a { $id }.
staff-revoked = Função de formador removida de { $id }.
staff-grant-usage = Uso: /granttrainer TELEGRAM_ID ou /revoketrainer TELEGRAM_ID
