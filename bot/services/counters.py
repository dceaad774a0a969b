"""Counters kept by the database: deliveries per push and status ("push"), members per cohort ("cohort").

Triggers (migration 0016) write a +1/-1 row to `counter_deltas` for every delivery inserted, deleted or moved to
another status, and every member joining or leaving; `fold` adds them into `counters`. A read sums both, in one
snapshot, so it is exact whether or not a fold ran; folding only keeps the deltas few. The sender and the joins
only insert rows (no counter row is locked by two transactions), so counting costs them no waiting.
"""

from __future__ import annotations

from sqlalchemy import Integer, delete, func, select, text, union_all
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.db import ReadStore, Store
from bot.store.models import Counter, CounterDelta

_FOLD_LOCK = 0x636E7472  # PostgreSQL advisory lock: one fold at a time
_UPSERT = ("INSERT INTO counters (counter, owner, name, value) SELECT counter, owner, name, sum(change) FROM {source} "
           "GROUP BY counter, owner, name ORDER BY counter, owner, name "
           "ON CONFLICT (counter, owner, name) DO UPDATE SET value = counters.value + excluded.value")


async def fold(session: AsyncSession) -> None:
    """Move the pending deltas into the counters, each exactly once (see answer_counts.fold)."""
    if session.get_bind().dialect.name == "postgresql":
        await session.execute(text("SELECT pg_advisory_xact_lock(:key)").bindparams(key=_FOLD_LOCK))
        result = await session.execute(text(
            "WITH moved AS (DELETE FROM counter_deltas RETURNING counter, owner, name, change) "
            + _UPSERT.format(source="moved")))
    else:
        top = await session.scalar(select(func.max(CounterDelta.id)))
        if top is None:
            return
        result = await session.execute(text(_UPSERT.format(
            source=f"(SELECT * FROM counter_deltas WHERE id <= {int(top)}) AS moved WHERE 1 = 1")))
        await session.execute(delete(CounterDelta).where(CounterDelta.id <= top))
    if result.rowcount:
        await session.execute(delete(Counter).where(Counter.value == 0))


async def fold_pending(store: Store | ReadStore) -> None:
    writer = store.primary if isinstance(store, ReadStore) else store
    async with writer.transaction() as session:
        await fold(session)


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
