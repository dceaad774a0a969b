"""Waiting a bounded time for work that may hang, without waiting for it to give up."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")
_unfinished: set[asyncio.Task[Any]] = set()


async def within(seconds: float, work: Coroutine[Any, Any, T]) -> T:
    """The work's result if it comes within `seconds`. Otherwise TimeoutError at once, while the work goes on in
    the background until it finishes or fails on its own (its own timeouts bound it). Cancelling it instead would
    make the caller wait for its clean-up, which on a database that does not answer can take as long again."""
    task = asyncio.ensure_future(work)
    done, _ = await asyncio.wait({task}, timeout=seconds)
    if done:
        return task.result()
    _unfinished.add(task)
    task.add_done_callback(_settle)
    raise TimeoutError(f"no answer within {seconds:g} s")


def _settle(task: asyncio.Task[Any]) -> None:
    _unfinished.discard(task)
    if not task.cancelled():
        task.exception()  # retrieved: nobody is waiting for it any more, so asyncio need not report it
