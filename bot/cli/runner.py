"""Starting and stopping the bot. `run` (polling or webhook), the tests and the terminal simulator share this."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
from collections.abc import Callable
from functools import partial

from telegram.error import InvalidToken, NetworkError
from telegram.ext import Application

from bot.chat.application import ALLOWED_UPDATES, build_application, report_malformed, set_command_menus
from bot.delivery.leader import Leadership
from bot.delivery.sender import Sender
from bot.features import help
from bot.features.pushes import push_screens
from bot.services.maintenance import Maintenance
from bot.services.runtime import Runtime
from bot.store.db import OUTAGE_ERRORS
from bot.store.partitions import PartitionError, ensure_partitions
from bot.web.health import add_health_routes
from bot.web.server import create_web_app, start_web
from bot.web.webhook import WebhookIntake, add_webhook_route

log = logging.getLogger(__name__)


class StartupError(Exception):
    """The bot cannot start; the message is one line fit for an operator."""


async def start_application(rt: Runtime, *, poll_timeout: int, poll_interval: float = 0.0,
                            polling: bool = True) -> Application:
    """Check the token, migrate, set the command menus and start (polling unless told otherwise)."""
    application = build_application(rt)
    try:
        await application.initialize()
    except (InvalidToken, NetworkError) as error:
        await application.bot.shutdown()  # closes the HTTP sessions initialize opened before getMe failed
        if isinstance(error, InvalidToken):
            raise StartupError("configuration error: BOT_TOKEN was rejected by the Bot API (401/404); "
                               "check the token from @BotFather") from None
        raise StartupError(
            f"cannot reach the Bot API at {rt.settings.telegram_api_base_url}: {type(error).__name__}"
        ) from None
    await rt.store.migrate()
    try:  # this month and the next ones, before any event is written
        async with rt.store.transaction() as session:
            await ensure_partitions(session, rt.clock.now().date())
    except (*OUTAGE_ERRORS, PartitionError) as error:  # events still land (in the default partition); retried hourly
        log.warning("could not create this month's event partitions: %s", type(error).__name__)
    await set_command_menus(application)
    await application.start()
    if polling:
        assert application.updater is not None
        await application.updater.start_polling(
            allowed_updates=ALLOWED_UPDATES, timeout=poll_timeout, poll_interval=poll_interval,
            drop_pending_updates=False,
        )
    return application


def freeze_startup_objects() -> None:
    """Keep what start-up built (modules, content, translations, the Application) out of the garbage collector's
    sight: it lives as long as the process, and every full collection walked all of it again. In
    bench/lesson_path.py collections took about a sixth of the process's CPU before; a fifth less CPU per lesson
    tap after. Objects made later, per update, are collected as before."""
    gc.collect()
    gc.freeze()


async def stop_application(application: Application) -> None:
    if application.updater is not None and application.updater.running:
        await application.updater.stop()
    if application.running:
        await application.stop()  # processes what is already queued, then stops
    await application.shutdown()


async def serve(rt: Runtime, stop: asyncio.Event,
                on_started: Callable[[Application], None] | None = None) -> None:
    """Run the bot until `stop` is set, then shut down gracefully: stop taking updates, finish the ones in
    progress (bounded by SHUTDOWN_GRACE_SECONDS), hand the outbox lock back."""
    settings = rt.settings
    webhook = settings.mode == "webhook"
    application = await start_application(rt, poll_timeout=settings.poll_timeout, polling=not webhook)
    freeze_startup_objects()
    leadership = Leadership(rt.store.engine)
    intake = None
    web_app = create_web_app(rt)
    add_health_routes(web_app, rt, lambda: leadership.is_leader)
    if webhook:
        assert settings.webhook_secret is not None and settings.webhook_url is not None
        intake = WebhookIntake(rt, application, settings.webhook_secret.get_secret_value(),
                               partial(report_malformed, rt), urgent=partial(help.is_urgent, rt))
        add_webhook_route(web_app, intake, settings.webhook_path)
    try:
        web_runner = await start_web(rt, web_app)
    except OSError as error:
        await stop_application(application)
        raise StartupError(f"cannot serve HTTP on {settings.http_host}:{settings.http_port} "
                           f"(HTTP_HOST, HTTP_PORT; 0 disables it): {error.strerror}") from None
    if webhook:
        await application.bot.set_webhook(
            url=f"{settings.webhook_url.rstrip('/')}{settings.webhook_path}",  # type: ignore[union-attr]
            secret_token=settings.webhook_secret.get_secret_value(),  # type: ignore[union-attr]
            allowed_updates=ALLOWED_UPDATES, max_connections=settings.webhook_max_connections,
            drop_pending_updates=False,
        )

    async def lead(lost: asyncio.Event) -> None:
        sender = Sender.for_runtime(rt, push_screens(rt), rt.clock)
        await sender.start()
        housekeeping = asyncio.create_task(Maintenance(rt).run(lost), name="maintenance")
        try:
            await sender.run(lost)
        finally:
            housekeeping.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await housekeeping
            await sender.stop()

    leading = asyncio.create_task(leadership.run(stop, lead), name="outbox-leadership")
    if on_started is not None:
        on_started(application)
    log.info("bot @%s is running (%s)", application.bot.username, settings.mode)
    await stop.wait()
    log.info("stopping: no new updates; finishing the ones in progress")
    if intake is not None:
        intake.accepting = False
    try:
        await asyncio.wait_for(stop_application(application), settings.shutdown_grace_seconds)
    except TimeoutError:
        log.warning("updates still running after %ss; stopping anyway", settings.shutdown_grace_seconds)
    with contextlib.suppress(Exception):
        await leading
    if web_runner is not None:
        await web_runner.cleanup()


async def run(rt: Runtime) -> None:
    """`python -m bot run`: serve until SIGINT or SIGTERM."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await serve(rt, stop)
    finally:
        await rt.close()
