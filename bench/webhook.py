"""Updates per second through webhook mode, with one and two replicas, against the bare echo baseline.

    python -m bench.webhook [--updates N] [--concurrency C] [--rounds R] [--json out.json] [--postgres-url URL]

Setups (each on a fresh PostgreSQL database, created here and dropped afterwards, migrated by the first
replica's start; the second replica starts once the first is ready):

* 1 replica / 2 replicas: `python -m bot run` processes in MODE=webhook (as tests/test_replicas.py starts
  them), pointed through TELEGRAM_API_BASE_URL at the fake Bot API running in a process of its own
  (bench/fake_api_server.py), so it competes with neither the bots nor the load generator for an event loop.
  This process POSTs N `/help` updates, each from a different person (so per-chat ordering serializes
  nothing), with C requests in flight, round-robin over the replicas' webhook URLs, with the secret header.
  Timed from the first POST until the sum of `bot_updates_handled_total` over the replicas' /metrics reaches
  N: HTTP intake + dedupe insert + handler + sendMessage to the fake API, end to end. The POSTs' answer time
  (the replica answers once the update id is claimed in the database and the update is queued) is reported
  as median and p95.
* echo baseline: the bare python-telegram-bot echo bot of bench/lesson_path.py (imported from there) on the
  bot's own aiohttp transport, with the same shape as there: long polling against an in-process FakeBotApi,
  closed loop, C people at once with one outstanding update each, N / C updates each. It has no HTTP intake,
  so no POST latency. Its rounds are interleaved with the replica rounds (echo, replicas, echo, replicas...),
  so each ratio compares rounds run under the same load; the ratio reported is the median of those pairs.

A short untimed warm-up precedes the timed rounds of each setup. Everything stays on 127.0.0.1; every child process is
stopped (SIGTERM, then SIGKILL) and every database dropped on the way out.
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
import socket
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import asdict, dataclass
from pathlib import Path

import aiohttp
import telegram
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from bench.lesson_path import (
    ECHO_USERS_FROM,
    TOKEN,
    WARNINGS,
    Driven,
    Round,
    build_echo_application,
    echo_round,
)
from bench.measure import postgres_url
from bot.devtools.fake_bot_api import FakeBotApi, message_update
from bot.settings import PROJECT_ROOT

SECRET = "bench-webhook-secret_0123456789"
PATH = "/telegram/webhook"
HOST = "127.0.0.1"
USERS_FROM = 3_000_001
WARMUP = 64

START_TIMEOUT = 90.0  # a replica (or the fake API) from exec to ready
RUN_TIMEOUT = 300.0  # one timed run, POSTs and handling
POST_TIMEOUT = 30.0  # one POST
STOP_TIMEOUT = 15.0  # a child process after SIGTERM

log = logging.getLogger("bench.webhook")


class BenchError(Exception):
    """The run did not go as planned (a POST failed, a process died); the numbers would lie."""


@dataclass
class Result:
    """One setup: medians over its rounds, and the echo rounds interleaved with them."""

    setup: str
    updates: int  # per round
    seconds: float
    per_second: float
    post_p50_ms: float | None
    post_p95_ms: float | None
    send_message_calls: int | None = None
    handled_per_replica: list[int] | None = None
    cpu_seconds_children: float | None = None
    rounds_per_second: list[float] | None = None
    echo_rounds_per_second: list[float] | None = None
    echo_per_second: float | None = None
    ratio: float | None = None  # median over rounds of (this round / the echo round just before it)
    cpu_ms_per_update: float | None = None  # the bot processes', median over rounds


# --- processes --------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


async def stop_process(process: asyncio.subprocess.Process) -> None:
    if process.returncode is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        process.send_signal(signal.SIGTERM)
    try:
        await asyncio.wait_for(process.wait(), STOP_TIMEOUT)
    except TimeoutError:
        with contextlib.suppress(ProcessLookupError):
            process.kill()
        await asyncio.wait_for(process.wait(), STOP_TIMEOUT)


@contextlib.asynccontextmanager
async def fake_api_process(workdir: Path) -> AsyncIterator[str]:
    """bench/fake_api_server.py in its own process; yields its base URL."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bench.fake_api_server", "--token", TOKEN, "--host", HOST,
        cwd=str(workdir), env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL)
    try:
        assert process.stdout is not None
        line = await asyncio.wait_for(process.stdout.readline(), START_TIMEOUT)
        if not line:
            raise BenchError("the fake API process exited before listening")
        yield json.loads(line)["url"]
    finally:
        await stop_process(process)


