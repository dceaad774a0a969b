"""Webhook intake: check Telegram's secret header in constant time, take each update id once across replicas,
queue the update for the Application and answer at once (processing happens in the background)."""

from __future__ import annotations

import hmac
import logging
from collections.abc import Callable

from aiohttp import web
from telegram.ext import Application

from bot.chat.intake import parse_update
from bot.services.runtime import Runtime
from bot.services.updates import claim_update
from bot.store.db import OUTAGE_ERRORS

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_UPDATE_BYTES = 1024 * 1024


class WebhookIntake:
    def __init__(self, rt: Runtime, application: Application, secret: str,
                 on_malformed: Callable[[int | None, str], None]) -> None:
        self.rt = rt
        self.on_malformed = on_malformed
        self.application = application
        self._secret = secret.encode()
        self.accepting = True  # False while shutting down: Telegram keeps the update and re-sends it

    async def handle(self, request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, self._secret):
            self.rt.metrics.webhook_rejected += 1
            return web.Response(status=401, text="unauthorized")
        if not self.accepting:
            return web.Response(status=503, text="shutting down")
        if (request.content_length or 0) > MAX_UPDATE_BYTES:
            return web.Response(status=413)
        try:
            data = await request.json()
            update_id = int(data["update_id"])
        except (ValueError, KeyError, TypeError):
            return web.Response(status=400, text="not an update")
        # Parsed before it is recorded: an update the library cannot read is skipped (counted and logged by the
        # bot's intake) and answered 200, so Telegram does not re-send it forever; it is never marked processed.
        update = parse_update(data, self.application.bot, self.on_malformed)
        if update is None:
            return web.Response(status=200)
        try:
            async with self.rt.store.transaction() as session:
                fresh = await claim_update(session, update_id)
        except OUTAGE_ERRORS as error:
            log.warning("cannot record update %s: %s", update_id, type(error).__name__)
            return web.Response(status=503, text="try again")  # Telegram re-sends it later
        if not fresh:
            self.rt.metrics.duplicate_updates += 1
            return web.Response(status=200)
        await self.application.update_queue.put(update)
        return web.Response(status=200)


def add_webhook_route(app: web.Application, intake: WebhookIntake, path: str) -> None:
    app.router.add_post(path, intake.handle)
