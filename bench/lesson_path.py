"""Benchmark of the lesson path against a bare python-telegram-bot echo bot, both on the fake Bot API.

    python -m bench.lesson_path [--db sqlite|postgres|both] [--users N] [--rounds R] [--steps S] [--json out.json]

Both bots run in this process with the ApplicationBuilder options the real bot uses (base_url pointed at a
FakeBotApi on 127.0.0.1, long polling, a TrackingUpdateProcessor for concurrent updates), so the ratio isolates
what the bot does per update on top of python-telegram-bot itself:

* echo baseline: one MessageHandler that sends the text back with send_message;
* lesson path:   the real Application from bot.chat.application.build_application: callback routing, a database
  transaction (read the person and their progress, write progress, quiz answers and analytics events),
  Fluent formatting of the step, answerCallbackQuery and sendMessage with an inline keyboard.

Workload (closed loop): N people at once, one outstanding update each. A person's next update is pushed only
when TrackingUpdateProcessor.wait_processed says the bot has completely finished the previous one. In a lesson
round each person presses `go:in-control`, then the next button (nx:...) or the first quiz option (qa:...) of
the last message the bot sent them; at the end of a lesson `go:`, at the end of the series `rs:`. The echo
round pushes the same number of plain text messages with the same shape. Rounds of the two alternate;
the medians of updates per second are reported. People are onboarded first (not timed) as 13-15 year olds
in Kenya.

Everything stays on loopback; nothing here talks to Telegram.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import logging
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy
import telegram
from sqlalchemy import event, func, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import Pool
from telegram import Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes, MessageHandler, filters

from bench.measure import postgres_url
from bot.chat.application import ALLOWED_UPDATES, build_application
from bot.chat.processing import TrackingUpdateProcessor
from bot.chat.transport import AiohttpRequest
from bot.cli.runner import freeze_startup_objects
from bot.devtools.fake_bot_api import FakeBotApi, callback_update, message_update
from bot.services.runtime import Runtime
from bot.services.send_budget import SendBudget
from bot.settings import PROJECT_ROOT, Settings
from bot.store.db import DEFAULT_TIMEOUT, Store
from bot.store.models import User

TOKEN = "123456:BENCH-token-for-the-fake-api"
PSEUDONYM_KEY = "bench-pseudonym-key-0123456789"
SERIES = "in-control"
ONBOARDING = ("lang:en", "aud:youth", "age:13-15", "cty:KE", "cns:yes")
SUBJECT_USERS_FROM = 1_000_001
ECHO_USERS_FROM = 2_000_001

UPDATE_TIMEOUT = 30.0  # one update, from push to "processed"
PHASE_TIMEOUT = 120.0  # one timed round or the onboarding of everyone
POLL_TIMEOUT = 5  # long-polling timeout the bots use against the fake API

log = logging.getLogger("bench.lesson_path")


class BenchError(Exception):
    """The workload did not go as planned (the bot answered something unexpected); the numbers would lie."""


# --- logging ----------------------------------------------------------------------------------------------


class _Counter(logging.Handler):
    """Counts WARNING+ records, so a round where the bot logged errors is flagged instead of reported."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0
        self.last: str = ""

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        self.last = f"{record.name}: {record.getMessage()}"


WARNINGS = _Counter()


def configure_logging() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # httpx logs every request URL at INFO, and Bot API URLs contain the token.
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)
    logging.getLogger().addHandler(WARNINGS)
    log.setLevel(logging.INFO)


# --- one bot on one fake API ------------------------------------------------------------------------------


