"""The staff parts of the HTTP server, mounted at start and imported on first use: the statistics API at /api/v1/
(bot/web/api.py) and the dashboard at /dashboard/ (bot/web/dashboard/).

Both sub-applications are built when the server is, with their routes, route names, middlewares, keys and the
rollup's warm-up, so routing, errors, authentication and start-up behave as if their code were loaded. Each route
and middleware here names its function in the module that does the work, and that module is imported by the first
request that reaches it (`_function`). A bot is used by children all day and looked at by staff now and then: the
code of the API, the dashboard and the services only they use (about 3,000 lines) stays out of an idle bot's
memory until then (issue #19, bench/README.md, "Memory of the bot's process").

A route added to the API or the dashboard is added to API_ROUTES or DASHBOARD_ROUTES below, with its handler in the
module named there (tests/test_idle_memory.py checks that every one resolves, and that every handler and middleware
those modules define is listed).
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aiohttp import web

from bot.services import counters
from bot.services.answer_counts import fold_pending
from bot.services.runtime import Runtime
from bot.services.stats import Stats
from bot.store.db import OUTAGE_ERRORS
from bot.web.base import RUNTIME, Handler

if TYPE_CHECKING:
    from jinja2 import Environment, Template

log = logging.getLogger(__name__)

API_MODULE = "bot.web.api"
DASHBOARD_MODULE = "bot.web.dashboard.app"
DASHBOARD_PREFIX = "/dashboard"
DASHBOARD_FOLDER = Path(__file__).parent / "dashboard"

# (method, path, handler's name in API_MODULE, route name)
API_ROUTES: tuple[tuple[str, str, str, str | None], ...] = (
    ("GET", "/openapi.json", "openapi", "openapi"),
    ("GET", "/reach", "reach", None),
    ("GET", "/funnel", "funnel", None),
    ("GET", "/checkins", "checkin_rounds", None),
    ("GET", r"/checkins/{round_id:\d+}", "checkin_results", None),
    ("GET", r"/checkins/{round_id:\d+}/capabilities", "checkin_capabilities", None),
    ("GET", r"/checkins/{round_id:\d+}/flow-results", "flow_results_descriptor", None),
    ("GET", r"/checkins/{round_id:\d+}/flow-results/responses", "flow_results_responses", None),
    ("GET", "/cohorts", "cohorts", None),
    ("GET", "/quizzes", "quizzes", None),
    ("GET", "/ratings", "ratings", None),
    ("GET", "/polls", "polls", None),
    ("GET", "/series-questions", "voice_questions", None),
    ("GET", "/pushes", "pushes", None),
)
API_MIDDLEWARES = ("bad_requests", "bearer_auth")

# (method, path, handler's name in DASHBOARD_MODULE, route name); the static files are added beside them.
DASHBOARD_ROUTES: tuple[tuple[str, str, str, str | None], ...] = (
    ("GET", "/login/{token}", "sign_in_form", "sign_in_form"),
    ("POST", "/login", "sign_in", "sign_in"),
    ("POST", "/logout", "sign_out", None),
    ("GET", "/signed-out", "signed_out", "signed_out"),
    ("POST", "/language", "language", None),
    ("GET", "/", "overview_page", None),
    ("GET", "/reach", "reach_page", None),
    ("GET", "/lessons", "lessons_page", None),
    ("GET", "/voice", "voice_page", None),
    ("GET", "/cohorts", "cohorts_page", None),
    ("GET", "/checkins", "rounds_page", None),
    ("GET", r"/checkins/{round_id:\d+}", "round_page", None),
    ("GET", r"/checkins/{round_id:\d+}/profile", "profile_page", None),
)
DASHBOARD_MIDDLEWARES = ("security_headers", "errors", "require_staff")


@cache
def _function(module: str, name: str) -> Callable[..., Any]:
    """`name` from `module`, importing the module the first time."""
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


def _handler(module: str, name: str) -> Handler:
    async def handler(request: web.Request) -> web.StreamResponse:
        return await _function(module, name)(request)  # type: ignore[no-any-return]

    handler.__name__ = handler.__qualname__ = name
    return handler


def _middleware(module: str, name: str) -> Callable[[web.Request, Handler], Any]:
    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        return await _function(module, name)(request, handler)  # type: ignore[no-any-return]

    middleware.__name__ = middleware.__qualname__ = name
    return middleware


def _add_routes(app: web.Application, module: str, routes: tuple[tuple[str, str, str, str | None], ...]) -> None:
    for method, path, name, route_name in routes:
        if method == "GET":  # and HEAD, as aiohttp's add_get and RouteTableDef.get do
            app.router.add_get(path, _handler(module, name), name=route_name)
        else:
            app.router.add_route(method, path, _handler(module, name), name=route_name)


# --- the statistics API -------------------------------------------------------------------------------------

STATS = web.AppKey("stats", Stats)


def create_api(stats: Stats) -> web.Application:
    api = web.Application(middlewares=[_middleware(API_MODULE, name) for name in API_MIDDLEWARES])
    api[STATS] = stats
    _add_routes(api, API_MODULE, API_ROUTES)
    api.cleanup_ctx.append(_warm_rollup)
    return api


async def _warm_rollup(api: web.Application) -> AsyncIterator[None]:
    """Bring the reach rollup up to date when the server starts, in the background: the first build after the
    migration reads every event (about a minute at 10M events) and should not fall on someone's request."""
    task = asyncio.create_task(_refresh(api), name="stats-rollup-warmup")
    yield
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task


