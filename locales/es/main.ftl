## Interfaz del bot: bienvenida, menús, ayuda, privacidad, ajustes, errores.
## El texto usa el HTML de Telegram (<b>, <i>, <a href>). Mantén las variables ({ $name }) idénticas en todos los idiomas.

language-name = Español

## Comandos (el menú junto al cuadro de mensaje; descripciones de 256 caracteres como máximo)
cmd-start = Empezar o volver al menú principal
cmd-lessons = Lecciones para cuidarse en internet
cmd-help = Pedir ayuda ahora: líneas de ayuda y denuncias
cmd-settings = Cambiar idioma, perfil o país
cmd-language = Cambiar idioma
cmd-privacy = Qué guardamos y por qué
cmd-mydata = Ver todo lo que está guardado
cmd-forget = Borrar los datos guardados
cmd-stop = Dejar de recibir mensajes de este bot

## Botones que se usan en muchos lugares
btn-help = 🆘 Pedir ayuda
btn-menu = ⬅️ Menú principal
btn-back = ⬅️ Volver

## Bienvenida y registro
welcome = 
    👋 ¡Hola! Comparto lecciones cortas para cuidarse en internet y muestro dónde conseguir ayuda en cualquier momento.

    Para empezar, elegir el idioma:
choose-language = Elegir el idioma:
ask-audience = ¿Qué perfil corresponde?
btn-aud-youth = 🧑 Soy joven (13-17 años)
btn-aud-caregiver = 👪 Soy madre, padre o cuidador(a)
btn-aud-professional = 💼 Trabajo protegiendo a la infancia
ask-age = ¿Cuántos años tienes? (Solo guardamos tu grupo de edad, nunca tu edad.)
btn-age-under13 = Menos de 13
btn-age-13-15 = De 13 a 15
btn-age-16-17 = De 16 a 17
btn-age-adult = 18 o más
age-adult-redirect = Esta parte es para personas de 13 a 17 años. Como persona adulta, puede registrarse como madre, padre o persona cuidadora, o como alguien que trabaja para proteger a niñas, niños y adolescentes.
under-13 =
    Gracias por contármelo. Este bot es para personas de 13 años o más, así que no puedo seguir contigo, y no he guardado nada sobre ti.

    Tu mamá, tu papá, quien te cuida u otra persona adulta de confianza puede ayudarte a aprender a cuidarte en internet. Si algo en internet te preocupa, cuéntaselo, o usa una de estas opciones:
age-gate-16 =
    Gracias por contármelo. En { $country }, Telegram es para personas de 16 años o más, así que no puedo seguir contigo, y no he guardado nada sobre ti.

    Si algo en internet te preocupa, habla con una persona adulta de confianza, o usa una de estas opciones:
ask-sector = ¿En qué área trabaja?
sector-gov = Gobierno
sector-police = Policía y fuerzas de seguridad
sector-justice = Poder judicial o fiscalía
sector-social = Servicios sociales
sector-health = Salud
sector-edu = Educación
sector-ngo = ONG o sociedad civil
sector-tech = Sector tecnológico
sector-other = Otro
ask-country = ¿En qué país? Así puedo mostrar la ayuda que funciona allí. También se puede escribir el nombre del país.
btn-country-other = 🌍 Otro país
btn-country-skip = Prefiero no decirlo
ask-country-letter = Tocar la primera letra del nombre del país.
country-not-found = No encontré ese país. Tocar un botón, o escribir su nombre como aparece en un mapa.
country-not-said = Sin indicar
consent-youth =
    <b>Antes de empezar: qué guardo y por qué</b>

    • Tu idioma, tu grupo de edad (13-15 o 16-17) y tu país, para mostrarte las lecciones y la ayuda adecuadas.
    • Qué lecciones abres y tus respuestas a las preguntas, para que puedas seguir donde lo dejaste.
    • Cifras anónimas sobre lo que aprende la gente, para que el programa sepa si sirve. Nunca incluyen tu nombre.

    Nunca guardo tu nombre, tu nombre de usuario, tu número de teléfono ni lo que me escribes. Puedes ver tus datos con /mydata y borrarlos con /forget cuando quieras.