@dataclass
class Driven:
    """A running Application polling its own FakeBotApi; `deliver` pushes an update and waits until done."""

    name: str
    api: FakeBotApi
    app: Application
    errors: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        # After the bot's own error handler: keep the first errors' messages, which the bot logs by type only.
        self.app.add_error_handler(self._remember_error)

    async def _remember_error(self, _update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        if len(self.errors) < 20:
            self.errors.append(f"{type(context.error).__name__}: {str(context.error)[:200]}")

    @property
    def processor(self) -> TrackingUpdateProcessor:
        return self.app.update_processor  # type: ignore[return-value]

    async def start(self) -> None:
        await self.app.initialize()
        await self.app.start()
        assert self.app.updater is not None
        await self.app.updater.start_polling(poll_interval=0, timeout=POLL_TIMEOUT, allowed_updates=ALLOWED_UPDATES)

    async def stop(self) -> None:
        updater = self.app.updater
        if updater is not None and updater.running:
            await updater.stop()
        if self.app.running:
            await self.app.stop()
        await self.app.shutdown()

    async def deliver(self, payload: dict[str, Any]) -> None:
        update_id = self.api.push_update(payload)
        await self.processor.wait_processed(update_id, timeout=UPDATE_TIMEOUT)


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_chat is not None and update.effective_message is not None
    await context.bot.send_message(chat_id=update.effective_chat.id, text=update.effective_message.text or "")


def build_echo_application(api: FakeBotApi, transport: str = "aiohttp") -> Application:
    """A bare python-telegram-bot bot with the ApplicationBuilder options of bot.chat.application. transport
    "aiohttp": the bot's own transport (bot/chat/transport.py), as the lesson path uses, so the two compare like
    with like; "httpx": python-telegram-bot's default HTTPXRequest, what a plain PTB bot would use."""
    builder = (
        ApplicationBuilder()
        .token(TOKEN)
        .base_url(f"{api.base_url}/bot")
        .base_file_url(f"{api.base_url}/file/bot")
        .concurrent_updates(TrackingUpdateProcessor())
    )
    if transport == "aiohttp":
        builder = builder.request(AiohttpRequest(connection_pool_size=256)).get_updates_request(
            AiohttpRequest(connection_pool_size=1))
    application = builder.build()
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, _echo))
    return application


# --- databases --------------------------------------------------------------------------------------------


@contextlib.asynccontextmanager
async def sqlite_database() -> AsyncIterator[tuple[str, dict[str, Any], str]]:
    with tempfile.TemporaryDirectory(prefix="bench-lesson-") as directory:
        yield f"sqlite+aiosqlite:///{Path(directory) / 'bot.db'}", {}, f"SQLite {sqlite3.sqlite_version}"


@contextlib.asynccontextmanager
async def postgres_database(url: str) -> AsyncIterator[tuple[str, dict[str, Any], str]]:
    """A fresh schema for this run (dropped afterwards); the engine reaches it through search_path."""
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = create_async_engine(url)
    try:
        async with admin.begin() as connection:
            version = str(await connection.scalar(text("SHOW server_version"))).split()[0]
            await connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        try:
            yield url, {"connect_args": {"server_settings": {"search_path": schema}}}, f"PostgreSQL {version}"
        finally:
            async with admin.begin() as connection:
                await connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    finally:
        await admin.dispose()


# --- workloads --------------------------------------------------------------------------------------------


class LastMessages:
    """The newest message the fake API holds for each chat, found without scanning every message.

    The fake numbers messages 1, 2, 3... per chat and the lesson path never deletes any, so the newest one is
    found by walking forward from the last one seen.
    """

    def __init__(self, api: FakeBotApi) -> None:
        self.api = api
        self._newest: dict[int, int] = {}

    def newest(self, chat_id: int) -> dict[str, Any]:
        number = self._newest.get(chat_id, 0)
        while (chat_id, number + 1) in self.api.messages:
            number += 1
        self._newest[chat_id] = number
        message = self.api.messages.get((chat_id, number))
        if message is None:
            raise BenchError(f"the bot has sent nothing to chat {chat_id}")
        return message


def lesson_button(message: dict[str, Any]) -> str:
    """The button a learner presses next: next/continue or the first quiz option; else next lesson/restart."""
    data = [
        button["callback_data"]
        for row in (message.get("reply_markup") or {}).get("inline_keyboard", [])
        for button in row
        if button.get("callback_data")
    ]
    for item in data:
        if item.startswith(("nx:", "qa:")):
            return item
    for wanted in (f"go:{SERIES}", f"rs:{SERIES}"):
        if wanted in data:
            return wanted
    raise BenchError(f"no lesson button in the last message: {data} / {str(message.get('text'))[:80]!r}")


