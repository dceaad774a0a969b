"""Two bot processes in webhook mode on one PostgreSQL: updates spread over both, exactly one runs the outbox
sender, and when it is killed the other takes over the push within 10 seconds without losing a delivery."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
import pytest
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import create_async_engine

from bot.content.catalog import load_catalog
from bot.devtools.fake_bot_api import FakeBotApi, message_update
from bot.services.outbox import Outbox
from bot.services.schedule import QuietHours
from bot.settings import PROJECT_ROOT
from bot.store.db import Store
from bot.store.models import Cohort, CohortMember, Delivery, User
from tests.auxil.harness import TOKEN
from tests.conftest import POSTGRES_URL
from tests.test_webhook import PATH, SECRET, free_port

MEMBERS = 40
pytestmark = pytest.mark.skipif(not POSTGRES_URL, reason="TEST_POSTGRES_URL is not set (CI sets it)")


@pytest.fixture
async def database_url() -> AsyncIterator[str]:
    """A database of its own (separate processes cannot share a test schema through the URL)."""
    assert POSTGRES_URL
    name = f"replicas_{uuid.uuid4().hex[:10]}"
    admin = create_async_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    async with admin.connect() as connection:
        await connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield POSTGRES_URL.rsplit("/", 1)[0] + f"/{name}"
    async with admin.connect() as connection:
        await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    await admin.dispose()


async def seed_push(url: str) -> None:
    store = Store(url)
    await store.migrate()
    outbox = Outbox(load_catalog(PROJECT_ROOT / "content"), QuietHours(0, 0))
    now = datetime.now(UTC)
    async with store.transaction() as session:
        cohort = Cohort(code="replicas", name="Replicas", audience="youth_13_15", locale="en", timezone="UTC",
                        closed=False)
        session.add(cohort)
        await session.flush()
        for n in range(MEMBERS):
            user = User(telegram_id=900_000 + n, locale="en", audience="youth", age_band="13-15", country="KE",
                        consent_at=now, stopped=False, inactive=False, verified=False)
            session.add(user)
            await session.flush()
            session.add(CohortMember(cohort_id=cohort.id, user_id=user.id))
        await session.flush()
        await outbox.create_push(session, cohort, "in-control", mode="now", now=now)
    await store.close()


def start_replica(url: str, api: FakeBotApi, port: int, tmp: Path) -> asyncio.subprocess.Process:
    env = {**os.environ, "BOT_TOKEN": TOKEN, "DATABASE_URL": url, "TELEGRAM_API_BASE_URL": api.base_url,
           "PSEUDONYM_KEY": "replica-test-pseudonym-key", "MODE": "webhook", "WEBHOOK_URL": "https://bot.example.org",
           "WEBHOOK_SECRET": SECRET, "HTTP_HOST": "127.0.0.1", "HTTP_PORT": str(port), "SEND_RATE": "5",
           "QUIET_HOURS": "off", "LOG_LEVEL": "WARNING", "SHUTDOWN_GRACE_SECONDS": "5"}
    return asyncio.create_subprocess_exec(  # type: ignore[return-value]
        sys.executable, "-m", "bot", "run", cwd=str(tmp), env={**env, "PYTHONPATH": str(PROJECT_ROOT)},
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)


async def metric(port: int, name: str) -> float | None:
    try:
        async with aiohttp.ClientSession() as session, session.get(f"http://127.0.0.1:{port}/metrics") as response:
            body = await response.text()
    except aiohttp.ClientError:
        return None
    values = [float(line.rsplit(" ", 1)[1]) for line in body.splitlines() if line.startswith(name)]
    return sum(values) if values else 0.0


async def wait_for(condition, timeout: float) -> float:
    """Seconds until `condition()` (async) holds, polling the processes' own state; fails after `timeout`."""
    started = time.monotonic()
    while not await condition():
        if time.monotonic() - started > timeout:
            raise TimeoutError("condition not met in time")
        await asyncio.sleep(0.1)
    return time.monotonic() - started


async def test_two_replicas_share_work_and_hand_over_the_sender(database_url: str, fake_api: FakeBotApi,
                                                                tmp_path: Path) -> None:
    await seed_push(database_url)
    ports = [free_port(), free_port()]
    replicas = [await start_replica(database_url, fake_api, port, tmp_path) for port in ports]
    try:
        async def both_ready() -> bool:
            return all([await metric(p, "bot_outbox_leader") is not None for p in ports])
        await wait_for(both_ready, 60)

        # Updates spread over both replicas (the load balancer alternates); each is handled once.
        async with aiohttp.ClientSession() as session:
            for n in range(10):
                port = ports[n % 2]
                payload = {"update_id": 1000 + n, **message_update(800 + n, "/help")}
                async with session.post(f"http://127.0.0.1:{port}{PATH}", json=payload,
                                        headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}) as response:
                    assert response.status == 200

        async def all_handled() -> bool:
            return sum([await metric(p, "bot_updates_handled_total") or 0 for p in ports]) >= 10
        await wait_for(all_handled, 20)
        assert all([(await metric(p, "bot_updates_handled_total") or 0) >= 5 for p in ports])

        # Exactly one replica runs the sender.
        leaders = [await metric(p, "bot_outbox_leader") for p in ports]
        assert sorted(leaders) == [0.0, 1.0]
        leader = leaders.index(1.0)

        def pushed() -> int:
            return sum(1 for c in fake_api.calls if c.method == "sendMessage" and "📬" in c.text)

        async def some_sent() -> bool:
            return pushed() >= 8
        await wait_for(some_sent, 30)
        replicas[leader].send_signal(signal.SIGKILL)
        await replicas[leader].wait()
        survivor = ports[1 - leader]

        async def took_over() -> bool:
            return await metric(survivor, "bot_outbox_leader") == 1.0
        takeover = await wait_for(took_over, 10)
        assert takeover <= 10

        store = Store(database_url)
        async def finished() -> bool:
            async with store.transaction() as session:
                left = await session.scalar(select(func.count()).select_from(Delivery)
                                            .where(Delivery.status.in_(["pending", "sending"])))
            return left == 0
        await wait_for(finished, 40)
        async with store.transaction() as session:
            statuses = dict((await session.execute(
                select(Delivery.status, func.count()).group_by(Delivery.status))).all())
        await store.close()
        assert statuses.get("sent", 0) + statuses.get("uncertain", 0) == MEMBERS  # nothing lost
        received = [c.chat_id for c in fake_api.calls if c.method == "sendMessage" and "📬" in c.text]
        duplicates = len(received) - len(set(received))
        assert duplicates <= statuses.get("uncertain", 0)  # only inside the in-flight window
        assert len(set(received)) >= statuses.get("sent", 0)
    finally:
        for process in replicas:
            if process.returncode is None:
                process.send_signal(signal.SIGKILL)
                await process.wait()


async def test_sigterm_finishes_and_exits_zero(database_url: str, fake_api: FakeBotApi, tmp_path: Path) -> None:
    port = free_port()
    process = await start_replica(database_url, fake_api, port, tmp_path)
    try:
        async def ready() -> bool:
            return await metric(port, "bot_outbox_leader") == 1.0
        await wait_for(ready, 60)
        process.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(process.wait(), 20)
        stderr = (await process.stderr.read()).decode()  # type: ignore[union-attr]
        assert code == 0, stderr
        assert "Traceback" not in stderr
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