consent-caregiver = 
    <b>Antes de empezar: qué guardo y por qué</b>

    • Su idioma, que es madre, padre o persona cuidadora, y su país, para mostrarle las lecciones y la ayuda adecuadas.
    • Qué lecciones abre y sus respuestas a las preguntas, para que pueda seguir donde lo dejó.
    • Cifras anónimas sobre lo que aprende la gente, para que el programa sepa si sirve.

    Nunca guardo su nombre, su nombre de usuario, su número de teléfono ni lo que me escribe. Consulte sus datos con /mydata; bórrelos con /forget cuando quiera.
consent-professional =
    <b>Antes de empezar: qué guardo y por qué</b>

    • Su idioma, su sector y su país, para mostrarle los cuestionarios y la ayuda adecuados.
    • Sus respuestas a los cuestionarios, que solo se muestran de forma agregada, nunca una por una y nunca para clasificar países.
    • Cifras anónimas de actividad, para que el programa conozca su alcance.

    Nunca guardo su nombre, su nombre de usuario, su número de teléfono ni lo que me escribe. Consulte sus datos con /mydata; bórrelos con /forget en cualquier momento.
btn-consent-yes = ✅ Acepto
btn-consent-no = No, gracias
btn-privacy-full = 🔒 Leer el aviso de privacidad
consent-declined = No hay problema. No he guardado nada. La ayuda sigue aquí: /help o la palabra «ayuda», en cualquier momento, y /start para volver.
onboarding-done = ¡Listo! Este es el menú.
## Menú principal
menu-youth = ¿Qué quieres hacer? Toca <b>Pedir ayuda</b> siempre que lo necesites.
menu-caregiver = ¿Qué desea hacer? Toque <b>Pedir ayuda</b> siempre que lo necesite.
menu-professional = ¿Qué desea hacer? Toque <b>Pedir ayuda</b> siempre que lo necesite.
btn-lessons = 📚 Lecciones
btn-settings = ⚙️ Ajustes
btn-privacy = 🔒 Privacidad y mis datos
welcome-back = ¡Qué bueno volver a vernos! Mis mensajes están activados de nuevo.
## Ayuda
help-title = <b>🆘 Ayuda</b>
help-intro-country = Dónde conseguir ayuda en { $country } y en cualquier lugar:
help-intro-global = Dónde conseguir ayuda, en cualquier parte del mundo:
help-no-country = Elegir el país con el botón 🌍 para ver las líneas de ayuda más cercanas.
help-footer-emergency = Soy un bot: no puedo investigar ni avisar a nadie por mi cuenta. <b>Si hay peligro ahora mismo, llamar al { $number }.</b>
help-footer-local = Soy un bot: no puedo investigar ni avisar a nadie por mi cuenta. <b>Si hay peligro ahora mismo, llamar al número de emergencias local.</b>
disclosure =
    💛 Gracias por contármelo. Lo que está pasando <b>no es tu culpa</b>, y no tienes que enfrentarlo a solas.

    Soy un bot, así que no puedo investigar ni intervenir por mi cuenta, pero las personas de abajo pueden ayudarte, y puedes hablar con ellas de forma confidencial. Si puedes, cuéntaselo también a una persona adulta de confianza.

## Dejar de recibir mensajes
stopped = 🔕 Listo: no enviaré más lecciones ni recordatorios. /start para activarlos otra vez. La ayuda sigue funcionando siempre: /help.
## Privacidad
privacy-notice = 
    <b>🔒 Aviso de privacidad</b>

    <b>Qué guardo:</b> el idioma; el perfil (joven, con el grupo de edad, 13-15 o 16-17, nunca la edad exacta; madre, padre o persona cuidadora; o profesional, con el sector); el país, si se eligió uno; las lecciones abiertas, las respuestas a las preguntas y a los cuestionarios; los botones tocados para valorar una lección o responder una encuesta; el código para compartir y cuántas amistades llegaron con él (nunca quiénes); si los mensajes están desactivados.

    <b>Qué nunca guardo:</b> nombres, nombres de usuario, números de teléfono, fotos ni nada de lo que se me escribe.

    <b>Por qué:</b> para mostrar las lecciones y la ayuda adecuadas en el idioma elegido, para poder seguir donde se dejó y para contar, de forma anónima, a cuántas personas llega el programa. Las estadísticas nunca muestran grupos de menos de 5 personas.

    <b>Quién lo ve:</b> el equipo que lleva este programa solo ve totales anónimos. Nadie ve las respuestas una por una. Los datos nunca se venden ni se usan para entrenar inteligencia artificial.

    <b>Opciones:</b> /mydata muestra todo lo que guardo. /forget lo borra. /stop desactiva todos los mensajes. Después de borrar, solo quedan cifras anónimas, que ya no se pueden relacionar con nadie.
