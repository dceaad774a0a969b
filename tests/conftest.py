from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from bot.content.catalog import load_catalog
from bot.devtools.fake_bot_api import FakeBotApi
from bot.services.safety import SafetyMatcher
from bot.settings import PROJECT_ROOT
from bot.store.db import Store
from tests.auxil.harness import TOKEN, BotHarness

POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if POSTGRES_URL or not os.environ.get("CI"):
        return
    raise pytest.UsageError("CI must run the PostgreSQL tests: set TEST_POSTGRES_URL")


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"


@asynccontextmanager
async def postgres_schema() -> AsyncIterator[tuple[str, dict[str, Any]]]:
    """A fresh schema in the test database; yields (url, engine options) that point at it."""
    assert POSTGRES_URL
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_async_engine(POSTGRES_URL)
    async with admin.begin() as connection:
        await connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield POSTGRES_URL, {"connect_args": {"server_settings": {"search_path": schema}}}
    finally:
        async with admin.begin() as connection:
            await connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        await admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
async def database(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[tuple[str, dict[str, Any]]]:
    """Run the test on SQLite and on PostgreSQL (PostgreSQL needs TEST_POSTGRES_URL; CI sets it)."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}", {}
        return
    if not POSTGRES_URL:
        pytest.skip("TEST_POSTGRES_URL is not set (CI sets it)")
    async with postgres_schema() as value:
        yield value


@pytest.fixture
async def empty_store(database: tuple[str, dict[str, Any]]) -> AsyncIterator[Store]:
    """A store on SQLite and on PostgreSQL (see `database`) before any migration."""
    url, options = database
    store = Store(url, **options)
    yield store
    await store.close()


@pytest.fixture
async def store(database: tuple[str, dict[str, Any]]) -> AsyncIterator[Store]:
    """A migrated store on SQLite and on PostgreSQL (see `database`)."""
    url, options = database
    store = Store(url, **options)
    await store.migrate()
    yield store
    await store.close()


@pytest.fixture
async def fake_api() -> AsyncIterator[FakeBotApi]:
    api = FakeBotApi(TOKEN)
    await api.start()
    yield api
    await api.stop()


@pytest.fixture
async def bot(fake_api: FakeBotApi, sqlite_url: str) -> AsyncIterator[BotHarness]:
    harness = BotHarness(fake_api, sqlite_url)
    await harness.start()
    yield harness
    await harness.stop()


@pytest.fixture
def anyio_backend() -> Iterator[str]:
    yield "asyncio"


@pytest.fixture(scope="session")
def matcher() -> SafetyMatcher:
    """The disclosure matcher built from the project's content, once for every test that reads it."""
    return SafetyMatcher.from_content(load_catalog(PROJECT_ROOT / "content").safety)


@pytest.fixture(scope="session")
def matcher_with_model() -> SafetyMatcher:
    """The matcher as the bot builds it, with the model's second opinion and veto (bench.disclosure.matcher)."""
    from bench.disclosure import matcher as build_matcher

    built = build_matcher()
    assert built.model is not None, "no model file: run python -m bot.devtools.train_disclosure_model"
    return built
