"""Small helpers shared by the feature modules."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from functools import partial

from babel import dates as babel_dates
from babel import numbers as babel_numbers
from telegram import Update
from telegram.ext import ContextTypes

from bot.features.screen import answer
from bot.services.profiles import find_user
from bot.services.runtime import Runtime
from bot.store.db import OUTAGE_ERRORS
from bot.store.models import User

Context = ContextTypes.DEFAULT_TYPE
# A callback route receives the part of the callback data after its prefix.
CallbackRoute = Callable[[Update, Context, str], Awaitable[None]]
Translate = Callable[..., str]


# Numbers in button data and typed commands are checked before they reach a query: ids of the bot's own rows are
# 32-bit on both databases; Telegram user ids fit in 52 bits (Bot API documentation).
MAX_ROW_ID = 2**31 - 1
MAX_TELEGRAM_ID = 2**52


def number(text: str, high: int = MAX_ROW_ID) -> int | None:
    """A plain decimal number from 0 to `high`, or None (anything else is a forged button or a typo)."""
    if not (text.isascii() and text.isdigit()) or len(text) > len(str(high)):
        return None
    value = int(text)
    return value if value <= high else None


def runtime(context: Context) -> Runtime:
    return context.application.bot_data["runtime"]


def user_id(update: Update) -> int:
    assert update.effective_user is not None
    return update.effective_user.id


def guess_locale(rt: Runtime, update: Update) -> str:
    """The locale for someone we know nothing about: Telegram's language_code, else the default."""
    code = update.effective_user.language_code if update.effective_user else None
    return rt.i18n.negotiate(code, rt.settings.default_locale)


def locale_of(rt: Runtime, update: Update, user: User | None) -> str:
    return user.locale if user is not None else guess_locale(rt, update)


def translator(rt: Runtime, locale: str) -> Translate:
    return partial(rt.i18n.t, locale)


async def answer_stale(update: Update, rt: Runtime, locale: str | None = None) -> None:
    """"That button is no longer active", in the person's chosen language (looked up when not given)."""
    if update.callback_query is None:
        return
    if locale is None:
        locale = await chosen_locale(rt, update)
    await answer(update, rt.i18n.t(locale, "stale-button"), show_alert=False)


async def chosen_locale(rt: Runtime, update: Update) -> str:
    """The language the person chose, else their Telegram app's; works while the database is down too."""
    try:
        async with rt.store.transaction() as session:
            user = await find_user(session, user_id(update))
    except OUTAGE_ERRORS:
        user = None
    return user.locale if user is not None else guess_locale(rt, update)


def format_date(value: date | None, locale: str) -> str:
    """A date as people of this language write it (Babel/CLDR medium form: 31 déc. 2026, Dec 31, 2026)."""
    return babel_dates.format_date(value, format="medium", locale=locale) if value is not None else "-"


def format_percent(ratio: float, locale: str) -> str:
    """0.62 -> 62% in English, 62 % in French (Babel/CLDR)."""
    return babel_numbers.format_percent(ratio, locale=locale)
