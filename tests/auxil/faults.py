"""A TCP proxy that can break the connection to a database the way networks break: refuse, reset or black-hole.

The bot is pointed at the proxy instead of the database. `mode` decides what happens from then on:

pass       bytes flow both ways
refuse     new connections are closed at once (the host is up, nothing listens); existing ones keep working
reset      every connection is closed at once and new ones too (the server restarted)
blackhole  nothing answers and nothing closes: new connections are accepted and never served, bytes on existing
           ones are held (a dead host, or a firewall that drops packets)

Setting `pass` again heals it; held connections stay stuck (as a real client's would), new ones work.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Literal
from urllib.parse import urlsplit

Mode = Literal["pass", "refuse", "reset", "blackhole"]
_CHUNK = 64 * 1024


class FaultyTcpProxy:
    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.mode: Mode = "pass"
        self.port = 0
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._healed = asyncio.Event()
        self._healed.set()

    async def start(self) -> int:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self.port

    def set_mode(self, mode: Mode) -> None:
        self.mode = mode
        if mode == "pass":
            self._healed.set()
            return
        self._healed.clear()
        if mode == "reset":
            for writer in list(self._writers):
                _abort(writer)

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
        for writer in list(self._writers):
            _abort(writer)
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._server is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2)

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)  # type: ignore[arg-type]
        try:
            if self.mode in ("refuse", "reset"):
                _abort(writer)
                return
            if self.mode == "blackhole":
                await self._healed.wait()  # accepted, never served (until healed: then too late for this client)
                _abort(writer)
                return
            try:
                upstream_reader, upstream_writer = await asyncio.open_connection(*self.target)
            except OSError:
                _abort(writer)
                return
            self._writers.add(upstream_writer)
            await asyncio.gather(self._pipe(reader, upstream_writer), self._pipe(upstream_reader, writer),
                                 return_exceptions=True)
            self._writers.discard(upstream_writer)
            _abort(upstream_writer)
        finally:
            self._writers.discard(writer)
            _abort(writer)
            self._tasks.discard(task)  # type: ignore[arg-type]

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while data := await reader.read(_CHUNK):
            if self.mode == "blackhole":
                await asyncio.Event().wait()  # hold these bytes and everything after them, forever
            if self.mode != "pass":
                break
            writer.write(data)
            await writer.drain()
        _abort(writer)


def _abort(writer: asyncio.StreamWriter) -> None:
    transport = writer.transport
    if not transport.is_closing():
        transport.abort()


async def proxy_in_front_of(url: str) -> tuple[FaultyTcpProxy, str]:
    """A started proxy in front of the database of `url` (a PostgreSQL URL), and the URL that goes through it."""
    target = urlsplit(url.replace("postgresql+asyncpg", "postgresql"))
    proxy = FaultyTcpProxy(target.hostname or "127.0.0.1", target.port or 5432)
    port = await proxy.start()
    via_proxy = url.replace(f"{target.hostname}:{target.port or 5432}", f"127.0.0.1:{port}")
    if f"127.0.0.1:{port}" not in via_proxy:  # a URL without an explicit port
        via_proxy = url.replace(f"@{target.hostname}/", f"@127.0.0.1:{port}/")
    return proxy, via_proxy
