"""Languages are content: discovered from locales/<code>/language.yaml, complete or not offered, restricted by the
LANGUAGES setting; plural, date and number rules from Babel (CLDR), the same rules Fluent applies."""

from __future__ import annotations

import logging
import re
from datetime import date
from pathlib import Path

import babel
import pytest
from fluent.runtime import FluentBundle

from bot.content.base import ContentError
from bot.content.i18n import I18n
from bot.content.languages import load_languages, load_unavailable
from bot.features.common import format_date, format_percent
from bot.services.startup import offered_languages
from bot.settings import SettingsError, load_settings
from tests.auxil.languages import I18N, LANGUAGES, LOCALES_DIR

GOOD_TOKEN = "123456789:AAbbccddeeffgghhiijjkkll"


def _language(folder: Path, name: str, messages: str, direction: str = "ltr", extra: str = "") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "language.yaml").write_text(
        f"name: {name}\nenglish_name: {name}\ndirection: {direction}\nstatus: draft\n{extra}", encoding="utf-8")
    (folder / "main.ftl").write_text(messages, encoding="utf-8")


@pytest.fixture
def locales(tmp_path: Path) -> Path:
    _language(tmp_path / "en", "English", "language-name = English\nhello = Hello\nbye = Bye\n")
    _language(tmp_path / "fr", "Français", "language-name = Français\nhello = Bonjour\nbye = Au revoir\n")
    _language(tmp_path / "sw", "Kiswahili", "language-name = Kiswahili\nhello = Habari\n")  # no "bye": 1 of 3
    _language(tmp_path / "ar", "العربية", "language-name = العربية\nhello = مرحبًا\nbye = مع السلامة\n", "rtl")
    (tmp_path / "id").mkdir()  # a folder being started: no language.yaml yet
    (tmp_path / "id" / "main.ftl").write_text("hello = Halo\n", encoding="utf-8")
    return tmp_path


def test_every_folder_with_a_language_file_is_a_language(locales: Path) -> None:
    languages = load_languages(locales)
    assert set(languages) == {"en", "fr", "sw", "ar"}
    assert languages["ar"].rtl and not languages["fr"].rtl
    assert languages["sw"].status == "draft"


def test_only_complete_languages_are_offered_in_picker_order(locales: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="bot.content.i18n")
    i18n = I18n(locales)
    assert i18n.locales == ("en", "fr", "ar")  # by their own names: English, Français, العربية
    assert i18n.missing == {"en": 0, "fr": 0, "sw": 1, "ar": 0}
    assert "language sw is not offered: 1 messages are missing" in caplog.text  # 1 of 3 is far more than 5%
    assert i18n.t("sw", "hello") == "Habari"  # someone who chose it before still reads it
    assert i18n.t("sw", "bye") == "Bye"  # and English where it lacks a message
    assert i18n.negotiate("sw-KE", "en") == "en"
    assert i18n.why_not_offered("sw").startswith("its translation lacks 1 of English's messages, more than 5%")
    assert i18n.is_rtl("ar") and not i18n.is_rtl("fr") and not i18n.is_rtl("xx")


def test_a_language_a_few_messages_behind_english_is_still_offered(tmp_path: Path) -> None:
    """New English messages must not take a language away from the people who speak it before translators catch
    up: up to 5% missing, it is offered and those messages show in English (check-content fails meanwhile)."""
    english = "".join(f"m{i} = Message {i}\n" for i in range(40))
    _language(tmp_path / "en", "English", "language-name = English\n" + english)
    behind = "".join(f"m{i} = Ujumbe {i}\n" for i in range(38))  # 2 of 41 missing: under 5%
    _language(tmp_path / "sw", "Kiswahili", "language-name = Kiswahili\n" + behind)
    i18n = I18n(tmp_path)
    assert i18n.locales == ("en", "sw")
    assert i18n.t("sw", "m39") == "Message 39"


