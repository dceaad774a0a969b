"""Engine, sessions and migrations. The same code serves SQLite (aiosqlite) and PostgreSQL (asyncpg)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError, DisconnectionError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.util.concurrency import greenlet_spawn

from bot.settings import PROJECT_ROOT
from bot.store.schema_version import is_current
from bot.store.statements import ConnectionStatements, PostgresStatements, SqliteStatements, SqliteThread, Statements

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS_DIR = PROJECT_ROOT / "migrations"
VERSIONS_DIR = MIGRATIONS_DIR / "versions"
_holding_turn: ContextVar[bool] = ContextVar("holding_sqlite_turn", default=False)
_holding_unit: ContextVar[bool] = ContextVar("holding_statements_unit", default=False)
# Waits a person can feel are bounded by the store's `timeout` (seconds): connecting, each statement, waiting for a
# pooled connection, SQLite's busy wait and its turn. Schema migrations may take longer.
DEFAULT_TIMEOUT = 5.0
MIGRATION_TIMEOUT = 600.0
UNLIMITED = 7 * 24 * 3600.0
MAX_CONNECT_TIMEOUT = 3.0
# PostgreSQL connections kept open, and opened beyond them for a burst (closed again when returned). With
# SQLAlchemy's 5 + 10, 25 people tapping at once opened about 285 connections per 1,000 taps, each costing a
# connection setup; 15 + 5 opened 27 and took about 15% less CPU per tap (bench/README.md, "Lesson path").
POOL_SIZE = 15
POOL_OVERFLOW = 5
PING_AFTER_IDLE = 5.0  # seconds a pooled PostgreSQL connection may sit unused before it is pinged at checkout


class StoreBusy(TimeoutError):
    """The database did not answer within the store's timeout (an outage, as far as a person is concerned)."""

# What a failed database call can raise, from SQLAlchemy and the drivers underneath it: handlers catch these and
# tell the person to try again. Which of them mean "the database is unreachable" is `is_outage`; a pool with no
# free connection (PoolTimeout, a burst of load) is not one, so it does not make the store fail fast for others.
OUTAGE_ERRORS: tuple[type[BaseException], ...] = (
    PoolTimeout,
    OperationalError,
    InterfaceError,
    DBAPIError,
    ConnectionError,
    OSError,
    TimeoutError,
)
# After an outage, new transactions fail at once for this long, then one tries again (see Store.transaction).
BREAKER_COOLDOWN = 1.0


def is_outage(error: BaseException) -> bool:
    """The database could not be reached or did not answer (not a bad statement or a broken constraint)."""
    if isinstance(error, DBAPIError):
        return error.connection_invalidated or isinstance(error, OperationalError | InterfaceError)
    return isinstance(error, ConnectionError | OSError | TimeoutError)


def is_unavailable(error: BaseException) -> bool:
    """Down (`is_outage`) or too busy to lend a connection in time: either way, "try again in a moment"."""
    return is_outage(error) or isinstance(error, PoolTimeout)


def _prepare_sqlite(url: str) -> None:
    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)


def sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def create_engine(url: str, timeout: float = DEFAULT_TIMEOUT, **engine_options: Any) -> AsyncEngine:
    """An engine whose every wait is bounded by `timeout` seconds. A database that hangs (a dead host, a firewall
    dropping packets) then costs a few seconds and an error, never a stuck update."""
    connect_args = dict(engine_options.pop("connect_args", {}))
    if url.startswith("sqlite"):
        _prepare_sqlite(url)
        connect_args.setdefault("timeout", timeout)  # SQLite's busy wait for another process's lock
        engine = create_async_engine(url, connect_args=connect_args, hide_parameters=True, **engine_options)
        event.listen(engine.sync_engine, "connect", sqlite_pragmas)
        return engine
    engine_options.setdefault("pool_timeout", timeout)
    if "poolclass" not in engine_options:
        engine_options.setdefault("pool_size", POOL_SIZE)
        engine_options.setdefault("max_overflow", POOL_OVERFLOW)
    connect_args.setdefault("timeout", min(timeout, MAX_CONNECT_TIMEOUT))  # asyncpg: the whole connection setup
    connect_args.setdefault("command_timeout", timeout)  # asyncpg: every statement, ping and rollback
    # Statement parameters (Telegram ids, pseudonyms) never appear in errors, hence never in logs.
    engine = create_async_engine(url, connect_args=connect_args, hide_parameters=True, **engine_options)
    if not engine_options.get("pool_pre_ping"):
        _ping_when_idle(engine)
    return engine


