"""The disclosure matcher against the evaluation set (tests/data/disclosures/, written without looking at the word
lists) and the fresh sentences of the second iteration (tests/data/disclosures_dev/): floors per language, so that a
change to the words or rules that loses recall or adds false alarms fails. bench/disclosure.py prints the full table
(held-out part, borderline items, speed). The retired second blind set (tests/data/disclosures_retired/) is floored
on its development part only: its held-out part (every third item) is measured, never floored. The blind sets
(tests/data/disclosures_blind3/ to disclosures_blind16/, spent after their five runs, and disclosures_blind17/) are
never used here: they are only measured, in aggregate, by
`python -m bench.disclosure --set blind3|...|blind16|blind`."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.disclosure import DATA_DIR, LANGUAGES, SET_DIR, SETS, Item, Score, load_set, score
from bot.services.safety import SafetyMatcher

# Raised from 0.95 in the fourth iteration (every language of the three sets is at 0.987 or more).
RECALL_FLOOR = 0.97
FALSE_POSITIVE_CEILING = 0.03
# Swahili, once floored apart at 0.92, is at 0.987 on the first set since the fourth iteration.
FLOORED = ("en", "fr", "es", "pt", "ar", "id", "sw", "ro")
FRESH = DATA_DIR / SETS["fresh"]
# Batch 32 (2026-12-04) added 80 disclosures each in Arabic and Romanian, the weakest languages on the fifth blind set,
# written blind: the rules alone learnt most of them by class (ar 44 -> 62 of 80, ro 53 -> 72), not all without rules
# shaped on one sentence. Those two are floored where the rules alone are; with the model, as the bot answers, every
# language is floored at RECALL_FLOOR (test_fresh_sentences_with_the_model_per_language).
# Batch 46 (2026-12-06, match46a and match46b) added 40 look-alike disclosures each in Indonesian and Romanian,
# written blind (half indirect): the rules alone find 34 and 35 of them, Indonesian going from 0.971 (544 of 560) to
# 0.963 (578 of 600) and Romanian from 0.966 (544 of 563) to 0.960 (579 of 603); floored where the rules alone are.
# Batch 47 (2026-12-06) added 40 look-alike disclosures per language written blind (half indirect): the rules alone
# find 36 of match47b's in Swahili, going from 0.975 (470 of 482) to 0.969 (506 of 522), and 35 of match47e's in
# Spanish, going to 0.968 (511 of 528); floored where the rules alone are.
FRESH_RULES_FLOOR = {"ar": 0.95, "es": 0.965, "id": 0.96, "ro": 0.955, "sw": 0.965}
RETIRED = DATA_DIR / SETS["retired"]


def _counted(code: str, directory: Path = SET_DIR) -> list[Item]:
    return [item for item in load_set(code, directory) if not item.borderline]


def _assert_within_floors(result: Score, code: str, recall_floor: float = RECALL_FLOOR) -> None:
    missed = [i.text for i in result.misses]
    assert result.recall >= recall_floor, f"{code}: recall {result.recall:.3f}, missed {missed}"
    assert result.false_positive_rate <= FALSE_POSITIVE_CEILING, (
        f"{code}: false positives {result.false_positive_rate:.3f}: {[i.text for i in result.alarms]}")


@pytest.mark.parametrize("code", FLOORED)
def test_recall_and_false_positives_per_language(matcher: SafetyMatcher, code: str) -> None:
    items = _counted(code)
    assert sum(i.disclosure for i in items) >= 60 and sum(not i.disclosure for i in items) >= 60
    _assert_within_floors(score(matcher.disclosure_kind, items), code)


def test_the_held_out_part_is_every_third_item() -> None:
    items = load_set("en")
    disclosures = [i for i in items if i.disclosure]
    assert [i.held_out for i in disclosures[:6]] == [False, False, True, False, False, True]


def test_every_recognised_disclosure_in_the_set_gets_a_known_kind(matcher: SafetyMatcher) -> None:
    kinds = {matcher.disclosure_kind(i.text) for code in FLOORED for i in _counted(code) if i.disclosure}
    assert kinds <= {"sextortion", "image_shared", "ai_image", "grooming", "abuse", "threat", "general", None}


@pytest.mark.parametrize("code", LANGUAGES)
def test_fresh_sentences_per_language(matcher: SafetyMatcher, code: str) -> None:
    """The sentences written for the second iteration: disclosures worded in new ways and everyday messages with
    risky words (hypothetical questions, news, parents' "will kill me", sibling fights, games, scams, quiz answers)."""
    items = _counted(code, FRESH)
    assert sum(i.disclosure for i in items) >= 60 and sum(not i.disclosure for i in items) >= 60
    _assert_within_floors(score(matcher.disclosure_kind, items), code, FRESH_RULES_FLOOR.get(code, RECALL_FLOOR))


@pytest.mark.parametrize("code", LANGUAGES)
def test_fresh_sentences_with_the_model_per_language(matcher_with_model: SafetyMatcher, code: str) -> None:
    """The same sentences as the bot reads them: the rules, the model's second opinion and its veto."""
    _assert_within_floors(score(matcher_with_model.disclosure_kind_with_model, _counted(code, FRESH)), code)


@pytest.mark.parametrize("code", LANGUAGES)
def test_retired_blind_set_development_part_per_language(matcher: SafetyMatcher, code: str) -> None:
    """The second blind set, retired after its 5 runs and opened: only the part the word lists were widened from."""
    items = [item for item in load_set(code, RETIRED) if not item.borderline and not item.held_out]
    assert sum(i.disclosure for i in items) >= 40 and sum(not i.disclosure for i in items) >= 40
    _assert_within_floors(score(matcher.disclosure_kind, items), code)