class ThreadHops:
    """Counts hand-offs from other threads back to the event loop (`call_soon_threadsafe`: aiosqlite's answers,
    `run_in_executor`'s results) while switched on: on SQLite each is one database call done in a thread."""

    def __init__(self) -> None:
        self.count = 0
        self.on = False
        self._loop: asyncio.AbstractEventLoop | None = None

    def install(self) -> None:
        self._loop = loop = asyncio.get_running_loop()
        original = loop.call_soon_threadsafe

        def counting(*args: Any, **kwargs: Any) -> Any:
            if self.on:
                self.count += 1
            return original(*args, **kwargs)

        loop.call_soon_threadsafe = counting  # type: ignore[method-assign]

    def uninstall(self) -> None:
        if self._loop is not None:
            del self._loop.call_soon_threadsafe  # the class's method again


HOPS = ThreadHops()


@dataclass
class Round:
    updates: int
    seconds: float
    cpu_seconds: float  # of this whole process (bots, fake API, driver; all threads): less sensitive to other load
    latencies: list[float] = field(repr=False)

    @property
    def per_second(self) -> float:
        return self.updates / self.seconds


Payload = Callable[[int, int], dict[str, Any]]  # (user id, step in the round) -> update payload


async def closed_loop(bot: Driven, users: list[int], steps: int, payload: Payload) -> Round:
    """Every user at once, one outstanding update each, `steps` updates per user; wall time of the whole."""
    latencies: list[float] = []

    async def person(user: int) -> None:
        for step in range(steps):
            started = time.perf_counter()
            await bot.deliver(payload(user, step))
            latencies.append(time.perf_counter() - started)

    gc.collect()
    started, cpu_started = time.perf_counter(), time.process_time()
    await asyncio.wait_for(asyncio.gather(*(person(u) for u in users)), PHASE_TIMEOUT)
    return Round(len(users) * steps, time.perf_counter() - started, time.process_time() - cpu_started, latencies)


def _calls_since(api: FakeBotApi, mark: int, method: str) -> list[Any]:
    return [c for c in api.calls[mark:] if c.method == method]


async def echo_round(bot: Driven, users: list[int], steps: int) -> Round:
    mark, warned = len(bot.api.calls), WARNINGS.count
    result = await closed_loop(bot, users, steps, lambda user, step: message_update(user, f"hello {step}"))
    sent = len(_calls_since(bot.api, mark, "sendMessage"))
    if sent != result.updates or WARNINGS.count != warned:
        raise BenchError(f"echo: {sent} messages for {result.updates} updates; last warning: {WARNINGS.last}; "
                         f"errors: {bot.errors[:3]}")
    return result


async def lesson_round(bot: Driven, last: LastMessages, users: list[int], steps: int) -> Round:
    def payload(user: int, step: int) -> dict[str, Any]:
        message = last.newest(user)
        data = f"go:{SERIES}" if step == 0 else lesson_button(message)
        return callback_update(user, data, message)

    mark, warned = len(bot.api.calls), WARNINGS.count
    HOPS.on = True
    try:
        result = await closed_loop(bot, users, steps, payload)
    except BenchError as error:
        raise BenchError(f"{error}; errors: {bot.errors[:3]}") from None
    finally:
        HOPS.on = False
    # A card with a picture goes out as a photo (with the text as its caption, or followed by the text).
    sent = len(_calls_since(bot.api, mark, "sendMessage")) + len(_calls_since(bot.api, mark, "sendPhoto"))
    stale = [c for c in _calls_since(bot.api, mark, "answerCallbackQuery") if c.params.get("text")]
    if sent < result.updates or stale or WARNINGS.count != warned:
        raise BenchError(
            f"lesson: {sent} messages for {result.updates} updates, {len(stale)} stale-button answers; "
            f"last warning: {WARNINGS.last or '-'}; errors: {bot.errors[:3]}"
        )
    return result


async def onboard(bot: Driven, rt: Runtime, last: LastMessages, users: list[int]) -> None:
    async def person(user: int) -> None:
        await bot.deliver(message_update(user, "/start"))
        for data in ONBOARDING:
            await bot.deliver(callback_update(user, data, last.newest(user)))

    await asyncio.wait_for(asyncio.gather(*(person(u) for u in users)), PHASE_TIMEOUT)
    async with rt.store.transaction() as session:
        onboarded = await session.scalar(
            select(func.count()).select_from(User).where(User.consent_at.is_not(None), User.age_band == "13-15")
        )
    if onboarded != len(users):
        raise BenchError(f"onboarding finished for {onboarded} of {len(users)} people")