def _ping_when_idle(engine: AsyncEngine) -> None:
    """Ping a pooled connection before use only when it has been idle for PING_AFTER_IDLE seconds.

    SQLAlchemy's pool_pre_ping pings on every checkout: a round trip more for every tap (about half the
    checkouts of the lesson path, bench/README.md). A connection in steady use has just shown that it works;
    one left idle may have been closed by a database restart or a firewall. A connection that fails its ping is
    replaced, as with pool_pre_ping; a connection that breaks while in use fails that transaction (the person
    is asked to try again) and the pool drops its other connections (SQLAlchemy's disconnect handling)."""

    @event.listens_for(engine.sync_engine, "checkin")
    def _idle_from(_dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine.sync_engine, "checkout")
    def _ping_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("idle_since")
        if since is None or time.monotonic() - since < PING_AFTER_IDLE:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except Exception as error:  # whatever the driver raises for a dead connection: take another one
            raise DisconnectionError(f"idle connection failed its ping: {type(error).__name__}") from None


class Store:
    """Owns the engine. Features open one transaction per user action with `store.transaction()`."""

    def __init__(self, url: str, *, timeout: float = DEFAULT_TIMEOUT, **engine_options: Any) -> None:
        self.url = url
        self.timeout = timeout
        self._engine_options = engine_options
        self.engine = create_engine(url, timeout, **engine_options)
        self._sessions = async_sessionmaker(self.engine, expire_on_commit=False)
        # SQLite has one writer at a time. Left to its busy handler, transactions that collide retry with growing
        # sleeps (seconds at the tail with 50 people tapping at once) or fail outright when a read must become
        # a write after another commit. Taking turns in this process, first come first served, avoids both.
        self._turn: asyncio.Lock | None = asyncio.Lock() if url.startswith("sqlite") else None
        self._breaker = _Breaker()
        self._sqlite_threads: dict[str, SqliteThread] = {}  # by database URL (see `statements`)
        self._unit_slots = _unit_slots(self.engine)

    def sibling(self, *, timeout: float) -> Store:
        """The same database with other timeouts (statistics and exports may run longer than a tap); on SQLite it
        takes turns with this store."""
        other = Store(self.url, timeout=timeout, **self._engine_options)
        other._turn = self._turn
        return other

    def replace_engine(self, engine: AsyncEngine) -> None:
        """Point the store at another engine (used to simulate an outage in tests, and by `try`)."""
        self.engine = engine
        self._sessions = async_sessionmaker(engine, expire_on_commit=False)
        self._breaker = _Breaker()
        self._unit_slots = _unit_slots(engine)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """One unit of work: everything inside commits together or not at all. While the database is known to be
        down, it fails at once (StoreBusy) instead of making every person wait out the timeouts again."""
        if _holding_turn.get():  # nested inside a transaction of this task: no turn or breaker of its own
            async with self._sessions() as session, session.begin():
                yield session
            return
        probe = self._breaker.admit()
        try:
            async with self._turn_taken(), self._sessions() as session, session.begin():
                yield session
        except BaseException as error:
            self._breaker.failed(error, probe)
            raise
        self._breaker.succeeded()

    @asynccontextmanager
    async def statements(self) -> AsyncIterator[Statements]:
        """A unit of work of a few Core statements, without an ORM session (bot/store/statements.py): everything
        it writes commits together or not at all, with the turn-taking, timeouts and fail-fast of `transaction`.

        On PostgreSQL it runs in autocommit, for a unit that writes with one statement at most (a lesson tap):
        that saves the BEGIN and COMMIT round trips; its reads see committed rows, as in a READ COMMITTED
        transaction. On a SQLite file it runs on the store's own sqlite3 connection (`SqliteThread`: on the
        event loop, on its thread only while another process holds the lock), writing with the commit."""
        if _holding_turn.get():
            raise RuntimeError("statements() inside a transaction of the same task would wait for its own turn")
        probe = self._breaker.admit()
        try:
            if self.engine.dialect.name == "postgresql":
                async with self._postgres_unit() as unit:
                    yield unit
            else:
                async with self._turn_taken():
                    thread = self._sqlite_thread()
                    if thread is not None:
                        sqlite_unit = SqliteStatements(thread)
                        try:
                            yield sqlite_unit
                            await sqlite_unit.commit()
                        except BaseException:
                            await sqlite_unit.rollback()
                            raise
                    else:
                        async with self.engine.begin() as connection:
                            yield ConnectionStatements(connection)
        except BaseException as error:
            self._breaker.failed(error, probe)
            raise
        self._breaker.succeeded()

    @asynccontextmanager
    async def _postgres_unit(self) -> AsyncIterator[PostgresStatements]:
        """A pooled connection for a PostgreSQL unit, in one context (a tap pays for each layer of them), checked out
        and back with one greenlet hop each. It is not switched to autocommit: asyncpg runs the direct statements
        (a tap's) in autocommit anyway, as SQLAlchemy begins a transaction only for a statement sent through it;
        `PostgresStatements` switches the connection to autocommit before the first such statement. A connection
        that comes back in a transaction or after an error is closed the careful way (rolled back, to the end even
        if the task is cancelled meanwhile); one that comes back from a unit that went well has nothing to undo."""
        # First one of the pool's connections, waited for in turn (first come, first served) when all are lent: a
        # burst of taps (50 people at once) then queues for the pooled connections instead of opening overflow
        # connections that the pool closes again as soon as they are returned (a connection setup each, 51 per
        # 1,000 taps in the lesson benchmark; bench/README.md). The wait is bounded by the store's timeout, as a
        # checkout is, and fails the same way (a pool timeout: busy, not down).
        slots = self._unit_slots
        held = None
        if slots is not None and not _holding_unit.get():  # nested: the outer unit holds a slot
            await _acquire(slots, self.timeout,
                           lambda: PoolTimeout(f"no pooled connection for a unit within {self.timeout:g} s"))
            held = _holding_unit.set(True)
        try:
            sync_connection, driver = await greenlet_spawn(_checked_out, self.engine.sync_engine)
            connection = AsyncConnection(self.engine, sync_connection)
            try:
                yield PostgresStatements(connection, driver)
            except BaseException as error:
                await connection.__aexit__(type(error), error, error.__traceback__)  # closed even if cancelled
                raise
            if sync_connection.in_transaction() or sync_connection.invalidated:
                await connection.__aexit__(None, None, None)
            else:  # no I/O to wait for: back to the pool at once
                await greenlet_spawn(sync_connection.close)
        finally:
            if held is not None:
                _holding_unit.reset(held)
                slots.release()  # type: ignore[union-attr]

    def _sqlite_thread(self) -> SqliteThread | None:
        url = self.engine.url
        if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
            return None
        key = url.render_as_string(hide_password=False)
        thread = self._sqlite_threads.get(key)
        if thread is None:
            thread = self._sqlite_threads[key] = SqliteThread(key, self.timeout, sqlite_pragmas)
        return thread

    @asynccontextmanager
    async def _turn_taken(self) -> AsyncIterator[None]:
        if self._turn is None:
            yield
            return
        async with _holding(self._turn, _holding_turn, self.timeout,
                            lambda: StoreBusy(f"no turn on the database within {self.timeout:g} s")):
            yield

    async def migrate(self, timeout: float | None = MIGRATION_TIMEOUT) -> None:
        """Upgrade to the latest schema, with a generous timeout of its own (a migration may rewrite a table);
        None: no limit (`python -m bot migrate --timeout 0`, for a large database). A database already at the
        newest schema is told by one query, and Alembic is not imported then (the bot migrates at every start)."""
        async with self.engine.connect() as connection:
            if await connection.run_sync(is_current, VERSIONS_DIR):
                return
        if self._turn is not None:  # SQLite: no statement timeout to lift
            async with self.engine.begin() as connection:
                await connection.run_sync(_upgrade_to_head)
            return
        engine = create_engine(self.url, timeout or UNLIMITED, **self._engine_options)
        try:
            async with engine.begin() as connection:
                await connection.run_sync(_upgrade_to_head)
        finally:
            await engine.dispose()

    async def pending_migrations(self) -> bool:
        async with self.engine.connect() as connection:
            return await connection.run_sync(_is_behind_head)

    async def close(self) -> None:
        for thread in self._sqlite_threads.values():
            await thread.close()
        self._sqlite_threads.clear()
        await self.engine.dispose()


