"""Builds the python-telegram-bot Application: every handler is registered here, in one place."""

from __future__ import annotations

import contextlib
import logging
import re
import traceback
from functools import cache, partial
from typing import Any

from telegram import BotCommand, BotCommandScopeAllPrivateChats, Update
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.chat.intake import ResilientBot
from bot.chat.processing import TrackingUpdateProcessor
from bot.chat.replies import ReplyLimiter, answered_callbacks
from bot.chat.transport import AiohttpRequest
from bot.features import (
    activity,
    checkins,
    cohorts,
    dashboard,
    fallback,
    help,
    lessons,
    menus,
    onboarding,
    privacy,
    staff,
    stats,
    voice,
)
from bot.features.common import CallbackRoute, Context, answer_stale, guess_locale, runtime
from bot.features.screen import answer
from bot.observability.logs import quiet_libraries
from bot.services.runtime import Runtime
from bot.store.db import is_unavailable

log = logging.getLogger(__name__)

# Callback data is short ASCII: "<prefix>" or "<prefix>:<argument>"; anything else is forged.
CALLBACK_SHAPE = re.compile(r"^[a-z]{2,5}(:[A-Za-z0-9_.:-]{0,58})?$")

# (command, handler) in the order of the command menu.
COMMANDS = (
    ("start", onboarding.cmd_start),
    ("menu", onboarding.cmd_menu),
    ("lessons", lessons.cmd_lessons),
    ("checkin", checkins.cmd_checkin),
    ("help", help.show_help),
    ("settings", onboarding.cmd_settings),
    ("language", onboarding.cmd_language),
    ("privacy", privacy.cmd_privacy),
    ("mydata", privacy.cmd_mydata),
    ("forget", privacy.cmd_forget),
    ("stop", help.on_stop),
)
ACTIVITY_GROUP = 100
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.MY_CHAT_MEMBER]


@cache
def callback_routes() -> dict[str, CallbackRoute]:
    """Built once: every tap looks its route up here (merging the features' tables took about 1 us a tap)."""
    return {
        **onboarding.CALLBACKS,
        **privacy.CALLBACKS,
        **lessons.CALLBACKS,
        **checkins.CALLBACKS,
        **cohorts.CALLBACKS,
        **voice.CALLBACKS,
        **stats.CALLBACKS,
        **help.CALLBACKS,
        "hb": fallback.on_back_to_where,
        "menu": menus.on_menu,
    }


def deep_links() -> dict[str, onboarding.DeepLinkHandler]:
    """/start <prefix>_<code> payloads."""
    return {"pro": checkins.invite_link, "c": cohorts.join_link, "f": voice.friend_link}


def report_malformed(rt: Runtime, update_id: int | None, where: str) -> None:
    """An update that could not be parsed was skipped: count it and say where, never what it said."""
    rt.metrics.count_malformed_update()
    log.warning("skipped update %s: it could not be parsed (%s)", update_id, where)


class BotApplication(Application):  # type: ignore[type-arg]
    """python-telegram-bot's Application, minus a set of every chat and user ever seen.

    Application marks each update's chat and user for its persistence layer, and only a persistence flush empties
    those sets; this bot has no persistence (its state is in the database), so they grew by two ids for every
    person, forever (bench/memory.py). Nothing to persist, nothing to mark."""

    def _mark_for_persistence_update(self, *, update: object | None = None, job: Any = None) -> None:
        if self.persistence is not None:
            super()._mark_for_persistence_update(update=update, job=job)


def build_application(rt: Runtime) -> Application:
    quiet_libraries()  # never a child's text or a statement's parameters in a log, whatever LOG_LEVEL says
    base = rt.settings.telegram_api_base_url
    bot = ResilientBot(
        rt.settings.bot_token.get_secret_value(),
        base_url=f"{base}/bot",
        base_file_url=f"{base}/file/bot",
        request=AiohttpRequest(connection_pool_size=256),  # lighter than PTB's httpx default (bot/chat/transport.py)
        get_updates_request=AiohttpRequest(connection_pool_size=1),
        rate_limiter=ReplyLimiter(rt.send_budget, rt.metrics),
        on_malformed=partial(report_malformed, rt),
    )
    application = (
        ApplicationBuilder()
        .application_class(BotApplication)
        .bot(bot)
        .concurrent_updates(TrackingUpdateProcessor(urgent=partial(help.is_urgent, rt),
                                                    observe=rt.metrics.observe_update))
        .build()
    )
    application.bot_data["runtime"] = rt
    application.bot_data["deep_links"] = deep_links()
    _register(application)
    return application


