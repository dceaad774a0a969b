"""STATS_DATABASE_URL: statistics, exports and the dashboard read from a replica, never write there, and fall back
to the primary when it does not answer. The same PostgreSQL server stands in for the replica: a read-only
connection to the same schema (no write may go there), or another schema (reads really go there)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy.exc import DBAPIError

from bot.services.api_tokens import create_token
from bot.services.runtime import Runtime
from bot.store.db import ReadStore, Store
from bot.store.models import ApiToken, Cohort
from bot.web import create_web_app
from tests.auxil.harness import make_settings
from tests.conftest import POSTGRES_URL, postgres_schema
from tests.test_api_stats import MARCH, runtime_for, seed, seed_checkins, seed_cohorts

UNREACHABLE = "postgresql+asyncpg://postgres@127.0.0.1:1/none"
READ_PATHS = ["reach?group_by=country,month&from=2026-02-01&to=2026-03-31", "funnel?from=2026-03-01&to=2026-03-31",
              "checkins", "checkins/{round}", "checkins/{round}/capabilities", "checkins/{round}/flow-results",
              "checkins/{round}/flow-results/responses", "cohorts", "reach?format=csv&group_by=audience"]
needs_postgres = pytest.mark.skipif(not POSTGRES_URL, reason="TEST_POSTGRES_URL is not set (CI sets it)")


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Served:
    client: TestClient
    rt: Runtime
    token: str
    round_id: int

    async def read(self, path: str) -> tuple[int, str]:
        response = await self.client.get(f"/api/v1/{path.format(round=self.round_id)}",
                                         headers={"Authorization": f"Bearer {self.token}"})
        return response.status, await response.text()


async def seeded(primary: Store) -> tuple[str, int]:
    await primary.migrate()
    await seed(primary)
    round_id = await seed_checkins(primary)
    await seed_cohorts(primary)
    async with primary.transaction() as session:
        _row, token = await create_token(session, "replica-tests")
    return token, round_id


@asynccontextmanager
async def serve(primary: Store, reads: ReadStore | None, data: tuple[str, int]) -> AsyncIterator[Served]:
    token, round_id = data
    rt = runtime_for(primary)
    if reads is not None:
        rt.stats_store = reads  # type: ignore[misc]  # what STATS_DATABASE_URL gives, pointed at a test schema
    client = TestClient(TestServer(create_web_app(rt)))
    await client.start_server()
    try:
        yield Served(client, rt, token, round_id)
    finally:
        await client.close()


@pytest.fixture
async def primary(database: tuple[str, dict[str, Any]]) -> AsyncIterator[Store]:
    url, options = database
    store = Store(url, **options)
    yield store
    await store.close()


def test_the_setting_gives_the_runtime_a_replica(tmp_path: Any) -> None:
    settings = make_settings(f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}", "http://127.0.0.1:9",
                             stats_database_url="postgresql://reader@replica.internal/bot")
    rt = Runtime.build(settings)
    assert rt.stats_store.replica is not None
    assert rt.stats_store.replica.url == "postgresql+asyncpg://reader@replica.internal/bot"
    assert rt.stats_store.primary.url == rt.store.url  # the primary, with STATS_TIMEOUT
    assert rt.stats_store.primary.timeout == settings.stats_timeout
    assert Runtime.build(make_settings(settings.database_url, "http://127.0.0.1:9")).stats_store.replica is None


async def test_an_unreachable_replica_falls_back_to_the_primary(primary: Store,
                                                                caplog: pytest.LogCaptureFixture) -> None:
    data = await seeded(primary)
    async with serve(primary, None, data) as direct:
        expected = [await direct.read(path) for path in READ_PATHS]
    clock = FakeMonotonic()
    reads = ReadStore(primary, Store(UNREACHABLE), retry_after=30, monotonic=clock)
    try:
        async with serve(primary, reads, data) as served:
            with caplog.at_level(logging.WARNING, logger="bot.store.db"):
                answers = [await served.read(path) for path in READ_PATHS]
            assert [status for status, _ in answers] == [200] * len(READ_PATHS)
            assert [body for _, body in answers] == [body for _, body in expected]  # the primary's answers
            assert reads.fallbacks == 1  # tried once, then left alone for 30 s
            assert [r.getMessage() for r in caplog.records] == [
                "statistics replica unavailable (ConnectionRefusedError); reading from the primary for the next 30s"]
            clock.now += 31
            assert (await served.read("cohorts"))[0] == 200
            assert reads.fallbacks == 2  # tried again after retry_after
    finally:
        await reads.close()


@needs_postgres
async def test_nothing_is_written_through_the_replica() -> None:
    """The replica is the same schema over a read-only connection: every read works, a write would fail."""
    async with postgres_schema() as (url, options):
        primary = Store(url, **options)
        settings = {**options["connect_args"]["server_settings"], "default_transaction_read_only": "on"}
        reads = ReadStore.for_url(primary, url, connect_args={"server_settings": settings})
        try:
            async with serve(primary, reads, await seeded(primary)) as served:
                async with reads.transaction() as session:  # the connection really is read-only
                    session.add(ApiToken(name="x", token_hash="0" * 64))
                    with pytest.raises(DBAPIError, match="read-only transaction"):
                        await session.flush()
                answers = [await served.read(path) for path in READ_PATHS]
                assert [status for status, _ in answers] == [200] * len(READ_PATHS), answers
                assert reads.fallbacks == 0
                assert '"reached"' in answers[0][1]
        finally:
            await reads.close()
            await primary.close()


@needs_postgres
async def test_statistics_are_read_from_the_replica() -> None:
    """The replica is another schema with one cohort more: what the API shows is the replica's."""
    async with postgres_schema() as (url, options), postgres_schema() as (_url, replica_options):
        primary, replica = Store(url, **options), Store(url, **replica_options)
        reads = ReadStore(primary, replica)
        try:
            await replica.migrate()
            await seed_cohorts(replica)
            async with replica.transaction() as session:
                session.add(Cohort(code="onreplica1", name="Only on the replica", audience="caregiver",
                                   locale="en", timezone="UTC", closed=False))
            async with serve(primary, reads, await seeded(primary)) as served:
                status, body = await served.read("cohorts")
                assert status == 200 and "Only on the replica" in body
                status, body = await served.read(f"reach?from={MARCH['from']}&to={MARCH['to']}")
                assert status == 200 and '"value": 0' in body  # the replica's rollup is empty
        finally:
            await reads.close()
            await primary.close()


@needs_postgres
async def test_the_dashboard_reads_through_the_replica_and_never_writes_there() -> None:
    """Sign-in and sessions are written on the primary; every page reads through a read-only replica."""
    from tests.test_dashboard import MARCH as DASHBOARD_PERIOD
    from tests.test_dashboard import PAGES, _dash

    async with postgres_schema() as (url, options):
        dashboards = _dash((url, options), dashboard_url="http://127.0.0.1:8080")
        dash = await anext(dashboards)
        try:
            settings = {**options["connect_args"]["server_settings"], "default_transaction_read_only": "on"}
            reads = ReadStore.for_url(dash.rt.stats_store.primary, url, connect_args={"server_settings": settings})
            dash.rt.stats_store = reads  # type: ignore[misc]  # closed with the runtime
            cookie = await dash.sign_in()
            for path in [*PAGES, f"/dashboard/checkins/{dash.round_id}"]:
                await dash.page(path, cookie, **DASHBOARD_PERIOD)
            assert reads.fallbacks == 0 and reads.replica_in_use
        finally:
            await dashboards.aclose()
