"""CPU of one PostgreSQL unit of work of a lesson tap (`Store.statements()`), without the bot around it.

    BENCH_POSTGRES_URL=postgresql+asyncpg://... python -m bench.store_unit [--units 5000] [--at-once 50] [--rounds 5]

Each unit reads a person the way a tap does (`Lessons.learner`'s SELECT, a statement sent straight to asyncpg) for a
telegram id that does not exist, `--at-once` units running at the same time against the store's pool. It prints the
process's CPU time (all threads) per unit for each round: checking a connection out and back, the slot for it, the
statement and its round trip. Run it from two trees (e.g. main and a branch) one after the other to compare them.
The schema is a fresh one in the database of BENCH_POSTGRES_URL, dropped afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import time
import uuid

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from bot.services.lessons import _LEARNER
from bot.store.db import Store

DEFAULT_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/bench"


async def measure(url: str, units: int, at_once: int, rounds: int) -> list[float]:
    schema = f"unit_{uuid.uuid4().hex[:8]}"
    admin = create_async_engine(url)
    async with admin.begin() as connection:
        await connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    store = Store(url, connect_args={"server_settings": {"search_path": schema}})
    try:
        await store.migrate()

        async def person(count: int) -> None:
            for number in range(count):
                async with store.statements() as unit:
                    await unit.execute(_LEARNER, {"telegram_id": -1 - number, "series": "in-control"})

        await asyncio.gather(*(person(max(1, units // at_once // 10)) for _ in range(at_once)))  # warm the pool
        per_unit = []
        for _ in range(rounds):
            started = time.process_time()
            await asyncio.gather(*(person(units // at_once) for _ in range(at_once)))
            per_unit.append((time.process_time() - started) / (units // at_once * at_once) * 1e6)
        return per_unit
    finally:
        await store.close()
        async with admin.begin() as connection:
            await connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        await admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.store_unit", description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=5000, help="units per round")
    parser.add_argument("--at-once", type=int, default=50, help="units running at the same time")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    url = os.environ.get("BENCH_POSTGRES_URL", DEFAULT_URL)
    per_unit = asyncio.run(measure(url, args.units, args.at_once, args.rounds))
    load = os.getloadavg()[0]
    print(f"CPU per unit (us), per round: {[round(value) for value in per_unit]}; min {min(per_unit):.0f}, "
          f"median {sorted(per_unit)[len(per_unit) // 2]:.0f}; load average {load:.1f}")


if __name__ == "__main__":
    main()
