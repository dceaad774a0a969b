"""Runs the bot with long polling until SIGINT/SIGTERM."""

from __future__ import annotations

import asyncio
import logging
import signal

from telegram.error import InvalidToken, NetworkError

from bot.app import ALLOWED_UPDATES, build_application
from bot.runtime import Runtime

log = logging.getLogger(__name__)


class StartupError(Exception):
    """The bot cannot start; the message is one line fit for an operator."""


async def run_polling(rt: Runtime) -> None:
    await rt.store.migrate()
    application = build_application(rt)
    try:
        await application.initialize()
    except InvalidToken:
        raise StartupError(
            "configuration error: BOT_TOKEN was rejected by the Bot API (401/404); check the token from @BotFather"
        ) from None
    except NetworkError as error:
        raise StartupError(
            f"cannot reach the Bot API at {rt.settings.telegram_api_base_url}: {type(error).__name__}"
        ) from None
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(
            allowed_updates=ALLOWED_UPDATES, timeout=rt.settings.poll_timeout, drop_pending_updates=False
        )
        log.info("bot @%s is running (long polling)", application.bot.username)
        await stop.wait()
        log.info("stopping")
        await application.updater.stop()
        await application.stop()
    finally:
        await application.shutdown()
        await rt.store.close()
