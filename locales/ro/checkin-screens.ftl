## Butoanele chestionarelor rapide (bot/features/checkins.py)

btn-checkin-results = 📊 Vedeți rezultatele
btn-checkin-phases = ❔ Ce înseamnă fazele?
