"""The disclosure matcher against the evaluation set (tests/data/disclosures/, written without looking at the word
lists): floors per language, so that a change to the words or rules that loses recall or adds false alarms fails.
bench/disclosure.py prints the full table (held-out part, borderline items, speed)."""

from __future__ import annotations

import pytest

from bench.disclosure import Item, load_set, score
from bot.content.catalog import load_catalog
from bot.services.safety import SafetyMatcher
from bot.settings import PROJECT_ROOT

RECALL_FLOOR = 0.95
FALSE_POSITIVE_CEILING = 0.03
# Languages the bot speaks now; id, sw and ro are measured by the benchmark (word lists still to be written).
FLOORED = ("en", "fr", "es", "pt", "ar")


@pytest.fixture(scope="module")
def matcher() -> SafetyMatcher:
    return SafetyMatcher.from_content(load_catalog(PROJECT_ROOT / "content").safety)


def _counted(code: str) -> list[Item]:
    return [item for item in load_set(code) if not item.borderline]


@pytest.mark.parametrize("code", FLOORED)
def test_recall_and_false_positives_per_language(matcher: SafetyMatcher, code: str) -> None:
    items = _counted(code)
    assert sum(i.disclosure for i in items) >= 60 and sum(not i.disclosure for i in items) >= 60
    result = score(matcher.disclosure_kind, items)
    missed = [i.text for i in result.misses]
    alarms = [i.text for i in result.alarms]
    assert result.recall >= RECALL_FLOOR, f"{code}: recall {result.recall:.3f}, missed {missed}"
    assert result.false_positive_rate <= FALSE_POSITIVE_CEILING, (
        f"{code}: false positives {result.false_positive_rate:.3f}: {alarms}")


def test_the_held_out_part_is_every_third_item() -> None:
    items = load_set("en")
    disclosures = [i for i in items if i.disclosure]
    assert [i.held_out for i in disclosures[:6]] == [False, False, True, False, False, True]


def test_every_recognised_disclosure_in_the_set_gets_a_known_kind(matcher: SafetyMatcher) -> None:
    kinds = {matcher.disclosure_kind(i.text) for code in FLOORED for i in _counted(code) if i.disclosure}
    assert kinds <= {"sextortion", "image_shared", "ai_image", "grooming", "abuse", "threat", "general", None}
