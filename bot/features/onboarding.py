"""/start, /language, /settings and every question they ask. Where a person is lives in the database
(users.step), so a restart or another replica continues exactly there."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Update

from bot.delivery.screen import Button, Screen
from bot.features.common import Context, answer_stale, guess_locale, number, runtime, translator, user_id
from bot.features.help import help_screen
from bot.features.menus import help_row, menu_screen, settings_screen
from bot.features.privacy import privacy_text
from bot.features.screen import show
from bot.services import profiles
from bot.services.countries import NOT_SAID, all_codes, country_index, country_name
from bot.services.privacy import forget
from bot.services.profiles import AUDIENCES, SECTORS, FlowPosition, Step, find_user, move_to
from bot.services.runtime import Runtime
from bot.store.models import User

AGE_CHOICES = ("u13", "13-15", "16-17", "adult")


def _pairs(buttons: list[Button], per_row: int = 2) -> list[list[Button]]:
    return [buttons[i : i + per_row] for i in range(0, len(buttons), per_row)]


def language_screen(rt: Runtime, current: str, *, first_time: bool) -> Screen:
    order = [current, *[code for code in rt.i18n.locales if code != current]]
    screen = Screen(rt.i18n.t(current, "welcome" if first_time else "choose-language"))
    for code in order:
        mark = " ✓" if code == current else ""
        screen.add_row(Button(rt.i18n.name(code) + mark, f"lang:{code}"))
    screen.add_row(*help_row(rt, current))
    return screen


def step_screen(rt: Runtime, user: User) -> Screen:
    """The question for the person's current step."""
    position = FlowPosition.parse(user.step)
    if position is None:
        return menu_screen(rt, user) if user.onboarded else language_screen(rt, user.locale, first_time=True)
    t = translator(rt, user.locale)
    step = position.step
    if step is Step.LANGUAGE:
        screen = language_screen(rt, user.locale, first_time=position.mode == "onb")
    elif step is Step.AUDIENCE:
        screen = Screen(t("ask-audience"))
        for audience in AUDIENCES:
            screen.add_row(Button(t(f"btn-aud-{audience}"), f"aud:{audience}"))
    elif step is Step.AGE:
        screen = Screen(t("ask-age"))
        screen.rows += _pairs([Button(t(f"btn-age-{'under13' if a == 'u13' else a}"), f"age:{a}") for a in AGE_CHOICES])
    elif step is Step.SECTOR:
        screen = Screen(t("ask-sector"))
        screen.rows += _pairs([Button(t(f"sector-{s}"), f"sec:{s}") for s in SECTORS])
    elif step is Step.COUNTRY:
        screen = Screen(t("ask-country"))
        shortlist = rt.catalog.countries.shortlist_for(user.locale)
        screen.rows += _pairs([Button(country_name(c, user.locale), f"cty:{c}") for c in shortlist])
        screen.add_row(Button(t("btn-country-other"), "ctl"), Button(t("btn-country-skip"), f"cty:{NOT_SAID}"))
    else:
        screen = Screen(t(f"consent-{user.audience}"))
        screen.add_row(Button(t("btn-consent-yes"), "cns:yes"))
        screen.add_row(Button(t("btn-privacy-full"), "cns:full"), Button(t("btn-consent-no"), "cns:no"))
    if step is not Step.LANGUAGE:
        if position.mode == "set":
            screen.add_row(Button(t("btn-back"), "set:back"), *help_row(rt, user.locale))
        else:
            screen.add_row(*help_row(rt, user.locale))
    return screen


def _in_settings(user: User) -> bool:
    position = FlowPosition.parse(user.step)
    return position is not None and position.mode == "set"


def _blocked_by_age(rt: Runtime, user: User) -> str | None:
    """The message id to send when this person may not use the bot, or None."""
    if user.audience != "youth":
        return None
    if user.age_band is None:
        return None
    if user.age_band == "13-15" and user.country in rt.catalog.countries.min_age_16:
        return "age-gate-16"
    return None


