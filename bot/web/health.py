"""GET /healthz (the process is up), GET /readyz (database reachable, migrations current), GET /metrics."""

from __future__ import annotations

from collections.abc import Callable

from aiohttp import web
from sqlalchemy import text

from bot.chat.processing import TrackingUpdateProcessor
from bot.services.patience import within
from bot.services.runtime import Runtime
from bot.store.db import OUTAGE_ERRORS

READY_WAIT_SECONDS = 1.5


def add_health_routes(app: web.Application, rt: Runtime, processor: Callable[[], TrackingUpdateProcessor | None],
                      is_leader: Callable[[], bool]) -> None:
    async def healthz(_request: web.Request) -> web.Response:
        return web.Response(text="ok\n")

    async def check_database() -> bool:
        """True when migrations are pending. Raises an outage error when the database does not answer."""
        async with rt.store.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
        return await rt.store.pending_migrations()

    async def readyz(_request: web.Request) -> web.Response:
        # A load balancer needs an answer now: a database that hangs is "not ready" after READY_WAIT_SECONDS.
        try:
            behind = await within(READY_WAIT_SECONDS, check_database())
        except TimeoutError:
            return web.Response(status=503, text="database not answering\n")
        except OUTAGE_ERRORS:
            return web.Response(status=503, text="database unreachable\n")
        if behind:
            return web.Response(status=503, text="migrations pending\n")
        return web.Response(text="ready\n")

    async def outbox_depth() -> int:
        async with rt.store.transaction() as session:
            return await rt.outbox.depth(session, rt.clock.now())

    async def metrics(_request: web.Request) -> web.Response:
        current = processor()
        try:
            depth: int | None = await within(READY_WAIT_SECONDS, outbox_depth())
        except OUTAGE_ERRORS:  # TimeoutError included: the metrics still come, without the outbox's depth
            depth = None
        body = rt.metrics.render(
            handled=current.handled if current else {},  # type: ignore[arg-type]
            handler_seconds=current.seconds_total if current else 0.0,
            outbox_depth=depth,
            sent=rt.metrics.sent,
            leader=is_leader(),
        )
        return web.Response(text=body, content_type="text/plain", charset="utf-8",
                            headers={"X-Content-Type-Options": "nosniff"})

    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_get("/metrics", metrics)
