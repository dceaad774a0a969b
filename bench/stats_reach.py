"""Benchmark of the reach statistics as the events table grows: 100k, 1M and 10M events.

    python -m bench.stats_reach [--db sqlite|postgres|both] [--sizes 100k,1m] [--runs 5] [--json out.json]
    python -m bench.stats_reach --db postgres --sizes 100k,1m,10m     # the big run (minutes)

Workload: a programme running at a steady pace of about 100k events a month, so more events means a longer
history (100k events: 30 days; 1M: 300 days; 10M: 3,000 days, ending 2026-12-31). People arrive throughout and are
active on one to three days within two months of arriving; on each day they take one to three lessons of a series
for their audience (lesson_started, 3-6 card views, 1-2 first quiz answers, lesson_completed; series_completed
after the last lesson): about 25 events per person. Twelve countries, five locales, three audiences, a fifth of
young people in cohorts. Fixed seed; bulk-loaded with COPY (asyncpg copy_records_to_table) into PostgreSQL and
executemany into SQLite (SQLite up to 1M).

Timed, per size (medians of --runs): "monthly reach by country and audience" (Stats.reach with
group_by=month,country,audience, what /stats and the API run)
* window: over the last 90 days (the longest /stats period): what staff ask for day to day;
* history: over the whole history: every person in the table is counted;
each on the reach_daily rollup and, for comparison, straight from the events table (its (kind, occurred_at)
index); plus a full rebuild of the rollups (first start after the migration) and the incremental refresh a request
pays at most every 30 s (rebuilding today). And the lesson funnel (what /api/v1/funnel returns) over the last 30
days and over the whole history: from its rollup (Stats.funnel_counts) against straight from events
(Stats.funnel_raw_counts, what the endpoint ran before), interleaved, which must agree exactly.

Everything runs on this machine (SQLite in a temporary folder; PostgreSQL in a schema of its own in the database
BENCH_POSTGRES_URL names, default postgresql+asyncpg://postgres@127.0.0.1:5432/bench, dropped afterwards; never
the tests' database).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
from sqlalchemy import Date, cast, distinct, func, select, text
from sqlalchemy.engine import make_url

from bench.measure import postgres_url
from bot.content.catalog import load_catalog
from bot.services.analytics import Analytics
from bot.services.checkins import Checkins
from bot.services.stats import EARLIEST, Period, ReachQuery, Stats
from bot.settings import PROJECT_ROOT
from bot.store.db import Store
from bot.store.models import Event, FunnelDay, ReachDay

LAST_DAY = date(2026, 12, 31)
NOW = datetime(2026, 12, 31, 18, tzinfo=UTC)
EVENTS_PER_DAY = 100_000 / 30
WINDOW_DAYS = 90
FUNNEL_DAYS = 30  # the funnel's default period in the API and the dashboard
COUNTRIES = (("KE", "en", 20), ("NG", "en", 12), ("PH", "en", 10), ("ID", "en", 12), ("RO", "fr", 6),
             ("MA", "fr", 6), ("GT", "es", 8), ("MX", "es", 8), ("BR", "pt", 10), ("MZ", "pt", 3),
             ("EG", "ar", 8), ("JO", "ar", 3))
COLUMNS = ("pseudonym", "kind", "occurred_at", "audience", "age_band", "sector", "country", "locale", "capability",
           "series", "lesson", "cohort_id", "value")
SIZES = {"100k": 100_000, "1m": 1_000_000, "10m": 10_000_000}
SQLITE_MAX = 1_000_000
CHUNK = 200_000
UNLIMITED = 3600.0  # seconds: the bench's statements may take far longer than the bot's


def history_days(total: int) -> int:
    return max(30, round(total / EVENTS_PER_DAY))


def generate(total: int, seed: int = 6) -> Iterator[list[tuple[Any, ...]]]:
    """Event rows (COLUMNS order) in chunks, until `total` rows; deterministic for a seed."""
    catalog = load_catalog(PROJECT_ROOT / "content")
    series_for = {key: catalog.series_for(key) for key in ("youth_13_15", "youth_16_17", "caregiver")}
    rng = random.Random(seed)
    countries = [c for c, _, w in COUNTRIES for _ in range(w)]
    locale_of = {c: loc for c, loc, _ in COUNTRIES}
    span = history_days(total)
    first = datetime.combine(LAST_DAY - timedelta(days=span - 1), datetime.min.time(), tzinfo=UTC)
    produced, person, chunk = 0, 0, []
    while produced < total:
        person += 1
        pseudonym = f"{person:032x}"
        roll = rng.random()
        audience, age = ("youth", "13-15") if roll < 0.4 else ("youth", "16-17") if roll < 0.7 else (
            ("caregiver", None) if roll < 0.95 else ("professional", None))
        key = "caregiver" if audience != "youth" else f"youth_{age.replace('-', '_')}"  # type: ignore[union-attr]
        country = rng.choice(countries)
        cohort = rng.randint(1, 200) if audience == "youth" and rng.random() < 0.2 else None
        series = rng.choice(series_for[key])
        lesson_index = 0
        arrival = rng.randrange(span)
        for _ in range(rng.choice((1, 1, 2, 3))):
            day = arrival + rng.randrange(60)
            if day >= span:  # after the end of the history: not happened yet
                continue
            moment = first + timedelta(days=day, seconds=rng.randrange(86_000))
            for _ in range(rng.randint(1, 3)):
                if lesson_index >= len(series.lessons):
                    break
                steps: list[tuple[str, int | None]] = [("lesson_started", None)]
                steps += [("card_viewed", i) for i in range(rng.randint(3, 6))]
                steps += [("quiz_answered", int(rng.random() < 0.7)) for _ in range(rng.randint(1, 2))]
                lesson = series.lessons[lesson_index].id
                if rng.random() < 0.9:
                    steps.append(("lesson_completed", None))
                    lesson_index += 1
                    if lesson_index == len(series.lessons):
                        steps.append(("series_completed", None))
                for kind, value in steps:
                    moment += timedelta(seconds=20)
                    chunk.append((pseudonym, kind, moment, audience, age, "edu" if audience == "professional" else None,
                                  country, locale_of[country], 13, series.id,
                                  None if kind == "series_completed" else lesson, cohort, value))
        if len(chunk) >= CHUNK or produced + len(chunk) >= total:
            chunk = chunk[: total - produced]
            produced += len(chunk)
            yield chunk
            chunk = []


@dataclass
class Result:
    db: str
    events: int
    days: int
    people: int
    rollup_rows: int
    load_s: float
    rebuild_s: float
    refresh_s: float
    window_rollup_ms: float
    window_raw_ms: float
    history_rollup_ms: float
    history_raw_ms: float
    funnel_rows: int = 0
    funnel_window_ms: float = 0.0
    funnel_window_raw_ms: float = 0.0
    funnel_history_ms: float = 0.0
    funnel_history_raw_ms: float = 0.0


@asynccontextmanager
async def postgres_store(url: str, kept: str | None = None) -> AsyncIterator[tuple[Store, str]]:
    """A store in a schema of its own, dropped afterwards; or, with `kept`, in that schema, created if missing and
    kept (so that a slow set-up at 10M events is made once and reused by later runs)."""
    schema = kept or f"bench_{uuid.uuid4().hex[:10]}"
    admin = Store(url, timeout=UNLIMITED)
    async with admin.engine.begin() as connection:
        await connection.execute(text(f'CREATE SCHEMA {"IF NOT EXISTS " if kept else ""}"{schema}"'))
    # No time limit: the full rebuild at 10M events takes longer than the bot's 5 s per statement.
    store = Store(url, timeout=UNLIMITED, connect_args={"server_settings": {"search_path": schema}})
    try:
        yield store, schema
    finally:
        await store.close()
        if not kept:
            async with admin.engine.begin() as connection:
                await connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        await admin.close()


async def load_postgres(url: str, schema: str, total: int) -> float:
    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    connection = await asyncpg.connect(dsn, server_settings={"search_path": schema})
    started = time.perf_counter()
    try:
        for chunk in generate(total):
            await connection.copy_records_to_table("events", records=chunk, columns=COLUMNS, schema_name=schema)
        await connection.execute("ANALYZE events")
    finally:
        await connection.close()
    return time.perf_counter() - started


def load_sqlite(path: Path, total: int) -> float:
    started = time.perf_counter()
    connection = sqlite3.connect(path)
    try:
        statement = f"INSERT INTO events ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
        for chunk in generate(total):
            # The format SQLAlchemy's DateTime uses on SQLite (UTC, no offset).
            rows = [(*r[:2], r[2].strftime("%Y-%m-%d %H:%M:%S.%f"), *r[3:]) for r in chunk]
            connection.executemany(statement, rows)
            connection.commit()
        connection.execute("ANALYZE")
    finally:
        connection.close()
    return time.perf_counter() - started


def raw_statement(dialect: str, period: Period) -> Any:
    """Monthly reach by country and audience straight from events: what the rollup saves."""
    if dialect == "sqlite":
        month = func.date(Event.occurred_at, "start of month")
    else:
        month = cast(func.date_trunc("month", func.timezone("UTC", Event.occurred_at)), Date)
    start, end = period.bounds()
    return (
        select(month, Event.country, Event.audience, func.count(distinct(Event.pseudonym)))
        .where(Event.kind == "card_viewed", Event.occurred_at >= start, Event.occurred_at < end)
        .group_by(month, Event.country, Event.audience)
    )


async def timed(runs: int, action: Any) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = await action()
        times.append(time.perf_counter() - started)
    return round(statistics.median(times) * 1000, 1), result


async def interleaved(rounds: int, first: Any, second: Any, first_each: int = 1) -> tuple[float, float, Any, Any]:
    """Median ms of two actions timed in alternation (load drifts on a shared machine): each round runs `first`
    `first_each` times, then `second` once. Returns the medians and the actions' last results."""
    times: tuple[list[float], list[float]] = ([], [])
    results: list[Any] = [None, None]
    for _ in range(rounds):
        for index, (action, repeat) in enumerate(((first, first_each), (second, 1))):
            for _ in range(repeat):
                started = time.perf_counter()
                results[index] = await action()
                times[index].append(time.perf_counter() - started)
    return (round(statistics.median(times[0]) * 1000, 1), round(statistics.median(times[1]) * 1000, 1), *results)


