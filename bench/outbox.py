"""Benchmark of the durable outbox: a push to a 100,000-member cohort drained at SEND_RATE, then the same with a
SIGKILL of the sender halfway.

    python -m bench.outbox [--db sqlite|postgres|both] [--members N] [--rate R] [--json out.json] [--no-crash]

Three processes, all on 127.0.0.1:

* this one: makes the database, the people and the cohort, and the push (the enqueue), then watches;
* bench.fake_api_server: the fake Bot API (bot.devtools.fake_bot_api), counting the lessons each chat receives.
  It runs apart from the sender, so what it received survives the sender's SIGKILL;
* bench.outbox_worker: the real Sender (Sender.for_runtime, Sender.start, drain_once until nothing is left) with
  SEND_RATE=R, PAID_BROADCAST=true, QUIET_HOURS=off; it reports its sending time and peak RSS.

Per database, two runs, each on a fresh database (a temporary SQLite file, or a new PostgreSQL schema reached
through search_path) and a fresh fake API:

* normal run: N consented 13-15 year olds (locales en/fr/es/pt/ar in turn) are bulk-inserted into a cohort
  (timezone UTC), then one 'now' push of the in-control series goes through the real Outbox.create_push: that
  is the "time to enqueue" (create_push and its commit). One worker drains it. Reported: the achieved rate
  (rows handled / the worker's sending time) as a fraction of R, the rate the fake API saw between its first and
  last message, the worker's peak RSS, and where the drain loop spent its time. Every member must have received
  exactly one message and every row must be 'sent'.
* crash run: the same set-up; the worker is killed with SIGKILL once the fake API has received N/2 + 100
  messages (so that the kill falls inside a batch); a second worker starts (Sender.start turns 'sending' rows
  into 'uncertain') and finishes. Then, from the fake
  API's counts and the database: lost = rows whose message never arrived and that are not 'uncertain'
  (target 0); sent twice = chats that received more than one message (target 0), and how many of them are
  'uncertain'; the uncertain rows and how many of them did arrive; the in-flight window (Sender.window rows:
  the most a crash can leave 'sending').

On PostgreSQL the tables are ANALYZEd after the enqueue (not timed): the benchmark server runs with
autovacuum off, while a production server analyzes a table within about a minute of a 100,000-row insert.

Every worker reports a fingerprint of bot/delivery/outbox.py, bot/delivery/sender.py and bot/store/models.py;
the run stops if they change midway (the figures would mix two versions) and the report carries them.

Everything stays on loopback; nothing here talks to Telegram.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import platform
import signal
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp
import sqlalchemy
import telegram
from sqlalchemy import func, insert, select, text
from sqlalchemy.ext.asyncio import create_async_engine

from bench.cpu_hog import cpu_hog
from bench.measure import postgres_url, proc_status_mb
from bot.services.outbox import SENDING, SENT, UNCERTAIN
from bot.services.runtime import Runtime
from bot.settings import PROJECT_ROOT, Settings
from bot.store.db import Store
from bot.store.models import Cohort, CohortMember, Delivery, User

# The members' languages, in turn (each language is one message rendered once per lesson and cohort).
MEMBER_LANGUAGES = ("en", "fr", "es", "pt", "ar", "id", "sw", "ro")

TOKEN = "123456:BENCH-token-for-the-fake-api"
PSEUDONYM_KEY = "bench-pseudonym-key-0123456789"
SERIES = "in-control"
TELEGRAM_IDS_FROM = 10_000_001
INSERT_CHUNK = 10_000

START_TIMEOUT = 120.0  # a child process to say it is ready (over 30 s at a load average of 9)
SETUP_TIMEOUT = 120.0  # this process's statements (an enqueue took over 5 s at a load average of 12)
POLL_INTERVAL = 0.1  # watching the fake API's count while the worker runs
KILL_OFFSET = 100  # messages past half way: the kill falls inside a batch, not between two
KILL_SETTLE = 0.5  # after the SIGKILL, before reading what the fake API received

log = logging.getLogger("bench.outbox")


class BenchError(Exception):
    """The run did not go as planned (a child died, rows left unsent); the numbers would lie."""


def configure_logging() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    log.setLevel(logging.INFO)


# --- databases --------------------------------------------------------------------------------------------


@dataclass
class Database:
    name: str  # sqlite | postgres
    url: str
    schema: str | None  # PostgreSQL: the schema the run's tables live in
    server: str

    @property
    def engine_options(self) -> dict[str, Any]:
        if self.schema is None:
            return {}
        return {"connect_args": {"server_settings": {"search_path": self.schema}}}


@contextlib.asynccontextmanager
async def sqlite_database() -> AsyncIterator[Database]:
    with tempfile.TemporaryDirectory(prefix="bench-outbox-") as directory:
        yield Database("sqlite", f"sqlite+aiosqlite:///{Path(directory) / 'bot.db'}", None,
                       f"SQLite {sqlite3.sqlite_version}")


@contextlib.asynccontextmanager
async def postgres_database(url: str) -> AsyncIterator[Database]:
    """A fresh schema for this run (dropped afterwards); the engines reach it through search_path."""
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = create_async_engine(url)
    try:
        async with admin.begin() as connection:
            version = str(await connection.scalar(text("SHOW server_version"))).split()[0]
            await connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        try:
            yield Database("postgres", url, schema, f"PostgreSQL {version}")
        finally:
            async with admin.begin() as connection:
                await connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    finally:
        await admin.dispose()


def database(name: str, args: argparse.Namespace) -> contextlib.AbstractAsyncContextManager[Database]:
    return sqlite_database() if name == "sqlite" else postgres_database(args.postgres_url)


def make_settings(db: Database, rate: float) -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        bot_token=TOKEN,
        database_url=db.url,
        telegram_api_base_url="http://127.0.0.1:1",  # this process never calls the Bot API
        pseudonym_key=PSEUDONYM_KEY,
        send_rate=rate,
        paid_broadcast=True,
        quiet_hours="off",
    )


# --- set-up: people, cohort, push ---------------------------------------------------------------------------


def telegram_id(index: int) -> int:
    return TELEGRAM_IDS_FROM + index


async def populate(store: Store, db: Database, members: int) -> int:
    """N consented 13-15 year olds in one cohort (timezone UTC), bulk-inserted; returns the cohort id."""
    now = datetime.now(UTC)
    users = [
        {"id": i + 1, "telegram_id": telegram_id(i), "locale": MEMBER_LANGUAGES[i % len(MEMBER_LANGUAGES)],
         "audience": "youth",
         "age_band": "13-15", "sector": None, "country": "KE", "step": None, "consent_at": now, "stopped": False,
         "inactive": False, "verified": False, "programme": None, "created_at": now, "updated_at": now}
        for i in range(members)
    ]
    async with store.transaction() as session:
        cohort = Cohort(code="bench", name="Bench cohort", audience="youth_13_15", locale="en", country="KE",
                        timezone="UTC", closed=False, created_at=now)
        session.add(cohort)
        await session.flush()
        cohort_id = cohort.id
    memberships = [{"cohort_id": cohort_id, "user_id": i + 1, "joined_at": now} for i in range(members)]
    if db.name == "postgres":
        await _copy(store, db, "users", users)
        await _copy(store, db, "cohort_members", memberships)
        async with store.engine.begin() as connection:
            await connection.execute(text("SELECT setval(pg_get_serial_sequence('users', 'id'), :n)"), {"n": members})
    else:
        async with store.engine.begin() as connection:
            for table, rows in ((User.__table__, users), (CohortMember.__table__, memberships)):
                for start in range(0, len(rows), INSERT_CHUNK):
                    await connection.execute(insert(table), rows[start:start + INSERT_CHUNK])
    return cohort_id


async def _copy(store: Store, db: Database, table: str, rows: list[dict[str, Any]]) -> None:
    """PostgreSQL's COPY through asyncpg: the fast bulk insert."""
    columns = list(rows[0])
    async with store.engine.connect() as connection:
        raw = await connection.get_raw_connection()
        driver = raw.driver_connection
        assert driver is not None
        await driver.copy_records_to_table(table, records=[tuple(r[c] for c in columns) for r in rows],
                                           columns=columns, schema_name=db.schema)
        await connection.commit()


