"""aiohttp server beside the bot: the staff statistics API (bot/web/api.py) under /api/v1/ and the staff dashboard
(bot/web/dashboard/) under /dashboard/."""

from bot.web.server import create_web_app, start_web

__all__ = ["create_web_app", "start_web"]
