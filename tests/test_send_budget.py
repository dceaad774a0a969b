"""The bot's one send budget: replies and pushes share Telegram's pace, help first, and a 429 pauses everyone."""

from __future__ import annotations

import asyncio
import time

from bot.services.send_budget import Priority, SendBudget


async def test_help_is_served_before_replies_and_replies_before_pushes() -> None:
    budget = SendBudget(rate=50)
    order: list[str] = []

    async def send(name: str, priority: Priority) -> None:
        await budget.acquire(priority)
        order.append(name)

    await budget.acquire(Priority.PUSH)  # the slot now in use: everyone below has to queue
    pushes = [asyncio.create_task(send(f"push{i}", Priority.PUSH)) for i in range(5)]
    await asyncio.sleep(0)  # the pushes are queued first...
    later = [asyncio.create_task(send("reply", Priority.REPLY)), asyncio.create_task(send("help", Priority.HELP))]
    await asyncio.gather(*pushes, *later)
    assert order[:2] == ["help", "reply"]  # ...but the help and the reply that came after them go first
    assert order[2:] == [f"push{i}" for i in range(5)]  # first come, first served among equals


async def test_a_429_pauses_every_sender_and_a_cancelled_wait_gives_its_slot_away() -> None:
    budget = SendBudget(rate=1000)
    await budget.acquire(Priority.PUSH)
    budget.pause(0.2)
    paused_until = budget.paused_until
    waiting = asyncio.create_task(budget.acquire(Priority.PUSH))
    await asyncio.sleep(0)
    waiting.cancel()
    await budget.acquire(Priority.HELP)
    assert time.monotonic() >= paused_until  # even help waits out Telegram's retry_after
    assert waiting.cancelled()
