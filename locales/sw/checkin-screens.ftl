## Vitufe vya tathmini fupi (bot/features/checkins.py)

btn-checkin-results = 📊 Ona matokeo
btn-checkin-phases = ❔ Hatua hizi zina maana gani?
