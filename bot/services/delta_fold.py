"""Folding +1/-1 delta rows, written by database triggers, into the totals they change (answer counts, counters).

Each delta is counted once: on PostgreSQL one statement deletes the oldest deltas and inserts what it deleted (folds
queue on an advisory lock); on SQLite, which has one writer at a time, the oldest deltas up to an id are summed and
then deleted in the same transaction. Totals that fell to zero are dropped.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.db import ReadStore, Store

BACKLOG_WORK_MEM = "256MB"  # for this transaction only


@dataclass(frozen=True)
class DeltaFold:
    deltas: Any  # the ORM model of the delta rows
    returning: str  # the delta columns the fold reads, for PostgreSQL's DELETE ... RETURNING
    upsert: Callable[[str, str], str]  # (dialect, source of delta rows) -> INSERT ... ON CONFLICT ... adding them
    totals: Any  # the ORM model of the totals
    zero: Any  # which totals to drop after a fold (a WHERE clause on `totals`)
    lock: int  # PostgreSQL advisory lock key: one fold of these deltas at a time

    async def fold(self, session: AsyncSession, limit: int | None) -> int:
        """Move the oldest `limit` pending deltas (all with None) into the totals; returns how many moved."""
        dialect = session.get_bind().dialect.name
        table = self.deltas.__tablename__
        if dialect == "postgresql":
            await session.execute(text("SELECT pg_advisory_xact_lock(:key)").bindparams(key=self.lock))
            if limit is None:  # everything pending (a backlog): sums in memory rather than sorts spilled to disk
                await session.execute(text(f"SET LOCAL work_mem = '{BACKLOG_WORK_MEM}'"))
            oldest = "" if limit is None else f" WHERE id IN (SELECT id FROM {table} ORDER BY id LIMIT {limit})"
            moved, folded = (await session.execute(text(
                f"WITH moved AS (DELETE FROM {table}{oldest} RETURNING {self.returning}), "
                f"folded AS ({self.upsert(dialect, 'moved')} RETURNING 1) "
                "SELECT (SELECT count(*) FROM moved), (SELECT count(*) FROM folded)"))).one()
        else:
            ids = select(self.deltas.id).order_by(self.deltas.id).limit(limit).subquery()
            top, moved = (await session.execute(select(func.max(ids.c.id), func.count()).select_from(ids))).one()
            if not moved:
                return 0
            source = f"(SELECT * FROM {table} WHERE id <= {int(top)}) AS moved"
            folded = (await session.execute(text(self.upsert(dialect, source)))).rowcount
            await session.execute(delete(self.deltas).where(self.deltas.id <= top))
        if folded:
            await session.execute(delete(self.totals).where(self.zero))
        return int(moved)


async def fold_in_batches(store: Store | ReadStore, fold: Callable[[AsyncSession], Awaitable[int]], batch: int, *,
                          until_done: bool) -> None:
    """Fold in transactions of their own on the primary (a read replica takes no writes): one batch, or until
    nothing is pending. Reads are exact either way; folding keeps the pending deltas few, and a batch keeps each
    statement short."""
    writer = store.primary if isinstance(store, ReadStore) else store
    while True:
        async with writer.transaction() as session:
            moved = await fold(session)
        if not until_done or moved < batch:
            return
