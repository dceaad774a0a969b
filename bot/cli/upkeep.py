"""python -m bot retention [--dry-run] | partitions list|create|detach|drop: keeping the database for years.

The running bot does both on its own (the leader's hourly housekeeping, bot/services/maintenance.py); these
commands show what is due and let an operator act at a time of their choosing.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import UTC, datetime
from typing import Any

from bot.services.analytics import Analytics
from bot.services.retention import Retention, RetentionPolicy
from bot.settings import Settings, load_settings, pseudonym_key
from bot.store.db import MIGRATION_TIMEOUT, Store
from bot.store.partitions import (
    PartitionError,
    create_partition,
    detach_partition,
    drop_detached,
    ensure_partitions,
    is_partitioned,
    list_partitions,
    parse_month,
)


def _rules(settings: Settings, policy: RetentionPolicy, now: datetime) -> list[str]:
    def rule(days: int, name: str, text: str) -> str:
        return f"  {name}={days}: " + (text if days else "off, kept for ever")

    profile, delivery, checkin = (policy.profile_cutoff(now), policy.delivery_cutoff(now),
                                  policy.checkin_cutoff(now))
    return [
        rule(policy.profile_days, "RETENTION_DAYS",
             f"people last active before {profile} are deleted as /forget does"),
        rule(policy.delivery_days, "DELIVERY_RETENTION_DAYS",
             f"deliveries settled before {delivery:%Y-%m-%d} are reduced to counts per push" if delivery else ""),
        rule(policy.checkin_days, "CHECKIN_RETENTION_DAYS",
             f"check-in rounds closed before {checkin:%Y-%m-%d} are cut off from their respondents" if checkin
             else ""),
    ]


async def _retention(args: argparse.Namespace) -> int:
    settings = load_settings()
    store = Store(settings.database_url, timeout=settings.stats_timeout)
    try:
        await store.migrate()
        policy = RetentionPolicy.from_settings(settings)
        retention = Retention(store, Analytics(pseudonym_key(settings)), policy)
        now = datetime.now(UTC)
        print(f"retention on {now:%Y-%m-%d %H:%M} UTC")
        print("\n".join(_rules(settings, policy, now)))
        if args.dry_run:
            due = await retention.due(now)
            print(f"would delete {due.profiles} inactive people, reduce {due.deliveries} deliveries to counts, "
                  f"anonymise {due.rounds} check-in rounds ({due.respondents} respondents), "
                  f"drop {due.update_ids} old update ids")
            return 0
        done = await retention.run(now)
        print(f"deleted {done.profiles} inactive people, reduced {done.deliveries} deliveries to counts, "
              f"anonymised {done.rounds} check-in rounds ({done.respondents} respondents), "
              f"dropped {done.update_ids} old update ids")
        return 0
    finally:
        await store.close()


async def _partitions(args: argparse.Namespace) -> int:
    store = Store(load_settings().database_url, timeout=MIGRATION_TIMEOUT)  # may wait for a lock on events
    try:
        await store.migrate()
        today = datetime.now(UTC).date()
        async with store.transaction() as session:
            if not await is_partitioned(session):
                print("events is not partitioned: partitions exist only on PostgreSQL (DATABASE_URL)")
                return 0 if args.action == "list" else 1
            if args.action == "create":
                if args.month:
                    month = parse_month(args.month)
                    made = [month.strftime("%Y-%m")] if await create_partition(session, month) else []
                else:
                    made = await ensure_partitions(session, today)
                print(f"created {', '.join(made)}" if made else "nothing to create")
            elif args.action == "detach":
                gone = await detach_partition(session, parse_month(args.month), today)
                print(f"detached {gone.name} (about {gone.rows:,} events). It is a plain table now: statistics, "
                      "/mydata, /forget and retention no longer see it. Archive it if you must "
                      f"(pg_dump -t {gone.name}), then: python -m bot partitions drop {args.month}")
            elif args.action == "drop":
                gone = await drop_detached(session, parse_month(args.month))
                print(f"dropped {gone.name}")
            else:
                for partition in await list_partitions(session):
                    state = "attached" if partition.attached else "DETACHED"
                    print(f"{partition.name}\t{state}\tabout {partition.rows:,} events")
        return 0
    except PartitionError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    finally:
        await store.close()


def register(commands: Any) -> None:
    retention = commands.add_parser(
        "retention", help="delete, reduce and anonymise what RETENTION_DAYS and the others say is due (once)")
    retention.add_argument("--dry-run", action="store_true", help="only count what would go")
    retention.set_defaults(func=lambda args: asyncio.run(_retention(args)))

    partitions = commands.add_parser("partitions", help="monthly partitions of events (PostgreSQL)")
    actions = partitions.add_subparsers(dest="action", required=True)
    actions.add_parser("list", help="attached and detached months, with estimated sizes")
    create = actions.add_parser("create", help="this month and the next two, or one month")
    create.add_argument("month", nargs="?", help="YYYY-MM (default: this month and the next two)")
    actions.add_parser("detach", help="take a past month out of events").add_argument("month", help="YYYY-MM")
    actions.add_parser("drop", help="drop a detached month").add_argument("month", help="YYYY-MM")
    partitions.set_defaults(func=lambda args: asyncio.run(_partitions(args)))
