## Boutons des questionnaires éclair (bot/features/checkins.py)

btn-checkin-results = 📊 Voir les résultats
btn-checkin-phases = ❔ Que signifient les phases ?
