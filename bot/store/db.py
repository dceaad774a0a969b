"""Engine, sessions and migrations. The same code serves SQLite (aiosqlite) and PostgreSQL (asyncpg)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from bot.settings import PROJECT_ROOT

MIGRATIONS_DIR = PROJECT_ROOT / "migrations"
_holding_turn: ContextVar[bool] = ContextVar("holding_sqlite_turn", default=False)

# What a database outage looks like from SQLAlchemy and the drivers underneath it.
OUTAGE_ERRORS: tuple[type[BaseException], ...] = (
    OperationalError,
    InterfaceError,
    DBAPIError,
    ConnectionError,
    OSError,
    TimeoutError,
)


def _prepare_sqlite(url: str) -> None:
    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)


def create_engine(url: str, **engine_options: Any) -> AsyncEngine:
    if url.startswith("sqlite"):
        _prepare_sqlite(url)
        engine = create_async_engine(url, connect_args={"timeout": 15}, **engine_options)

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        return engine
    engine_options.setdefault("pool_pre_ping", True)
    return create_async_engine(url, **engine_options)


class Store:
    """Owns the engine. Features open one transaction per user action with `store.transaction()`."""

    def __init__(self, url: str, **engine_options: Any) -> None:
        self.url = url
        self.engine = create_engine(url, **engine_options)
        self._sessions = async_sessionmaker(self.engine, expire_on_commit=False)
        # SQLite has one writer at a time. Left to its busy handler, transactions that collide retry with growing
        # sleeps (seconds at the tail with 50 people tapping at once) or fail outright when a read must become
        # a write after another commit. Taking turns in this process, first come first served, avoids both.
        self._turn: asyncio.Lock | None = asyncio.Lock() if url.startswith("sqlite") else None

    def replace_engine(self, engine: AsyncEngine) -> None:
        """Point the store at another engine (used to simulate an outage in tests, and by `try`)."""
        self.engine = engine
        self._sessions = async_sessionmaker(engine, expire_on_commit=False)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """One unit of work: everything inside commits together or not at all."""
        if self._turn is None or _holding_turn.get():  # a nested transaction must not wait for its own outer one
            async with self._sessions() as session, session.begin():
                yield session
            return
        async with self._turn:
            token = _holding_turn.set(True)
            try:
                async with self._sessions() as session, session.begin():
                    yield session
            finally:
                _holding_turn.reset(token)

    async def migrate(self) -> None:
        async with self.engine.begin() as connection:
            await connection.run_sync(_upgrade_to_head)

    async def pending_migrations(self) -> bool:
        async with self.engine.connect() as connection:
            return await connection.run_sync(_is_behind_head)

    async def close(self) -> None:
        await self.engine.dispose()


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _upgrade_to_head(connection: Connection) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def _is_behind_head(connection: Connection) -> bool:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    current = MigrationContext.configure(connection).get_current_revision()
    return current != head
