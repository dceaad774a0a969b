"""A unit of work of a few Core statements, without an ORM session (a lesson tap: one read, one write).

`Store.statements()` hands out one of these. Statements go straight to a connection: no identity map, no flush, no
ORM rows. On PostgreSQL it is a pooled asyncpg connection in autocommit (the tap's write is one statement, atomic
by itself). On a SQLite file it is one sqlite3 connection owned by one thread (`SqliteThread`): aiosqlite hands
every cursor, execute, fetch, close and commit to its thread and back (about 12 hand-offs per tap); here a read is
one hand-off, executed and fetched there, and the writes wait and go with the commit, a second one.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine, Row, make_url
from sqlalchemy.ext.asyncio import AsyncConnection

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


class SqliteThread:
    """One sqlite3 connection and the one thread that uses it. A unit of work hands its reads to the thread one at
    a time and its writes all at once with the commit; units take turns (`Store` holds its SQLite turn around
    each), so the connection is never shared. The connection has the same settings as the engine's (busy wait,
    foreign keys, WAL)."""

    def __init__(self, url: str, timeout: float, pragmas: Callable[[Any, Any], None]) -> None:
        sync_url = make_url(url).set(drivername="sqlite")
        self.engine: Engine = create_engine(sync_url, connect_args={"timeout": timeout, "check_same_thread": False},
                                            hide_parameters=True)
        event.listen(self.engine, "connect", pragmas)
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="sqlite-writer")
        self._connection: Connection | None = None

    async def call(self, work: Callable[[Connection], T]) -> T:
        """Run `work` on the connection, in the thread: one hand-off there and one back."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, self._run, work)

    def _run(self, work: Callable[[Connection], T]) -> T:
        if self._connection is None or self._connection.closed:
            self._connection = self.engine.connect()
        return work(self._connection)

    async def close(self) -> None:
        await asyncio.get_running_loop().run_in_executor(self._executor, self._close)
        self._executor.shutdown(wait=True)

    def _close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        self.engine.dispose()


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
