"""A unit of work of a few Core statements, without an ORM session (a lesson tap: one read, one write).

`Store.statements()` hands out one of these. Statements go straight to a connection: no identity map, no flush, no
ORM rows. On PostgreSQL it is a pooled asyncpg connection in autocommit (the tap's write is one statement, atomic
by itself), and the statements a tap sends (marked `direct`) skip SQLAlchemy's execution (`PostgresStatements`).
On a SQLite file it is one sqlite3 connection (`SqliteThread`) used on the event loop while SQLite is free, and on
its own thread when it is busy: aiosqlite hands every cursor, execute, fetch, close and commit to its thread and
back (about 12 hand-offs per tap); here a tap normally makes none. Writes wait and go with the commit.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine, Row, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncConnection

log = logging.getLogger(__name__)

T = TypeVar("T")
Params = Mapping[str, Any] | None


class Rows(list[Row[Any]]):
    """Fetched rows, with the Result methods the services use."""

    def first(self) -> Row[Any] | None:
        return self[0] if self else None

    def scalar(self) -> Any:
        return self[0][0] if self else None

    def all(self) -> list[Row[Any]]:
        return list(self)


class Statements:
    """What a unit of work offers its caller: `execute` and `scalar` as on a session (rows come back fetched),
    `info` for what the unit remembers (it ends with the unit), `bind` for the dialect."""

    info: dict[Any, Any]
    bind: Any

    async def execute(self, statement: Any, params: Params = None) -> Rows:
        raise NotImplementedError

    async def scalar(self, statement: Any, params: Params = None) -> Any:
        return (await self.execute(statement, params)).scalar()


class ConnectionStatements(Statements):
    """On an AsyncConnection (PostgreSQL in autocommit, or aiosqlite for an in-memory database)."""

    def __init__(self, connection: AsyncConnection) -> None:
        self.connection = connection
        self.bind = connection.engine
        self.info = {}

    async def execute(self, statement: Any, params: Params = None) -> Rows:
        result = await self.connection.execute(statement, params)
        return Rows(result.all()) if result.returns_rows else Rows()


class Direct:
    """A statement built once (a tap's), compiled for PostgreSQL once: its SQL, the order of its parameters, the
    values and type conversions SQLAlchemy would apply to them and to the rows (`direct`)."""

    def __init__(self, statement: Any, dialect: Any) -> None:
        compiled = statement.compile(dialect=dialect)
        self.sql = compiled.string
        self.order: tuple[str, ...] = tuple(compiled.positiontup or ())
        self.fixed = {name: bind.effective_value for name, bind in compiled.binds.items() if not bind.required}
        processors = compiled._bind_processors
        self.bind_processors = tuple(processors.get(name) for name in self.order)
        self.row_processors = tuple(entry.type._cached_result_processor(dialect, None)
                                    for entry in compiled._result_columns)
        self.convert_rows = any(processor is not None for processor in self.row_processors)
        # What only SQLAlchemy's execution does (defaults computed in Python, IN lists expanded): not sent directly.
        self.usable = not (compiled.insert_prefetch or compiled.update_prefetch or compiled.post_compile_params
                           or compiled.literal_execute_params)

    def arguments(self, params: Params) -> list[Any]:
        values = {**self.fixed, **params} if params else self.fixed
        return [value if processor is None else processor(value)
                for value, processor in zip((values[name] for name in self.order), self.bind_processors,
                                            strict=True)]

    def rows(self, records: list[Any]) -> Rows:
        if not self.convert_rows:
            return Rows(records)
        return Rows(tuple(value if processor is None else processor(value)
                          for value, processor in zip(record, self.row_processors, strict=True))
                    for record in records)


_direct: dict[int, tuple[Any, Direct | None]] = {}  # id(statement) -> (statement, compiled form once needed)
S = TypeVar("S")


def direct(statement: S) -> S:
    """Mark a statement built once (kept for the life of the process) as one a PostgreSQL unit of `Store.statements`
    sends straight to asyncpg (`PostgresStatements`). Its rows there are tuples or asyncpg Records: index them."""
    _direct.setdefault(id(statement), (statement, None))
    return statement


class PostgresStatements(ConnectionStatements):
    """A PostgreSQL unit in autocommit (asyncpg's own for direct statements; SQLAlchemy's, set on the first statement
    sent through it, for the others). Statements marked with `direct` skip SQLAlchemy's execution (about half the
    CPU of a statement: its execution context, parameters, result object, greenlet switch; bench/README.md): they
    go to the pooled connection's asyncpg connection with the SQL and conversions compiled once. Any other
    statement goes through SQLAlchemy as before. A direct statement that fails is sent once more through
    SQLAlchemy, so that callers see its exceptions (IntegrityError; an outage, with the connection invalidated and
    the pool emptied): in autocommit a failed statement wrote nothing, so sending it again repeats nothing. A
    statement that timed out is not sent again (the wait stays bounded by the store's timeout): asyncpg's
    TimeoutError, which SQLAlchemy passes on as it is too.
    Listeners of SQLAlchemy's `before_cursor_execute` still see every statement (with no cursor or context)."""

    def __init__(self, connection: AsyncConnection, driver: Any) -> None:
        super().__init__(connection)
        self.driver = driver
        self._autocommit = False

    async def execute(self, statement: Any, params: Params = None) -> Rows:
        known = _direct.get(id(statement))
        if known is None:
            return await self._through_sqlalchemy(statement, params)
        kept, compiled = known
        if compiled is None:
            compiled = self._compile(kept)
            if compiled is None:
                return await self._through_sqlalchemy(statement, params)
        try:
            arguments = compiled.arguments(params)
            connection = self.connection.sync_connection
            if connection is not None and connection.dispatch.before_cursor_execute:  # who counts or traces SQL
                for listener in connection.dispatch.before_cursor_execute:  # (no cursor or execution context)
                    listener(connection, None, compiled.sql, arguments, None, False)
            records = await self.driver.fetch(compiled.sql, *arguments)
        except TimeoutError:  # the statement timeout (asyncpg's, as through SQLAlchemy): not waited out twice
            raise
        except Exception:  # a bad parameter, a broken constraint, a lost connection: as SQLAlchemy reports them
            return await self._through_sqlalchemy(statement, params)
        return compiled.rows(records)

    async def _through_sqlalchemy(self, statement: Any, params: Params) -> Rows:
        """The unit's connection comes without a transaction; SQLAlchemy would begin one for this statement, so it
        is switched to autocommit first (once per unit; the pool sets it back when the connection returns)."""
        if not self._autocommit:
            await self.connection.execution_options(isolation_level="AUTOCOMMIT")
            self._autocommit = True
        return await super().execute(statement, params)

    def _compile(self, statement: Any) -> Direct | None:
        """The statement's compiled form, kept for its next runs; None, and it is an ordinary statement from now on,
        when only SQLAlchemy's execution can run it or SQLAlchemy's compiled internals changed (pyproject bounds
        its version)."""
        try:
            compiled = Direct(statement, self.connection.dialect)
        except Exception:
            log.exception("a tap statement cannot go straight to asyncpg; it goes through SQLAlchemy")
            compiled = None
        if compiled is None or not compiled.usable:
            del _direct[id(statement)]
            return None
        _direct[id(statement)] = (statement, compiled)
        return compiled


class SqliteThread:
    """One sqlite3 connection for the units of work of a SQLite file. Units take turns (`Store` holds its SQLite
    turn around each), so the connection is never shared.

    A unit's statements first run right on the event loop with SQLite's busy wait off: on a local file in WAL mode
    a read or a commit takes tens of microseconds, far less than handing it to a thread and back (each hand-off is
    a GIL switch under a busy loop). Only when SQLite answers "busy" (another process holds the write lock) is the
    same work handed to the one thread, with the busy wait of the store's timeout, so the loop never waits for a
    lock. "Busy" comes only when the first write of a transaction asks for the lock, before anything is written,
    so rolling back and running the work again on the thread repeats nothing."""

    def __init__(self, url: str, timeout: float, pragmas: Callable[[Any, Any], None]) -> None:
        sync_url = make_url(url).set(drivername="sqlite")
        self.engine: Engine = create_engine(sync_url, connect_args={"timeout": 0, "check_same_thread": False},
                                            hide_parameters=True)
        event.listen(self.engine, "connect", pragmas)
        self._busy_wait_ms = int(timeout * 1000)
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="sqlite-writer")
        self._connection: Connection | None = None
        self.handed_off = 0  # units of work that found SQLite busy and went to the thread

    async def call(self, work: Callable[[Connection], T]) -> T:
        """Run `work` on the connection: on the event loop, or in the thread when SQLite is busy."""
        connection = self._connected()
        try:
            return work(connection)
        except OperationalError as error:
            if not _is_busy(error):
                raise
            connection.rollback()
        self.handed_off += 1
        return await asyncio.get_running_loop().run_in_executor(self._executor, self._run_waiting, work)

    def _connected(self) -> Connection:
        if self._connection is None or self._connection.closed:
            self._connection = self.engine.connect()
        return self._connection

    def _run_waiting(self, work: Callable[[Connection], T]) -> T:
        connection = self._connected()
        connection.exec_driver_sql(f"PRAGMA busy_timeout = {self._busy_wait_ms}")
        try:
            return work(connection)
        finally:
            connection.exec_driver_sql("PRAGMA busy_timeout = 0")

    async def close(self) -> None:
        await asyncio.get_running_loop().run_in_executor(self._executor, self._close)
        self._executor.shutdown(wait=True)

    def _close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        self.engine.dispose()


