"""Benchmark of the staff dashboard's pages at 100k and 1M events on PostgreSQL, each against the API calls that
serve the same figures (the baseline), in the same run.

    python -m bench.dashboard [--sizes 100k,1m] [--runs 7] [--json out.json]

The database: BENCH_POSTGRES_URL, default postgresql+asyncpg://postgres@127.0.0.1:5432/bench (create it first:
`createdb -h 127.0.0.1 -U postgres bench`); each size runs in a schema of its own, dropped afterwards.

Workload: the events of bench/stats_reach.py (a programme at about 100k events a month: 100k events is 30 days of
history, 1M is 300 days; twelve countries, five languages, 200 cohorts), loaded with COPY. From them, in SQL: one
user per person, their first quiz answers, a rating per completed lesson, the series question after a completed
series, a poll answer from a third of the young people, cohort members, one push per cohort with four lessons'
messages per member; plus two rounds of the general pulse with 2,000 respondents each. The rollup is built
before timing (the server does that at start).

Timed (median of --runs, after one warm-up): each page as a signed-in staff member fetches it (HTTP on 127.0.0.1,
the server in this process: so server time plus a loopback round trip), with its default period (the last 30
days); and, as the baseline, the API requests that return the same figures, one after the other, with a token.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import text, update
from sqlalchemy.engine import make_url

from bench.measure import postgres_url
from bench.stats_reach import COUNTRIES, NOW, SIZES, load_postgres, postgres_store
from bot.content.catalog import Catalog
from bot.services import counters
from bot.services.answer_counts import fold
from bot.services.api_tokens import create_token
from bot.services.clock import ManualClock
from bot.services.dashboard_access import create_link, redeem_link
from bot.services.runtime import Runtime
from bot.services.stats import Stats
from bot.settings import Settings
from bot.store.db import Store
from bot.store.models import StatsState, utcnow
from bot.web import create_web_app
from bot.web.dashboard.app import COOKIE

STAFF = 999
ITEMS = ("leadership", "research", "law-enforcement", "victim-support", "education", "media")
PHASES = ("building", "enhancement", "integration", "maturity", "dk")


@dataclass
class Timing:
    size: str
    page: str
    page_ms: float
    api_ms: float
    api_calls: int

    @property
    def ratio(self) -> float:
        return round(self.page_ms / self.api_ms, 2) if self.api_ms else 0.0


def pages(round_id: int, earlier_id: int) -> dict[str, tuple[str, list[str]]]:
    """Each page, and the API requests giving the same figures (for the default period, the last 30 days)."""
    month = "from=2026-12-02&to=2026-12-31"
    before = "from=2026-11-02&to=2026-12-01"
    grid = [f"checkins/{round_id}?country=KE", f"checkins/{earlier_id}?country=KE", "checkins"]
    return {
        "overview": ("/dashboard/", [f"reach?{month}", f"reach?{before}", f"reach?group_by=week&{month}",
                                     f"reach?group_by=country&{month}"]),
        "reach (by country, weekly)": ("/dashboard/reach", [f"reach?group_by=week,country&{month}",
                                                            f"reach?group_by=country&{month}"]),
        "lessons": ("/dashboard/lessons", [f"funnel?{month}", f"quizzes?{month}", f"ratings?{month}"]),
        "youth voice": ("/dashboard/voice", ["polls", "series-questions"]),
        "check-in rounds": ("/dashboard/checkins", ["checkins"]),
        "MNR grid (KE)": (f"/dashboard/checkins/{round_id}?country=KE", grid),
        "country profile (KE)": (f"/dashboard/checkins/{round_id}/profile?country=KE", grid),
        "cohorts and pushes": ("/dashboard/cohorts", ["cohorts", f"reach?group_by=cohort&{month}", "pushes"]),
    }


async def derive(url: str, schema: str, catalog: Catalog) -> tuple[int, int]:
    """The per-person tables, cohorts, pushes and check-in rounds; returns (newest round id, the earlier one)."""
    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    db = await asyncpg.connect(dsn, server_settings={"search_path": schema})
    try:
        await db.execute("""
            CREATE TEMP TABLE people AS
            SELECT pseudonym, min(id) AS first_id, min(locale) AS locale, min(audience) AS audience,
                   min(age_band) AS age_band, min(country) AS country, min(occurred_at) AS first_at,
                   min(cohort_id) AS cohort_id
            FROM events GROUP BY pseudonym;
            INSERT INTO users (telegram_id, locale, audience, age_band, country, consent_at, stopped, inactive,
                               verified, created_at, updated_at)
            SELECT first_id, locale, audience, age_band, country, first_at, false, false, false, first_at, first_at
            FROM people;
            CREATE TEMP TABLE person_user AS
            SELECT p.pseudonym, u.id AS user_id, p.cohort_id FROM people p JOIN users u ON u.telegram_id = p.first_id;
            CREATE INDEX ON person_user (pseudonym);
            INSERT INTO quiz_answers (user_id, series, lesson, quiz, option, correct, answered_at)
            SELECT user_id, series, lesson, CASE WHEN n = 1 THEN 'q1' ELSE 'q2' END,
                   CASE WHEN value = 1 THEN 'c' WHEN id % 2 = 0 THEN 'a' ELSE 'b' END, value = 1, occurred_at
            FROM (SELECT pu.user_id, e.series, e.lesson, e.value, e.id, e.occurred_at,
                         row_number() OVER (PARTITION BY pu.user_id, e.series, e.lesson ORDER BY e.id) AS n
                  FROM events e JOIN person_user pu ON pu.pseudonym = e.pseudonym
                  WHERE e.kind = 'quiz_answered') q
            WHERE n <= 2;
            INSERT INTO lesson_ratings (user_id, series, lesson, rating, rated_at, updated_at)
            SELECT DISTINCT ON (pu.user_id, e.series, e.lesson) pu.user_id, e.series, e.lesson,
                   CASE WHEN e.id % 10 < 7 THEN 'helpful' WHEN e.id % 10 < 9 THEN 'unsure' ELSE 'not_helpful' END,
                   e.occurred_at, e.occurred_at
            FROM events e JOIN person_user pu ON pu.pseudonym = e.pseudonym
            WHERE e.kind = 'lesson_completed';
            INSERT INTO poll_answers (user_id, poll, option, answered_at, updated_at)
            SELECT u.id, 'safer-online',
                   (ARRAY['easy-report','private','adults-listen','school','kinder'])[u.id % 5 + 1], now(), now()
            FROM users u WHERE u.audience = 'youth' AND u.id % 3 = 0;
        """)
        for series in catalog.series.values():
            if series.voice_question is None:
                continue
            await db.execute("""
                INSERT INTO voice_answers (user_id, series, question, option, asked_at, answered_at)
                SELECT DISTINCT ON (pu.user_id) pu.user_id, e.series, $1, ($2::text[])[e.id % $3 + 1],
                       e.occurred_at, e.occurred_at
                FROM events e JOIN person_user pu ON pu.pseudonym = e.pseudonym
                WHERE e.kind = 'series_completed' AND e.series = $4
            """, series.voice_question.id, list(series.voice_question.options), len(series.voice_question.options),
                series.id)
        await db.execute("""
            INSERT INTO cohorts (id, code, name, audience, locale, country, timezone, closed, created_at)
            SELECT n, 'bench' || n, 'Cohort ' || n, 'youth_13_15', 'en', 'KE', 'UTC', false, now()
            FROM generate_series(1, 200) AS n;
            INSERT INTO cohort_members (cohort_id, user_id, joined_at)
            SELECT cohort_id, user_id, now() FROM person_user WHERE cohort_id IS NOT NULL;
            INSERT INTO pushes (id, cohort_id, series, mode, weekdays, status, created_at)
            SELECT n, n, 'in-control', 'drip', '0123456', 'active', now() FROM generate_series(1, 200) AS n;
            INSERT INTO deliveries (push_id, user_id, lesson_index, due_at, status, attempts)
            SELECT m.cohort_id, m.user_id, l, now(),
                   (ARRAY['sent','sent','sent','pending','failed','inactive','skipped'])[(m.user_id + l) % 7 + 1], 0
            FROM cohort_members m CROSS JOIN generate_series(0, 3) AS l;
        """)
        rng = random.Random(18)
        countries = [code for code, _, _ in COUNTRIES]
        round_ids = []
        for code, opens in (("2026-Q3", datetime(2026, 7, 1, tzinfo=UTC)), ("2026-Q4", datetime(2026, 10, 1,
                                                                                                 tzinfo=UTC))):
            round_id = await db.fetchval(
                "INSERT INTO checkin_rounds (code, questionnaire, version, opens_at, closes_at, created_at) "
                "VALUES ($1, 'general-pulse', 2, $2, $3, $2) RETURNING id", code, opens, opens + timedelta(days=60))
            respondents = [(round_id, f"bench-{code}-{i}", "gov", rng.choice(countries), rng.random() < 0.6, 8,
                            opens, opens) for i in range(2000)]
            await db.copy_records_to_table(
                "checkin_respondents", records=respondents, schema_name=schema,
                columns=("round_id", "pseudonym", "sector", "country", "verified", "position", "started_at",
                         "finished_at"))
            ids = await db.fetch("SELECT id FROM checkin_respondents WHERE round_id = $1", round_id)
            answers = [(row["id"], item, rng.choice(PHASES), opens) for row in ids for item in ITEMS]
            await db.copy_records_to_table("checkin_answers", records=answers, schema_name=schema,
                                           columns=("respondent_id", "item", "answer", "answered_at"))
            round_ids.append(round_id)
        await db.execute("ANALYZE")
        return round_ids[1], round_ids[0]
    finally:
        await db.close()


async def median_ms(runs: int, action: Callable[[], Awaitable[None]]) -> float:
    await action()  # warm-up
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        await action()
        times.append(time.perf_counter() - started)
    return round(statistics.median(times) * 1000, 1)


async def run_size(url: str, size: str, runs: int) -> list[Timing]:
    async with postgres_store(url) as (store, schema):
        await store.migrate()
        load_s = await load_postgres(url, schema, SIZES[size])
        settings = Settings(_env_file=None, bot_token="123456:BENCH-token-not-used-0000",  # type: ignore[call-arg]
                            database_url=url, pseudonym_key="bench-pseudonym-key-0123456789",
                            admin_ids=frozenset({STAFF}), dashboard_url="http://127.0.0.1:8080")
        rt = Runtime.build(settings, Store(url, connect_args={"server_settings": {"search_path": schema}}),
                           ManualClock(NOW))
        try:
            started = time.perf_counter()
            round_id, earlier_id = await derive(url, schema, rt.catalog)
            stats = Stats(rt.catalog, rt.checkins)
            async with rt.store.transaction() as session:
                await stats.refresh(session, now=NOW, full=True)
                await fold(session, limit=None)  # what the triggers counted while deriving (the server folds at start)
                await counters.fold(session, limit=None)
                await session.execute(text("ANALYZE answer_counts"))
                await session.execute(text("ANALYZE counters"))
                # As on a server that has been running: the rollup is fresh now (the events are dated in the
                # future of this machine's clock), so a request pays a refresh of today at most every 30 s.
                await session.execute(update(StatsState).values(refreshed_at=utcnow()))
                token = await create_link(session, STAFF, "en", NOW)
                opened = await redeem_link(session, token, NOW)
                _row, api_token = await create_token(session, "bench")
            assert opened is not None
            async with rt.store.transaction() as session:
                events = await session.scalar(text("SELECT count(*) FROM events"))
                people = await session.scalar(text("SELECT count(*) FROM users"))
            print(f"  {size}: {events:,} events, {people:,} people; loaded in {load_s:.0f} s, "
                  f"derived and rolled up in {time.perf_counter() - started:.0f} s", flush=True)
            client = TestClient(TestServer(create_web_app(rt)))
            await client.start_server()
            try:
                return await _time_pages(client, opened[0], api_token, size, runs, round_id, earlier_id)
            finally:
                await client.close()
        finally:
            await rt.close()


async def _time_pages(client: TestClient, session_id: str, api_token: str, size: str, runs: int, round_id: int,
                      earlier_id: int) -> list[Timing]:
    cookie = {"Cookie": f"{COOKIE}={session_id}"}
    bearer = {"Authorization": f"Bearer {api_token}"}

    async def fetch(path: str, headers: dict[str, str]) -> None:
        response = await client.get(path, headers=headers, allow_redirects=False)
        body = await response.read()
        assert response.status == 200, (path, response.status, body[:300])

    results = []
    for name, (path, calls) in pages(round_id, earlier_id).items():
        page_ms = await median_ms(runs, lambda path=path: fetch(path, cookie))  # type: ignore[misc]

        async def api(calls: list[str] = calls) -> None:
            for call in calls:
                await fetch(f"/api/v1/{call}", bearer)

        api_ms = await median_ms(runs, api)
        results.append(Timing(size, name, page_ms, api_ms, len(calls)))
        print(f"  {name}: page {page_ms} ms, API {api_ms} ms ({len(calls)} requests)", flush=True)
    return results


def report(results: list[Timing]) -> str:
    sizes = list(dict.fromkeys(r.size for r in results))
    header = "| page | " + " | ".join(f"{s} events: page ms | API ms | ratio" for s in sizes) + " |"
    lines = [header, "|---|" + "---:|---:|---:|" * len(sizes)]
    for page in dict.fromkeys(r.page for r in results):
        cells = []
        for size in sizes:
            found = next(r for r in results if r.page == page and r.size == size)
            cells.append(f"{found.page_ms} | {found.api_ms} ({found.api_calls}) | {found.ratio}")
        lines.append(f"| {page} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


async def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.dashboard", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100k,1m", help="comma-separated: 100k, 1m, 10m")
    parser.add_argument("--runs", type=int, default=7, help="timed fetches per page (median reported)")
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args(argv)
    url = postgres_url()
    load_before = os.getloadavg()
    results: list[Timing] = []
    for size in (s.strip().lower() for s in args.sizes.split(",")):
        print(f"postgres: {SIZES[size]:,} events ...", flush=True)
        results += await run_size(url, size, args.runs)
    load_after = os.getloadavg()
    print(report(results))
    print(f"\nload average (1, 5, 15 min): before {load_before}, after {load_after}")
    if args.json:
        document = {"machine": platform.platform(), "python": sys.version.split()[0], "load_before": load_before,
                    "load_after": load_after, "results": [{**asdict(r), "ratio": r.ratio} for r in results]}
        await asyncio.to_thread(Path(args.json).write_text, json.dumps(document, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
