"""Memory of the bot's process: idle after start-up, and after many onboarded people have each used it.

    python -m bench.memory [--db sqlite|postgres] [--people 10000] [--bot-root DIR] [--json out.json]

The bot is a real `python -m bot run` process (MODE=polling), pointed through TELEGRAM_API_BASE_URL at a fake Bot
API in a process of its own (this module with --fake-api: bench/fake_api_server.py's counting fake, which keeps
no messages, plus a POST /_push route to queue updates). Memory is read from /proc/<pid>/status of the bot's
process: VmRSS (resident now) and VmHWM (its own peak).

1. idle: once /metrics answers, after 3 s without updates.
2. people: `--people` onboarded people (13-15, Kenya; inserted into the database before the bot starts) each tap
   a lesson button once, 1,000 first, then the rest, 50 at a time. The taps are stale (a step they are not on),
   so the bot reads the person and their progress, answers the tap, and records the day's activity, but sends no
   message: replies are paced at Telegram's 30 a second, and 10,000 of them would take six minutes without touching any
   other per-person state. "Per person" is (RSS after all - RSS after 1,000) / (people - 1,000).

--bot-root runs the bot from another checkout (the code before a change) with the same harness; --env NAME=VALUE
sets an environment variable in the bot's process only (e.g. MALLOC_ARENA_MAX=2).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web
from sqlalchemy import insert

from bench.fake_api_server import CountingFakeBotApi
from bench.lesson_path import TOKEN
from bench.measure import postgres_url, proc_status_mb
from bench.webhook import HOST, free_port, fresh_database, metric, stop_process
from bot.devtools.fake_bot_api import callback_update
from bot.settings import PROJECT_ROOT
from bot.store.db import Store
from bot.store.models import User, utcnow

PEOPLE_FROM = 5_000_001
FIRST = 1_000
START_TIMEOUT = 90.0
RUN_TIMEOUT = 600.0
IDLE_SECONDS = 3.0
BATCH = 50  # taps queued at once (the bot handles 64 at once)


class PushingFakeBotApi(CountingFakeBotApi):
    """The counting fake with POST /_push: a JSON list of update payloads, queued in order."""

    def _add_routes(self, app: web.Application) -> None:
        app.router.add_post("/_push", self._push)
        super()._add_routes(app)

    async def _push(self, request: web.Request) -> web.Response:
        payloads = await request.json()
        return web.json_response({"update_ids": [self.push_update(payload) for payload in payloads]})


async def serve_fake_api() -> None:
    api = PushingFakeBotApi(TOKEN)
    url = await api.start(HOST, 0)
    print(json.dumps({"event": "listening", "url": url}), flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    try:
        await stop.wait()
    finally:
        await api.stop()


@contextlib.asynccontextmanager
async def fake_api_process() -> AsyncIterator[str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bench.memory", "--fake-api", cwd=str(PROJECT_ROOT),
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}, stdout=asyncio.subprocess.PIPE)
    try:
        assert process.stdout is not None
        line = await asyncio.wait_for(process.stdout.readline(), START_TIMEOUT)
        yield json.loads(line)["url"]
    finally:
        await stop_process(process)


@contextlib.asynccontextmanager
async def database(kind: str, workdir: Path) -> AsyncIterator[str]:
    if kind == "sqlite":
        yield f"sqlite+aiosqlite:///{workdir / 'bot.db'}"
        return
    async with fresh_database(postgres_url()) as url:
        yield url


async def onboard_in_database(url: str, people: int) -> None:
    """`people` onboarded people, written straight into the database (onboarding itself is not measured)."""
    store = Store(url)
    try:
        await store.migrate()
        now = utcnow()
        rows = [dict(telegram_id=PEOPLE_FROM + n, locale="en", audience="youth", age_band="13-15", country="KE",
                     consent_at=now, stopped=False, inactive=False, verified=False) for n in range(people)]
        async with store.transaction() as session:
            for start in range(0, len(rows), 5_000):
                await session.execute(insert(User), rows[start:start + 5_000])
    finally:
        await store.close()


def stale_tap(person: int) -> dict[str, Any]:
    message = {"message_id": 1, "date": int(time.time()), "chat": {"id": person, "type": "private"},
               "from": {"id": 1, "is_bot": True, "first_name": "Safety Bot"}, "text": "..."}
    return callback_update(person, "nx:in-control:0:99", message)


async def handled(session: aiohttp.ClientSession, port: int) -> int:
    return int(await metric(session, port, "bot_updates_handled_total") or 0)


async def push_and_wait(session: aiohttp.ClientSession, api_url: str, port: int, people: range) -> None:
    """The taps in batches of BATCH, each pushed once the bot has handled the one before: a backlog of thousands of
    queued updates would measure the backlog (the memory it leaves behind), not what each person costs."""
    done = await handled(session, port)
    batch = list(people)
    deadline = time.monotonic() + RUN_TIMEOUT
    for start in range(0, len(batch), BATCH):
        chunk = batch[start:start + BATCH]
        async with session.post(f"{api_url}/_push", json=[stale_tap(p) for p in chunk]) as response:
            response.raise_for_status()
        done += len(chunk)
        while await handled(session, port) < done:
            if time.monotonic() > deadline:
                raise TimeoutError(f"the bot did not handle {len(people)} taps in {RUN_TIMEOUT:.0f} s")
            await asyncio.sleep(0.02)


def memory(pid: int) -> dict[str, float]:
    """VmRSS and its split: RssAnon (the heap: Python objects, malloc arenas) and RssFile (mapped files, mostly
    shared libraries' code, which other processes running the same libraries share)."""
    return {field: round(proc_status_mb(name, pid), 1)
            for field, name in (("rss_mb", "VmRSS"), ("anon_mb", "RssAnon"), ("file_mb", "RssFile"),
                                ("hwm_mb", "VmHWM"))}


async def run(args: argparse.Namespace, root: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as directory:
        workdir = Path(directory)
        async with database(args.db, workdir) as url, fake_api_process() as api_url, \
                aiohttp.ClientSession() as session:
            await onboard_in_database(url, args.people)
            port = free_port()
            env = {**os.environ, "BOT_TOKEN": TOKEN, "DATABASE_URL": url, "TELEGRAM_API_BASE_URL": api_url,
                   "PSEUDONYM_KEY": "bench-memory-pseudonym-key", "MODE": "polling", "HTTP_HOST": HOST,
                   "HTTP_PORT": str(port), "LOG_LEVEL": "WARNING", "QUIET_HOURS": "off", "PYTHONPATH": str(root),
                   **dict(setting.split("=", 1) for setting in args.env)}
            log_path = workdir / "bot.log"
            with log_path.open("wb") as log_file:
                bot = await asyncio.create_subprocess_exec(
                    sys.executable, "-m", "bot", "run", cwd=str(workdir), env=env,
                    stdout=asyncio.subprocess.DEVNULL, stderr=log_file)
            try:
                deadline = time.monotonic() + START_TIMEOUT
                while await metric(session, port, "bot_updates_handled_total") is None:
                    if bot.returncode is not None or time.monotonic() > deadline:
                        raise RuntimeError(f"the bot did not start: {log_path.read_text()[-2000:]}")
                    await asyncio.sleep(0.2)
                await asyncio.sleep(IDLE_SECONDS)
                idle = memory(bot.pid)
                await push_and_wait(session, api_url, port, range(PEOPLE_FROM, PEOPLE_FROM + FIRST))
                await asyncio.sleep(IDLE_SECONDS)
                first = memory(bot.pid)
                await push_and_wait(session, api_url, port, range(PEOPLE_FROM + FIRST, PEOPLE_FROM + args.people))
                await asyncio.sleep(IDLE_SECONDS)
                everyone = memory(bot.pid)
                async with session.get(f"{api_url}/_stats") as response:
                    stats = await response.json()
            finally:
                await stop_process(bot)
            if "Traceback" in log_path.read_text():
                raise RuntimeError(f"the bot logged a traceback: {log_path.read_text()[-2000:]}")
    per_person_kb = 1024 * (everyone["rss_mb"] - first["rss_mb"]) / max(1, args.people - FIRST)
    return {"db": args.db, "bot_root": str(root), "people": args.people, "idle": idle, f"after_{FIRST}": first,
            "after_all": everyone, "per_person_kb": round(per_person_kb, 2),
            "answers": stats["other_methods"].get("answerCallbackQuery", 0), "messages_sent": stats["other_sends"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.memory", description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--bot-root", help="run the bot from this checkout (default: this one)")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                        help="an environment variable for the bot's process only, e.g. MALLOC_ARENA_MAX=2")
    parser.add_argument("--fake-api", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.fake_api:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(serve_fake_api())
        return 0
    if not FIRST < args.people <= 100_000:
        parser.error(f"--people must be between {FIRST + 1} and 100000")
    load = os.getloadavg()[0]
    result = asyncio.run(run(args, Path(args.bot_root).resolve() if args.bot_root else PROJECT_ROOT))
    result["load_average_before"] = round(load, 2)
    print(json.dumps(result, indent=2))
    if args.json is not None:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
