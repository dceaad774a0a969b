## Interfaz del bot: bienvenida, menús, ayuda, privacidad, ajustes, errores.
## El texto usa el HTML de Telegram (<b>, <i>, <a href>). Mantén las variables ({ $name }) idénticas en todos los idiomas.

language-name = Español

## Comandos (el menú junto al cuadro de mensaje; descripciones de 256 caracteres como máximo)
cmd-start = Empezar o volver al menú principal
cmd-menu = Menú principal
cmd-lessons = Lecciones para cuidarte en internet
cmd-help = Pedir ayuda ahora: líneas de ayuda y denuncias
cmd-settings = Cambiar idioma, quién eres o país
cmd-language = Cambiar idioma
cmd-privacy = Qué guardamos y por qué
cmd-mydata = Ver todo lo que guardamos sobre ti
cmd-forget = Borrar tus datos
cmd-stop = Dejar de recibir mensajes de este bot

## Botones que se usan en muchos lugares
btn-help = 🆘 Pedir ayuda
btn-menu = ⬅️ Menú principal
btn-back = ⬅️ Volver

## Bienvenida y registro
welcome =
    👋 ¡Hola! Comparto lecciones cortas para cuidarte en internet, y puedo mostrarte dónde conseguir ayuda en cualquier momento.

    Primero, elige tu idioma.
choose-language = Elige tu idioma.
ask-audience = ¿Quién eres?
btn-aud-youth = 🧑 Soy joven (13-17 años)
btn-aud-caregiver = 👪 Soy madre, padre o cuidador(a)
btn-aud-professional = 💼 Trabajo protegiendo a la infancia
ask-age = ¿Cuántos años tienes? (Solo guardamos tu grupo de edad, nunca tu edad.)
btn-age-under13 = Menos de 13
btn-age-13-15 = De 13 a 15
btn-age-16-17 = De 16 a 17
btn-age-adult = 18 o más
age-adult-redirect = Esta parte es para personas de 13 a 17 años. Como persona adulta, puedes unirte como madre, padre o cuidador(a), o como alguien que trabaja para proteger a niñas, niños y adolescentes.
under-13 =
    Gracias por contármelo. Este bot es para personas de 13 años o más, así que no puedo seguir contigo, y no he guardado nada sobre ti.

    Tu mamá, tu papá, quien te cuida u otra persona adulta de confianza puede ayudarte a aprender a cuidarte en internet. Si algo en internet te preocupa, cuéntaselo, o usa una de estas opciones:
age-gate-16 =
    Gracias por contármelo. En { $country }, Telegram es para personas de 16 años o más, así que no puedo seguir contigo, y no he guardado nada sobre ti.

    Si algo en internet te preocupa, habla con una persona adulta de confianza, o usa una de estas opciones:
ask-sector = ¿En qué área trabajas?
sector-gov = Gobierno
sector-police = Policía y fuerzas de seguridad
sector-justice = Poder judicial o fiscalía
sector-social = Servicios sociales
sector-health = Salud
sector-edu = Educación
sector-ngo = ONG o sociedad civil
sector-tech = Sector tecnológico
sector-other = Otro
ask-country = ¿En qué país vives? Así puedo mostrarte ayuda que funcione donde estás. También puedes escribir el nombre del país.
btn-country-other = 🌍 Otro país
btn-country-skip = Prefiero no decirlo
ask-country-letter = Toca la primera letra del nombre de tu país.
country-not-found = No encontré ese país. Toca un botón, o escribe su nombre como aparece en un mapa.
country-not-said = Sin indicar
consent-youth =
    <b>Antes de empezar: qué guardo y por qué</b>

    • Tu idioma, tu grupo de edad (13-15 o 16-17) y tu país, para mostrarte las lecciones y la ayuda adecuadas.
    • Qué lecciones abres y tus respuestas a las preguntas, para que puedas seguir donde lo dejaste.
    • Cifras anónimas sobre lo que aprende la gente, para que el programa sepa si sirve. Nunca incluyen tu nombre.

    Nunca guardo tu nombre, tu nombre de usuario, tu número de teléfono ni lo que me escribes. Puedes ver tus datos con /mydata y borrarlos con /forget cuando quieras.
consent-caregiver =
    <b>Antes de empezar: qué guardo y por qué</b>

    • Tu idioma, que eres madre, padre o cuidador(a), y tu país, para mostrarte las lecciones y la ayuda adecuadas.
    • Qué lecciones abres y tus respuestas a las preguntas, para que puedas seguir donde lo dejaste.
    • Cifras anónimas sobre lo que aprende la gente, para que el programa sepa si sirve.

    Nunca guardo tu nombre, tu nombre de usuario, tu número de teléfono ni lo que me escribes. Mira tus datos con /mydata; bórralos con /forget cuando quieras.
consent-professional =
    <b>Antes de empezar: qué guardo y por qué</b>

    • Su idioma, su sector y su país, para mostrarle los cuestionarios y la ayuda adecuados.
    • Sus respuestas a los cuestionarios, que solo se muestran de forma agregada, nunca una por una y nunca para clasificar países.
    • Cifras anónimas de actividad, para que el programa conozca su alcance.

    Nunca guardo su nombre, su nombre de usuario, su número de teléfono ni lo que me escribe. Consulte sus datos con /mydata; bórrelos con /forget en cualquier momento.
