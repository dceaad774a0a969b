## المدرّبون: المجموعات وإرسال السلاسل وما يصل إلى الأعضاء

cmd-cohorts = مجموعاتكم (للمدرّبين)
cohorts-title = <b>👥 مجموعاتكم</b>
cohorts-none = ليست لديكم أي مجموعة بعد. أنشئوا مجموعة عبر /newcohort متبوعًا باسمها، مثلًا: /newcohort الصف التاسع ب
cohorts-line-btn = { $name } · { $members }
cohort-usage-new = مجموعة جديدة: /newcohort NAME، مثلًا /newcohort الصف التاسع ب
cohort-usage-rename = طريقة الاستخدام: /renamecohort NUMBER NEW NAME (الرقم موجود في بطاقة المجموعة)
cohort-card =
    <b>👥 { $name }</b> (#{ $number })
    الفئة: { $audience } · اللغة: { $language }
    البلد: { $country } · المنطقة الزمنية: { $timezone }
    الأعضاء: { $members } · { $status }

    رابط الانضمام، لمشاركته مع المجموعة:
    { $link }
cohort-open = مفتوحة للأعضاء الجدد
cohort-closed = مغلقة أمام الأعضاء الجدد
cohort-audience-youth_13_15 = الشباب من 13 إلى 15 سنة
cohort-audience-youth_16_17 = الشباب من 16 إلى 17 سنة
cohort-audience-caregiver = أولياء الأمور ومقدّمو الرعاية
btn-cohort-push = 📤 إرسال سلسلة
btn-cohort-audience = 🎯 الفئة المستهدفة
btn-cohort-language = 🌐 اللغة
btn-cohort-country = 📍 البلد
btn-cohort-timezone = 🕒 المنطقة الزمنية
btn-cohort-close = 🔒 إغلاق أمام الأعضاء الجدد
btn-cohort-reopen = 🔓 إعادة الفتح
btn-cohort-leave = 🚪 مغادرة هذه المجموعة
btn-cohorts = ➡️ مجموعاتي
cohort-pick-audience = لمن هذه المجموعة؟
cohort-pick-language = بأي لغة يبدأ الأعضاء الجدد؟
cohort-pick-country = في أي بلد توجد المجموعة؟
cohort-pick-timezone = أي منطقة زمنية؟ تصل الدروس اليومية في ساعة محددة بالتوقيت المحلي.
cohort-left = غادرتم { $name }. يحتفظ أعضاؤها بتقدّمهم.
cohort-renamed = تغيّر الاسم إلى { $name }.
push-pick-series = أي سلسلة تريدون إرسالها إلى { $name }؟
push-pick-mode = كيف تريدون إرسال «{ $series }»؟
btn-push-now = ⚡ الآن: الدرس التالي للجميع
btn-push-daily = 📅 درس واحد كل يوم
btn-push-weekdays = 📅 درس واحد كل يوم عمل
push-pick-hour = في أي ساعة بالتوقيت المحلي ({ $timezone })؟ لا يُرسَل أي شيء في ساعات الهدوء ({ $quiet }).
push-progress =
    <b>📤 { $series }</b> ← المجموعة #{ $cohort } · { $mode }
    { $bar } { $sent }/{ $total }
    أُرسلت: { $sent } · مستحقة الآن: { $due } · مجدولة: { $scheduled }
    فشلت: { $failed } · غير نشطين: { $inactive } · أوقفوا الرسائل: { $skipped } · غير مؤكدة: { $uncertain }
    { $eta }
push-mode-now = الآن
push-mode-drip = درس واحد يوميًا الساعة { $hour }:00
push-eta = يتبقى نحو { $seconds } ثانية.
push-done = ✅ تم.
push-paused = ⏸ متوقف مؤقتًا.
push-cancelled = ✖️ أُلغي.
btn-push-pause = ⏸ إيقاف مؤقت
btn-push-resume = ▶️ استئناف
btn-push-cancel = ✖️ إلغاء
btn-push-refresh = 🔄 تحديث
delivery-lesson =
    📬 <b>{ $cohort }</b>: درس جديد لك
    <b>{ $series }</b> · الدرس { $number }/{ $total }: { $lesson }
btn-delivery-open = ▶️ ابدأ الدرس
cohort-joined-new = 👋 أنت على وشك الانضمام إلى <b>{ $name }</b>. أولًا، اختر لغتك.
cohort-joined = انضممت إلى <b>{ $name }</b>. ستصلك هنا الدروس التي يرسلها مدرّبك.
cohort-invalid = رابط الانضمام هذا لم يعد يعمل. اطلب رابطًا جديدًا من مدرّبك، أو أرسل /start.
staff-granted = مُنح دور المدرّب إلى { $id }.
staff-revoked = أُزيل دور المدرّب من { $id }.
staff-grant-usage = طريقة الاستخدام: /granttrainer TELEGRAM_ID أو /revoketrainer TELEGRAM_ID
