"""Every language the bot speaks, discovered from locales/ (a language added as a folder is covered with no change
here): onboarding and one whole lesson in it, its command menu, its dates; a language added as a folder to a copy of
locales/ appears in the picker with no code change; someone whose app language is not offered is told so."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from bot.content.series import CardStep, QuizStep
from bot.devtools.fake_bot_api import FakeBotApi
from bot.features.common import format_date
from bot.services.countries import country_name
from bot.settings import PROJECT_ROOT
from tests.auxil.conversations import ISOLATES, assert_menu, chat_calls, events, t, tap_exact, user_row
from tests.auxil.harness import BotHarness, Reply, TgUser
from tests.auxil.languages import LANGUAGES, RTL

COMMAND_NAMES = ["start", "lessons", "checkin", "help", "settings", "language", "privacy", "mydata", "forget", "stop"]


def _english_leaks(bot: BotHarness, locale: str, shown: str, message_ids: list[str]) -> list[str]:
    """Message ids whose English text shows where this language's should be."""
    if locale == "en":
        return []
    return [m for m in message_ids if t(bot, "en", m) != t(bot, locale, m) and t(bot, "en", m) in shown]


async def _onboard_by_the_buttons(bot: BotHarness, user: TgUser, locale: str) -> str:
    """A 16-17 year old, through the labels this language shows; returns the country chosen."""
    reply = await user.send("/start")
    assert reply.text == t(bot, locale, "welcome")
    assert reply.labels()[0] == f"{bot.rt.i18n.name(locale)} ✓"
    reply = await user.tap(reply.labels()[0])
    assert reply.text == t(bot, locale, "ask-audience")
    reply = await tap_exact(user, reply, t(bot, locale, "btn-aud-youth"))
    assert reply.text == t(bot, locale, "ask-age")
    reply = await tap_exact(user, reply, t(bot, locale, "btn-age-16-17"))
    assert reply.text == t(bot, locale, "ask-country")
    shortlist = bot.rt.catalog.countries.shortlist_for(locale)
    assert reply.labels()[: len(shortlist)] == [country_name(c, locale) for c in shortlist]
    country = shortlist[0]
    reply = await tap_exact(user, reply, country_name(country, locale))
    assert reply.text == t(bot, locale, "consent-youth")
    reply = await tap_exact(user, reply, t(bot, locale, "btn-consent-yes"))
    assert reply.text == f"{t(bot, locale, 'onboarding-done')}\n\n{t(bot, locale, 'menu-youth')}"
    assert_menu(bot, reply.labels(), locale, "youth")
    return country


async def _one_lesson(bot: BotHarness, user: TgUser, locale: str) -> Reply:
    """The first lesson of the first series for 16-17 year olds, every card read and every quiz answered right."""
    series = bot.rt.catalog.series_for("youth_16_17")[0]
    lesson = series.lessons[0]
    title = t(bot, locale, f"s-{series.id}-title")
    reply = await user.send("/lessons")
    assert reply.text == f"{t(bot, locale, 'lessons-title')}\n{t(bot, locale, 'lessons-pick')}"
    reply = await user.tap(title)
    reply = await tap_exact(user, reply, t(bot, locale, "btn-series-start"))
    base = f"s-{series.id}-{lesson.id}"
    way_out = [t(bot, locale, "btn-all-lessons"), t(bot, locale, "btn-help")]
    for index, step in enumerate(lesson.steps):
        # A card with a picture is a photo whose caption is the card (or the photo, then the card's text).
        shown = reply.last.text
        assert shown.startswith(f"<b>{t(bot, locale, f'{base}-title')}</b>")
        if isinstance(step, CardStep):
            assert shown.endswith(t(bot, locale, f"{base}-{step.card}"))
            assert reply.labels() == [t(bot, locale, "btn-back"), t(bot, locale, "btn-next"), *way_out]
            reply = await tap_exact(user, reply, t(bot, locale, "btn-next"))
        else:
            assert isinstance(step, QuizStep)
            assert shown.endswith(t(bot, locale, f"{base}-{step.quiz}"))
            options = [t(bot, locale, f"{base}-{step.quiz}-{o}") for o in step.options]
            assert reply.labels() == [*options, t(bot, locale, "btn-back"), *way_out]
            reply = await tap_exact(user, reply, t(bot, locale, f"{base}-{step.quiz}-{step.answer}"))
            assert reply.text.startswith(t(bot, locale, "quiz-right"))
            assert t(bot, locale, f"{base}-{step.quiz}-{step.answer}-why") in reply.text
            reply = await tap_exact(user, reply, t(bot, locale, "btn-continue"))
        if index + 1 < len(lesson.steps):
            assert reply.last.text.startswith(f"<b>{t(bot, locale, f'{base}-title')}</b>"), (lesson.id, index)
    total = len(series.lessons)
    assert t(bot, locale, "lesson-done", lesson=t(bot, locale, f"{base}-title"), bar="▰" + "▱" * (total - 1),
             done=1, total=total) in reply.text
    return reply


