"""The outbox changes proposed in bench/README.md ("Outbox"), as a prototype the benchmark can run.

`python -m bench.outbox --variant proposed` runs the same benchmark with:

1. PENDING_INDEX, a partial index on deliveries (due_at, id) WHERE status = 'pending', created by the benchmark
   after the migrations (the proposal: a migration and the same Index in bot/store/models.py). On PostgreSQL
   Outbox.claim_due's ORDER BY due_at, id LIMIT n can then read the first n pending rows in index order instead
   of sorting every pending row: ix_deliveries_status_due orders by due_at only, and all rows of one push share
   one due_at, so PostgreSQL sorts the whole push at every claim. SQLite already reads them in order (its index
   entries end with the rowid, which is the id).
2. PipelinedSender.drain_once, which claims the next batch while the current one is being sent and settles a
   batch while the next one is being sent, so the database work no longer leaves the rate limiter idle between
   batches (Sender.drain_once does claim -> send -> settle -> claim in sequence: every millisecond of claim and
   settle is a millisecond without sending). Its batches are half as long (0.25 s of sending), so the rows a
   crash can leave 'sending' stay near where they were: the batch being settled, the one being sent and the one
   claimed ahead, at most 3 x 125 rows at 500/s, against 250 for Sender.
3. bench/aiohttp_request.py in place of PTB's HTTPXRequest (the worker's --request aiohttp).

Nothing in bot/ changes: the index is created by the benchmark and PipelinedSender subclasses Sender.
"""

from __future__ import annotations

import asyncio

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.delivery.outbox import Claimed
from bot.delivery.sender import Sender

PENDING_INDEX = "CREATE INDEX ix_deliveries_pending_due ON deliveries (due_at, id) WHERE status = 'pending'"
PIPELINED_IN_FLIGHT_SECONDS = 0.25  # sending time per batch of PipelinedSender (Sender: 0.5)


async def create_pending_index(session: AsyncSession) -> None:
    await session.execute(text(PENDING_INDEX))


class PipelinedSender(Sender):
    def __post_init__(self) -> None:
        super().__post_init__()
        self.batch = max(1, int(self.rate * PIPELINED_IN_FLIGHT_SECONDS))

    @property
    def window(self) -> int:
        """The most rows a crash can leave 'sending': the batch being settled, the one being sent, the one
        claimed ahead."""
        return 3 * self.batch

    async def _claim(self) -> list[Claimed]:
        async with self.rt.store.transaction() as session:
            return await self.rt.outbox.claim_due(session, self.clock.now(), self.batch)

    async def drain_once(self) -> int:
        """Sender.drain_once, pipelined: while batch k is sent, batch k+1 is claimed and batch k-1 settled."""
        announce = getattr(self, "_announce_polls", None)  # Sender announces open polls first, then lessons
        handled = await announce() if announce is not None else 0
        settling: asyncio.Task[None] | None = None
        claimed = await self._claim()
        try:
            while claimed:
                ahead = asyncio.create_task(self._claim())
                try:
                    outcomes = await asyncio.gather(*(self._send(item) for item in claimed))
                except BaseException:
                    ahead.cancel()
                    raise
                if settling is not None:
                    await settling
                settling = asyncio.create_task(self._settle(outcomes))
                handled += len(claimed)
                claimed = await ahead
        finally:
            if settling is not None:
                await settling
        await self.refresh_progress()
        return handled
