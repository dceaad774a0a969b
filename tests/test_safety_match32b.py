"""The classes worked on for batch 32 in Romanian (branch match32b), with their everyday near-misses: the
ultimatum "ori platesti ori ..." (money or the whole town, school or a parent sees something); harm announced in
concrete terms ("iti sparg capul", "va dau foc la casa") against the child or their family; fear of a particular
person named by a demonstrative ("de omul ala"), Moldovan "mi-i frica" included; forcing by a step-relative or a
person in charge when nobody believes the child; someone keeping watch outside the child's home ("sub geam", "in
fata blocului") at night, every day or feared; a face put on a porn film with an edit ("montaj", which the film words
must not hide); and a debt to a brother in the clipped form "fra-miu". Near-misses: an ultimatum about a film or a
game, a head cracked in sport, a grill lit, fear of a teacher's test, friends waiting in front of the block, a
parent who makes one study, a film about a fake video, money owed to a sister. The sentences are written for these
tests, not taken from the evaluation sets."""

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
    ],
)
def test_batch_32_ro_near_misses(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None
