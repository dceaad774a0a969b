"""The classes worked on for batch 30 (branch match30b), in Indonesian (gaul, alay) and Romanian (no diacritics, youth
slang): a short video word with an ending ("vidnya"), clothes taken off a photo ("lepasin baju"), a deepfake spelt as
it sounds ("deepfek", "deepfeik"), a picture meant only for him now in a group, a face pasted onto another body
("ditempel", "lipita peste", "corp gol"), people who "will see them" if the writer blocks him, a sister who found out
her clips are on a site, a coach's secret at night (the sport named), being beaten until bruised (over a bad mark), a
beating announced in slang ("dihabisin", "te fac praf"), harm to a sister if the writer tells ("o pateste"), dodgy
pictures from a grown-up ("gambar aneh", "chestii dubioase"), someone coming onto the child at night ("vine peste
mine"), not feeling safe said of a friend, "someone did something to her", "he scares me", and the unnamed act with
secrecy or not bearing it, and being made to undress and told to keep it secret. And their everyday near-misses: a
school show's video edited, undressing for a doctor, a parent's present depending on marks, a secret crush
("nembak"), a hug too tight to breathe, a beating that is a match or food finished, an unflattering photo ("arat
oribil"), a parent asking for a photo on arrival. The sentences are written for these tests, not taken from the
evaluation sets."""

from __future__ import annotations

import pytest

from bot.services.safety import SafetyMatcher


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Indonesian
        ("ada yg pegang vidku dan minta duit biar ga disebar", "sextortion"),
        ("mereka pake apk buat copot baju di foto profil temenku", "ai_image"),
        ("ada yg bikin dipfek pake muka kakakku", "ai_image"),
        ("foto yg cuma buat pacarku dulu skrg nyebar di grup kelas", "image_shared"),
        ("muka aku ditempelin ke badan cewe lain trs disebar", "ai_image"),
        ("guru les suka chat aku malem2 dan bilang jangan cerita siapa2", "grooming"),
        ("adikku sering dipukul ayah sampe lebam", "abuse"),
        ("anak2 kelas sebelah bilang besok pulang sekolah gw dihabisin", "threat"),
        ("om om di ig suka kirim foto aneh2 ke aku", "grooming"),
        ("aku ga kuat lagi sama yg dia lakuin, tapi ga bisa cerita", "general"),
        # Romanian
        ("are un vid cu mine si zice ca daca nu-i trimit bani le vede toata scoala", "sextortion"),
        ("niste baieti au facut dipfeik cu colega mea de banca", "ai_image"),
        ("poza trimisa doar lui e acum pe grupul scolii", "image_shared"),
        ("mi-au lipit fata peste o tipa goala intr-un clip", "ai_image"),
        ("daca il blochez zice ca pozele le vad toti prietenii mei", "sextortion"),
        ("mama a aflat ca sunt poze cu fratele meu pe un site", "image_shared"),
        ("profesorul de sah imi scrie noaptea si zice sa fie secretul nostru", "grooming"),
        ("tata ma bate de raman cu vanatai pe spate", "abuse"),
        ("zice ca daca mai vorbesc cu iubita lui ma rupe in bataie", "threat"),
        ("zice ca daca spun cuiva o pateste mama", "threat"),
        ("un nene de pe tiktok imi trimite poze dubioase", "grooming"),
        ("varul meu vine peste mine cand dorm la ei", "abuse"),
        ("fratele meu zice ca nu se simte in siguranta acasa", "general"),
        ("cineva mi-a facut ceva rau si nu pot sa spun", "general"),
        ("un tip de pe insta ma sperie", "general"),
        # recorded on a call, then money asked; a Telegram bot that undresses photos
        ("dia direkam pas video call trus dimintain pulsa tiap minggu", "sextortion"),
        ("tipul m-a inregistrat pe camera si imi cere bani in fiecare zi", "sextortion"),
        ("ada bot telegram yg bikin foto orang jadi telanjang, foto temenku dipake", "ai_image"),
        # the check-up doubt gives way to a secret or a photo
        ("doctorul m-a pus sa ma dezbrac si mi-a zis sa nu spun nimanui", "abuse"),
        ("dokter suruh aku buka baju terus fotoin aku, katanya jangan bilang mama", "grooming"),
        ("video pensi aku diedit jadi telanjang dan disebar", "ai_image"),
    ],
)
def test_batch_30_classes(matcher: SafetyMatcher, text: str, kind: str) -> None:
    assert matcher.disclosure_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        # Indonesian
        "video perpisahan sekolah lagi diedit sama anak osis",
        "suster uks suruh buka baju buat cek cacar",
        "mama bilang kalo rangkingku turun ga dibeliin hp baru",
        "jangan bilang siapa2 ya, aku naksir dia dari kelas 7",
        "nenek meluk aku kenceng bgt sampe ga bisa napas wkwk",
        "tim kita dihabisin 5-0 sama sekolah sebelah",
        "kuenya dihabisin adek, mama bilang beli lagi",
        "vidku pas lomba dance udah 1000 view",
        "tadi aku nempelin stiker di muka boneka adek",
        # Romanian
        "clipul de la serbare e editat de diriginta",
        "doctorita m-a pus sa dau tricoul jos la control",
        "tata zice ca daca iau 10 la teza imi ia cadou telefon",
        "secret, il plac pe crushul meu de un an",
        "bunicul m-a strans in brate de nu puteam respira de bucurie",
        "i-am facut praf la fifa aseara",
        "ma sperie filmul asta horror",
        "mama mi-a facut ceva bun de mancare",
        "mi-a aratat o poza din excursie si arat oribil",
        "mama vrea o poza cand ajung la bunica",
        "aku ngerekam video tutorial masak buat tugas",
        "gimana cara pake bot ini",
        # the vetoes in the other languages
        "the doctor asked me to take my shirt off to listen to my lungs",
        "mum wants a pic when i get there so she knows im safe",
        "dia upload foto kita pas camping dan aku jelek bgt disitu",
    ],
)
def test_batch_30_near_misses(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None