async def enqueue(rt: Runtime, cohort_id: int) -> tuple[int, int, float]:
    """The real enqueue path: Outbox.create_push (mode 'now') and its commit. Returns (push id, rows, seconds)."""
    started = time.perf_counter()
    async with rt.store.transaction() as session:
        cohort = await session.get(Cohort, cohort_id)
        assert cohort is not None
        push = await rt.outbox.create_push(session, cohort, SERIES, mode="now", now=rt.clock.now())
        push_id = push.id
    seconds = time.perf_counter() - started
    async with rt.store.transaction() as session:
        rows = await session.scalar(select(func.count()).select_from(Delivery).where(Delivery.push_id == push_id))
    return push_id, rows or 0, seconds


# --- child processes --------------------------------------------------------------------------------------


@dataclass
class Child:
    name: str
    process: asyncio.subprocess.Process
    events: list[dict[str, Any]] = field(default_factory=list)
    _reader: asyncio.Task[None] | None = None
    _event: asyncio.Event = field(default_factory=asyncio.Event)

    def start_reading(self) -> None:
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        assert self.process.stdout is not None
        while line := await self.process.stdout.readline():
            with contextlib.suppress(ValueError):
                self.events.append(json.loads(line))
                self._event.set()

    async def wait_event(self, kind: str, timeout: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            for event in self.events:
                if event.get("event") == kind:
                    return event
            if self.process.returncode is not None and (self._reader is None or self._reader.done()):
                raise BenchError(f"{self.name} exited with {self.process.returncode} before '{kind}'")
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise BenchError(f"{self.name}: no '{kind}' within {timeout:.0f} s")
            self._event.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._event.wait(), min(remaining, 1.0))

    async def kill(self) -> None:
        """SIGKILL, as a crash: nothing runs in the child after this."""
        if self.process.returncode is None:
            os.kill(self.process.pid, signal.SIGKILL)
        await self.process.wait()
        if self._reader is not None:
            await self._reader

    async def close(self, timeout: float = 10.0) -> None:
        if self.process.returncode is None:
            self.process.terminate()
            try:
                await asyncio.wait_for(self.process.wait(), timeout)
            except TimeoutError:
                self.process.kill()
                await self.process.wait()
        if self._reader is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._reader, timeout)