btn-mydata = 📄 Lo que guardas sobre mí
btn-forget = 🗑 Borrar mis datos
mydata-title = <b>📄 Todo lo que guardo</b>
mydata-locale = Idioma: { $value }
mydata-audience = Perfil: { $value }
mydata-age = Grupo de edad: { $value }
mydata-sector = Sector: { $value }
mydata-country = País: { $value }
mydata-joined = Fecha de registro: { $value }
mydata-consent = Aviso de privacidad aceptado el: { $value }
mydata-messages = Lecciones y recordatorios: { $value }
mydata-messages-on = activados
mydata-messages-off = desactivados (/stop)
mydata-roles = Roles: { $value }
role-trainer = formador o formadora
role-staff = equipo del programa
mydata-checkins = Rondas de cuestionarios respondidas: { $count }
mydata-events = Registros de actividad (cifras anónimas vinculadas a este perfil): { $count }
mydata-progress = Series de lecciones empezadas: { $count }
mydata-footer = Eso es todo. Nada más: ni nombre, ni nombre de usuario, ni número de teléfono, ni mensajes. Para borrarlo: /forget.
mydata-none = No tengo nada guardado.
audience-youth = una persona joven
audience-caregiver = madre, padre o persona cuidadora
audience-professional = profesional
forget-confirm = ¿Borrar todo lo que guardo? Los ajustes, el progreso y las respuestas desaparecerán, y no se puede deshacer. Las cifras anónimas se quedan, pero ya no se podrán relacionar con nadie.
btn-forget-yes = 🗑 Sí, borrar todo
btn-forget-no = No, conservarlo
forget-done = Listo. Todo lo que permitía identificar a la persona está borrado. Solo quedan registros de actividad anónimos ({ $count }) que ya no se pueden relacionar con nadie. /start para volver algún día.
forget-cancelled = No se borró nada.

## Ajustes
settings-title = <b>⚙️ Ajustes</b>
settings-current = 
    Idioma: { $locale }
    Perfil: { $audience }
    País: { $country }
btn-set-language = 🌐 Idioma
btn-set-audience = 🧑 Quién soy
btn-set-country = 📍 País
settings-saved = Guardado.

## Lecciones
lessons-title = <b>📚 Lecciones</b>
lessons-pick = Elegir una serie. Se puede parar en cualquier momento y seguir más tarde donde se dejó.
lessons-none = Todavía no hay lecciones para este perfil.
btn-series = { $title } · { $done }/{ $total }
btn-series-done = ✅ { $title }
series-intro =
    <b>{ $title }</b>
    { $about }

    { $lessons } lecciones · unos { $minutes } minutos · { $done }/{ $lessons } hechas
btn-series-start = ▶️ Empezar
btn-series-continue = ▶️ Continuar
btn-series-restart = 🔁 Empezar de nuevo
btn-all-lessons = 📚 Todas las lecciones
lesson-progress = <b>{ $lesson }</b>
    { $bar } { $step }/{ $steps }
btn-next = Siguiente ➡️
quiz-right = ✅ <b>¡Correcto!</b>
quiz-repeat = (Pregunta ya respondida: solo cuenta la primera respuesta.)
btn-continue = Continuar ➡️
lesson-done = 🎉 <b>Lección terminada: { $lesson }</b>
    { $bar } { $done }/{ $total } lecciones de esta serie.
btn-next-lesson = ▶️ Siguiente: { $lesson }
series-done = 
    🏆 <b>¡Serie «{ $title }» terminada!</b>

    ¡Muy bien! Lo aprendido protege, a uno mismo y a los demás. La serie se puede repetir cuando se quiera, o elegir otra.
lessons-not-for-you = Las lecciones son para jóvenes y para madres, padres o personas cuidadoras. El perfil se puede cambiar en /settings.
## Cuestionarios (profesionales)
btn-checkin = 📋 Cuestionario rápido
checkin-not-for-you = Los cuestionarios son solo para profesionales. El perfil se puede cambiar en /settings.
checkin-none = En este momento no hay ningún cuestionario abierto para su sector. Aparecerá aquí cuando se abra la próxima ronda.
checkin-pick = <b>📋 Cuestionarios rápidos</b>
    Preguntas breves sobre cómo avanza su país en el Modelo de Respuesta Nacional. Elija uno:
