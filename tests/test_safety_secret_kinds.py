"""A secret kept with a relative, a step-parent, a teacher or a coach, face to face, is answered with the steps for
abuse (tell an adult who is not that person, keep telling), not the online steps for grooming (stop replying, block
and report the account). With pictures, chats, an app, a stranger, a request, money or gifts in it, it stays
grooming. The sentences are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from bot.content.catalog import load_catalog
from bot.services.safety import SafetyMatcher
from bot.settings import PROJECT_ROOT


@pytest.fixture(scope="module")
def matcher() -> SafetyMatcher:
    return SafetyMatcher.from_content(load_catalog(PROJECT_ROOT / "content").safety)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # in person, someone close: abuse steps
        ("my uncle says what happens at his place stays our secret", "abuse"),
        ("my stepdad comes in at night and says not to tell mum", "abuse"),
        ("mon oncle dit que ce qu'il fait c'est notre secret", "abuse"),
        ("mi padrastro dice que es nuestro secreto", "abuse"),
        ("meu tio disse que é segredo nosso", "abuse"),
        ("عمي قالي ده سر بينا", "abuse"),
        ("pamanku bilang ini rahasia kita", "abuse"),
        ("mjomba alisema ni siri yetu", "abuse"),
        ("unchiul meu zice ca e secretul nostru", "abuse"),
        # online, a stranger, a request, money or gifts: grooming steps
        ("a guy online said to keep our chats secret", "grooming"),
        ("my uncle sends me pics and says its our secret", "grooming"),
        ("a 40 year old man wants to meet me and says dont tell my mum", "grooming"),
        ("my coach gives me money and says its our secret", "grooming"),
    ],
)
def test_secret_kind(matcher: SafetyMatcher, text: str, kind: str) -> None:
    assert matcher.disclosure_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    ["my uncle is planning a surprise party and said to keep it secret",
     "mon oncle prepare une surprise pour maman, c'est notre secret"],
)
def test_a_happy_secret_is_still_not_a_disclosure(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None