# --- profiling (optional) ---------------------------------------------------------------------------------


def package_of(path: str) -> str:
    """The top-level package a source file belongs to: installed, the project's, or the standard library's."""
    parts = Path(path).parts
    if "site-packages" in parts:
        rest = parts[parts.index("site-packages") + 1:]
        return rest[0].removesuffix(".py") if rest else "site-packages"
    with contextlib.suppress(ValueError):
        return Path(path).relative_to(PROJECT_ROOT).parts[0]
    for index, part in enumerate(parts):
        if part.startswith("python3") and index + 1 < len(parts):
            return "stdlib " + parts[index + 1].removesuffix(".py")
    return path if path.startswith("<") else "other"


class Profiling:
    """cProfile (standard library) or pyinstrument (when installed) around one extra, unreported lesson round.

    The report is rendered by `report()`, after the bots are stopped: rendering takes long and would otherwise
    block the event loop the bots run on.
    """

    def __init__(self, kind: str, out: Path | None, updates: int) -> None:
        self.kind = kind
        self.out = out
        self.updates = updates
        self._profiler: Any = None
        self._result: Any = None

    @contextlib.contextmanager
    def running(self) -> Any:
        if self.kind == "pyinstrument":
            from pyinstrument import Profiler  # not a project dependency: pip install pyinstrument

            self._profiler = Profiler(interval=0.001, async_mode="disabled")
            self._profiler.start()
            try:
                yield
            finally:
                self._result = self._profiler.stop()
            return
        import cProfile

        self._profiler = cProfile.Profile()
        self._profiler.enable()
        try:
            yield
        finally:
            self._profiler.disable()
            self._result = self._profiler

    def report(self) -> None:
        if self._result is None:
            return
        if self.out is not None:
            self.out.parent.mkdir(parents=True, exist_ok=True)
        if self.kind == "pyinstrument":
            _print_pyinstrument(self._result)
            if self.out is not None:
                self._result.save(str(self.out.with_suffix(".pyisession")))
                self.out.with_suffix(".html").write_text(self._profiler.output_html(), encoding="utf-8")
            return
        import pstats

        stats = pstats.Stats(self._result, stream=sys.stdout)
        if self.out is not None:  # with full paths, so that package_of can group it
            stats.dump_stats(str(self.out))
        by_package: dict[str, float] = {}
        for (path, _line, _name), (_cc, _nc, own, _cumulative, _callers) in stats.stats.items():  # type: ignore[attr-defined]
            by_package[package_of(path)] = by_package.get(package_of(path), 0.0) + own
        whole = sum(by_package.values()) or 1.0
        print("own time by package:")
        for name, seconds in sorted(by_package.items(), key=lambda item: -item[1])[:20]:
            print(f"  {100 * seconds / whole:5.1f}%  {seconds:6.2f} s  {name}")
        print(f"calls per update ({self.updates} updates; independent of load):")
        for label, count in counted_calls(stats.stats).items():  # type: ignore[attr-defined]
            print(f"  {count / self.updates:8.1f}  {label}")
        stats.strip_dirs().sort_stats("tottime").print_stats(30)


COUNTED = {  # (file name ends with, function name) -> label
    ("_telegramobject.py", "__setattr__"): "TelegramObject.__setattr__",
    ("~", "<method 'send' of '_socket.socket' objects>"): "socket send",
    ("~", "<method 'put_nowait' of '_queue.SimpleQueue' objects>"): "thread queue put (aiosqlite)",
    ("~", "<method 'put' of '_queue.SimpleQueue' objects>"): "thread queue put (executor)",
    ("coercions.py", "expect"): "SQLAlchemy coercions.expect",
    ("session.py", "_connection_for_bind"): "ORM session connections",
    ("default.py", "_init_compiled"): "SQL executions (compiled)",
}


