## Formadores: grupos, envíos de series y lo que reciben los miembros

cmd-cohorts = Sus grupos (formadores)
cohorts-title = <b>👥 Sus grupos</b>
cohorts-none = Todavía no tiene grupos. Cree uno con /newcohort y su nombre, por ejemplo: /newcohort 9.º B
cohorts-line-btn = { $name } · { $members }
cohort-usage-new = Nuevo grupo: /newcohort NAME, por ejemplo /newcohort 9.º B
cohort-usage-rename = Uso: /renamecohort NUMBER NEW NAME (el número aparece en la ficha del grupo)
cohort-card =
    <b>👥 { $name }</b> (#{ $number })
    Para: { $audience } · Idioma: { $language }
    País: { $country } · Zona horaria: { $timezone }
    Miembros: { $members } · { $status }

    Enlace para unirse, para compartir con el grupo:
    { $link }
cohort-open = abierto a nuevos miembros
cohort-closed = cerrado a nuevos miembros
cohort-audience-youth_13_15 = jóvenes de 13 a 15 años
cohort-audience-youth_16_17 = jóvenes de 16 a 17 años
cohort-audience-caregiver = madres, padres y cuidadores
btn-cohort-push = 📤 Enviar una serie
btn-cohort-audience = 🎯 Público
btn-cohort-language = 🌐 Idioma
btn-cohort-country = 📍 País
btn-cohort-timezone = 🕒 Zona horaria
btn-cohort-close = 🔒 Cerrar a nuevos miembros
btn-cohort-reopen = 🔓 Reabrir
btn-cohort-leave = 🚪 Salir de este grupo
btn-cohorts = ⬅️ Mis grupos
cohort-pick-audience = ¿Para quién es este grupo?
cohort-pick-language = ¿En qué idioma deben empezar los nuevos miembros?
cohort-pick-country = ¿En qué país está el grupo?
cohort-pick-country-letter = Toque la primera letra del país del grupo.
cohort-pick-timezone = ¿Qué zona horaria? Las lecciones diarias llegan a una hora local fija.
cohort-left = Ha salido de { $name }. Sus miembros conservan su progreso.
cohort-renamed = Nuevo nombre: { $name }.
push-pick-series = ¿Qué serie debe recibir { $name }?
push-pick-mode = ¿Cómo desea enviar «{ $series }»?
btn-push-now = ⚡ Ahora: siguiente lección
btn-push-daily = 📅 Una lección al día
btn-push-weekdays = 📅 Una lección por día laborable
push-pick-hour = ¿A qué hora local ({ $timezone })? Nunca se envía nada en el horario de descanso ({ $quiet }).
push-progress =
    <b>📤 { $series }</b> → grupo #{ $cohort } · { $mode }
    { $bar } { $sent }/{ $total }
    Enviados: { $sent } · pendientes ahora: { $due } · programados: { $scheduled }
    Fallidos: { $failed } · sin confirmar: { $uncertain }
    { $members }
    { $eta }
push-mode-now = ahora
push-mode-drip = una lección al día a las { $hour }:00
push-members = Miembros: { $members } · sin envío: { $left }
push-left-out = Sin envío: { $reasons }
push-out-audience = { $count } fuera del público de esta serie
push-out-stopped = { $count } enviaron /stop
push-out-blocked = { $count } bloquearon el bot
push-out-nothing = { $count } ya habían terminado la serie o se unieron después del envío
push-signing-up = { $count } todavía registrándose: su lección espera a que terminen.
push-eta = Faltan unos { $duration }.
push-eta-quiet = Horas de descanso donde está el grupo: el envío empieza { $when }, unos { $duration } de envío.
push-eta-next = Próxima lección { $when }, unos { $duration } de envío.
push-when = { $day ->
        [today] hoy a las { $time }
        [tomorrow] mañana a las { $time }
       *[other] el { $date } a las { $time }
    }
push-seconds = { $count } s
push-minutes = { $count } min
push-hours = { $hours } h { $minutes } min
push-done = ✅ Terminado.
push-paused = ⏸ En pausa.
push-cancelled = ✖️ Cancelado.
btn-push-pause = ⏸ Pausar
btn-push-resume = ▶️ Reanudar
btn-push-cancel = ✖️ Cancelar
btn-push-refresh = 🔄 Actualizar
delivery-lesson =
    📬 <b>{ $cohort }</b>: una nueva lección para ti
    <b>{ $series }</b> · lección { $number }/{ $total }: { $lesson }
btn-delivery-open = ▶️ Empezar la lección
cohort-joined-new = 👋 Te estás uniendo a <b>{ $name }</b>. Primero, elige tu idioma.
cohort-joined = Te uniste a <b>{ $name }</b>. Aquí te llegarán las lecciones de tu formador o formadora.
cohort-invalid = Este enlace para unirte ya no funciona. Pide uno nuevo a tu formador o formadora, o envía /start.
staff-granted = Rol de formador asignado a { $id }.
staff-revoked = Rol de formador retirado a { $id }.
staff-grant-usage = Uso: /granttrainer TELEGRAM_ID o /revoketrainer TELEGRAM_ID
