"""The classes worked on for batch 30 (branch match30a), in Arabic (Egyptian, Levantine, Gulf, Darija, Arabizi) and
Swahili (Kenyan, Tanzanian, Sheng): a picture meant for one person passed on; not knowing how one's video got
somewhere; a video call recorded and shown to others; money with a deadline and an audience; dragged somewhere and
unable to scream; made to touch someone (a house help); clothes off "to see if you have grown"; an adult partner of
a child in a school year; drunk and someone on top; a threat to kill if she leaves him or if they catch the writer;
"you are dead" written every day; an account that knows everywhere one goes; waiting with knives; pretending to
sleep so he does not come near; a child who goes silent when asked; a sibling's report of a scared child touched by
a grown-up; an adult calling a child baby and asking for the location; followed by a driver every evening; afraid
to go home; not wanting anyone to know what happened; fake pictures sent round a class. And the harmless
situations that share their words: a family group chat, a relative's hug on arrival, holiday money kept from a
parent, housework, a friend's joke whose price is a snack, babysitting for pay, a trip video, a grandparent's
stories, "the kids" (not a typo of "the father"). The sentences are written for these tests, not taken from the
evaluation sets."""

from __future__ import annotations

import pytest

from bot.services.safety import SafetyMatcher


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a picture meant for one person, passed on; how it got there; a recorded call
        ("الفيديو اللي بعتته كان ليه هو بس ودلوقتي مع صحابه كلهم", "image_shared"),
        ("picha nilimtumia yeye pekee sasa iko kwa group ya shule", "image_shared"),
        ("صوري صارت بجروب الشباب وما بعرف كيف وصلت", "image_shared"),
        ("picha zangu ziko kwa page ya insta sijui zilifikaje", "image_shared"),
        ("عمل سكرين ريكورد وانا على الكاميرا وبعتها للجروب", "image_shared"),
        ("alirecord tukiongea kwa camera akatuma kwa group ya wasee", "image_shared"),
        # money with a deadline
        ("عايز فلوس قبل بكره والا كل الناس هتشوف", "sextortion"),
        ("anataka pesa kabla ya usiku ama atazituma kwa kila mtu", "sextortion"),
        # dragged, could not scream; made to touch
        ("سحبني جوه المخزن وما قدرت اصرخ", "abuse"),
        ("mlinzi alinikokota hadi nyuma ya darasa sikuweza kupiga kelele", "abuse"),
        ("الشغاله بتخليني المسها لما ماما مش موجوده", "abuse"),
        ("yaya anataka nimguse kila mama akitoka", "abuse"),
        # clothes off to see if grown; an adult partner of a child
        ("قالي اقلع التيشرت عشان يشوف قديش كبرت", "grooming"),
        ("mwalimu wa tuition anasema nivue sweater aone vile nimekua", "grooming"),
        ("binamu yangu yuko form one na boyfriend wake ana miaka 30", "grooming"),
        # drunk and someone on top
        ("كنت سكرانه ولما صحيت كان فوقي", "abuse"),
        # threats to kill: leaving him, if they catch me, "you are dead" every day
        ("قالي لو سبتيه هيدبح اهلك كلهم", "threat"),
        ("wamesema wakinipata watanimaliza", "threat"),
        ("كل يوم يرسلي رسايل انت ميت", "threat"),
        ("kila usiku ananitumia sms utakufa", "threat"),
        # followed everywhere; waiting with knives
        ("في حساب مجهول عارف كل مكان اروحه", "threat"),
        ("hii account inajua kila sehemu naenda", "threat"),
        ("شباب من الحاره قالوا هيستنوني بالسكاكين قدام البيت", "threat"),
        # pretending to sleep; silent when asked; a sibling's report
        ("بعمل نفسي نايمه عشان ما يقرب مني", "general"),
        ("najifanya nimelala ili asije karibu nami", "general"),
        ("ابني رافض يروح التمرين وبيعيط ولما اساله يسكت", "general"),
        ("mwanangu anakataa kwenda kwa mjomba, nikimuuliza hajibu", "general"),
        ("اخوي الصغير خايف من المدرب وقالي انه بيلمسه", "abuse"),
        # an adult calls a child baby and wants the location; followed by a driver
        ("mzee wa facebook ananiita babe na anataka location yangu", "grooming"),
        ("dereva wa bodaboda ananifuata kila jioni", "threat"),
        # afraid to go home; not wanting anyone to know
        ("بخاف ارجع البيت من اسبوع", "general"),
        ("naogopa kwenda nyumbani leo", "general"),
        ("sitaki mtu yeyote ajue kilichonitokea jana", "general"),
    ],
)
def test_batch_30_classes(matcher: SafetyMatcher, text: str, kind: str) -> None:
    assert matcher.disclosure_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        # a family group chat, a relative's arrival, holiday money, housework, a snack as the price
        "اختي حطت صورتي وانا بعيط وانا صغيره في جروب العيله",
        "dadangu ameweka picha yangu nikilala kwa group ya familia",
        "عمتي رجعت من السفر وحضنتني في المطار",
        "bibi amefika kutoka ushago akanikumbatia sana",
        "جدي اداني العيديه وقالي متقولش لبابا",
        "babu alinipa pesa ya idd akasema usimwambie baba",
        "بابا قالي انضف الحمام لوحدي يوم الجمعه",
        "mama ameniambia nisafishe bafu peke yangu",
        "صاحبتي قالت هتفضحني لو ما عزمتهاش على بيتزا",
        "beshte anasema ataniexpose kwa group nisipomnunulia mandazi",
        # a trip, a grandparent's stories, the kids
        "نزلت صور رحله المدرسه على الانستا",
        "ستي بتقعدني جنبها وتحكيلي حكايات",
        "الولاد بالفصل عملوا فيديو للحفله وبعتوه للجروب",
        # near-misses of the new classes
        "الفيديو ده ليه هو بس عشان عيد ميلاده",
        "sijui picha hii ilifika aje kwa gallery yangu",
        "لازم ندفع رسوم الرحله قبل بكره",
        "nimelipa fees kabla ya saa nne",
        "حلمت اني ما قدرت اصرخ في الكابوس",
        "nilishindwa kupiga kelele kwa ndoto mbaya",
        "الدكتور قالي اشيل التيشرت عشان يسمع صدري",
        "mama aliniambia nivue shati ni chafu",
        "دادا قالي اذا كبرت هتبقى دكتوره",
        "mimi niko form two na nampenda msee wa class",
        "كل يوم ماما بتقولي انتي ميته من الكسل",
        "mwalimu alisema utakufa na njaa ukikosa breakfast",
        "ماما عارفه كل مكان اروحه من اللوكيشن",
        "mama anajua kila mahali naenda kwa life360",
        "اشتريت سكاكين جديده للمطبخ",
        "بعمل نفسي نايمه عشان ما اصحى بدري",
        "mwanangu hapendi mboga nikimuuliza ananyamaza tu",
        "mama ananiita baby kila asubuhi",
        "bodaboda inanipeleka shule kila asubuhi",
        "بخاف ارجع البيت بالشهاده دي",
        "sitaki mtu ajue surprise ya birthday ya dada",
        # babysitting for pay
        "جارتي عايزاني اجلس مع اطفالها السبت وهتديني فلوس",
        "shangazi ameniomba nikae na watoto wake atanilipa",
    ],
)
def test_batch_30_near_misses(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None


def test_the_kids_are_not_a_typo_of_the_father(matcher: SafetyMatcher) -> None:
    # الولاد (the kids) is one letter swap from الوالد (the father): never read as a parent through a typo
    assert "PARENT" not in matcher.concepts("الولاد بالصف")
    assert "PARENT" in matcher.concepts("الوالد")
