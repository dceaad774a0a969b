"""What four helpers' rules did together once merged (batch 26): a concept declared by one helper now has words in
the others' languages too, so each rule meets text it was not written for. These are the classes the merge showed,
written for these tests (not taken from the evaluation sets)."""

from __future__ import annotations

import pytest

from bot.services.safety import SafetyMatcher


@pytest.mark.parametrize(
    "text",
    ["me hago la dormida cuando mi mama me despierta temprano los sabados",  # a parent waking the child
     "finjo q to dormindo qnd minha mae me acorda cedo no sabado",
     "puedo contarle algo al tutor sin que se entere mi mama? es sorpresa para su cumple",  # a surprise
     "usa de la camera mea nu se incuie, s-a stricat clanta",  # a broken lock is not being locked in
     "imetokea tena? game imefunga yenyewe",  # a game that crashed again
     "me dijo que me voy a arrepentir de no comprar los tenis",  # regret about shopping
     "ele disse q vou me arrepender de n comprar o tenis",
     "if you want to pass you must study every night",  # a teacher's everyday "if you want to pass"
     "si quieres pasar tienes que estudiar todas las noches",
     "kalau mau lulus kamu harus belajar tiap malam",
     "لو عايزه تنجحي لازم تذاكري كل يوم بالليل"],
)
def test_everyday_messages_the_merged_rules_read_harmlessly(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [("ma prefac ca dorm cand intra tata vitreg in camera", "abuse"),  # a step-parent coming in: abuse, not general
     ("my teacher says if i want to pass i have to come to his house at night", "grooming"),
     ("mwalimu anasema kama nataka kupita nije kwake usiku", "grooming")],
)
def test_the_disclosures_beside_them_are_still_read(matcher: SafetyMatcher, text: str, kind: str) -> None:
    assert matcher.disclosure_kind(text) == kind
