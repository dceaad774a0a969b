"""Help, disclosures, stop and everything the bot did not ask for, with the real Application over the fake Bot
API: help before onboarding, local helplines, right-to-left numbers, disclosures that leave no trace, media,
forged buttons, blocked chats and a database outage."""

from __future__ import annotations

import logging
import time
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import create_async_engine

from bot.devtools.fake_bot_api import BOT_ID, message_update, user_payload
from bot.services.countries import country_name
from bot.services.text_match import normalize
from bot.store.models import User
from tests.auxil.conversations import (
    ARABIC,
    assert_menu,
    chat_calls,
    count,
    everything_shown,
    onboard,
    snapshot,
    stored_strings,
    t,
    user_row,
)
from tests.auxil.harness import BotHarness, Reply

LRM = "\u200e"


def assert_global_help(bot: BotHarness, reply: Reply, locale: str) -> None:
    assert reply.text.startswith(t(bot, locale, "help-title"))
    assert t(bot, locale, "help-intro-global") in reply.text
    assert "Take It Down (NCMEC)" in reply.text and "https://takeitdown.ncmec.org" in reply.text
    assert "Child Helpline International" in reply.text
    assert t(bot, locale, "help-kind-takedown_minor") in reply.text
    assert t(bot, locale, "help-no-country") in reply.text
    assert t(bot, locale, "help-footer-local") in reply.text


# --- help --------------------------------------------------------------------------------------------------


async def test_help_before_onboarding(bot: BotHarness) -> None:
    for uid, language_code, said, locale, word in (
        (2000, "en", "/help", "en", "Help is here"),
        (2001, "fr", "aide", "fr", "Voici de l'aide"),
        (2002, "ar", "مساعدة", "ar", "المساعدة هنا"),
        (2003, "es", "¡AYUDA!", "es", "🆘 Ayuda"),
        (2004, "pt", "preciso de ajuda", "pt", "A ajuda está aqui"),
        (2005, "de", "ajuda", "en", "Help is here"),  # a language we don't speak: English
    ):
        reply = await bot.user(uid, language_code).send(said)
        assert_global_help(bot, reply, locale)
        assert word in reply.text, said
        # No menu for someone who has not started; a country picker instead of /settings.
        assert reply.labels() == [t(bot, locale, "btn-help-country")]
        assert "/settings" not in reply.text
    newcomer = bot.user(2006, "fr")
    await newcomer.send("/start")
    reply = await newcomer.tap(t(bot, "fr", "btn-help"))  # the 🆘 under the first question
    assert_global_help(bot, reply, "fr")
    assert await count(bot, User) == 1  # asking for help created nothing (only /start did)


async def test_help_shows_the_local_helplines(bot: BotHarness) -> None:
    kenya = await onboard(bot, 2010, "en", country="KE")
    reply = await kenya.send("help")
    assert reply.text.startswith(t(bot, "en", "help-title"))
    assert t(bot, "en", "help-intro-country", country="Kenya") in reply.text
    assert "Childline Kenya\n  📞 <b>116</b>" in reply.text
    assert "Child Helpline International" in reply.text
    assert reply.labels() == [t(bot, "en", "btn-menu")]

    romania = await onboard(bot, 2011, "es", audience="caregiver", country="RO")
    reply = await romania.tap(t(bot, "es", "btn-help"))
    assert t(bot, "es", "help-intro-country", country=country_name("RO", "es")) in reply.text
    assert "<b>112</b>" in reply.text
    assert t(bot, "es", "help-footer-emergency-adult", number="112") in reply.text
    assert "Si una niña o un niño está en peligro ahora mismo, llamar al 112" in reply.text
    # No child helpline confirmed on an operator's or government's page yet: said, with the directories.
    assert t(bot, "es", "help-no-helpline", country=country_name("RO", "es")) in reply.text
    first_line, listed = reply.text.split(t(bot, "es", "help-intro-country", country=country_name("RO", "es")))
    assert "<b>112</b>" in first_line  # no helpline confirmed: the emergency number is the line that comes first
    assert listed.count("112") == 2  # then once in the list and once in the footer