async def spawn(name: str, module: str, *arguments: str) -> Child:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", module, *arguments, stdout=asyncio.subprocess.PIPE, cwd=str(PROJECT_ROOT),
    )
    child = Child(name, process)
    child.start_reading()
    return child


async def start_api() -> tuple[Child, str]:
    api = await spawn("fake API", "bench.fake_api_server", "--token", TOKEN, "--port", "0")
    try:
        url = (await api.wait_event("listening", START_TIMEOUT))["url"]
    except BaseException:
        await api.close()
        raise
    return api, url


async def start_worker(db: Database, api_url: str, args: argparse.Namespace) -> tuple[Child, dict[str, Any]]:
    """A worker that has started (and checked that it runs the same bot code as the others), with its
    "started" report."""
    arguments = ["--db-url", db.url, "--api-url", api_url, "--token", TOKEN, "--rate", str(args.rate),
                 "--timeout", str(_worker_timeout(args.members, args.rate))]
    if db.schema:
        arguments += ["--search-path", db.schema]
    if args.profile:
        arguments += ["--profile", str(args.profile / f"worker-{db.name}-{time.time_ns()}.prof")]
    worker = await spawn("outbox worker", "bench.outbox_worker", *arguments)
    try:
        started = await worker.wait_event("started", START_TIMEOUT)
        _check_code(started)
    except BaseException:
        await worker.close()
        raise
    return worker, started


