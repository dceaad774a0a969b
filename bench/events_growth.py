"""Benchmark of `events` as it grows to national scale: one table against monthly partitions (migration 0013).

    BENCH_POSTGRES_URL=postgresql+asyncpg://postgres@127.0.0.1:5432/bench python -m bench.events_growth
    python -m bench.events_growth --sizes 10m,100m --layouts plain,partitioned --json out.json

PostgreSQL only (SQLite keeps one table). Each size and layout gets a schema of its own in BENCH_POSTGRES_URL's
database (default: a `bench` database, created when missing), dropped afterwards; `df -h` first: 100M events take
about 25 GB while they exist.

Data: N events over the last MONTHS months, made by the database itself (INSERT ... SELECT over generate_series,
no Python loop): visits of 10 events (lesson_started, card views, quiz answers, lesson_completed) by N/25 people
(md5 pseudonyms, so about 2.5 visits each), times increasing with the id as in the bot, twelve countries, three
audiences, capability 13. `plain` is the schema before migration 0013 (one table); `partitioned` is the current
one, with a partition for every month of the data created before loading. Indexes are built after loading, as
migration 0013 does.

Timed (medians of --runs unless said):
* load: the INSERT ... SELECT, the index builds and ANALYZE (once; what a migration of that many events costs);
* insert: the bot's write pattern at that size, 4 connections each committing transactions of 3 events for random
  existing people, --inserts events in all: events per second and ms per transaction;
* refresh: the statistics rollup rebuilding today (what /stats and the API pay at most every 30 s, and the
  leader hourly), with `Stats.refresh` (it finds each of today's people's first event in all of history);
* funnel: the lesson funnel over the last 30 days straight from `events` (`Stats.funnel_raw`; the API now reads
  the funnel rollup, measured in bench/stats_reach.py);
* reach from events: monthly reach by country and audience over the last 90 days, straight from `events`;
* person: what /mydata and /forget (and so retention) do per person: count and relabel one person's events by
  pseudonym (the relabel is rolled back);
* migrate (--migrate, plain layout only, once): migration 0013 turning that one table into monthly partitions.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import random
import statistics
import sys
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
from alembic import command
from sqlalchemy import text
from sqlalchemy.engine import Connection, make_url

from bench.measure import postgres_url
from bench.stats_reach import raw_statement
from bot.content.catalog import load_catalog
from bot.services.analytics import Analytics
from bot.services.checkins import Checkins
from bot.services.stats import Period, Stats
from bot.settings import PROJECT_ROOT
from bot.store.db import UNLIMITED, Store, alembic_config
from bot.store.models import StatsState
from bot.store.partitions import create_partition, month_start

SIZES = {"1m": 1_000_000, "10m": 10_000_000, "30m": 30_000_000, "100m": 100_000_000}
MONTHS = 24
VISIT = 10  # events per visit
EVENTS_PER_PERSON = 25
INDEXES = {"ix_events_occurred_at": "occurred_at", "ix_events_pseudonym": "pseudonym",
           "ix_events_kind_occurred_at": "kind, occurred_at"}
COUNTRIES = "'{KE,NG,PH,ID,RO,MA,GT,MX,BR,MZ,EG,JO}'::text[]"
LOCALES = "'{en,en,en,en,fr,fr,es,es,pt,pt,ar,ar}'::text[]"
AUDIENCES = "'{youth,youth,caregiver}'::text[]"
SERIES = "'{in-control,risky-contact,caregivers-talking}'::text[]"
KINDS = "'{lesson_started,card_viewed,card_viewed,card_viewed,card_viewed,card_viewed,quiz_answered," \
        "quiz_answered,lesson_completed,card_viewed}'::text[]"


@dataclass
class Result:
    layout: str
    events: int
    partitions: int
    size_gb: float
    load_s: float
    insert_per_s: float
    insert_tx_ms: float
    refresh_ms: float
    funnel_ms: float
    reach_raw_ms: float
    person_count_ms: float
    person_relabel_ms: float
    migrate_s: float | None = None  # plain only, with --migrate: migration 0013 on these events


def _dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


async def ensure_database(url: str) -> None:
    target = make_url(url)
    try:
        connection = await asyncpg.connect(_dsn(url))
    except asyncpg.InvalidCatalogNameError:
        admin = await asyncpg.connect(_dsn(target.set(database="postgres").render_as_string(hide_password=False)))
        try:
            await admin.execute(f'CREATE DATABASE "{target.database}"')
        finally:
            await admin.close()
        return
    await connection.close()


@asynccontextmanager
async def schema_store(url: str) -> AsyncIterator[tuple[Store, str]]:
    schema = f"growth_{uuid.uuid4().hex[:8]}"
    admin = Store(url, timeout=UNLIMITED)  # dropping 24 GB takes longer than the bot's 5 s
    async with admin.engine.begin() as connection:
        await connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    # No time limit: at 100M events a migration or a refresh takes longer than any of the bot's timeouts.
    store = Store(url, timeout=UNLIMITED, connect_args={"server_settings": {"search_path": schema}})
    try:
        yield store, schema
    finally:
        await store.close()
        async with admin.engine.begin() as connection:
            await connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        await admin.close()


def _migrate_to(revision: str) -> Callable[[Connection], None]:
    def run(connection: Connection) -> None:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    return run


async def prepare(store: Store, layout: str, first: datetime, now: datetime) -> int:
    """The schema of the layout, without the event indexes (built after loading); returns the partitions made."""
    async with store.engine.begin() as connection:
        await connection.run_sync(_migrate_to("0012" if layout == "plain" else "head"))
        for name in INDEXES:
            await connection.execute(text(f"DROP INDEX {name}"))
    if layout == "plain":
        return 0
    month, made = month_start(first.date()), 0
    async with store.transaction() as session:
        while month <= month_start(now.date(), 2):
            made += await create_partition(session, month)
            month = month_start(month, 1)
    async with store.transaction() as session:
        return int(await session.scalar(text("SELECT count(*) FROM pg_inherits WHERE inhparent = 'events'::regclass")))


async def load(connection: asyncpg.Connection, total: int, first: datetime, now: datetime) -> float:
    """N events in one INSERT ... SELECT, then the indexes and ANALYZE."""
    span = (now - first).total_seconds()
    people = max(1, total // EVENTS_PER_PERSON)
    started = time.perf_counter()
    await connection.execute("SET maintenance_work_mem = '1GB'")
    await connection.execute(f"""
        INSERT INTO events (pseudonym, kind, occurred_at, audience, age_band, country, locale, capability, series,
                            lesson, cohort_id, value)
        SELECT md5(p::text), ({KINDS})[k + 1],
               $1::timestamptz + make_interval(secs => (g::float8 / $2) * $3),
               ({AUDIENCES})[p % 3 + 1], CASE WHEN p % 3 < 2 THEN '13-15' END,
               ({COUNTRIES})[p % 12 + 1], ({LOCALES})[p % 12 + 1], 13, ({SERIES})[p % 3 + 1],
               'lesson-' || (g / {VISIT} % 5), CASE WHEN p % 5 = 0 THEN p % 200 END,
               CASE WHEN k IN (6, 7) THEN (g % 3 > 0)::int END
        FROM generate_series(0, $2 - 1) AS g,
             LATERAL (SELECT (hashint8(g / {VISIT}) & 2147483647) % $4 AS p, g % {VISIT} AS k) AS v
    """, first, total, span, people)
    for name, columns in INDEXES.items():
        await connection.execute(f"CREATE INDEX {name} ON events ({columns})")
    await connection.execute("ANALYZE events")
    return time.perf_counter() - started


async def size_gb(connection: asyncpg.Connection) -> float:
    size = await connection.fetchval(
        "SELECT pg_total_relation_size('events'::regclass) + coalesce(sum(pg_total_relation_size(inhrelid)), 0) "
        "FROM pg_inherits WHERE inhparent = 'events'::regclass")
    return round(float(size or 0) / 2**30, 2)


async def insert_rate(dsn: str, schema: str, total: int, people: int) -> tuple[float, float]:
    """Transactions of 3 events for random existing people, as the bot writes them; 4 connections at once."""
    statement = ("INSERT INTO events (pseudonym, kind, occurred_at, audience, country, locale, capability, series, "
                 "lesson) VALUES (md5($1::text), 'card_viewed', now(), 'youth', 'KE', 'en', 13, 'in-control', "
                 "'lesson-1')")
    per_connection = total // 3 // 4
    durations: list[float] = []

    async def worker(seed: int) -> None:
        rng = random.Random(seed)
        connection = await asyncpg.connect(dsn, server_settings={"search_path": schema})
        try:
            for _ in range(per_connection):
                began = time.perf_counter()
                async with connection.transaction():
                    for _ in range(3):
                        await connection.execute(statement, str(rng.randrange(people)))
                durations.append(time.perf_counter() - began)
        finally:
            await connection.close()

    started = time.perf_counter()
    await asyncio.gather(*(worker(n) for n in range(4)))
    elapsed = time.perf_counter() - started
    return round(per_connection * 4 * 3 / elapsed), round(statistics.mean(durations) * 1000, 2)


async def timed(runs: int, action: Callable[[], Awaitable[Any]]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        await action()
        times.append(time.perf_counter() - started)
    return round(statistics.median(times) * 1000, 1)


async def measure(url: str, layout: str, total: int, runs: int, inserts: int, migrate: bool = False) -> Result:
    now = datetime.now(UTC)
    first = now - timedelta(days=30 * MONTHS)
    async with schema_store(url) as (store, schema):
        partitions = await prepare(store, layout, first, now)
        connection = await asyncpg.connect(_dsn(url), server_settings={"search_path": schema})
        try:
            print(f"  {layout}: loading {total:,} events ...", flush=True)
            load_s = await load(connection, total, first, now)
            gigabytes = await size_gb(connection)
        finally:
            await connection.close()
        print(f"  {layout}: loaded in {load_s:.0f} s, {gigabytes} GB; timing ...", flush=True)
        per_s, tx_ms = await insert_rate(_dsn(url), schema, inserts, max(1, total // EVENTS_PER_PERSON))

        catalog = load_catalog(PROJECT_ROOT / "content")
        stats = Stats(catalog, Checkins(catalog, Analytics(b"bench-key-0123456789")))
        async with store.transaction() as session:  # as after a day of running: the rollup is final up to today
            await session.merge(StatsState(id=1, final_before=now.date(), refreshed_at=now - timedelta(hours=1)))

        async def refresh() -> None:
            async with store.transaction() as session:
                await stats.refresh(session, now=now, force=True)

        async def funnel() -> None:
            async with store.transaction() as session:
                await stats.funnel_raw(session, Period.last(30, now.date()))  # from events, as documented

        async def reach_raw() -> None:
            async with store.transaction() as session:
                await session.execute(raw_statement("postgresql", Period.last(90, now.date())))

        rng = random.Random(7)
        pseudonyms = [f"{rng.randrange(total // EVENTS_PER_PERSON)}" for _ in range(runs)]

        async def person_count() -> None:
            async with store.transaction() as session:
                await session.scalar(text("SELECT count(*) FROM events WHERE pseudonym = md5(:p)"),
                                     {"p": pseudonyms[0]})

        async def person_relabel() -> None:
            async with store.engine.connect() as connection:  # rolled back when closed
                await connection.execute(text("UPDATE events SET pseudonym = 'x' || left(md5(random()::text), 31) "
                                              "WHERE pseudonym = md5(:p)"), {"p": pseudonyms.pop()})

        result = Result(layout, total, partitions, gigabytes, round(load_s, 1), per_s, tx_ms,
                        await timed(runs, refresh), await timed(runs, funnel), await timed(runs, reach_raw),
                        await timed(runs, person_count), await timed(runs, person_relabel))
        if migrate and layout == "plain":
            print(f"  {layout}: migrating {total:,} events to monthly partitions ...", flush=True)
            started = time.perf_counter()
            async with store.engine.begin() as connection:
                await connection.run_sync(_migrate_to("head"))
            result.migrate_s = round(time.perf_counter() - started, 1)
        return result


def report(results: list[Result]) -> str:
    lines = ["| layout | events | partitions | size GB | load s | insert ev/s | insert tx ms | refresh ms "
             "| funnel 30 d ms | reach 90 d from events ms | person count ms | person relabel ms | migrate s |",
             "|---|" + "---:|" * 12]
    for r in results:
        lines.append(f"| {r.layout} | {r.events:,} | {r.partitions} | {r.size_gb} | {r.load_s} | {r.insert_per_s:,} "
                     f"| {r.insert_tx_ms} | {r.refresh_ms} | {r.funnel_ms} | {r.reach_raw_ms} | "
                     f"{r.person_count_ms} | {r.person_relabel_ms} | {r.migrate_s or '-'} |")
    return "\n".join(lines)


async def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.events_growth", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10m,100m", help=f"comma-separated: {', '.join(SIZES)}")
    parser.add_argument("--layouts", default="plain,partitioned")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--inserts", type=int, default=24_000, help="events written in the insert test")
    parser.add_argument("--migrate", action="store_true",
                        help="also time migration 0013 on the plain layout's events (one table -> partitions)")
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args(argv)
    url = postgres_url()
    await ensure_database(url)
    results = []
    for total in (SIZES[s.strip().lower()] for s in args.sizes.split(",")):
        for layout in (name.strip() for name in args.layouts.split(",")):
            print(f"{total:,} events, {layout}", flush=True)
            results.append(await measure(url, layout, total, args.runs, args.inserts, args.migrate))
            print("  " + json.dumps(asdict(results[-1])), flush=True)
            if args.json:  # after each, so that a long run that stops keeps what it measured
                document = {"machine": platform.platform(), "python": sys.version.split()[0],
                            "results": [asdict(r) for r in results]}
                await asyncio.to_thread(Path(args.json).write_text, json.dumps(document, indent=2) + "\n")
    print(report(results))
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
