## Check-in buttons added for issue 20 (bot/features/checkins.py)

btn-checkin-results = 📊 See results
btn-checkin-phases = ❔ What do the phases mean?
