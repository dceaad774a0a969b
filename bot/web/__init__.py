"""aiohttp server beside the bot: the staff statistics API (bot/web/api.py) under /api/v1/."""

from bot.web.server import create_web_app, start_web

__all__ = ["create_web_app", "start_web"]
