"""Exactly one replica runs the outbox sender: whoever holds a PostgreSQL advisory lock. The lock lives as long
as the holder's database session, so when that replica dies (even kill -9) PostgreSQL releases it and a
standby takes over at its next try. On SQLite there is one process, which always leads."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

log = logging.getLogger(__name__)
LOCK_KEY = 0x5AFE_B07  # any constant shared by all replicas of one deployment
RETRY_SECONDS = 2.0


class Leadership:
    def __init__(self, engine: AsyncEngine, retry_seconds: float = RETRY_SECONDS) -> None:
        self.engine = engine
        self.retry_seconds = retry_seconds
        self.is_leader = False
        self._connection: AsyncConnection | None = None

    async def _try_acquire(self) -> bool:
        if self.engine.dialect.name != "postgresql":
            return True
        connection = await self.engine.connect()
        try:
            got = (await connection.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": LOCK_KEY})).scalar()
        except Exception:
            await connection.close()
            raise
        if got:
            await connection.commit()  # keep the session (and so the lock) open, outside any transaction
            self._connection = connection
            return True
        await connection.close()
        return False

    async def _still_held(self) -> bool:
        if self._connection is None:
            return self.engine.dialect.name != "postgresql"
        try:
            await self._connection.execute(text("SELECT 1"))
            await self._connection.commit()
            return True
        except Exception:
            return False

    async def release(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(Exception):
                await self._connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": LOCK_KEY})
                await self._connection.commit()
            with contextlib.suppress(Exception):
                await self._connection.close()
            self._connection = None
        self.is_leader = False

    async def run(self, stop: asyncio.Event, lead: Callable[[asyncio.Event], Awaitable[None]]) -> None:
        """Until `stop`: wait to become leader, then run `lead(lost)` until stopping or losing the lock."""
        while not stop.is_set():
            try:
                acquired = await self._try_acquire()
            except Exception as error:  # the database is down: keep trying
                log.warning("leader election failed: %s", type(error).__name__)
                acquired = False
            if not acquired:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), self.retry_seconds)
                continue
            self.is_leader = True
            log.info("this replica now runs the outbox sender")
            lost = asyncio.Event()
            leading = asyncio.create_task(lead(lost))
            while not stop.is_set() and not leading.done():
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), self.retry_seconds)
                if not await self._still_held():
                    log.warning("lost the outbox lock")
                    break
            lost.set()
            with contextlib.suppress(Exception):
                await leading
            await self.release()