@pytest.mark.parametrize("locale", LANGUAGES)
async def test_onboarding_and_one_lesson_in_each_language(bot: BotHarness, locale: str) -> None:
    uid = 7000 + LANGUAGES.index(locale)
    user = bot.user(uid, locale)
    country = await _onboard_by_the_buttons(bot, user, locale)
    await _one_lesson(bot, user, locale)

    shown = "\n".join(c.text for c in chat_calls(bot, uid))
    leaks = _english_leaks(bot, locale, shown, ["welcome", "ask-audience", "ask-age", "ask-country", "consent-youth",
                                                 "onboarding-done", "menu-youth", "lessons-pick", "quiz-right"])
    assert leaks == []
    labels = [label for c in chat_calls(bot, uid) for label in c.button_labels()]
    assert not _english_leaks(bot, locale, "\n".join(labels), ["btn-next", "btn-continue", "btn-help"])
    assert not [s for s in (shown, *labels) if ISOLATES.search(s)]
    if locale in RTL:  # "Next" points the way the text reads
        assert "⬅" in t(bot, locale, "btn-next") and "➡" in t(bot, locale, "btn-back")

    row = await user_row(bot, uid)
    assert row is not None and (row.locale, row.country, row.onboarded) == (locale, country, True)
    kinds = [e.kind for e in await events(bot)]
    assert kinds.count("lesson_completed") == 1 and {e.locale for e in await events(bot)} == {locale}

    # The command menu in this language, and dates as the language writes them.
    menu = bot.api.commands[("all_private_chats", locale)]
    assert [c["command"] for c in menu] == COMMAND_NAMES
    assert [c["description"] for c in menu] == [t(bot, locale, f"cmd-{n}") for n in COMMAND_NAMES]
    reply = await user.send("/mydata")
    assert t(bot, locale, "mydata-joined", value=format_date(row.created_at, locale)) in reply.text
    if locale not in ("en",):
        assert f"{row.created_at:%Y-%m-%d}" not in reply.text


# --- a language added as a folder --------------------------------------------------------------------------------


def _copy_with_language(tmp_path: Path, code: str, name: str, drop: str | None = None) -> tuple[Path, Path]:
    """Copies of content/ and locales/ with a new language `code`: English's messages marked as this language's,
    its language.yaml, and its help words (content, like everything else). `drop`: a message left out."""
    content, locales = tmp_path / "content", tmp_path / "locales"
    shutil.copytree(PROJECT_ROOT / "content", content)
    shutil.copytree(PROJECT_ROOT / "locales", locales)
    shutil.copytree(locales / "en", locales / code)
    for path in (locales / code).rglob("*.ftl"):
        lines: list[str] = []
        skipping = False  # inside a multi-line message being replaced or dropped
        for line in path.read_text(encoding="utf-8").splitlines():
            if skipping and (not line.strip() or line[0].isspace()):
                continue
            skipping = False
            if line.startswith((f"{drop} =", "welcome =")) if drop else line.startswith("welcome ="):
                skipping = True
                if line.startswith("welcome ="):
                    lines.append(f"welcome = [{code}] Welkom! Kies je taal.")
                continue
            if line.startswith("language-name ="):
                line = f"language-name = {name}"
            lines.append(line)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (locales / code / "language.yaml").write_text(
        f"name: {name}\nenglish_name: Dutch\ndirection: ltr\nstatus: draft\n", encoding="utf-8")
    words = {  # a new language's safety words are one new file
        "help": [{"words": ["hulp"], "why": "a call for help"}],
        "stop": [{"words": ["stoppen"], "why": "stop all pushed messages"}],
        "concepts": {"THREAT": [{"words": ["bedreig*"], "why": "threats"}], "ME": [{"words": ["me", "mij"],
                                                                                   "why": "the writer"}]},
    }
    (content / "help" / "safety" / f"{code}.yaml").write_text(yaml.safe_dump(words, allow_unicode=True),
                                                               encoding="utf-8")
    return content, locales


