"""The sender's pace: SEND_RATE on average, one message a second per chat, and slots missed while the sender was
busy for a moment (a batch boundary, a slow event loop) made up at once, within CATCH_UP_SECONDS."""

from __future__ import annotations

import pytest

from bot.delivery import sender as sender_module
from bot.delivery.sender import CATCH_UP_SECONDS, RateLimiter


class FakeTime:
    """time.monotonic for the limiter; its sleeps move the clock instead of waiting."""

    def __init__(self) -> None:
        self.now = 100.0

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeTime:
    fake = FakeTime()
    monkeypatch.setattr(sender_module.time, "monotonic", fake.monotonic)
    monkeypatch.setattr(sender_module.asyncio, "sleep", fake.sleep)
    return fake


async def test_a_short_stall_is_made_up_and_the_average_pace_kept(clock: FakeTime) -> None:
    limiter = RateLimiter(rate=100)  # a slot every 10 ms
    first_slot = clock.now - CATCH_UP_SECONDS  # a new limiter may catch up as after idling
    for chat in range(30):
        await limiter.acquire(chat)
    assert clock.now == pytest.approx(first_slot + 29 * 0.01)
    clock.now += 0.04  # the sender was busy for 40 ms: four slots went by unused
    stalled_at = clock.now
    for chat in range(30, 34):
        await limiter.acquire(chat)
    assert clock.now == pytest.approx(stalled_at)  # taken at once: they were due already
    for chat in range(34, 50):
        await limiter.acquire(chat)
    # 50 messages in 50 slots: the stall cost nothing.
    assert clock.now == pytest.approx(first_slot + 49 * 0.01)


async def test_after_idling_the_burst_is_bounded(clock: FakeTime) -> None:
    limiter = RateLimiter(rate=100)
    await limiter.acquire(0)
    clock.now += 60  # idle for a minute
    idle_end = clock.now
    times = []
    for chat in range(1, 50):
        await limiter.acquire(chat)
        times.append(clock.now)
    # CATCH_UP_SECONDS of slots go at once (11 at 100/s), then the pace is SEND_RATE again.
    assert sum(1 for t in times if t <= idle_end + 1e-9) == round(CATCH_UP_SECONDS * 100) + 1
    assert times[-1] == pytest.approx(idle_end - CATCH_UP_SECONDS + 48 * 0.01)


async def test_one_chat_waits_a_second_between_messages_and_a_pause_holds_everyone(clock: FakeTime) -> None:
    limiter = RateLimiter(rate=100)
    start = clock.now
    await limiter.acquire(7)
    await limiter.acquire(7)
    assert clock.now == pytest.approx(start + 1.0)
    limiter.pause(2.0)
    await limiter.acquire(8)
    assert clock.now == pytest.approx(start + 3.0)
