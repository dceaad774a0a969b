"""Help, disclosures and stop: they pre-empt every flow, in every language, before onboarding too."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from telegram import Update

from bot.content.help import Resource
from bot.content.i18n import FALLBACK_LOCALE
from bot.delivery.screen import Button, Screen
from bot.features.common import Context, answer_stale, guess_locale, locale_of, number, runtime, translator, user_id
from bot.features.screen import show
from bot.services.countries import NOT_SAID, all_codes, country_index, country_name
from bot.services.help_answer import HelpPlan, kind_code, kind_from_code, plan_help
from bot.services.help_resources import emergency_number, has_child_helpline, resources_for
from bot.services.patience import within
from bot.services.profiles import find_user
from bot.services.runtime import Runtime
from bot.services.safety import Signal
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


def _first_line(rt: Runtime, locale: str, plan: HelpPlan) -> str:
    t = translator(rt, locale)
    first = plan.first
    if first.what == "emergency" and first.number:
        return t("first-emergency", number=_phone(first.number, rt.i18n.is_rtl(locale)))
    if first.what in ("helpline", "directory") and first.resource is not None:
        resource = first.resource
        reach = _phone(resource.phone, rt.i18n.is_rtl(locale)) if resource.phone else escape(resource.url or "")
        return t(f"first-{first.what}", name=escape(resource.name), reach=reach)
    return ""


def help_screen(rt: Runtime, locale: str, country: str | None, *, onboarded: bool, intro: str,
                kind: str | None = None, back: bool = False, audience: str | None = None) -> Screen:
    """The help answer: the intro, the single most useful line for the person's country, first steps for what
    was recognised, then every resource; a country picker when the country is unknown (nothing is stored)."""
    t = translator(rt, locale)
    plan = plan_help(rt.catalog, country, kind)
    parts = [intro, _first_line(rt, locale, plan)]
    parts = [part for part in parts if part]
    if plan.kind is not None:
        steps = f"{t('steps-title')}\n{t('steps-' + plan.kind)}"
        parts.append(f"{t('steps-caregiver')}\n\n{steps}" if audience == "caregiver" else steps)
    parts.append(resources_text(rt, locale, plan.country, audience))
    screen = Screen("\n\n".join(parts), urgent=True, repeatable=True)
    code = kind_code(plan.kind)
    if plan.pick_country:
        screen.add_row(Button(t("btn-help-country"), f"hc:-:{code}" if code else "hc"))
    if plan.kind is not None:
        screen.add_row(Button(t("btn-more-help"), f"hm:{code}"))
    if back:
        screen.add_row(Button(t("btn-back-to-where"), "hb"))
    elif onboarded:
        screen.add_row(Button(t("btn-menu"), "menu"))
    return screen


# Help callbacks and commands: answered before anything else the bot is doing (see is_urgent).
HELP_CALLBACKS = frozenset({"hlp", "hm", "hc", "hcl"})
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
        reading = rt.readings.read(update.update_id, text, rt.safety.classify)
        return reading is not None and reading.signal in (Signal.HELP, Signal.DISCLOSURE)
    except Exception:  # deciding the order must never lose an update
        return False


async def _find(rt: Runtime, telegram_id: int) -> User | None:
    async with rt.store.transaction() as session:
        return await find_user(session, telegram_id)


@dataclass(frozen=True)
class _Profile:
    locale: str
    country: str | None
    onboarded: bool
    somewhere: bool  # onboarded or in the middle of a flow: "back to where I was" has somewhere to go
    audience: str | None = None


async def _profile(rt: Runtime, update: Update) -> _Profile:
    """Locale, country and where the person is, if the database answers within PROFILE_WAIT_SECONDS; otherwise the
    Telegram language and no country. Help never waits longer than that for the database."""
    try:
        user = await within(PROFILE_WAIT_SECONDS, _find(rt, user_id(update)))
    except OUTAGE_ERRORS:  # TimeoutError included
        user = None
    if user is None:
        return _Profile(guess_locale(rt, update), None, False, False)
    return _Profile(locale_of(rt, update, user), user.country, user.onboarded, user.onboarded or bool(user.step),
                    audience=user.audience)


async def show_help(update: Update, context: Context) -> None:
    rt = runtime(context)
    who = await _profile(rt, update)
    if update.callback_query is not None:
        await update.callback_query.answer()
    await show(update, help_screen(rt, who.locale, who.country, onboarded=who.onboarded,
                                   intro=rt.i18n.t(who.locale, "help-title"), audience=who.audience))


async def on_help_button(update: Update, context: Context, _arg: str) -> None:
    await show_help(update, context)


async def on_disclosure(update: Update, context: Context, kind: str | None = None) -> None:
    """A child (or a caregiver) wrote that someone hurts, threatens or exploits them. Only the kind of disclosure
    is known here: the words are never passed on, stored or logged."""
    rt = runtime(context)
    who = await _profile(rt, update)
    await show(update, help_screen(rt, who.locale, who.country, onboarded=who.onboarded,
                                   intro=rt.i18n.t(who.locale, "disclosure"), kind=kind, back=who.somewhere,
                                   audience=who.audience))


async def on_more_help(update: Update, context: Context, _code: str) -> None:
    rt = runtime(context)
    who = await _profile(rt, update)
    t = translator(rt, who.locale)
    screen = Screen(t("more-help"))
    screen.add_row(Button(t("btn-help"), "hlp"))
    if who.somewhere:
        screen.add_row(Button(t("btn-back-to-where"), "hb"))
    if update.callback_query is not None:
        await update.callback_query.answer()
    await show(update, screen)


# --- the country picker inside help: hc[:-:<kind>], hcl:<kind>[:<letter>], hc:<CC>:<kind> ------------------


def _pairs(buttons: list[Button], per_row: int = 2) -> list[list[Button]]:
    return [buttons[i : i + per_row] for i in range(0, len(buttons), per_row)]


def country_pick_screen(rt: Runtime, locale: str, code: str) -> Screen:
    t = translator(rt, locale)
    screen = Screen(t("help-pick-country"))
    shortlist = rt.catalog.countries.shortlist_for(locale)
    screen.rows += _pairs([Button(country_name(c, locale), f"hc:{c}:{code}") for c in shortlist])
    screen.add_row(Button(t("btn-help-country-other"), f"hcl:{code}" if code else "hcl"))
    screen.add_row(Button(t("btn-back"), f"hc:{NOT_SAID}:{code}"))  # the answer again, without a country
    return screen


def letters_screen(rt: Runtime, locale: str, code: str) -> Screen:
    t = translator(rt, locale)
    index = country_index(locale)
    screen = Screen(t("ask-country-letter"))
    screen.rows += _pairs([Button(letter, f"hcl:{code}:{i}") for i, letter in enumerate(index.letters)], 6)
    screen.add_row(Button(t("btn-back"), f"hc:-:{code}" if code else "hc"))
    return screen


async def on_help_country(update: Update, context: Context, arg: str) -> None:
    """`hc` or `hc:-:<kind>`: the shortlist; `hc:<CC>:<kind>`: help for that country (ZZ: none). Nothing is
    stored."""
    rt = runtime(context)
    who = await _profile(rt, update)
    picked, _, code = arg.partition(":")
    kind = kind_from_code(code)
    if picked in ("", "-"):
        screen = country_pick_screen(rt, who.locale, kind_code(kind))
    elif picked in all_codes() or picked == NOT_SAID:
        title = rt.i18n.t(who.locale, "disclosure" if kind else "help-title")
        screen = help_screen(rt, who.locale, picked, onboarded=who.onboarded, intro=title, kind=kind,
                             back=who.somewhere and kind is not None, audience=who.audience)
    else:
        await answer_stale(update, rt, who.locale)
        return
    await update.callback_query.answer()  # type: ignore[union-attr]
    await show(update, screen, edit=True)


async def on_help_letters(update: Update, context: Context, arg: str) -> None:
    """`hcl[:<kind>]`: the alphabet; `hcl:<kind>:<n>`: countries whose name starts with letter n."""
    rt = runtime(context)
    who = await _profile(rt, update)
    code, _, letter = arg.partition(":")
    code = kind_code(kind_from_code(code))
    if not letter:
        screen = letters_screen(rt, who.locale, code)
    else:
        index = number(letter)
        codes = country_index(who.locale).codes_for(index) if index is not None else ()
        if not codes:
            await answer_stale(update, rt, who.locale)
            return
        t = translator(rt, who.locale)
        screen = Screen(t("help-pick-country"))
        screen.rows += _pairs([Button(country_name(c, who.locale), f"hc:{c}:{code}") for c in codes])
        screen.add_row(Button(t("btn-back"), f"hcl:{code}" if code else "hcl"))
    await update.callback_query.answer()  # type: ignore[union-attr]
    await show(update, screen, edit=True)


async def on_stop(update: Update, context: Context) -> None:
    rt = runtime(context)
    async with rt.store.transaction() as session:
        user = await find_user(session, user_id(update))
        if user is not None:
            user.stopped = True
        locale = locale_of(rt, update, user)
    await show(update, Screen(rt.i18n.t(locale, "stopped")))


CALLBACKS = {
    "hlp": on_help_button,
    "hm": on_more_help,
    "hc": on_help_country,
    "hcl": on_help_letters,
}
