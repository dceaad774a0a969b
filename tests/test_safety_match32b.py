"""The classes worked on for batch 32 in Romanian (branch match32b), with their everyday near-misses.

Classes: the ultimatum "ori platesti ori ..." (money, or the whole town, school or a parent sees something); more
demanded, or a parent sees; harm announced in concrete terms ("iti sparg capul", "va dau foc la casa"); fear of a
particular person ("de omul ala", Moldovan "mi-i frica", "se teme", "ma tem"); forcing by a step-relative when nobody
believes the child; someone keeping watch outside the child's home ("sub geam", "in fata blocului"); a face put on a
porn film with an edit ("montaj"); "your turn" to send after a grown-up sent pictures of himself; a grown-up with gifts
the child calls a boyfriend; love or money kept from the parents; a grown-up watching the child wash (threat, as
peeping is read since batch 25); filmed drunk ("crita", "bauta") and shown; someone knowing where the child goes;
fear of someone coming home; unnamed things "that are not okay" done by a grown-up; "tipul ala" as a particular man;
the cover story for bruises ("sa zic ca am cazut").

Near-misses: an ultimatum about a series, a head cracked at football, a grill lit, fear of a test, friends meeting
in front of the block, a mother making the child study, a film about a fake, money owed to a sister, "your turn" in
a board game, a real fall on rollerblades,
pictures of a dog, a drunk uncle dancing at a wedding, a secret birthday cake, fear of a father over a
bad mark, a teacher's hard test "not normal". The sentences are written for these tests, not taken from the
evaluation sets."""

from __future__ import annotations

import pytest

from bot.services.safety import SafetyMatcher


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ori platesti pana luni ori le vede tot liceul", "sextortion"),
        ("mi-a scris ori ii dau bani ori le vad parintii mei", "sextortion"),
        ("zice ca daca il mai refuz imi sparge capul", "threat"),
        ("niste baieti i-au zis fratelui meu ca ii dau foc la casa", "threat"),
        ("mi-i frica de omul ala de la colt", "general"),
        ("tatal vitreg ma forteaza noaptea si nimeni nu ma crede", "abuse"),
        ("iar sta un barbat sub geamul meu in fiecare noapte", "threat"),
        ("fosta iubita a tatei sta in fata casei noastre in fiecare zi", "threat"),
        ("sora mea a gasit un film porno cu fata ei pusa acolo, e montaj", "ai_image"),
        ("mi-a scris un nene poze cu el si mi-a zis ca e randul tau sa trimiti", "grooming"),
        ("un barbat de 35 de ani ii da bani de telefon si ea zice ca e iubitul ei", "grooming"),
        ("vrea inca un video, altfel il vad parintii mei", "sextortion"),
        ("sotul matusii se uita la mine cand fac baie, pe ascuns", "abuse"),
        ("prietena mea era crita la banchet si cineva a pus clipul cu ea pe grupul clasei", "image_shared"),
        ("un cont anonim stie pe unde umblu si imi trimite mesaje", "threat"),
        ("tremur toata cand vine acasa sotul mamei", "general"),
        ("un om mare din bloc face niste chestii care nu-s ok", "general"),
        ("tipul ala iar e sub geamul meu, mi-e frica", "threat"),
        ("am urme pe maini si mama ma pune sa zic ca m-am lovit", "abuse"),
        ("ma tem de vecinul de la 4, ma asteapta mereu pe scara", "general"),
    ],
)
def test_batch_32_ro_classes(matcher: SafetyMatcher, text: str, kind: str) -> None:
    assert matcher.disclosure_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "ori platesti abonamentul ori nu vezi serialul, asa e pe netflix",
        "mi-am spart capul la fotbal cand am dat cu capul in bara lol",
        "tata da foc la gratar diseara, veniti si voi",
        "mi-e frica de testul de maine la mate",
        "ne vedem in fata blocului la 5 cu toata gasca",
        "mama ma forteaza sa invat pentru bac in fiecare seara",
        "am vazut un film despre un montaj fals, destul de bun",
        "ii datorez lu soru-mea 30 de lei de la cinema",
        "e randul tau la joc, da cu zarul",
        "am cazut de pe role si am vanatai pe genunchi",
        "mi-e frica cand vine tata acasa ca am luat nota mica la mate",
        "profa ne da lucruri grele la teza, nu e normal",
        "am trimis pozele cu catelul, acum e randul tau",
        "mama imi da bani de buzunar si zice ca e prietenul ei cel mai bun, catelul",
        "era crita unchiul la nunta si a dansat pe masa lol",
        "sa nu le spui alor mei, le facem tort de aniversare, e surpriza",
    ],
)
def test_batch_32_ro_near_misses(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None
