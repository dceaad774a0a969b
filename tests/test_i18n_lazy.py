"""Languages loaded on first use: English and the default at once, any other when a message in it is asked for;
the command menus of every language set without loading them; two threads asking first build one bundle."""

from __future__ import annotations

import threading
from pathlib import Path

from bot.content.i18n import FALLBACK_LOCALE, STARTUP_PREFIX, I18n
from tests.auxil.languages import LANGUAGES, LOCALES_DIR, TRANSLATIONS


def _startup_ids() -> list[str]:
    eager = I18n(LOCALES_DIR)
    ids = [line.split("=")[0].strip() for path in (LOCALES_DIR / FALLBACK_LOCALE).rglob("*.ftl")
           for line in path.read_text(encoding="utf-8").splitlines() if line.startswith(STARTUP_PREFIX)]
    assert ids and all(eager.has(FALLBACK_LOCALE, i) for i in ids)
    return ids


def test_only_english_and_the_default_are_loaded_at_start() -> None:
    assert I18n(LOCALES_DIR).loaded == {FALLBACK_LOCALE}
    other = TRANSLATIONS[0]
    i18n = I18n(LOCALES_DIR, default=other)
    assert i18n.loaded == {FALLBACK_LOCALE, other}
    assert len(i18n.missing) == len(i18n.languages)  # every language counted, none loaded for it


def test_a_language_is_loaded_by_its_first_message() -> None:
    i18n = I18n(LOCALES_DIR)
    for code in TRANSLATIONS:
        assert code not in i18n.loaded
        text = i18n.t(code, "welcome")
        assert code in i18n.loaded
        assert text != i18n.t(FALLBACK_LOCALE, "welcome")  # its own words, not English's
    assert i18n.loaded == set(LANGUAGES) | {FALLBACK_LOCALE}


def test_has_loads_the_language_and_an_unknown_code_loads_nothing() -> None:
    i18n = I18n(LOCALES_DIR)
    code = TRANSLATIONS[-1]
    assert i18n.has(code, "welcome")
    assert code in i18n.loaded
    assert i18n.t("xx", "welcome") == i18n.t(FALLBACK_LOCALE, "welcome")
    assert not i18n.has("xx", "welcome")
    assert "xx" not in i18n.loaded


def test_load_all() -> None:
    i18n = I18n(LOCALES_DIR)
    i18n.load_all()
    assert i18n.loaded == set(i18n.languages)


def test_startup_texts_are_the_messages_without_loading_the_language() -> None:
    ids = _startup_ids()
    lazy = I18n(LOCALES_DIR)
    texts = {(code, i): lazy.startup_text(code, i) for code in LANGUAGES for i in ids}
    assert lazy.loaded == {FALLBACK_LOCALE}
    eager = I18n(LOCALES_DIR)
    assert texts == {(code, i): eager.t(code, i) for code in LANGUAGES for i in ids}


def test_a_startup_message_missing_from_a_language_is_english(tmp_path: Path) -> None:
    for code, text in (("en", "cmd-start = Start\ncmd-help = Help\n"), ("fr", "cmd-start = Démarrer\n")):
        (tmp_path / code).mkdir()
        (tmp_path / code / "language.yaml").write_text(
            f"name: {code}\nenglish_name: {code}\ndirection: ltr\nstatus: draft\n", encoding="utf-8")
        (tmp_path / code / "main.ftl").write_text(text, encoding="utf-8")
    i18n = I18n(tmp_path)
    assert i18n.startup_text("fr", "cmd-start") == "Démarrer"
    assert i18n.startup_text("fr", "cmd-help") == "Help"


def test_threads_asking_first_share_one_bundle() -> None:
    i18n = I18n(LOCALES_DIR)
    code = TRANSLATIONS[0]
    start = threading.Barrier(8)
    texts: list[str] = []

    def ask() -> None:
        start.wait()
        texts.append(i18n.t(code, "welcome"))

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(texts) == 8 and len(set(texts)) == 1
    assert i18n.loaded == {FALLBACK_LOCALE, code}
