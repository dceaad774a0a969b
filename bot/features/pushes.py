"""The screens the outbox sender sends, handed to it by the Telegram side (imports point down: the sender in
bot/delivery never imports handlers)."""

from __future__ import annotations

from functools import partial

from bot.delivery.sender import PushScreens
from bot.features.cohorts import delivery_screen, progress_screen
from bot.features.voice import poll_announcement_screen
from bot.services.runtime import Runtime


def push_screens(rt: Runtime) -> PushScreens:
    return PushScreens(
        lesson=partial(delivery_screen, rt),
        progress=partial(progress_screen, rt),
        poll=partial(poll_announcement_screen, rt),
    )