btn-checkin-round = { $title } · { $round }
checkin-intro =
    <b>{ $title }</b> · { $round }
    { $about }

    Unos { $minutes } minutos · abierto hasta el { $closes }.
    Sus respuestas son privadas: solo se muestran totales de al menos 5 personas y nunca se clasifica a los países.
btn-checkin-start = ▶️ Empezar
btn-checkin-continue = ▶️ Continuar
btn-checkin-revise = ✏️ Revisar mis respuestas
checkin-item-head = <b>{ $title }</b> · { $step }/{ $steps }
    { $bar }
checkin-capability = <i>MNR { $number } · { $capability }</i>
checkin-current = Su respuesta: <b>{ $answer }</b>
ci-dk = No sé
ci-yes = Sí
ci-no = No
ci-agree-1 = 1 · Totalmente en desacuerdo
ci-agree-2 = 2 · En desacuerdo
ci-agree-3 = 3 · Ni de acuerdo ni en desacuerdo
ci-agree-4 = 4 · De acuerdo
ci-agree-5 = 5 · Totalmente de acuerdo
btn-checkin-back = ⬅️ Volver
btn-checkin-skip = Omitir ➡️
checkin-done = ✅ <b>¡Gracias!</b> Sus respuestas para { $round } se han guardado. Puede cambiarlas hasta el { $closes }.
checkin-summary-title = <b>Sus respuestas</b>
checkin-summary-line = • { $question }: <b>{ $answer }</b>
checkin-skipped = sin respuesta
checkin-country-title = <b>Lo que respondieron sus colegas en { $country }</b> (solo se muestra cuando respondieron al menos 5 personas):
checkin-country-line = • { $capability } ({ $total } respuestas): { $shares }
checkin-country-none = Todavía no hay suficientes respuestas de { $country } para mostrar totales: se necesitan al menos 5. Vuelva a consultar más tarde con /checkin.
cmd-checkin = Cuestionario rápido para profesionales
invite-welcome = ¡Le damos la bienvenida! Ha recibido una invitación como profesional ({ $sector }, { $country }). Primero, elija su idioma.
invite-applied = Su perfil ya está verificado: { $sector }, { $country }.
invite-invalid = Este enlace de invitación ya no es válido. Puede seguir usando el bot: envíe /start.

## Comandos del equipo
staff-rounds-title = <b>Rondas de cuestionarios</b>
staff-round-line = #{ $id } · { $round } · { $questionnaire } · { $respondents } participantes · { $status }
staff-round-open = abierta hasta el { $closes }
staff-round-closed = cerrada
staff-rounds-none = Todavía no hay rondas.
staff-rounds-help = Abrir una ronda: /openround QUESTIONNAIRE CODE YYYY-MM-DD · Exportar una: /export ROUND_ID · Invitar a un profesional: /invite SECTOR COUNTRY [PROGRAMME]
staff-openround-usage = Uso: /openround QUESTIONNAIRE CODE YYYY-MM-DD, por ejemplo /openround general-pulse 2026-Q4 2026-12-31. Cuestionarios: { $list }
staff-round-opened = La ronda { $round } de { $questionnaire } está abierta hasta el { $closes }.
staff-export-usage = Uso: /export ROUND_ID (el número que muestra /rounds).
staff-export-caption = Ronda { $round }: una fila por participante y pregunta, con datos seudonimizados.
staff-invite-usage = Uso: /invite SECTOR COUNTRY [PROGRAMME], por ejemplo /invite police KE kenya-2026. Sectores: { $list }
staff-invite-created = Enlace de invitación para { $sector } en { $country }:
    { $link }
    Quien lo abra quedará registrado como profesional verificado de ese sector y país.
staff-failed = No ha funcionado: { $reason }

## Casos imprevistos y errores
not-started = ¡Hola! /start para empezar. Para pedir ayuda ahora mismo: /help.
unknown-text = No entendí. Usar los botones.
unsupported-media = Solo puedo leer texto y botones, así que no abrí eso. Por favor, no enviar fotos propias ni de otras personas. /help para pedir ayuda.
group-only-private = Solo funciono en chats privados. Abrir un chat conmigo para empezar.
stale-button = Ese botón ya no funciona.
finish-onboarding = Primero terminemos de configurar todo.
try-later = Perdón, algo falló de mi lado. Conviene intentarlo de nuevo en un momento. Para pedir ayuda ahora, las líneas de ayuda siempre están en /help.
unknown-command = No conozco ese comando. /start para ver el menú o /help para pedir ayuda.
