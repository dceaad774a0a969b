"""Counters kept by the database: deliveries per push and status ("push"), members per cohort ("cohort").

Triggers (migration 0016) write a +1/-1 row to `counter_deltas` for every delivery inserted, deleted or moved to
another status, and every member joining or leaving; `fold` adds them into `counters`. A read sums both, in one
snapshot, so it is exact whether or not a fold ran; folding only keeps the deltas few. The sender and the joins
only insert rows (no counter row is locked by two transactions), so counting costs them no waiting.
"""

from __future__ import annotations

from sqlalchemy import Integer, func, select, union_all
from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.delta_fold import DeltaFold, fold_in_batches
from bot.store.db import ReadStore, Store
from bot.store.models import Counter, CounterDelta

BATCH = 20_000  # deltas per fold
_FOLD_LOCK = 0x636E7472  # PostgreSQL advisory lock: one fold at a time
_UPSERT = ("INSERT INTO counters (counter, owner, name, value) SELECT counter, owner, name, sum(change) FROM {source} "
           "WHERE 1 = 1 GROUP BY counter, owner, name ORDER BY counter, owner, name "
           "ON CONFLICT (counter, owner, name) DO UPDATE SET value = counters.value + excluded.value")


_FOLD = DeltaFold(CounterDelta, "counter, owner, name, change",
                  lambda _dialect, source: _UPSERT.format(source=source), Counter, Counter.value == 0, _FOLD_LOCK)


async def fold(session: AsyncSession, limit: int | None = BATCH) -> int:
    """Move the oldest `limit` pending deltas (all with None) into the counters, each exactly once
    (bot/services/delta_fold.py); returns how many moved."""
    return await _FOLD.fold(session, limit)


async def fold_pending(store: Store | ReadStore, *, until_done: bool = False) -> None:
    await fold_in_batches(store, fold, BATCH, until_done=until_done)


async def read(session: AsyncSession, counter: str) -> dict[tuple[int, str], int]:
    """(owner, name) -> value of every counter of this kind; zeros left out."""
    parts = union_all(
        select(Counter.owner, Counter.name, Counter.value.label("value")).where(Counter.counter == counter),
        select(CounterDelta.owner, CounterDelta.name, CounterDelta.change.label("value"))
        .where(CounterDelta.counter == counter),
    ).subquery("counter_parts")
    statement = (select(parts.c.owner, parts.c.name, func.sum(parts.c.value, type_=Integer))
                 .group_by(parts.c.owner, parts.c.name))
    return {(int(owner), name): int(value) for owner, name, value in await session.execute(statement) if value}