def counted_calls(stats: dict[Any, Any]) -> dict[str, int]:
    """How often some telling functions ran, from cProfile's primitive call counts."""
    counts = dict.fromkeys(COUNTED.values(), 0)
    for (path, _line, name), (primitive, *_rest) in stats.items():
        for (suffix, wanted), label in COUNTED.items():
            if name == wanted and path.endswith(suffix):
                counts[label] += primitive
    return counts


def _print_pyinstrument(session: Any) -> None:
    """Self time of the main thread by package and by function (wall-clock samples; idle shows as epoll)."""
    by_package: dict[str, float] = {}
    by_function: dict[str, float] = {}
    stack = [session.root_frame()]
    while stack:
        frame = stack.pop()
        if frame is None or frame.is_synthetic:
            continue
        stack.extend(frame.children)
        own = frame.time - sum(child.time for child in frame.children if not child.is_synthetic)
        if own <= 0:
            continue
        package = package_of(frame.file_path) if frame.file_path else "<built-in>"
        by_package[package] = by_package.get(package, 0.0) + own
        name = f"{frame.function}  {frame.file_path_short or '<built-in>'}:{frame.line_no}"
        by_function[name] = by_function.get(name, 0.0) + own
    whole = sum(by_package.values()) or 1.0
    print(f"main thread: {whole:.1f} s sampled")
    print("self time by package:")
    for name, seconds in sorted(by_package.items(), key=lambda item: -item[1])[:20]:
        print(f"  {100 * seconds / whole:5.1f}%  {seconds:6.2f} s  {name}")
    print("self time by function:")
    for name, seconds in sorted(by_function.items(), key=lambda item: -item[1])[:30]:
        print(f"  {100 * seconds / whole:5.1f}%  {seconds:6.2f} s  {name}")


# --- one database -----------------------------------------------------------------------------------------


@dataclass
class Result:
    """`echo` is the echo bot on the bot's own transport (like with like); `ptb_echo` the echo bot on
    python-telegram-bot's default HTTPX transport. Ratios are lesson / baseline (updates per second) and
    baseline / lesson (CPU per update), so 1.0 means "as cheap as the baseline" either way."""

    database: str
    server: str
    echo_per_second: float
    ptb_echo_per_second: float
    lesson_per_second: float
    ratio: float
    ptb_ratio: float
    echo_rounds: list[float]
    ptb_echo_rounds: list[float]
    lesson_rounds: list[float]
    lesson_latency_ms: dict[str, float]
    lesson_sql_statements_per_update: float
    lesson_thread_hops_per_update: float
    lesson_connects_per_1000_updates: float
    lesson_bot_api_calls_per_update: dict[str, float]
    echo_latency_ms: dict[str, float]
    echo_cpu_ms_per_update: float
    ptb_echo_cpu_ms_per_update: float
    lesson_cpu_ms_per_update: float
    cpu_ratio: float  # echo CPU per update / lesson CPU per update: the ratio with other processes' load removed
    ptb_cpu_ratio: float
    echo_cpu_rounds_ms: list[float]
    ptb_echo_cpu_rounds_ms: list[float]
    lesson_cpu_rounds_ms: list[float]
    updates_per_round: int


