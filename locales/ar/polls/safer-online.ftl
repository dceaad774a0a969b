## استطلاع الشباب: safer-online
## poll-<id> is the question; poll-<id>-<option> each button (at most 60 characters).

poll-safer-online = ما الذي قد يجعل الإنترنت أكثر أمانًا لمن هم في عمرك؟
poll-safer-online-easy-report = إبلاغ سهل ويأتي بنتيجة فعلًا
poll-safer-online-private = حسابات خاصة بشكل تلقائي
poll-safer-online-adults-listen = كبار يستمعون من دون أن يحكموا علينا
poll-safer-online-school = أن نتعلّم عن ذلك في المدرسة
poll-safer-online-kinder = أن يكون الناس ألطف مع بعضهم على الإنترنت