async def api_get(http: aiohttp.ClientSession, api_url: str, path: str) -> dict[str, Any]:
    async with http.get(f"{api_url}{path}") as response:
        response.raise_for_status()
        return await response.json()


# --- runs -------------------------------------------------------------------------------------------------


@dataclass
class Drain:
    """One worker that ran to the end."""

    handled: int
    seconds: float
    per_second: float
    fraction: float  # of the configured rate
    cpu_ms_per_message: float  # the worker's CPU (user + system) while sending, per row handled
    api_per_second: float  # (messages - 1) / (last - first), as the fake API saw them
    peak_rss_mb: float
    uncertain_at_start: int
    batch: int
    stats: dict[str, int]
    timing: dict[str, dict[str, float]]


@dataclass
class NormalRun:
    load_before: float  # 1-minute load average of the machine when the run started
    populate_seconds: float
    enqueue_seconds: float
    enqueue_rows: int
    enqueue_peak_rss_mb: float  # this process (which ran create_push), after the enqueue
    drain: Drain
    received: int
    chats_twice: int
    chats_missed: int
    statuses: dict[str, int]


@dataclass
class CrashRun:
    load_before: float
    enqueue_seconds: float
    killed_after_seconds: float
    received_at_kill: int
    sending_at_kill: int  # rows the killed worker had claimed and not settled
    drain_after_restart: Drain
    received: int
    statuses: dict[str, int]
    lost: int  # not received and not 'uncertain' (target 0)
    sent_not_received: int  # 'sent' in the database but never arrived (part of lost)
    chats_twice: int  # received more than one message (target 0)
    chats_twice_uncertain: int  # ... of which the row is 'uncertain'
    uncertain: int
    uncertain_received: int  # in flight at the kill and did arrive
    window: int  # the most rows a crash can leave 'uncertain': Sender.window (3 batches)


@dataclass
class Result:
    database: str
    code: dict[str, str]  # sha256[:12] of the bot files the figures depend on, as every worker saw them
    server: str
    members: int
    rate: float
    normal: NormalRun
    crash: CrashRun | None


