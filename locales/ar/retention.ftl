## إشعار الخصوصية: مدة حفظ البيانات (انظر locales/en/retention.ftl).
privacy-keep-title = <b>كم من الوقت أحفظها:</b>
privacy-keep-profile = إذا لم تستخدمني مدة { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }، أحذف كل ما أحفظه عنك، تمامًا كما يفعل /forget.
privacy-keep-profile-always = إلى أن تحذفها بنفسك عبر /forget.
privacy-keep-deliveries = أحفظ قائمة الدروس التي أُرسلت إليك ضمن مجموعة مدة { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }؛ وبعد ذلك لا يبقى إلا المجاميع.
privacy-keep-checkins = تُفصل إجابات الاستبيانات عنك نهائيًا بعد { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من إغلاق جولتها.