def _latency(rounds: list[Round]) -> dict[str, float]:
    values = sorted(v for r in rounds for v in r.latencies)
    if not values:
        return {}
    return {
        "p50": round(1000 * values[len(values) // 2], 2),
        "p95": round(1000 * values[min(len(values) - 1, int(len(values) * 0.95))], 2),
        "max": round(1000 * values[-1], 2),
    }


def _cpu_ms(rounds: list[Round]) -> list[float]:
    return [round(1000 * r.cpu_seconds / r.updates, 3) for r in rounds]


async def bench_database(name: str, args: argparse.Namespace) -> Result:
    database = sqlite_database() if name == "sqlite" else postgres_database(args.postgres_url)
    async with database as (url, engine_options, server):
        echo_api, ptb_echo_api, bot_api = FakeBotApi(TOKEN), FakeBotApi(TOKEN), FakeBotApi(TOKEN)
        for api in (echo_api, ptb_echo_api, bot_api):
            await api.start("127.0.0.1")
        settings = Settings(  # type: ignore[call-arg]
            _env_file=None,
            bot_token=TOKEN,
            database_url=url,
            telegram_api_base_url=bot_api.base_url,
            pseudonym_key=PSEUDONYM_KEY,
            poll_timeout=POLL_TIMEOUT,
        )
        statements, connects = [0], [0]

        def count_statement(*_: Any) -> None:
            statements[0] += 1

        def count_connect(*_: Any) -> None:
            connects[0] += 1

        store = Store(settings.database_url, timeout=args.store_timeout, **{**engine_options, **args.engine_options})
        rt: Runtime | None = None
        echo = ptb_echo = subject = None
        profile: Profiling | None = None
        try:
            await store.migrate()
            rt = Runtime.build(settings, store)
            # Telegram's 30 messages a second (SendBudget) would cap the lesson path at 30 upd/s and leave the CPU
            # idle; the fake API has no such limit, and this measures the cost of an update, not Telegram's pace.
            rt.send_budget = SendBudget(rate=1_000_000)
            echo = Driven("echo", echo_api, build_echo_application(echo_api, "aiohttp"))
            ptb_echo = Driven("ptb-echo", ptb_echo_api, build_echo_application(ptb_echo_api, "httpx"))
            subject = Driven("lesson", bot_api, build_application(rt))
            for driven in (echo, ptb_echo, subject):
                await driven.start()
            freeze_startup_objects()  # as `python -m bot run` does once it has started

            echo_users = list(range(ECHO_USERS_FROM, ECHO_USERS_FROM + args.users))
            users = list(range(SUBJECT_USERS_FROM, SUBJECT_USERS_FROM + args.users))
            last = LastMessages(bot_api)
            log.info("%s: onboarding %d people (not timed)", name, len(users))
            await onboard(subject, rt, last, users)
            # Warm-up (not timed): connection pools, SQLAlchemy's statement cache, PTB's HTTP connections.
            await echo_round(echo, echo_users, 3)
            await echo_round(ptb_echo, echo_users, 3)
            await lesson_round(subject, last, users, 3)

            # Every engine of the process: the store's, and the one of its SQLite thread (bot/store/statements.py).
            event.listen(Engine, "before_cursor_execute", count_statement)
            event.listen(Pool, "connect", count_connect)  # new database connections (a pool that had to grow)
            HOPS.install()
            statements_before, calls_before, hops_before = statements[0], len(bot_api.calls), HOPS.count
            connects_before = connects[0]
            echo_rounds: list[Round] = []
            ptb_echo_rounds: list[Round] = []
            lesson_rounds: list[Round] = []
            for number in range(1, args.rounds + 1):
                # Interleaved, the order rotating each round, so drifting load from other processes falls on all.
                order = [("echo", echo), ("ptb", ptb_echo), ("lesson", subject)]
                shift = (number - 1) % len(order)
                for kind, driven in order[shift:] + order[:shift]:
                    if kind == "lesson":
                        lesson_rounds.append(await lesson_round(driven, last, users, args.steps))
                    else:
                        (echo_rounds if kind == "echo" else ptb_echo_rounds).append(
                            await echo_round(driven, echo_users, args.steps))
                log.info("%s round %d/%d: echo %.0f upd/s %.2f ms, PTB-default echo %.0f upd/s %.2f ms, "
                         "lesson %.0f upd/s %.2f ms CPU/update", name, number, args.rounds,
                         echo_rounds[-1].per_second, _cpu_ms(echo_rounds)[-1],
                         ptb_echo_rounds[-1].per_second, _cpu_ms(ptb_echo_rounds)[-1],
                         lesson_rounds[-1].per_second, _cpu_ms(lesson_rounds)[-1])
            lesson_updates = sum(r.updates for r in lesson_rounds)
            sql_per_update = (statements[0] - statements_before) / lesson_updates
            hops_per_update = (HOPS.count - hops_before) / lesson_updates
            connects_per_thousand = 1000 * (connects[0] - connects_before) / lesson_updates
            calls_per_update: dict[str, float] = {}
            for call in bot_api.calls[calls_before:]:
                calls_per_update[call.method] = calls_per_update.get(call.method, 0) + 1 / lesson_updates
            if args.profile:
                out = args.profile_out
                profile = Profiling(args.profile, out.with_name(f"{out.stem}-{name}{out.suffix}") if out else None,
                                    args.users * args.steps)
                with profile.running():
                    try:
                        await lesson_round(subject, last, users, args.steps)
                    except (BenchError, TimeoutError) as error:
                        print(f"the profiled round failed (profiling slows the bot down): {error}")
        finally:
            if event.contains(Engine, "before_cursor_execute", count_statement):
                event.remove(Engine, "before_cursor_execute", count_statement)
            if event.contains(Pool, "connect", count_connect):
                event.remove(Pool, "connect", count_connect)
            for driven in (subject, ptb_echo, echo):
                if driven is not None:
                    with contextlib.suppress(Exception):
                        await driven.stop()
            HOPS.uninstall()
            await store.close()
            for api in (bot_api, ptb_echo_api, echo_api):
                await api.stop()

    if profile is not None:
        print(f"\n## profile of one extra lesson round ({name}, {args.profile})\n")
        profile.report()
    echo_cpu = statistics.median(_cpu_ms(echo_rounds))
    ptb_echo_cpu = statistics.median(_cpu_ms(ptb_echo_rounds))
    lesson_cpu = statistics.median(_cpu_ms(lesson_rounds))
    echo_median = statistics.median(r.per_second for r in echo_rounds)
    ptb_echo_median = statistics.median(r.per_second for r in ptb_echo_rounds)
    lesson_median = statistics.median(r.per_second for r in lesson_rounds)
    return Result(
        database=name,
        server=server,
        echo_per_second=round(echo_median, 1),
        ptb_echo_per_second=round(ptb_echo_median, 1),
        lesson_per_second=round(lesson_median, 1),
        ratio=round(lesson_median / echo_median, 3),
        ptb_ratio=round(lesson_median / ptb_echo_median, 3),
        echo_rounds=[round(r.per_second, 1) for r in echo_rounds],
        ptb_echo_rounds=[round(r.per_second, 1) for r in ptb_echo_rounds],
        lesson_rounds=[round(r.per_second, 1) for r in lesson_rounds],
        lesson_latency_ms=_latency(lesson_rounds),
        lesson_sql_statements_per_update=round(sql_per_update, 2),
        lesson_thread_hops_per_update=round(hops_per_update, 2),
        lesson_connects_per_1000_updates=round(connects_per_thousand, 1),
        lesson_bot_api_calls_per_update={k: round(v, 2) for k, v in sorted(calls_per_update.items())},
        echo_latency_ms=_latency(echo_rounds),
        echo_cpu_ms_per_update=round(echo_cpu, 2),
        ptb_echo_cpu_ms_per_update=round(ptb_echo_cpu, 2),
        lesson_cpu_ms_per_update=round(lesson_cpu, 2),
        cpu_ratio=round(echo_cpu / lesson_cpu, 3),
        ptb_cpu_ratio=round(ptb_echo_cpu / lesson_cpu, 3),
        echo_cpu_rounds_ms=_cpu_ms(echo_rounds),
        ptb_echo_cpu_rounds_ms=_cpu_ms(ptb_echo_rounds),
        lesson_cpu_rounds_ms=_cpu_ms(lesson_rounds),
        updates_per_round=args.users * args.steps,
    )


# --- report -----------------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    return {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "python_telegram_bot": telegram.__version__,
        "sqlalchemy": sqlalchemy.__version__,
    }


def table(results: list[Result]) -> str:
    lines = [
        "| database | echo, same transport | echo, PTB default | lesson path | ratio (same / PTB) "
        "| CPU ms per update: echo / PTB echo / lesson | CPU ratio (same / PTB) |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r.server} | {r.echo_per_second:.0f} upd/s | {r.ptb_echo_per_second:.0f} upd/s "
            f"| {r.lesson_per_second:.0f} upd/s | {r.ratio:.2f} / {r.ptb_ratio:.2f} "
            f"| {r.echo_cpu_ms_per_update:.2f} / {r.ptb_echo_cpu_ms_per_update:.2f} / {r.lesson_cpu_ms_per_update:.2f} "
            f"| {r.cpu_ratio:.2f} / {r.ptb_cpu_ratio:.2f} |"
        )
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.lesson_path", description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--users", type=int, default=50, help="people at once, one outstanding update each")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds of each bot (median reported)")
    parser.add_argument("--steps", type=int, default=20, help="updates per person per round")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--postgres-url", default=postgres_url(),
                        help="PostgreSQL database to create a temporary schema in (env BENCH_POSTGRES_URL)")
    parser.add_argument("--profile", choices=("cprofile", "pyinstrument"),
                        help="profile one extra lesson round per database (not part of the numbers)")
    parser.add_argument("--profile-out", type=Path, help="where to keep the profile (pstats, or HTML for pyinstrument)")
    parser.add_argument("--engine-options", type=json.loads, default={},
                        help='experiments only: extra SQLAlchemy engine options for the bot, e.g. \'{"pool_size": 1}\'')
    parser.add_argument("--store-timeout", type=float, default=DEFAULT_TIMEOUT,
                        help="the store's timeout in seconds (DATABASE_TIMEOUT); raise it when the machine is so busy "
                             "that onboarding fails")
    args = parser.parse_args(argv)
    for option in ("users", "rounds", "steps"):
        if not 1 <= getattr(args, option) <= 10_000:
            parser.error(f"--{option} must be between 1 and 10000")
    if args.users > 64:
        parser.error("--users must be at most 64 (TrackingUpdateProcessor runs 64 updates at once)")
    return args