async def test_arabic_help_keeps_phone_numbers_left_to_right(bot: BotHarness) -> None:
    user = await onboard(bot, 2020, "ar", audience="caregiver", country="GB")
    reply = await user.send("مساعدة")
    text = reply.text
    assert ARABIC.search(text) and text.startswith(t(bot, "ar", "help-title"))
    for number in ("0800 1111", "999"):
        assert f"{LRM}<b>{number}</b>{LRM}" in text, number
    assert text.count("<b>0800 1111</b>") == text.count(f"{LRM}<b>0800 1111</b>{LRM}")
    assert f"{LRM}999{LRM}" in text  # in the translated footer too
    assert "\u2068" not in text and "\u2069" not in text
    assert not [s for s in everything_shown(bot) if "\u2068" in s or "\u2069" in s]
    # Left-to-right marks are only for right-to-left text.
    english = await onboard(bot, 2021, "en", country="GB")
    assert LRM not in (await english.send("help")).text


# --- disclosures -------------------------------------------------------------------------------------------

# What a child might write, with accents and capitals (the matcher: content/help/safety/).
DISCLOSURES = {
    "en": "My coach TOUCHED ME after training and said not to tell",
    "fr": "Un garçon de mon école me fait du chantage avec mes photos",
    "es": "Un chico me está amenazando con publicar mis fotos",
    "pt": "Um homem me ameaçou no jogo, não sei o que fazer",
    "ar": "شخص من اللعبة يبتزني بصوري",
}


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Every log record at DEBUG level from before the bot starts (request this before `bot`)."""
    caplog.set_level(logging.DEBUG)
    return caplog


async def test_disclosures_get_a_warm_answer_and_leave_no_trace(debug_logs: pytest.LogCaptureFixture,
                                                               bot: BotHarness) -> None:
    for locale, message in DISCLOSURES.items():
        reading = bot.rt.safety.classify(message)  # type: ignore[union-attr]
        assert reading is not None and reading.kind is not None, locale

    users = {}
    for number, locale in enumerate(DISCLOSURES):
        uid = 2100 + number
        # Three of them onboarded (with a country), two who never started.
        users[locale] = (await onboard(bot, uid, locale, country="KE") if locale in ("en", "es", "ar")
                         else bot.user(uid, locale))
    for locale, message in DISCLOSURES.items():
        reply = await users[locale].send(message)
        assert reply.text.startswith(t(bot, locale, "disclosure")), locale
        assert "Child Helpline International" in reply.text
        if locale in ("en", "es", "ar"):
            assert "Childline Kenya" in reply.text
        assert message not in reply.text
    assert "<b>not your fault</b>" in t(bot, "en", "disclosure")
    assert "<b>n'est pas de ta faute</b>" in chat_calls(bot, 2101)[-1].text
    assert "<b>ليس ذنبك</b>" in chat_calls(bot, 2104)[-1].text

    # A photo whose caption is a disclosure gets the same answer.
    reply = await users["pt"].send_message(
        photo=[{"file_id": "AgAD1", "file_unique_id": "u1", "width": 90, "height": 90, "file_size": 1200}],
        caption=DISCLOSURES["pt"])
    assert reply.text.startswith(t(bot, "pt", "disclosure"))

    tables = await snapshot(bot)
    assert tables["users"] and tables["events"]  # the scan reads real rows
    stored = "\n".join(stored_strings(tables))
    for message in DISCLOSURES.values():
        assert message not in stored
        for word in normalize(message).split():
            if len(word) > 5:
                assert word not in normalize(stored), word
    assert debug_logs.records  # the capture works
    for record in debug_logs.records:
        logged = record.getMessage()
        for message in DISCLOSURES.values():
            assert message not in logged, f"{record.name}: {logged[:200]}"
            assert message.encode("unicode_escape").decode() not in logged, record.name


# --- stop ----------------------------------------------------------------------------------------------------


async def test_stop_and_start_again(bot: BotHarness) -> None:
    user = await onboard(bot, 2200, "en")
    reply = await user.send("/stop")
    assert reply.text == t(bot, "en", "stopped")
    assert (await user_row(bot, 2200)).stopped  # type: ignore[union-attr]
    reply = await user.send("/start")
    assert reply.text == f"{t(bot, 'en', 'welcome-back')}\n\n{t(bot, 'en', 'menu-youth')}"
    assert "Welcome back" in reply.text
    assert not (await user_row(bot, 2200)).stopped  # type: ignore[union-attr]

    reply = await user.send("Stop")
    assert reply.text == t(bot, "en", "stopped")
    assert (await user_row(bot, 2200)).stopped  # type: ignore[union-attr]

    spanish = await onboard(bot, 2201, "es")
    reply = await spanish.send("parar")
    assert reply.text == t(bot, "es", "stopped")
    assert "no enviaré más lecciones ni recordatorios" in reply.text
    assert (await user_row(bot, 2201)).stopped  # type: ignore[union-attr]
    reply = await spanish.send("/start")
    assert reply.text.startswith(t(bot, "es", "welcome-back"))
    assert not (await user_row(bot, 2201)).stopped  # type: ignore[union-attr]

    # Help still works while stopped, and the word "stop" before onboarding stores nothing.
    await spanish.send("/stop")
    assert (await spanish.send("ayuda")).text.startswith(t(bot, "es", "help-title"))
    reply = await bot.user(2202, "ar").send("توقف")
    assert reply.text == t(bot, "ar", "stopped")
    assert await user_row(bot, 2202) is None


# --- what the bot did not ask for -----------------------------------------------------------------------------

STICKER = {"file_id": "CAACAgIAAxkBAAIB", "file_unique_id": "AgADxQ", "type": "regular", "width": 512,
           "height": 512, "is_animated": False, "is_video": False, "emoji": "😀", "file_size": 20480}
PHOTO = [{"file_id": "AgACAgIAAxkBAAIC", "file_unique_id": "AQADs1", "width": 320, "height": 240,
          "file_size": 14000},
         {"file_id": "AgACAgIAAxkBAAID", "file_unique_id": "AQADs2", "width": 1280, "height": 960,
          "file_size": 90000}]
VOICE = {"file_id": "AwACAgIAAxkBAAIE", "file_unique_id": "AgADvoice", "duration": 3, "mime_type": "audio/ogg",
         "file_size": 6000}


async def test_media_text_commands_and_groups_the_bot_does_not_handle(bot: BotHarness) -> None:
    user = await onboard(bot, 2300, "fr", audience="caregiver", country="SN")
    before = await snapshot(bot)
    for media in ({"sticker": STICKER}, {"photo": PHOTO}, {"voice": VOICE}):
        reply = await user.send_message(**media)
        assert reply.text == t(bot, "fr", "unsupported-media"), media
        assert "photos" in reply.text
    # Someone who has not started gets it in their Telegram language.
    assert (await bot.user(2301, "pt").send_message(sticker=STICKER)).text == t(bot, "pt", "unsupported-media")

    reply = await user.send("bla bla quoi")
    assert reply.text == (f"{t(bot, 'fr', 'unknown-text')}\n\n{t(bot, 'fr', 'menu-caregiver')}"
                          f"\n\n{t(bot, 'fr', 'unknown-text-gentle')}")
    assert_menu(bot, reply.labels(), "fr", "caregiver")

    long_text = ("Je raconte une très longue histoire sans queue ni tête " * 80)[:4000]
    assert len(long_text) == 4000
    reply = await user.send(long_text)
    assert reply.text.startswith(t(bot, "fr", "unknown-text"))
    assert long_text[:50] not in reply.text

    reply = await user.send("/frobnicate")
    assert reply.text == t(bot, "fr", "unknown-command")
    reply = await bot.user(2302, "es").send("/frobnicate now")
    assert reply.text == t(bot, "es", "unknown-command")

    reply = await bot.user(2303, "en").send("hello?")
    assert reply.text == f"{t(bot, 'en', 'not-started')}\n\n{t(bot, 'en', 'unknown-text-gentle')}"
    assert reply.labels() == [t(bot, "en", "btn-help")]
    # A command in a group chat: the bot only works in private chats.
    calls = await bot.deliver(message_update(2304, "/start", language_code="fr", chat_id=-1001234567))
    sent = [c for c in calls if c.method == "sendMessage"]
    assert [c.chat_id for c in sent] == [-1001234567]
    assert sent[0].text == t(bot, "fr", "group-only-private")
    calls = await bot.deliver(message_update(2304, "/help@safety_test_bot", language_code="en", chat_id=-42))
    assert [c.text for c in calls if c.method == "sendMessage"] == [t(bot, "en", "group-only-private")]
    assert await snapshot(bot) == before  # none of this stored anything


async def test_forged_and_stale_buttons_change_nothing(bot: BotHarness) -> None:
    user = await onboard(bot, 2500, "es", country="MX")
    newcomer = bot.user(2501, "es")
    await newcomer.send("/start")  # at the language question
    before = await snapshot(bot)
    stale = t(bot, "es", "stale-button")
    assert "botón" in stale and stale != t(bot, "en", "stale-button")
    forged = ["zz:1", "lang:xx", "cty:QQ", "x" * 70, "aud:youth", "age:13-15", "cns:yes", "sec:police",
              "lang:es", "ctl:999", "set:nope", "prv:nope", "fgt:maybe", "hlp:" + "9" * 59, "menu:é", "",
              "cfd:c:FR", "cfd:q:1", "hc:QQ:s", "hcl:s:99"]
    for data in forged:
        reply = await user.press(data)
        assert reply.alerts == [stale], data
        assert reply.messages == [], data
    for data in ("lang:xx", "lang:../../etc", "aud:youth", "cty:ZZZ"):
        reply = await newcomer.press(data)
        assert reply.alerts == [stale], data
        assert reply.messages == []
    # Someone the bot has never seen.
    reply = await bot.user(2502, "ar").press("cns:yes")
    assert reply.alerts == [t(bot, "ar", "stale-button")]
    assert await snapshot(bot) == before


# --- blocked and unblocked ------------------------------------------------------------------------------------


def chat_member_update(user_id: int, old: str, new: str) -> dict[str, Any]:
    bot_user = {"id": BOT_ID, "is_bot": True, "first_name": "Safety Bot", "username": "safety_test_bot"}

    def member(status: str) -> dict[str, Any]:
        return {"status": status, "user": bot_user, **({"until_date": 0} if status == "kicked" else {})}

    return {
        "my_chat_member": {
            "chat": {"id": user_id, "type": "private", "first_name": "Test"},
            "from": user_payload(user_id, "en"),
            "date": int(time.time()),
            "old_chat_member": member(old),
            "new_chat_member": member(new),
        }
    }


async def test_blocking_and_unblocking_the_bot(bot: BotHarness) -> None:
    await onboard(bot, 2600, "en")
    other = await onboard(bot, 2601, "en")
    calls = await bot.deliver(chat_member_update(2600, "member", "kicked"))
    assert not [c for c in calls if c.method == "sendMessage"]  # never write to someone who blocked the bot
    assert (await user_row(bot, 2600)).inactive  # type: ignore[union-attr]
    assert not (await user_row(bot, 2601)).inactive  # type: ignore[union-attr]
    await bot.deliver(chat_member_update(2600, "kicked", "member"))
    assert not (await user_row(bot, 2600)).inactive  # type: ignore[union-attr]
    # Blocking again, then /start, also brings them back.
    await bot.deliver(chat_member_update(2601, "member", "kicked"))
    assert (await user_row(bot, 2601)).inactive  # type: ignore[union-attr]
    await other.send("/start")
    assert not (await user_row(bot, 2601)).inactive  # type: ignore[union-attr]
    # Someone unknown blocking the bot creates nothing.
    await bot.deliver(chat_member_update(2602, "member", "kicked"))
    assert await user_row(bot, 2602) is None


# --- database outage -----------------------------------------------------------------------------------------


async def test_database_outage(bot: BotHarness) -> None:
    user = await onboard(bot, 2700, "es", audience="caregiver", country="MX")
    before = await snapshot(bot)
    store = bot.rt.store
    healthy = store.engine
    unreachable = create_async_engine("postgresql+asyncpg://postgres@127.0.0.1:1/none")
    store.replace_engine(unreachable)
    try:
        reply = await user.tap(t(bot, "es", "btn-settings"))
        assert reply.text == t(bot, "es", "try-later")
        assert "algo falló de mi lado" in reply.text
        assert len(reply.alerts) == 1  # the button was answered (no endless spinner)
        for said in ("/settings", "/lessons", "/start", "/mydata"):
            reply = await user.send(said)
            assert reply.text == t(bot, "es", "try-later"), said
        reply = await user.press("set:lang")
        assert reply.text == t(bot, "es", "try-later")
        # Help needs no database: it falls back to the global resources, in the Telegram language.
        reply = await user.send("ayuda")
        assert_global_help(bot, reply, "es")
        reply = await user.send("/help")
        assert_global_help(bot, reply, "es")
        reply = await user.send(DISCLOSURES["es"])
        assert reply.text.startswith(t(bot, "es", "disclosure"))
    finally:
        store.replace_engine(healthy)
        await unreachable.dispose()
    assert await snapshot(bot) == before  # nothing half-written
    row = await user_row(bot, 2700)
    assert row is not None and (row.step, row.locale, row.country) == (None, "es", "MX")
    # And everything works again.
    reply = await user.send("/settings")
    assert reply.text.startswith(t(bot, "es", "settings-title"))