def _rate_seen_by_api(times: list[float]) -> float:
    return (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 and times[-1] > times[0] else 0.0


CODE_SEEN: dict[str, str] = {}


def _check_code(started: dict[str, Any]) -> None:
    """Every worker of a benchmark must run the same bot code."""
    code = started.get("code") or {}
    if not CODE_SEEN:
        CODE_SEEN.update(code)
    elif code != CODE_SEEN:
        raise BenchError(f"the bot's code changed during the benchmark: {CODE_SEEN} -> {code}")


def _drain(done: dict[str, Any], started: dict[str, Any], times: list[float], rate: float) -> Drain:
    return Drain(
        handled=done["handled"], seconds=done["seconds"], per_second=done["per_second"],
        fraction=round(done["per_second"] / rate, 3), cpu_ms_per_message=done["cpu_ms_per_message"],
        api_per_second=round(_rate_seen_by_api(times), 1),
        peak_rss_mb=done["peak_rss_mb"], uncertain_at_start=started["uncertain"], batch=started["batch"],
        stats=done["stats"], timing=done["timing"],
    )


def _worker_timeout(members: int, rate: float) -> float:
    return 20 * members / rate + 600  # generous: the bot's own Sender runs far below the configured rate


async def _rows(store: Store, push_id: int) -> list[tuple[int, str]]:
    async with store.transaction() as session:
        result = await session.execute(
            select(User.telegram_id, Delivery.status).join(User, User.id == Delivery.user_id)
            .where(Delivery.push_id == push_id)
        )
        return [(chat, status) for chat, status in result.all()]


async def _statuses(store: Store) -> dict[str, int]:
    async with store.transaction() as session:
        result = await session.execute(select(Delivery.status, func.count()).group_by(Delivery.status))
        return {status: n for status, n in result.all()}


async def _set_up(db: Database, args: argparse.Namespace) -> tuple[Store, Runtime, float, int, int, float]:
    settings = make_settings(db, args.rate)
    store = Store(settings.database_url, timeout=SETUP_TIMEOUT, **db.engine_options)
    await store.migrate()
    rt = Runtime.build(settings, store)
    started = time.perf_counter()
    cohort_id = await populate(store, db, args.members)
    populate_seconds = time.perf_counter() - started
    log.info("%s: %d members in %.1f s; enqueueing through Outbox.create_push", db.name, args.members,
             populate_seconds)
    push_id, rows, enqueue_seconds = await enqueue(rt, cohort_id)
    if rows != args.members:
        raise BenchError(f"create_push made {rows} rows for {args.members} members")
    log.info("%s: enqueued %d rows in %.1f s", db.name, rows, enqueue_seconds)
    if db.name == "postgres":
        async with store.engine.connect() as connection:
            await connection.execute(text("ANALYZE"))
            await connection.commit()
    return store, rt, populate_seconds, cohort_id, push_id, enqueue_seconds


def load_average() -> float:
    return round(os.getloadavg()[0], 2)


async def normal_run(db: Database, args: argparse.Namespace, http: aiohttp.ClientSession) -> NormalRun:
    load = load_average()
    store, _rt, populate_seconds, _cohort, push_id, enqueue_seconds = await _set_up(db, args)
    enqueue_rss = proc_status_mb("VmHWM")
    api: Child | None = None
    worker: Child | None = None
    try:
        api, api_url = await start_api()
        worker, started = await start_worker(db, api_url, args)
        log.info("%s normal run: sending %d messages at %s/s", db.name, args.members, args.rate)
        done = await worker.wait_event("done", _worker_timeout(args.members, args.rate) + 60)
        received = await api_get(http, api_url, "/_counts")
    finally:
        for child in (worker, api):
            if child is not None:
                await child.close()
        rows = await _rows(store, push_id)
        statuses = await _statuses(store)
        await store.close()
    counts = {int(chat): n for chat, n in received["counts"].items()}
    drain = _drain(done, started, received["times"], args.rate)
    chats = {chat for chat, _ in rows}
    result = NormalRun(
        load_before=load, populate_seconds=round(populate_seconds, 2), enqueue_seconds=round(enqueue_seconds, 2),
        enqueue_rows=len(rows), enqueue_peak_rss_mb=round(enqueue_rss, 1), drain=drain,
        received=sum(counts.values()), chats_twice=sum(1 for n in counts.values() if n > 1),
        chats_missed=sum(1 for chat in chats if counts.get(chat, 0) == 0), statuses=statuses,
    )
    if result.chats_missed or result.chats_twice or statuses != {SENT: args.members} or set(counts) - chats:
        raise BenchError(f"normal run: {result.chats_missed} chats missed, {result.chats_twice} twice, "
                         f"statuses {statuses}")
    log.info("%s normal run: %.1f msg/s (%.3f of %s), peak RSS %.0f MB", db.name, drain.per_second,
             drain.fraction, args.rate, drain.peak_rss_mb)
    return result


async def crash_run(db: Database, args: argparse.Namespace, http: aiohttp.ClientSession) -> CrashRun:
    load = load_average()
    store, _rt, _populate, _cohort, push_id, enqueue_seconds = await _set_up(db, args)
    api: Child | None = None
    worker: Child | None = None
    # Half way, plus a little: halves of even sizes are whole batches, and the kill should fall inside one.
    target = args.members // 2 + KILL_OFFSET
    try:
        api, api_url = await start_api()
        worker, first = await start_worker(db, api_url, args)
        log.info("%s crash run: SIGKILL once %d of %d messages arrived", db.name, target, args.members)
        started = time.monotonic()
        deadline = started + _worker_timeout(args.members, args.rate)
        while (await api_get(http, api_url, "/_stats"))["sent"] < target:
            if worker.process.returncode is not None:
                raise BenchError(f"the worker exited ({worker.process.returncode}) before the kill")
            if time.monotonic() > deadline:
                raise BenchError("the worker did not reach half way in time")
            await asyncio.sleep(POLL_INTERVAL)
        await worker.kill()
        killed_after = time.monotonic() - started
        await asyncio.sleep(KILL_SETTLE)  # let the fake API finish requests that were on the wire
        at_kill = (await api_get(http, api_url, "/_stats"))["sent"]
        sending_at_kill = (await _statuses(store)).get(SENDING, 0)
        if first["uncertain"]:
            raise BenchError(f"the first worker found {first['uncertain']} uncertain rows on a fresh database")
        log.info("%s crash run: killed after %.1f s, %d received, %d rows 'sending'; restarting", db.name,
                 killed_after, at_kill, sending_at_kill)
        worker, second = await start_worker(db, api_url, args)
        done = await worker.wait_event("done", _worker_timeout(args.members, args.rate) + 60)
        received = await api_get(http, api_url, "/_counts")
    finally:
        for child in (worker, api):
            if child is not None:
                await child.close()
    try:
        rows = await _rows(store, push_id)
        statuses = await _statuses(store)
        counts = {int(chat): n for chat, n in received["counts"].items()}
        status_of = dict(rows)
        times = received["times"]
        after_restart = times[at_kill:]  # arrival order: what the second worker sent
        result = CrashRun(
            load_before=load,
            enqueue_seconds=round(enqueue_seconds, 2),
            killed_after_seconds=round(killed_after, 1),
            received_at_kill=at_kill,
            sending_at_kill=sending_at_kill,
            drain_after_restart=_drain(done, second, after_restart, args.rate),
            received=sum(counts.values()),
            statuses=statuses,
            lost=sum(1 for chat, status in rows if counts.get(chat, 0) == 0 and status != UNCERTAIN),
            sent_not_received=sum(1 for chat, status in rows if counts.get(chat, 0) == 0 and status == SENT),
            chats_twice=sum(1 for n in counts.values() if n > 1),
            chats_twice_uncertain=sum(1 for chat, n in counts.items() if n > 1 and status_of.get(chat) == UNCERTAIN),
            uncertain=statuses.get(UNCERTAIN, 0),
            uncertain_received=sum(1 for chat, status in rows if status == UNCERTAIN and counts.get(chat, 0) > 0),
            window=second["window"],
        )
        if set(counts) - set(status_of):
            raise BenchError(f"{len(set(counts) - set(status_of))} chats outside the cohort received messages")
        log.info("%s crash run: lost %d, sent twice %d, uncertain %d (%d of them arrived), window %d", db.name,
                 result.lost, result.chats_twice, result.uncertain, result.uncertain_received, result.window)
    finally:
        await store.close()
    return result


async def bench_database(name: str, args: argparse.Namespace) -> Result:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as http:
        async with database(name, args) as db:
            normal = await normal_run(db, args, http)
            server = db.server
        crash = None
        if not args.no_crash:
            async with database(name, args) as db:
                crash = await crash_run(db, args, http)
    return Result(database=name, code=CODE_SEEN, server=server, members=args.members,
                  rate=args.rate, normal=normal, crash=crash)


# --- report -----------------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    return {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "python_telegram_bot": telegram.__version__,
        "sqlalchemy": sqlalchemy.__version__,
    }