async def main_async(args: argparse.Namespace) -> list[Result]:
    databases = ("sqlite", "postgres") if args.db == "both" else (args.db,)
    return [await bench_database(name, args) for name in databases]


def main(argv: list[str] | None = None) -> int:
    configure_logging()
    args = parse_args(argv)
    load_before = os.getloadavg()
    started = time.perf_counter()
    try:
        results = asyncio.run(main_async(args))
    except BenchError as error:
        print(f"benchmark aborted: {error}", file=sys.stderr)
        return 1
    except TimeoutError:
        print(f"benchmark aborted: an update took over {UPDATE_TIMEOUT:.0f} s, or a round over {PHASE_TIMEOUT:.0f} s",
              file=sys.stderr)
        return 1
    info = machine()
    info["load_average_before"] = [round(x, 2) for x in load_before]
    info["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    print()
    print(table(results))
    print()
    print(f"{args.users} people at once, {args.steps} updates each per round ({args.users * args.steps} updates), "
          f"median of {args.rounds} rounds; {info['cpus']} CPUs, Python {info['python']}, "
          f"python-telegram-bot {info['python_telegram_bot']}, SQLAlchemy {info['sqlalchemy']}; "
          f"{time.perf_counter() - started:.0f} s in all; load average {load_before[0]:.2f} before, "
        f"{info['load_average_after'][0]:.2f} after (other processes make the numbers noisy)")
    for r in results:
        print(f"{r.database}: CPU per update (whole process, per round): echo {r.echo_cpu_rounds_ms} ms, "
              f"PTB-default echo {r.ptb_echo_cpu_rounds_ms} ms, lesson {r.lesson_cpu_rounds_ms} ms")
        print(f"{r.database}: lesson path per update: {r.lesson_sql_statements_per_update} SQL statements, "
              f"{r.lesson_thread_hops_per_update} thread hand-offs to the event loop, "
              f"{r.lesson_connects_per_1000_updates} new connections per 1,000 updates, "
              f"Bot API calls {r.lesson_bot_api_calls_per_update}")
        print(f"{r.database}: lesson rounds {r.lesson_rounds} upd/s, latency {r.lesson_latency_ms} ms; "
              f"echo rounds {r.echo_rounds} upd/s, latency {r.echo_latency_ms} ms; "
              f"PTB-default echo rounds {r.ptb_echo_rounds} upd/s")
    if args.json is not None:
        document = {
            "benchmark": "lesson_path",
            "machine": info,
            "workload": {"users": args.users, "steps": args.steps, "rounds": args.rounds, "series": SERIES,
                         "engine_options": args.engine_options},
            "results": [asdict(r) for r in results],
        }
        args.json.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
