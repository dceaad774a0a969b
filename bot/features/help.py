"""Help, disclosures and stop: they pre-empt every flow, in every language, before onboarding too."""

from __future__ import annotations

from html import escape

from telegram import Update

from bot.delivery.screen import Button, Screen
from bot.features.common import Context, guess_locale, locale_of, runtime, translator, user_id
from bot.features.screen import show
from bot.services.countries import NOT_SAID, country_name
from bot.services.help_resources import emergency_number, resources_for
from bot.services.patience import within
from bot.services.profiles import find_user
from bot.services.runtime import Runtime
from bot.services.safety_words import Signal
from bot.store.db import OUTAGE_ERRORS
from bot.store.models import User


def _phone(number: str, rtl: bool) -> str:
    """Bold phone number; in right-to-left text, left-to-right marks keep "116 111" from showing as "111 116"
    (marks outside the number, so copying the number itself copies digits only)."""
    bold = f"<b>{escape(number)}</b>"
    return f"\u200e{bold}\u200e" if rtl else bold


def resources_text(rt: Runtime, locale: str, country: str | None) -> str:
    t = translator(rt, locale)
    known = country if country and country != NOT_SAID else None
    lines = [
        t("help-intro-country", country=country_name(known, locale)) if known else t("help-intro-global"),
        "",
    ]
    for resource in resources_for(rt.catalog, known):
        reach = " · ".join(
            part
            for part in (
                _phone(resource.phone, rt.i18n.is_rtl(locale)) if resource.phone else "",
                escape(resource.url) if resource.url else "",
            )
            if part
        )
        lines.append(t("help-resource-line", kind=t(f"help-kind-{resource.kind}"), name=escape(resource.name),
                       reach=reach))
    lines.append("")
    if known is None:
        lines += [t("help-no-country"), ""]
    number = emergency_number(rt.catalog, known)
    if number and rt.i18n.is_rtl(locale):
        number = f"\u200e{number}\u200e"  # "1-800-843-5678" in order in right-to-left text
    lines.append(t("help-footer-emergency", number=number) if number else t("help-footer-local"))
    return "\n".join(lines)


def help_screen(rt: Runtime, locale: str, country: str | None, *, onboarded: bool, intro: str) -> Screen:
    screen = Screen(f"{intro}\n\n{resources_text(rt, locale, country)}", urgent=True, repeatable=True)
    if onboarded:
        screen.add_row(Button(rt.i18n.t(locale, "btn-menu"), "menu"))
    return screen


# Help callbacks and commands: answered before anything else the bot is doing (see is_urgent).
HELP_CALLBACKS = frozenset({"hlp"})
# How long help waits to learn the person's language and country before answering from their Telegram language
# with the resources for everywhere.
PROFILE_WAIT_SECONDS = 1.0


def is_urgent(rt: Runtime, update: object) -> bool:
    """Help, help words and disclosures: they skip the queue of this person's and everyone's other updates."""
    try:
        if not isinstance(update, Update):
            return False
        query = update.callback_query
        if query is not None:
            return (query.data or "").partition(":")[0] in HELP_CALLBACKS
        message = update.message
        if message is None or message.chat.type != "private":
            return False
        text = message.text or message.caption or ""
        if text.split("@", 1)[0].split(maxsplit=1)[:1] == ["/help"]:
            return True
        return rt.safety.classify(text) in (Signal.HELP, Signal.DISCLOSURE)
    except Exception:  # deciding the order must never lose an update
        return False


async def _find(rt: Runtime, telegram_id: int) -> User | None:
    async with rt.store.transaction() as session:
        return await find_user(session, telegram_id)


async def _profile(rt: Runtime, update: Update) -> tuple[str, str | None, bool]:
    """Locale, country and onboarded flag, if the database answers within PROFILE_WAIT_SECONDS; otherwise the
    Telegram language and no country. Help never waits longer than that for the database."""
    try:
        user = await within(PROFILE_WAIT_SECONDS, _find(rt, user_id(update)))
    except OUTAGE_ERRORS:  # TimeoutError included
        user = None
    if user is None:
        return guess_locale(rt, update), None, False
    return locale_of(rt, update, user), user.country, user.onboarded


async def show_help(update: Update, context: Context) -> None:
    rt = runtime(context)
    locale, country, onboarded = await _profile(rt, update)
    if update.callback_query is not None:
        await update.callback_query.answer()
    await show(update, help_screen(rt, locale, country, onboarded=onboarded, intro=rt.i18n.t(locale, "help-title")))


async def on_help_button(update: Update, context: Context, _arg: str) -> None:
    await show_help(update, context)


async def on_disclosure(update: Update, context: Context) -> None:
    rt = runtime(context)
    locale, country, onboarded = await _profile(rt, update)
    await show(update, help_screen(rt, locale, country, onboarded=onboarded, intro=rt.i18n.t(locale, "disclosure")))


async def on_stop(update: Update, context: Context) -> None:
    rt = runtime(context)
    async with rt.store.transaction() as session:
        user = await find_user(session, user_id(update))
        if user is not None:
            user.stopped = True
        locale = locale_of(rt, update, user)
    await show(update, Screen(rt.i18n.t(locale, "stopped")))
