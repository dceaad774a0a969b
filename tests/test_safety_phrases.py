"""Phrases in the safety lexicon: the trie is built at once from the phrase list, and where only one phrase goes on
the rest of it is a tail matched in one step (bot/services/safety/lexicon.py). These pin what a phrase matches at
the places the representation changes: a phrase that is the start of another, phrases that part after shared
words, stems inside a tail, a tail longer than what is left of the message, a prefix taken off the first word."""

from __future__ import annotations

from bot.services.safety.lexicon import Lexicon
from bot.services.safety.normalize import fold_words
from tests.auxil.safety import safety_language


def _lexicon(words: dict[str, list[str]], prefixes: tuple[str, ...] = ()) -> Lexicon:
    return Lexicon([safety_language(words, prefixes=prefixes)])


def _concepts(lexicon: Lexicon, text: str) -> set[str]:
    return lexicon.concepts_in(fold_words(text))


def test_a_phrase_and_a_longer_phrase_it_starts() -> None:
    lexicon = _lexicon({"SECRET": ["keep it"], "HIDE": ["keep it between us"]})
    assert _concepts(lexicon, "please keep it") == {"SECRET"}
    assert _concepts(lexicon, "keep it between us ok") == {"SECRET", "HIDE"}
    assert _concepts(lexicon, "keep it between") == {"SECRET"}  # the longer phrase runs past the message
    assert _concepts(lexicon, "keep it between them") == {"SECRET"}
    assert _concepts(lexicon, "keep between us") == set()


def test_phrases_that_part_after_shared_words() -> None:
    lexicon = _lexicon({"SEND": ["send me nudes", "send me pics now"], "ME": ["send me your address"]})
    assert _concepts(lexicon, "send me nudes") == {"SEND"}
    assert _concepts(lexicon, "he said send me pics now") == {"SEND"}
    assert _concepts(lexicon, "send me pics") == set()
    assert _concepts(lexicon, "send me your address please") == {"ME"}
    assert _concepts(lexicon, "send me") == set()


def test_stems_inside_the_rest_of_a_phrase() -> None:
    lexicon = _lexicon({"THREAT": ["he will post* my pic*"], "LEAK": ["shar* it"]})
    assert _concepts(lexicon, "he will posting my pictures") == {"THREAT"}
    assert _concepts(lexicon, "he will post my pic") == {"THREAT"}
    assert _concepts(lexicon, "he will repost my pic") == set()
    assert _concepts(lexicon, "he will post my") == set()
    assert _concepts(lexicon, "she shared it") == {"LEAK"}


def test_equal_phrases_of_two_concepts_and_a_phrase_at_the_end_of_a_message() -> None:
    lexicon = _lexicon({"A": ["dont tell"], "B": ["dont tell", "tell anyone"]})
    assert _concepts(lexicon, "ok dont tell") == {"A", "B"}
    assert _concepts(lexicon, "dont tell anyone") == {"A", "B"}
    assert _concepts(lexicon, "tell") == set()


def test_a_prefix_taken_off_the_first_word_of_a_phrase() -> None:
    lexicon = _lexicon({"SECRET": ["ما تقول"]}, prefixes=("و",))
    assert _concepts(lexicon, "وما تقول") == {"SECRET"}
    assert _concepts(lexicon, "ما تقول") == {"SECRET"}


def test_a_lexicon_without_phrases() -> None:
    lexicon = _lexicon({"NUDE": ["nudes"]})
    assert _concepts(lexicon, "send nudes now") == {"NUDE"}
    assert lexicon.phrases_from("send") == ()
