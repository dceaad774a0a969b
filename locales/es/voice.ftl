## La voz de la juventud (capacidad 14 del MNR): valorar lecciones, la pregunta de fin de serie, encuestas rápidas, compartir.
## Cada respuesta es un toque en un botón; nadie tiene que escribir nada.

## Valorar una lección (pantalla de lección terminada)
btn-rate-h = 👍 Me sirvió
btn-rate-u = 🤔 No sé
btn-rate-n = 👎 No me sirvió
rate-ask = ¿Sirvió esta lección? Basta con un toque para decirlo.
rate-thanks = 💛 ¡Gracias! Esta opinión nos ayuda a mejorar las lecciones. ¿Cambio de idea? Basta con tocar otro botón.

## La pregunta de un toque después de una serie
voice-ask = 🗣 <b>Una pregunta rápida</b>: cada respuesta ayuda al equipo del programa a saber qué importa de verdad. Basta con tocar una.
voice-thanks = 💛 <b>¡Gracias!</b> Esta respuesta cuenta. Todavía se puede cambiar: basta con tocar otra.

## Encuestas rápidas
btn-polls = 🗳 Encuesta rápida: da tu opinión
poll-head =
    🗳 <b>Encuesta rápida</b>
    { $question }

    <i>Toca una respuesta. Puedes cambiarla hasta el { $closes }. Los resultados solo muestran totales de al menos 5 personas, nunca quién respondió qué.</i>
poll-new = 📣 Hay una nueva encuesta rápida, ¡y nos encantaría saber lo que piensas!
polls-none = Ahora mismo no hay ninguna encuesta abierta para ti. Las nuevas aparecerán en tu menú.
polls-pick = 🗳 <b>Encuestas rápidas</b>: elige una y da tu opinión.
btn-poll-results = 📊 Ver los resultados
btn-poll-change = ✏️ Cambiar mi respuesta
poll-answered = ✅ <b>¡Gracias, tu voz cuenta!</b> Elegiste: <i>{ $answer }</i>
poll-change-until = Puedes cambiar tu respuesta hasta el { $closes }.
poll-results-country = 📊 <b>Resultados hasta ahora: { $country }</b> ({ $total } respuestas)
poll-results-all = 📊 <b>Resultados hasta ahora: todos los países</b> ({ $total } respuestas)
poll-results-country-hidden = 📊 Todavía no hay suficientes respuestas de { $country } para mostrar resultados. Esperamos a que respondan al menos 5 personas, para que nadie pueda adivinar la respuesta de nadie. ¡Vuelve pronto!
poll-results-all-hidden = 📊 Todavía no hay suficientes respuestas para mostrar resultados. Esperamos a que respondan al menos 5 personas, para que nadie pueda adivinar la respuesta de nadie. ¡Vuelve pronto!

## Compartir con un amigo
btn-share = 💌 Compartir con un amigo
btn-share-send = 📤 Enviar a un amigo
share-intro =
    💌 <b>Compartir con un amigo</b>
    ¿Alguien a quien le pueda servir? Basta con reenviarle el siguiente mensaje o tocar <b>Enviar a un amigo</b>.
share-count =
    { $count ->
        [one] 🎉 ¡{ $count } amigo se unió gracias a este enlace!
       *[other] 🎉 ¡{ $count } amigos se unieron gracias a este enlace!
    } Solo contamos el número, nunca quién.
share-count-none = Todavía ningún amigo se ha unido con este enlace. Solo contamos el número, nunca quién.
share-text = Lecciones cortas para cuidarse en internet, y ayuda siempre que la necesites.
share-message = 👋 ¡Hola! Estoy usando este bot: lecciones cortas para cuidarse en internet, y ayuda siempre que la necesites. Pruébalo: { $link }
friend-welcome =
    👋 ¡Hola! Este bot llegó por medio de un amigo o una amiga. Comparto lecciones cortas para cuidarse en internet y muestro dónde conseguir ayuda en cualquier momento.

    Para empezar, elegir el idioma.

## /mydata
mydata-ratings = Lecciones valoradas: { $count }
mydata-voice-answers = Respuestas a preguntas rápidas y encuestas: { $count }
mydata-share =
    Enlace para compartir: { $count ->
        [one] { $count } amigo se unió con él
       *[other] { $count } amigos se unieron con él
    } (solo se guarda el número, nunca quién)
