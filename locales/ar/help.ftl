## المساعدة (/help، زر المساعدة، كلمات طلب المساعدة، الإفصاح).
## ما هي كل خدمة؛ اسم الخدمة يظهر كما هو دون ترجمة.
## المعرّف المنتهي بـ -caregiver أو -professional يظهر لتلك الفئة، والمنتهي بـ -adult للفئتين؛ والمعرّف البسيط
## لليافعين ولمن لا يعرفه البوت بعد.

help-kind-child_helpline = خط مساعدة الأطفال: تحدّث مع شخص ما، مجانًا وبسرّية
help-kind-child_helpline-adult = خط مساعدة الأطفال: للأطفال، وللبالغين القلقين على طفل
help-kind-abuse_report_line = الإبلاغ عن إساءة معاملة الأطفال
help-kind-online_help = مساعدة إذا حدث لك شيء على الإنترنت، مثل حذف صورة
help-kind-online_help-adult = مساعدة عندما يتعرّض طفل للأذى على الإنترنت، بما في ذلك حذف الصور
help-kind-hotline = الإبلاغ عن صور أو فيديوهات جنسية لأطفال على الإنترنت
help-kind-emergency = الطوارئ
help-kind-takedown_minor = صورة عارية أو جنسية لك التُقطت قبل سن 18؟ اطلب حذفها دون الكشف عن هويتك
help-kind-takedown_minor-caregiver = صورة عارية أو جنسية لطفلك التُقطت قبل سن 18؟ يمكن طلب حذفها دون الكشف عن الهوية، ويمكنك المساعدة في ذلك
help-kind-takedown_minor-professional = صورة عارية أو جنسية لطفل أو يافع التُقطت قبل سن 18؟ يمكن طلب حذفها دون الكشف عن الهوية
help-kind-takedown_adult = للبالغين (18+): لمنع نشر صورك الحميمة
help-kind-takedown_adult-adult = صورة حميمة لك التُقطت بعد بلوغك 18 عامًا نُشرت أو يهدّد أحد بنشرها؟ أوقف انتشارها
help-kind-helpline_directory = اعثر على خط مساعدة الأطفال في بلدك
help-kind-helpline_directory-adult = اعثر على خط مساعدة الأطفال في بلدك
help-kind-hotline_directory = اعثر على جهة إبلاغ في بلدك
help-kind-hotline_directory-adult = اعثر على جهة إبلاغ في بلدك

help-hours-24-7 = على مدار الساعة
help-chat = دردشة: { $url }
help-no-helpline = لم نتمكّن بعد من التأكد من وجود خط لمساعدة الأطفال في { $country }. تجمع منظمة Child Helpline International خطوط المساعدة حول العالم (انظر أدناه).
help-no-helpline-adult = لم نتمكّن بعد من التأكد من وجود خط لمساعدة الأطفال في { $country }. تجمع منظمة Child Helpline International خطوط المساعدة حول العالم (انظر أدناه).

help-intro-country-adult = أين تجد المساعدة في { $country }، وفي أي مكان:
help-intro-global-adult = أين تجد المساعدة أينما كنت:
help-no-country-adult = أخبرني ببلدك في /settings لترى خطوط المساعدة المحلية.
help-footer-emergency-adult = أنا بوت: لا أستطيع التحقيق أو التواصل مع أي أحد نيابةً عنك. <b>إذا كان طفل في خطر الآن، اتصل بالرقم { $number }.</b>
help-footer-local-adult = أنا بوت: لا أستطيع التحقيق أو التواصل مع أي أحد نيابةً عنك. <b>إذا كان طفل في خطر الآن، اتصل برقم الطوارئ في بلدك.</b>
