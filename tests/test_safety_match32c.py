"""The classes worked on for batch 32 (branch match32c), in Indonesian and its regional forms (bahasa gaul, alay,
Javanese, Sundanese and Malaysian-influenced): Malay "lucah" (a porn video a face is put into with AI), Sundanese
harm announced if the child tells ("bebeja", "cilaka", "kulawarga", "mun"), Malay telling ("bagitau"), a child
scalded or burnt by a parent ("nyiram air panas", "nyundut rokok"), an abbreviated refusal before being forced ("udh
blg ga mau"), the idiom for coming home dead ("pulang tinggal nama"), Malay not feeling safe ("tak selamat"), fear of
"that person" with "don't tell" in Javanese and Sundanese ("wong kuwi", "ojo kandha", "jelema eta", "ulah bebeja"),
wounds on a child ("luka luka") with "ibunya", someone who knows the child's timetable ("tau jadwalku"), a photo
taken while bathing
("keur mandi", "lagi adus") in a group, being asked not to tell ("minta aku ga bilang"), locking oneself in at
night because of someone ("gara2 dia"), being pressured by someone until one cannot bear it ("ditekan terus"), and
a strange man phoning a child at night ("ditelpon pria asing"), and a coach wanting video calls alone at night. And
their everyday near-misses: a haircut a parent insists on (a doubt) and "kepanjangan" (too long, not a misspelt
naked word), a killing in a Korean drama or a soap ("drakor", "sinetron"), a grandparent's hug and kiss on arriving
from the village, a sermon about porn, a friend's mother, a timetable for a lift, "don't tell mum" about a bad
mark, a baby sibling's bath video in the family group, a present kept from dad, a door
locked against a brother or a cat, pressure over marks or in a match, an uncle phoning with news, and a coach's
evening training for two. The sentences are
written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from bot.services.safety import SafetyMatcher


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ada cowo bikin video lucah pake muka aku, dia guna AI", "ai_image"),
        ("cikgu tu cakap kalau aku bagitau sesiapa, dia bunuh ayah aku", "threat"),
        ("mun maneh bebeja, adi maneh bakal cilaka cenah", "threat"),
        ("ayah tiriku nyiram aku pake air panas kalo aku telat pulang", "abuse"),
        ("bapak tiri aku pernah nyundut tanganku pake rokok", "abuse"),
        ("aku udh blg ga mau tp dia terus maksa aku", "abuse"),
        ("kata anak2 sma sebelah kalo aku lapor polisi aku pulang tinggal nama", "threat"),
        ("aku tak rasa selamat bila pakcik ada kat rumah", "general"),
        ("aku sieun pisan ka jelema eta, ulah bebeja saha2 nya", "general"),
        ("adikku sering pulang les dengan luka luka di badan, katanya dari pelatihnya", "abuse"),
        ("orang itu tau jadwalku dan selalu ada di halte tiap aku pulang", "threat"),
        ("ada yg moto aku keur mandi di kosan trs dikirim ke grup", "image_shared"),
        ("om itu nyuruh aku ga bilang siapa2 soal chat kita malem2", "grooming"),
        ("tiap malem aku ngunci kamar karena orang itu", "general"),
        ("aku ditekan terus sama dia, udah ga kuat", "general"),
        ("pria asing sering nelpon aku tengah malam", "grooming"),
        ("pelatih basket aku ngajak vc cuma berdua tiap malem", "grooming"),
    ],
)
def test_batch_32_classes(matcher: SafetyMatcher, text: str, kind: str) -> None:
    assert matcher.disclosure_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "rambutku dicukur pendek sama ayah buat masuk pesantren",
        "besok potong rambut sama mama di salon, takut jelek",
        "rambutku kepanjangan kata guru, disuruh potong",
        "drakor yg aku tonton ceritanya ada pembunuhan, serem bgt",
        "nenek baru dateng dari kampung, langsung peluk cium aku",
        "video lucah tu haram, ustaz cakap dalam ceramah",
        "ibunya temenku baik bgt, suka bawain bekal",
        "kalo tau jadwalku kamu bisa jemput jam 3",
        "aku wedi karo ujian besok, ojo kandha mama nek nilaiku elek",
        "video adek bayi pas lagi mandi lucu bgt aku kirim ke grup keluarga",
        "mama minta aku ga bilang ke papa soal kado ultahnya",
        "aku ngunci pintu kamar tiap malem gara2 adek suka masuk",
        "aku ngunci pintu tiap malem gara2 dia suka nyakar, kucingku bandel",
        "aku ditekan terus sama guru soal nilai ujian, capek bgt",
        "om aku nelpon tengah malam ngabarin nenek masuk rs",
        "dia ditekan sama tim lawan, akhirnya kalah",
        "pelatih futsal ngajak latihan malem, kita main berdua aja",
    ],
)
def test_batch_32_near_misses(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None
