"""Drains the outbox within Telegram's limits: SEND_RATE messages per second overall (slots missed for up to
CATCH_UP_SECONDS are made up, so no second holds more than 1.1 x SEND_RATE), one per second per chat, everything
paused for `retry_after` on a 429. 403 makes the person inactive, 400 fails that delivery.

The drain is a pipeline of small batches (IN_FLIGHT_SECONDS of sending each): while batch k is being sent, one
transaction writes batch k-1's outcomes and claims batch k+1, so database work never leaves the rate limiter idle.
When that transaction is slow (a busy machine), the batches grow, up to MAX_IN_FLIGHT_SECONDS of sending, so it
still ends in time. At any moment at most three batches are marked 'sending' (`Sender.window`): that is all a
crash can leave uncertain."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.content.polls import Poll
from bot.delivery.bot_api import ApiFailure, BotApiClient
from bot.delivery.screen import Screen, message_json
from bot.services.clock import Clock
from bot.services.outbox import UNCERTAIN, Claimed, PushProgress, retry_at
from bot.services.runtime import Runtime
from bot.services.send_budget import Priority
from bot.services.voice import enqueue_poll_announcements
from bot.store.models import Push, User

log = logging.getLogger(__name__)
Message = dict[str, Any]  # sendMessage parameters without chat_id
MESSAGE_CACHE_SIZE = 1000
# What the sender does with each kind of failed call (bot_api.ApiFailure); a 429 is waited out and retried.
OUTCOME_OF = {"forbidden": "blocked", "bad_request": "failed", "unknown": "uncertain", "not_sent": "retry"}
MAX_RETRY_AFTER_TRIES = 3
PROGRESS_EDIT_INTERVAL = 3.0
# Each batch is about this many seconds of sending; a crash can leave at most three batches 'uncertain'.
IN_FLIGHT_SECONDS = 0.25
# When the database is slow (a busy machine), batches grow up to this many seconds of sending, so that the
# transaction claiming the next batch still ends before the batch being sent does: it is given DB_HEADROOM
# times its recent duration.
MAX_IN_FLIGHT_SECONDS = 1.0
DB_HEADROOM = 2.0
DB_SECONDS_DECAY = 0.8  # how fast the recent duration forgets a slow transaction, per batch
# Slots of the pace missed by at most this much (the event loop was busy, a batch boundary) are still taken, at
# once: the sender keeps SEND_RATE on average on a busy machine, and no second holds more than
# SEND_RATE * (1 + CATCH_UP_SECONDS) messages (25 -> 27.5 at the default rate, under Telegram's 30).
CATCH_UP_SECONDS = 0.1


class RateLimiter:
    """A global pace of `rate` per second, a minimum gap per chat, and a global pause after a 429."""

    def __init__(self, rate: float, per_chat_interval: float = 1.0) -> None:
        self.interval = 1.0 / rate
        self.per_chat_interval = per_chat_interval
        self._next_slot = 0.0
        self._next_for_chat: dict[int, float] = {}
        self.paused_until = 0.0

    def pause(self, seconds: float) -> None:
        self.paused_until = max(self.paused_until, time.monotonic() + seconds)

    async def acquire(self, chat_id: int) -> None:
        now = time.monotonic()
        start = max(now - CATCH_UP_SECONDS, self._next_slot, self._next_for_chat.get(chat_id, 0.0), self.paused_until)
        self._next_slot = start + self.interval
        self._next_for_chat[chat_id] = max(start, now) + self.per_chat_interval  # from when it really goes
        if len(self._next_for_chat) > 50_000:
            self._next_for_chat = {c: t for c, t in self._next_for_chat.items() if t > now}
        # Loop: a 429 seen by another send while we wait can push paused_until further out.
        while (wait := max(start, self.paused_until) - time.monotonic()) > 0:  # noqa: ASYNC110
            await asyncio.sleep(wait)


@dataclass(frozen=True)
class PushScreens:
    """How the sender renders what it sends: a pushed lesson, a trainer's progress message (locale, progress,
    send rate) and a poll announcement. The Telegram side supplies them (bot/features/pushes.py), so the sender
    never imports handlers."""

    lesson: Callable[[Claimed], Screen]
    progress: Callable[[str, PushProgress, float], Screen]
    poll: Callable[[User, Poll], Screen]


@dataclass
class Outcome:
    claimed: Claimed
    status: str  # sent | failed | blocked | retry | uncertain
    reason: str = ""


@dataclass
class Sender:
    rt: Runtime
    screens: PushScreens
    api: BotApiClient
    clock: Clock
    rate: float
    paid_broadcast: bool = False
    concurrency: int = 64
    per_chat_interval: float = 1.0
    progress_interval: float = PROGRESS_EDIT_INTERVAL  # Telegram allows about one edit a second per chat
    stats: Counter[str] = field(default_factory=Counter)  # this sender's outcomes (also counted in /metrics)
    _touched: set[int] = field(default_factory=set)
    _last_edit: dict[int, float] = field(default_factory=dict)
    _messages: dict[tuple[str, str, int, int, str], Message] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.limiter = RateLimiter(self.rate, self.per_chat_interval)
        self._slots = asyncio.Semaphore(self.concurrency)
        self.batch = max(1, int(self.rate * IN_FLIGHT_SECONDS))
        self.max_batch = max(self.batch, int(self.rate * MAX_IN_FLIGHT_SECONDS))
        self._db_seconds = 0.0  # recent duration of the transaction that writes one batch and claims the next
        self._unsettled: list[list[Outcome]] = []  # outcomes whose write failed (database blip): retried first

    @property
    def window(self) -> int:
        """The most rows marked 'sending' at once: the batch being written, the one being sent, the one claimed
        ahead. A crash turns at most this many into 'uncertain'."""
        return 3 * self.max_batch

    def next_batch(self) -> int:
        """How many rows to claim ahead: `batch` (IN_FLIGHT_SECONDS of sending), or more while the database is
        slow, so that sending them lasts DB_HEADROOM times the recent transaction; at most `max_batch`."""
        wanted = math.ceil(self.rate * DB_HEADROOM * self._db_seconds)
        return min(self.max_batch, max(self.batch, wanted))

    @classmethod
    def for_runtime(cls, rt: Runtime, screens: PushScreens, clock: Clock) -> Sender:
        """A sender with its own HTTP connection pool, so pushes never queue behind replies to users."""
        api = BotApiClient(rt.settings.telegram_api_base_url, rt.settings.bot_token.get_secret_value())
        return cls(rt, screens, api, clock, rate=rt.settings.send_rate, paid_broadcast=rt.settings.paid_broadcast)

    async def start(self) -> int:
        await self.api.start()
        async with self.rt.store.transaction() as session:
            uncertain = await self.rt.outbox.recover(session)
        if uncertain:
            log.warning("%d deliveries were in flight during a crash and are marked uncertain", uncertain)
        self.stats[UNCERTAIN] += uncertain
        self.rt.metrics.count_sent(UNCERTAIN, uncertain)
        return uncertain

    async def stop(self) -> None:
        await self.api.close()

    async def run(self, stop: asyncio.Event, idle_seconds: float = 1.0) -> None:
        while not stop.is_set():
            try:
                handled = await self.drain_once(stop)
            except Exception:  # the loop must survive a database blip; the rows stay where they were
                log.exception("outbox drain failed")
                handled = 0
            if handled == 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), idle_seconds)

    async def drain_once(self, stop: asyncio.Event | None = None) -> int:
        """Send everything due now (poll announcements, then lesson deliveries), or until `stop` is set: then the
        batch being sent is finished and written, and nothing more is claimed. Trainers' progress messages are
        edited while it sends, every `progress_interval` seconds at most. Returns how many were handled.

        While batch k is sent, one transaction writes the outcomes of batch k-1 and claims batch k+1: one commit
        (and on SQLite one turn on the database) per batch instead of two, so the limiter never waits for the
        database even when the machine is busy."""
        await self._settle_leftovers()
        handled = await self._announce_polls()
        refreshing: asyncio.Task[None] | None = None
        unwritten: list[Outcome] = []
        claimed = await self._claim()
        try:
            while claimed:
                limit = 0 if stop is not None and stop.is_set() else self.next_batch()
                ahead = asyncio.create_task(self._settle_and_claim(unwritten, limit))
                unwritten = []
                try:
                    outcomes = await asyncio.gather(*(self._send(item) for item in claimed))
                except BaseException:
                    ahead.cancel()
                    with contextlib.suppress(Exception, asyncio.CancelledError):
                        await ahead
                    raise
                refreshing = self._refresh_meanwhile(refreshing)
                handled += len(claimed)
                try:
                    claimed = await ahead
                finally:
                    unwritten = outcomes
                if claimed and stop is not None and stop.is_set():
                    await self._release(claimed)  # claimed but never sent: back in the queue
                    claimed = []
        finally:
            if unwritten:
                await self._settle(unwritten)
            if refreshing is not None:
                await refreshing
        await self.refresh_progress()
        return handled

    async def _settle_and_claim(self, outcomes: list[Outcome], limit: int) -> list[Claimed]:
        """Write `outcomes` and claim up to `limit` rows in one transaction. Should it fail, the outcomes are kept
        and written at the next drain (the rows stay 'sending', 'uncertain' after a crash), and the error goes on."""
        started = time.monotonic()
        try:
            async with self.rt.store.transaction() as session:
                await self._record_outcomes(session, outcomes, sent=False)
                sent = [outcome.claimed.delivery_id for outcome in outcomes if outcome.status == "sent"]
                claimed = await self.rt.outbox.claim_due(session, self.clock.now(), limit, sent=sent)
            self._db_seconds = max(time.monotonic() - started, DB_SECONDS_DECAY * self._db_seconds)
        except BaseException:
            if outcomes:
                log.warning("cannot write %d delivery outcomes yet; will retry", len(outcomes))
                self._unsettled.append(outcomes)
            raise
        self._count(outcomes)
        return claimed

    def _refresh_meanwhile(self, running: asyncio.Task[None] | None) -> asyncio.Task[None] | None:
        """Edit progress messages beside the sending (never holding it up), one refresh at a time."""
        if running is not None and not running.done():
            return running
        if not self._progress_due():
            return None
        return asyncio.create_task(self._refresh_quietly())

    def _progress_due(self) -> bool:
        now = time.monotonic()
        return any(now - self._last_edit.get(push_id, -math.inf) >= self.progress_interval
                   for push_id in self._touched)

    async def _refresh_quietly(self) -> None:
        try:
            await self.refresh_progress()
        except Exception:  # a progress message is never worth stopping the sending for
            log.exception("cannot refresh push progress")

    async def _claim(self) -> list[Claimed]:
        async with self.rt.store.transaction() as session:
            return await self.rt.outbox.claim_due(session, self.clock.now(), self.batch)

    async def _release(self, claimed: list[Claimed]) -> None:
        async with self.rt.store.transaction() as session:
            await self.rt.outbox.release(session, [item.delivery_id for item in claimed])

    async def _announce_polls(self) -> int:
        """Each open youth poll once to each person it is for. The announcement is recorded before it is sent,
        so a crash can lose one but never repeat it."""
        handled = 0
        while True:
            async with self.rt.store.transaction() as session:
                pairs = await enqueue_poll_announcements(session, self.rt.catalog, self.clock.now(), self.batch)
                messages = [(user.telegram_id, self.screens.poll(user, poll)) for user, poll in pairs]
            if not messages:
                return handled
            outcomes = await asyncio.gather(*(self._deliver(chat, self._message(screen, broadcast=True))
                                              for chat, screen in messages))
            blocked = [chat for (chat, _), (status, _) in zip(messages, outcomes, strict=True) if status == "blocked"]
            if blocked:
                async with self.rt.store.transaction() as session:
                    await self.rt.outbox.mark_inactive(session, blocked)
            handled += len(messages)

    async def _deliver(self, chat_id: int, message: Message) -> tuple[str, str]:
        """Send one message within the limits. Returns (status, reason); status is sent, blocked (403), failed
        (400), uncertain (timed out: it may have arrived, so it is not repeated) or retry."""
        for _ in range(MAX_RETRY_AFTER_TRIES):
            await self.limiter.acquire(chat_id)
            if not self.paid_broadcast:  # free messages: share the bot's 30/s with replies, which go first
                await self.rt.send_budget.acquire(Priority.PUSH)
            async with self._slots:
                try:
                    await self._call("sendMessage", {"chat_id": chat_id, **message})
                    return "sent", ""
                except ApiFailure as failure:
                    if failure.kind != "retry_after":
                        return OUTCOME_OF[failure.kind], str(failure)
                    self.rt.metrics.count_429("push")
                    self.limiter.pause(failure.retry_after)
                    self.rt.send_budget.pause(failure.retry_after)
        return "retry", "rate limited (429) repeatedly"

    async def _call(self, method: str, params: dict[str, Any]) -> Any:
        """One Bot API call, its duration recorded whatever the outcome (bot_telegram_api_seconds)."""
        started = time.perf_counter()
        try:
            return await self.api.call(method, params)
        finally:
            self.rt.metrics.observe_api_call(method, "push", time.perf_counter() - started)

    async def _send(self, item: Claimed) -> Outcome:
        try:
            message = self._message_for(item)
        except Exception as error:  # a content bug: this message cannot be written, the rest go on
            log.exception("cannot render delivery %d", item.delivery_id)
            return Outcome(item, "failed", f"cannot render: {type(error).__name__}")
        try:
            status, reason = await self._deliver(item.chat_id, message)
        except Exception as error:  # unexpected, after the request may have gone out: never repeat it
            log.exception("delivery %d: unexpected error while sending", item.delivery_id)
            return Outcome(item, "uncertain", f"unexpected: {type(error).__name__}")
        return Outcome(item, status, reason)

    def _message_for(self, item: Claimed) -> Message:
        """Everyone in a cohort who gets the same lesson in the same language gets the same message: it is
        written once (Fluent and the keyboard cost more than the sending itself at hundreds a second)."""
        key = (item.locale, item.series, item.lesson_index, item.cohort_id, item.cohort_name)
        message = self._messages.get(key)
        if message is None:
            if len(self._messages) >= MESSAGE_CACHE_SIZE:
                self._messages.clear()
            message = self._messages[key] = self._message(self.screens.lesson(item), broadcast=True)
        return message

    def _message(self, screen: Screen, *, broadcast: bool) -> Message:
        """The screen as Bot API parameters; `broadcast` for messages the sender sends (paid broadcast applies
        to them, not to edits of the trainer's progress message)."""
        message: Message = message_json(screen)
        if broadcast and self.paid_broadcast:
            message["allow_paid_broadcast"] = True
        return message

    async def _settle(self, outcomes: list[Outcome]) -> None:
        """Write a batch's outcomes. If the database is unreachable they are kept and written at the next drain;
        should the process die first, the rows stay 'sending' and become 'uncertain' at the next start."""
        try:
            await self._write_outcomes(outcomes)
        except Exception:
            log.exception("cannot write %d delivery outcomes yet; will retry", len(outcomes))
            self._unsettled.append(outcomes)
            return
        self._count(outcomes)

    def _count(self, outcomes: list[Outcome]) -> None:
        for outcome in outcomes:
            self.stats[outcome.status] += 1
            self.rt.metrics.count_sent(outcome.status)
            self._touched.add(outcome.claimed.push_id)

    async def _settle_leftovers(self) -> None:
        leftovers, self._unsettled = self._unsettled, []
        for outcomes in leftovers:
            await self._settle(outcomes)

    async def _write_outcomes(self, outcomes: list[Outcome]) -> None:
        async with self.rt.store.transaction() as session:
            await self._record_outcomes(session, outcomes)

    async def _record_outcomes(self, session: AsyncSession, outcomes: list[Outcome], *, sent: bool = True) -> None:
        """Write the outcomes; those 'sent' only if `sent` (else the claim that follows writes them)."""
        now = self.clock.now()
        outbox = self.rt.outbox
        if sent:
            await outbox.mark_sent(session, [o.claimed.delivery_id for o in outcomes if o.status == "sent"], now)
        for outcome in outcomes:
            item = outcome.claimed
            if outcome.status == "blocked":
                await outbox.mark_blocked(session, item.delivery_id, item.chat_id)
            elif outcome.status == "failed":
                await outbox.mark_failed(session, item.delivery_id, outcome.reason)
            elif outcome.status == "uncertain":
                await outbox.mark_failed(session, item.delivery_id, outcome.reason, status=UNCERTAIN)
            elif outcome.status == "retry":
                await outbox.mark_retry(session, item.delivery_id, outcome.reason, retry_at(now, 1))

    async def refresh_progress(self, *, force: bool = False) -> None:
        """Edit each touched push's progress message in place, at most every `progress_interval` seconds."""
        for push_id in sorted(self._touched):
            if not force and time.monotonic() - self._last_edit.get(push_id, -math.inf) < self.progress_interval:
                continue
            progress: PushProgress | None = None
            trainer: str | None = None
            async with self.rt.store.transaction() as session:
                # Counting a push's deliveries reads all of them: not for a push without a progress message
                # (it was counted after every batch, the database's heaviest work during a push).
                push = await session.get(Push, push_id)
                if push is not None and push.progress_message_id is not None:
                    progress = await self.rt.outbox.progress(session, push_id, self.clock.now())
                    trainer = await self.rt.outbox.progress_owner_locale(session, progress.push)
            if progress is None or trainer is None:
                self._touched.discard(push_id)
                self._last_edit[push_id] = time.monotonic()  # looked at again (its message may come) after a pause
                continue
            screen = self.screens.progress(trainer, progress, self.rate)
            edit = {"chat_id": progress.push.progress_chat_id, "message_id": progress.push.progress_message_id,
                    **self._message(screen, broadcast=False)}
            try:
                await self._call("editMessageText", edit)
            except ApiFailure as failure:  # "message is not modified", deleted, or the trainer blocked the bot
                if failure.kind not in ("bad_request", "forbidden"):
                    raise
            self._last_edit[push_id] = time.monotonic()
            if progress.finished:
                self._touched.discard(push_id)
