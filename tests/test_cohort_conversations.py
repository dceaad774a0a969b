"""Trainers, cohorts and pushes through the real bot, with a controllable clock and the real sender."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import re
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import create_async_engine

from bot.devtools.fake_bot_api import FakeBotApi
from bot.services.clock import ManualClock
from bot.store.models import Delivery, User
from tests.auxil.harness import BotHarness, TgUser

STAFF = 999
TRAINER = 500
# 2026-11-23 is a Monday. Nairobi is UTC+3.
MONDAY_10_NAIROBI = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)


@pytest.fixture
async def cbot(fake_api: FakeBotApi, sqlite_url: str) -> AsyncIterator[BotHarness]:
    harness = BotHarness(fake_api, sqlite_url, clock=ManualClock(MONDAY_10_NAIROBI))
    await harness.start()
    yield harness
    await harness.stop()


@pytest.fixture
async def any_db_bot(fake_api: FakeBotApi, database: tuple[str, dict[str, Any]]) -> AsyncIterator[BotHarness]:
    """The same bot on SQLite and on PostgreSQL (for the outbox's own queries)."""
    url, options = database
    harness = BotHarness(fake_api, url, engine_options=options, clock=ManualClock(MONDAY_10_NAIROBI))
    await harness.start()
    yield harness
    await harness.stop()


async def onboard(user: TgUser, locale: str, *, audience: str = "youth", band: str = "13-15",
                  country: str = "KE") -> None:
    await user.send("/start")
    steps = [f"lang:{locale}", f"aud:{audience}"]
    steps += [f"age:{band}"] if audience == "youth" else [] if audience == "caregiver" else ["sec:edu"]
    steps += [f"cty:{country}", "cns:yes"]
    for data in steps:
        await user.press(data)


async def make_trainer_and_cohort(bot: BotHarness, name: str = "Class 9B") -> tuple[TgUser, str]:
    trainer = bot.user(TRAINER, "en")
    await onboard(trainer, "en", audience="professional")
    granted = await bot.user(STAFF).send(f"/granttrainer {TRAINER}")
    assert "Trainer role given" in granted.text
    card = await trainer.send(f"/newcohort {name}")
    assert name in card.text and "Members: 0" in card.text and "Africa/Nairobi" in card.text
    code = re.search(r"start=c_([A-Za-z0-9_-]+)", card.text).group(1)
    return trainer, code


async def join(bot: BotHarness, user_id: int, locale: str, code: str) -> TgUser:
    user = bot.user(user_id, locale)
    reply = await user.send(f"/start c_{code}")
    assert "Class 9B" in reply.text
    for data in (f"lang:{locale}", "aud:youth", "age:13-15", "cty:KE", "cns:yes"):
        await user.press(data)
    return user


def pushed(api: FakeBotApi, chat_id: int) -> list[str]:
    return [c.text for c in api.sent_to(chat_id) if "📬" in c.text]


async def test_push_now_reaches_three_languages(any_db_bot: BotHarness) -> None:
    trainer, code = await make_trainer_and_cohort(any_db_bot)
    learners = {601: "es", 602: "fr", 603: "ar"}
    for user_id, locale in learners.items():
        await join(any_db_bot, user_id, locale, code)
    listing = await trainer.send("/cohorts")
    assert "Class 9B · 3" in listing.labels()

    await trainer.tap("Class 9B")
    await trainer.tap("Push a series")
    await trainer.tap(any_db_bot.rt.i18n.t("en", "s-in-control-title"))
    reply = await trainer.tap("Now")
    progress = next(c for c in reply.calls if c.method == "sendMessage")
    assert "0/3" in progress.text and "due now 3" in progress.text

    sender = await any_db_bot.sender()
    try:
        assert await sender.drain_once() == 3
        await sender.refresh_progress(force=True)
    finally:
        await sender.stop()
    metrics = any_db_bot.rt.metrics
    assert metrics.value("bot_messages_sent_total", status="sent") == 3
    assert metrics.value("bot_telegram_api_seconds_count", method="sendMessage", source="push") == 3
    assert metrics.value("bot_telegram_api_seconds_count", method="editMessageText", source="push") >= 1
    for user_id, locale in learners.items():
        [text] = pushed(any_db_bot.api, user_id)
        assert any_db_bot.rt.i18n.t(locale, "s-in-control-title") in text
        assert any_db_bot.rt.i18n.t(locale, "s-in-control-footprint-title") in text
    edits = [c for c in any_db_bot.api.calls if c.method == "editMessageText" and c.chat_id == TRAINER]
    assert "3/3" in edits[-1].text and "Done" in edits[-1].text

    # The push itself is a text message (no upload per member); opening it shows the first card with its picture.
    assert {c.method for c in any_db_bot.api.sent_to(601)} == {"sendMessage"}
    assert any_db_bot.rt.catalog.series["in-control"].lessons[0].steps[0].image == "in-control-footprint"
    member = any_db_bot.user(601, "es")
    reply = await member.tap("▶️")
    assert any_db_bot.rt.i18n.t("es", "s-in-control-footprint-intro")[:40] in reply.text
    [photo] = reply.messages
    assert photo.method == "sendPhoto" and photo.files["photo"].startswith(b"\x89PNG")
    assert photo.filenames["photo"] == "in-control-footprint.png"


async def test_drip_sends_next_lesson_next_day_at_the_hour_and_holds_quiet_hours(any_db_bot: BotHarness) -> None:
    trainer, code = await make_trainer_and_cohort(any_db_bot)
    await join(any_db_bot, 611, "en", code)
    await trainer.tap("Push a series")
    await trainer.tap(any_db_bot.rt.i18n.t("en", "s-in-control-title"))
    reply = await trainer.tap("One lesson a day")
    hours = reply.labels()
    assert "17:00" in hours and "22:00" not in hours and "07:00" not in hours  # quiet hours 21-8
    await trainer.tap("17:00")

    clock: ManualClock = any_db_bot.clock  # type: ignore[assignment]
    sender = await any_db_bot.sender()
    try:
        assert await sender.drain_once() == 0                         # Monday 10:00: nothing due
        clock.set(datetime(2026, 11, 23, 14, 0, tzinfo=UTC))          # Monday 17:00 Nairobi
        assert await sender.drain_once() == 1
        assert "1/4" in pushed(any_db_bot.api, 611)[-1]
        clock.set(datetime(2026, 11, 24, 13, 59, tzinfo=UTC))        # Tuesday 16:59
        assert await sender.drain_once() == 0
        clock.set(datetime(2026, 11, 24, 14, 0, tzinfo=UTC))          # Tuesday 17:00
        assert await sender.drain_once() == 1
        assert "2/4" in pushed(any_db_bot.api, 611)[-1]

        # A late joiner starts from the first lesson of the drip, at the next 17:00.
        await join(any_db_bot, 612, "fr", code)
        clock.set(datetime(2026, 11, 25, 14, 0, tzinfo=UTC))          # Wednesday 17:00
        assert await sender.drain_once() == 2
        assert "1/4" in pushed(any_db_bot.api, 612)[-1] and "3/4" in pushed(any_db_bot.api, 611)[-1]
    finally:
        await sender.stop()


async def test_push_now_waits_for_the_end_of_quiet_hours(any_db_bot: BotHarness) -> None:
    clock: ManualClock = any_db_bot.clock  # type: ignore[assignment]
    clock.set(datetime(2026, 11, 23, 19, 30, tzinfo=UTC))             # 22:30 in Nairobi
    trainer, code = await make_trainer_and_cohort(any_db_bot)
    await join(any_db_bot, 621, "en", code)
    await trainer.tap("Push a series")
    await trainer.tap(any_db_bot.rt.i18n.t("en", "s-in-control-title"))
    await trainer.tap("Now")
    sender = await any_db_bot.sender()
    try:
        clock.set(datetime(2026, 11, 24, 4, 59, tzinfo=UTC))          # 07:59
        assert await sender.drain_once() == 0
        clock.set(datetime(2026, 11, 24, 5, 0, tzinfo=UTC))           # 08:00
        assert await sender.drain_once() == 1
    finally:
        await sender.stop()
    assert len(pushed(any_db_bot.api, 621)) == 1


async def test_blocked_stopped_and_failing_members(any_db_bot: BotHarness) -> None:
    trainer, code = await make_trainer_and_cohort(any_db_bot)
    for user_id in (631, 632, 633, 634):
        await join(any_db_bot, user_id, "en", code)
    await any_db_bot.user(632).send("/stop")
    any_db_bot.api.blocked.add(631)
    any_db_bot.api.fail_next(633, 400, "Bad Request: chat not found")
    any_db_bot.api.fail_next(634, 429, "Too Many Requests: retry after 1", retry_after=1)
    await trainer.tap("Push a series")
    await trainer.tap(any_db_bot.rt.i18n.t("en", "s-in-control-title"))
    await trainer.tap("Now")
    sender = await any_db_bot.sender()
    try:
        await sender.drain_once()
    finally:
        await sender.stop()
    async with any_db_bot.rt.store.transaction() as session:
        rows = dict((await session.execute(
            select(User.telegram_id, Delivery.status).join(User, User.id == Delivery.user_id))).all())
        blocked = await session.scalar(select(User).where(User.telegram_id == 631))
        failure = await session.scalar(select(Delivery.last_error).join(User, User.id == Delivery.user_id)
                                       .where(User.telegram_id == 633))
    assert rows == {631: "inactive", 632: "skipped", 633: "failed", 634: "sent"}
    assert blocked.inactive
    assert failure == "Chat not found"
    assert pushed(any_db_bot.api, 632) == []
    attempts = [c for c in any_db_bot.api.calls if c.method == "sendMessage" and c.chat_id == 634 and "📬" in c.text]
    assert len(attempts) == 2 and attempts[1].at - attempts[0].at >= 1.0  # waited retry_after, then sent


async def test_crash_in_flight_is_uncertain_and_never_resent(any_db_bot: BotHarness) -> None:
    trainer, code = await make_trainer_and_cohort(any_db_bot)
    for user_id in (641, 642):
        await join(any_db_bot, user_id, "en", code)
    await trainer.tap("Push a series")
    await trainer.tap(any_db_bot.rt.i18n.t("en", "s-in-control-title"))
    await trainer.tap("Now")
    async with any_db_bot.rt.store.transaction() as session:  # a sender claims one row, then the process dies
        claimed = await any_db_bot.rt.outbox.claim_due(session, any_db_bot.rt.clock.now(), 1)
    assert len(claimed) == 1
    await any_db_bot.restart()
    sender = await any_db_bot.sender()
    try:
        assert sender.stats["uncertain"] == 1
        assert await sender.drain_once() == 1
        assert await sender.drain_once() == 0
    finally:
        await sender.stop()
    async with any_db_bot.rt.store.transaction() as session:
        statuses = sorted((await session.scalars(select(Delivery.status))).all())
    assert statuses == ["sent", "uncertain"]
    sends = [c for c in any_db_bot.api.calls if c.method == "sendMessage" and "📬" in c.text]
    assert len(sends) == 1


async def test_trainer_commands_hidden_from_others_and_counts_only(cbot: BotHarness) -> None:
    learner = cbot.user(651, "en")
    await onboard(learner, "en")
    for command in ("/cohorts", "/newcohort X", "/renamecohort 1 Y", "/granttrainer 651"):
        reply = await learner.send(command)
        assert reply.text == cbot.rt.i18n.t("en", "unknown-command")
    trainer, code = await make_trainer_and_cohort(cbot)
    await join(cbot, 652, "en", code)
    await trainer.send("/cohorts")
    card = await trainer.tap("Class 9B")
    assert "Members: 1" in card.text and "652" not in card.text
    # another trainer's cohort is not reachable by forging its id
    other = cbot.user(653, "en")
    await onboard(other, "en", audience="professional")
    await cbot.user(STAFF).send("/granttrainer 653")
    async with cbot.rt.store.transaction() as session:
        count = await session.scalar(select(func.count()).select_from(Delivery))
    reply = await other.press("cp:1:in-control:now")
    assert reply.alerts == [cbot.rt.i18n.t("en", "stale-button")]
    async with cbot.rt.store.transaction() as session:
        assert await session.scalar(select(func.count()).select_from(Delivery)) == count
    # closing the cohort stops new joins
    await trainer.tap("Close to new members")
    reply = await cbot.user(654, "en").send(f"/start c_{code}")
    assert reply.text == cbot.rt.i18n.t("en", "cohort-invalid")


async def test_sender_announces_an_open_poll_once_to_young_people(fake_api: FakeBotApi, sqlite_url: str) -> None:
    harness = BotHarness(fake_api, sqlite_url, clock=ManualClock(datetime(2026, 11, 10, 9, 0, tzinfo=UTC)))
    await harness.start()
    try:
        young, carer = harness.user(661, "pt"), harness.user(662, "en")
        await onboard(young, "pt")
        await onboard(carer, "en", audience="caregiver")
        sender = await harness.sender()
        try:
            assert await sender.drain_once() == 1
            assert await sender.drain_once() == 0
        finally:
            await sender.stop()
        [announcement] = [c for c in fake_api.sent_to(661) if harness.rt.i18n.t("pt", "poll-new") in c.text]
        assert harness.rt.i18n.t("pt", "poll-safer-online") in announcement.text
        assert not [c for c in fake_api.sent_to(662) if "📣" in c.text]
    finally:
        await harness.stop()


async def _push_now_to(bot: BotHarness, user_ids: tuple[int, ...]) -> None:
    trainer, code = await make_trainer_and_cohort(bot)
    for user_id in user_ids:
        await join(bot, user_id, "en", code)
    await trainer.tap("Push a series")
    await trainer.tap(bot.rt.i18n.t("en", "s-in-control-title"))
    await trainer.tap("Now")


async def _statuses(bot: BotHarness) -> dict[int, tuple[str, int]]:
    async with bot.rt.store.transaction() as session:
        rows = await session.execute(
            select(User.telegram_id, Delivery.status, Delivery.attempts).join(User, User.id == Delivery.user_id))
        return {chat: (status, attempts) for chat, status, attempts in rows.all()}


async def _set_when_a_push_arrives(api: FakeBotApi, action: Callable[[], None]) -> None:
    before = len(api.calls)
    while not any("📬" in c.text for c in api.calls[before:] if c.method == "sendMessage"):
        await api.wait_for_calls(len(api.calls) + 1)
    action()


async def test_stopping_finishes_the_batch_in_hand_and_puts_claimed_rows_back(any_db_bot: BotHarness) -> None:
    members = (651, 652, 653, 654, 655)
    await _push_now_to(any_db_bot, members)
    sender = await any_db_bot.sender(rate=2)  # batches of one message, half a second apart
    stop = asyncio.Event()
    try:
        watcher = asyncio.create_task(_set_when_a_push_arrives(any_db_bot.api, stop.set))
        first = await sender.drain_once(stop)
        await watcher
        after_stop = await _statuses(any_db_bot)
        rest = await sender.drain_once()
    finally:
        await sender.stop()
    assert 1 <= first < len(members)
    assert "sending" not in {status for status, _ in after_stop.values()}  # nothing left in limbo
    waiting = [attempts for status, attempts in after_stop.values() if status == "pending"]
    assert len(waiting) == len(members) - first and set(waiting) == {0}  # the claimed-ahead row was put back
    assert first + rest == len(members)
    final = await _statuses(any_db_bot)
    assert {chat: status for chat, (status, _) in final.items()} == dict.fromkeys(members, "sent")
    assert all(len(pushed(any_db_bot.api, chat)) == 1 for chat in members)


async def test_outcomes_survive_a_database_outage_while_sending(cbot: BotHarness) -> None:
    members = (661, 662)
    await _push_now_to(cbot, members)
    store = cbot.rt.store
    healthy = store.engine
    unreachable = create_async_engine("postgresql+asyncpg://postgres@127.0.0.1:1/none")
    sender = await cbot.sender(rate=2)
    try:
        watcher = asyncio.create_task(_set_when_a_push_arrives(cbot.api, lambda: store.replace_engine(unreachable)))
        with contextlib.suppress(OSError, SQLAlchemyError):  # the drain stops when it cannot claim
            await sender.drain_once()
        await watcher
        store.replace_engine(healthy)
        await sender.drain_once()  # first writes what was sent during the outage, then sends the rest
        assert await sender.drain_once() == 0
    finally:
        store.replace_engine(healthy)
        await unreachable.dispose()
        await sender.stop()
    assert {chat: status for chat, (status, _) in (await _statuses(cbot)).items()} == dict.fromkeys(members, "sent")
    assert all(len(pushed(cbot.api, chat)) == 1 for chat in members)  # nothing was sent twice


def _progress_edits(api: FakeBotApi) -> list:
    """The sender's edits of the trainer's progress message (the wizard's own edits have no progress bar)."""
    return [c for c in api.calls if c.method == "editMessageText" and c.chat_id == TRAINER and "→ cohort" in c.text]


async def test_progress_message_moves_while_the_push_is_sent(cbot: BotHarness) -> None:
    members = tuple(range(671, 679))
    await _push_now_to(cbot, members)
    sender = await cbot.sender(rate=4)  # two seconds of sending
    sender.progress_interval = 0.5
    try:
        assert await sender.drain_once() == len(members)
        await sender.refresh_progress(force=True)  # the run loop does this within the interval
    finally:
        await sender.stop()
    lessons = [c for c in cbot.api.calls if c.method == "sendMessage" and "📬" in c.text]
    edits = _progress_edits(cbot.api)
    during = [e for e in edits if e.at < lessons[-1].at]
    counts = [int(re.search(r"(\d+)/8\n", e.text).group(1)) for e in during]
    assert len(during) >= 2, [e.text for e in edits]
    assert counts[0] > 0 and counts[-1] < 8 and counts == sorted(counts)  # it moved, before the end
    assert all(b.at - a.at >= 0.5 for a, b in itertools.pairwise(during))  # never faster than the interval
    assert "8/8" in edits[-1].text and "Done" in edits[-1].text


async def test_progress_names_who_is_left_out_and_why(any_db_bot: BotHarness) -> None:
    cbot = any_db_bot
    trainer, code = await make_trainer_and_cohort(cbot)
    for user_id in (681, 682, 683):
        await join(cbot, user_id, "en", code)
    carer = cbot.user(684, "en")
    await carer.send(f"/start c_{code}")
    for data in ("lang:en", "aud:caregiver", "cty:KE", "cns:yes"):
        await carer.press(data)
    await cbot.user(682).send("/stop")
    cbot.api.blocked.add(683)
    await trainer.tap("Push a series")
    await trainer.tap(cbot.rt.i18n.t("en", "s-in-control-title"))
    reply = await trainer.tap("Now")
    first = next(c for c in reply.calls if c.method == "sendMessage").text
    assert "0/2" in first and "Members 4 · left out 2" in first
    assert "1 not in this series' audience · 1 sent /stop" in first and "blocked" not in first
    sender = await cbot.sender()
    try:
        await sender.drain_once()
        await sender.refresh_progress(force=True)
    finally:
        await sender.stop()
    last = _progress_edits(cbot.api)[-1].text
    assert "1/1" in last and "Members 4 · left out 3" in last and "Done" in last  # the blocked one is out
    assert "1 not in this series' audience · 1 sent /stop · 1 blocked the bot" in last


async def test_estimates_wait_for_quiet_hours_and_drip_days(any_db_bot: BotHarness) -> None:
    cbot = any_db_bot
    clock: ManualClock = cbot.clock  # type: ignore[assignment]
    clock.set(datetime(2026, 11, 23, 19, 30, tzinfo=UTC))  # 22:30 in Nairobi: quiet hours
    trainer, code = await make_trainer_and_cohort(cbot)
    await join(cbot, 691, "en", code)
    await trainer.tap("Push a series")
    await trainer.tap(cbot.rt.i18n.t("en", "s-in-control-title"))
    reply = await trainer.tap("Now")
    text = next(c for c in reply.calls if c.method == "sendMessage").text
    assert "Quiet hours where the cohort is: sending starts tomorrow 08:00, about 1 s to send." in text
    assert "to go" not in text

    clock.set(MONDAY_10_NAIROBI + timedelta(days=1))  # Tuesday 10:00
    await trainer.send("/cohorts")
    await trainer.tap("Class 9B")
    await trainer.tap("Push a series")
    await trainer.tap(cbot.rt.i18n.t("en", "s-in-control-title"))
    await trainer.tap("One lesson a day")
    reply = await trainer.tap("17:00")
    text = next(c for c in reply.calls if c.method == "sendMessage").text
    assert "Next lesson today 17:00, about 1 s to send." in text and "scheduled 4" in text
    clock.set(datetime(2026, 11, 24, 14, 0, tzinfo=UTC))  # Tuesday 17:00
    sender = await cbot.sender()
    try:
        await sender.drain_once()
        await sender.refresh_progress(force=True)
    finally:
        await sender.stop()
    drip = [e.text for e in _progress_edits(cbot.api) if "one lesson per day" in e.text][-1]
    assert "Next lesson tomorrow 17:00, about 1 s to send." in drip and "scheduled 3" in drip


async def test_a_cohort_can_be_in_any_country(cbot: BotHarness) -> None:
    trainer, _ = await make_trainer_and_cohort(cbot)
    shortlist = await trainer.tap("Country")
    assert "Uganda" not in shortlist.labels() and "🌍 Another country" in shortlist.labels()
    await trainer.tap("Another country")
    letters = await trainer.tap("U")
    assert "Uganda" in letters.labels() and "Ukraine" in letters.labels()
    card = await trainer.tap("Uganda")
    assert "Country: Uganda" in card.text and "Africa/Kampala" in card.text
    forged = await trainer.press("cv:1:cty:XX")
    assert forged.alerts == [cbot.rt.i18n.t("en", "stale-button")]
