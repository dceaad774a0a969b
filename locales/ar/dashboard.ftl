## لوحة المتابعة على الويب لفريق البرنامج (bot/web/dashboard/) والأمر ‎/dashboard‎ للدخول إليها (bot/features/dashboard.py).
## العربية الفصحى بأسلوب مهني رسمي. نص عادي: تعالجه الصفحات قبل عرضه؛ و«<5» يظهر كما هو.

## ‎/dashboard‎ في المحادثة
dashboard-link =
    🔐 <b>رابط الدخول إلى لوحة المتابعة</b>

    { $link }

    يعمل مرة واحدة فقط، لمدة { $minutes } دقائق، في المتصفح الذي تفتحونه فيه. تستمر الجلسة { $hours } ساعات أو حتى تسجيل الخروج. لا تعيدوا توجيهه: فهو يفتح اللوحة لأول من يستخدمه.
dashboard-not-set =
    لم تُجهَّز لوحة المتابعة على الويب بعد. على المسؤول ضبط <code>DASHBOARD_URL</code> على العنوان العام لخادم HTTP الخاص بالبوت (مثل <code>https://stats.example.org</code> خلف وكيل TLS) ثم إعادة تشغيل البوت. بعد ذلك أرسلوا ‎/dashboard‎ مرة أخرى.

## إطار كل صفحة
dash-name = برنامج السلامة على الإنترنت · لوحة المتابعة
dash-skip = الانتقال إلى المحتوى
dash-menu = صفحات لوحة المتابعة
dash-nav-overview = نظرة عامة
dash-nav-reach = الوصول
dash-nav-lessons = الدروس
dash-nav-voice = صوت الشباب
dash-nav-checkins = استطلاعات النموذج الوطني
dash-nav-cohorts = المجموعات والإرسال
dash-language = لغة لوحة المتابعة
dash-change-language = تغيير
dash-sign-out = تسجيل الخروج
dash-footer = لا تُعرض أبدًا الأعداد الأقل من 5 أشخاص. الأرقام مستعارة الهوية، ولا تذكر أي صفحة اسم شخص.
dash-print = طباعة أو حفظ بصيغة PDF

## الدخول والخروج
dash-sign-in-title = الدخول إلى لوحة المتابعة
dash-sign-in-text = يفتح هذا الرابط لوحة المتابعة في هذا المتصفح، ولا يعمل إلا مرة واحدة.
dash-sign-in-button = فتح لوحة المتابعة
dash-link-expired-title = لم يعد هذا الرابط صالحًا
dash-link-expired = تعمل روابط الدخول مرة واحدة ولبضع دقائق فقط. أرسلوا ‎/dashboard‎ إلى البوت للحصول على رابط جديد.
dash-signed-out-title = تم تسجيل الخروج
dash-signed-out = لفتح لوحة المتابعة، أرسلوا ‎/dashboard‎ إلى البوت في تيليجرام وافتحوا الرابط الذي يرسله. الدخول متاح لفريق البرنامج فقط.
dash-form-expired = انتهت صلاحية هذا النموذج. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.

## الأخطاء
dash-error-title = حدث خطأ ما
dash-error = تعذّر عرض الصفحة. يُرجى المحاولة مرة أخرى بعد قليل.
dash-unavailable = تعذّر الوصول إلى قاعدة البيانات حاليًا. يُرجى المحاولة مرة أخرى بعد قليل.
dash-not-found-title = الصفحة غير موجودة
dash-not-found = لا يوجد شيء على هذا العنوان. استخدموا القائمة للوصول إلى الصفحة المطلوبة.
dash-bad-filter-title = لا يمكن استخدام هذا المرشّح
dash-bad-filter = يُرجى مراجعة المرشّحات: { $detail }

## المرشّحات
dash-filters = المرشّحات
dash-period = الفترة
dash-days = { $days ->
        [few] آخر { $days } أيام
       *[other] آخر { $days } يومًا
    }
dash-period-custom = التواريخ أدناه
dash-from = من
dash-to = إلى
dash-apply = تطبيق
dash-all = الكل
dash-none = لا شيء
dash-filter-country = البلد
dash-filter-audience = الجمهور
dash-filter-age_band = الفئة العمرية
dash-filter-locale = اللغة
dash-filter-series = السلسلة
dash-filter-cohort = المجموعة
dash-filter-capability = قدرة النموذج الوطني
dash-breakdown = التوزيع حسب
dash-every = الخطوة الزمنية
dash-week = الأسبوع
dash-month = الشهر
dash-chart-metric = المؤشر في الرسم البياني
dash-period-range = { $start } – { $end } (بالتوقيت العالمي)

## المؤشرات
dash-metric-active = النشطون
dash-metric-reached = من تم الوصول إليهم
dash-metric-engaged = المتفاعلون
dash-metric-completed = أكملوا سلسلة
dash-metric-quiz-people = أجابوا عن اختبار
dash-metric-quiz-accuracy = دقة الإجابات في الاختبارات
dash-define-active = الأشخاص الذين لهم أي نشاط محسوب ضمن قدرة من قدرات النموذج الوطني (الدروس ضمن القدرة 13، ومشاركة الشباب ضمن القدرة 14).
dash-define-reached = الأشخاص الذين شاهدوا بطاقة درس واحدة على الأقل.
dash-define-engaged = الأشخاص الذين أكملوا درسًا واحدًا على الأقل.
dash-define-completed = الأشخاص الذين أكملوا سلسلة كاملة.
dash-define-quiz-people = الأشخاص الذين أجابوا عن سؤال اختبار واحد على الأقل.
dash-define-quiz-accuracy = نسبة المحاولات الأولى الصحيحة في أسئلة الاختبارات.
dash-suppressed = <5
dash-hidden-part = مخفي (أعداد صغيرة)
dash-everyone = الجميع
dash-people = الأشخاص
dash-share = النسبة
dash-figure = المؤشر
dash-this-period = هذه الفترة
dash-previous-period = الفترة السابقة
dash-change = التغيّر
dash-change-none = لا مقارنة
dash-change-points = { $points } نقطة
dash-before = سابقًا: { $value }
dash-nothing = لا يوجد ما يُعرض لهذه المرشّحات حتى الآن.
dash-chart-desc = يقدّم الجدول المجاور لهذا الرسم البياني الأرقام نفسها.
dash-capability-name = { $number }. { $name }
dash-about = كيف تُقرأ هذه الأرقام
dash-suppression-note = يُخفى كل عدد من 1 إلى 4 أشخاص (ويظهر <5). وإذا كان صف أو عمود سيخفي عددًا واحدًا فقط، يُخفى العدد الأصغر التالي أيضًا حتى لا تكشفه المجاميع. الأيام بالتوقيت العالمي. يمكن تنزيل كل جدول بصيغة CSV بالأرقام نفسها التي تقدّمها واجهة الإحصاءات البرمجية، ويكون الرقم المخفي خلية فارغة.
dash-download-csv = تنزيل ملف CSV

## نظرة عامة
dash-overview-title = نظرة عامة
dash-headline = الفترة باختصار
dash-comparison-caption = هذه الفترة مقارنةً بالفترة السابقة ({ $previous })
dash-trend = الاتجاه
dash-weekly-caption = الأشخاص أسبوعيًا
dash-weekly-chart = الأشخاص الذين تم الوصول إليهم والمتفاعلون ومن أكملوا سلسلة، أسبوعيًا
dash-weeks-note = تبدأ الأسابيع يوم الاثنين، وقد يقع جزء من الأسبوع الأول والأخير خارج الفترة.
dash-where = أين
dash-by-country-caption = الأشخاص حسب البلد
dash-by-country-chart = الأشخاص الذين تم الوصول إليهم، حسب البلد

## الوصول
dash-reach-title = الوصول عبر الزمن
dash-over-time = عبر الزمن
dash-over-time-caption = { $metric } عبر الزمن
dash-over-time-chart = { $metric } عبر الزمن
dash-top-lines-note = يعرض الرسم البياني وهذا الجدول أكبر { $count } مجموعات؛ ويضم ملف CSV كل المجموعات وكل المؤشرات.
dash-totals = مجاميع الفترة
dash-totals-caption = أرقام الفترة كاملة
dash-totals-chart = { $metric } في الفترة كاملة

## الدروس
dash-lessons-title = الدروس
dash-step = المرحلة
dash-step-started = بدأوا السلسلة
dash-step-lesson = أكملوا «{ $lesson }»
dash-step-completed = أكملوا السلسلة
dash-share-of-starters = النسبة من الذين بدأوا
dash-funnel-caption = { $series }: من الدرس الأول حتى النهاية
dash-funnel-chart = الأشخاص في كل مرحلة من { $series }
dash-quiz-caption = { $series }: أسئلة الاختبارات
dash-quiz-chart = الإجابات الصحيحة من المحاولة الأولى لكل سؤال في { $series }
dash-quiz-note = تشير النسبة المنخفضة، أو الإجابة الخاطئة التي تتكرر كثيرًا، إلى فكرة خاطئة تستحق المعالجة في الدرس. يضم ملف CSV كل خيارات الإجابة.
dash-question-header = السؤال
dash-question = { $lesson }: { $question }
dash-answered = أجابوا
dash-right-first-time = صحيحة من المحاولة الأولى
dash-common-wrong = الإجابة الخاطئة الأكثر اختيارًا
dash-wrong-answer = { $answer } ({ $share })
dash-lesson = الدرس
dash-ratings-caption = { $series }: مدى فائدة كل درس
dash-ratings-chart = تقييم دروس { $series }
dash-rating-helpful = مفيد
dash-rating-unsure = غير متأكد
dash-rating-not-helpful = غير مفيد

## صوت الشباب
dash-voice-title = صوت الشباب
dash-voice-lead = ما قاله الشباب ومقدمو الرعاية بلمسة واحدة: استطلاعات الرأي والسؤال في نهاية كل سلسلة. النتائج هي إجاباتهم الحالية.
dash-polls = استطلاعات الرأي
dash-poll-caption = { $question } ({ $start } – { $end })
dash-series-questions = أسئلة السلاسل
dash-series-question-caption = { $series }: { $question }
dash-option = الإجابة
dash-voice-note = تنطبق المرشّحات على الملف الحالي لكل شخص (البلد، الجمهور، اللغة). لم يعد يُحتسب هنا من طلبوا حذف بياناتهم.

## استطلاعات النموذج الوطني
dash-checkins-title = استطلاعات النموذج الوطني
dash-checkins-lead = استطلاعات سريعة للمهنيين حول القدرات الإحدى والعشرين للاستجابة الوطنية النموذجية. افتحوا جولة لعرض شبكة النضج لكل بلد.
dash-rounds = الجولات
dash-rounds-caption = جولات الاستطلاع، من الأحدث إلى الأقدم
dash-no-rounds = لم تُفتح أي جولة بعد. يفتح الفريق جولة بالأمر ‎/openround‎ في المحادثة.
dash-round = الجولة
dash-questionnaire = الاستبيان
dash-opens = تاريخ الفتح
dash-closes = تاريخ الإغلاق
dash-respondents = المشاركون
dash-round-title = { $round } · { $questionnaire }
dash-round-lead = مفتوحة من { $opens } إلى { $closes }. البلد المعروض: { $country }.
dash-compare-with = المقارنة مع الجولة
dash-open-profile = ملف البلد القابل للطباعة
dash-no-countries = لم يُجب أحد عن هذه الجولة بعد.
dash-verified-respondents = المشاركون الموثَّقون
dash-verified-explained = مهنيون انضموا عبر دعوة من فريق البرنامج تسجّل قطاعهم وبلدهم.
dash-self-declared-respondents = المشاركون بتصريح ذاتي
dash-self-declared-explained = مهنيون حدّدوا قطاعهم وبلدهم بأنفسهم. اقرؤوا إجاباتهم بمعزل عن إجابات الموثَّقين.
dash-grid-caption-verified = مرحلة النضج حسب القدرة، المشاركون الموثَّقون، { $country }، الجولة { $round }
dash-grid-caption-self = مرحلة النضج حسب القدرة، المشاركون بتصريح ذاتي، { $country }، الجولة { $round }
dash-grid-chart-verified = مراحل النضج، المشاركون الموثَّقون، { $country }
dash-grid-chart-self = مراحل النضج، المشاركون بتصريح ذاتي، { $country }
dash-capability = قدرة النموذج الوطني
dash-no-answers = لا توجد إجابات من هؤلاء المشاركين في هذا البلد حتى الآن.
dash-change-between-rounds = التغيّر منذ جولة سابقة
dash-change-caption = نسبة المشاركين في كل مرحلة، الجولة { $earlier } ← الجولة { $round }، { $country }
dash-no-earlier-round = لا توجد جولة سابقة من هذا الاستبيان للمقارنة بها.
dash-respondent-kind = المشاركون
dash-verified = موثَّقون
dash-self-declared = بتصريح ذاتي
dash-other-items = أسئلة أخرى
dash-other-items-caption = الإجابات عن الأسئلة الأخرى، { $country }
dash-answers = الإجابات
dash-phases = مراحل النضج
dash-checkin-suppression = تأتي الأرقام من 5 مشاركين على الأقل: يُخفى العدد الأصغر (ويظهر <5)، وكذلك العدد الأصغر التالي إذا كان سيُخفى عدد واحد فقط. لا يتم ترتيب البلدان أبدًا.
dash-profile-title = ملف البلد: { $country }
dash-profile-lead = استطلاع النموذج الوطني السريع { $round } ({ $questionnaire })، مفتوح من { $opens } إلى { $closes }. أُعدّ في { $today }.
dash-back-to-round = العودة إلى الجولة

## المجموعات والإرسال
dash-cohorts-title = المجموعات والإرسال
dash-cohorts = المجموعات
dash-cohorts-caption = المجموعات وأعضاؤها
dash-cohort = المجموعة
dash-joining = الانضمام
dash-open = مفتوح
dash-closed = مغلق
dash-created = تاريخ الإنشاء
dash-members = الأعضاء
dash-outcomes = النتائج خلال الفترة
dash-outcomes-caption = ما أنجزه أعضاء المجموعات خلال الفترة
dash-outcomes-chart = الأعضاء الذين أكملوا سلسلة، حسب المجموعة
dash-pushes = الإرسال
dash-pushes-caption = السلاسل المرسلة إلى المجموعات، من الأحدث إلى الأقدم (الرسائل)
dash-pushes-chart = تقدّم آخر عمليات الإرسال
dash-pushes-note = يحسب كل رقم الرسائل، رسالة لكل عضو ودرس. قيد الانتظار: مجدولة أو قيد الإرسال. غير نشط: حظر العضو البوت. متوقف: أرسل العضو ‎/stop‎. غير مؤكد: توقّف الإرسال أثناء التنفيذ، وربما وصلت الرسالة.
dash-push = الإرسال
dash-push-label = { $series } ← { $cohort }
dash-push-mode = الطريقة
dash-push-status = الحالة
dash-push-mode-now = دفعة واحدة
dash-push-mode-drip = درس واحد يوميًا
dash-push-status-active = نشط
dash-push-status-paused = متوقف مؤقتًا
dash-push-status-cancelled = ملغى
dash-delivery-total = الرسائل
dash-delivery-sent = أُرسلت
dash-delivery-waiting = قيد الانتظار
dash-delivery-failed = فشلت
dash-delivery-inactive = غير نشطين
dash-delivery-stopped = متوقفون
dash-delivery-uncertain = غير مؤكدة
dash-delivery-cancelled = ملغاة
