"""One pace for everything a bot sends: Telegram allows about 30 messages a second per bot, replies and pushes
together. Whoever sends waits for a slot; help goes first, then other replies, then pushes."""

from __future__ import annotations

import asyncio
import heapq
import itertools
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import IntEnum

TELEGRAM_MESSAGES_PER_SECOND = 30.0


class Priority(IntEnum):
    HELP = 0  # help and disclosure answers
    REPLY = 1  # any other answer to what a person did
    PUSH = 2  # the outbox sender


@dataclass(frozen=True)
class ReplyArgs:
    """How a reply travels (python-telegram-bot's `rate_limit_args`): its priority, and whether sending it twice
    would be harmless, so that it may be sent again after a 5xx or a timeout."""

    priority: Priority = Priority.REPLY
    repeatable: bool = False


class SendBudget:
    """Evenly spaced slots at `rate` per second, handed out by priority (then first come, first served), and a
    pause for everyone after a 429 (Telegram's `retry_after` applies to the whole bot).

    Slots are counted from the slot just handed out, not from when the dispatcher woke up: a sleep always wakes a
    little late, and counting from the wake-up lost that lateness on every slot (about 29 a second instead of 30
    under a steady queue). A dispatcher late by more than one interval starts afresh, so no burst makes up for a
    quiet spell."""

    def __init__(self, rate: float = TELEGRAM_MESSAGES_PER_SECOND, *,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self.interval = 1.0 / rate
        self._clock = clock
        self._sleep = sleep
        self._next_slot = 0.0
        self.paused_until = 0.0
        self._waiting: list[tuple[int, int, asyncio.Future[None]]] = []
        self._order = itertools.count()
        self._dispatcher: asyncio.Task[None] | None = None

    def pause(self, seconds: float) -> None:
        self.paused_until = max(self.paused_until, self._clock() + seconds)

    async def acquire(self, priority: Priority) -> None:
        now = self._clock()
        if not self._waiting and now >= self._next_slot and now >= self.paused_until:
            self._next_slot = now + self.interval
            return
        slot: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiting, (int(priority), next(self._order), slot))
        if self._dispatcher is None or self._dispatcher.done():
            self._dispatcher = asyncio.create_task(self._dispatch(), name="send-budget")
        await slot  # a waiter that is cancelled leaves its slot to the next one

    async def _dispatch(self) -> None:
        while self._waiting:
            due = max(self._next_slot, self.paused_until)
            wait = due - self._clock()
            if wait > 0:
                await self._sleep(wait)  # then look again: a 429 may have moved the pause further out
                continue
            _, _, slot = heapq.heappop(self._waiting)
            if slot.done():
                continue
            slot.set_result(None)
            now = self._clock()
            self._next_slot = due + self.interval if now < due + self.interval else now + self.interval
