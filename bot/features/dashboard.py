"""/dashboard for programme staff: a one-time link that opens the web dashboard (bot/web/dashboard/) in a browser.

The link works once and for a few minutes; the session it opens lasts SESSION_TTL and ends as soon as the person
is no longer staff. Without DASHBOARD_URL (the public address of the HTTP server) the answer says how to set it.
Anyone else gets the ordinary "unknown command" answer.
"""

from __future__ import annotations

from html import escape

from telegram import Update

from bot.delivery.screen import Screen
from bot.features.common import Context, translator, user_id
from bot.features.screen import show
from bot.features.staff import staff_only
from bot.services.dashboard_access import LINK_TTL, SESSION_TTL, create_link
from bot.services.runtime import Runtime

LOGIN_PATH = "/dashboard/login/"


async def _dashboard(update: Update, context: Context, rt: Runtime, locale: str, _args: list[str]) -> None:
    t = translator(rt, locale)
    base = rt.settings.dashboard_url
    if not base:
        await show(update, Screen(t("dashboard-not-set")))
        return
    async with rt.store.transaction() as session:
        token = await create_link(session, user_id(update), locale, rt.clock.now())
    link = escape(f"{base}{LOGIN_PATH}{token}")
    await show(update, Screen(t("dashboard-link", link=link, minutes=int(LINK_TTL.total_seconds() // 60),
                                hours=int(SESSION_TTL.total_seconds() // 3600))))


COMMANDS = (("dashboard", staff_only(_dashboard)),)
