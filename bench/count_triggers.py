"""What the counting triggers of migration 0016 cost the writes they watch, on PostgreSQL: each write with the
triggers on against the same write with them off (ALTER TABLE ... DISABLE TRIGGER USER), interleaved.

    BENCH_POSTGRES_URL=postgresql+asyncpg://postgres@127.0.0.1:5432/bench python -m bench.count_triggers [--runs 200]

Writes, each its own transaction as the bot makes it: a first quiz answer; a lesson rating revised; a profile
change (country) of a person with 12 answers, ratings and a poll answer; the sender moving a batch of 50
deliveries to "sending" and then to "sent"; a member joining a cohort. Runs in a schema of its own, dropped after.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from sqlalchemy import text

from bench.measure import postgres_url
from bench.stats_reach import postgres_store
from bot.store.db import Store

NOW = datetime(2026, 12, 31, 12, tzinfo=UTC)
TABLES = ("quiz_answers", "lesson_ratings", "users", "deliveries", "cohort_members")


async def seed(store: Store) -> None:
    async with store.engine.begin() as db:
        await db.execute(text(
            "INSERT INTO users (telegram_id, locale, audience, age_band, country, stopped, inactive, verified, "
            "created_at, updated_at) SELECT n, 'en', 'youth', '13-15', 'KE', false, false, false, now(), now() "
            "FROM generate_series(1, 20000) AS n"))
        await db.execute(text(
            "INSERT INTO lesson_progress (user_id, series, lesson_index, step_index, lessons_done, cohort_id, "
            "started_at, updated_at) SELECT id, 'in-control', 0, 0, 0, 1, now(), now() FROM users"))
        await db.execute(text(
            "INSERT INTO quiz_answers (user_id, series, lesson, quiz, option, correct, answered_at) "
            "SELECT u.id, 'in-control', 'l' || l, 'q', 'a', true, now() FROM users u, generate_series(1, 12) AS l "
            "WHERE u.id <= 2000"))
        await db.execute(text(
            "INSERT INTO lesson_ratings (user_id, series, lesson, rating, rated_at, updated_at) "
            "SELECT u.id, 'in-control', 'l' || l, 'helpful', now(), now() FROM users u, generate_series(1, 4) AS l "
            "WHERE u.id <= 2000"))
        await db.execute(text(
            "INSERT INTO poll_answers (user_id, poll, option, answered_at, updated_at) "
            "SELECT id, 'p', 'a', now(), now() FROM users WHERE id <= 2000"))
        await db.execute(text(
            "INSERT INTO cohorts (id, code, name, audience, locale, timezone, closed, created_at) "
            "VALUES (1, 'c1', 'C', 'youth_13_15', 'en', 'UTC', false, now())"))
        await db.execute(text(
            "INSERT INTO pushes (id, cohort_id, series, mode, weekdays, status, created_at) "
            "VALUES (1, 1, 'in-control', 'drip', '0123456', 'active', now())"))
        await db.execute(text(
            "INSERT INTO deliveries (push_id, user_id, lesson_index, due_at, status, attempts) "
            "SELECT 1, id, l, now(), 'pending', 0 FROM users, generate_series(0, 3) AS l"))
        await db.execute(text("DELETE FROM answer_deltas"))
        await db.execute(text("DELETE FROM counter_deltas"))
        await db.execute(text("ANALYZE"))


def writes(store: Store) -> dict[str, Callable[[int], Awaitable[None]]]:
    async def run(sql: str, **params: object) -> None:
        async with store.transaction() as session:
            await session.execute(text(sql), params)

    async def quiz(n: int) -> None:
        await run("INSERT INTO quiz_answers (user_id, series, lesson, quiz, option, correct, answered_at) "
                  "VALUES (:user, 'in-control', 'l0', :quiz, 'b', false, now())", user=3000 + n % 15000,
                  quiz=f"q{n}")

    async def rating(n: int) -> None:
        await run("UPDATE lesson_ratings SET rating = :rating WHERE user_id = :user AND lesson = 'l1'",
                  rating=("unsure", "helpful")[n % 2], user=1 + n % 2000)

    async def profile(n: int) -> None:
        await run("UPDATE users SET country = :country WHERE id = :user", country=("RO", "KE")[n % 2],
                  user=1 + n % 2000)

    async def sender(n: int) -> None:
        first = 1 + (n * 50) % 70000
        await run("UPDATE deliveries SET status = 'sending', attempts = attempts + 1 WHERE id >= :a AND id < :b",
                  a=first, b=first + 50)
        await run("UPDATE deliveries SET status = 'sent' WHERE id >= :a AND id < :b", a=first, b=first + 50)

    async def join(n: int) -> None:
        await run("INSERT INTO cohort_members (cohort_id, user_id, joined_at) VALUES (1, :user, now()) "
                  "ON CONFLICT DO NOTHING", user=1 + n)

    return {"first quiz answer": quiz, "rating revised": rating, "profile change (17 answers)": profile,
            "sender: 50 deliveries to sending, then sent": sender, "member joins a cohort": join}


async def switch(store: Store, on: bool) -> None:
    async with store.engine.begin() as db:
        for table in TABLES:
            await db.execute(text(f"ALTER TABLE {table} {'ENABLE' if on else 'DISABLE'} TRIGGER USER"))


async def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.count_triggers", description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=200, help="writes of each kind, each way")
    args = parser.parse_args(argv)
    async with postgres_store(postgres_url()) as (store, _schema):
        await store.migrate()
        await seed(store)
        actions = writes(store)
        times: dict[tuple[str, bool], list[float]] = {(name, on): [] for name in actions for on in (True, False)}
        block = 20
        for start in range(0, args.runs, block):
            for on in ((True, False) if start // block % 2 else (False, True)):
                await switch(store, on)
                for name, action in actions.items():
                    for n in range(start, start + block):
                        began = time.perf_counter()
                        await action(n * 2 + int(on))
                        times[(name, on)].append(time.perf_counter() - began)
        print("| write | triggers off ms | triggers on ms | ratio |\n|---|---:|---:|---:|")
        for name in actions:
            off, on_ = (statistics.median(times[(name, flag)]) * 1000 for flag in (False, True))
            print(f"| {name} | {off:.2f} | {on_:.2f} | {on_ / off:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