@asynccontextmanager
async def _holding(gate: asyncio.Lock | asyncio.Semaphore, held: ContextVar[bool], timeout: float,
                   busy: Callable[[], Exception]) -> AsyncIterator[None]:
    """`gate` taken within `timeout` (else the `busy()` error: busy, not down) and `held` set in this task while
    it is held, so that a unit nested in it does not wait for itself."""
    await _acquire(gate, timeout, busy)
    token = held.set(True)
    try:
        yield
    finally:
        held.reset(token)
        gate.release()


async def _acquire(gate: asyncio.Lock | asyncio.Semaphore, timeout: float, busy: Callable[[], Exception]) -> None:
    """Take `gate` within `timeout`, else raise `busy()`. A semaphore that can be taken at once (a free slot and no
    one queued before, `locked()`) is taken without arming a timer: a tap usually finds a pooled connection free."""
    if isinstance(gate, asyncio.Semaphore) and not gate.locked():
        await gate.acquire()  # returns at once: nothing to wait for, nothing to bound
        return
    try:
        async with asyncio.timeout(timeout):
            await gate.acquire()
    except TimeoutError:
        raise busy() from None


def _checked_out(engine: Engine) -> tuple[Connection, Any]:
    """A pooled connection (pinged first if it sat idle: `_ping_when_idle`) and its asyncpg connection, in one
    greenlet hop (`Store._postgres_unit`)."""
    connection = engine.connect()
    try:
        return connection, connection.connection.driver_connection
    except BaseException:
        connection.close()
        raise