async def _person_at(session: AsyncSession, update: Update, rt: Runtime, step: Step) -> User | None:
    """The person if they are answering `step`; otherwise None, after a polite "no longer active"."""
    user = await find_user(session, user_id(update))
    position = FlowPosition.parse(user.step) if user else None
    if user is None or position is None or position.step is not step:
        await answer_stale(update, rt, user.locale if user else guess_locale(rt, update))
        return None
    return user


def confirm_deletion_screen(rt: Runtime, user: User, what: str, value: str, country: str | None) -> Screen:
    """A settings change that would end in deleting the person (13-15 in a country where Telegram needs 16+):
    say what would be deleted, and let them go back."""
    t = translator(rt, user.locale)
    screen = Screen(t("settings-age-confirm", country=country_name(country, user.locale) if country else ""))
    screen.add_row(Button(t("btn-settings-delete"), f"cfd:{what}:{value}"))
    screen.add_row(Button(t("btn-settings-keep"), "set:back"))
    return screen


async def _turn_away(update: Update, rt: Runtime, locale: str, message_id: str, country: str | None) -> None:
    text = rt.i18n.t(locale, message_id, country=country_name(country, locale) if country else "")
    await show(update, help_screen(rt, locale, country, onboarded=False, intro=text), edit=True)


async def _forget_and_turn_away(
    update: Update, rt: Runtime, session: AsyncSession, user: User, message_id: str, country: str | None
) -> None:
    """Delete someone the bot may not keep (not delete_user: their earlier events must not stay linked either),
    then tell them why, with help for their country."""
    locale = user.locale
    await forget(session, rt.analytics, user)
    await _turn_away(update, rt, locale, message_id, country)


async def _after_step(update: Update, rt: Runtime, user: User, next_step: Step | None) -> None:
    """Advance an onboarding person, or take a settings change back to the settings screen."""
    if _in_settings(user) and next_step in (None, Step.COUNTRY, Step.CONSENT):
        move_to(user, None)
        screen = settings_screen(rt, user, rt.i18n.t(user.locale, "settings-saved"))
    else:
        move_to(user, next_step)
        screen = step_screen(rt, user)
    await show(update, screen, edit=True)


# --- commands ---------------------------------------------------------------------------------------


class InvalidLink(Exception):
    """A deep link whose code is unknown, revoked or closed; `message_id` explains it to the person."""

    def __init__(self, message_id: str) -> None:
        super().__init__(message_id)
        self.message_id = message_id


# /start <prefix>_<code> handlers (registered in app.py). Called inside the /start transaction once the person
# has a row; `new` is True while they are still onboarding. They may change the person (an invite sets the
# sector, a cohort join the language) and return a note to show, or raise InvalidLink before changing anything.
DeepLinkHandler = Callable[[Runtime, AsyncSession, User, str, bool], Awaitable[str | None]]


async def cmd_start(update: Update, context: Context) -> None:
    rt = runtime(context)
    prefix, _, code = (context.args[0] if context.args else "").partition("_")
    links: dict[str, DeepLinkHandler] = context.application.bot_data.get("deep_links", {})
    link = links.get(prefix) if code else None
    try:
        async with rt.store.transaction() as session:
            user = await find_user(session, user_id(update))
            returning = user is not None and user.onboarded
            if not returning and (user is None or user.step is None or link is not None):
                user = await profiles.begin_onboarding(session, user_id(update), guess_locale(rt, update))
            assert user is not None
            note = await link(rt, session, user, code, not returning) if link else None
            if returning:
                notes = [note] if note else []
                if user.stopped:
                    user.stopped = False
                    notes.insert(0, rt.i18n.t(user.locale, "welcome-back"))
                user.inactive = False
                move_to(user, None)
                screen = menu_screen(rt, user, "\n\n".join(notes) or None)
            else:
                screen = step_screen(rt, user)  # the first question, or where they stopped
                if note:
                    screen.text = note
                elif user.step == str(FlowPosition("onb", Step.LANGUAGE)):
                    screen.text = _with_language_note(rt, update, user.locale, screen.text)
    except InvalidLink as invalid:
        await show(update, Screen(rt.i18n.t(guess_locale(rt, update), invalid.message_id)))
        return
    await show(update, screen)