btn-consent-yes = ✅ Acepto
btn-consent-no = No, gracias
btn-privacy-full = 🔒 Leer el aviso de privacidad
consent-declined = No hay problema. No he guardado nada sobre ti. La ayuda sigue aquí: envía /help o la palabra «ayuda» cuando quieras, y /start si cambias de opinión.
onboarding-done = ¡Listo! Aquí tienes tu menú.

## Menú principal
menu-youth = ¿Qué quieres hacer? Toca <b>Pedir ayuda</b> siempre que lo necesites.
menu-caregiver = ¿Qué quieres hacer? Toca <b>Pedir ayuda</b> siempre que lo necesites.
menu-professional = ¿Qué desea hacer? Toque <b>Pedir ayuda</b> siempre que lo necesite.
btn-lessons = 📚 Lecciones
btn-settings = ⚙️ Ajustes
btn-privacy = 🔒 Privacidad y mis datos
welcome-back = ¡Qué bueno verte otra vez! Mis mensajes están activados de nuevo.

## Ayuda
help-title = <b>🆘 Aquí tienes ayuda</b>
help-intro-country = Dónde conseguir ayuda en { $country } y en cualquier lugar:
help-intro-global = Dónde conseguir ayuda, estés donde estés:
help-no-country = Dime tu país en /settings para ver las líneas de ayuda de tu zona.
help-kind-child_helpline = Línea de ayuda para niñas, niños y adolescentes: habla con alguien, gratis y confidencial
help-kind-abuse_report_line = Denunciar abuso o maltrato infantil
help-kind-hotline = Denunciar imágenes o videos sexuales de menores en internet
help-kind-emergency = Emergencias
help-kind-takedown_minor = ¿Una foto íntima o sexual tuya de antes de los 18 años? Pide que la borren, de forma anónima
help-kind-takedown_adult = Para personas adultas (18+): evita que se compartan imágenes íntimas
help-kind-helpline_directory = Encuentra la línea de ayuda infantil de tu país
help-kind-hotline_directory = Encuentra una línea de denuncia en tu país
help-footer-emergency = Soy un bot: no puedo investigar ni contactar a nadie por ti. <b>Si estás en peligro ahora mismo, llama al { $number }.</b>
help-footer-local = Soy un bot: no puedo investigar ni contactar a nadie por ti. <b>Si estás en peligro ahora mismo, llama al número de emergencias de tu país.</b>
disclosure =
    💛 Gracias por contármelo. Lo que está pasando <b>no es tu culpa</b>, y no tienes que enfrentarlo a solas.

    Soy un bot, así que no puedo investigar ni intervenir por mi cuenta, pero las personas de abajo pueden ayudarte, y puedes hablar con ellas de forma confidencial. Si puedes, cuéntaselo también a una persona adulta de confianza.

## Dejar de recibir mensajes
stopped = 🔕 Listo: no te enviaré más lecciones ni recordatorios. Envía /start para activarlos otra vez. La ayuda sigue funcionando siempre: envía /help.

## Privacidad
privacy-notice =
    <b>🔒 Aviso de privacidad</b>

    <b>Qué guardo:</b> tu idioma; si eres joven (con tu grupo de edad, 13-15 o 16-17, nunca tu edad exacta), madre, padre o cuidador(a), o profesional (con tu sector); tu país, si elegiste uno; las lecciones que abriste, tus respuestas a las preguntas de las lecciones y a los cuestionarios; los botones que tocaste para valorar lecciones o responder encuestas; tu código para compartir y cuántos amigos llegaron con él (nunca quiénes); si desactivaste los mensajes.

    <b>Qué nunca guardo:</b> tu nombre, tu nombre de usuario, tu número de teléfono, tus fotos ni nada de lo que me escribes.

    <b>Por qué:</b> para mostrarte las lecciones y la ayuda adecuadas en tu idioma, para que puedas seguir donde lo dejaste y para contar, de forma anónima, a cuántas personas llega el programa. Las estadísticas nunca muestran grupos de menos de 5 personas.

    <b>Quién lo ve:</b> el equipo que lleva este programa solo ve totales anónimos. Nadie ve tus respuestas una por una. Tus datos nunca se venden ni se usan para entrenar inteligencia artificial.

    <b>Tus opciones:</b> /mydata muestra todo lo que guardo sobre ti. /forget lo borra. /stop desactiva todos los mensajes. Si borras tus datos, solo quedan cifras anónimas, que ya no se pueden relacionar contigo.