async def compare_funnel(store: Store, stats: Stats, period: Period, rounds: int) -> tuple[float, float]:
    """Median ms of the funnel from its rollup (3 times a round) and straight from events (once a round),
    interleaved; they must agree exactly (counts before suppression)."""

    async def rollup() -> Any:
        async with store.transaction() as session:
            return await stats.funnel_counts(session, period)

    async def raw() -> Any:
        async with store.transaction() as session:
            return await stats.funnel_raw_counts(session, period)

    rollup_ms, raw_ms, counts, raw_counts = await interleaved(rounds, rollup, raw, first_each=3)
    assert counts == raw_counts, "the funnel rollup disagrees with the events"
    return rollup_ms, raw_ms


async def compare(db: str, store: Store, stats: Stats, period: Period, runs: int) -> tuple[float, float]:
    """Median ms of the rollup query and of the raw one; checks that they agree on every visible cell."""
    query = ReachQuery(period, ("month", "country", "audience"))

    async def rollup() -> Any:
        async with store.transaction() as session:
            return await stats.reach(session, query)

    async def raw() -> Any:
        async with store.transaction() as session:
            return (await session.execute(raw_statement(db, period))).all()

    rollup_ms, rows = await timed(runs, rollup)
    raw_ms, raw_rows = await timed(max(1, runs // 2), raw)
    reached = {(r.key["month"], r.key["country"], r.key["audience"]): r.figures["reached"].value for r in rows}
    for month, country, audience, people in raw_rows:
        assert reached[(f"{month}"[:7], country, audience)] in (None, people)
    return rollup_ms, raw_ms


async def measure(db: str, store: Store, total: int, load_s: float, runs: int) -> Result:
    catalog = load_catalog(PROJECT_ROOT / "content")
    stats = Stats(catalog, Checkins(catalog, Analytics(b"bench-key-0123456789")))
    started = time.perf_counter()
    async with store.transaction() as session:
        await stats.refresh(session, now=NOW, full=True)
    rebuild_s = time.perf_counter() - started
    async with store.engine.begin() as connection:
        tables = "reach_daily, funnel_daily, funnel_mixed"
        await connection.execute(text("ANALYZE" if db == "sqlite" else f"ANALYZE {tables}"))

    async def refresh() -> None:
        async with store.transaction() as session:
            await stats.refresh(session, now=NOW, force=True)

    refresh_ms, _ = await timed(runs, refresh)
    days = history_days(total)
    window = await compare(db, store, stats, Period.last(WINDOW_DAYS, LAST_DAY), runs)
    history = await compare(db, store, stats, Period.last(days, LAST_DAY), runs)
    funnel_window = await compare_funnel(store, stats, Period.last(FUNNEL_DAYS, LAST_DAY), runs)
    funnel_history = await compare_funnel(store, stats, Period(EARLIEST, LAST_DAY), max(1, runs // 2))
    async with store.transaction() as session:
        people = await session.scalar(select(func.count(distinct(Event.pseudonym))))
        rollup_rows = await session.scalar(select(func.count()).select_from(ReachDay))
        funnel_rows = await session.scalar(select(func.count()).select_from(FunnelDay))
    return Result(db, total, days, int(people or 0), int(rollup_rows or 0), round(load_s, 1), round(rebuild_s, 2),
                  round(refresh_ms / 1000, 3), *window, *history, int(funnel_rows or 0), *funnel_window,
                  *funnel_history)


async def run_size(db: str, total: int, runs: int, postgres_url: str) -> Result:
    if db == "postgres":
        async with postgres_store(postgres_url) as (store, schema):
            await store.migrate()
            load_s = await load_postgres(postgres_url, schema, total)
            return await measure(db, store, total, load_s, runs)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        store = Store(f"sqlite+aiosqlite:///{path}", timeout=UNLIMITED)
        try:
            await store.migrate()
            load_s = await asyncio.to_thread(load_sqlite, path, total)
            return await measure(db, store, total, load_s, runs)
        finally:
            await store.close()


def report(results: list[Result]) -> str:
    lines = ["| db | events | days | people | rollup rows | load s | rebuild s | refresh s "
             "| last 90 days: rollup ms | raw ms | whole history: rollup ms | raw ms |",
             "|---|" + "---:|" * 11]
    for r in results:
        lines.append(f"| {r.db} | {r.events:,} | {r.days:,} | {r.people:,} | {r.rollup_rows:,} | {r.load_s} | "
                     f"{r.rebuild_s} | {r.refresh_s} | {r.window_rollup_ms} | {r.window_raw_ms} | "
                     f"{r.history_rollup_ms} | {r.history_raw_ms} |")
    lines += ["", "| db | events | funnel rollup rows | last 30 days: rollup ms | raw ms | whole history: rollup ms "
              "| raw ms |", "|---|" + "---:|" * 6]
    for r in results:
        lines.append(f"| {r.db} | {r.events:,} | {r.funnel_rows:,} | {r.funnel_window_ms} | {r.funnel_window_raw_ms} "
                     f"| {r.funnel_history_ms} | {r.funnel_history_raw_ms} |")
    for db in sorted({r.db for r in results}):
        mine = sorted((r for r in results if r.db == db), key=lambda r: r.events)
        if len(mine) > 1:
            a, b = mine[0], mine[-1]
            window, window_raw = b.window_rollup_ms / a.window_rollup_ms, b.window_raw_ms / a.window_raw_ms
            history, history_raw = b.history_rollup_ms / a.history_rollup_ms, b.history_raw_ms / a.history_raw_ms
            lines.append(f"\n{db}, {a.events:,} -> {b.events:,} events ({b.events / a.events:.0f}x): last 90 days "
                         f"{window:.1f}x (raw {window_raw:.1f}x); "
                         f"whole history {history:.1f}x (raw {history_raw:.1f}x); funnel: last 30 days "
                         f"{b.funnel_window_ms / a.funnel_window_ms:.1f}x "
                         f"(raw {b.funnel_window_raw_ms / a.funnel_window_raw_ms:.1f}x), whole history "
                         f"{b.funnel_history_ms / a.funnel_history_ms:.1f}x "
                         f"(raw {b.funnel_history_raw_ms / a.funnel_history_raw_ms:.1f}x)")
    return "\n".join(lines)


async def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stats_reach", description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--sizes", default="100k,1m", help="comma-separated: 100k, 1m, 10m (default 100k,1m)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per query (median reported)")
    parser.add_argument("--postgres-url", default=postgres_url(),
                        help="PostgreSQL database to create a temporary schema in (env BENCH_POSTGRES_URL)")
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args(argv)
    sizes = [SIZES[s.strip().lower()] for s in args.sizes.split(",")]
    databases = ("sqlite", "postgres") if args.db == "both" else (args.db,)
    results = []
    for db in databases:
        for total in sizes:
            if db == "sqlite" and total > SQLITE_MAX:
                print(f"sqlite: skipping {total:,} events (SQLite is benchmarked up to {SQLITE_MAX:,})")
                continue
            print(f"{db}: {total:,} events ...", flush=True)
            results.append(await run_size(db, total, args.runs, args.postgres_url))
            print("  " + json.dumps(asdict(results[-1])), flush=True)
    print(report(results))
    if args.json:
        document = {"machine": platform.platform(), "python": sys.version.split()[0],
                    "results": [asdict(r) for r in results]}
        await asyncio.to_thread(Path(args.json).write_text, json.dumps(document, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
