"""Monthly partitions of `events` on PostgreSQL (migration 0013); SQLite keeps one table.

Each UTC month has its own table, `events_y2026m03`, attached to `events`; anything outside the attached months
lands in `events_default`. The bot creates the current month and the next MONTHS_AHEAD at start and hourly (on the
leader), so the default partition stays empty in normal operation. A month whose events are no longer needed can be
detached (it becomes a plain table: statistics, /mydata, /forget and retention no longer see it) and then dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.models import StatsState

MONTHS_AHEAD = 2
DEFAULT_PARTITION = "events_default"
PARTITION_NAME = re.compile(r"^events_y(\d{4})m(\d{2})$")
_LOCK_KEY = 0x5AFE_E7E  # one partition change at a time across replicas and the command line


class PartitionError(Exception):
    """A partition change that cannot be made; the message says why and is fit for an operator."""


@dataclass(frozen=True)
class Partition:
    name: str
    month: date | None  # None for the default partition
    attached: bool
    rows: int  # PostgreSQL's estimate (pg_class.reltuples), exact enough to plan with; 0 if never analysed


def is_partition_table(name: str) -> bool:
    """A table that belongs to the partitioned `events` (so schema comparisons leave it out)."""
    return name == DEFAULT_PARTITION or PARTITION_NAME.match(name) is not None


def partition_name(month: date) -> str:
    return f"events_y{month.year:04d}m{month.month:02d}"


def month_start(day: date, offset: int = 0) -> date:
    index = day.year * 12 + day.month - 1 + offset
    return date(index // 12, index % 12 + 1, 1)


def parse_month(raw: str) -> date:
    match = re.fullmatch(r"(\d{4})-(\d{2})", raw.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise PartitionError(f"{raw!r}: expected a month as YYYY-MM")
    return date(int(match.group(1)), int(match.group(2)), 1)


def _bound(month: date) -> str:
    # Partition bounds must be literals; this one is built from two integers, never from input text.
    return f"'{month.isoformat()} 00:00:00+00'"


def _instant(month: date) -> datetime:
    return datetime(month.year, month.month, 1, tzinfo=UTC)


async def is_partitioned(session: AsyncSession) -> bool:
    if session.get_bind().dialect.name != "postgresql":
        return False
    kind = await session.scalar(text("SELECT relkind::text FROM pg_class WHERE oid = to_regclass('events')"))
    return kind == "p"


async def _lock(session: AsyncSession) -> None:
    await session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})


async def list_partitions(session: AsyncSession) -> list[Partition]:
    """Attached partitions and detached month tables, oldest first, the default partition last."""
    if not await is_partitioned(session):
        return []
    rows = await session.execute(text("""
        SELECT c.relname, i.inhrelid IS NOT NULL, greatest(c.reltuples, 0)::bigint
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.oid = (
            SELECT relnamespace FROM pg_class WHERE oid = to_regclass('events'))
        LEFT JOIN pg_inherits i ON i.inhrelid = c.oid AND i.inhparent = to_regclass('events')
        WHERE c.relkind = 'r' AND (c.relname = :default OR c.relname ~ '^events_y[0-9]{4}m[0-9]{2}$')
    """), {"default": DEFAULT_PARTITION})
    found = []
    for name, attached, estimate in rows:
        match = PARTITION_NAME.match(name)
        month = date(int(match.group(1)), int(match.group(2)), 1) if match else None
        found.append(Partition(name, month, bool(attached), int(estimate)))
    return sorted(found, key=lambda p: (p.month is None, p.month or date.min))


async def create_partition(session: AsyncSession, month: date) -> bool:
    """Attach a partition for `month`; False if it is already there. Events of that month that went to the
    default partition meanwhile are moved into it, in the same transaction."""
    await _lock(session)
    name = partition_name(month)
    existing = {p.name: p for p in await list_partitions(session)}
    if name in existing:
        if not existing[name].attached:
            raise PartitionError(f"{name} is detached; attach or drop it by hand before creating it again")
        return False
    start, end = _instant(month), _instant(month_start(month, 1))
    bounds = f"FOR VALUES FROM ({_bound(month)}) TO ({_bound(month_start(month, 1))})"
    stray = await session.scalar(
        text(f"SELECT count(*) FROM {DEFAULT_PARTITION} WHERE occurred_at >= :start AND occurred_at < :end"),
        {"start": start, "end": end},
    )
    if not stray:
        await session.execute(text(f"CREATE TABLE {name} PARTITION OF events {bounds}"))
        return True
    # PostgreSQL refuses a new partition whose range has rows in the default one: take the default out, create
    # the month, move its rows, put the default back. Writers wait for this transaction (it locks `events`).
    await session.execute(text(f"ALTER TABLE events DETACH PARTITION {DEFAULT_PARTITION}"))
    await session.execute(text(f"CREATE TABLE {name} PARTITION OF events {bounds}"))
    window = "occurred_at >= :start AND occurred_at < :end"
    await session.execute(text(f"INSERT INTO events SELECT * FROM {DEFAULT_PARTITION} WHERE {window}"),
                          {"start": start, "end": end})
    await session.execute(text(f"DELETE FROM {DEFAULT_PARTITION} WHERE {window}"), {"start": start, "end": end})
    await session.execute(text(f"ALTER TABLE events ATTACH PARTITION {DEFAULT_PARTITION} DEFAULT"))
    return True


async def ensure_partitions(session: AsyncSession, today: date, ahead: int = MONTHS_AHEAD) -> list[str]:
    """This month and the next `ahead`; returns the names created (nothing on SQLite)."""
    if not await is_partitioned(session):
        return []
    created = []
    for offset in range(ahead + 1):
        month = month_start(today, offset)
        if await create_partition(session, month):
            created.append(partition_name(month))
    return created


async def detach_partition(session: AsyncSession, month: date, today: date) -> Partition:
    """Take a past month out of `events`. It stays as a plain table until dropped. Refused for this month or
    later, and for a month the statistics rollup has not yet finished with (its reach would be lost)."""
    await _lock(session)
    name = partition_name(month)
    found = {p.name: p for p in await list_partitions(session)}
    if name not in found or not found[name].attached:
        raise PartitionError(f"{name} is not an attached partition (see `python -m bot partitions list`)")
    if month >= month_start(today):
        raise PartitionError(f"{name} holds this month's or later events; only past months can be detached")
    state = await session.get(StatsState, 1)
    if state is None or state.final_before is None or state.final_before < month_start(month, 1):
        raise PartitionError(f"the statistics rollup has not yet been built past {month:%Y-%m}; let the bot run "
                             "(its leader refreshes the rollup every hour) or open /stats, then try again")
    await session.execute(text(f"ALTER TABLE events DETACH PARTITION {name}"))
    return Partition(name, month, False, found[name].rows)


async def drop_detached(session: AsyncSession, month: date) -> Partition:
    await _lock(session)
    name = partition_name(month)
    found = {p.name: p for p in await list_partitions(session)}
    if name not in found:
        raise PartitionError(f"there is no table {name}")
    if found[name].attached:
        raise PartitionError(f"{name} is still attached; detach it first")
    await session.execute(text(f"DROP TABLE {name}"))
    return found[name]
