"""A girl's first period ("blood down there") is not abuse: batch 26 taught the rules that bleeding or pain "down
there" after someone, or since something, can be a disclosure; a period (MENSES, in all eight languages) takes that
reading away. Someone ASKING a girl about her period stays a disclosure. Written for these tests, not taken from the
evaluation sets."""

from __future__ import annotations

import pytest

from bot.services.safety import SafetyMatcher


@pytest.mark.parametrize(
    "text",
    ["tengo sangre alla abajo, creo que me bajo la regla por primera vez",
     "me duele alla abajo y sangre, es mi primera menstruacion?",
     "to sangrando la embaixo acho q menstruei pela primeira vez",
     "i have blood down there, i think its my first period",
     "jai du sang en bas, je crois que jai mes regles",
     "ada darah di bawah sana, kayaknya aku haid pertama",
     "am sange acolo jos, cred ca mi-a venit ciclul",
     "nina damu huko chini nadhani ni hedhi yangu ya kwanza",
     "عندي دم تحت، شكلها الدوره الشهريه اول مره"],
)
def test_a_first_period_is_not_a_disclosure(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None


@pytest.mark.parametrize(
    "text",
    ["om itu nanya udah mens belum terus minta foto",
     "un domn ma tot intreaba daca am ciclu si cand sunt singura"],
)
def test_someone_asking_about_her_period_is_still_read(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is not None