def table(result: Result) -> str:
    n, c = result.normal, result.crash
    d = n.drain
    lines = [
        f"**{result.server}**, {result.members:,} members, SEND_RATE {result.rate:g}/s",
        "",
        "| measure | value |",
        "|---|---:|",
        f"| time to enqueue (Outbox.create_push + commit) | {n.enqueue_seconds:.1f} s |",
        f"| bulk insert of the members (set-up, not the bot's path) | {n.populate_seconds:.1f} s |",
        f"| achieved send rate (worker) | {d.per_second:.1f}/s = **{d.fraction:.3f}** of {result.rate:g} |",
        f"| rate seen by the fake API | {d.api_per_second:.1f}/s |",
        f"| sending time | {d.seconds:.1f} s |",
        f"| sender CPU per message | {d.cpu_ms_per_message:.2f} ms |",
        f"| sender peak RSS | {d.peak_rss_mb:.0f} MB |",
        f"| load average when the run started | {n.load_before:.1f} |",
    ]
    if c is not None:
        r = c.drain_after_restart
        lines += [
            f"| crash: killed after / received at kill / rows 'sending' at kill | {c.killed_after_seconds:.0f} s / "
            f"{c.received_at_kill:,} / {c.sending_at_kill} |",
            f"| crash: deliveries lost (target 0) | **{c.lost}** |",
            f"| crash: chats sent twice (target 0) | **{c.chats_twice}** |",
            f"| crash: uncertain (of which arrived) | {c.uncertain} ({c.uncertain_received}) |",
            f"| crash: in-flight window (most rows 'sending' at once) | {c.window} |",
            f"| crash: rate after restart | {r.per_second:.1f}/s = {r.fraction:.3f} |",
        ]
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.outbox", description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--rate", type=float, default=500, help="SEND_RATE, messages per second")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--no-crash", action="store_true", help="only the normal run")
    parser.add_argument("--profile", type=Path, help="write a cProfile of each worker into this folder")
    parser.add_argument("--cpu-hog", type=int, default=0, metavar="N",
                        help="keep N busy-loop processes running, pinned from the last core down (bench/cpu_hog.py); "
                             "python -m bench.outbox_hog compares with and without in one run")
    parser.add_argument("--postgres-url", default=postgres_url(),
                        help="PostgreSQL database to create temporary schemas in (env BENCH_POSTGRES_URL)")
    args = parser.parse_args(argv)
    if not 2 <= args.members <= 1_000_000:
        parser.error("--members must be between 2 and 1000000")
    if not 1 <= args.rate <= 1000:
        parser.error("--rate must be between 1 and 1000 (SEND_RATE's own limit)")
    return args