async def start_replica(url: str, api_url: str, port: int, workdir: Path, index: int) -> asyncio.subprocess.Process:
    env = {**os.environ, "BOT_TOKEN": TOKEN, "DATABASE_URL": url, "TELEGRAM_API_BASE_URL": api_url,
           "PSEUDONYM_KEY": "bench-webhook-pseudonym-key", "MODE": "webhook", "WEBHOOK_URL": "https://bot.example.org",
           "WEBHOOK_SECRET": SECRET, "WEBHOOK_PATH": PATH, "HTTP_HOST": HOST, "HTTP_PORT": str(port),
           "QUIET_HOURS": "off", "LOG_LEVEL": "WARNING", "SHUTDOWN_GRACE_SECONDS": "5",
           "PYTHONPATH": str(PROJECT_ROOT)}
    stderr = (workdir / f"replica-{index}.log").open("wb")  # a file, not a pipe: a full pipe would stall it
    try:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=str(workdir), env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=stderr)
    finally:
        stderr.close()


async def metric(session: aiohttp.ClientSession, port: int, name: str) -> float | None:
    """Sum of a metric's samples on a replica's /metrics; None when it does not answer (yet)."""
    try:
        async with session.get(f"http://{HOST}:{port}/metrics", timeout=aiohttp.ClientTimeout(total=5)) as response:
            if response.status != 200:
                return None
            body = await response.text()
    except (aiohttp.ClientError, TimeoutError):
        return None
    values = [float(line.rsplit(" ", 1)[1]) for line in body.splitlines() if line.startswith(name)]
    return sum(values) if values else 0.0


def log_tail(path: Path, size: int = 2000) -> str:
    return path.read_text(errors="replace")[-size:]


