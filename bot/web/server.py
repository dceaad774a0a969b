"""The HTTP server beside the bot. `create_web_app` builds it with the staff statistics API at /api/v1/ and the
staff dashboard at /dashboard/ (bot/web/dashboard/); other parts (bot/web/health.py, bot/web/webhook.py) add their
routes to the same root application before it is served, in polling mode as in webhook mode. The API's and the
dashboard's code is imported on their first request (bot/web/staff.py). Every error on it
becomes a short JSON body (bot/web/base.py), except on the dashboard, whose errors are pages.
"""

from __future__ import annotations

import logging

from aiohttp import web

from bot.services.runtime import Runtime
from bot.services.stats import Stats
from bot.web.base import RUNTIME, error_middleware
from bot.web.site import serve_app
from bot.web.staff import add_dashboard, create_api

log = logging.getLogger(__name__)

API_PREFIX = "/api/v1/"


def create_web_app(rt: Runtime) -> web.Application:
    app = web.Application(middlewares=[error_middleware])
    app[RUNTIME] = rt
    stats = Stats(rt.catalog, rt.checkins)
    api = create_api(stats)
    api[RUNTIME] = rt
    app.add_subapp(API_PREFIX, api)
    add_dashboard(app, rt, stats)
    return app


async def start_web(rt: Runtime, app: web.Application | None = None) -> web.AppRunner | None:
    """Serve `app` (default: `create_web_app(rt)`) on HTTP_HOST:HTTP_PORT; None when HTTP_PORT is 0. Raises
    OSError when the address is taken. Stop it with `await runner.cleanup()`."""
    port = rt.settings.http_port
    if not port:
        return None
    runner, _ = await serve_app(app if app is not None else create_web_app(rt), rt.settings.http_host, port)
    log.info("HTTP on http://%s:%d (API %s, dashboard /dashboard/, /healthz, /readyz, /metrics)",
             rt.settings.http_host, port, API_PREFIX)
    return runner
