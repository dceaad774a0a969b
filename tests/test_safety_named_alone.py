"""The harm named in one word (blackmail, a deepfake or nudify app, grooming): a disclosure when someone is involved
or the message is too short to be anything else, not when a lesson, the news, a pet or a parent's guilt trip is
talked about (content/help/safety/rules.yaml, the BLACKMAIL, DEEPFAKE, GROOMED rules; bench/README.md, "Batch 54").
The rules alone, without the model. Sentences written for this test, in no labelled set."""

from __future__ import annotations

import pytest

from bot.content.catalog import load_catalog
from bot.services.safety import SafetyMatcher
from bot.settings import PROJECT_ROOT


@pytest.fixture(scope="module")
def matcher() -> SafetyMatcher:
    return SafetyMatcher.from_content(load_catalog(PROJECT_ROOT / "content").safety)


# One or two words: nothing else to go on, and a child who types only this needs the help answer.
BARE = ["chantajeando", "sextorted", "blackmail!!", "deepfake", "nudify", "groomed", "sextorsion ayuda", "ابتزاز",
        "grooming?", "santaj"]

# The word and someone involved: the writer, their child or friend, a stranger, a feeling, a platform.
INVOLVED = [
    "my friend is being sextorted on snap", "a man keeps blackmailing my son",
    "i think a groomer is talking to me on roblox", "they made a deepfake of my sister",
    "je suis victime de chantage sur insta", "estoy siendo extorsionado por un tipo", "minha filha sofre sextorsao",
    "أنا ضحية ابتزاز من شخص", "aku kena blackmail sama orang", "ninafanyiwa grooming na mzee mmoja",
    "cineva ma santajeaza pe instagram", "a guy has deepfake nudes of me",
]

# The word with nothing at stake. Each of these was a disclosure for the rules before batch 54.
TALK = [
    "the deepfake lesson was long but ok", "my mum does emotional blackmail every sunday",
    "took the dog for grooming this morning", "chantage affectif de mon pere pour le repas",
    "compre un kit de grooming para la barba", "deepfakes are getting so realistic now",
    "الابتزاز العاطفي من امي كل يوم", "am dus cainele la grooming azi",
]


@pytest.mark.parametrize("text", BARE)
def test_the_harm_named_alone_is_a_disclosure(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is not None


@pytest.mark.parametrize("text", INVOLVED)
def test_the_harm_named_with_someone_involved_is_a_disclosure(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is not None


@pytest.mark.parametrize("text", TALK)
def test_the_harm_named_with_nothing_at_stake_is_not(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None


def test_a_longer_message_needs_the_support_not_just_the_word(matcher: SafetyMatcher) -> None:
    # The same word: alone it is enough; in a longer message without anyone involved it is not; with "me" it is.
    assert matcher.disclosure_kind("blackmail") == "sextortion"
    assert matcher.disclosure_kind("blackmail was in the news again") is None
    assert matcher.disclosure_kind("blackmail was done to me again") == "sextortion"
