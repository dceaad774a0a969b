## Botones de los sondeos (bot/features/checkins.py)

btn-checkin-results = 📊 Ver los resultados
btn-checkin-phases = ❔ ¿Qué significan las fases?
