## Encuesta juvenil: safer-online
## poll-<id> is the question; poll-<id>-<option> each button (at most 60 characters).

poll-safer-online = ¿Qué haría que internet fuera más seguro para la gente de tu edad?
poll-safer-online-easy-report = Poder reportar fácil, y que sirva de verdad
poll-safer-online-private = Cuentas privadas desde el principio
poll-safer-online-adults-listen = Adultos que escuchen sin juzgar
poll-safer-online-school = Aprender sobre esto en la escuela
poll-safer-online-kinder = Que la gente se trate mejor en internet