def _unit_slots(engine: AsyncEngine) -> asyncio.Semaphore | None:
    """As many units of `Store.statements` at once as the pool keeps connections (PostgreSQL's QueuePool)."""
    size = getattr(engine.pool, "size", None)
    if engine.dialect.name != "postgresql" or not callable(size):
        return None
    return asyncio.Semaphore(max(1, size()))


class _Breaker:
    """Remembers a recent outage. For BREAKER_COOLDOWN after one, transactions fail at once; then one probe goes
    through (others still fail at once) and its outcome closes or reopens the breaker."""

    def __init__(self) -> None:
        self.down_since: float | None = None
        self._retry_at = 0.0
        self._probing = False

    def admit(self) -> bool:
        """True when this transaction is the probe; raises StoreBusy while the breaker is open."""
        if self.down_since is None:
            return False
        if self._probing or time.monotonic() < self._retry_at:
            raise StoreBusy("the database is not answering (failing fast after a recent outage)")
        self._probing = True
        return True

    def failed(self, error: BaseException, probe: bool) -> None:
        if probe:
            self._probing = False
        if isinstance(error, StoreBusy) and not probe:
            return
        if is_outage(error):
            if self.down_since is None:
                self.down_since = time.monotonic()
            self._retry_at = time.monotonic() + BREAKER_COOLDOWN
        elif probe and not isinstance(error, asyncio.CancelledError | GeneratorExit):
            self.succeeded()  # the database answered (with an error of another kind): it is up

    def succeeded(self) -> None:
        self.down_since = None
        self._probing = False


class ReadStore:
    """Where statistics, exports and the dashboard read: a read replica (STATS_DATABASE_URL) when there is one,
    otherwise the primary. Nothing is ever written through it (a replica is read-only).

    When the replica does not answer within `connect_timeout`, the read goes to the primary and the replica is left
    alone for `retry_after` seconds, so an outage costs one slow request, not one per request; each switch is
    logged. A replica that fails in the middle of a query fails that request (the caller answers 503 as for any
    database outage); the next one tries again."""

    def __init__(self, primary: Store, replica: Store | None = None, *, connect_timeout: float = MAX_CONNECT_TIMEOUT,
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
        """Reads from `url` when given (with the primary's timeouts), else from the primary."""
        if not url:
            return cls(primary)
        return cls(primary, Store(url, timeout=primary.timeout, **engine_options))

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
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _upgrade_to_head(connection: Connection) -> None:
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def _is_behind_head(connection: Connection) -> bool:
    known = is_current(connection, VERSIONS_DIR)
    if known is not None:
        return not known
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    current = MigrationContext.configure(connection).get_current_revision()
    return current != head
