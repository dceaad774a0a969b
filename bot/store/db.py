"""Engine, sessions and migrations. The same code serves SQLite (aiosqlite) and PostgreSQL (asyncpg)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable
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

log = logging.getLogger(__name__)
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


class ReadStore:
    """Where statistics, exports and the dashboard read: a read replica (STATS_DATABASE_URL) when there is one,
    otherwise the primary. Nothing is ever written through it (a replica is read-only).

    When the replica does not answer within `connect_timeout`, the read goes to the primary and the replica is left
    alone for `retry_after` seconds, so an outage costs one slow request, not one per request; each switch is
    logged. A replica that fails in the middle of a query fails that request (the caller answers 503 as for any
    database outage); the next one tries again."""

    def __init__(self, primary: Store, replica: Store | None = None, *, connect_timeout: float = 3.0,
                 retry_after: float = 30.0, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.primary = primary
        self.replica = replica
        self.connect_timeout = connect_timeout
        self.retry_after = retry_after
        self._monotonic = monotonic
        self._skip_until = 0.0
        self.fallbacks = 0

    @classmethod
    def for_url(cls, primary: Store, url: str | None, **engine_options: Any) -> ReadStore:
        if not url:
            return cls(primary)
        connect_args = {"timeout": 3.0, **engine_options.pop("connect_args", {})}
        return cls(primary, Store(url, connect_args=connect_args, **engine_options))

    @property
    def replica_in_use(self) -> bool:
        return self.replica is not None and self._monotonic() >= self._skip_until

    async def _replica_session(self) -> AsyncSession | None:
        if self.replica is None or not self.replica_in_use:
            return None
        session = self.replica._sessions()
        try:
            async with asyncio.timeout(self.connect_timeout):
                await session.connection()  # connects and begins; a dead replica fails here
        except OUTAGE_ERRORS as error:  # TimeoutError among them
            await session.close()
            self._skip_until = self._monotonic() + self.retry_after
            self.fallbacks += 1
            log.warning("statistics replica unavailable (%s); reading from the primary for the next %gs",
                        type(error).__name__, self.retry_after)
            return None
        return session

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """A read-only unit of work on the replica, or on the primary when there is none or it does not answer."""
        session = await self._replica_session()
        if session is None:
            async with self.primary.transaction() as primary_session:
                yield primary_session
            return
        try:
            yield session
        finally:
            await session.close()  # rolls back: there is nothing to commit

    async def close(self) -> None:
        """Close the replica's connections (the primary belongs to whoever made it)."""
        if self.replica is not None:
            await self.replica.close()


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
