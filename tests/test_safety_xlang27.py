"""Concepts declared by one batch for four languages, now with words in the other four (branch xlang27): batch 25
(match26a) gave its concepts words in Arabic, Indonesian, Swahili and Romanian only, batch 25 (match26b) in English,
French, Spanish and Portuguese only, so a rule learnt from Spanish sentences could not fire in Arabic. Each sentence
below is written for these tests (not taken from the evaluation sets) in a language that had no words for the
concept before, and asserts the kind its rule gives; the near-misses are the everyday uses of the same words."""

from __future__ import annotations

import pytest
import yaml

from bot.services.safety import SafetyMatcher
from bot.settings import PROJECT_ROOT

LANGS = ("en", "fr", "es", "pt", "ar", "id", "sw", "ro")
# The concepts of batch 25 (match26a, match26b) and a few older ones that had words in some languages only, all filled
# by this branch. (Concepts declared later by other batches are theirs to fill; a few are one language's own on
# purpose: EMPHATIC, FUTURE, PHOTO_TAKING, THANKS, PURPOSE_NOT, INSTRUMENT, TOUCH_ME_AMBIG.)
FILLED = (
    "LEAK_AMBIG", "GROOMED", "ABUSE", "SCARED_OTHER", "FOLLOW_ONLINE", "KILLED_ME", "MARRIED_OFF", "SOLD",
    "PEEPING", "WINDOW", "PROMISE_JOB", "ABROAD", "RUN_AWAY", "MISSING", "MODEL", "WAGES", "NOT_MY_BODY",
    "ENTERS_ON", "CLOSE_TO_ME", "PHYSIQUE", "EVERYTHING", "OTHER_GUY", "SCOLD", "CHORE", "TAKES_PHOTOS",
    "PROMISE_CAREER", "PROMISED", "HOUSING", "RAN_OFF", "NO_BACKOUT", "BE_HIS_GIRL", "JAIL", "LET_HIM",
    "NICE_TO_HIM", "SUMMONS", "PASS_IF", "TOO_CLOSE", "MASSAGE", "GOES_TOO_FAR", "PIN_DOWN", "CANT_BREATHE",
    "DRUNK", "COULDNT_WALK", "THROUGH_WINDOW", "WATCHES", "SAME_MAN", "EVERYWHERE", "KEEP_SENDING", "OUTING",
    "ON_CALL_ACT", "SHOWED_BODY", "CATFISH", "POSE", "FOREIGN_PAYERS", "STAY_NIGHT", "ADULT_ABSENT",
    "FEEL_DIRTY", "MY_FAULT", "TREMBLE", "CHANGING", "MONEY_TO_ME", "HAND_ON",
)


def test_the_filled_concepts_have_words_in_every_language() -> None:
    safety = PROJECT_ROOT / "content" / "help" / "safety"
    declared = yaml.safe_load((safety / "rules.yaml").read_text(encoding="utf-8"))["concepts"]
    assert set(FILLED) <= set(declared)
    missing = []
    for lang in LANGS:
        have = yaml.safe_load((safety / f"{lang}.yaml").read_text(encoding="utf-8")).get("concepts") or {}
        missing += [f"{lang}:{c}" for c in FILLED if not have.get(c)]
    assert missing == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # held down until the child cannot breathe (PIN_DOWN, CANT_BREATHE)
        ("جوز امي بيثبتني على السرير لحد ما مش قادره اتنفس", "abuse"),
        ("pacar mama suka nindih aku sampe ga bisa napas", "abuse"),
        ("mpenzi wa mama ananilalia usiku mpaka siwezi kupumua", "abuse"),
        ("iubitul mamei ma tintuieste pe pat pana nu mai pot respira", "abuse"),
        # a massage that goes too far (MASSAGE, GOES_TOO_FAR)
        ("الكوتش بيعملي مساج بعد التمرين وبيزودها", "abuse"),
        ("pelatih suka mijitin aku abis latihan dan udah kelewatan", "abuse"),
        ("kocha ananikanda baada ya mazoezi na anavuka mipaka", "abuse"),
        ("antrenorul imi face masaj dupa antrenament si merge prea departe", "abuse"),
        # called alone to an office at night (SUMMONS)
        ("المدرس بيندهلي في اوضته بالليل", "abuse"),
        ("pak guru suka manggil aku ke ruangannya malem malem", "abuse"),
        ("mwalimu ananiita ofisini kwake usiku", "abuse"),
        ("pedagogul ma cheama in biroul lui noaptea", "abuse"),
        # marks in exchange for coming alone (PASS_IF)
        ("مستر الرياضيات قالي لو عايزه انجح لازم اجي مكتبه لوحدي", "grooming"),
        ("dosen bilang kalo mau lulus aku harus dateng ke rumahnya sendirian", "grooming"),
        ("mwalimu alisema nikitaka kupita nije kwake peke yangu", "grooming"),
        ("profesorul zice ca daca vreau sa trec trebuie sa vin singura la el acasa", "grooming"),
        # a fake profile, then money (CATFISH)
        ("البنت اللي بكلمها طلع راجل وعايز فلوس", "sextortion"),
        ("cewe yg chat sama aku ternyata om om dan sekarang minta duit", "sextortion"),
        ("msichana niliyekuwa nachat naye kumbe ni mzee na sasa anataka pesa", "sextortion"),
        ("fata cu care vorbeam era de fapt un barbat si acum vrea bani", "sextortion"),
        # outing the writer as the threat (OUTING), unless the writer keeps sending (KEEP_SENDING)
        ("قالت هتقول لاهلي اني مثليه لو ما دفعتش", "sextortion"),
        ("dia bilang bakal kasih tau semua orang kalo aku gay kalo aku ga bayar", "sextortion"),
        ("anasema atawaambia wote kwamba mimi ni gay nisipomlipa", "sextortion"),
        ("zice ca spune la toata lumea ca sunt gay daca nu ii dau bani", "sextortion"),
        ("قال هيقول لاهلي لو بطلت ابعتله صور", "sextortion"),
        ("katanya bakal bilang ke ortu kalo aku berenti kirim foto", "sextortion"),
        ("anasema atawaambia wazazi wangu nikiacha kumtumia picha", "sextortion"),
        ("zice ca le spune alor mei daca nu ii mai trimit poze", "sextortion"),
        # what the writer did on a call, told unless another (ON_CALL_ACT)
        ("هيقول لاهلي على اللي عملته في الكول لو معملتش واحد تاني", "sextortion"),
        ("atawaambia wote nilichofanya kwa video call nisipofanya nyingine", "sextortion"),
        ("zice ca pune pe net ce am facut pe apel daca nu mai fac unul", "sextortion"),
        # men who pay for calls with children undressed (FOREIGN_PAYERS)
        ("خالتي بتقول نكسب فلوس من مكالمات فيديو مع اجانب بيدفعوا بس نقلع هدومنا", "abuse"),
        ("tante bilang kita bisa dapet duit vc sama bule yg bayar tapi harus buka baju", "abuse"),
        ("shangazi anasema tupate pesa kwa video call na wazungu wanaolipa lakini tuvue nguo", "abuse"),
        ("matusa zice ca facem bani pe video cu straini care platesc dar trebuie sa ne dezbracam", "abuse"),
        # paid for, then asked to stay the night (STAY_NIGHT)
        ("واحد كبير بيشحنلي رصيد ودلوقتي عايزني ابات عنده", "grooming"),
        ("om om yg suka isiin pulsa sekarang ngajak nginep di rumahnya", "grooming"),
        ("jamaa mzee ananitumia airtime na sasa anataka nilale kwake", "grooming"),
        ("un nene imi pune credit si acum vrea sa dorm la el", "grooming"),
        # a hand on the leg (HAND_ON)
        ("السواق اللي بيوصلني دايما بيحط ايده على رجلي", "abuse"),
        ("supir antar jemput suka naro tangannya di pahaku", "abuse"),
        ("dereva anayenipeleka shule huweka mkono wake kwa paja langu", "abuse"),
        ("soferul care ma duce acasa isi tine mana pe coapsa mea", "abuse"),
        # the same man again and again (SAME_MAN), filmed through the window (THROUGH_WINDOW)
        ("بشوف نفس الراجل كل يوم قدام المدرسه", "threat"),
        ("aku liat om yg sama tiap hari di depan sekolah", "threat"),
        ("namuona mzee yule yule kila siku nje ya shule", "threat"),
        ("vad acelasi barbat in fiecare zi in fata scolii", "threat"),
        ("الجار بيصورني من الشباك بالليل", "threat"),
        ("tetangga ngerekam aku dari jendela malem malem", "threat"),
        ("jirani ananirekodi kupitia dirisha usiku", "threat"),
        ("vecinul ma filmeaza pe geam noaptea", "threat"),
        # Darija and Arabizi forms of the same concepts
        ("wa7ed sift liya flous w daba bgha tsawer dyali", "grooming"),
        ("tla3 rajel w daba bgha flous", "sextortion"),
        ("rajel kbir kay3tini flous w bgha nbat 3ndo", "grooming"),
        ("l2ostad 9al li bach nnje7 khassni nji l dar dyalo bo7di", "grooming"),
        ("مرات ابويا جوزها كيحط يدو على رجلي", "abuse"),
        # and the other way round: batch 25 (match26a)'s concepts in English, French, Spanish, Portuguese
        ("my parents want to marry me off to a man of 40", "abuse"),
        ("mes parents veulent me marier de force avec un vieux", "abuse"),
        ("mis papas me quieren casar con un señor de 40", "abuse"),
        ("meus pais querem me casar com um homem de 40 anos", "abuse"),
        ("my uncle sold me to his friend for money", "abuse"),
        ("mi papa me vendio a un señor por dinero", "abuse"),
        ("meu padrasto me vendeu pra um homem por dinheiro", "abuse"),
        ("el vecino me espia por la ventana cuando me cambio", "abuse"),
        ("o vizinho fica me espiando pela janela quando eu to no banho", "abuse"),
        ("a lady on facebook will get me a job in dubai but i must run away from home", "grooming"),
        ("une dame veut me trouver du travail a dubai mais je dois fuguer", "grooming"),
        ("un señor quiere conseguirme trabajo en españa pero me tengo que escapar de mi casa", "grooming"),
        ("theres a pic of me going round but thats not my body its just my face", "ai_image"),
        ("hay una foto mia en el grupo pero no es mi cuerpo", "ai_image"),
        ("tem uma foto minha no grupo mas nao e meu corpo", "ai_image"),
        ("dice que si hablo con otro chavo va a publicar todas mis fotos", "sextortion"),
        ("ele disse que se eu ficar com outro cara vai postar todas as minhas fotos", "sextortion"),
    ],
)
def test_concept_now_in_this_language(matcher: SafetyMatcher, text: str, kind: str) -> None:
    assert matcher.disclosure_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "مت من الضحك على الفيديو ده",
        "video kucing itu bikin mati ketawa",
        "اخويا كان خايف اكتر مني في فيلم الرعب",
        "adikku lebih takut dari aku pas nonton film horor",
        "kaka yangu aliogopa kuliko mimi kwenye filamu ya kutisha",
        "fratele meu era mai speriat decat mine la filmul de groaza",
        "واحد من الفصل عملي فولو على انستا",
        "im scared mum will yell at me because i came home late",
        "me da miedo llegar tarde porque mi mama me va a regañar",
        "to com medo de chegar tarde minha mae vai brigar comigo",
        "my uncle gave me 10 dollars for washing his car",
        "mi tio me dio dinero por lavarle el carro",
        "mama mi a facut masaj la picioare cand ma dureau",
        "mama suka mijitin kaki aku kalo pegel",
        "mwalimu aliniita ofisini kunipa cheti",
        "kalo mau lulus harus rajin belajar",
        "my dad will take me abroad on holiday",
        "bapak pulang mabok semalem dari nikahan temennya",
        "nu pot respira de la alergie",
        "nimeshindwa kupumua baada ya kukimbia",
        "بابا وعدني بموبايل لو نجحت",
        "aku nginep di rumah nenek minggu ini",
        "mama aliniahidi simu nikipita mtihani",
        "mama mi a promis un telefon daca iau note bune",
        "tata vine beat de la nunta lol",
        "kakek dipijit sama tukang pijat",
        "my dad is taking us abroad to dubai for the holidays",
        "my brother sold my old bike to a guy for money",
        "quiero ser modelo de grande",
        "ma mere va me crier dessus si je rentre tard",
    ],
)
def test_everyday_near_miss(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None
