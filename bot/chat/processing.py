"""Runs updates concurrently across chats but in order within a chat, and counts what it handled.

Urgent updates (help and disclosures, decided by the `urgent` predicate the Application passes in) skip both the
per-chat order and the limit on concurrent updates: a child asking for help is answered even while their previous
update, or sixty-four other people's, wait on a database that does not answer.

The counters feed metrics; `wait_processed` lets callers (tests, the terminal simulator) know when the bot has
completely finished with an update, instead of guessing with sleeps.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter, deque
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.observability.logs import current_update

log = logging.getLogger(__name__)
_REMEMBERED_UPDATES = 10_000


def update_kind(update: object) -> str:
    if not isinstance(update, Update):
        return type(update).__name__
    for kind in ("message", "callback_query", "edited_message", "my_chat_member", "channel_post", "inline_query"):
        if getattr(update, kind, None) is not None:
            return kind
    return "other"


class TrackingUpdateProcessor(BaseUpdateProcessor):
    def __init__(self, max_concurrent_updates: int = 64,
                 urgent: Callable[[object], bool] = lambda _update: False) -> None:
        super().__init__(max_concurrent_updates)
        self._urgent = urgent
        self._chat_locks: dict[int, asyncio.Lock] = {}
        self._chat_users: Counter[int] = Counter()
        self._done_order: deque[int] = deque()
        self._done: set[int] = set()
        self._waiters: dict[int, list[asyncio.Future[None]]] = {}
        self.handled: Counter[str] = Counter()
        self.seconds_total = 0.0

    async def process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        if self._urgent(update):
            await self._handle(update, coroutine, in_order=False)
        else:
            await super().process_update(update, coroutine)  # takes one of the concurrent-update slots

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        await self._handle(update, coroutine, in_order=True)

    async def _handle(self, update: object, coroutine: Awaitable[Any], *, in_order: bool) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if isinstance(update, Update):
            current_update.set((update.update_id, update_kind(update)))
        started = time.perf_counter()
        try:
            if chat is None or not in_order:
                await coroutine
            else:
                await self._in_chat_order(chat.id, coroutine)
        finally:
            seconds = time.perf_counter() - started
            self.seconds_total += seconds
            kind = update_kind(update)
            self.handled[kind] += 1
            log.debug("update %s (%s) handled in %.1f ms", getattr(update, "update_id", None), kind, seconds * 1000)
            if isinstance(update, Update):
                self._mark_done(update.update_id)

    async def _in_chat_order(self, chat_id: int, coroutine: Awaitable[Any]) -> None:
        lock = self._chat_locks.setdefault(chat_id, asyncio.Lock())
        self._chat_users[chat_id] += 1
        try:
            async with lock:
                await coroutine
        finally:
            self._chat_users[chat_id] -= 1
            if self._chat_users[chat_id] == 0:
                del self._chat_users[chat_id]
                self._chat_locks.pop(chat_id, None)

    def _mark_done(self, update_id: int) -> None:
        self._done.add(update_id)
        self._done_order.append(update_id)
        if len(self._done_order) > _REMEMBERED_UPDATES:
            self._done.discard(self._done_order.popleft())
        for waiter in self._waiters.pop(update_id, []):
            if not waiter.done():
                waiter.set_result(None)

    async def wait_processed(self, update_id: int, timeout: float = 10.0) -> None:
        if update_id in self._done:
            return
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.setdefault(update_id, []).append(waiter)
        await asyncio.wait_for(waiter, timeout)

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass
