"""Translations: every locale has every message with the same placeables; formatting never breaks text."""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

import pytest

from bot.content.i18n import FALLBACK_LOCALE, I18n, LocaleFiles, parse_locale
from tests.auxil.languages import LANGUAGES as LOCALES
from tests.auxil.languages import LOCALES_DIR
from tests.auxil.pending import pending_id

ISOLATION_MARKS = ("\u2068", "\u2069", "\u2066", "\u2067")


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


@pytest.fixture(scope="module")
def parsed() -> dict[str, LocaleFiles]:
    return {code: parse_locale(LOCALES_DIR, code) for code in LOCALES}


@pytest.fixture(scope="module")
def i18n() -> I18n:
    return I18n(LOCALES_DIR)


def test_languages_are_the_complete_folders() -> None:
    assert {"en", "fr", "es", "pt", "ar", "sw"} <= set(LOCALES)
    for code in LOCALES:
        assert (LOCALES_DIR / code / "main.ftl").is_file(), code
        assert (LOCALES_DIR / code / "language.yaml").is_file(), code


@pytest.mark.parametrize("code", LOCALES)
def test_locale_parses_cleanly(parsed: dict[str, LocaleFiles], code: str) -> None:
    assert parsed[code].syntax_errors == []
    assert len(parsed[code].shapes) > 100


@pytest.mark.parametrize("code", [c for c in LOCALES if c != FALLBACK_LOCALE])
def test_same_message_ids_as_english(parsed: dict[str, LocaleFiles], code: str) -> None:
    """A missing (or extra) translation fails the build."""
    english = set(parsed[FALLBACK_LOCALE].shapes)
    here = set(parsed[code].shapes)
    assert sorted(i for i in english - here if not pending_id(i)) == [], f"missing in {code} (tests/auxil/pending.py)"
    assert sorted(here - english) == [], f"only in {code}, not in English"


@pytest.mark.parametrize("code", [c for c in LOCALES if c != FALLBACK_LOCALE])
def test_same_variables_per_message(parsed: dict[str, LocaleFiles], code: str) -> None:
    english = parsed[FALLBACK_LOCALE].shapes
    differ = {
        message_id: (sorted(shape.variables), sorted(english[message_id].variables))
        for message_id, shape in parsed[code].shapes.items()
        if message_id in english and shape.variables != english[message_id].variables
    }
    assert differ == {}, f"{code}: (this locale, English)"


@pytest.mark.parametrize("code", [c for c in LOCALES if c != FALLBACK_LOCALE])
def test_same_file_per_message(parsed: dict[str, LocaleFiles], code: str) -> None:
    english = parsed[FALLBACK_LOCALE].where
    moved = {
        message_id: where
        for message_id, where in parsed[code].where.items()
        if message_id in english and where.split("/", 1)[1] != english[message_id].split("/", 1)[1]
    }
    assert moved == {}


def test_shape_check_sees_a_renamed_variable(tmp_path: Path) -> None:
    """The comparisons above are not vacuous: parse_locale reports variables and ids as they are."""
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "main.ftl").write_text("a = In { $country }\nb = B\n", encoding="utf-8")
    (tmp_path / "fr").mkdir()
    (tmp_path / "fr" / "main.ftl").write_text("a = En { $pays }\n", encoding="utf-8")
    en, fr = parse_locale(tmp_path, "en"), parse_locale(tmp_path, "fr")
    assert set(en.shapes) == {"a", "b"}
    assert set(fr.shapes) == {"a"}
    assert en.shapes["a"].variables == {"country"}
    assert fr.shapes["a"].variables == {"pays"}


# --- formatting -----------------------------------------------------------------------------------------


def language_file(folder: Path, name: str, direction: str = "ltr") -> None:
    folder.mkdir(exist_ok=True)
    (folder / "language.yaml").write_text(
        f"name: {name}\nenglish_name: {name}\ndirection: {direction}\nstatus: draft\n", encoding="utf-8")


@pytest.fixture
def small_locales(tmp_path: Path) -> Path:
    language_file(tmp_path / "en", "English")
    language_file(tmp_path / "fr", "Français")
    (tmp_path / "en" / "main.ftl").write_text(
        "hello = Hello, { $name }!\nonly-english = Only in English\ncall = Call { $number } now.\n",
        encoding="utf-8",
    )
    (tmp_path / "fr" / "main.ftl").write_text("hello = Bonjour, { $name } !\n", encoding="utf-8")
    return tmp_path


