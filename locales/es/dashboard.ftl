## El panel web del equipo (bot/web/dashboard/) y el comando /dashboard que da acceso a él (bot/features/dashboard.py).
## Registro profesional (usted). Texto plano: las páginas lo escapan; «<5» se muestra tal cual.

## /dashboard en el chat
dashboard-link =
    🔐 <b>Su enlace de acceso al panel</b>

    { $link }

    Funciona una sola vez, durante { $minutes } minutos, en el navegador donde lo abra. La sesión dura { $hours } horas, o hasta que cierre la sesión. No lo reenvíe: abre el panel a quien lo use primero.
dashboard-not-set =
    El panel web aún no está configurado. Un administrador debe poner en <code>DASHBOARD_URL</code> la dirección pública del servidor HTTP del bot (por ejemplo <code>https://stats.example.org</code>, detrás de un proxy TLS) y reiniciar el bot. Después, envíe /dashboard de nuevo.

## Marco de cada página
dash-name = Programa de seguridad en línea · Panel
dash-skip = Ir al contenido
dash-menu = Páginas del panel
dash-nav-overview = Resumen
dash-nav-reach = Alcance
dash-nav-lessons = Lecciones
dash-nav-voice = Voz de la juventud
dash-nav-checkins = Consultas MNR
dash-nav-cohorts = Grupos y envíos
dash-language = Idioma del panel
dash-change-language = Cambiar
dash-sign-out = Cerrar sesión
dash-footer = Nunca se muestran cifras de menos de 5 personas. Las cifras son seudónimas; ninguna página nombra a una persona.
dash-print = Imprimir o guardar como PDF

## Acceso y salida
dash-sign-in-title = Acceso al panel
dash-sign-in-text = Este enlace abre el panel en este navegador. Solo funciona una vez.
dash-sign-in-button = Abrir el panel
dash-link-expired-title = Este enlace ya no funciona
dash-link-expired = Los enlaces de acceso funcionan una sola vez y durante unos minutos. Envíe /dashboard al bot para obtener uno nuevo.
dash-signed-out-title = Ha cerrado la sesión
dash-signed-out = Para abrir el panel, envíe /dashboard al bot en Telegram y abra el enlace que le envía. Solo el equipo del programa puede acceder.
dash-form-expired = Este formulario ha caducado. Vuelva a cargar la página e inténtelo de nuevo.

## Errores
dash-error-title = Algo salió mal
dash-error = No se pudo mostrar la página. Inténtelo de nuevo en un momento.
dash-unavailable = No se puede acceder a la base de datos en este momento. Inténtelo de nuevo en un momento.
dash-not-found-title = Página no encontrada
dash-not-found = No hay nada en esta dirección. Use el menú para encontrar la página que necesita.
dash-bad-filter-title = Este filtro no se puede usar
dash-bad-filter = Revise los filtros: { $detail }

## Filtros
dash-filters = Filtros
dash-period = Periodo
dash-days = Últimos { $days } días
dash-period-custom = Fechas de abajo
dash-from = Desde
dash-to = Hasta
dash-apply = Aplicar
dash-all = Todos
dash-none = Ninguno
dash-filter-country = País
dash-filter-audience = Público
dash-filter-age_band = Franja de edad
dash-filter-locale = Idioma
dash-filter-series = Serie
dash-filter-cohort = Grupo
dash-filter-capability = Capacidad MNR
dash-breakdown = Desglosar por
dash-every = Intervalo
dash-week = Semana
dash-month = Mes
dash-chart-metric = Cifra del gráfico
dash-period-range = { $start } – { $end } (UTC)

## Cifras
dash-metric-active = Activas
dash-metric-reached = Alcanzadas
dash-metric-engaged = Comprometidas
dash-metric-completed = Terminaron una serie
dash-metric-quiz-people = Respondieron un cuestionario
dash-metric-quiz-accuracy = Aciertos en cuestionarios
dash-define-active = Personas con alguna actividad contada bajo una capacidad MNR (lecciones bajo la 13, participación juvenil bajo la 14).
dash-define-reached = Personas que vieron al menos una tarjeta de lección.
dash-define-engaged = Personas que terminaron al menos una lección.
dash-define-completed = Personas que terminaron una serie completa.
dash-define-quiz-people = Personas que respondieron al menos una pregunta de cuestionario.
dash-define-quiz-accuracy = La proporción de primeros intentos en preguntas de cuestionario que fueron correctos.
dash-suppressed = <5
dash-hidden-part = Oculto (cifras pequeñas)
dash-everyone = Todas las personas
dash-people = Personas
dash-share = Proporción
dash-figure = Cifra
dash-this-period = Este periodo
dash-previous-period = Periodo anterior
dash-change = Cambio
dash-change-none = sin comparación
dash-change-points = { $points } p. p.
dash-before = antes: { $value }
dash-nothing = Aún no hay nada que mostrar con estos filtros.
dash-chart-desc = La tabla junto a este gráfico da las mismas cifras.
dash-capability-name = { $number }. { $name }
dash-about = Cómo leer estas cifras
dash-suppression-note = Toda cifra de 1 a 4 personas se oculta (se muestra <5). Cuando una fila o columna ocultaría una sola cifra, se oculta también la siguiente más pequeña, para que los totales no la revelen. Los días están en UTC. Cada tabla se descarga en CSV con las mismas cifras que la API de estadísticas; una cifra oculta es una celda vacía.
dash-download-csv = Descargar CSV

## Resumen
dash-overview-title = Resumen
dash-headline = El periodo de un vistazo
dash-comparison-caption = Este periodo frente al anterior ({ $previous })
dash-trend = Tendencia
dash-weekly-caption = Personas por semana
dash-weekly-chart = Personas alcanzadas, comprometidas y que terminaron una serie, por semana
dash-weeks-note = Las semanas empiezan el lunes; la primera y la última pueden quedar en parte fuera del periodo.
dash-where = Dónde
dash-by-country-caption = Personas por país
dash-by-country-chart = Personas alcanzadas, por país

## Alcance
dash-reach-title = Alcance en el tiempo
dash-over-time = En el tiempo
dash-over-time-caption = { $metric } en el tiempo
dash-over-time-chart = { $metric } en el tiempo
dash-top-lines-note = El gráfico y esta tabla muestran los { $count } grupos más grandes; el CSV tiene todos los grupos y todas las cifras.
dash-totals = Totales del periodo
dash-totals-caption = Cifras de todo el periodo
dash-totals-chart = { $metric } en todo el periodo

## Lecciones
dash-lessons-title = Lecciones
dash-step = Paso
dash-step-started = Empezaron la serie
dash-step-lesson = Terminaron «{ $lesson }»
dash-step-completed = Terminaron la serie
dash-share-of-starters = Proporción de quienes empezaron
dash-funnel-caption = { $series }: de la primera lección al final
dash-funnel-chart = Personas en cada paso de { $series }
dash-quiz-caption = { $series }: preguntas de los cuestionarios
dash-quiz-chart = Acierto al primer intento, por pregunta, en { $series }
dash-quiz-note = Una proporción baja, o una respuesta incorrecta elegida a menudo, señala una idea errónea que conviene tratar en la lección. El CSV tiene cada opción de respuesta.
dash-question-header = Pregunta
dash-question = { $lesson }: { $question }
dash-answered = Respondieron
dash-right-first-time = Acierto al primer intento
dash-common-wrong = Respuesta incorrecta más elegida
dash-wrong-answer = { $answer } ({ $share })
dash-lesson = Lección
dash-ratings-caption = { $series }: qué tan útil resultó cada lección
dash-ratings-chart = Valoración de las lecciones de { $series }
dash-rating-helpful = Útil
dash-rating-unsure = No está seguro
dash-rating-not-helpful = No útil

## Voz de la juventud
dash-voice-title = Voz de la juventud
dash-voice-lead = Lo que jóvenes y familias nos dijeron con un toque: encuestas y la pregunta al final de cada serie. Los resultados son sus respuestas actuales.
dash-polls = Encuestas
dash-poll-caption = { $question } ({ $start } – { $end })
dash-series-questions = Preguntas de las series
dash-series-question-caption = { $series }: { $question }
dash-option = Respuesta
dash-voice-note = Los filtros se aplican al perfil actual de cada persona (país, público, idioma). Quienes pidieron que se borraran sus datos ya no se cuentan aquí.

## Consultas MNR
dash-checkins-title = Consultas MNR
dash-checkins-lead = Consultas breves a profesionales sobre las 21 capacidades de la Respuesta Nacional Modelo. Abra una ronda para ver la cuadrícula de madurez de cada país.
dash-rounds = Rondas
dash-rounds-caption = Rondas de consulta, de la más reciente a la más antigua
dash-no-rounds = Aún no se ha abierto ninguna ronda. El equipo abre una con /openround en el chat.
dash-round = Ronda
dash-questionnaire = Cuestionario
dash-opens = Apertura
dash-closes = Cierre
dash-respondents = Participantes
dash-round-title = { $round } · { $questionnaire }
dash-round-lead = Abierta del { $opens } al { $closes }. País mostrado: { $country }.
dash-compare-with = Comparar con la ronda
dash-open-profile = Perfil del país para imprimir
dash-no-countries = Nadie ha respondido todavía a esta ronda.
dash-verified-respondents = Participantes verificados
dash-verified-explained = Profesionales que llegaron con una invitación del equipo del programa, que registra su sector y su país.
dash-self-declared-respondents = Participantes autodeclarados
dash-self-declared-explained = Profesionales que indicaron su propio sector y país. Lea sus respuestas por separado de las verificadas.
dash-grid-caption-verified = Fase de madurez por capacidad, participantes verificados, { $country }, ronda { $round }
dash-grid-caption-self = Fase de madurez por capacidad, participantes autodeclarados, { $country }, ronda { $round }
dash-grid-chart-verified = Fases de madurez, participantes verificados, { $country }
dash-grid-chart-self = Fases de madurez, participantes autodeclarados, { $country }
dash-capability = Capacidad MNR
dash-no-answers = Aún no hay respuestas de estos participantes en este país.
dash-change-between-rounds = Cambio desde una ronda anterior
dash-change-caption = Proporción de participantes en cada fase, ronda { $earlier } → ronda { $round }, { $country }
dash-no-earlier-round = No hay una ronda anterior de este cuestionario con la que comparar.
dash-respondent-kind = Participantes
dash-verified = Verificados
dash-self-declared = Autodeclarados
dash-other-items = Otras preguntas
dash-other-items-caption = Respuestas a las otras preguntas, { $country }
dash-answers = Respuestas
dash-phases = Las fases de madurez
dash-checkin-suppression = Las cifras proceden de al menos 5 participantes: una cifra menor se oculta (se muestra <5), y también la siguiente más pequeña cuando solo una quedaría oculta. Los países nunca se clasifican.
dash-profile-title = Perfil del país: { $country }
dash-profile-lead = Consulta breve MNR { $round } ({ $questionnaire }), abierta del { $opens } al { $closes }. Preparado el { $today }.
dash-back-to-round = Volver a la ronda

## Grupos y envíos
dash-cohorts-title = Grupos y envíos
dash-cohorts = Grupos
dash-cohorts-caption = Los grupos y sus miembros
dash-cohort = Grupo
dash-joining = Inscripción
dash-open = Abierta
dash-closed = Cerrada
dash-created = Creado
dash-members = Miembros
dash-outcomes = Resultados del periodo
dash-outcomes-caption = Lo que hicieron los miembros de los grupos en el periodo
dash-outcomes-chart = Miembros que terminaron una serie, por grupo
dash-pushes = Envíos
dash-pushes-caption = Series enviadas a los grupos, de la más reciente a la más antigua (mensajes)
dash-pushes-chart = Avance de los últimos envíos
dash-pushes-note = Cada cifra cuenta mensajes, uno por miembro y lección. En espera: programado o enviándose. Inactivo: el miembro bloqueó el bot. Detenido: el miembro envió /stop. Incierto: el envío se interrumpió mientras se enviaba; puede haber llegado.
dash-push = Envío
dash-push-label = { $series } → { $cohort }
dash-push-mode = Modo
dash-push-status = Estado
dash-push-mode-now = Todo de una vez
dash-push-mode-drip = Una lección al día
dash-push-status-active = Activo
dash-push-status-paused = En pausa
dash-push-status-cancelled = Cancelado
dash-delivery-total = Mensajes
dash-delivery-sent = Enviados
dash-delivery-waiting = En espera
dash-delivery-failed = Fallidos
dash-delivery-inactive = Inactivos
dash-delivery-stopped = Detenidos
dash-delivery-uncertain = Inciertos
dash-delivery-cancelled = Cancelados
