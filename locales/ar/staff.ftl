## فريق العمل: روابط دعوة المختصين، والجولات حسب رمزها

staff-invite-usage = طريقة الاستخدام: /invite SECTOR COUNTRY [PROGRAMME] [uses=N] [days=D]، مثلًا /invite police KE kenya-2026 uses=20 days=14. ما لم تحددوا غير ذلك، يوثّق الرابط شخصًا واحدًا ويبقى صالحًا 30 يومًا (بحد أقصى { $uses } استخدام و{ $days } يومًا). القطاعات: { $list }
staff-invite-created = رابط دعوة لقطاع { $sector } في { $country }:
    { $link }
    يوثّق { $uses ->
        [one] شخصًا واحدًا
       *[other] حتى { $uses } شخصًا
    } بصفتهم مختصين في هذا القطاع وهذا البلد، حتى { $expires }. أرسلوه إليهم فقط. روابطكم: /invites؛ ولسحب هذا الرابط: /revokeinvite { $code }
staff-invites-title = <b>روابط الدعوة</b> (الأحدث أولًا)
staff-invite-line = • <code>{ $code }</code> · { $sector } · { $country } · { $programme } · استُخدم { $uses }/{ $limit } · حتى { $expires } · { $state ->
        [active] فعّال
        [used] استُنفد
        [expired] منتهي الصلاحية
       *[revoked] مسحوب
    }
staff-invites-none = لا توجد روابط دعوة بعد.
staff-invites-help = رابط جديد: /invite SECTOR COUNTRY [PROGRAMME] [uses=N] [days=D] · لسحب رابط: /revokeinvite CODE
staff-revokeinvite-usage = طريقة الاستخدام: /revokeinvite CODE (الرمز موجود في /invites).
staff-invite-unknown = لا يوجد رابط دعوة بالرمز { $code }. روابطكم: /invites.
staff-invite-revoked = سُحب رابط الدعوة { $code }: لن يوثّق أحدًا بعد الآن. يبقى الأشخاص الذين وثّقهم من قبل ({ $uses }) موثَّقين.
staff-round-ambiguous = توجد جولة { $round } في أكثر من استبيان: { $list }. أضيفوا اسم الاستبيان، مثلًا /export { $round } { $example }
invite-not-usable = { $reason ->
        [used] سبق استخدام رابط الدعوة هذا
        [expired] انتهت صلاحية رابط الدعوة هذا
       *[revoked] سُحب رابط الدعوة هذا
    }، لذلك لا يمكنه تسجيلكم مختصين موثَّقين. إن كنتم بحاجة إلى ذلك، اطلبوا رابطًا جديدًا ممن أرسله إليكم.
invite-not-usable-new = لا يزال بإمكانكم المشاركة: ستُحتسب إجاباتكم على أنها بتصريح ذاتي. أولًا، يُرجى اختيار لغتكم.