async def _show_to_onboarded(update: Update, context: Context, build: Callable[[Runtime, User], Screen]) -> None:
    """Show what `build` makes (it may move the person) to someone onboarded; anyone else goes to /start. A tap
    is answered and its message edited; a command gets a new message."""
    rt = runtime(context)
    async with rt.store.transaction() as session:
        user = await find_user(session, user_id(update))
        screen = build(rt, user) if user is not None and user.onboarded else None
    if screen is None:
        await cmd_start(update, context)
        return
    tapped = update.callback_query is not None
    if tapped:
        await update.callback_query.answer()  # type: ignore[union-attr]
    await show(update, screen, edit=tapped)


def _menu_leaving_steps(rt: Runtime, user: User) -> Screen:
    move_to(user, None)
    return menu_screen(rt, user)


def _settings_leaving_steps(rt: Runtime, user: User) -> Screen:
    move_to(user, None)
    return settings_screen(rt, user)


async def cmd_menu(update: Update, context: Context) -> None:
    """/menu: the main menu for someone onboarded (leaving any half-done settings question); /start for others."""
    await _show_to_onboarded(update, context, _menu_leaving_steps)


def _with_language_note(rt: Runtime, update: Update, locale: str, text: str) -> str:
    """Someone whose app language is not offered is told so (in their language when we can) above the picker."""
    language_code = update.effective_user.language_code if update.effective_user else None
    note = rt.i18n.not_available_note(language_code, locale)
    return f"{note}\n\n{text}" if note else text


async def _enter_settings_step(update: Update, context: Context, step: Step) -> None:
    def build(rt: Runtime, user: User) -> Screen:
        move_to(user, step, "set")
        return step_screen(rt, user)

    await _show_to_onboarded(update, context, build)


async def cmd_language(update: Update, context: Context) -> None:
    await _enter_settings_step(update, context, Step.LANGUAGE)


async def cmd_settings(update: Update, context: Context) -> None:
    await _show_to_onboarded(update, context, _settings_leaving_steps)


_SETTINGS_STEPS = {"lang": Step.LANGUAGE, "aud": Step.AUDIENCE, "cty": Step.COUNTRY}


async def on_settings(update: Update, context: Context, arg: str) -> None:
    if arg == "" or arg == "back":
        await cmd_settings(update, context)
    elif arg in _SETTINGS_STEPS:
        await _enter_settings_step(update, context, _SETTINGS_STEPS[arg])
    else:
        rt = runtime(context)
        await answer_stale(update, rt)


# --- answers to each question -------------------------------------------------------------------------


async def on_language(update: Update, context: Context, code: str) -> None:
    rt = runtime(context)
    async with rt.store.transaction() as session:
        user = await _person_at(session, update, rt, Step.LANGUAGE)
        if user is None:
            return
        if code not in rt.i18n.locales:
            await answer_stale(update, rt, user.locale)
            return
        user.locale = code
        await update.callback_query.answer()  # type: ignore[union-attr]
        if _in_settings(user):
            move_to(user, None)
            await show(update, settings_screen(rt, user, rt.i18n.t(code, "settings-saved")), edit=True)
        elif user.verified and user.sector and user.country:
            await _after_step(update, rt, user, Step.CONSENT)  # an invite already said who they are
        else:
            await _after_step(update, rt, user, Step.AUDIENCE)


