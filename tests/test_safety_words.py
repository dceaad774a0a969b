"""Help, stop and disclosure words (content/help/safety/), the matcher that reads them, and typed country names."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.content.base import ContentError
from bot.content.catalog import load_catalog
from bot.content.help import SafetyContent
from bot.services.countries import country_index, country_name
from bot.services.safety import SafetyMatcher, Signal
from bot.services.safety.normalize import fold
from bot.services.text_match import normalize
from bot.settings import PROJECT_ROOT
from tests.auxil.languages import LANGUAGES as LOCALES

CONTENT = PROJECT_ROOT / "content"


@pytest.fixture(scope="module")
def content() -> SafetyContent:
    return load_catalog(CONTENT).safety


@pytest.fixture(scope="module")
def matcher(content: SafetyContent) -> SafetyMatcher:
    return SafetyMatcher.from_content(content)


def signal(matcher: SafetyMatcher, text: str) -> Signal | None:
    reading = matcher.classify(text)
    return reading.signal if reading else None


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


# --- help -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["HELP", "help", "Aide", "ayuda!", "ajuda", "مساعدة", "  Help!!  ", "SOS"])
def test_help_words(matcher: SafetyMatcher, text: str) -> None:
    assert signal(matcher, text) is Signal.HELP


@pytest.mark.parametrize(
    "text", ["please help me", "help me please", "i need help", "Au secours !", "necesito ayuda", "ساعدني من فضلك"]
)
def test_short_message_with_a_help_word(matcher: SafetyMatcher, text: str) -> None:
    assert signal(matcher, text) is Signal.HELP


@pytest.mark.parametrize(
    "text",
    [
        "can you help me understand how two step verification works",
        "does this lesson help with choosing a strong password",
        "est-ce que cette leçon peut aider ma fille, je cherche de l'aide pour elle",
    ],
)
def test_long_question_mentioning_help_is_not_a_call_for_help(matcher: SafetyMatcher, text: str) -> None:
    assert len(text.split()) > 4
    assert matcher.classify(text) is None


def test_every_help_word_alone_is_help(content: SafetyContent, matcher: SafetyMatcher) -> None:
    for code, language in content.languages.items():
        for word in (w for family in language.help for w in family.words):
            assert signal(matcher, word) is Signal.HELP, (code, word)
            assert signal(matcher, word.upper() + "!") is Signal.HELP, (code, word)


# --- stop -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["stop", "STOP", "Stop.", "arrête", "parar", "توقف"])
def test_stop_words(matcher: SafetyMatcher, text: str) -> None:
    assert signal(matcher, text) is Signal.STOP


@pytest.mark.parametrize(
    "text", ["how do I stop someone messaging me", "stop it", "please stop", "comment arrêter les notifications"]
)
def test_stop_inside_a_sentence_is_not_stop(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.classify(text) is None


def test_every_stop_word_alone_is_stop(content: SafetyContent, matcher: SafetyMatcher) -> None:
    for code, language in content.languages.items():
        for word in (w for family in language.stop for w in family.words):
            assert signal(matcher, word) is Signal.STOP, (code, word)


# --- disclosure -----------------------------------------------------------------------------------------
# Sentences written for these tests (the evaluation set in tests/data/disclosures/ is measured apart, in
# tests/test_disclosure_eval.py and bench/disclosure.py).


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("a man I met online is THREATENING ME and says he will send my pics to my school", "sextortion"),
        ("He touched me and I don't know who to tell", "abuse"),
        ("un garçon sur insta me menace de publier mes photos", "sextortion"),
        ("Il m’a touchée", "abuse"),  # accent and typographic apostrophe
        ("Un hombre me hizo daño", "general"),
        ("ME AMENAZA con publicar mis fotos", "sextortion"),
        ("Ele me ameaçou ontem", "threat"),
        ("TENHO MEDO DELE", "general"),
        ("شخص يهددني على تيليجرام", "threat"),
        ("هو يُهَدِّدُنِي", "threat"),  # with harakat
        ("someone made a fake nude of my sister with an app", "ai_image"),
        ("my stepdad comes in my room at night and does things", "abuse"),
        ("a grown man keeps giving me vbucks and wants a pic", "grooming"),
        ("they leaked my nudes in the class group chat", "image_shared"),
        ("ابنتي تتعرض للابتزاز", "sextortion"),  # a caregiver, MSA
        ("he said if i dont send more he will show everyone", "sextortion"),
        ("a guy i met on roblox wants me to send pics and said dont tell my mom", "grooming"),
        # threats and violence from someone at home or in authority are abuse, not a threat from outside
        ("my dad said he will hurt me if I tell anyone", "abuse"),
        ("my uncle threatens me", "abuse"),
        ("my stepdad threatened me and took my phone so i cant call anyone", "abuse"),
        ("mi padrastro me amenaza con pegarme", "abuse"),
        ("le copain de ma mère menace de me frapper", "abuse"),
        ("o namorado da minha mãe disse que vai me machucar se eu contar", "abuse"),
        ("ابي يهددني", "abuse"),
        ("ayah ngancam bakal mukul aku kalo aku cerita", "abuse"),
        ("mjomba wangu ananitishia", "abuse"),
        ("tatăl meu vitreg mă amenință că mă bate", "abuse"),
        ("my coach said he would hurt me if i told anyone", "abuse"),
        # ... but pictures held over the child are still sextortion, whoever holds them
        ("my stepdad threatens to post my pics if i tell", "sextortion"),
        ("il me demande des photos en pyjama tous les soirs", "grooming"),  # pictures asked for night after night
        ("unos chavos me siguen hasta mi casa", "threat"),  # followed, in the plural
        ("cowok sekelas ngebugilin fotoku pake aplikasi", "ai_image"),
        ("rafiki yangu alilazimishwa kufanya mambo na mzee", "abuse"),
        # a threat to kill the writer (KILL_ME) from someone at home or in authority is abuse too ...
        ("my stepfather said he'd kill me if i told anyone", "abuse"),
        ("my stepmom says she'll kill me if i tell my dad", "abuse"),  # a step-parent, the father the one to tell
        ("mon beau-père dit qu'il va me tuer si je le dis à quelqu'un", "abuse"),
        ("mi tío me dijo que me mata si digo algo", "abuse"),
        ("meu pai disse que me mata se eu contar", "abuse"),
        ("زوج امي قال هيقتلني لو قلت لحد", "abuse"),
        ("pamanku bilang mau bunuh aku kalo aku cerita", "abuse"),
        ("mjomba alisema ataniua nikisema", "abuse"),
        ("unchiul a zis ca ma omoara daca spun cuiva", "abuse"),
        # ... but not when the parent or teacher named is the one to tell, or someone else is to be killed
        ("he said he will kill me if i tell my mum", "threat"),
        ("my uncle will kill me if i tell my teacher", "abuse"),
        ("he said he will kill my mum if i talk", "threat"),
        # a named adult's touch during a lesson: the lesson is when it happened, not a subject
        ("the swimming coach touched me in class yesterday", "abuse"),
        ("المدرس بيلمسني في الدرس", "abuse"),
        ("mon prof me touche pendant le cours", "abuse"),
    ],
)
def test_disclosures_and_their_kind(matcher: SafetyMatcher, text: str, kind: str) -> None:
    reading = matcher.classify(text)
    assert reading is not None and reading.signal is Signal.DISCLOSURE, text
    assert reading.kind == kind, text


def test_disclosure_wins_over_help(matcher: SafetyMatcher) -> None:
    reading = matcher.classify("help he is blackmailing me")
    assert reading is not None and reading.signal is Signal.DISCLOSURE and reading.kind == "sextortion"


def test_words_match_whole_words_only(matcher: SafetyMatcher) -> None:
    assert matcher.classify("the grapes were great") is None
    assert matcher.classify("helpful") is None
    assert matcher.classify("stopwatch") is None


@pytest.mark.parametrize(
    "text",
    ["what is a strong password", "c'est quoi un bon mot de passe", "¿qué es una contraseña segura?", "", "   ", "👍",
     "what is sextortion", "i posted a photo of my dog", "this quiz is killing me lol", "he touched the ball",
     "me toca lavar los platos", "essa música me tocou", "كلامك لمس قلبي", "my mum threatened to take my phone lol",
     "how do I post a photo on insta", "my sister posted our family photo on facebook", "mi hermano me pegó jugando",
     # a parent's (or anyone's) everyday threat of taking the phone or the console over a chore
     "me amenazó con quitarme el cel si no limpio mi cuarto", "my mum threatened to take my xbox if i dont do homework",
     "mi mamá me amenazó con quitarme el celular si no hago la tarea", "my teacher threatened me with detention",
     "ma mère menace de me confisquer mon portable si je range pas ma chambre",
     "obrigada! te mando as fotos amanha", "j'ai poste une photo de moi sous le soleil", "el vrea sa ma faca sa rad",
     "meu irmao me pediu dinheiro mas eu nao tenho mais", "kaka mkubwa wa rafiki yangu alitupeleka nyumbani"],
)
def test_ordinary_text(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.classify(text) is None


# --- how words are found ----------------------------------------------------------------------------------


def test_fold_reads_text_the_way_it_is_typed() -> None:
    assert fold("  J’ai été VIOLÉE!! ").tokens == ("jai", "ete", "violee")  # j'ai as it is mostly typed, jai
    assert fold("يُهَدِّدُنِي").tokens == ("يهددني",)  # harakat
    assert fold("يبتـــزني").tokens == ("يبتزني",) and fold("يبتـــزني").emphatic  # tatweel
    assert fold("أخاف إنه آسف").tokens == ("اخاف", "انه", "اسف")  # hamza seats
    assert fold("صورى الخاصة").tokens == ("صوري", "الخاصه")  # ى/ي and ة/ه
    assert fold("wa7ed 5ayfa 3ayez").tokens == ("wahed", "khayfa", "aayez")  # Arabizi digits in words only
    assert fold("4ku d1anc4m m4nt4n s3x").tokens == ("aku", "diancam", "mantan", "sex")  # leet and alay: 0 1 4 inside
    assert fold("wa7ed 3la insta D17 ps4").tokens[:3] == ("wahed", "ala", "insta")  # a code ending in digits: not leet
    assert fold("cowok2 dimana2").tokens == ("cowok", "dimana")  # Indonesian reduplication
    assert fold("he wants 500rb or 10k 4k").tokens == ("he", "wants", "500rb", "or", "10k", "4k")  # amounts stay
    assert fold("٣٠ سنة 200").tokens == ("30", "سنه", "200")  # Arabic-Indic digits; numbers stay numbers
    assert fold("a 25yr old, my 14yrs").tokens == ("a", "25yr", "old", "my", "14yrs")  # ages are not Arabizi or leet
    plea = fold("pleaseeee helpppp")
    assert plea.tokens == ("please", "help") and plea.emphatic
    assert not fold("see you soon").emphatic  # two of a letter is spelling, not emphasis
    assert fold("ill end him😂💀").tokens == ("ill", "end", "him", "lol", "lol")  # laughing emoji are a laugh
    assert fold("he sent me a pic 😅😭").tokens == ("he", "sent", "me", "a", "pic")  # awkward or crying: not a laugh


@pytest.mark.parametrize("text", [
    "my sister said she'll kill me if i tell mum who she fancies 😂",
    "mi hermano dice que me mata si le cuento a mi mama lo del jarron 🤣",
    "خالتي بوستني بوسة خنقتني 😂",
])
def test_a_threat_or_a_blow_with_a_laughing_emoji_is_a_joke_for_the_rules(matcher: SafetyMatcher, text: str) -> None:
    # Each one without its emoji is a disclosure for the rules (bench/README.md, "Batch 55").
    assert matcher.disclosure_kind(text.rsplit(" ", 1)[0]) is not None
    assert matcher.disclosure_kind(text) is None


@pytest.mark.parametrize(("text", "concept"), [
    ("a 25 year old messages me", "ADULT"), ("he is 19 yrs old", "ADULT"), ("un mec de 30 ans", "ADULT"),
    ("are 30 de ani", "ADULT"), ("mzee wa miaka 40", "ADULT"), ("عنده ٣٠ سنة", "ADULT"),
    ("my 15 year old", "CHILD_AGE"), ("ma fille de 13 ans", "CHILD_AGE"), ("mi hija de 14 años", "CHILD_AGE"),
    ("sora mea de 14 ani", "CHILD_AGE"), ("binti yangu wa miaka 13", "CHILD_AGE"), ("anak saya 13 tahun", "CHILD_AGE"),
    ("بنتي ١٤ سنه", "CHILD_AGE"), ("miaka kumi na tano", "CHILD_AGE"),
])
def test_an_age_is_an_adult_from_18_and_a_child_below(matcher: SafetyMatcher, text: str, concept: str) -> None:
    other = {"ADULT": "CHILD_AGE", "CHILD_AGE": "ADULT"}[concept]
    found = matcher.concepts(text)
    assert concept in found and other not in found


@pytest.mark.parametrize("text", [
    "Please which apps are safe for a 13 year old to chat with her classmates",
    "baiatul meu are 16 ani si sta noaptea pe jocuri pana la 3, ce pot face",
    "Je, ni vibaya kusoma messages za mtoto wangu wa miaka 16 bila ruhusa yake?",
    "aku ditendang dari grup kelas cuma gara2 ga ikut patungan",
    "they kicked me from the gc for spamming",
    "me sacaron del grupo del salon por mandar stickers",
])
def test_a_childs_age_or_a_kick_from_a_group_is_not_a_disclosure_alone(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None


@pytest.mark.parametrize("text", [
    "My 13 year old has been getting parcels from someone she met on Discord",
    "ma fille de 13 ans parle a un garcon de fortnite qui lui envoie de l'argent",
    "binti yangu wa miaka 13 nimeona msgs kutoka kwa mwanaume anamwita mpenzi na kumuomba picha",
    "mon petit frere de 14 ans se fait faire chanter par une fausse meuf sur insta",
    "they kicked me from the gc and now theyre sharing my nudes",
])
def test_a_childs_age_with_someone_else_still_tells(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is not None


@pytest.mark.parametrize("text", [
    "ada video deepfake presiden pidato pake bahasa mandarin, lucu tp serem",  # a deepfake is a video: not a 2nd term
    "beshte alichukua screenshot ya message yangu yenye typo akaipost kwa group tucheke",  # a screenshot of a message
    "el color nude de la paleta nueva es perfecto para mi piel",  # nude as a colour
    "daah mock ya hesabu imenichapa vibaya 😩",  # i- subject: the exam beat me
    "mon cousin se marie en juillet tt le bled débarque",  # French tt is tout, not Indonesian tt
    "mama dey give me bitter leaf for malaria",  # bitter is not a typo of beater
    "de paște ne strângem toți la bunici, vine și mătușa din Italia",  # strângem: we gather, not strangle
    "É seguro deixar a minha filha de 13 anos usar o TikTok? Tenho receio de estranhos.",  # a caregiver's question
    "Mohon maaf, rapat komite sekolah besok dimulai pukul 08.00. Bapak/Ibu dimohon hadir tepat waktu.",  # the time
    "sumpah deepfake presiden nyanyi dangdut di tiktok lucu bgt",  # a public figure's deepfake
    "minha mae bateu o carro de leve no estacionamento do shopping",  # a car bumped
    "Choir did a solo at church this morning that was so touching I teared up.",  # touching as moving
    "mi hermano bicho me toco la puerta a las 6 am pa q le hiciera el desayuno",  # tocar la puerta: to knock
    "esse sol de recife ta me queimando vivo",  # the sun burns
    "Mamă, care e secretul tău la cozonac? Al meu iese tare ca piatra.",  # a recipe's secret
    "يا شباب اللي ما رسل صورة الهوية للتسجيل يرسلها اليوم قبل الساعة ١٢",  # an ID photo before a deadline
])
def test_word_senses_of_batches_58_to_61_are_not_disclosures(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None


@pytest.mark.parametrize(("text", "kind"), [
    ("mdr jsuis dans la hess le mec a mes photos il veut 200e sinon il envoie a ma daronne et a tt mes contacts 🙃",
     "sextortion"),  # told with a laugh, still sextortion
    ("they made a deepfake video of me and sent it to the class", "ai_image"),
    ("he screenshotted my nudes and sent them to the group chat", "sextortion"),
    ("baba amenichapa jana usiku", "abuse"),  # a- subject: a person beat me
    ("ayah pukul aku pakai sabuk tadi malam", "abuse"),  # pukul without a number is still a blow
    ("antrenorul meu imi cere sa pastrez secrete si ma cheama singura la antrenamente", "grooming"),  # secrete
    ("wa7ed f l7ouma kaylmesni w ana ma bghitch", "abuse"),  # Darija Arabizi
    ("rani f mochkil kbir, sifet tswira l wahed w dork habb drahem", "sextortion"),  # drahem: money in Darija
    ("الاستاذ بيخليني اضل بعد الدوام وبيحط ايدو علي", "abuse"),  # Levantine: puts his hand on me
    ("c pas moi sur la photo mais tout le monde croit que c moi", "ai_image"),
    ("tinggal 20 menit lagi dari batas waktu yg dia kasih, aku ga ada duit, help pls", "sextortion"),
])
def test_the_same_words_still_tell_when_someone_is_in_it(matcher: SafetyMatcher, text: str, kind: str) -> None:
    assert matcher.disclosure_kind(text) == kind


@pytest.mark.parametrize("text", [
    # a grandmother or an aunt slipping pocket money past a parent (the family_treat doubt)
    "my gran slipped me a tenner and said dont tell mum",
    "mamie m'a donne 20 euros en cachette, faut pas le dire a papa",
    "bunica mi-a dat bani si mi-a zis sa nu spun la mama",
    "bibi amenipa elfu mbili akasema nisimwambie mama, siri yetu",
    # fear of storms, insects and small animals
    "في عنكبوت كبير بالغرفه وانا خايفه حدا يجي يقتله",
    "mi-e frica de caini de cand m-a muscat unul",
    "e un paianjen urias in baie si mi-e frica sa intru",
    "kuna buibui mkubwa chumbani kwangu, naogopa kulala",
    # batch 66's word senses
    "I feel like my friends dont really get me",  # to understand, not "ill get you"
    "je m'ennuie de ma gang de Chicoutimi depuis qu'on a demenage a Montreal",  # place names, not typos
    "ma prof de danse m'a touchee avec son discours de fin d'annee",  # moved by a speech
    "bapak bakar ikan di belakang rumah, ko datang sudah",  # grilling fish
    "mama mau nikah lagi, orangnya baik tapi aku masih canggung manggil dia papa",  # canggung: awkward
    "if you tell mum i broke the vase ill kill you",  # a sibling's threat over a mishap
    # batch 67's
    "mon daron m'a confisque mon tel pour une semaine il abuse",  # French slang: he goes too far
    "antrenorul zice ca secretul e sa bei multa apa inainte de meci",  # the secret of success
    "اخوي الصغير دا يبتزني، يگول اذا ما انطيه جكليت يخبر امي",  # a little brother bargaining for chocolate
    # batch 68's idioms
    "se me quemaron los frijoles por estar viendo tiktok",  # burnt cooking
    "le toco la loteria de navidad a la vecina del quinto",  # won the lottery
    "harga cabe sekarang nyekik leher, mama sampai ngeluh di pasar",  # prices that strangle
    "ma bate gandul sa ma tund scurt de tot",  # I am thinking of (the thought beats me)
    "me dio un miedo el temblor de anoche",  # an earthquake
    "shoot me the address and ill uber there",  # send me
    "killo me he quemao en la playa, estoy como una gamba",  # sunburn (batch 69)
    "الشمس حرقتني بالبحر، وجهي صار احمر",  # the sun burnt me
    "la prof d anglais me fait flipper",  # a subject's teacher (batch 70)
    "kan9ra l bac o ana khayf bzf mn lmaths",  # afraid of maths
    "هنعمل سربرايز لبابا في عيد ميلاده، محدش يقوله ده سر",  # a surprise for dad
    "lagi diet tapi mama masak rendang",  # rendang is a dish, not "tendang" (kick) misspelt (batch 71)
    "Anak saya dapat pesan yang meminta klik tautan. Apakah itu aman?",  # tautan (a link), not "takutan" (scared)
    "bah, kau pukul aja paku itu pake palu",  # hit the nail with a hammer
    "chamo ese beat esta burda de arrecho, me tiene pegado todo el dia",  # a music beat
    "شرطي المرور وقفنا لان ابوي نسى الحزام",  # the seatbelt
    "Nataka kununua kisu kipya cha jikoni, hiki changu hakikati kitu",  # a kitchen knife (batch 72)
    "bli Komang ngasih uang buat beli canang, lebihnya buat aku",  # canang (an offering), not "caning"
    "baba ananitishia kunipeleka shule ya bweni kama marks hazitapanda",  # school marks, in Swahili
    "bhai my sister leaked my marks to the whole family group",  # school marks, in English
    "vou apanhar chapa para a Baixa, espera-me no mercado",  # catching a minibus (batch 73)
    "my grandad hit a hole in one at the golf club today",  # golf
    "Bapak mukul bedug pas takbiran, rame banget semalem",  # beating the mosque drum
    "le prof de maths m'a menacé d'appeler mes parents si je rends pas le DM",  # a teacher calling the parents
    "sma3t bli leak sujet ta3 bac? ga3 kdoub",  # a leaked exam paper
    "o colega de banca m-a amenintat ca nu-mi mai da temele daca nu-i dau cartofi prajiti",  # ro "mi mai": not es
    "adek gw lari2 telanjang abis mandi ga mau pake baju",  # a small brother naked after a bath (batch 74)
    "khouya sghir kaybghi yjri 3eryan f dar mn b3d l7mmam 😂",  # the same, in Darija
    "ماما ضربتلي تيليفون تقولي نجي نتعشاو",  # Maghreb: mum phoned me
    "Le zem a brûlé le feu rouge avec moi derrière",  # a red light run
    "نعسان موت، السهر عالامتحانات كتلني",  # Iraqi: the exams wore me out
    "o meu avô bateu o recorde de pesca dele no Douro hoje",  # a record beaten (batch 75)
    "ini mah pembunuhan karakter namanya, gue gak pernah ngomong gitu sumpah",  # character assassination
])
def test_everyday_senses_of_batches_64_to_73_are_not_disclosures(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None


@pytest.mark.parametrize(("text", "kind"), [
    ("my uncle gives me money and says dont tell mum", None),  # an uncle: no family_treat reading
    ("my gran's boyfriend gives me money and asks for pics, says dont tell mum", None),  # another grown-up, pictures
    ("mi tia me da plata y me pide fotos y que no le diga a mi mama", None),  # pictures
    ("oxe painho me deixou toda roxa de novo", None),  # pt: left me purple (bruised)
    ("o mister manda-me mensagens a noite e pede foto", None),  # pt (Portugal): the coach
    ("qalli iza 7kit bi2tlak", None),  # Levantine Arabizi: if you tell, I'll kill you
    ("ظهري كله ازرق من ابوي", None),  # bruised blue, from my father
    ("papa abeti ngai na mokaba", None),  # Lingala in Congolese French: hits me with a belt
    ("aya akang ti ig ngajak papanggih, cenah ulah bebeja ka mamah", None),  # Sundanese: asks to meet, don't tell mum
    ("un baiat mi-a pus fata pe un corp gol si a trimis-o la toti", None),  # ro: my face on a naked body
    # a death threat for telling; until batch 65 "ill kill" was read as the writer's exasperation
    ("he said ill kill you if you tell anyone", "threat"),
    ("il m a dit si tu le dis a quelqu un je te tue", "threat"),
    ("me dijo que si le dices a alguien te mato", "threat"),
    ("alisema ukimwambia mtu atakuua", "threat"),
    ("mi-a zis ca daca spui cuiva te omor", "threat"),
    ("qalli iza 7kit bi2tolni", "threat"),
    ("mon beau pere abuse de moi quand maman travaille", "abuse"),  # "abuser de": the out_of_line doubt does not hold
    ("se me quemaron las fotos y el me amenaza con subirlas", "sextortion"),  # only burnt food is harmless
    ("mi-e frica sa dorm acasa cand vine el beat", None),  # ro: when he comes home drunk ("el beat" is not a beat)
    # a caregiver's son who fears the maths teacher and will not go to his home for extra lessons
    ("ولدي كيخاف من أستاذ الرياضيات وكيرفض يمشي للساعات الإضافية عندو فالدار", None),
    ("ulun takutan lawan paman ulun", None),  # Banjar: I am scared of my uncle (batch 71)
    ("amak ambo sering mamukua ambo jo kayu sampai badan ambo biru", None),  # Minang: hits me with a stick
    ("mama vitrega ma inchide in debara si nu-mi da di mancare", None),  # ro: shut in the pantry, no food
    ("sabi niya papatayin niya ako pag nagsumbong ako", None),  # Taglish: will kill me if I tell
    ("me da terror quedarme sola con el esposo de mi tia", None),  # es: terror of being alone with him
    ("pops beat me wit the extension cord again, got marks all on my back", None),  # "marks": not school marks here
    ("wesh mon daron il m'a mis une raclée de malade hier", None),  # fr: a beating (batch 72)
    ("alguém filmou-me no balneário a tomar banho e pôs no instagram", "image_shared"),  # pt (Portugal): changing room
    ("fostul iubit al mamei a zis ca ne omoara pe toate daca il denuntam", None),  # ro: will kill us if we report him
    ("Papa anapiga mimi na mkanda kila siku", None),  # Sheng: dad beats me with a belt every day
    ("لصقو وجهي ف فيديو ديال البورنو بالذكاء الاصطناعي", "ai_image"),  # Darija: my face in a porn video, with AI
    ("mon tonton i tap amoin quand li la bu", None),  # Reunion Creole: hits me when he has been drinking (batch 73)
    ("pakdheku nyekel2 aku nang panggonan sing ra oleh, aku isin arep crito", None),  # Javanese: touches me
    ("mama ji raat ko mere room mein aa jaate hain aur galat jagah haath lagate hain", None),  # Hinglish
    ("to com o braço roxo de novo e minha mãe mandou eu dizer na escola q cai da bicicleta", None),  # pt: the excuse
    ("A 16 year old in our programme disclosed that her mother's partner has been raping her", None),  # (batch 74)
    ("mbah kakungku mesti ngelus2 aku nang nggon sing ora pantes, aku isin cerito", None),  # Javanese (batch 75)
    ("انا تعبانه شديد في زول بضايقني وما قادره اقول لامي", None),  # Sudanese: someone bothers me, I cannot tell
])
def test_forms_read_on_batches_64_to_73_tell(matcher: SafetyMatcher, text: str, kind: str | None) -> None:
    """None: any kind will do."""
    found = matcher.disclosure_kind(text)
    assert found is not None and (kind is None or found == kind)


@pytest.mark.parametrize("text", [
    "bunica bate albusurile pentru cozonac",  # ro: beating egg whites
    "ibu lagi ngulek sambel, bawangnya dipukul dulu",  # id: pounding garlic
    "je frappe sur ma batterie tous les soirs",  # fr: drums
    "le vent a frappe si fort que le toit du voisin s est envole",  # fr: wind; "envole" is not "envoie"
    "au monopoly mon frere m a fait du chantage pour avoir la rue de la paix",  # doubt board_game_deal
    "في المونوبولي اختي تبتزني عشان الشارع الاحمر",  # ar: the same, in Monopoly
    "el arbitro dice que violamos la regla del fuera de juego",  # es: a rule of a game broken
    "واحد غريب لقى محفظتي ورجعهالي",  # ar: a stranger found my wallet and gave it back
    "a mesada acabou de novo, como vcs fazem?",  # pt: vcs is "voces", not Indonesian video call sex
    "vcs viram o filtro de IA que deixa a gente velho?",
    # the rule for an adult touching the writer has no HARMLESS in its unless; these lift it
    "si tu touches encore a mon chargeur je te tords le cou",  # YOU_TOUCH: the writer touching a parent's things
    "pak guru olahraga megangin kaki aku pas sit up",  # SPOTTING: feet held for sit-ups
    "اختي تبتزني لو ما عطيتها الشاحن بتقول لماما اني كنت سهرانه",  # سهرانه (up late) is not سكرانه (drunk)
    "mama gebuk kasur pake rotan pas jemur",  # id: beating a mattress while airing it
    "nimelala vibaya shingo inauma",  # sw: slept badly, a stiff neck
    "coach says my first touch is better now",  # football
    "jadwal konser yg bocor udah nyebar di twitter",  # id: a leaked concert schedule
    "kaka ana ancam mo kase tau mama kalo beta pake dia pung baju",  # eastern Indonesian: a sister will tell mum
    "في مونوبولي بنت عمي تبتزني باش نعطيها الشارع",  # board_game_deal with a cousin playing (batch 78)
])
def test_everyday_senses_of_batches_76_to_78_are_not_disclosures(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None


@pytest.mark.parametrize(("text", "kind"), [
    # an adult named touching the writer: the sport ("football", "futsal") no longer makes it harmless
    ("my football coach touches me after practice", "abuse"),
    ("mon entraineur de foot me touche", "abuse"),
    ("o treinador de futebol fica me tocando", "abuse"),
    ("pelatih futsal aku suka megang2 aku", "abuse"),
    ("el prof ylamess fina fel cours w y9oul normal", "abuse"),  # Tunisian Arabizi: touches us
    ("di taxi man put him hand pon mi leg", "abuse"),  # Jamaican Patois
    ("il a dit qu il va m egorger si je parle", "threat"),  # fr: cut my throat
    ("o video que eu mandei so pra ele anda de telemovel em telemovel", "image_shared"),  # going round the phones
    ("el mu3allim drabni 7atta dmmit", "abuse"),  # Darija Arabizi: hit me till I bled
    ("ابوي مد ايده عليا قدام الكل", "abuse"),  # laid his hand on me
    ("بعتلي رساله انه بيعرف وين بيتنا", "threat"),  # knows where we live
    ("جارنا بينادي علي وبيقفل الباب", "abuse"),  # shuts the door on me
    # pt: break my teeth if I tell; read as a beating (HIT), so the abuse steps (tell an adult who is not them)
    ("os gajos disseram que me partem os dentes se eu contar", "abuse"),
    ("wa7ed ba3atli msg b3ref wen sakin", "threat"),  # Levantine Arabizi: I know where you live (batch 78)
    ("zawj emmo byedrabo kel yom", "abuse"),  # Levantine Arabizi: his mother's husband beats him
])
def test_forms_read_on_batches_76_to_78_tell(matcher: SafetyMatcher, text: str, kind: str) -> None:
    assert matcher.disclosure_kind(text) == kind


@pytest.mark.parametrize("text", [
    "at boxing the coach hit my pads so hard my arms are dead",  # combat_sport: the coach's hit is the sport
    "fel karate el mudarreb darabni fel sparring 3ady",  # Egyptian Arabizi, the same
    "au judo le prof m a frappe sans faire expres pendant le combat",
    "khouya kayhdedni ygoul l mama ila ma nsayyegch lbit",  # sibling_chore_deal: a brother over a room to clean
    "my sister threatens to tell mum unless i do the dishes for her",
    "the last episode of that series where he blackmails the teacher was wild",  # a series (TOPIC)
    "ابوي هددني يسحب مني البلايستيشن اذا ما ذاكرت",  # a parent taking the console (PUNISH)
    "sent my dad a pic of my breakfast",  # a meal
    "banged my knee on the table, it hurts",
    "tetangga gebuk karpet pake rotan tiap minggu pagi",  # a carpet beaten (THING_BEATEN)
])
def test_everyday_senses_of_batch_79_are_not_disclosures(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None, sorted(matcher.concepts(text))


@pytest.mark.parametrize(("text", "kind"), [
    ("my boxing coach hits me with a belt when i lose", "abuse"),  # a belt is not the sport
    ("l coach dyal boxe kaydrebni w kaygoul liya ma tgoulich l 7ta wa7ed", "abuse"),  # a blow kept secret
    ("wa7ed mn l7awma ghtasabni w ma 9dertch ngoulha", "abuse"),  # Darija ghtasab (raped)
    ("el wad da mhaddedni hay3awarni be sekkina", "threat"),  # Egyptian Arabizi: will cut me with a knife
    ("the man from church put he hand in mi pants", "abuse"),  # Patois
    ("him seh him a go bruk mi neck if mi tell", "threat"),  # Patois: break my neck
    ("sa pu bapa pukul sa pake kabel sampe biru", "abuse"),  # Papuan Malay: beaten with a cable
])
def test_forms_read_on_batch_79_tell(matcher: SafetyMatcher, text: str, kind: str) -> None:
    assert matcher.disclosure_kind(text) == kind, sorted(matcher.concepts(text))


@pytest.mark.parametrize("text", [
    "my dad came in my room at 1am to turn off the light again",  # ORDINARY_VISIT
    "papa est entre dans ma chambre la nuit pour fermer la fenetre",  # no wind (HARMLESS) to lift it
    "baba aliingia chumbani usiku kuzima taa",
    "bunica ma pune sa bat covoarele in curte",  # THING_BEATEN
    "fratele meu ma santajeaza in minecraft pentru diamante",  # sibling_chore_deal: a brother's deal in a game
    "bunicul ma ciupeste de obraz cand ne vede la masa",  # a grandparent pinching a cheek
])
def test_everyday_senses_of_batch_80_are_not_disclosures(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None, sorted(matcher.concepts(text))


@pytest.mark.parametrize(("text", "kind"), [
    ("my uncle comes in my room at night and says its our secret", "abuse"),  # no ordinary reason: read
    ("mjomba alinipeleka stoo akafunga mlango", "abuse"),  # Swahili: took me to the store and closed the door
])
def test_forms_read_on_batch_80_tell(matcher: SafetyMatcher, text: str, kind: str) -> None:
    assert matcher.disclosure_kind(text) == kind, sorted(matcher.concepts(text))


def test_indonesian_wa_is_whatsapp_only_beside_a_word_that_makes_it_the_app(matcher: SafetyMatcher) -> None:
    # Swahili "wa" (of) is in most Swahili sentences: a stepfather is "baba wa kambo", not a WhatsApp group.
    assert {"PLATFORM", "MESSAGES"}.isdisjoint(matcher.concepts("baba wa kambo ananitishia"))
    assert "PLATFORM" in matcher.concepts("foto aku disebar di grup wa")
    assert "MESSAGES" in matcher.concepts("dia chat lewat wa tiap malam")


def test_concepts_by_stem_root_suffix_phrase_prefix_and_typo(matcher: SafetyMatcher) -> None:
    assert "BLACKMAIL" in matcher.concepts("sextorted")  # stem sextort*
    assert "BLACKMAIL" in matcher.concepts("بيبتزها")  # root *بتز*
    assert "ME" in matcher.concepts("يهددني")  # suffix *ني
    assert "SECRECY" in matcher.concepts("keep it between us")  # phrase
    assert "CANT_TELL" in matcher.concepts("ومش قادره اقول لحد")  # a phrase after the glued و (and not)
    assert "MONEY" in matcher.concepts("largent")  # French elision without the apostrophe
    assert "BLACKMAIL" in matcher.concepts("blackmaling")  # one typo in a long word
    assert "BLACKMAIL" in matcher.concepts("chantajiada")
    assert "THREAT" not in matcher.concepts("treat")  # five letters: no typo tolerance


def test_typos_never_make_a_message_harmless(matcher: SafetyMatcher) -> None:
    """"chabon" (Rioplatense for a guy) is one letter from French "chaton" (kitten), a harmless word."""
    assert "HARMLESS" not in matcher.concepts("chabon")
    assert "HARMLESS" in matcher.concepts("chaton")


def test_rules_need_combinations_and_respect_vetoes(matcher: SafetyMatcher) -> None:
    assert matcher.disclosure_kind("photo") is None
    assert matcher.disclosure_kind("he threatened me") == "threat"
    assert matcher.disclosure_kind("he threatened me lol") is None  # laughter vetoes a bare threat
    assert matcher.disclosure_kind("he threatened to post my pics lol") is None
    assert matcher.disclosure_kind("he wants money or he posts my pics lol") == "sextortion"  # money + pics
    assert matcher.disclosure_kind("im scared") == "general"  # short: max_words
    assert matcher.disclosure_kind("im scared of the exam tomorrow morning") is None


def test_every_language_file_has_every_locale_and_reasons(content: SafetyContent) -> None:
    assert set(LOCALES) <= set(content.languages)
    for language in content.languages.values():
        families = [f for group in language.concepts.values() for f in group] + language.help + language.stop
        assert all(family.why.strip() for family in families)


# --- broken files name the file and the field -----------------------------------------------------------------


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(CONTENT, target)
    return target


def test_unknown_concept_names_file_and_field(content_copy: Path) -> None:
    path = content_copy / "help" / "safety" / "fr.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("  SCARED:\n", "  SCARD:\n"), encoding="utf-8")
    with pytest.raises(ContentError, match=r"content/help/safety/fr.yaml: concepts.SCARD: not declared"):
        load_catalog(content_copy)


def test_a_word_family_without_a_reason_names_file_and_field(content_copy: Path) -> None:
    path = content_copy / "help" / "safety" / "es.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('why: "stop all pushed messages"}', "}", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match=r"content/help/safety/es.yaml: stop\[0\].why: Field required"):
        load_catalog(content_copy)


def test_a_named_term_stands_for_its_concepts_in_the_rules() -> None:
    rules = load_catalog(CONTENT).safety.rules
    involved = set(rules.terms["INVOLVED"].means.split("|"))
    blackmail = [r for r in rules.rules if r.when[0] == "BLACKMAIL" and len(r.when) == 2]
    assert len(blackmail) == 1 and set(blackmail[0].when[1].split("|")) == involved | {"NUDE", "SEXUAL", "IMAGE"}
    assert not any("INVOLVED" in term for r in [*rules.rules, *rules.doubts] for term in [*r.when, *r.unless])


@pytest.mark.parametrize(("find", "replace", "error"), [
    ("    means: ME|MY|", "    means: ME|MYY|", r"rules.yaml: .*terms.INVOLVED.means: unknown concept MYY"),
    ("  INVOLVED:\n    means:", "  SCARED:\n    means:",
     r"rules.yaml: .*terms.SCARED: a term's name .* is not a concept's"),
])
def test_a_broken_named_term_names_the_file_and_the_term(content_copy: Path, find: str, replace: str,
                                                          error: str) -> None:
    rules = content_copy / "help" / "safety" / "rules.yaml"
    text = rules.read_text(encoding="utf-8")
    assert text.count(find) == 1
    rules.write_text(text.replace(find, replace), encoding="utf-8")
    with pytest.raises(ContentError, match=error):
        load_catalog(content_copy)


def test_a_rule_with_an_unknown_concept_and_a_missing_language(content_copy: Path) -> None:
    rules = content_copy / "help" / "safety" / "rules.yaml"
    rules.write_text(rules.read_text(encoding="utf-8").replace("when: [RAPE]", "when: [RAEP]"), encoding="utf-8")
    with pytest.raises(ContentError, match=r"rules.yaml: .*unknown concept RAEP"):
        load_catalog(content_copy)
    shutil.copy(CONTENT / "help" / "safety" / "rules.yaml", rules)
    (content_copy / "help" / "safety" / "pt.yaml").unlink()
    load_catalog(content_copy)  # other languages' words are optional ...
    with pytest.raises(ContentError, match=r"content/help/safety: needs a words file for pt"):
        load_catalog(content_copy, ["en", "pt"])  # ... those the bot offers are required


def test_two_doubts_of_one_name_are_refused(content_copy: Path) -> None:
    """Two writers adding a doubt of the same name: the looser one would hold where the other was meant not to, so
    the content check names the doubt instead of loading both."""
    rules = content_copy / "help" / "safety" / "rules.yaml"
    text = rules.read_text(encoding="utf-8")
    assert text.count("  - name: haircut\n") == 1
    rules.write_text(text.replace("  - name: haircut\n", "  - name: hypothetical\n"), encoding="utf-8")
    with pytest.raises(ContentError, match=r"rules.yaml: .*doubt hypothetical: the name is used twice"):
        load_catalog(content_copy)


def test_normalize() -> None:
    assert normalize("  Côte d’Ivoire!! ") == "cote d'ivoire"
    assert normalize("AÇÃO") == "acao"
    assert normalize("يُهَدِّدُنِي") == "يهددني"
    assert normalize("مـسـاعـدة") == "مساعدة"  # tatweel


# --- countries ------------------------------------------------------------------------------------------


def test_find_country_by_name() -> None:
    french = country_index("fr")
    assert french.find("Kenya") == "KE"
    assert french.find("Côte d'Ivoire") == "CI"
    assert french.find("cote d’ivoire") == "CI"
    assert french.find("Royaume-Uni") == "GB"
    assert french.find("United Kingdom") == "GB"  # English names work in every locale
    assert french.find("ke") == "KE"  # an ISO code
    assert french.find("Atlantis") is None
    assert country_index("es").find("Kenia") == "KE"
    assert country_index("ar").find("المملكة المتحدة") == "GB"


@pytest.mark.parametrize("code", LOCALES)
def test_every_country_name_finds_itself(code: str) -> None:
    index = country_index(code)
    for letter_index, _letter in enumerate(index.letters):
        for country in index.codes_for(letter_index):
            assert index.find(country_name(country, code)) == country, (code, country)
    assert index.codes_for(len(index.letters)) == ()


def test_country_names_are_localized() -> None:
    arabic = country_name("GB", "ar")
    assert _has_arabic(arabic)
    assert arabic != country_name("GB", "en")
    assert country_name("GB", "en") == "United Kingdom"
    assert country_name("DE", "fr") == "Allemagne"
    assert country_name("ZZ", "fr") == "ZZ"
