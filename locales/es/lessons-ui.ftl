## Pantallas de las lecciones: encabezados de las respuestas a los cuestionarios.

quiz-not-best = 🤔 <b>No es la mejor opción</b>
quiz-best-answer = 💡 <b>La mejor respuesta:</b> <i>{ $answer }</i>
