"""Help, disclosures and stop: they pre-empt every flow, in every language, before onboarding too."""

from __future__ import annotations

from html import escape

from telegram import Update

from bot.content.help import Resource
from bot.content.i18n import FALLBACK_LOCALE
from bot.delivery.screen import Button, Screen
from bot.features.common import Context, guess_locale, locale_of, runtime, translator, user_id
from bot.features.screen import show
from bot.services.countries import NOT_SAID, country_name
from bot.services.help_resources import emergency_number, has_child_helpline, resources_for
from bot.services.patience import within
from bot.services.profiles import find_user
from bot.services.runtime import Runtime
from bot.services.safety_words import Signal
from bot.store.db import OUTAGE_ERRORS
from bot.store.models import User

# The wording of a message for an audience, where it differs: "…-caregiver", "…-professional", then "…-adult".
AUDIENCE_SUFFIXES = {"caregiver": ("-caregiver", "-adult"), "professional": ("-professional", "-adult")}


def _for(rt: Runtime, message_id: str, audience: str | None) -> str:
    """The audience's variant of a message id if there is one, else the plain id (young people, and anyone whose
    audience is not known yet). check-content makes every locale have each variant English has."""
    for suffix in AUDIENCE_SUFFIXES.get(audience or "", ()):
        if rt.i18n.has(FALLBACK_LOCALE, message_id + suffix):
            return message_id + suffix
    return message_id


def _ltr(text: str, rtl: bool) -> str:
    """In right-to-left text, left-to-right marks keep "116 111" from showing as "111 116" and an address in one
    piece (marks outside the text, so copying the number itself copies digits only)."""
    return f"\u200e{text}\u200e" if rtl else text


def _phone(number: str, rtl: bool) -> str:
    return _ltr(f"<b>{escape(number)}</b>", rtl)


def _named_by_number(resource: Resource) -> bool:
    """A service called by its number ("112", "3018"): show the number once, not "3018: 3018"."""
    return resource.phone is not None and resource.name.replace(" ", "") == resource.phone.replace(" ", "")


def _resource_lines(rt: Runtime, locale: str, audience: str | None, resource: Resource) -> list[str]:
    t = translator(rt, locale)
    rtl = rt.i18n.is_rtl(locale)
    lines = [f"• {t(_for(rt, f'help-kind-{resource.kind}', audience))}"]
    if not _named_by_number(resource):
        lines.append(f"  {escape(resource.name)}")
    if resource.phone:
        hours = f" ({t('help-hours-24-7')})" if resource.hours == "24/7" else ""
        lines.append(f"  📞 {_phone(resource.phone, rtl)}{hours}")
    if resource.whatsapp:
        lines.append(f"  WhatsApp {_phone(resource.whatsapp, rtl)}")
    if resource.chat:
        lines.append(f"  💬 {t('help-chat', url=_ltr(escape(resource.chat), rtl))}")
    if resource.url:
        lines.append(f"  🔗 {_ltr(escape(resource.url), rtl)}")
    return lines


def resources_text(rt: Runtime, locale: str, country: str | None, audience: str | None = None) -> str:
    """The help list for someone in `country` (None or not said: the worldwide services only), worded for their
    audience (youth, caregiver, professional; None when not known yet, worded as for a young person)."""
    t = translator(rt, locale)
    known = country if country and country != NOT_SAID else None
    name = country_name(known, locale) if known else ""
    lines = [
        t(_for(rt, "help-intro-country", audience), country=name)
        if known
        else t(_for(rt, "help-intro-global", audience)),
        "",
    ]
    shown_gap = known is None or has_child_helpline(rt.catalog, known)
    for resource in resources_for(rt.catalog, known, audience):
        if not shown_gap and resource in rt.catalog.help.global_:
            lines += ["", t(_for(rt, "help-no-helpline", audience), country=name), ""]
            shown_gap = True
        lines += _resource_lines(rt, locale, audience, resource)
    lines.append("")
    if known is None:
        lines += [t(_for(rt, "help-no-country", audience)), ""]
    number = emergency_number(rt.catalog, known)
    if number:
        lines.append(t(_for(rt, "help-footer-emergency", audience), number=_ltr(number, rt.i18n.is_rtl(locale))))
    else:
        lines.append(t(_for(rt, "help-footer-local", audience)))
    return "\n".join(lines)


def help_screen(
    rt: Runtime, locale: str, country: str | None, *, onboarded: bool, intro: str, audience: str | None = None
) -> Screen:
    screen = Screen(f"{intro}\n\n{resources_text(rt, locale, country, audience)}", urgent=True, repeatable=True)
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


async def _profile(rt: Runtime, update: Update) -> tuple[str, str | None, bool, str | None]:
    """Locale, country, onboarded flag and audience, if the database answers within PROFILE_WAIT_SECONDS;
    otherwise the Telegram language, no country and no audience. Help never waits longer than that for the
    database."""
    try:
        user = await within(PROFILE_WAIT_SECONDS, _find(rt, user_id(update)))
    except OUTAGE_ERRORS:  # TimeoutError included
        user = None
    if user is None:
        return guess_locale(rt, update), None, False, None
    return locale_of(rt, update, user), user.country, user.onboarded, user.audience


async def show_help(update: Update, context: Context) -> None:
    rt = runtime(context)
    locale, country, onboarded, audience = await _profile(rt, update)
    if update.callback_query is not None:
        await update.callback_query.answer()
    intro = rt.i18n.t(locale, "help-title")
    await show(update, help_screen(rt, locale, country, onboarded=onboarded, intro=intro, audience=audience))


async def on_help_button(update: Update, context: Context, _arg: str) -> None:
    await show_help(update, context)


async def on_disclosure(update: Update, context: Context) -> None:
    rt = runtime(context)
    locale, country, onboarded, audience = await _profile(rt, update)
    intro = rt.i18n.t(locale, "disclosure")
    await show(update, help_screen(rt, locale, country, onboarded=onboarded, intro=intro, audience=audience))


async def on_stop(update: Update, context: Context) -> None:
    rt = runtime(context)
    async with rt.store.transaction() as session:
        user = await find_user(session, user_id(update))
        if user is not None:
            user.stopped = True
        locale = locale_of(rt, update, user)
    await show(update, Screen(rt.i18n.t(locale, "stopped")))
