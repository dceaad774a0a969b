"""bench/disclosure_harmless_audit.py: the messages a harmless word alone keeps from every rule, by that word."""

from __future__ import annotations

import pytest

from bench.disclosure import matcher
from bench.disclosure_harmless_audit import held_back, veto_tokens
from bot.devtools.train_disclosure_model import Example
from bot.services.safety import SafetyMatcher
from bot.services.safety.normalize import fold


@pytest.fixture(scope="module")
def rules() -> SafetyMatcher:
    return matcher(with_model=False)


def _example(text: str, disclosure: bool, language: str = "fr") -> Example:
    return Example(fold(text).tokens, disclosure, f"disclosures_train/{language}.yaml", text)


def test_a_message_held_back_only_by_a_harmless_word_is_counted_under_that_word(rules: SafetyMatcher) -> None:
    kicked = "le copain de ma mere me donne des coups de pied sous la table pour que personne voit"
    assert rules.disclosure_kind(kicked) is None
    assert "HARMLESS" in rules.concepts(kicked)
    found = held_back(rules, [_example(kicked, True)], "HARMLESS")
    assert list(found) == [("fr", "la table")]
    assert found["fr", "la table"].disclosures == [kicked]
    assert found["fr", "la table"].everyday == []


def test_messages_a_rule_reads_or_no_rule_would_read_are_not_counted(rules: SafetyMatcher) -> None:
    read = "mon beau-pere me frappe tous les soirs"
    nothing_to_read = "on a joue a la table de ping-pong"
    assert rules.disclosure_kind(read) is not None
    assert held_back(rules, [_example(read, True), _example(nothing_to_read, False)], "HARMLESS") == {}


def test_veto_tokens_are_the_ones_without_which_the_concept_goes(rules: SafetyMatcher) -> None:
    tokens = fold("he does stuff to me lol").tokens
    assert "LAUGH" in rules.lexicon.concepts_in(tokens)
    assert veto_tokens(rules, tokens, "LAUGH") == ("lol",)
