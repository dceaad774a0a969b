"""The bot's real HTTP server (API and dashboard) on 127.0.0.1 with the demo programme, for browser tests and the
README screenshots."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.services.clock import ManualClock
from bot.services.dashboard_access import create_link
from bot.services.runtime import Runtime
from bot.store.db import Store
from bot.web import create_web_app
from bot.web.site import serve_app
from tests.auxil.harness import make_settings
from tests.browser.demo import DEMO_NOW, seed_demo

STAFF_ID = 999  # in make_settings' ADMIN_IDS


@dataclass
class Served:
    rt: Runtime
    base_url: str
    ids: dict[str, int]
    runner: web.AppRunner

    async def sign_in_link(self, telegram_id: int = STAFF_ID, locale: str = "en") -> str:
        """What /dashboard would send this staff member."""
        async with self.rt.store.transaction() as session:
            token = await create_link(session, telegram_id, locale, self.rt.clock.now())
        return f"{self.base_url}/dashboard/login/{token}"


@asynccontextmanager
async def demo_server(database_url: str, engine_options: dict[str, Any] | None = None) -> AsyncIterator[Served]:
    store = Store(database_url, **(engine_options or {}))
    await store.migrate()
    settings = make_settings(database_url, "http://127.0.0.1:9", dashboard_url="http://127.0.0.1:8080")
    rt = Runtime.build(settings, store, ManualClock(DEMO_NOW))
    runner = None
    try:
        ids = await seed_demo(store, rt.catalog)
        runner, port = await serve_app(create_web_app(rt), "127.0.0.1", 0)
        yield Served(rt, f"http://127.0.0.1:{port}", ids, runner)
    finally:
        if runner is not None:
            await runner.cleanup()
        await rt.close()


def sqlite_url(folder: Path) -> str:
    return f"sqlite+aiosqlite:///{folder / 'demo.db'}"