async def test_a_language_added_as_a_folder_appears_with_no_code_change(
    fake_api: FakeBotApi, sqlite_url: str, tmp_path: Path
) -> None:
    content, locales = _copy_with_language(tmp_path, "nl", "Nederlands")
    bot = BotHarness(fake_api, sqlite_url, settings_overrides={"content_dir": content, "locales_dir": locales})
    await bot.start()
    try:
        assert "nl" in bot.rt.i18n.locales
        reply = await bot.user(7100, "nl-BE").send("/start")
        assert reply.text == "[nl] Welkom! Kies je taal."  # the new language's own welcome, and no "not available"
        assert reply.labels()[0] == "Nederlands ✓"
        reply = await bot.user(7101, "en").send("/start")
        assert "Nederlands" in reply.labels()  # offered to everyone in the picker
        assert ("all_private_chats", "nl") in bot.api.commands  # its command menu
        reply = await bot.user(7102, "en").send("hulp")  # its help words work
        assert reply.text.startswith(t(bot, "en", "help-title"))
    finally:
        await bot.stop()


async def test_an_incomplete_language_folder_is_not_offered(
    fake_api: FakeBotApi, sqlite_url: str, tmp_path: Path
) -> None:
    content, locales = _copy_with_language(tmp_path, "nl", "Nederlands")
    shutil.rmtree(locales / "nl" / "series")  # the lessons not translated yet: far more than 5% missing
    bot = BotHarness(fake_api, sqlite_url, settings_overrides={"content_dir": content, "locales_dir": locales})
    await bot.start()
    try:
        assert "nl" not in bot.rt.i18n.locales and bot.rt.i18n.missing["nl"] > 100
        reply = await bot.user(7110, "nl").send("/start")
        assert "Nederlands" not in " ".join(reply.labels())
        assert reply.text.startswith(bot.rt.i18n.unavailable["nl"])  # told in Dutch that it is not available
        assert ("all_private_chats", "nl") not in bot.api.commands
    finally:
        await bot.stop()


async def test_a_language_one_message_behind_english_stays_offered(
    fake_api: FakeBotApi, sqlite_url: str, tmp_path: Path
) -> None:
    content, locales = _copy_with_language(tmp_path, "nl", "Nederlands", drop="ask-age")
    bot = BotHarness(fake_api, sqlite_url, settings_overrides={"content_dir": content, "locales_dir": locales})
    await bot.start()
    try:
        assert "nl" in bot.rt.i18n.locales and bot.rt.i18n.missing["nl"] == 1
        user = bot.user(7111, "nl")
        await user.send("/start")
        await user.press("lang:nl")
        reply = await user.press("aud:youth")
        assert reply.text == t(bot, "en", "ask-age")  # the one missing message, in English
    finally:
        await bot.stop()


async def test_languages_setting_restricts_the_picker(fake_api: FakeBotApi, sqlite_url: str) -> None:
    bot = BotHarness(fake_api, sqlite_url, settings_overrides={"languages": ("sw", "en", "fr"),
                                                                "default_locale": "sw"})
    await bot.start()
    try:
        assert bot.rt.i18n.locales == ("sw", "en", "fr")
        reply = await bot.user(7120, "en").send("/start")
        assert sorted(reply.labels()[:3]) == sorted(["English ✓", "Kiswahili", "Français"])
        assert reply.labels()[3] == t(bot, "en", "btn-help")
        reply = await bot.user(7121, "es").send("/start")  # Spanish is left out: Swahili, the default
        assert reply.text.endswith(t(bot, "sw", "welcome"))
        assert reply.text.startswith(t(bot, "sw", "language-unavailable", language="Kihispania"))
        assert reply.labels()[0] == "Kiswahili ✓"
        assert ("all_private_chats", "es") not in bot.api.commands
    finally:
        await bot.stop()


async def test_an_app_language_with_no_line_is_named_in_the_default_language(bot: BotHarness) -> None:
    assert "gd" not in bot.rt.i18n.unavailable  # Scottish Gaelic
    reply = await bot.user(7130, "gd").send("/start")
    note = t(bot, "en", "language-unavailable", language="Scottish Gaelic")
    assert reply.text == f"{note}\n\n{t(bot, 'en', 'welcome')}"
    assert "Scottish Gaelic" in note
    # Once they have chosen, /start shows the next question without the note.
    user = bot.user(7130, "gd")
    reply = await user.press("lang:en")
    assert reply.text == t(bot, "en", "ask-audience")