btn-mydata = 📄 Lo que guardas sobre mí
btn-forget = 🗑 Borrar mis datos
mydata-title = <b>📄 Todo lo que guardo sobre ti</b>
mydata-locale = Idioma: { $value }
mydata-audience = Eres: { $value }
mydata-age = Grupo de edad: { $value }
mydata-sector = Sector: { $value }
mydata-country = País: { $value }
mydata-joined = Fecha de registro: { $value }
mydata-consent = Aceptaste el aviso de privacidad el: { $value }
mydata-messages = Lecciones y recordatorios: { $value }
mydata-messages-on = activados
mydata-messages-off = desactivados (/stop)
mydata-roles = Roles: { $value }
role-trainer = formador o formadora
role-staff = equipo del programa
mydata-checkins = Rondas de cuestionarios respondidas: { $count }
mydata-events = Registros de actividad: { $count }, guardados con un código en lugar de tu cuenta de Telegram (un seudónimo). Después de /forget reciben un código nuevo al azar y ya no se pueden vincular a tu cuenta.
mydata-progress = Series de lecciones empezadas: { $count }
mydata-footer = Eso es todo. Nada más: ni nombre, ni nombre de usuario, ni número de teléfono, ni mensajes. Bórralo con /forget.
mydata-none = No guardo nada sobre ti.
audience-youth = una persona joven
audience-caregiver = madre, padre o cuidador(a)
audience-professional = profesional
forget-confirm = ¿Borrar todo lo que guardo sobre ti? Tus ajustes, tu progreso y tus respuestas desaparecerán, y no se puede deshacer. Las cifras anónimas se quedan, pero ya no se podrán relacionar contigo.
btn-forget-yes = 🗑 Sí, borrar todo
btn-forget-no = No, conservarlo
forget-done = Listo. Todo lo que te identificaba está borrado. Solo quedan registros de actividad anónimos ({ $count }) que ya no se pueden relacionar contigo. Envía /start si algún día quieres volver.
forget-cancelled = No se borró nada.

## Ajustes
settings-title = <b>⚙️ Ajustes</b>
settings-current = Idioma: { $locale }
    Eres: { $audience }
    País: { $country }
btn-set-language = 🌐 Idioma
btn-set-audience = 🧑 Quién soy
btn-set-country = 📍 País
settings-saved = Guardado.

## Lecciones
lessons-title = <b>📚 Lecciones</b>
lessons-pick = Elige una serie. Puedes parar cuando quieras y seguir más tarde donde lo dejaste.
lessons-none = Todavía no hay lecciones para ti aquí.
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
quiz-wrong = <b>No exactamente.</b> La mejor respuesta: <i>{ $answer }</i>
quiz-repeat = (Ya respondiste esta pregunta: solo cuenta tu primera respuesta.)
btn-continue = Continuar ➡️
lesson-done = 🎉 <b>Lección terminada: { $lesson }</b>
    { $bar } { $done }/{ $total } lecciones de esta serie.
btn-next-lesson = ▶️ Siguiente: { $lesson }
series-done =
    🏆 <b>¡Terminaste «{ $title }»!</b>

    ¡Muy bien! Lo que aprendiste puede ayudarte a ti y a tus amistades. Puedes empezar la serie de nuevo cuando quieras, o elegir otra.
lessons-not-for-you = Las lecciones son para jóvenes y para madres, padres o cuidadores. Cambia quién eres en /settings.

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
checkin-country-none = Todavía no hay suficientes respuestas de { $country } para mostrar totales: se necesitan al menos 5. Vuelva a consultar más tarde: /checkin y luego «Ver los resultados».
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
staff-rounds-help = Abrir una ronda: /openround QUESTIONNAIRE CODE YYYY-MM-DD · Exportar una: /export CODE (por ejemplo /export 2026-Q4) · Invitar a un profesional: /invite SECTOR COUNTRY [PROGRAMME] · Enlaces de invitación: /invites
staff-openround-usage = Uso: /openround QUESTIONNAIRE CODE YYYY-MM-DD, por ejemplo /openround general-pulse 2026-Q4 2026-12-31. Cuestionarios: { $list }
staff-round-opened = La ronda { $round } de { $questionnaire } está abierta hasta el { $closes }.
staff-export-usage = Uso: /export CODE, por ejemplo /export 2026-Q4 (añada el cuestionario si varios tienen ese código: /export 2026-Q4 general-pulse). También sirve el número que muestra /rounds.
staff-export-caption = Ronda { $round }: una fila por participante y pregunta, con datos seudonimizados.
staff-failed = No ha funcionado: { $reason }

## Casos imprevistos y errores
not-started = ¡Hola! Envía /start para empezar. Si necesitas ayuda ahora mismo, envía /help.
unknown-text = No te entendí. Usa los botones, o envía /help si necesitas ayuda.
unsupported-media = Solo puedo leer texto y botones, así que no abrí eso. Por favor, no me envíes fotos tuyas ni de otras personas. Envía /help si necesitas ayuda.
group-only-private = Solo funciono en chats privados. Abre un chat conmigo para empezar.
stale-button = Ese botón ya no funciona.
finish-onboarding = Primero terminemos de configurar todo.
try-later = Perdón, algo falló de mi lado. Vuelve a intentarlo en un momento. Si necesitas ayuda ahora, las líneas de ayuda siempre están en /help.
unknown-command = No conozco ese comando. Envía /start para ver el menú o /help para pedir ayuda.
