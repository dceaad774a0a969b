"""The bot's one send budget: replies and pushes share Telegram's pace, help first, and a 429 pauses everyone."""

from __future__ import annotations

import asyncio
import itertools
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


class _LateClock:
    """A clock that only moves when the budget sleeps, and every sleep wakes 3 ms late, as real ones do."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(0)  # the waiter just given a slot runs (and reads the clock) before time moves on
        self.now += seconds + 0.003


async def test_a_steady_queue_gets_the_full_rate_although_every_sleep_wakes_late() -> None:
    clock = _LateClock()
    budget = SendBudget(rate=30, clock=clock, sleep=clock.sleep)
    handed_out: list[float] = []

    async def send() -> None:
        await budget.acquire(Priority.PUSH)
        handed_out.append(clock.now)

    await asyncio.gather(*(send() for _ in range(91)))
    seconds = handed_out[-1] - handed_out[0]
    assert len(handed_out) == 91
    assert 3.0 <= seconds < 3.0 + 0.01  # 90 gaps of 1/30 s: late wake-ups are not added up (they made it 3.27 s)
    gaps = [later - earlier for earlier, later in itertools.pairwise(handed_out)]
    assert min(gaps) > 1 / 30 - 0.004  # and no two slots are squeezed together to catch up


async def test_a_dispatcher_late_by_more_than_a_slot_starts_afresh_instead_of_bursting() -> None:
    clock = _LateClock()

    async def very_late(seconds: float) -> None:
        await asyncio.sleep(0)
        clock.now += seconds + 0.025  # 25 ms late: more than two of the 10 ms slots

    budget = SendBudget(rate=100, clock=clock, sleep=very_late)
    handed_out: list[float] = []

    async def send() -> None:
        await budget.acquire(Priority.PUSH)
        handed_out.append(clock.now)

    await asyncio.gather(*(send() for _ in range(5)))
    gaps = [later - earlier for earlier, later in itertools.pairwise(handed_out)]
    assert min(gaps) >= 0.01  # never two slots closer than the pace allows, however late the wake-up
