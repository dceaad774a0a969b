"""Starting and stopping the bot. `run` (long polling), the tests and the terminal simulator share this."""

from __future__ import annotations

import asyncio
import logging
import signal

from telegram.error import InvalidToken, NetworkError
from telegram.ext import Application

from bot.app import ALLOWED_UPDATES, build_application, set_command_menus
from bot.delivery.sender import Sender
from bot.runtime import Runtime

log = logging.getLogger(__name__)


class StartupError(Exception):
    """The bot cannot start; the message is one line fit for an operator."""


async def start_application(rt: Runtime, *, poll_timeout: int, poll_interval: float = 0.0) -> Application:
    """Check the token, migrate, set the command menus and start polling."""
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
    await rt.store.migrate()
    await set_command_menus(application)
    await application.start()
    assert application.updater is not None
    await application.updater.start_polling(
        allowed_updates=ALLOWED_UPDATES, timeout=poll_timeout, poll_interval=poll_interval, drop_pending_updates=False
    )
    return application


async def stop_application(application: Application) -> None:
    if application.updater is not None and application.updater.running:
        await application.updater.stop()
    if application.running:
        await application.stop()
    await application.shutdown()


async def run_polling(rt: Runtime) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        application = await start_application(rt, poll_timeout=rt.settings.poll_timeout)
        sender = Sender.for_runtime(rt, rt.clock)
        await sender.start()
        sending = asyncio.create_task(sender.run(stop), name="outbox-sender")
        try:
            log.info("bot @%s is running (long polling)", application.bot.username)
            await stop.wait()
            log.info("stopping")
        finally:
            await sending
            await sender.stop()
            await stop_application(application)
    finally:
        await rt.store.close()