async def on_audience(update: Update, context: Context, audience: str) -> None:
    rt = runtime(context)
    async with rt.store.transaction() as session:
        user = await _person_at(session, update, rt, Step.AUDIENCE)
        if user is None:
            return
        if audience not in AUDIENCES:
            await answer_stale(update, rt, user.locale)
            return
        profiles.set_audience(user, audience)
        await update.callback_query.answer()  # type: ignore[union-attr]
        next_step = profiles.next_step_after_audience(user)
        if _in_settings(user) and next_step is Step.COUNTRY:
            await _after_step(update, rt, user, None)
        else:
            move_to(user, next_step)
            await show(update, step_screen(rt, user), edit=True)


async def on_age(update: Update, context: Context, choice: str) -> None:
    rt = runtime(context)
    async with rt.store.transaction() as session:
        user = await _person_at(session, update, rt, Step.AGE)
        if user is None:
            return
        if choice not in AGE_CHOICES:
            await answer_stale(update, rt, user.locale)
            return
        await update.callback_query.answer()  # type: ignore[union-attr]
        if choice == "adult":
            move_to(user, Step.AUDIENCE)
            screen = step_screen(rt, user)
            screen.text = f"{rt.i18n.t(user.locale, 'age-adult-redirect')}\n\n{screen.text}"
            await show(update, screen, edit=True)
            return
        if choice == "u13":
            await _forget_and_turn_away(update, rt, session, user, "under-13", user.country)
            return
        previous = user.age_band
        user.age_band = choice
        blocked = _blocked_by_age(rt, user)
        if blocked and _in_settings(user):
            user.age_band = previous  # nothing changes until they confirm
            await show(update, confirm_deletion_screen(rt, user, "a", choice, user.country), edit=True)
            return
        if blocked:
            await _forget_and_turn_away(update, rt, session, user, blocked, user.country)
            return
        await _after_step(update, rt, user, Step.COUNTRY)


async def on_sector(update: Update, context: Context, sector: str) -> None:
    rt = runtime(context)
    async with rt.store.transaction() as session:
        user = await _person_at(session, update, rt, Step.SECTOR)
        if user is None:
            return
        if sector not in SECTORS:
            await answer_stale(update, rt, user.locale)
            return
        user.sector = sector
        await update.callback_query.answer()  # type: ignore[union-attr]
        await _after_step(update, rt, user, Step.COUNTRY)


async def _apply_country(update: Update, context: Context, code: str) -> bool:
    """Set the country if the person is at the country step. False when they are not."""
    rt = runtime(context)
    async with rt.store.transaction() as session:
        user = await find_user(session, user_id(update))
        position = FlowPosition.parse(user.step) if user else None
        if user is None or position is None or position.step is not Step.COUNTRY:
            return False  # the caller answers
        if update.callback_query is not None:
            await update.callback_query.answer()
        previous = user.country
        user.country = code
        blocked = _blocked_by_age(rt, user)
        if blocked and _in_settings(user):
            user.country = previous  # nothing changes until they confirm
            await show(update, confirm_deletion_screen(rt, user, "c", code, code), edit=True)
            return True
        if blocked:
            await _forget_and_turn_away(update, rt, session, user, blocked, code)
            return True
        await _after_step(update, rt, user, Step.CONSENT)
    return True


async def on_country(update: Update, context: Context, code: str) -> None:
    rt = runtime(context)
    if (code == NOT_SAID or code in all_codes()) and await _apply_country(update, context, code):
        return
    await answer_stale(update, rt)


