## Tombol survei singkat (bot/features/checkins.py)

btn-checkin-results = 📊 Lihat hasil
btn-checkin-phases = ❔ Apa arti tahap-tahapnya?
