"""The leader's housekeeping, hourly: monthly partitions of `events` ahead of time, retention in small batches,
and the statistics rollup brought up to date (so old months can be detached without losing their reach).

Only the replica that runs the outbox sender does this (bot/delivery/leader.py), so replicas never race on it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from bot.services.retention import Retention, RetentionPolicy, RetentionReport
from bot.services.runtime import Runtime
from bot.services.stats import Stats
from bot.store.db import OUTAGE_ERRORS
from bot.store.partitions import ensure_partitions

log = logging.getLogger(__name__)
EVERY_SECONDS = 3600.0


class Maintenance:
    def __init__(self, rt: Runtime, every_seconds: float = EVERY_SECONDS) -> None:
        self.rt = rt
        # The primary with STATS_TIMEOUT: housekeeping may wait longer than a person's tap may.
        self.store = rt.stats_store.primary
        self.every_seconds = every_seconds
        self.retention = Retention(self.store, rt.analytics, RetentionPolicy.from_settings(rt.settings))
        self.stats = Stats(rt.catalog, rt.checkins)
        self.runs = 0

    async def run_once(self, stop: asyncio.Event | None = None) -> RetentionReport:
        now = self.rt.clock.now()
        async with self.store.transaction() as session:
            created = await ensure_partitions(session, now.date())
        if created:
            log.info("created event partitions %s", ", ".join(created))
        report = await self.retention.run(now, lambda: stop is None or not stop.is_set())
        await self.stats.ensure_fresh(self.store)
        self.runs += 1
        return report

    async def run(self, stop: asyncio.Event) -> None:
        """Until `stop` (the leader stops or loses its lock): a run now, then one every `every_seconds`."""
        while not stop.is_set():
            try:
                await self.run_once(stop)
            except OUTAGE_ERRORS as error:
                log.warning("maintenance skipped, database unavailable: %s", type(error).__name__)
            except Exception:
                log.exception("maintenance failed; trying again at the next run")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), self.every_seconds)
