"""The outbox sender in a process of its own, as the bot runs it; bench/outbox.py starts it and may SIGKILL it.

    python -m bench.outbox_worker --db-url URL [--search-path SCHEMA] --api-url URL --token T [--rate 500]

Builds Settings and Runtime as the bot does (SEND_RATE=rate, PAID_BROADCAST=true, QUIET_HOURS=off, a
SystemClock), makes the real Sender with Sender.for_runtime, calls Sender.start() (which turns rows left
'sending' by a crash into 'uncertain') and then drain_once() until no row is pending or sending.

Reports on stdout, one JSON object a line:
  {"event": "started", "uncertain": n, "batch": n, "window": n, "code": {file: sha256[:12]}}
  {"event": "done", "handled": n, "seconds": s, "per_second": r, "cpu_ms_per_message": c, "peak_rss_mb": m,
   "stats": {...}, "timing": {...}}
"seconds" runs from just before the first claim to the end of the last drain that handled rows. "timing" is
where the drain loop spent its time (claim transactions, settle
transactions), measured by wrapping those methods on this process's instances; nothing in bot/ changes.
Logs go to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import functools
import hashlib
import json
import logging
import resource
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy import func, select

from bench.measure import proc_status_mb
from bot.delivery.sender import Sender
from bot.features.pushes import push_screens
from bot.services.clock import SystemClock
from bot.services.outbox import PENDING, SENDING
from bot.services.runtime import Runtime
from bot.settings import PROJECT_ROOT, Settings
from bot.store.db import Store
from bot.store.models import Delivery

PSEUDONYM_KEY = "bench-pseudonym-key-0123456789"
IDLE_SECONDS = 0.5  # between drains while rows wait for a retry


def emit(**fields: Any) -> None:
    print(json.dumps(fields), flush=True)


CODE_FILES = ("bot/services/outbox.py", "bot/delivery/sender.py", "bot/delivery/bot_api.py", "bot/store/models.py")


def code_fingerprint() -> dict[str, str]:
    """sha256 (12 hex digits) of the files whose version the figures depend on: the code may change between
    runs (no version control is used here), and the report says which version each figure is for."""
    return {name: hashlib.sha256((PROJECT_ROOT / name).read_bytes()).hexdigest()[:12] for name in CODE_FILES}


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class Timer:
    """Total time and calls of wrapped coroutine methods."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.calls: dict[str, int] = {}

    def wrap(self, name: str, method: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
        @functools.wraps(method)
        async def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return await method(*args, **kwargs)
            finally:
                self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started
                self.calls[name] = self.calls.get(name, 0) + 1

        return timed

    def summary(self) -> dict[str, dict[str, float]]:
        return {
            name: {"calls": self.calls[name], "seconds": round(total, 3),
                   "ms_each": round(1000 * total / max(1, self.calls[name]), 2)}
            for name, total in self.seconds.items()
        }


async def unfinished(rt: Runtime) -> int:
    async with rt.store.transaction() as session:
        return await session.scalar(
            select(func.count()).select_from(Delivery).where(Delivery.status.in_((PENDING, SENDING)))
        ) or 0


async def work(args: argparse.Namespace) -> None:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        bot_token=args.token,
        database_url=args.db_url,
        telegram_api_base_url=args.api_url,
        pseudonym_key=PSEUDONYM_KEY,
        send_rate=args.rate,
        paid_broadcast=True,
        quiet_hours="off",
    )
    options: dict[str, Any] = {}
    if args.search_path:
        options["connect_args"] = {"server_settings": {"search_path": args.search_path}}
    store = Store(settings.database_url, **options)
    rt = Runtime.build(settings, store, SystemClock())
    # A running bot has parsed the languages it speaks before a push goes out; a fresh process parses each on first
    # use (about 0.5 s of CPU each), which would count here as sending time (bench/README.md, "Outbox ... busy").
    rt.i18n.load_all()
    sender = Sender.for_runtime(rt, push_screens(rt), rt.clock)  # the bot's own path
    timer = Timer()
    rt.outbox.claim_due = timer.wrap("claim", rt.outbox.claim_due)  # type: ignore[method-assign]
    sender._write_outcomes = timer.wrap("settle", sender._write_outcomes)  # type: ignore[method-assign]
    if hasattr(sender, "_settle_and_claim"):  # one transaction: the outcomes of batch k-1 and the claim of k+1
        sender._settle_and_claim = timer.wrap("settle_and_claim", sender._settle_and_claim)  # type: ignore
    try:
        uncertain = await sender.start()
        emit(event="started", uncertain=uncertain, batch=sender.batch, window=sender.window, code=code_fingerprint())
        deadline = time.monotonic() + args.timeout
        handled, started, finished = 0, time.perf_counter(), None
        cpu_started = cpu_seconds()
        profiler = cProfile.Profile() if args.profile else None
        if profiler is not None:
            profiler.enable()
        while time.monotonic() < deadline:
            count = await sender.drain_once()
            if count:
                handled += count
                finished = time.perf_counter()
                continue
            if await unfinished(rt) == 0:
                break
            await asyncio.sleep(IDLE_SECONDS)  # rows waiting for a retry
        else:
            raise TimeoutError(f"rows still pending after {args.timeout:.0f} s")
        seconds = (finished or time.perf_counter()) - started
        if profiler is not None:  # written before "done": the benchmark stops this process right after it
            profiler.disable()
            profiler.dump_stats(args.profile)
        cpu = cpu_seconds() - cpu_started
        emit(
            event="done",
            handled=handled,
            seconds=round(seconds, 3),
            per_second=round(handled / seconds, 1) if seconds > 0 else None,
            cpu_ms_per_message=round(1000 * cpu / handled, 3) if handled else None,
            peak_rss_mb=round(proc_status_mb("VmHWM"), 1),  # its own peak, not ru_maxrss
            stats=dict(sender.stats),
            timing=timer.summary(),
        )
    finally:
        await sender.stop()
        await store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.outbox_worker", description=__doc__.split("\n\n")[0])
    parser.add_argument("--db-url", required=True)
    parser.add_argument("--search-path", help="PostgreSQL schema holding the tables")
    parser.add_argument("--api-url", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--rate", type=float, default=500)
    parser.add_argument("--timeout", type=float, default=3600, help="give up after this many seconds")
    parser.add_argument("--profile", help="write a cProfile of the drain to this file")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for name in ("httpx", "httpcore"):  # their INFO lines carry Bot API URLs, which contain the token
        logging.getLogger(name).setLevel(logging.WARNING)
    asyncio.run(work(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
