"""Monthly partitions of `events` on PostgreSQL: the migration on a database with data, inserts landing in their
month, months created ahead (and stray events moved out of the default partition), detaching and dropping."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from alembic import command
from sqlalchemy import func, select, text
from sqlalchemy.engine import Connection

from bot.services.stats import Period, ReachQuery, Stats
from bot.store.db import Store, alembic_config
from bot.store.models import Event, StatsState
from bot.store.partitions import (
    PartitionError,
    create_partition,
    detach_partition,
    drop_detached,
    ensure_partitions,
    is_partitioned,
    list_partitions,
    month_start,
    partition_name,
)
from tests.conftest import POSTGRES_URL, postgres_schema
from tests.test_api_stats import runtime_for

pytestmark = pytest.mark.skipif(not POSTGRES_URL, reason="TEST_POSTGRES_URL is not set (CI sets it)")
THIS_MONTH = month_start(datetime.now(UTC).date())


@pytest.fixture
async def pg_store() -> AsyncIterator[Store]:
    async with postgres_schema() as (url, options):
        store = Store(url, **options)
        yield store
        await store.close()


def _to(revision: str) -> Any:
    def run(connection: Connection) -> None:
        config = alembic_config()
        config.attributes["connection"] = connection
        if revision.startswith("-"):
            command.downgrade(config, revision[1:])
        else:
            command.upgrade(config, revision)
    return run


def event(pseudonym: str, when: datetime, kind: str = "card_viewed", **fields: Any) -> Event:
    return Event(pseudonym=pseudonym, kind=kind, occurred_at=when, audience="youth", country="KE", locale="en",
                 capability=13, series="in-control", **fields)


async def _where(store: Store) -> dict[str, int]:
    async with store.transaction() as session:
        rows = await session.execute(text("SELECT tableoid::regclass::text, count(*) FROM events GROUP BY 1"))
        return dict(rows.all())


async def test_the_migration_moves_existing_events_into_monthly_partitions(pg_store: Store) -> None:
    async with pg_store.engine.begin() as connection:
        await connection.run_sync(_to("0012"))
    months = [month_start(THIS_MONTH, -offset) for offset in (14, 3, 1, 0)]
    async with pg_store.engine.begin() as connection:
        for n, month in enumerate(months):
            for day in (1, 15):
                await connection.execute(text(
                    "INSERT INTO events (pseudonym, kind, occurred_at, capability) VALUES (:p, 'card_viewed', :t, 13)"),
                    {"p": f"p{n}", "t": datetime(month.year, month.month, day, 12, tzinfo=UTC)})
        before = (await connection.execute(text("SELECT id, pseudonym, occurred_at FROM events ORDER BY id"))).all()

    async with pg_store.engine.begin() as connection:
        await connection.run_sync(_to("0013"))

    async with pg_store.transaction() as session:
        assert await is_partitioned(session)
        after = (await session.execute(select(Event.id, Event.pseudonym, Event.occurred_at).order_by(Event.id))).all()
        names = [p.name for p in await list_partitions(session)]
        session.add(event("new", datetime.now(UTC)))
        await session.flush()
        newest = await session.scalar(select(func.max(Event.id)))
    assert after == before  # same ids, same rows
    assert newest == before[-1][0] + 1  # ids go on from the same sequence
    # Every month from the oldest event to two months ahead, then the default partition.
    expected = [partition_name(month_start(months[0], k)) for k in range(14 + 3)]
    assert names == [*expected, "events_default"]
    where = await _where(pg_store)
    assert where == {partition_name(m): 2 for m in months[:-1]} | {partition_name(THIS_MONTH): 3}

    async with pg_store.engine.begin() as connection:  # and back, keeping every event
        await connection.run_sync(_to("-0012"))
    async with pg_store.engine.connect() as connection:
        kind = await connection.scalar(text("SELECT relkind::text FROM pg_class WHERE oid = to_regclass('events')"))
        count = await connection.scalar(text("SELECT count(*) FROM events"))
    assert (kind, count) == ("r", len(before) + 1)


async def test_events_land_in_their_month_and_queries_read_across_months(pg_store: Store) -> None:
    await pg_store.migrate()
    last_month = month_start(THIS_MONTH, -1)
    async with pg_store.transaction() as session:
        assert await create_partition(session, last_month) is True
        assert await create_partition(session, last_month) is False
        for i in range(6):
            session.add(event(f"p{i}", datetime(last_month.year, last_month.month, 20, tzinfo=UTC)))
            session.add(event(f"p{i}", datetime(THIS_MONTH.year, THIS_MONTH.month, 1, 1, tzinfo=UTC)))
    assert await _where(pg_store) == {partition_name(last_month): 6, partition_name(THIS_MONTH): 6}
    stats = Stats(runtime_for(pg_store).catalog, runtime_for(pg_store).checkins)
    async with pg_store.transaction() as session:
        await stats.refresh(session, full=True)
    async with pg_store.transaction() as session:
        rows = await stats.reach(session, ReachQuery(Period(last_month, THIS_MONTH + timedelta(days=1)), ("month",)))
    assert {r.key["month"]: r.figures["reached"].value for r in rows} == {
        f"{last_month:%Y-%m}": 6, f"{THIS_MONTH:%Y-%m}": 6}


async def test_a_month_created_late_takes_its_events_out_of_the_default_partition(pg_store: Store) -> None:
    await pg_store.migrate()
    old = month_start(THIS_MONTH, -24)
    async with pg_store.transaction() as session:
        session.add_all([event("early", datetime(old.year, old.month, d, tzinfo=UTC)) for d in (1, 2, 3)])
        session.add(event("earlier", datetime(old.year - 1, 1, 1, tzinfo=UTC)))
    assert await _where(pg_store) == {"events_default": 4}
    async with pg_store.transaction() as session:
        assert await create_partition(session, old) is True
    assert await _where(pg_store) == {partition_name(old): 3, "events_default": 1}
    async with pg_store.transaction() as session:  # and the default is attached again: new strays still fit
        session.add(event("far", datetime(2090, 1, 1, tzinfo=UTC)))
    assert (await _where(pg_store))["events_default"] == 2


async def test_months_ahead_are_created_once(pg_store: Store) -> None:
    await pg_store.migrate()
    later = month_start(THIS_MONTH, 5)
    async with pg_store.transaction() as session:
        created = await ensure_partitions(session, later)
        again = await ensure_partitions(session, later)
    assert created == [partition_name(month_start(later, k)) for k in range(3)]
    assert again == []


async def test_detaching_and_dropping_a_past_month(pg_store: Store) -> None:
    await pg_store.migrate()
    old = month_start(THIS_MONTH, -3)
    async with pg_store.transaction() as session:
        await create_partition(session, old)
        session.add_all([event(f"p{i}", datetime(old.year, old.month, 5, tzinfo=UTC)) for i in range(5)])
        session.add(event("now", datetime.now(UTC)))
    today = datetime.now(UTC).date()
    async with pg_store.transaction() as session:
        for month, refusal in ((THIS_MONTH, "only past months"), (old, "rollup has not yet been built"),
                               (month_start(THIS_MONTH, -30), "not an attached partition")):
            with pytest.raises(PartitionError, match=refusal):
                await detach_partition(session, month, today)
        with pytest.raises(PartitionError, match="still attached"):
            await drop_detached(session, old)
    stats = Stats(runtime_for(pg_store).catalog, runtime_for(pg_store).checkins)
    async with pg_store.transaction() as session:
        await stats.refresh(session, full=True)
        final_before = (await session.get(StatsState, 1)).final_before  # type: ignore[union-attr]
    assert final_before is not None and final_before > month_start(old, 1)
    async with pg_store.transaction() as session:
        rows = await stats.reach(session, ReachQuery(Period(old, today)))
    assert rows[0].figures["reached"].value == 6

    async with pg_store.transaction() as session:
        detached = await detach_partition(session, old, today)
    assert (detached.name, detached.attached) == (partition_name(old), False)
    async with pg_store.transaction() as session:
        assert await session.scalar(select(func.count()).select_from(Event)) == 1
        listed = {p.name: p.attached for p in await list_partitions(session)}
        rows = await stats.reach(session, ReachQuery(Period(old, today)))
    assert listed[partition_name(old)] is False
    assert rows[0].figures["reached"].value == 6  # reach of that month lives on in the rollup

    async with pg_store.transaction() as session:
        await drop_detached(session, old)
    async with pg_store.transaction() as session:
        assert partition_name(old) not in {p.name for p in await list_partitions(session)}


async def test_sqlite_has_no_partitions(sqlite_url: str) -> None:
    store = Store(sqlite_url)
    try:
        await store.migrate()
        async with store.transaction() as session:
            assert await is_partitioned(session) is False
            assert await list_partitions(session) == []
            assert await ensure_partitions(session, date(2030, 1, 1)) == []
    finally:
        await store.close()