async def main_async(args: argparse.Namespace) -> list[Result]:
    databases = ("sqlite", "postgres") if args.db == "both" else (args.db,)
    with cpu_hog(args.cpu_hog):
        return [await bench_database(name, args) for name in databases]


def main(argv: list[str] | None = None) -> int:
    configure_logging()
    args = parse_args(argv)
    started = time.perf_counter()
    try:
        results = asyncio.run(main_async(args))
    except BenchError as error:
        print(f"benchmark aborted: {error}", file=sys.stderr)
        return 1
    info = machine()
    for result in results:
        print()
        print(table(result))
        d = result.normal.drain
        print(f"\n{result.database} normal run, where the drain loop spent its time: {json.dumps(d.timing)}")
        print(f"{result.database} normal run, sender stats: {d.stats}")
    print(f"\nbot code (sha256[:12]): {CODE_SEEN}")
    print(f"{info['cpus']} CPUs, Python {info['python']}, python-telegram-bot {info['python_telegram_bot']}, "
          f"SQLAlchemy {info['sqlalchemy']}; {time.perf_counter() - started:.0f} s in all")
    if args.json is not None:
        document = {
            "benchmark": "outbox",
            "machine": info,
            "workload": {"members": args.members, "rate": args.rate, "series": SERIES, "crash": not args.no_crash},
            "results": [asdict(r) for r in results],
        }
        args.json.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