def test_missing_id_falls_back_to_english(small_locales: Path) -> None:
    i18n = I18n(small_locales)
    assert i18n.t("fr", "hello", name="Ana") == "Bonjour, Ana !"
    assert i18n.t("fr", "only-english") == "Only in English"
    assert i18n.t("fr", "call", number="112") == "Call 112 now."
    assert i18n.has("fr", "hello")
    assert not i18n.has("fr", "only-english")
    assert i18n.has("en", "only-english")


def test_unknown_locale_and_unknown_id(small_locales: Path) -> None:
    i18n = I18n(small_locales)
    assert i18n.t("de", "hello", name="Jo") == "Hello, Jo!"
    assert i18n.t("fr", "no-such-message") == "no-such-message"


def test_no_isolation_marks_around_placeables(small_locales: Path, i18n: I18n) -> None:
    small = I18n(small_locales)
    texts = [
        small.t("fr", "hello", name="Ana"),
        small.t("en", "call", number="116 111"),
        i18n.t("en", "help-intro-country", country="Kenya"),
        i18n.t("ar", "help-intro-country", country="كينيا"),
        i18n.t("ar", "help-footer-emergency", number="112"),
        i18n.t("fr", "mydata-country", value="Côte d'Ivoire"),
    ]
    for text in texts:
        assert not any(mark in text for mark in ISOLATION_MARKS), repr(text)
    assert "116 111" in texts[1]
    assert "Kenya" in texts[2]
    assert "كينيا" in texts[3]
    assert "112" in texts[4]


def test_every_message_formats_cleanly(
    i18n: I18n, parsed: dict[str, LocaleFiles], caplog: pytest.LogCaptureFixture
) -> None:
    """Every message of every locale formats with its variables: no Fluent error (unknown message, term or
    variable is logged by I18n.t) and no isolation marks."""
    caplog.set_level(logging.WARNING, logger="bot.content.i18n")
    formatted = 0
    for code in LOCALES:
        for message_id, shape in parsed[code].shapes.items():
            if message_id.startswith("-") or message_id not in parsed[code].texts:
                continue
            text = i18n.t(code, message_id, **{name: "X1" for name in shape.variables})
            formatted += 1
            assert text.strip(), (code, message_id)
            assert not any(mark in text for mark in ISOLATION_MARKS), (code, message_id)
    assert formatted > 500
    assert [r.getMessage() for r in caplog.records] == []


def test_variable_named_locale(i18n: I18n) -> None:
    """settings-current uses { $locale }; the features call it through partial(i18n.t, locale)."""
    t = partial(i18n.t, "fr")
    text = t("settings-current", locale="Français", audience="A", country="Sénégal")
    assert "Français" in text
    assert "Sénégal" in text


@pytest.mark.parametrize(
    ("language_code", "expected"),
    [("pt-br", "pt"), ("pt_BR", "pt"), ("PT", "pt"), ("fr-CA", "fr"), ("ar", "ar"), ("es-419", "es"),
     ("de", "fr"), ("", "fr"), (None, "fr"), ("zz-en", "fr")],
)
def test_negotiate(i18n: I18n, language_code: str | None, expected: str) -> None:
    assert i18n.negotiate(language_code, default="fr") == expected


def test_negotiate_default(i18n: I18n) -> None:
    assert i18n.negotiate("pt-br", "en") == "pt"
    assert i18n.negotiate("de", "en") == "en"
    assert i18n.negotiate("de", "es") == "es"


def test_arabic_renders(i18n: I18n) -> None:
    name = i18n.t("ar", "language-name")
    assert _has_arabic(name)
    assert name != i18n.t("en", "language-name")
    intro = i18n.t("ar", "help-intro-country", country="مصر")
    assert _has_arabic(intro)
    assert "مصر" in intro
    assert intro != i18n.t("en", "help-intro-country", country="مصر")


@pytest.mark.parametrize("code", LOCALES)
def test_first_steps_do_not_repeat_the_disclosure_intro(i18n: I18n, parsed: dict[str, LocaleFiles], code: str) -> None:
    """The disclosure answer opens with "it is not your fault" in bold; the first steps that follow it add what to
    do, not the same reassurance again (it read twice in every language)."""
    intro = i18n.t(code, "disclosure")
    said = [part.split("</b>")[0].strip() for part in intro.split("<b>")[1:]]
    assert said, f"{code}: the disclosure intro has no bold reassurance"
    repeated = {
        message_id: phrase
        for message_id in parsed[code].shapes if message_id.startswith("steps-") and message_id != "steps-caregiver"
        for phrase in said if phrase.casefold() in i18n.t(code, message_id).casefold()
    }
    assert repeated == {}