def _register(application: Application) -> None:
    private = filters.ChatType.PRIVATE
    # First in its group: a tap is then matched at once instead of after every command and message handler (which
    # never match one: they ask for a message update), about 5 us a tap; a message pays one quick "no" for it.
    application.add_handler(CallbackQueryHandler(_route_callback))
    for name, handler in (*COMMANDS, *staff.COMMANDS, *cohorts.COMMANDS, *stats.COMMANDS, *dashboard.COMMANDS):
        application.add_handler(CommandHandler(name, handler, filters=private & filters.UpdateType.MESSAGE))
    application.add_handler(MessageHandler(private & filters.UpdateType.MESSAGE & filters.COMMAND,
                                           fallback.on_unknown_command))
    application.add_handler(MessageHandler(private & filters.UpdateType.MESSAGE & filters.TEXT, fallback.on_text))
    application.add_handler(MessageHandler(private & filters.UpdateType.MESSAGE & ~filters.TEXT, fallback.on_media))
    application.add_handler(MessageHandler(~private & filters.UpdateType.MESSAGE & filters.COMMAND,
                                           fallback.on_group_command))
    # After the consent button has been handled (group 0): count a newcomer who came through a friend's share link.
    application.add_handler(CallbackQueryHandler(voice.settle_after_consent, pattern=r"^cns:yes$"), group=1)
    application.add_handler(ChatMemberHandler(fallback.on_chat_member, ChatMemberHandler.MY_CHAT_MEMBER))
    # Last, after whatever handled the update (a newcomer's row exists by then): the day counts as activity.
    application.add_handler(TypeHandler(Update, activity.record_activity), group=ACTIVITY_GROUP)
    application.add_error_handler(_on_error)


async def _route_callback(update: Update, context: Context) -> None:
    """A button tap goes to its feature only if its data has the expected shape and it was tapped in the
    presser's own private chat with the bot (not an inline message, not a message in another chat). Every tap is
    answered, even when the feature did not answer it itself, so no button keeps spinning."""
    query = update.callback_query
    assert query is not None
    data = query.data or ""
    prefix, _, argument = data.partition(":")
    route = callback_routes().get(prefix) if CALLBACK_SHAPE.match(data) else None
    own_chat = query.message is not None and query.message.chat.id == query.from_user.id
    if route is None or not own_chat:
        await answer_stale(update, runtime(context))
        return
    answered: set[str] = set()
    token = answered_callbacks.set(answered)
    try:
        await route(update, context, argument)
    finally:
        answered_callbacks.reset(token)
    if query.id not in answered:
        await answer(update)


async def set_command_menus(application: Application) -> None:
    """One command menu per language (Telegram picks it by the user's app language)."""
    rt: Runtime = application.bot_data["runtime"]
    scope = BotCommandScopeAllPrivateChats()
    try:
        for locale in rt.i18n.locales:
            commands = [BotCommand(name, rt.i18n.startup_text(locale, f"cmd-{name}")) for name, _ in COMMANDS]
            language = None if locale == rt.settings.default_locale else locale
            await application.bot.set_my_commands(commands, scope=scope, language_code=language)
            if language is None:
                await application.bot.set_my_commands(commands, scope=scope, language_code=locale)
    except TelegramError as error:
        log.warning("could not set the command menus: %s", type(error).__name__)


async def _on_error(update: object, context: Context) -> None:
    """Log without message text; tell the person to try again; never leave them without an answer."""
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    runtime(context).metrics.count_error(type(error).__name__)
    if error is not None and is_unavailable(error):
        # The driver's own first line ("database is locked", "connection refused") tells outages apart; it never
        # holds statement parameters, unlike str() of SQLAlchemy's wrapper.
        reason = (str(getattr(error, "orig", None) or "").splitlines() or [type(error).__name__])[0][:200]
        log.warning("database unavailable while handling update %s: %s: %s", update_id, type(error).__name__, reason)
    else:
        # The type and where it happened, never the message: an exception's message can quote what a person typed.
        where = "".join(traceback.format_tb(error.__traceback__)) if error is not None else ""
        log.error("error while handling update %s: %s\n%s", update_id, type(error).__name__, where.rstrip())
    if not isinstance(update, Update) or update.effective_chat is None or update.effective_chat.type != "private":
        return
    rt = runtime(context)
    if update.callback_query is not None:
        with contextlib.suppress(TelegramError):  # it may have been answered before the failure
            await update.callback_query.answer()
    try:
        await update.effective_chat.send_message(rt.i18n.t(guess_locale(rt, update), "try-later"))
    except TelegramError as send_error:
        log.warning("could not tell the user to try later: %s", type(send_error).__name__)