def test_only_restricts_and_orders(locales: Path) -> None:
    i18n = I18n(locales, only=["fr", "en", "sw"], default="fr")
    assert i18n.locales == ("fr", "en")  # sw is incomplete
    assert i18n.negotiate("ar", "fr") == "fr"
    assert i18n.t("xx", "hello") == "Bonjour"  # an unknown locale reads the default language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("name: English\nenglish_name: English\ndirection: sideways\nstatus: draft\n", "direction"),
        ("name: English\nenglish_name: English\ndirection: ltr\nstatus: done\n", "status"),
        ("name: English\ndirection: ltr\nstatus: draft\n", "english_name"),
        ("name: English\nenglish_name: English\ndirection: ltr\nstatus: draft\ncolour: red\n", "colour"),
        ("name: [unclosed\n", "malformed YAML"),
        ("name: English\nenglish_name: English\ndirection: ltr\nstatus: draft\nname: Anglais\n",
         "(line 5, column 1): the key 'name' is written twice"),
    ],
)
def test_a_broken_language_file_names_the_file_and_field(locales: Path, text: str, expected: str) -> None:
    (locales / "fr" / "language.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_languages(locales)
    assert str(caught.value).startswith("locales/fr/language.yaml: ")
    assert expected in str(caught.value)


def test_a_folder_babel_does_not_know_is_refused(locales: Path) -> None:
    _language(locales / "qq", "Qq", "hello = Qq\n")
    with pytest.raises(ContentError, match=re.escape("locales/qq: Babel has no plural, date or number rules")):
        load_languages(locales)


def test_english_is_required(tmp_path: Path) -> None:
    _language(tmp_path / "fr", "Français", "hello = Bonjour\n")
    with pytest.raises(ContentError, match=re.escape("locales/en/language.yaml")):
        I18n(tmp_path)


def test_not_available_note(locales: Path) -> None:
    (locales / "unavailable.yaml").write_text("de: Deutsch gibt es hier noch nicht.\n", encoding="utf-8")
    (locales / "en" / "main.ftl").write_text(
        "language-name = English\nhello = Hello\nbye = Bye\nlanguage-unavailable = No { $language } yet.\n",
        encoding="utf-8")
    (locales / "fr" / "more.ftl").write_text("language-unavailable = Pas encore de { $language }.\n", encoding="utf-8")
    i18n = I18n(locales)
    assert i18n.locales == ("en", "fr")
    assert i18n.not_available_note("de-AT", "en") == "Deutsch gibt es hier noch nicht."
    assert i18n.not_available_note("it", "en") == "No Italian yet."  # no line: the default language names it
    assert i18n.not_available_note("it", "fr") == "Pas encore de italien."
    assert i18n.not_available_note("fr-CA", "en") is None  # offered
    assert i18n.not_available_note(None, "en") is None and i18n.not_available_note("", "en") is None


def test_unavailable_file_is_checked(tmp_path: Path) -> None:
    (tmp_path / "unavailable.yaml").write_text("Deutsch: Nein\n", encoding="utf-8")
    with pytest.raises(ContentError, match=re.escape("locales/unavailable.yaml: 'Deutsch'")):
        load_unavailable(tmp_path)
    (tmp_path / "unavailable.yaml").write_text("de: ''\n", encoding="utf-8")
    with pytest.raises(ContentError, match=re.escape("locales/unavailable.yaml: de: must be one line")):
        load_unavailable(tmp_path)


def test_the_real_unavailable_lines_are_for_languages_the_bot_does_not_speak() -> None:
    lines = load_unavailable(LOCALES_DIR)
    assert {"de", "ru", "tr", "hi", "zh", "ha", "am", "vi"} <= set(lines)
    assert not set(lines) & set(LANGUAGES)


# --- the LANGUAGES and DEFAULT_LOCALE settings ---------------------------------------------------------------------


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("LANGUAGES", "DEFAULT_LOCALE", "LOCALES_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("BOT_TOKEN", GOOD_TOKEN)
    return monkeypatch


def test_languages_setting_parses(env: pytest.MonkeyPatch) -> None:
    env.setenv("LANGUAGES", "en, FR,sw,en")
    assert load_settings(_env_file=None).languages == ("en", "fr", "sw")
    env.delenv("LANGUAGES")
    assert load_settings(_env_file=None).languages == ()


@pytest.mark.parametrize(
    ("languages", "default", "message"),
    [
        ("en,xx", "en", "configuration error: LANGUAGES xx is not a language of the bot"),
        ("en,f-r", "en", "configuration error: LANGUAGES must be comma-separated language codes"),
        ("fr,sw", "en", "configuration error: DEFAULT_LOCALE en must be one of LANGUAGES (fr, sw)"),
        ("", "de", "configuration error: DEFAULT_LOCALE de is not a language of the bot"),
    ],
)
def test_bad_language_settings_are_named(env: pytest.MonkeyPatch, languages: str, default: str, message: str) -> None:
    env.setenv("LANGUAGES", languages)
    env.setenv("DEFAULT_LOCALE", default)
    with pytest.raises(SettingsError) as caught:
        load_settings(_env_file=None)
    assert str(caught.value).startswith(message)


def test_an_incomplete_language_asked_for_stops_the_start(env: pytest.MonkeyPatch, locales: Path) -> None:
    env.setenv("LOCALES_DIR", str(locales))
    env.setenv("LANGUAGES", "en,sw")
    settings = load_settings(_env_file=None)
    with pytest.raises(SettingsError) as caught:
        offered_languages(settings)
    assert str(caught.value).startswith("configuration error: LANGUAGES sw cannot be offered: its translation lacks")
    env.setenv("LANGUAGES", "en,fr")
    assert offered_languages(load_settings(_env_file=None)).locales == ("en", "fr")


# --- plural, date and number rules from Babel ----------------------------------------------------------------------


@pytest.mark.parametrize("code", LANGUAGES)
def test_fluent_plural_rules_are_babels(code: str) -> None:
    """Fluent picks plural variants with Babel's CLDR rules: the categories check-content knows are the ones used."""
    bundle = FluentBundle([code])
    rules = babel.Locale.parse(code).plural_form
    for n in [*range(0, 230), 1.5, 0.5, 1000000]:
        assert bundle._plural_form(n) == rules(n), (code, n)


def test_plural_categories_per_language() -> None:
    assert set(babel.Locale.parse("ar").plural_form.tags) == {"zero", "one", "two", "few", "many"}
    assert set(babel.Locale.parse("sw").plural_form.tags) == {"one"}
    assert set(babel.Locale.parse("id").plural_form.tags) == set()  # Indonesian: only "other"


@pytest.mark.parametrize("code", LANGUAGES)
def test_dates_and_numbers_in_local_format(code: str) -> None:
    day = date(2026, 12, 31)
    shown = format_date(day, code)
    assert shown == babel.dates.format_date(day, "medium", locale=code)
    assert "2026" in shown and shown != "2026-12-31"
    assert format_percent(0.62, code) == babel.numbers.format_percent(0.62, locale=code)
    assert "62" in format_percent(0.62, code)
    assert I18N.t(code, "lessons-title")  # every language formats


def test_a_few_known_forms() -> None:
    assert format_date(date(2026, 12, 31), "en") == "Dec 31, 2026"
    assert format_date(date(2026, 12, 31), "fr") == "31 déc. 2026"
    assert format_percent(0.62, "fr") == "62\u00a0%"
    assert format_date(None, "fr") == "-"