async def on_country_letters(update: Update, context: Context, arg: str) -> None:
    """'ctl' shows the alphabet; 'ctl:<n>' shows the countries whose name starts with letter n."""
    rt = runtime(context)
    async with rt.store.transaction() as session:
        user = await _person_at(session, update, rt, Step.COUNTRY)
        if user is None:
            return
        locale = user.locale
    index = country_index(locale)
    t = translator(rt, locale)
    if arg == "":
        screen = Screen(t("ask-country-letter"))
        screen.rows += _pairs([Button(letter, f"ctl:{i}") for i, letter in enumerate(index.letters)], 6)
        screen.add_row(Button(t("btn-back"), "ctb"), *help_row(rt, locale))
    else:
        letter = number(arg)
        codes = index.codes_for(letter) if letter is not None else ()
        if not codes:
            await answer_stale(update, rt, locale)
            return
        screen = Screen(t("ask-country"))
        screen.rows += _pairs([Button(country_name(c, locale), f"cty:{c}") for c in codes])
        screen.add_row(Button(t("btn-back"), "ctl"), *help_row(rt, locale))
    await update.callback_query.answer()  # type: ignore[union-attr]
    await show(update, screen, edit=True)


async def on_country_back(update: Update, context: Context, _arg: str) -> None:
    rt = runtime(context)
    async with rt.store.transaction() as session:
        user = await _person_at(session, update, rt, Step.COUNTRY)
        if user is None:
            return
        screen = step_screen(rt, user)
    await update.callback_query.answer()  # type: ignore[union-attr]
    await show(update, screen, edit=True)


async def typed_country(update: Update, context: Context, user: User, text: str) -> bool:
    """During the country step a person may type a country's name. True when the text was handled."""
    position = FlowPosition.parse(user.step)
    if position is None or position.step is not Step.COUNTRY:
        return False
    code = country_index(user.locale).find(text)
    if code is None:
        rt = runtime(context)
        screen = step_screen(rt, user)
        screen.text = f"{rt.i18n.t(user.locale, 'country-not-found')}\n\n{screen.text}"
        await show(update, screen)
        return True
    return await _apply_country(update, context, code)


async def on_confirm_deletion(update: Update, context: Context, arg: str) -> None:
    """`cfd:c:<CC>` or `cfd:a:<age band>`: the person confirmed a settings change that deletes them."""
    rt = runtime(context)
    what, _, value = arg.partition(":")
    step = {"c": Step.COUNTRY, "a": Step.AGE}.get(what)
    if step is None:
        await answer_stale(update, rt)
        return
    async with rt.store.transaction() as session:
        user = await _person_at(session, update, rt, step)  # answers "no longer active" itself when None
        if user is None:
            return
        if not _in_settings(user):
            await answer_stale(update, rt, user.locale)
            return
        if what == "c" and value in all_codes():
            user.country = value
        elif what == "a" and value in AGE_CHOICES:
            user.age_band = value
        blocked = _blocked_by_age(rt, user)
        if not blocked:  # the rule no longer applies (content changed): nothing to delete
            await answer_stale(update, rt, user.locale)
            return
        await update.callback_query.answer()  # type: ignore[union-attr]
        await _forget_and_turn_away(update, rt, session, user, f"{blocked}-deleted", user.country)


async def on_consent(update: Update, context: Context, answer: str) -> None:
    rt = runtime(context)
    async with rt.store.transaction() as session:
        user = await _person_at(session, update, rt, Step.CONSENT)
        if user is None:
            return
        if answer not in ("yes", "no", "full"):
            await answer_stale(update, rt, user.locale)
            return
        await update.callback_query.answer()  # type: ignore[union-attr]
        t = translator(rt, user.locale)
        if answer == "full":
            await show(update, Screen(privacy_text(rt, user.locale)))
            return
        if answer == "no":
            await profiles.delete_user(session, user)
            await show(update, Screen(t("consent-declined")), edit=True)
            return
        profiles.record_consent(user)
        rt.analytics.record(session, user, "onboarded")
        screen = menu_screen(rt, user, t("onboarding-done"))
    await show(update, screen, edit=True)


CALLBACKS = {
    "lang": on_language,
    "aud": on_audience,
    "age": on_age,
    "sec": on_sector,
    "cty": on_country,
    "ctl": on_country_letters,
    "ctb": on_country_back,
    "cns": on_consent,
    "set": on_settings,
    "cfd": on_confirm_deletion,
}
