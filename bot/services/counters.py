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

BATCH = 20_000  # deltas per fold
_FOLD_LOCK = 0x636E7472  # PostgreSQL advisory lock: one fold at a time
_UPSERT = ("INSERT INTO counters (counter, owner, name, value) SELECT counter, owner, name, sum(change) FROM {source} "
           "GROUP BY counter, owner, name ORDER BY counter, owner, name "
           "ON CONFLICT (counter, owner, name) DO UPDATE SET value = counters.value + excluded.value")


async def fold(session: AsyncSession, limit: int | None = BATCH) -> int:
    """Move the oldest `limit` pending deltas (all with None) into the counters, each exactly once (see
    answer_counts.fold); returns how many moved."""
    if session.get_bind().dialect.name == "postgresql":
        await session.execute(text("SELECT pg_advisory_xact_lock(:key)").bindparams(key=_FOLD_LOCK))
        oldest = "" if limit is None else f" WHERE id IN (SELECT id FROM counter_deltas ORDER BY id LIMIT {limit})"
        moved, folded = (await session.execute(text(
            f"WITH moved AS (DELETE FROM counter_deltas{oldest} RETURNING counter, owner, name, change), "
            f"folded AS ({_UPSERT.format(source='moved')} RETURNING 1) "
            "SELECT (SELECT count(*) FROM moved), (SELECT count(*) FROM folded)"))).one()
    else:
        ids = select(CounterDelta.id).order_by(CounterDelta.id).limit(limit).subquery()
        top, moved = (await session.execute(select(func.max(ids.c.id), func.count()).select_from(ids))).one()
        if not moved:
            return 0
        folded = (await session.execute(text(_UPSERT.format(
            source=f"(SELECT * FROM counter_deltas WHERE id <= {int(top)}) AS moved WHERE 1 = 1")))).rowcount
        await session.execute(delete(CounterDelta).where(CounterDelta.id <= top))
    if folded:
        await session.execute(delete(Counter).where(Counter.value == 0))
    return int(moved)


async def fold_pending(store: Store | ReadStore, *, until_done: bool = False) -> None:
    writer = store.primary if isinstance(store, ReadStore) else store
    while True:
        async with writer.transaction() as session:
            moved = await fold(session)
        if not until_done or moved < BATCH:
            return


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
