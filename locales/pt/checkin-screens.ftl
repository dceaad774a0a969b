## Botões das pesquisas rápidas (bot/features/checkins.py)

btn-checkin-results = 📊 Ver os resultados
btn-checkin-phases = ❔ O que significam as fases?
