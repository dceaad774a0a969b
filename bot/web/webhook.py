"""Webhook intake: check Telegram's secret header in constant time, take each update id once across replicas,
queue the update for the Application and answer at once (processing happens in the background).

Help never waits on the database: an urgent update (help, a help word, a disclosure) whose id is not recorded
within URGENT_CLAIM_SECONDS is handled anyway, while the claim goes on in the background, and this replica
remembers the id so that Telegram's next delivery of it is not answered twice. (Another replica could answer a
re-sent copy a second time while the database is down: better than a child left waiting.) Any other update the
database cannot take is answered 503, and Telegram sends it again."""

from __future__ import annotations

import asyncio
import hmac
import logging
from collections import OrderedDict
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
URGENT_CLAIM_SECONDS = 0.5
UNCONFIRMED_KEPT = 10_000  # urgent update ids handled before their claim was confirmed, newest kept


class WebhookIntake:
    def __init__(self, rt: Runtime, application: Application, secret: str,
                 on_malformed: Callable[[int | None, str], None],
                 urgent: Callable[[object], bool] = lambda _update: False) -> None:
        self.rt = rt
        self.urgent = urgent
        self.on_malformed = on_malformed
        self.application = application
        self._secret = secret.encode()
        self.accepting = True  # False while shutting down: Telegram keeps the update and re-sends it
        self._unconfirmed: OrderedDict[int, None] = OrderedDict()
        self._background: set[asyncio.Task[bool]] = set()

    async def handle(self, request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, self._secret):
            self.rt.metrics.count_webhook_rejected()
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
        if self.urgent(update):
            fresh = await self._claim_without_waiting(update_id)
        else:
            try:
                fresh = await self._claim(update_id)
            except OUTAGE_ERRORS as error:
                log.warning("cannot record update %s: %s", update_id, type(error).__name__)
                return web.Response(status=503, text="try again")  # Telegram re-sends it later
        if not fresh:
            self.rt.metrics.count_duplicate_update()
            return web.Response(status=200)
        await self.application.update_queue.put(update)
        return web.Response(status=200)

    async def _claim_without_waiting(self, update_id: int) -> bool:
        """Claim an urgent update, but give up waiting after URGENT_CLAIM_SECONDS and treat it as fresh unless this
        replica has already handled it; the claim itself carries on."""
        if update_id in self._unconfirmed:
            return False
        claim = asyncio.ensure_future(self._claim(update_id))
        try:
            return await asyncio.wait_for(asyncio.shield(claim), URGENT_CLAIM_SECONDS)
        except OUTAGE_ERRORS as error:  # TimeoutError among them
            log.warning("handling urgent update %s before it is recorded: %s", update_id, type(error).__name__)
        self._unconfirmed[update_id] = None
        if len(self._unconfirmed) > UNCONFIRMED_KEPT:
            self._unconfirmed.popitem(last=False)
        if not claim.done():
            self._background.add(claim)
            claim.add_done_callback(self._claim_settled)
        return True

    def _claim_settled(self, claim: asyncio.Task[bool]) -> None:
        self._background.discard(claim)
        if not claim.cancelled():
            claim.exception()  # retrieved, so asyncio does not report it again: it was logged when handling began

    async def _claim(self, update_id: int) -> bool:
        async with self.rt.store.transaction() as session:
            return await claim_update(session, update_id)


def add_webhook_route(app: web.Application, intake: WebhookIntake, path: str) -> None:
    app.router.add_post(path, intake.handle)