async def _refresh(api: web.Application) -> None:
    try:
        await api[STATS].ensure_fresh(api[RUNTIME].stats_store)
    except OUTAGE_ERRORS as error:
        log.warning("could not refresh the statistics rollup at start: %s", type(error).__name__)
    try:
        await fold_pending(api[RUNTIME].stats_store, until_done=True)  # after migration 0016, all is pending
        await counters.fold_pending(api[RUNTIME].stats_store, until_done=True)
    except OUTAGE_ERRORS as error:
        log.warning("could not fold the answer counts at start: %s", type(error).__name__)


# --- the dashboard ------------------------------------------------------------------------------------------


class Templates:
    """The dashboard's templates: a Jinja2 environment built (and jinja2 imported) when the first page is rendered."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._environment: Environment | None = None

    def get_template(self, name: str) -> Template:
        if self._environment is None:
            from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

            self._environment = Environment(loader=FileSystemLoader(self.folder), autoescape=select_autoescape(),
                                            undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
        return self._environment.get_template(name)


@dataclass
class Choices:
    """The countries offered in the filters, kept for a minute: finding them reads the whole rollup (about 60 ms
    at a million events), and a country that appears a minute late in a menu costs nothing."""

    keep: float = 60.0
    countries: list[str] = field(default_factory=list)
    found_at: float | None = None

    def fresh(self) -> bool:
        return self.found_at is not None and time.monotonic() - self.found_at < self.keep


DASHBOARD_STATS = web.AppKey("dashboard_stats", Stats)
TEMPLATES = web.AppKey("dashboard_templates", Templates)
CHOICES = web.AppKey("dashboard_choices", Choices)


def create_dashboard(rt: Runtime, stats: Stats) -> web.Application:
    app = web.Application(middlewares=[_middleware(DASHBOARD_MODULE, name) for name in DASHBOARD_MIDDLEWARES])
    app[RUNTIME] = rt
    app[DASHBOARD_STATS] = stats
    app[CHOICES] = Choices()
    app[TEMPLATES] = Templates(DASHBOARD_FOLDER / "templates")
    _add_routes(app, DASHBOARD_MODULE, DASHBOARD_ROUTES)
    app.router.add_static("/static/", DASHBOARD_FOLDER / "static", name="static", append_version=False)
    return app


def add_dashboard(root: web.Application, rt: Runtime, stats: Stats) -> None:
    """Mount the dashboard at /dashboard/ (and send /dashboard there)."""
    root.add_subapp(f"{DASHBOARD_PREFIX}/", create_dashboard(rt, stats))

    async def to_dashboard(request: web.Request) -> web.Response:
        return web.Response(status=303, headers={"Location": f"{DASHBOARD_PREFIX}/"})

    root.router.add_get(DASHBOARD_PREFIX, to_dashboard)
