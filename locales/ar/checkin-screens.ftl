## أزرار الاستبيانات السريعة (bot/features/checkins.py)

btn-checkin-results = 📊 عرض النتائج
btn-checkin-phases = ❔ ماذا تعني المراحل؟