async def wait_ready(session: aiohttp.ClientSession, port: int, process: asyncio.subprocess.Process,
                     log_file: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while await metric(session, port, "bot_outbox_leader") is None:
        if process.returncode is not None:
            tail = log_tail(log_file)
            raise BenchError(f"replica on port {port} exited with {process.returncode}:\n{tail}")
        if time.monotonic() > deadline:
            raise BenchError(f"replica on port {port} not ready after {START_TIMEOUT:.0f} s")
        await asyncio.sleep(0.2)


@contextlib.asynccontextmanager
async def fresh_database(admin_url: str) -> AsyncIterator[str]:
    name = f"bench_webhook_{uuid.uuid4().hex[:10]}"
    admin = create_async_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as connection:
            await connection.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield admin_url.rsplit("/", 1)[0] + f"/{name}"
        finally:
            async with admin.connect() as connection:
                await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        await admin.dispose()


# --- load ---------------------------------------------------------------------------------------------------


async def post_all(session: aiohttp.ClientSession, urls: list[str], first_id: int, count: int,
                   concurrency: int) -> list[float]:
    """POST `count` `/help` updates, each from a different person, C at once, round-robin over `urls`."""
    latencies: list[float] = []
    next_index = iter(range(count))
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    timeout = aiohttp.ClientTimeout(total=POST_TIMEOUT)

    async def worker() -> None:
        for n in next_index:  # shared iterator: each index is taken once
            update_id = first_id + n
            payload = {"update_id": update_id, **message_update(USERS_FROM + update_id, "/help")}
            started = time.perf_counter()
            async with session.post(urls[n % len(urls)], json=payload, headers=headers, timeout=timeout) as response:
                await response.read()
                if response.status != 200:
                    raise BenchError(f"update {update_id}: HTTP {response.status}")
            latencies.append(time.perf_counter() - started)

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies


async def handled(session: aiohttp.ClientSession, ports: list[int]) -> list[int]:
    values = [await metric(session, port, "bot_updates_handled_total") for port in ports]
    if any(v is None for v in values):
        raise BenchError("a replica stopped answering /metrics")
    return [int(v or 0) for v in values]


async def messages_sent(session: aiohttp.ClientSession, api_url: str) -> int:
    """Every sendMessage the fake API received (it counts outbox lessons and other messages apart)."""
    async with session.get(f"{api_url}/_stats") as response:
        stats = await response.json()
    return int(stats["sent"]) + int(stats["other_sends"])


async def wait_handled(session: aiohttp.ClientSession, ports: list[int], target: int, deadline: float) -> list[int]:
    while True:
        counts = await handled(session, ports)
        if sum(counts) >= target:
            return counts
        if time.monotonic() > deadline:
            raise BenchError(f"only {sum(counts)} of {target} updates handled in time")
        await asyncio.sleep(0.02)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def children_cpu(processes: list[asyncio.subprocess.Process]) -> float:
    """CPU seconds (user + system) the processes have used so far, from /proc (Linux); 0 elsewhere."""
    total = 0.0
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    for process in processes:
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


class EchoBaseline:
    """The echo bot, running for the whole benchmark, so that its rounds can be interleaved with the others."""

    def __init__(self, concurrency: int, updates: int) -> None:
        self.users = list(range(ECHO_USERS_FROM, ECHO_USERS_FROM + concurrency))
        self.steps = max(1, round(updates / concurrency))
        self.api = FakeBotApi(TOKEN)
        self.bot: Driven | None = None

    async def start(self) -> None:
        await self.api.start(HOST, 0)
        self.bot = Driven("echo", self.api, build_echo_application(self.api))
        await self.bot.start()
        await echo_round(self.bot, self.users, max(1, WARMUP // len(self.users)))  # warm-up, untimed

    async def round(self) -> Round:
        assert self.bot is not None
        return await echo_round(self.bot, self.users, self.steps)

    async def stop(self) -> None:
        if self.bot is not None:
            with contextlib.suppress(Exception):
                await self.bot.stop()
        await self.api.stop()


async def bench_replicas(replicas: int, args: argparse.Namespace, echo: EchoBaseline) -> Result:
    with tempfile.TemporaryDirectory(prefix="bench-webhook-") as directory:
        workdir = Path(directory)
        async with fresh_database(args.postgres_url) as url, fake_api_process(workdir) as api_url, \
                aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=args.concurrency + 8)) as session:
            processes: list[asyncio.subprocess.Process] = []
            ports = [free_port() for _ in range(replicas)]
            # per round: seconds, CPU seconds, POST latencies, sendMessage calls, handled per replica
            rounds: list[tuple[float, float, list[float], float, list[int]]] = []
            echo_rounds: list[Round] = []
            try:
                for index, port in enumerate(ports):  # one after the other: the first one migrates
                    processes.append(await start_replica(url, api_url, port, workdir, index))
                    await wait_ready(session, port, processes[-1], workdir / f"replica-{index}.log")
                urls = [f"http://{HOST}:{port}{PATH}" for port in ports]

                await post_all(session, urls, 1, WARMUP, args.concurrency)
                await wait_handled(session, ports, WARMUP, time.monotonic() + RUN_TIMEOUT)
                next_id = 1 + WARMUP
                for _ in range(args.rounds):
                    echo_rounds.append(await echo.round())
                    before = await handled(session, ports)
                    sent_before = await messages_sent(session, api_url)
                    cpu_before = children_cpu(processes)
                    started = time.perf_counter()
                    deadline = time.monotonic() + RUN_TIMEOUT
                    try:
                        latencies = await asyncio.wait_for(
                            post_all(session, urls, next_id, args.updates, args.concurrency), RUN_TIMEOUT)
                    except BenchError as error:
                        tails = [log_tail(workdir / f"replica-{index}.log", 1500) for index in range(replicas)]
                        raise BenchError(f"{error}; the replicas' logs end with: {tails}") from None
                    next_id += args.updates
                    after = await wait_handled(session, ports, sum(before) + args.updates, deadline)
                    seconds = time.perf_counter() - started
                    cpu = children_cpu(processes) - cpu_before
                    sent = await messages_sent(session, api_url) - sent_before
                    if sent < args.updates:
                        raise BenchError(f"{sent} sendMessage calls for {args.updates} /help updates")
                    rounds.append((seconds, cpu, latencies, sent, [a - b for a, b in zip(after, before, strict=True)]))
                    log.info("%d replica(s): echo %.0f upd/s, webhook %.0f upd/s", replicas,
                             echo_rounds[-1].per_second, args.updates / seconds)
                for index in range(replicas):
                    tail = log_tail(workdir / f"replica-{index}.log")
                    if "Traceback" in tail:
                        raise BenchError(f"replica {index} logged a traceback: {tail}")
            finally:
                for process in processes:
                    await stop_process(process)
    latencies = [value for r in rounds for value in r[2]]
    per_round = [args.updates / r[0] for r in rounds]
    median_round = sorted(rounds, key=lambda r: r[0])[len(rounds) // 2]
    return Result(
        setup=f"webhook, {replicas} replica{'s' if replicas > 1 else ''}",
        updates=args.updates,
        seconds=round(statistics.median(r[0] for r in rounds), 3),
        per_second=round(statistics.median(per_round), 1),
        post_p50_ms=round(1000 * statistics.median(latencies), 2),
        post_p95_ms=round(1000 * percentile(latencies, 0.95), 2),
        send_message_calls=int(median_round[3]),
        handled_per_replica=median_round[4],
        cpu_seconds_children=round(statistics.median(r[1] for r in rounds), 2),
        rounds_per_second=[round(v, 1) for v in per_round],
        echo_rounds_per_second=[round(r.per_second, 1) for r in echo_rounds],
        echo_per_second=round(statistics.median(r.per_second for r in echo_rounds), 1),
        ratio=round(statistics.median(v / e.per_second for v, e in zip(per_round, echo_rounds, strict=True)), 3),
        cpu_ms_per_update=round(statistics.median(1000 * r[1] / args.updates for r in rounds), 2),
    )


# --- report -------------------------------------------------------------------------------------------------


def table(results: list[Result]) -> str:
    def ms(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.1f}"

    lines = ["| setup | updates/s | echo in the same rounds | ratio to echo | POST p50 ms | POST p95 ms "
             "| bot CPU per update |", "|---|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        lines.append(f"| {r.setup} | {r.per_second:.0f} | {r.echo_per_second:.0f} | {r.ratio:.2f} | "
                     f"{ms(r.post_p50_ms)} | {ms(r.post_p95_ms)} | {r.cpu_ms_per_update:.2f} ms |")
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.webhook", description=__doc__.split("\n\n")[0])
    parser.add_argument("--updates", type=int, default=2000, help="updates per timed run")
    parser.add_argument("--concurrency", type=int, default=32, help="POSTs in flight (echo: people at once)")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds per setup, each after an echo round")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--postgres-url", default=postgres_url(),
                        help="a PostgreSQL database to CREATE/DROP the run's databases from (env BENCH_POSTGRES_URL)")
    args = parser.parse_args(argv)
    if not 1 <= args.updates <= 100_000:
        parser.error("--updates must be between 1 and 100000")
    if not 1 <= args.rounds <= 20:
        parser.error("--rounds must be between 1 and 20")
    if not 1 <= args.concurrency <= 64:
        parser.error("--concurrency must be between 1 and 64 (TrackingUpdateProcessor runs 64 updates at once)")
    if "127.0.0.1" not in args.postgres_url and "localhost" not in args.postgres_url:
        parser.error("--postgres-url must point at 127.0.0.1 or localhost")
    return args


async def main_async(args: argparse.Namespace) -> list[Result]:
    results = []
    echo = EchoBaseline(args.concurrency, args.updates)
    await echo.start()
    try:
        for replicas in (1, 2):
            results.append(await bench_replicas(replicas, args, echo))
            log.info("%s: %.0f updates/s, %.2f of the echo in the same rounds", results[-1].setup,
                     results[-1].per_second, results[-1].ratio)
    finally:
        await echo.stop()
    return results


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)
    logging.getLogger().addHandler(WARNINGS)  # echo_round refuses a round in which anything logged a warning
    log.setLevel(logging.INFO)
    args = parse_args(argv)
    load_before = os.getloadavg()
    started = time.perf_counter()
    try:
        results = asyncio.run(main_async(args))
    except (BenchError, TimeoutError) as error:
        print(f"benchmark aborted: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    info = {"cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version(),
            "python_telegram_bot": telegram.__version__,
            "load_average_before": [round(x, 2) for x in load_before],
            "load_average_after": [round(x, 2) for x in os.getloadavg()]}
    print()
    print(table(results))
    print()
    print(f"{args.updates} updates per webhook round, {args.concurrency} POSTs in flight, median of {args.rounds} "
          f"rounds, each after an echo round ({args.concurrency} people at once); {info['cpus']} CPUs, "
          f"Python {info['python']}, "
          f"python-telegram-bot {info['python_telegram_bot']}; {time.perf_counter() - started:.0f} s in all; "
          f"load average {load_before[0]:.2f} before, {info['load_average_after'][0]:.2f} after")
    for r in results:
        print(f"{r.setup}: rounds {r.rounds_per_second} upd/s against echo {r.echo_rounds_per_second}; median round "
              f"{r.seconds} s, handled per replica {r.handled_per_replica}, {r.send_message_calls} sendMessage calls, "
              f"{r.cpu_seconds_children} CPU s in the bot processes ({r.cpu_ms_per_update} ms per update)")
    if args.json is not None:
        document = {"benchmark": "webhook", "machine": info,
                    "workload": {"updates": args.updates, "concurrency": args.concurrency, "rounds": args.rounds,
                                 "text": "/help"},
                    "results": [asdict(r) for r in results]}
        args.json.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
