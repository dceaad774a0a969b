## La voz de la juventud (capacidad 14 del MNR): valorar lecciones, la pregunta de fin de serie, encuestas rápidas, compartir.
## Cada respuesta es un toque en un botón; nadie tiene que escribir nada.

## Valorar una lección (pantalla de lección terminada)
btn-rate-h = 👍 Me sirvió
btn-rate-u = 🤔 No sé
btn-rate-n = 👎 No me sirvió
rate-ask = ¿Te sirvió esta lección? Con un toque nos lo dices.
rate-thanks = 💛 ¡Gracias! Tu opinión nos ayuda a mejorar estas lecciones. ¿Cambiaste de idea? Toca otro botón.

## La pregunta de un toque después de una serie
voice-ask = 🗣 <b>Una pregunta rápida</b>: tu respuesta ayuda al equipo del programa a saber qué te importa. Solo toca una.
voice-thanks = 💛 <b>¡Gracias!</b> Tu respuesta cuenta. Todavía puedes cambiarla: solo toca otra.

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
    ¿Conoces a alguien a quien le pueda servir? Reenvíale el siguiente mensaje o toca <b>Enviar a un amigo</b>.
share-count =
    { $count ->
        [one] 🎉 ¡{ $count } amigo se unió gracias a ti!
       *[other] 🎉 ¡{ $count } amigos se unieron gracias a ti!
    } Solo contamos el número, nunca quién.
share-count-none = Todavía ningún amigo se ha unido con tu enlace. Solo contamos el número, nunca quién.
share-text = Lecciones cortas para estar seguro en internet, y ayuda siempre que la necesites.
share-message = 👋 ¡Hola! Estoy usando este bot: lecciones cortas para estar seguro en internet, y ayuda siempre que la necesites. Pruébalo: { $link }
friend-welcome =
    👋 ¡Hola! Un amigo te compartió este bot. Comparto lecciones cortas para estar seguro en internet, y puedo mostrarte dónde pedir ayuda en cualquier momento.

    Primero, elige tu idioma.

## /mydata
mydata-ratings = Lecciones valoradas: { $count }
mydata-voice-answers = Respuestas a preguntas rápidas y encuestas: { $count }
mydata-share =
    Tu enlace para compartir: { $count ->
        [one] { $count } amigo se unió con él
       *[other] { $count } amigos se unieron con él
    } (solo se guarda el número, nunca quién)
