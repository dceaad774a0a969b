## ‏/stats لفريق البرنامج: ملخص الوصول والتوزيع والرسم البياني والأزرار.
## ‏"<5" تعني عددًا مخفيًا؛ وفي رسائل HTML تُكتب &lt;5.

stats-title = <b>الوصول خلال آخر { $days } { $days ->
        [few] أيام
       *[other] يومًا
    }</b> ({ $start } – { $end }، بالتوقيت العالمي)
stats-reached = 👀 الأشخاص الذين وصلنا إليهم: <b>{ $value }</b> { $change }
stats-engaged = ✅ أكملوا درسًا: <b>{ $value }</b> { $change }
stats-completed = 🏁 أكملوا سلسلة: <b>{ $value }</b> { $change }
stats-accuracy = 🎯 إجابات صحيحة من المحاولة الأولى: <b>{ $value }</b>
stats-change-up = (▲ { $percent }٪ مقارنةً بالـ { $days } { $days ->
        [few] أيام
       *[other] يومًا
    } السابقة)
stats-change-down = (▼ { $percent }٪ مقارنةً بالـ { $days } { $days ->
        [few] أيام
       *[other] يومًا
    } السابقة)
stats-change-flat = (مثل الـ { $days } { $days ->
        [few] أيام
       *[other] يومًا
    } السابقة)
stats-change-none = (لا توجد مقارنة)
stats-breakdown-title = <b>{ $breakdown }</b> (الأشخاص الذين وصلنا إليهم):
stats-breakdown-line = • { $label }: { $value }
stats-breakdown-none = • لا أحد بعد
stats-breakdown-more = • … و{ $count } غيرها
stats-note = <i>تظهر الأعداد الأقل من 5 على شكل &lt;5. وإذا كانت قائمة ستخفي عددًا واحدًا فقط، يُخفى العدد الأصغر التالي أيضًا حتى لا تكشفه المجاميع.</i>
stats-unknown = غير محدد
stats-audience-youth = الشباب
stats-audience-caregiver = الآباء ومقدمو الرعاية
stats-audience-professional = المهنيون
stats-by-audience = الجمهور
stats-by-country = البلد
stats-by-series = السلسلة
stats-by-locale = اللغة
stats-btn-days = { $days } { $days ->
        [few] أيام
       *[other] يومًا
    }
stats-btn-current = ✓ { $label }
stats-chart-title = الوصول الأسبوعي · { $breakdown }
stats-chart-x = الأسبوع الذي يبدأ يوم الاثنين
stats-chart-y = الأشخاص الذين وصلنا إليهم
stats-chart-empty = لم نصل إلى أحد في هذه الفترة بعد
stats-suppressed = <5
