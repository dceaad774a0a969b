"""Folding the answer deltas that migration 0016 leaves pending (every existing answer, each into about 8 rows of
`answer_counts`), at the sizes of bench/stats_endpoints.py, on PostgreSQL.

    BENCH_POSTGRES_URL=postgresql+asyncpg://postgres@127.0.0.1:5432/bench python -m bench.fold_backlog \
        --schema s20_1m [--runs 3] [--ways before,all,batches]

The schema is one kept by `python -m bench.stats_endpoints --keep PREFIX` (PREFIX_<size>: events, people and their
answers). Each round, in one transaction that is rolled back afterwards (then VACUUM): the counts and deltas are
emptied (TRUNCATE), the backlog is written exactly as migration 0016 writes it (its own statements), and it is
folded either in one call (`fold(limit=None)`, what bench/stats_endpoints.py does; "all"), in batches of 20,000 as
the server does at start (`fold_pending(until_done=True)`, here without a commit between batches; "batches"), or in
one call by the statement migration 0016 came with ("before", kept here as the baseline: no sum per delta key first,
and rows written in column order rather than in the order of the unique index). The folded counts are then checked
against counting the answers straight from their tables (the `overall` rows without a period: one per item and
option). Timed: the fold only. Ways alternate within a round so that load drifting on the shared machine touches
each alike.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import os
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path
from types import ModuleType

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from bench.measure import postgres_url
from bench.stats_reach import UNLIMITED
from bot.services import answer_counts
from bot.services.answer_counts import _FOLD, _KEYS, NO_PERIOD
from bot.store.db import Store

MIGRATION = Path(__file__).resolve().parent.parent / "migrations" / "versions" / "0016_answer_rollups.py"


def _before_upsert(_dialect: str, source: str) -> str:
    """The fold's upsert as migration 0016 came with it (PostgreSQL), the baseline."""
    profile = ", ".join(f"CASE WHEN o.overall THEN '' ELSE coalesce({name}, '') END"
                        for name in ("audience", "age_band", "country", "locale"))
    return (
        f"INSERT INTO answer_counts ({_KEYS}, people) "
        "SELECT kind, item, part, sub, option, g.grain, CASE g.grain WHEN 'd' THEN day WHEN 'm' THEN "
        "date_trunc('month', day)::date WHEN 'y' THEN date_trunc('year', day)::date "
        f"ELSE DATE '{NO_PERIOD}' END, o.overall, {profile}, "
        "CASE WHEN o.overall THEN 0 ELSE coalesce(cohort_id, 0) END, sum(change) "
        f"FROM {source} "
        "CROSS JOIN (SELECT 'd' AS grain UNION ALL SELECT 'm' UNION ALL SELECT 'y' UNION ALL SELECT 't') AS g "
        "CROSS JOIN (SELECT true AS overall UNION ALL SELECT false) AS o "
        "WHERE (day IS NULL) = (g.grain = 't') "
        "GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 "
        f"ON CONFLICT ({_KEYS}) DO UPDATE SET people = answer_counts.people + excluded.people"
    )


BEFORE = replace(_FOLD, upsert=_before_upsert)


def _migration() -> ModuleType:
    spec = importlib.util.spec_from_file_location("answer_rollups_0016", MIGRATION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def _write_backlog(session: AsyncSession) -> int:
    m = _migration()
    # TRUNCATE, not DELETE: the deleted counts would stay in the unique index until a vacuum, and every insert of
    # the same key would check them (rolled back with the rest).
    await session.execute(text("TRUNCATE answer_counts, answer_deltas"))
    for spec in m.ANSWERS:
        await session.execute(text(m._insert(m._select("postgresql", spec, "a", "u", 1) + f" FROM {spec.table} a "
                                             "JOIN users u ON u.id = a.user_id WHERE 1 = 1" + m._answered(spec, "a"))))
    return int(await session.scalar(text("SELECT count(*) FROM answer_deltas")) or 0)


async def _check(session: AsyncSession) -> None:
    """The overall counts per item and option equal the answers counted from their tables."""
    m = _migration()
    raw = " UNION ALL ".join(
        f"SELECT '{spec.kind}' AS kind, {', '.join(k if k.startswith(chr(39)) else 'a.' + k for k in spec.keys)}, "
        f"a.{spec.option} AS option, count(*) AS people FROM {spec.table} a JOIN users u ON u.id = a.user_id "
        f"WHERE 1 = 1{m._answered(spec, 'a')} GROUP BY 1, 2, 3, 4, 5" for spec in m.ANSWERS)
    counted = ("SELECT kind, item, part, sub, option, sum(people) FROM answer_counts WHERE overall "
               "AND grain IN ('y', 't') GROUP BY 1, 2, 3, 4, 5")
    differ = await session.scalar(text(
        f"SELECT count(*) FROM (({raw}) EXCEPT ({counted})) AS a"))
    extra = await session.scalar(text(f"SELECT count(*) FROM (({counted}) EXCEPT ({raw})) AS b"))
    assert not differ and not extra, f"folded counts differ from the answers: {differ} missing, {extra} extra"


async def _round(store: Store, way: str) -> tuple[int, int, float]:
    """(deltas, count rows made, seconds of the fold)."""
    async with store.engine.connect() as connection:
        session = AsyncSession(bind=connection)
        transaction = await connection.begin()
        try:
            deltas = await _write_backlog(session)
            started = time.perf_counter()
            if way == "all":
                await answer_counts.fold(session, limit=None)
            elif way == "before":
                await BEFORE.fold(session, None)
            else:
                while await answer_counts.fold(session) == answer_counts.BATCH:
                    pass
            seconds = time.perf_counter() - started
            rows = int(await session.scalar(text("SELECT count(*) FROM answer_counts")) or 0)
            assert not await session.scalar(text("SELECT count(*) FROM answer_deltas")), "deltas left unfolded"
            await _check(session)
        finally:
            await transaction.rollback()
            await session.close()
        autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
        await autocommit.execute(text("VACUUM ANALYZE answer_counts, answer_deltas"))
    return deltas, rows, seconds


async def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fold_backlog", description=__doc__.split("\n\n")[0])
    parser.add_argument("--schema", required=True, help="a schema kept by bench.stats_endpoints --keep")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--ways", default="before,all,batches",
                        help="before (0016's statement), all (one call), batches (20,000 at a time)")
    args = parser.parse_args(argv)
    ways = [w.strip() for w in args.ways.split(",")]
    store = Store(postgres_url(), timeout=UNLIMITED, connect_args={"server_settings": {"search_path": args.schema}})
    print(f"load average before: {os.getloadavg()}", flush=True)
    times: dict[str, list[float]] = {way: [] for way in ways}
    try:
        for run in range(args.runs):
            for way in ways if run % 2 == 0 else ways[::-1]:
                deltas, rows, seconds = await _round(store, way)
                times[way].append(seconds)
                print(f"  {way}: {deltas:,} deltas -> {rows:,} count rows in {seconds:.1f} s "
                      f"({deltas / seconds:,.0f} deltas/s); load {os.getloadavg()[0]:.1f}", flush=True)
    finally:
        await store.close()
    for way, values in times.items():
        print(f"{args.schema} {way}: median {statistics.median(values):.1f} s of {len(values)}")
    print(f"load average after: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