def _is_busy(error: OperationalError) -> bool:
    code = getattr(error.orig, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def _read(statement: Any, params: Params, writes: Sequence[tuple[Any, Params]]) -> Callable[[Connection], Rows]:
    def work(connection: Connection) -> Rows:
        _write(connection, writes)
        result = connection.execute(statement, params)
        return Rows(result.all()) if result.returns_rows else Rows()

    return work


def _write(connection: Connection, writes: Sequence[tuple[Any, Params]]) -> None:
    for statement, params in writes:
        connection.execute(statement, params)


class SqliteStatements(Statements):
    """A unit of work on a `SqliteThread`: SQLite's transaction starts at the first write, as with aiosqlite.
    Writes (INSERT, UPDATE, DELETE without RETURNING) are kept until the next read or the commit and go to the
    thread with it; nothing a caller sees changes, as they return no rows. An error in them fails the unit."""

    def __init__(self, thread: SqliteThread) -> None:
        self.thread = thread
        self.bind = thread.engine
        self.info = {}
        self._writes: list[tuple[Any, Params]] = []

    async def execute(self, statement: Any, params: Params = None) -> Rows:
        if getattr(statement, "is_dml", False) and not getattr(statement, "_returning", ()):
            self._writes.append((statement, params))
            return Rows()
        writes, self._writes = self._writes, []
        return await self.thread.call(_read(statement, params, writes))

    async def commit(self) -> None:
        writes, self._writes = self._writes, []

        def work(connection: Connection) -> None:
            _write(connection, writes)
            connection.commit()

        await self.thread.call(work)

    async def rollback(self) -> None:
        self._writes = []
        await self.thread.call(lambda connection: connection.rollback())
