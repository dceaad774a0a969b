"""The classes worked on for batch 26 (branch match27b): situations told without a keyword, in Indonesian (Jakarta
informal, alay, Javanese and Sundanese mixing) and Romanian (no diacritics, Moldovan forms, English mixing): what abuse
leaves (no sleep since, pain or bleeding down there, washing again and again, a stomach ache when he comes, "my fault"),
saying no (laughed off, sulking, "everyone does it", "after all he did for me", paying stopped), home at night (the door
that does not lock, a shared bed, bath-time "checks", when mum works nights, the secret game, pretending to sleep),
online escalation (asked when the parents are out, a "test of trust", his own pictures sent), peers (a bet, screenshots,
filmed asleep), survival exchange (food, rent, a driver, papers kept abroad), violence at home (things thrown, a rage,
afraid to go home), indirect threats (a photo of a sibling with "take care", regret if i leave him), euphemisms ("he did
that thing again") and caregivers (a hidden phone and money). And their everyday near-misses. The sentences are written
for these tests, not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from bot.services.safety import SafetyMatcher


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Indonesian: what it leaves
        ("sejak paman nginep di rumah aku ga bisa tidur nyenyak", "abuse"),
        ("tiap abis om dateng, aku sakit di bawah", "abuse"),
        ("celana dalem aku berdarah abis dia masuk kamar", "abuse"),
        ("gw mandi terus2an tiap abis ketemu dia, ngerasa kotor", "abuse"),
        ("perutku sakit tiap ayah tiri pulang ke rumah", "general"),
        ("tiap malem mimpi buruk tentang pamanku", "general"),
        ("aku ngerasa salah aku soalnya aku yg sendirian sama dia", "abuse"),
        # saying no
        ("dia cuma ketawa pas aku bilang ga mau", "abuse"),
        ("cowo gw ngambek terus kalo gw gak mau kirim pap", "grooming"),
        ("om itu bilang aku harus balas budi", "grooming"),
        ("semenjak aku nolak, dia ga mau bayarin kos aku lagi", "abuse"),
        # home at night
        ("aku pura pura tidur kalo ayah tiri masuk kamar", "abuse"),
        ("kamar aku ga bisa dikunci, om suka masuk malem2", "abuse"),
        ("aku disuruh tidur sekasur sama kakek, dia suka pegang2", "abuse"),
        ("bapak tiri maksa ngecek badan aku abis aku mandi", "abuse"),
        ("kalo mama kerja malem, om masuk ke kamarku", "abuse"),
        ("dia ngajak main permainan rahasia pas rumah sepi", "abuse"),
        # online escalation
        ("ada om di game nanya aku sendirian di rumah ga, ortu pulang jam berapa", "grooming"),
        ("dia bilang kalo kamu percaya nyalain kamera dong", "grooming"),
        ("om om kirim foto telanjangnya ke aku terus minta foto aku", "grooming"),
        # peers
        ("temen2 cowo taruhan pake foto aku", "image_shared"),
        ("foto aku pake handuk di ss terus disebar ke grup angkatan", "image_shared"),
        ("aku direkam pas ketiduran terus videonya dikirim ke grup kelas", "image_shared"),
        # survival exchange
        ("supir angkot suka pegang paha aku kalo aku duduk depan", "abuse"),
        ("ibu kos bilang ga usah bayar uang kos asal aku nemenin dia malem", "grooming"),
        ("paspor aku ditahan agen, aku ga bisa pulang", "abuse"),
        # violence at home, threats, euphemisms, caregivers
        ("bapak kalo mabok suka banting barang ke ibu", "abuse"),
        ("ayah ngamuk lagi semalem, aku takut pulang ke rumah", "abuse"),
        ("ada orang kirim foto adek aku di sekolah, katanya hati2 ya", "threat"),
        ("kalo aku putus dia bilang aku bakal nyesel", "threat"),
        ("dia ngelakuin itu lagi semalem", "general"),
        ("anak saya sembunyiin hp terus dapet uang dari om om", "grooming"),
        # Romanian: what it leaves
        ("de cand a dormit nasul la noi nu mai pot dormi", "abuse"),
        ("ma doare jos de fiecare data cand vine unchiu", "abuse"),
        ("am sangerat dupa ce a venit el noaptea", "abuse"),
        ("ma tot spal de cand m a atins si ma simt murdara", "abuse"),
        ("mi se face rau cand vine tata vitreg acasa", "general"),
        ("e vina mea ca am ramas singura cu el in masina", "abuse"),
        # saying no
        ("i am zis nu si el doar rade", "abuse"),
        ("iubitul meu se supara daca nu ii trimit poze", "grooming"),
        ("zice ca toate fetele fac asta si ca nu e mare lucru", "grooming"),
        ("imi zice ca dupa tot ce a facut pentru mine trebuie sa fiu cuminte", "grooming"),
        ("de cand i am zis nu, nu mai plateste chiria", "abuse"),
        # home at night
        ("ma prefac ca dorm cand intra tata vitreg in camera", "abuse"),
        ("usa mea nu se incuie si unchiu intra noaptea", "abuse"),
        ("trebuie sa dorm in acelasi pat cu bunicul si ma atinge", "abuse"),
        ("avem un joc secret cand nu e nimeni acasa", "abuse"),
        # online escalation
        ("un tip de pe insta ma intreaba mereu cand pleaca ai mei de acasa", "grooming"),
        ("zice sa i arat ca am incredere in el si sa pornesc camera", "grooming"),
        ("un barbat mi a trimis dick pics si vrea poze cu mine", "grooming"),
        # peers
        ("baietii au pus pariu pe pozele mele din vacanta", "image_shared"),
        ("fostul a facut screenshot la pozele mele in lenjerie si le a pus pe grup", "image_shared"),
        ("m au filmat beata la petrecere si au pus pe grupul clasei", "image_shared"),
        # survival exchange
        ("proprietarul vrea sa vin la el seara pentru chirie", "grooming"),
        ("mi a luat pasaportul si nu ma lasa sa plec acasa din italia", "abuse"),
        # violence at home, threats, euphemisms, caregivers
        ("cand bea tata arunca in mine cu farfurii", "abuse"),
        ("tata a facut scandal iar si mi e frica sa intru in casa", "abuse"),
        ("cineva mi a trimis o poza cu fratele meu la scoala, ai grija", "threat"),
        ("daca ma despart de el zice ca o sa regret", "threat"),
        ("iar a facut o", "general"),
        ("fiul meu isi ascunde telefonul si primeste bani de la un barbat", "grooming"),
        ("bunelu ma chiama sa dorm cu el cand o plecat mama", "abuse"),
        # other spellings and phrasings of the same classes
        ("sjk kejadian itu gk bisa tdr, om itu masih sering dateng", "abuse"),
        ("perih pas pipis tiap abis pakde nginep", "abuse"),
        ("pacar gw ngambekan kalo gw ga mau kirim foto", "grooming"),
        ("de cand a plecat mama in italia, unchiu vine in patul meu", "abuse"),
        ("mi se face greata cand vine nasul la noi", "general"),
        ("daca ai incredere in el pornesti camera, asa zice", "grooming"),
    ],
)
def test_batch_26_classes(matcher: SafetyMatcher, text: str, kind: str) -> None:
    assert matcher.disclosure_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        # Indonesian
        "ga bisa tidur soalnya besok ujian",
        "mama shift malem jadi aku jagain adek",
        "aku pura2 tidur biar ga disuruh cuci piring wkwk",
        "adek bayi aku mandi dulu baru tidur",
        "pelatih suruh stretching sebelum latihan",
        "pake lengan panjang soalnya ac kelas dingin bgt",
        "kenek bus nanya mau turun di mana",
        "hp aku error lagi, kejadian lagi kayak kemarin, sebel",
        "film horornya bikin mimpi buruk semalem",
        "kita taruhan siapa yg menang futsal",
        "perut aku sakit abis makan seblak",
        "kakak tidur sekasur sama aku pas mudik",
        "dia nanya umur aku buat daftar lomba",
        "pintu kamar mandi ga bisa dikunci, panggil tukang",
        "bapak pulang kerja bawa martabak",
        "pindah ke discord aja biar gampang mabar",
        "dia tau aku naik bus apa soalnya kita sekelas",
        "adek jatuh dari sepeda, aku bantuin mandi",
        "ada yg kirim stiker aneh di grup, langsung dikick admin",
        "dia ngelakuin itu lagi, ninggalin sepatu di tangga",
        # Romanian
        "nu pot dormi ca maine am teza",
        "mama e in tura de noapte asa ca am comandat pizza",
        "ma prefac ca dorm ca sa nu ma puna sa duc gunoiul lol",
        "ii fac baie lu frate miu cel mic",
        "antrenorul ne a pus sa facem stretching dupa meci",
        "port maneci lungi ca mi e frig",
        "soferul m a intrebat la ce statie cobor",
        "mi s a blocat iar telefonul, s a intamplat din nou si azi dimineata",
        "am cosmaruri dupa filmul cu fantome",
        "am pus pariu cu colegii pe cine castiga meciul",
        "ma doare burta de la inghetata",
        "dorm in acelasi pat cu sora mea la bunici",
        "m a intrebat cati ani am ca sa ma treaca pe lista",
        "daca nu inveti o sa regreti la examen",
        "usa de la baie nu se incuie, trebuie schimbata yala",
        "e vina mea ca am pierdut autobuzul",
        "tata vine acasa la 6 si aduce paine",
        "stie unde stau ca suntem colegi de banca",
        "fratele meu s a lovit la picior si il ajut la baie",
        "iar a facut chestia aia, a uitat cheile la mine in ghiozdan",
        # Romanian "ai" (you have) and "pornit" (turned on): not AI and pornography
        "ai pornit laptopul?",
        "ai pornit deja jocul sau te astept?",
    ],
)
def test_batch_26_near_misses(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None


def test_romanian_classmates_keep_the_audience_word(matcher: SafetyMatcher) -> None:
    # "colegi" is inside the phrase "suntem colegi" (a doubt), which keeps it from being read through a typo: it is
    # listed as an audience itself, so "niste colegi au facut un grup cu pozele mele" is still image_shared.
    assert "AUDIENCE" in matcher.concepts("niste colegi au facut un grup cu pozele mele")
    assert matcher.disclosure_kind("niste colegi au facut un grup cu pozele mele") == "image_shared"


def test_indonesian_dateng_is_not_read_as_dating(matcher: SafetyMatcher) -> None:
    assert "COMES" in matcher.concepts("tiap om dateng")
    assert "COMES" not in matcher.concepts("we are dating")
