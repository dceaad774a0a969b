"""Money sent to a child "by mistake" and then claimed back under a threat to post their pictures is a sextortion
opening; "by mistake" makes other messages harmless (HARMLESS), so it must not lift this one. Written for these
tests, not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from bot.services.safety import SafetyMatcher


@pytest.mark.parametrize(
    "text",
    ["he sent me money by mistake and now says he will post my pics unless i pay it back",
     "someone sent me 20 dollars by mistake and says he will share my photos if i dont send it back"],
)
def test_money_claimed_back_under_a_threat_to_post_pictures(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) == "sextortion"


@pytest.mark.parametrize(
    "text",
    ["he sent me money by mistake and now wants it back",
     "i owe my sister money and she said she will post my baby pics unless i pay her back lol"],
)
def test_money_sent_by_mistake_alone_or_a_joke_is_not_a_disclosure(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None
