"""What a running bot leaves out of memory until it is needed (issue #19), and that it still works when it is.

Each check runs in a fresh process: whether a module is imported depends on everything imported before it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bot.settings import PROJECT_ROOT

# Start-up as `python -m bot run` does it (Runtime.build, the Application, the HTTP app with its routes), then the
# first request for the OpenAPI document, as a staff member's tool would send it, and the dashboard's signed-out page.
_SCRIPT = """
import asyncio, json, sys
from aiohttp.test_utils import TestClient, TestServer
from bot.chat.application import build_application
from bot.services.runtime import Runtime
from bot.settings import load_settings
from bot.web.health import add_health_routes
from bot.web.server import create_web_app

async def main():
    rt = Runtime.build(load_settings())
    build_application(rt)
    app = create_web_app(rt)
    add_health_routes(app, rt, lambda: True)
    staff = ("bot.web.api", "bot.web.openapi", "bot.web.dashboard.app", "bot.web.dashboard.pages", "markupsafe")
    idle = {name: name in sys.modules for name in (*staff, "xml.etree.ElementTree",
                                                   "sqlalchemy.dialects.postgresql")}
    verdict = rt.safety.classify("help")
    async with TestClient(TestServer(app)) as client:
        response = await client.get("/api/v1/openapi.json")
        document = await response.json()
        after_api = {name: name in sys.modules for name in staff}
        page = await client.get("/dashboard/signed-out")
        text = await page.text()
    await rt.close()
    print(json.dumps({"idle": idle, "help": verdict.signal.value if verdict else None,
                      "catalog_safety": rt.catalog.safety is not None, "status": response.status,
                      "paths": sorted(document["paths"]), "after_api": after_api, "page": page.status,
                      "csp": page.headers.get("Content-Security-Policy", ""), "html": "<html" in text,
                      "after": {name: name in sys.modules for name in staff}}))

asyncio.run(main())
"""


def test_staff_web_parts_and_xml_are_imported_on_first_use_and_served(tmp_path: Path) -> None:
    env = {**os.environ, "BOT_TOKEN": "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1",
           "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}", "PSEUDONYM_KEY": "idle-memory-test-key",
           "MODE": "polling", "LOG_LEVEL": "WARNING"}
    result = subprocess.run([sys.executable, "-c", _SCRIPT], cwd=PROJECT_ROOT, env=env, capture_output=True,
                            text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    # (PostgreSQL's dialect: not on SQLite, see POSTGRESQL_INDEX_OPTIONS in bot/store/models.py)
    # The API and the dashboard (bot/web/staff.py) and PostgreSQL's dialect (not on SQLite, see
    # POSTGRESQL_INDEX_OPTIONS in bot/store/models.py) are not imported at idle.
    assert seen["idle"] == {"bot.web.api": False, "bot.web.openapi": False, "bot.web.dashboard.app": False,
                            "bot.web.dashboard.pages": False, "markupsafe": False, "xml.etree.ElementTree": False,
                            "sqlalchemy.dialects.postgresql": False}
    assert seen["help"] == "help"  # the matcher is built at start, before anything else is asked
    assert seen["catalog_safety"] is False  # the parsed words files are not kept once the matcher is built
    assert seen["status"] == 200
    assert {"/reach", "/funnel", "/checkins", "/cohorts"} <= set(seen["paths"])
    # The API's first request imported the API only; the dashboard's first page imported the dashboard.
    assert seen["after_api"] == {"bot.web.api": True, "bot.web.openapi": True, "bot.web.dashboard.app": False,
                                 "bot.web.dashboard.pages": False, "markupsafe": False}
    assert seen["page"] == 200 and seen["html"] and "default-src 'none'" in seen["csp"]
    assert all(seen["after"].values()), seen["after"]


def test_every_staff_route_and_middleware_names_a_function_of_its_module() -> None:
    """bot/web/staff.py mounts the API's and the dashboard's routes by name; a renamed or missing handler would
    fail only at its first request, so each name is resolved here."""
    import inspect
    from importlib import import_module

    for module, handlers, middlewares in _staff_tables():
        loaded = import_module(module)
        for name in (*handlers, *middlewares):
            assert inspect.iscoroutinefunction(getattr(loaded, name, None)), f"{module}.{name}"


def _staff_tables() -> tuple[tuple[str, set[str], set[str]], ...]:
    """(module, its handlers' names, its middlewares' names) as bot/web/staff.py mounts them."""
    from bot.web import staff

    return ((staff.API_MODULE, {route[2] for route in staff.API_ROUTES}, set(staff.API_MIDDLEWARES)),
            (staff.DASHBOARD_MODULE, {route[2] for route in staff.DASHBOARD_ROUTES}, set(staff.DASHBOARD_MIDDLEWARES)))


def test_the_content_is_built_without_the_database_or_the_chat_imported() -> None:
    """`python -m bot run` builds the content (bot.services.startup) before importing SQLAlchemy, the chat,
    python-telegram-bot and aiohttp, so that their code fills the memory the build leaves free (4 MB, bench/README.md):
    that module must not import them itself."""
    script = ("import sys, bot.services.startup; "
              "print(sorted(name for name in ('sqlalchemy', 'telegram', 'aiohttp', 'bot.services.runtime', 'bot.chat') "
              "if name in sys.modules))")
    result = subprocess.run([sys.executable, "-c", script], cwd=PROJECT_ROOT, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "[]"


def test_every_handler_and_middleware_of_the_staff_modules_is_mounted() -> None:
    """The other way round: a handler or middleware written in the API's or the dashboard's module but not listed
    in bot/web/staff.py would never be served; every public coroutine function of those modules that takes a
    request is listed there."""
    import inspect
    from importlib import import_module

    for module, routed, middlewares in _staff_tables():
        loaded = import_module(module)
        handlers, wrappers = set(), set()
        for name, function in vars(loaded).items():
            if name.startswith("_") or not inspect.iscoroutinefunction(function):
                continue
            if getattr(function, "__module__", None) != module:
                continue
            parameters = list(inspect.signature(function).parameters)
            if parameters == ["request"]:
                handlers.add(name)
            elif parameters == ["request", "handler"]:
                wrappers.add(name)
        assert handlers == routed, module
        assert wrappers == middlewares, module
