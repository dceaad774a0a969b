"""Help always reaches a child, whatever else is failing: faults made for real, not mocked.

- a database that hangs (a TCP proxy between the bot and PostgreSQL that black-holes every connection);
- Telegram answering 429 with retry_after, 5xx, or answering too late;
- an update the library cannot parse, in the middle of a batch.
Each test reads what the person really received and when.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select

from bot.devtools.fake_bot_api import FakeBotApi, message_update
from bot.store.db import StoreBusy
from bot.store.models import Event
from bot.web.health import add_health_routes
from tests.auxil.conversations import onboard, snapshot, t
from tests.auxil.faults import FaultyTcpProxy, proxy_in_front_of
from tests.auxil.harness import BotHarness, Reply, TgUser
from tests.conftest import POSTGRES_URL, postgres_schema

HELP_WITHIN_SECONDS = 2.0
TRY_LATER_WITHIN_SECONDS = 10.0
HELP_WORDS = {"en": "help", "fr": "aide", "es": "ayuda", "pt": "ajuda", "ar": "مساعدة"}
DISCLOSURES = {
    "en": "someone is threatening me with my photos",
    "fr": "il me fait du chantage avec mes photos",
    "es": "me está amenazando con publicar mis fotos",
    # Until 2026-12-05 "ele me ameaçou no jogo" ("he threatened me in the game"): since batches 33-38 and L2 3e-4 the
    # model reads a threat "in the game" as gaming talk and its veto drops the rule's find (bench/README.md, "Batch 37
    # and a weaker L2"). This test is about the database hanging, so it takes a disclosure nobody could misread.
    "pt": "ele está me ameaçando com minhas fotos",
    "ar": "شخص يبتزني بصوري",
}
CANARY = "canary-7f3a-do-not-log"


def assert_help(bot: BotHarness, reply: Reply, locale: str) -> None:
    assert reply.text.startswith(t(bot, locale, "help-title")), reply.text[:200]
    assert "Child Helpline International" in reply.text


async def timed(coroutine: Any) -> tuple[Reply, float]:
    started = time.monotonic()
    reply = await coroutine
    return reply, time.monotonic() - started


# --- a database that hangs -------------------------------------------------------------------------------


@pytest.fixture
async def hanging_db(fake_api: FakeBotApi) -> AsyncIterator[tuple[BotHarness, FaultyTcpProxy]]:
    """The real bot on PostgreSQL, reached through a proxy the test can black-hole."""
    if not POSTGRES_URL:
        pytest.skip("TEST_POSTGRES_URL is not set (CI sets it)")
    async with postgres_schema() as (url, options):
        proxy, via_proxy = await proxy_in_front_of(url)
        bot = BotHarness(fake_api, via_proxy, options)
        await bot.start()
        try:
            yield bot, proxy
        finally:
            proxy.set_mode("reset")  # connections stuck in the black hole are cut, so shutting down is quick
            await bot.stop()
            await proxy.stop()


async def test_help_answers_in_every_language_while_the_database_hangs(
        hanging_db: tuple[BotHarness, FaultyTcpProxy]) -> None:
    bot, proxy = hanging_db
    people = {locale: await onboard(bot, 4100 + n, locale, country="KE") for n, locale in enumerate(HELP_WORDS)}
    learner = people["es"]
    await learner.send("/lessons")
    await start_a_lesson(bot, learner, "es")
    before = await snapshot(bot)

    proxy.set_mode("blackhole")
    # A lesson tap that will wait for the database: queued first, in the same chat as the help that follows.
    stuck = bot.api.push_update({"callback_query": {
        "id": "stuck", "from": {"id": learner.id, "is_bot": False, "first_name": "T", "language_code": "es"},
        "chat_instance": "1", "data": "les",
        "message": {"message_id": 1, "date": 0, "chat": {"id": learner.id, "type": "private"}}}})
    for locale, person in people.items():
        for said in ("/help", HELP_WORDS[locale], DISCLOSURES[locale]):
            reply, seconds = await timed(person.send(said))
            assert seconds < HELP_WITHIN_SECONDS, (locale, said, seconds)
            if said == DISCLOSURES[locale]:
                assert reply.text.startswith(t(bot, locale, "disclosure")), (locale, reply.text[:100])
            else:
                assert_help(bot, reply, locale)
            # The database never answered: help came from content, in the app's language, for everywhere.
            assert t(bot, locale, "help-intro-global") in reply.text, (locale, said)
    # A newcomer's /start and the stuck tap get "try again in a moment", within a few seconds, not never.
    newcomer = bot.user(4199, "fr")
    reply, seconds = await timed(newcomer.send("/start"))
    assert seconds < TRY_LATER_WITHIN_SECONDS and reply.text == t(bot, "fr", "try-later")
    await bot.processor.wait_processed(stuck, timeout=TRY_LATER_WITHIN_SECONDS)
    assert t(bot, "es", "try-later") in [c.text for c in bot.api.sent_to(learner.id)]

    proxy.set_mode("pass")
    await database_answers_again(bot, timeout=15)
    assert await snapshot(bot) == before  # nothing half-written while the database hung
    reply = await learner.send("/lessons")
    assert t(bot, "es", "lessons-pick") in reply.text


async def test_readyz_says_503_at_once_while_the_database_hangs(
        hanging_db: tuple[BotHarness, FaultyTcpProxy]) -> None:
    bot, proxy = hanging_db
    assert bot.rt is not None and bot.app is not None
    app = web.Application()
    add_health_routes(app, bot.rt, lambda: False)
    async with TestClient(TestServer(app)) as client:
        assert (await client.get("/readyz")).status == 200
        proxy.set_mode("blackhole")
        started = time.monotonic()
        response = await client.get("/readyz")
        assert response.status == 503
        assert time.monotonic() - started < 2.0
        metrics = await client.get("/metrics")  # still answers, without the outbox depth
        assert metrics.status == 200 and "bot_outbox_due" not in await metrics.text()


# --- Telegram's limits and failures --------------------------------------------------------------------------


async def test_a_reply_that_gets_429_is_sent_again_after_retry_after(bot: BotHarness) -> None:
    user = await onboard(bot, 4200, "fr", country="FR")
    bot.api.fail_next(user.id, 429, "Too Many Requests: retry after 1", retry_after=1)
    reply, seconds = await timed(user.send("/help"))
    attempts = [c for c in reply.calls if c.method == "sendMessage"]
    assert len(attempts) == 2 and attempts[0].text == attempts[1].text
    assert_help(bot, reply, "fr")
    assert seconds >= 1.0  # it waited for retry_after, as Telegram asked
    bot.api.fail_next(user.id, 429, "Too Many Requests: retry after 1", retry_after=1)
    reply = await user.send("/lessons")
    assert len([c for c in reply.calls if c.method == "sendMessage"]) == 2
    assert t(bot, "fr", "lessons-pick") in reply.last.text
    assert bot.rt is not None and bot.rt.metrics.value("bot_telegram_429_total", source="reply") == 2


async def test_5xx_is_retried_for_help_and_lessons_but_never_where_a_copy_would_confuse(bot: BotHarness) -> None:
    user = await onboard(bot, 4201, "pt", country="BR")
    bot.api.fail_next(user.id, 502, "Bad Gateway")
    reply = await user.send("ajuda")
    assert len([c for c in reply.calls if c.method == "sendMessage"]) == 2
    assert_help(bot, reply, "pt")
    # /privacy is an ordinary reply: not sent twice; the person is told to try again instead.
    bot.api.fail_next(user.id, 502, "Bad Gateway")
    reply = await user.send("/privacy")
    sends = [c for c in reply.calls if c.method == "sendMessage"]
    assert len(sends) == 2 and sends[-1].text == t(bot, "pt", "try-later")
    assert sends[0].text != sends[1].text


async def test_a_help_reply_that_times_out_is_sent_again(bot: BotHarness) -> None:
    user = await onboard(bot, 4202, "es", country="GT")
    bot.api.delay_next(user.id, 6.0)  # longer than the bot's read timeout: it cannot know the message arrived
    reply = await user.send("/help")
    helps = [c for c in reply.calls if c.method == "sendMessage" and c.text.startswith(t(bot, "es", "help-title"))]
    assert len(helps) >= 1
    assert bot.rt is not None and bot.rt.metrics.value("bot_reply_retries_total", method="sendMessage") == 1


# --- an update the library cannot parse -------------------------------------------------------------------


async def test_a_malformed_update_is_skipped_and_the_rest_of_its_batch_answered(
        caplog: pytest.LogCaptureFixture, bot: BotHarness) -> None:
    caplog.set_level(logging.DEBUG)
    child, other = bot.user(4300, "en"), bot.user(4301, "fr")
    broken = message_update(4302, f"{CANARY} please help me")
    broken["message"]["date"] = "yesterday"  # not a timestamp: python-telegram-bot cannot build this message
    # Pushed together, so one getUpdates answer carries all three.
    first = bot.api.push_update(message_update(child.id, f"someone is blackmailing me {CANARY}"))
    poison = bot.api.push_update(broken)
    last = bot.api.push_update(message_update(other.id, "/help", language_code="fr"))
    for update_id in (first, poison, last):
        await bot.processor.wait_processed(update_id)
    assert bot.api.sent_to(child.id)[-1].text.startswith(t(bot, "en", "disclosure"))
    assert bot.api.sent_to(other.id)[-1].text.startswith(t(bot, "fr", "help-title"))
    assert bot.rt is not None and bot.rt.metrics.value("bot_malformed_updates_total") == 1
    # Polling moved past it: the next update is answered too.
    reply = await other.send("/help")
    assert reply.text.startswith(t(bot, "fr", "help-title"))
    skipped = [r for r in caplog.records if "skipped update" in r.getMessage()]
    assert len(skipped) == 1 and str(poison) in skipped[0].getMessage()
    assert "message" in skipped[0].getMessage()  # where it failed
    assert not [r for r in caplog.records if r.levelno >= logging.CRITICAL]
    for record in caplog.records:
        assert CANARY not in record.getMessage(), record.name
        assert CANARY not in (record.exc_text or ""), record.name


async def test_logs_at_debug_hold_no_text_no_ids_and_no_sql_parameters(
        caplog: pytest.LogCaptureFixture, bot: BotHarness) -> None:
    caplog.set_level(logging.DEBUG)
    user = await onboard(bot, 7_123_456_789, "en", country="KE")
    await user.send(f"my notes {CANARY}")
    await start_a_lesson(bot, user, "en")
    assert bot.rt is not None
    pseudonym = bot.rt.analytics.pseudonym(user.id)
    async with bot.rt.store.transaction() as session:
        assert await session.scalar(select(Event.pseudonym).limit(1)) == pseudonym
    assert caplog.records
    for record in caplog.records:
        message = record.getMessage() + (record.exc_text or "")
        assert CANARY not in message, record.name
        assert "7123456789" not in message, f"{record.name}: {message[:200]}"
        assert pseudonym not in message, record.name
        assert "parameters" not in message.lower() or "hidden" in message.lower(), record.name


async def database_answers_again(bot: BotHarness, timeout: float = 5.0) -> None:
    """After an outage the store fails fast for a moment (its breaker), then tries again: wait for that."""
    assert bot.rt is not None
    deadline = time.monotonic() + timeout
    while True:
        try:
            async with bot.rt.store.transaction() as session:
                await session.execute(select(1))
            return
        except StoreBusy:
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.05)


async def start_a_lesson(bot: BotHarness, user: TgUser, locale: str) -> Reply:
    await user.send("/lessons")
    await user.tap(t(bot, locale, "s-in-control-title"))
    return await user.tap(t(bot, locale, "btn-series-start"))


async def test_nothing_is_half_written_when_sqlite_stays_locked(bot: BotHarness) -> None:
    """SQLite locked by another writer for longer than the bot's timeout: try later, help still at once, and
    afterwards the lesson carries on from the same card."""
    assert bot.rt is not None
    user = await onboard(bot, 4400, "ar", country="MA")
    card = await start_a_lesson(bot, user, "ar")
    before = await snapshot(bot)
    lock = await bot.rt.store.engine.connect()
    bot.rt.store.timeout = 0.5  # the store's turn; SQLite's own busy wait keeps the connection's setting
    try:
        await lock.exec_driver_sql("BEGIN EXCLUSIVE")
        reply, seconds = await timed(user.tap(t(bot, "ar", "btn-next")))
        assert reply.text == t(bot, "ar", "try-later") and seconds < TRY_LATER_WITHIN_SECONDS
        help_reply, seconds = await timed(user.send("مساعدة"))
        assert seconds < HELP_WITHIN_SECONDS
        assert help_reply.text.startswith(t(bot, "ar", "help-title"))
    finally:
        await lock.exec_driver_sql("ROLLBACK")
        await lock.close()
    await database_answers_again(bot)
    assert await snapshot(bot) == before
    reply = await user.send("/lessons")
    assert reply.messages
    assert card.last.text  # the card shown before the outage is still where the lesson resumes
