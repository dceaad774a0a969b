"""A word typed with Arabizi digits (7it, wa7ed, ba3at) is an Arabic word: it is looked up among the words of the
languages written in Arabizi, never read as another language's word that the digits happen to spell."""

from __future__ import annotations

import pytest

from bot.content.catalog import load_catalog
from bot.services.safety import SafetyMatcher
from bot.services.safety.lexicon import Lexicon
from bot.services.safety.normalize import fold
from bot.settings import PROJECT_ROOT
from tests.auxil.safety import safety_language


def _concepts(lexicon: Lexicon, text: str) -> set[str]:
    folded = fold(text)
    return lexicon.concepts_in(folded.tokens, folded.arabizi)


@pytest.mark.parametrize(("text", "tokens", "arabizi"), [
    ("7it ana mrid", ("hit", "ana", "mrid"), {0}),
    ("ba3at liya", ("baaat", "liya"), {0}),  # drawn out before the digits are read: not "bat"
    ("5aaayfa", ("khayfa",), {0}),
    ("he hit me", ("he", "hit", "me"), set()),
    ("sebar2in fotoku", ("sebarin", "fotoku"), set()),  # Indonesian: a word repeated, with its ending
    ("n00dz", ("noodz",), set()),  # leet, not Arabizi
    ("10k", ("10k",), set()),
])
def test_the_fold_marks_the_words_read_from_arabizi_digits(text: str, tokens: tuple[str, ...],
                                                          arabizi: set[int]) -> None:
    folded = fold(text)
    assert folded.tokens == tokens
    assert folded.arabizi == arabizi


def test_an_arabizi_word_is_looked_up_among_the_arabizi_languages_words_only() -> None:
    english = safety_language({"HIT": ["hit", "hits"], "GAME": ["ps5"], "HOT": ["hot*"]})
    arabic = safety_language({"SOMEONE": ["wa7ed"], "SEND": ["b3at*"]}, arabizi=True)
    lexicon = Lexicon([english, arabic])
    assert "HIT" in _concepts(lexicon, "he hit me")
    assert "HIT" not in _concepts(lexicon, "7it ana mrid")  # Darija "because"
    assert "HOT" not in _concepts(lexicon, "7ottoh")  # Levantine "put it", not English "hot*"
    assert "GAME" in _concepts(lexicon, "ps5")  # English spells it with a digit itself
    assert "SOMEONE" in _concepts(lexicon, "wa7ed") and "SOMEONE" in _concepts(lexicon, "wahed")
    assert "SEND" in _concepts(lexicon, "b3atli")


def test_without_an_arabizi_language_an_arabizi_word_finds_only_words_spelt_with_digits() -> None:
    lexicon = Lexicon([safety_language({"HIT": ["hit"], "GAME": ["ps5"]})])
    assert _concepts(lexicon, "7it") == set()
    assert _concepts(lexicon, "ps5") == {"GAME"}


@pytest.fixture(scope="module")
def matcher() -> SafetyMatcher:
    return SafetyMatcher.from_content(load_catalog(PROJECT_ROOT / "content").safety)


@pytest.mark.parametrize("text", [
    "bba 7bes lia la console 7it ma 9ritch mzyan",  # dad took my console because I did not study
    "ma jitch l lycee lyoum 7it kont mrida",  # I did not go to school today because I was ill
    "ba3atli sa7bti el wajib dyal lfranssawi",  # my friend sent me the French homework
])
def test_darija_because_and_sent_are_not_hitting(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None, sorted(matcher.concepts(text))


@pytest.mark.parametrize("text", [
    "3ammi kaydkhol 3liya l bit f lil w ana khayfa",  # my uncle comes into my room at night
    "ila ma b3attich lih tsawer okhrin ghadi ypostihom",  # if I don't send more pictures he'll post them
    "fi 7ada byeb3atli sowar w7sha w bey2olli ma t2oli la 7ada",  # someone sends me dirty pictures, says tell no one
    "he hit me again last night",
])
def test_arabizi_disclosures_are_still_read(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is not None, sorted(matcher.concepts(text))
