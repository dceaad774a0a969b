"""How replies get past Telegram's limits. Every Bot API call the Application makes passes through `ReplyLimiter`
(python-telegram-bot's rate-limiter hook):

- messages (sends and edits) take a slot from the bot's one `SendBudget`, shared with the outbox sender, help
  first;
- a 429 pauses everyone for `retry_after` and the reply is sent again;
- a 5xx, a timeout or a dropped connection is retried a few times where a duplicate would be harmless: calls that
  change nothing twice (answers to button taps, edits, settings), and sends the caller marked `repeatable` (help,
  lesson screens, menus). Other sends are not retried: a second copy could confuse, and the person is told to try
  again instead.
Each call also records which button taps were answered, so the router can answer any a handler left open.
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Callable, Coroutine
from contextvars import ContextVar
from datetime import timedelta
from typing import Any

from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.ext import BaseRateLimiter

from bot.observability.metrics import Metrics
from bot.services.send_budget import ReplyArgs, SendBudget

log = logging.getLogger(__name__)

MESSAGE_METHODS = frozenset({
    "sendMessage", "sendPhoto", "sendDocument", "sendMediaGroup", "copyMessage", "forwardMessage",
    "editMessageText", "editMessageCaption", "editMessageMedia", "editMessageReplyMarkup",
})
# A new message each time they are called; anything else can safely be called twice.
SEND_METHODS = frozenset({"sendMessage", "sendPhoto", "sendDocument", "sendMediaGroup", "copyMessage",
                          "forwardMessage"})
MAX_ATTEMPTS = 4
MAX_RETRY_AFTER = 60.0  # seconds: past this a reply is given up (the person is told to try later)
BACKOFF = (0.3, 1.0, 2.0)

answered_callbacks: ContextVar[set[str] | None] = ContextVar("answered_callbacks", default=None)


def retry_after_seconds(error: RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB 22 warns that retry_after will become a timedelta
        warnings.simplefilter("ignore")
        value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class ReplyLimiter(BaseRateLimiter[ReplyArgs]):
    def __init__(self, budget: SendBudget, metrics: Metrics, sleep: Callable[[float], Any] = asyncio.sleep) -> None:
        self.budget = budget
        self.metrics = metrics
        self._sleep = sleep

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: ReplyArgs | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        reply = rate_limit_args or ReplyArgs()
        repeatable = reply.repeatable or endpoint not in SEND_METHODS
        waited = 0.0
        for attempt in range(1, MAX_ATTEMPTS + 1):
            if endpoint in MESSAGE_METHODS:
                await self.budget.acquire(reply.priority)
            try:
                result = await callback(*args, **kwargs)
            except RetryAfter as error:
                seconds = retry_after_seconds(error)
                self.metrics.count_429("reply")
                self.budget.pause(seconds)
                waited += seconds
                if attempt == MAX_ATTEMPTS or waited > MAX_RETRY_AFTER:
                    raise
                continue  # the next slot comes after the pause
            except BadRequest:
                raise  # a 400 is final
            except NetworkError as error:  # 5xx, timeouts, dropped connections
                if not repeatable or attempt == MAX_ATTEMPTS:
                    raise
                self.metrics.reply_retries[endpoint] += 1
                log.info("%s failed (%s); trying again", endpoint, type(error).__name__)
                await self._sleep(BACKOFF[attempt - 1])
                continue
            if endpoint == "answerCallbackQuery" and (answered := answered_callbacks.get()) is not None:
                answered.add(str(data.get("callback_query_id")))
            return result
        raise AssertionError("unreachable")  # pragma: no cover
