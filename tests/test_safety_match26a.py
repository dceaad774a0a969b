"""The classes worked on for batch 25 (branch match26a): situations described without a keyword, in Arabic (Egyptian,
Levantine, Gulf, Darija, Arabizi), Indonesian (informal, alay), Swahili (with Sheng) and Romanian (no diacritics): a
child married off or sold; peeping and photos of one's window; paid live shows and a live held over the writer; a job
or travel abroad promised, and a child gone with such a man; modelling for pictures without clothes; wages held back
for being alone with the boss; a parent's boss's compliments; "the body isn't mine" (a face on someone else's body);
walking in on a child in the shower; an adult too close behind a closed door; kept alone after the others leave; a
coach photographing undressed children; presents for pictures in the bathroom; chats sent if blocked; a jealous
partner posting everything. And their everyday near-misses: a scolding for coming home late, pocket money for a
chore, a sister's wedding, an aunt who models, a stream of a game. The sentences are written for these tests, not
taken from the evaluation sets."""

from __future__ import annotations

import pytest

from bot.services.safety import SafetyMatcher
from bot.services.safety.normalize import fold


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # married off or sold
        ("امي وابوي بدهم يزوجوني لواحد كبير وانا ما بدي", "abuse"),
        ("ahli bghaw yjawjoni w ana 3andi 15 3am", "abuse"),
        ("ayah mau dijodohin aku sama om om temennya", "abuse"),
        ("wazazi wangu wanataka kuniozesha kwa mzee", "abuse"),
        ("parintii mei vor sa ma marite cu un barbat de 35", "abuse"),
        ("عمي باعني لواحد بفلوس", "abuse"),
        # peeping, one's window photographed
        ("في حد بيتلصص عليا من الشباك وانا بغير هدومي", "threat"),
        ("tetangga suka ngintip pas aku ganti baju", "abuse"),
        ("mtu ananichungulia nikioga", "threat"),
        ("cineva imi trimite poze cu geamul meu in fiecare seara", "threat"),
        # paid live shows, a live held over the writer
        ("jamaa ananilipa nifanye live peke yake naye", "grooming"),
        ("ada om transfer duit biar aku live sambil ngelakuin apa yg dia minta", "grooming"),
        ("un nene ma plateste sa fac live doar pentru el", "grooming"),
        ("قالي لو قفلت اللايف هيبعت التسجيل لماما", "sextortion"),
        # a job or travel abroad promised, a child gone with such a man
        ("واحد وعدني بشغل في الخليج بس لازم اهرب من البيت", "grooming"),
        ("ada orang di fb janjiin kerjaan di luar negeri asal aku kabur dari rumah", "grooming"),
        ("binamu yangu alitoweka na mtu aliyemwahidi kazi uarabuni", "general"),
        ("verisoara mea a disparut cu unu care i a promis munca in strainatate", "general"),
        # modelling for pictures without clothes
        ("wanasema watanifanya model lakini nitume picha bila nguo kwanza", "grooming"),
        ("o agentie zice ca ma face model daca trimit poze fara haine", "grooming"),
        # wages held back, a boss's compliments
        ("majikan gk mau bayar gajiku kalo aku gk mau berdua sama dia", "abuse"),
        ("patronul nu ma plateste daca nu raman singura cu el", "abuse"),
        ("seful mamei imi zice ca sunt frumoasa pentru varsta mea si sa nu spun", "grooming"),
        # the body isn't mine
        ("kuna picha yangu uchi kwa group lakini si mwili wangu", "ai_image"),
        ("ada foto aku di grup tapi bukan badanku cuma mukaku", "ai_image"),
        ("صورتي في الجروب بس ده مش جسمي", "ai_image"),
        # walking in on a child in the shower, an adult too close
        ("mjomba humwingilia mwanangu akiwa bafuni", "abuse"),
        ("tatal vitreg intra peste mine la dus", "abuse"),
        ("المحفظ يقفل الباب وبيقرب مني", "abuse"),
        ("preotul ma tine singura si se apropie prea mult de mine", "abuse"),
        # kept alone after the others leave
        ("الاستاذ دايما يخليني بعد ما الكل يمشي ومبقتش عايزه اروح", "grooming"),
        ("guru les nyuruh aku tinggal abis semua pulang", "grooming"),
        ("mwalimu huniambia nibaki wengine wakiondoka", "grooming"),
        ("meditatorul vrea sa raman dupa ce pleaca ceilalti", "grooming"),
        # a coach photographing undressed children, presents for pictures in the bathroom
        ("the coach made us undress and takes pictures, kocha huwavua nguo na kuwapiga picha", "abuse"),
        ("antrenorul ne pune sa ne dezbracam si ne fotografiaza", "abuse"),
        ("om om kasih diamond asal adekku kirim foto pas di kamar mandi", "grooming"),
        # the body to be seen, credit for pictures, chats if blocked, a jealous partner
        ("pelatih minta foto badanku buat liat otot", "grooming"),
        ("واحد بيشحنلي رصيد وعايز صور", "grooming"),
        ("amesema atatuma chat zote kwa mwalimu nikimblock", "threat"),
        ("zice ca daca ma vede cu altcineva pune tot pe net", "sextortion"),
        # a second pass: other words for the same situations
        ("ortu gw mau nikahin gw sama juragan tanah padahal gw baru 14", "abuse"),
        ("baba amenichumbia mzee na nina miaka 13", "abuse"),
        ("ai mei m au logodit cu un tip de 25 de ani si eu am 15", "abuse"),
        ("بابا كتب كتابي على واحد عنده ٣٥ سنه", "abuse"),
        ("kuna mtu ananitumia picha za nyumba yetu kila usiku", "threat"),
        ("ada yg ngirim foto rumahku dari depan tiap malem", "threat"),
        ("واحد بيبعتلي هدايا في اللايف عشان ارقص زي ما هو عايز", "grooming"),
        ("ada agensi nawarin kerja jadi pelayan di luar negeri tapi ortu gak boleh tau", "grooming"),
        ("o doamna mi a promis ca ma duce la munca in anglia fara sa stie ai mei", "grooming"),
        ("حطوا وشي على جسم واحده تانيه", "ai_image"),
        ("au pus fata mea pe corpul altcuiva si circula pe grup", "ai_image"),
        ("pakde suka ngintip aku mandi", "threat"),
        ("جوز امي بيبص عليا وانا في الحمام", "abuse"),
    ],
)
def test_batch_25_classes(matcher: SafetyMatcher, text: str, kind: str) -> None:
    assert matcher.disclosure_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "خايفه ارجع البيت متأخر ماما هتزعقلي",
        "takut pulang telat nanti diomelin papa",
        "naogopa kufika nyumbani nimechelewa baba atanifokea",
        "mi e frica sa ajung tarziu acasa tata o sa ma certe",
        "om ngasih duit soalnya aku cuci mobil dia",
        "mjomba alinipa pesa kwa kuosha gari lake jana",
        "اختي اتجوزت امبارح والفرح كان حلو",
        "dada yangu ameolewa jana",
        "sora mea s a maritat sambata",
        "tanteku model iklan sabun",
        "shangazi ni model wa matangazo",
        "am facut live la fortnite si am luat 50 de urmaritori",
        "aku live minecraft semalem seru",
        "ustadz bilang yg hafal juz amma dapet hadiah",
        "ustadh alitupa zawadi baada ya darasa",
        "vecinul din bloc mi a trimis mesaj ca e apa oprita",
        "ayah dapet kerja di luar negeri tahun depan",
        "baba amepata kazi ulaya tutahama",
        "بابا هيسفرني دبي في الاجازه",
        "bos terakhir di game susah banget",
        "mama a trimis poze cu casa noastra noua la bunica",
        "shangazi alituma picha za nyumba yetu mpya",
        "sora mea s a logodit si ai mei sunt fericiti",
        "اختي اتكتب كتابها امبارح",
        "ayah janji bawa aku ke luar negeri liburan tapi rahasia buat mama",
        "ماما بتبص عليا وانا بذاكر",
        "fratele meu a facut live si a primit donatii de 10 lei",
    ],
)
def test_batch_25_near_misses(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None


def test_indonesian_two_letter_word_repeated_with_a_2_is_the_word() -> None:
    assert fold("om2 di gym").tokens == ("om", "di", "gym")
    assert fold("temen2").tokens == ("temen",)


def test_romanian_block_of_flats_is_not_blocking(matcher: SafetyMatcher) -> None:
    assert "BLOCK" not in matcher.concepts("locuiesc in blocul de langa scoala")
    assert "BLOCK" in matcher.concepts("daca il blochez pune pozele pe net")


@pytest.mark.parametrize(
    "text", ["ماما بتزعل مني", "تيتا بتزورنا كل جمعه", "ماما بتزهق مني", "بتزعقلي ليه", "الاسعار بتزيد"]
)
def test_egyptian_present_tense_of_a_verb_in_z_is_not_blackmail(matcher: SafetyMatcher, text: str) -> None:
    assert "BLACKMAIL" not in matcher.concepts(text)
    assert matcher.disclosure_kind(text) is None


@pytest.mark.parametrize("text", ["بيبتزني بصوري", "واحد كيبتزني", "تبتزني", "في واحد مبتز على الانستا", "عم يبتزوني",
                                  "اتعرضت لابتزاز"])
def test_every_form_of_the_blackmail_root_is_still_blackmail(matcher: SafetyMatcher, text: str) -> None:
    assert "BLACKMAIL" in matcher.concepts(text)


@pytest.mark.parametrize("text", ["ضربتني الشمس في الرحله", "ضربني البرد امبارح", "ضربني الجوع"])
def test_arabic_idioms_of_hit_are_not_abuse(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None


def test_a_father_who_hits_is_still_abuse_beside_the_word_for_cold(matcher: SafetyMatcher) -> None:
    assert matcher.disclosure_kind("ابويا ضربني وانا تعبانه من البرد") == "abuse"


@pytest.mark.parametrize(
    "text",
    [
        "baba alinishika mkono tukivuka barabara",
        "kocha alinishika bega kunielekeza",
        "kocha aliweka mkono begani kunielekeza",
        "papa megang tangan aku pas nyebrang jalan",
    ],
)
def test_a_hand_held_crossing_the_road_is_not_abuse(matcher: SafetyMatcher, text: str) -> None:
    # Swahili puts "me" in the verb (alinishika mkono): the hand needs no possessive to be a plain part of the body
    assert matcher.disclosure_kind(text) is None


@pytest.mark.parametrize(
    "text",
    ["mjomba huweka mkono kwa paja langu", "jirani aliniwekea mkono kifuani", "mjomba alinishika mkono usiku chumbani"],
)
def test_a_hand_on_the_thigh_or_at_night_is_abuse(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) == "abuse"
