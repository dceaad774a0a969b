"""Help, stop and disclosure words from content/help/safety_words.yaml, and typed country names."""

from __future__ import annotations

import unicodedata

import pytest
import yaml

from bot.content.help import SafetyWords
from bot.services.countries import country_index, country_name
from bot.services.safety_words import SafetyMatcher, Signal
from bot.services.text_match import normalize
from bot.settings import PROJECT_ROOT
from tests.auxil.languages import LANGUAGES as LOCALES


@pytest.fixture(scope="module")
def words() -> SafetyWords:
    path = PROJECT_ROOT / "content" / "help" / "safety_words.yaml"
    return SafetyWords.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def matcher(words: SafetyWords) -> SafetyMatcher:
    return SafetyMatcher.from_words(words)


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


# --- help -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["HELP", "help", "Aide", "ayuda!", "ajuda", "مساعدة", "  Help!!  ", "SOS"])
def test_help_words(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.classify(text) is Signal.HELP


@pytest.mark.parametrize(
    "text", ["please help me", "help me please", "i need help", "Au secours !", "necesito ayuda", "ساعدني من فضلك"]
)
def test_short_message_with_a_help_word(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.classify(text) is Signal.HELP


@pytest.mark.parametrize(
    "text",
    [
        "can you help me understand how two step verification works",
        "does this lesson help with choosing a strong password",
        "est-ce que cette leçon peut aider ma fille, je cherche de l'aide pour elle",
    ],
)
def test_long_question_mentioning_help_is_not_a_call_for_help(matcher: SafetyMatcher, text: str) -> None:
    assert len(text.split()) > 4
    assert matcher.classify(text) is None


def test_every_help_word_alone_is_help(words: SafetyWords, matcher: SafetyMatcher) -> None:
    for code in LOCALES:
        for word in words.help[code]:
            assert matcher.classify(word) is Signal.HELP, (code, word)
            assert matcher.classify(word.upper() + "!") is Signal.HELP, (code, word)


# --- stop -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["stop", "STOP", "Stop.", "arrête", "parar", "توقف"])
def test_stop_words(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.classify(text) is Signal.STOP


@pytest.mark.parametrize(
    "text", ["how do I stop someone messaging me", "stop it", "please stop", "comment arrêter les notifications"]
)
def test_stop_inside_a_sentence_is_not_stop(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.classify(text) is not Signal.STOP
    assert matcher.classify(text) is None


def test_every_stop_word_alone_is_stop(words: SafetyWords, matcher: SafetyMatcher) -> None:
    for code in LOCALES:
        for word in words.stop[code]:
            assert matcher.classify(word) is Signal.STOP, (code, word)


# --- disclosure -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "a man I met online is THREATENING ME and says he will send it to my school"),
        ("en", "He touched me and I don't know who to tell"),
        ("fr", "un garçon sur insta me menace de tout publier"),
        ("fr", "Il m’a touchée"),  # accent and typographic apostrophe added to the yaml's "m'a touchee"
        ("fr", "IL M'A FORCEE"),
        ("es", "Un hombre me hizo daño"),  # ñ in the message, "dano" in the yaml
        ("es", "ME AMENAZA con publicar mis fotos"),
        ("pt", "Ele me ameaçou ontem"),  # ç in the message, "me ameacou" in the yaml
        ("pt", "TENHO MEDO DELE"),
        ("ar", "شخص يهددني على تيليجرام"),
        ("ar", "هو يُهَدِّدُنِي"),  # with harakat
        ("ar", "هو اجبرني"),  # the yaml also has the hamza form
    ],
)
def test_disclosures_in_five_languages(matcher: SafetyMatcher, code: str, text: str) -> None:
    assert matcher.classify(text) is Signal.DISCLOSURE


def test_every_disclosure_phrase_matches_inside_a_sentence(words: SafetyWords, matcher: SafetyMatcher) -> None:
    for code in LOCALES:
        assert words.disclosure[code], code
        for phrase in words.disclosure[code]:
            for text in (f"yesterday {phrase} online", phrase.upper(), f"{phrase.title()}!", _with_accents(phrase)):
                assert matcher.classify(text) is Signal.DISCLOSURE, (code, phrase, text)


def _with_accents(phrase: str) -> str:
    """Put an acute accent on every vowel: a person typing accents the yaml leaves out."""
    return "".join(unicodedata.normalize("NFC", ch + "\u0301") if ch in "aeiou" else ch for ch in phrase)


def test_disclosure_wins_over_help(matcher: SafetyMatcher) -> None:
    assert matcher.classify("help he is blackmailing me") is Signal.DISCLOSURE


def test_words_match_whole_words_only(matcher: SafetyMatcher) -> None:
    assert matcher.classify("the grapes were great") is None
    assert matcher.classify("helpful") is None
    assert matcher.classify("stopwatch") is None


@pytest.mark.parametrize(
    "text",
    ["what is a strong password", "c'est quoi un bon mot de passe", "¿qué es una contraseña segura?", "", "   ", "👍"],
)
def test_ordinary_text(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.classify(text) is None


def test_normalize() -> None:
    assert normalize("  Côte d’Ivoire!! ") == "cote d'ivoire"
    assert normalize("AÇÃO") == "acao"
    assert normalize("يُهَدِّدُنِي") == "يهددني"
    assert normalize("مـسـاعـدة") == "مساعدة"  # tatweel


# --- countries ------------------------------------------------------------------------------------------


def test_find_country_by_name() -> None:
    french = country_index("fr")
    assert french.find("Kenya") == "KE"
    assert french.find("Côte d'Ivoire") == "CI"
    assert french.find("cote d’ivoire") == "CI"
    assert french.find("Royaume-Uni") == "GB"
    assert french.find("United Kingdom") == "GB"  # English names work in every locale
    assert french.find("ke") == "KE"  # an ISO code
    assert french.find("Atlantis") is None
    assert country_index("es").find("Kenia") == "KE"
    assert country_index("ar").find("المملكة المتحدة") == "GB"


@pytest.mark.parametrize("code", LOCALES)
def test_every_country_name_finds_itself(code: str) -> None:
    index = country_index(code)
    for letter_index, _letter in enumerate(index.letters):
        for country in index.codes_for(letter_index):
            assert index.find(country_name(country, code)) == country, (code, country)
    assert index.codes_for(len(index.letters)) == ()


def test_country_names_are_localized() -> None:
    arabic = country_name("GB", "ar")
    assert _has_arabic(arabic)
    assert arabic != country_name("GB", "en")
    assert country_name("GB", "en") == "United Kingdom"
    assert country_name("DE", "fr") == "Allemagne"
    assert country_name("ZZ", "fr") == "ZZ"
