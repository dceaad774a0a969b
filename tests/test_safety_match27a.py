"""The classes worked on for batch 26 (branch match27a), in Arabic (Egyptian, Levantine, Gulf, Darija, Arabizi) and
Swahili (Kenyan, Tanzanian, Sheng): what abuse leaves behind (no sleep since, pain down there, washing again and
again, dreams of someone, a stomach ache when he visits), saying no (he carries on, sulks, stops paying, "everyone
does it", pushed until the child gives in), home at night (someone in the bed, a door that does not lock, bath-time
"checks", a game when everyone sleeps), online escalation (asking whether the child is alone and when the parents go
out, the age, a test of trust, his own body, another app then the camera), peers (a video going round, filmed drunk
or asleep, a bet), survival needs (a free ride, school fees or a sponsor wanting something back, rent forgiven,
papers kept), violence at home (things thrown when drunk, "say you fell", no food as a punishment, pretending to
sleep), indirect threats (the house from outside, the bus he knows, the school's name, "i see you", "you'll regret
it", someone who "will disappear"), fragments ("he did that thing again", "it happened again", "is it normal what
my uncle does") and caregivers (a hidden phone and money, a child who changed). And their near-misses. The sentences
are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from bot.services.safety import SafetyMatcher


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # what it leaves
        ("من يوم اللي حصل في بيت عمي مش قادره انام", "general"),
        ("بينزل دم وبيوجعني تحت من ساعة اللي عمله", "abuse"),
        ("بستحمى كذا مره في اليوم وحاسه اني وسخه", "abuse"),
        ("كل ما بيزورنا جوز خالتي بيوجعني بطني", "general"),
        ("بحلم فيه كل يوم وبصحى بعيط", "general"),
        # saying no
        ("لما اقولو لا بيضحك وبيكمل", "abuse"),
        ("كل ما اقوله لا بيزعل وبيقول كل البنات بيعملوا كده", "grooming"),
        ("بيقولي انتي مديونالي عشان هو صرف عليا", "grooming"),
        ("قال ازا بتحبيني ابعتيلي صوره", "grooming"),
        ("فضل يزن عليا لحد ما بعتت الصوره", "grooming"),
        # home at night
        ("لما ماما تشتغل بالليل عمي بينام جنبي", "abuse"),
        ("mli kay n3so kolchi khali kaydkhol l bit dyali", "abuse"),
        ("جوز امي يدخل علي وانا بستحمى يقول بيتأكد", "abuse"),
        # online escalation
        ("واحد على الانستا بيسالني انتي لوحدك في البيت", "grooming"),
        ("عايزني افتح الكاميرا كاختبار ثقه", "grooming"),
        ("بعتلي صور جسمه وانا ما طلبتش", "grooming"),
        # peers, survival
        ("فيه فيديو ليا بيتلف في المدرسه كلها", "image_shared"),
        ("السواق قالي مش هتدفعي لو قعدتي جنبه", "grooming"),
        ("في واحد بيدفعلي مصاريف الجامعه وعايز مقابل", "grooming"),
        ("صاحب البيت قال ننسى الايجار لو طلعتله", "grooming"),
        ("الكفيل اخد جوازي ومش راضي يرجعه", "general"),
        # violence at home
        ("بابا بيرمي علينا الحاجات لما بيشرب", "abuse"),
        ("بابا بيضربني وبيقولي قولي وقعت", "abuse"),
        ("بعمل حالي نايمه لما بيرجع بالليل", "general"),
        # threats, fragments, caregivers
        ("بعتلي صوره لدارنا من برا", "threat"),
        ("بيعرف انا بركب انهي باص", "threat"),
        ("عمل الحاجه دي تاني امبارح", "abuse"),
        ("مش عارفه اللي بيعمله جوز امي طبيعي ولا لا", "abuse"),
        ("ابني بيخبي تليفونه ومعاه فلوس مش عارفه جايه منين", "grooming"),
        ("بنتي اتغيرت خالص من ساعة ما بدأت دروس مع المدرس الجديد", "general"),
        # Swahili: what it leaves
        ("tangu siku ile kwa binamu siwezi kulala", "general"),
        ("naumia huko chini tangu alinifanyia", "abuse"),
        ("naoga mara nyingi najiona mchafu", "abuse"),
        ("akija kwetu tumbo linaniuma sana", "general"),
        ("namuota kila siku naamka nikilia", "general"),
        # saying no
        ("nikisema hapana anaendelea tu", "abuse"),
        ("nilipokataa ananuna na anasema kila msichana hufanya", "grooming"),
        ("anasema nina deni yake juu alinilipia simu", "grooming"),
        ("kama unanipenda utanitumia picha", "grooming"),
        ("alinisumbua hadi nikatuma picha", "grooming"),
        # home at night
        ("mama akiwa kazini mjomba hulala kitandani kwangu", "abuse"),
        ("mlango wangu haufungi na baba wa kambo anajua", "general"),
        ("baba wa kambo huingia bafuni nikioga eti anacheck", "abuse"),
        # online escalation
        ("jamaa wa tiktok ananiuliza kama niko peke yangu", "grooming"),
        ("aliniuliza niko na miaka ngapi kwa game", "grooming"),
        ("anasema niwashe camera ni test ya trust", "grooming"),
        ("ananitumia picha za mwili wake kila usiku", "grooming"),
        # peers, survival
        ("video yangu inazunguka kwa whatsapp", "image_shared"),
        ("walinirekodi nikiwa nimelala wakaweka kwa group", "image_shared"),
        ("konda anasema nisilipe nauli nikikaa naye", "grooming"),
        ("sponsor analipa fees na sasa anataka nimlipe kwa njia nyingine", "grooming"),
        ("tutasamehewa rent kama nitaenda kwake", "grooming"),
        # violence at home
        ("baba akilewa hurusha vitu", "abuse"),
        ("ananichapa kisha anasema niseme nilianguka nikiulizwa", "abuse"),
        ("najifanya nimelala akirudi", "general"),
        # threats, fragments, caregivers
        ("alinitumia picha ya nyumba yetu kutoka nje usiku", "threat"),
        ("anajua bus yangu na saa ngapi natoka", "threat"),
        ("amerudia kile kitu jana", "abuse"),
        ("sijui kama ni kawaida anachonifanyia baba wa kambo", "abuse"),
        ("binti yangu anaficha simu na ana pesa sijui anapata wapi", "grooming"),
        # Gulf, Darija and Tanzanian forms
        ("من ذاك اليوم ما اقدر انام", "general"),
        ("زوج امي يدخل غرفتي اذا امي طلعت الدوام", "abuse"),
        ("لا سكر ابوي يكسر الاغراض ويرميها علينا", "abuse"),
        ("ga3 lbnat kaydiro hadchi gal liya", "grooming"),
        ("ananilipia karo na sasa anataka kitu kwa malipo", "grooming"),
        ("alisema nikimwambia mama familia yangu itateseka", "threat"),
        # fourth pass: the camera when alone, "you don't love me" after a no, nightmares since a night away
        ("عايز يشوفني على الكاميرا وانا لوحدي في الاوضه", "grooming"),
        ("nikikataa anasema hunipendi", "grooming"),
        ("من يوم ما بتنا عند عمي وانا بشوف كوابيس", "general"),
        ("baba akinywa pombe hurusha vyombo", "abuse"),
    ],
)
def test_batch_26_classes(matcher: SafetyMatcher, text: str, kind: str) -> None:
    assert matcher.disclosure_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "ماما بتشتغل بالليل ممرضه",
        "بنام جنب اختي الصغيره عشان بتخاف",
        "اخويا الصغير بيستحمى وماما بتحميه",
        "مقدرتش انام من الحر",
        "بطني بتوجعني من الاكل",
        "جدي بيزورنا كل جمعه",
        "قالي هتندم لو ما جيتش الماتش",
        "حد عارف انهي باص بيروح وسط البلد؟",
        "الدكتور سالني عمري كام",
        "الكوتش عمل لنا اختبار لياقه",
        "صاحبي راهنني على ماتش الاهلي",
        "الموبايل علق تاني حصلت تاني",
        "باب المطبخ ما بيتقفلش",
        "خالي بيدفعلي مصاريف الكورس ربنا يخليه",
        "السواق وصلنا بدري النهارده",
        "بلبس كم طويل عشان البرد",
        "عندنا واجب عن العنف الاسري",
        "ابوي يرمي الكوره معاي",
        "لعبنا اونو لما الكل نام",
        "بنتي بتخبي الموبايل وقت المذاكره",
        "mama anafanya kazi usiku",
        "nalala na dada kitanda kimoja",
        "sikulala jana juu ya homework",
        "tumbo linauma nikikula pilipili",
        "shangazi anakuja kututembelea kesho",
        "nakuona kesho shuleni",
        "beshte alibet Chelsea itashinda",
        "imetokea tena simu imehang",
        "mlango wa jikoni haufungi",
        "mjomba analipa fees yangu",
        "konda amenirudishia change",
        "navaa mikono mirefu juu ya baridi",
        "tuna homework kuhusu ukatili nyumbani",
        "baba anarusha mpira kila jioni",
        "daktari aliniuliza miaka yangu",
        "tulicheza trust game kwa scouts",
        "tuhamie whatsapp group imejaa",
        "alisema nitajuta kama sitaangalia movie hiyo",
        "mwanangu huficha simu wakati wa kusoma",
        "niko na siri kuhusu birthday ya mama",
        "ماما بتسالني انتي فين ومع مين لما اتأخر",
        "mama ananiuliza uko wapi na nani nikichelewa",
        "عارف انا بركب الباص الساعه سبعه",
        "anajua saa ngapi bus ya shule hufika?",
        "ميسي رجع عملها تاني",
        "راهنت صاحبتي على الماتش وكسبت الرهان",
        "baba ameelewa somo la hesabu",
        "ابن عمي بيحدفلي الكوره",
        "mwalimu akija naogopa mtihani",
        "حلمت بكابوس عن الامتحان",
        "mama ananunua nguo mpya kila mwezi",
        "اختي قالتلي قولي وقعت عشان ماما ما تزعل",
        "ما بيوقف ضحك لما بقلو لا على النكته",
    ],
)
def test_batch_26_near_misses(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None


def test_a_hand_in_bed_is_not_a_plain_touch(matcher: SafetyMatcher) -> None:
    # plain_touch (a hand on a shoulder) does not hold once someone sleeps in the child's bed
    assert matcher.disclosure_kind("mjomba hulala nami na huweka mkono wake juu yangu") == "abuse"
    assert matcher.disclosure_kind("mjomba aliweka mkono wake juu ya bega langu kunionyesha") is None


def test_egyptian_will_post_it_is_not_the_news(matcher: SafetyMatcher) -> None:
    # هينشره is ه + نشره ("he will post it"), not نشره ("a news bulletin"): the news doubt must not hold
    assert "NEWS" not in matcher.concepts("معاه الفيديو وهينشره")
    assert matcher.disclosure_kind("معاه فيديو ليا وعايز فيديو تاني ولا هينشره") == "sextortion"
