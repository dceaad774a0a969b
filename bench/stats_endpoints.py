"""Every statistics endpoint of the staff API at 100k, 1M and 10M events, for its default period and for the
whole history, on PostgreSQL.

    BENCH_POSTGRES_URL=postgresql+asyncpg://postgres@127.0.0.1:5432/bench python -m bench.stats_endpoints \
        [--sizes 100k,1m,10m] [--runs 5] [--json out.json]

Data: the events of bench/stats_reach.py (about 100k events a month: 100k events are 30 days of history, 10M are
3,000 days) and the tables bench/dashboard.py derives from them in SQL (a user per person, quiz answers, ratings,
series questions, poll answers, 200 cohorts with a push each, two check-in rounds of 2,000 respondents); the
statistics rollups are built and the answer counts and counters folded first, as the server does when it starts
(then VACUUM of the folded deltas, as autovacuum would do a minute later). Each size runs in a schema of its own
(dropped afterwards), with no statement time limit.

Timed: each request over HTTP on 127.0.0.1 (server in this process), with a bearer token. Rounds are interleaved
(every request once per round, in the same order, then the next round) so that load drifting on the shared
machine touches every request alike; the median of --runs rounds is reported, after one warm-up round. The
baseline in the same run is `GET /api/v1/openapi.json` (no database work: the fixed cost of a request), and for
the funnel, the same figures counted straight from events (`Stats.funnel_raw`, what the endpoint ran before
its rollup), interleaved with the rest, at the end of each round; likewise (called directly, not over HTTP) reach
over the whole history counted per person from `reach_daily` (what /reach ran before `reach_firsts`) and the
funnel of country KE read from the rollup's rows with every dimension (what /funnel?country=KE read before).
Before each round the rollups are refreshed,
untimed, so that the refresh a request pays at most every 30 s (timed by bench/stats_reach.py) does not land on
whichever request comes first in a round.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import text, update
from sqlalchemy.ext.asyncio import AsyncSession

from bench.dashboard import derive
from bench.measure import postgres_url
from bench.stats_reach import NOW, SIZES, UNLIMITED, load_postgres, postgres_store
from bot.services import counters
from bot.services.answer_counts import fold
from bot.services.api_tokens import create_token
from bot.services.clock import ManualClock
from bot.services.runtime import Runtime
from bot.services.stats import EARLIEST, Period, ReachQuery, Stats, reach_rows
from bot.settings import Settings
from bot.store.db import Store
from bot.store.models import StatsState, utcnow
from bot.web import create_web_app

WHOLE = f"from={EARLIEST.isoformat()}&to=2026-12-31"


def requests(round_id: int) -> dict[str, str]:
    """Name -> API path (under /api/v1/). Without from/to a period is the last 30 days (to 2026-12-31, the
    benchmark's today)."""
    return {
        "baseline: openapi.json": "openapi.json",
        "reach": "reach",
        "reach by month, country, audience": "reach?group_by=month,country,audience",
        "reach, whole history": f"reach?{WHOLE}",
        "reach by country, whole history": f"reach?group_by=country&{WHOLE}",
        "funnel": "funnel",
        "funnel, country KE": "funnel?country=KE",
        "funnel, whole history": f"funnel?{WHOLE}",
        "funnel KE, whole history": f"funnel?country=KE&{WHOLE}",
        "quizzes": "quizzes",
        "quizzes, whole history": f"quizzes?{WHOLE}",
        "ratings": "ratings",
        "ratings, whole history": f"ratings?{WHOLE}",
        "polls": "polls",
        "series-questions": "series-questions",
        "pushes": "pushes",
        "cohorts": "cohorts",
        "checkins": "checkins",
        "checkin results": f"checkins/{round_id}",
        "checkin capabilities": f"checkins/{round_id}/capabilities",
        "flow-results descriptor": f"checkins/{round_id}/flow-results",
        "flow-results responses": f"checkins/{round_id}/flow-results/responses",
    }


@dataclass
class Timing:
    size: str
    events: int
    request: str
    ms: float


async def run_size(url: str, size: str, runs: int, kept: str | None = None, no_before: bool = False) -> list[Timing]:
    async with postgres_store(url, kept) as (store, schema):
        await store.migrate(timeout=None)
        settings = Settings(_env_file=None, bot_token="123456:BENCH-token-not-used-0000",  # type: ignore[call-arg]
                            database_url=url, pseudonym_key="bench-pseudonym-key-0123456789")
        rt = Runtime.build(settings, Store(url, timeout=UNLIMITED,
                                           connect_args={"server_settings": {"search_path": schema}}),
                           ManualClock(NOW))
        try:
            stats = Stats(rt.catalog, rt.checkins)
            round_id = await _set_up(url, schema, size, rt, stats)
            if not runs:  # --runs 0: set up only (a kept schema, for later runs)
                return []
            async with rt.store.transaction() as session:
                _row, token = await create_token(session, f"bench-{time.time_ns()}")  # one per run of a kept schema
                events = int(await session.scalar(text("SELECT count(*) FROM events")) or 0)
            client = TestClient(TestServer(create_web_app(rt)))
            await client.start_server()
            try:
                return await _time(client, rt, stats, token, size, events, runs, round_id, no_before)
            finally:
                await client.close()
        finally:
            await rt.close()


async def _set_up(url: str, schema: str, size: str, rt: Runtime, stats: Stats) -> int:
    """Load, derive, roll up and fold, each step committed on its own and skipped when a kept schema has it done
    already (`bench_steps`); returns the newest check-in round's id."""
    async with rt.store.transaction() as session:
        await session.execute(text("CREATE TABLE IF NOT EXISTS bench_steps (step text PRIMARY KEY, seconds float)"))
        done = {step for (step,) in await session.execute(text("SELECT step FROM bench_steps"))}

    async def step(name: str, action: Callable[[], Awaitable[object]]) -> None:
        if name in done:
            return
        started = time.perf_counter()
        await action()
        seconds = time.perf_counter() - started
        async with rt.store.transaction() as session:
            await session.execute(text("INSERT INTO bench_steps VALUES (:step, :seconds)"),
                                  {"step": name, "seconds": seconds})
        print(f"  {size}: {name} in {seconds:.0f} s", flush=True)

    async def in_transaction(action: Callable[[AsyncSession], Awaitable[object]]) -> None:
        async with rt.store.transaction() as session:
            await action(session)

    async def vacuum() -> None:
        async with rt.store.engine.connect() as connection:
            # The fold deleted every delta the bulk load made; autovacuum would clear them within a minute.
            autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
            await autocommit.execute(text("VACUUM ANALYZE answer_deltas, counter_deltas"))
            await autocommit.execute(text("ANALYZE"))

    await step("load", lambda: load_postgres(url, schema, SIZES[size]))
    await step("derive", lambda: derive(url, schema, rt.catalog))
    await step("roll up", lambda: in_transaction(lambda session: stats.refresh(session, now=NOW, full=True)))
    # What the triggers counted while deriving (the server folds at start).
    await step("fold answers", lambda: in_transaction(lambda session: fold(session, limit=None)))
    await step("fold counters", lambda: in_transaction(lambda session: counters.fold(session, limit=None)))
    await step("vacuum", vacuum)
    async with rt.store.transaction() as session:
        # As on a server that has been running: the rollup is fresh (the events are dated in the future of this
        # machine's clock), so a request pays a refresh of today at most every 30 s.
        await session.execute(update(StatsState).values(refreshed_at=utcnow()))
        return int(await session.scalar(text("SELECT max(id) FROM checkin_rounds")) or 0)


async def _time(client: TestClient, rt: Runtime, stats: Stats, token: str, size: str, events: int, runs: int,
                round_id: int, no_before: bool = False) -> list[Timing]:
    bearer = {"Authorization": f"Bearer {token}"}

    def fetch(path: str) -> Callable[[], Awaitable[None]]:
        async def action() -> None:
            response = await client.get(f"/api/v1/{path}", headers=bearer)
            body = await response.read()
            assert response.status == 200, (path, response.status, body[:300])
        return action

    def raw_funnel(period: Period) -> Callable[[], Awaitable[None]]:
        async def action() -> None:
            async with rt.stats_store.transaction() as session:
                await stats.funnel_raw(session, period)
        return action

    def per_person(group_by: tuple[str, ...]) -> Callable[[], Awaitable[None]]:
        async def action() -> None:
            query = ReachQuery(Period(EARLIEST, NOW.date()), group_by)
            async with rt.stats_store.transaction() as session:
                reach_rows(group_by, await stats.reach_per_person(session, query))
        return action

    def funnel_every_dimension(period: Period) -> Callable[[], Awaitable[None]]:
        # A second value no one has makes the funnel read the rows with every dimension, as it did for KE alone.
        async def action() -> None:
            async with rt.stats_store.transaction() as session:
                await stats.funnel(session, period, filters={"country": ("KE", "ZZ")})
        return action

    actions = {name: fetch(path) for name, path in requests(round_id).items()}
    if no_before:
        return await _rounds(rt, stats, actions, size, events, runs)
    actions["before: funnel from events (30 days)"] = raw_funnel(Period.last(30, NOW.date()))
    actions["before: funnel from events, whole history"] = raw_funnel(Period(EARLIEST, NOW.date()))
    actions["before: reach per person, whole history"] = per_person(())
    actions["before: reach by country per person, whole history"] = per_person(("country",))
    actions["before: funnel KE from rows with every dimension (30 days)"] = funnel_every_dimension(
        Period.last(30, NOW.date()))
    actions["before: funnel KE from rows with every dimension, whole history"] = funnel_every_dimension(
        Period(EARLIEST, NOW.date()))
    return await _rounds(rt, stats, actions, size, events, runs)


async def _rounds(rt: Runtime, stats: Stats, actions: dict[str, Callable[[], Awaitable[None]]], size: str,
                  events: int, runs: int) -> list[Timing]:
    times: dict[str, list[float]] = {name: [] for name in actions}
    for round_number in range(runs + 1):
        # The rollups are refreshed (untimed) before each round, so no request of the round pays the refresh a
        # request pays at most every 30 s (bench/stats_reach.py times that: 0.15-0.23 s here).
        async with rt.store.transaction() as session:
            await stats.refresh(session, now=NOW, force=True)  # the data's today (2026-12-31)
            await session.execute(update(StatsState).values(refreshed_at=utcnow()))  # fresh by this machine's clock
        for name, action in actions.items():
            started = time.perf_counter()
            await action()
            if round_number:  # the first round warms up
                times[name].append(time.perf_counter() - started)
    results = [Timing(size, events, name, round(statistics.median(values) * 1000, 1))
               for name, values in times.items()]
    for timing in results:
        print(f"  {timing.request}: {timing.ms} ms", flush=True)
    return results


def report(results: list[Timing]) -> str:
    sizes = list(dict.fromkeys(r.size for r in results))
    lines = ["| request | " + " | ".join(f"{s} ms" for s in sizes) + " | growth, first to last size |",
             "|---|" + "---:|" * (len(sizes) + 1)]
    for name in dict.fromkeys(r.request for r in results):
        found = [next(r for r in results if r.request == name and r.size == s) for s in sizes]
        growth = f"{found[-1].ms / found[0].ms:.1f}x" if found[0].ms else "-"
        lines.append(f"| {name} | " + " | ".join(str(r.ms) for r in found) + f" | {growth} |")
    return "\n".join(lines)


async def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stats_endpoints", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100k,1m,10m", help="comma-separated: 100k, 1m, 10m")
    parser.add_argument("--runs", type=int, default=5, help="interleaved rounds (median reported); 0: set up only")
    parser.add_argument("--json", help="also write the results here")
    parser.add_argument("--keep", metavar="PREFIX",
                        help="build each size in schema PREFIX_<size>, kept for later runs (which reuse what it has)")
    parser.add_argument("--no-before", action="store_true",
                        help="only the requests over HTTP, not the before code paths called directly (slow at 10M)")
    args = parser.parse_args(argv)
    url = postgres_url()
    load_before = os.getloadavg()
    results: list[Timing] = []
    for size in (s.strip().lower() for s in args.sizes.split(",")):
        print(f"postgres: {SIZES[size]:,} events ...", flush=True)
        results += await run_size(url, size, args.runs, f"{args.keep}_{size}" if args.keep else None,
                                  args.no_before)
    load_after = os.getloadavg()
    if results:
        print(report(results))
    print(f"\nload average (1, 5, 15 min): before {load_before}, after {load_after}")
    if args.json:
        document = {"machine": platform.platform(), "python": sys.version.split()[0], "load_before": load_before,
                    "load_after": load_after, "results": [asdict(r) for r in results]}
        await asyncio.to_thread(Path(args.json).write_text, json.dumps(document, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
