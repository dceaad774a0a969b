"""Counts a person's message or tap as activity (users.last_seen, for retention); runs after every handler."""

from __future__ import annotations

import logging

from telegram import Update

from bot.features.common import Context, runtime
from bot.store.db import OUTAGE_ERRORS

log = logging.getLogger(__name__)


async def record_activity(update: object, context: Context) -> None:
    if not isinstance(update, Update) or update.effective_user is None:
        return
    if update.message is None and update.callback_query is None:
        return  # blocking or unblocking the bot (my_chat_member) is not using it
    if update.effective_chat is None or update.effective_chat.type != "private":
        return
    rt = runtime(context)
    try:
        await rt.activity.record(rt.store, update.effective_user.id, rt.clock.now().date())
    except OUTAGE_ERRORS as error:  # the person was answered already; the next update tries again
        log.warning("could not record activity: %s", type(error).__name__)
