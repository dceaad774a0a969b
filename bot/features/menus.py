"""The main menu and the settings overview."""

from __future__ import annotations

from telegram import Update

from bot.delivery.screen import Button, Screen
from bot.features.common import Context, answer_stale, guess_locale, runtime, translator, user_id
from bot.features.screen import show
from bot.services.countries import NOT_SAID, country_name
from bot.services.profiles import find_user, move_to
from bot.services.runtime import Runtime
from bot.services.voice import open_polls
from bot.store.models import User


def help_row(rt: Runtime, locale: str) -> list[Button]:
    return [Button(rt.i18n.t(locale, "btn-help"), "hlp")]


def menu_screen(rt: Runtime, user: User, intro: str | None = None) -> Screen:
    t = translator(rt, user.locale)
    text = t(f"menu-{user.audience or 'youth'}")
    screen = Screen(f"{intro}\n\n{text}" if intro else text)
    if user.audience in ("youth", "caregiver"):
        screen.add_row(Button(t("btn-lessons"), "les"))
        if open_polls(rt.catalog, user, rt.clock.now()):  # youth voice: a poll is open for them
            screen.add_row(Button(t("btn-polls"), "poll"))
    elif user.audience == "professional":
        screen.add_row(Button(t("btn-checkin"), "chk"))
        if rt.catalog.series_for("professional"):  # lessons for professionals and trainers
            screen.add_row(Button(t("btn-lessons"), "les"))
    screen.add_row(*help_row(rt, user.locale))
    screen.add_row(Button(t("btn-settings"), "set"), Button(t("btn-privacy"), "prv"))
    if user.audience in ("youth", "caregiver"):
        screen.add_row(Button(t("btn-share"), "shr"))
    return screen


def describe_country(code: str | None, locale: str, rt: Runtime) -> str:
    if not code or code == NOT_SAID:
        return rt.i18n.t(locale, "country-not-said")
    return country_name(code, locale)


def settings_screen(rt: Runtime, user: User, note: str | None = None) -> Screen:
    t = translator(rt, user.locale)
    current = t(
        "settings-current",
        locale=rt.i18n.name(user.locale),
        audience=t(f"audience-{user.audience}") if user.audience else "-",
        country=describe_country(user.country, user.locale, rt),
    )
    head = f"{note}\n\n" if note else ""
    screen = Screen(f"{head}{t('settings-title')}\n{current}")
    screen.add_row(Button(t("btn-set-language"), "set:lang"), Button(t("btn-set-audience"), "set:aud"))
    screen.add_row(Button(t("btn-set-country"), "set:cty"))
    screen.add_row(Button(t("btn-menu"), "menu"), *help_row(rt, user.locale))
    return screen


async def on_menu(update: Update, context: Context, _arg: str) -> None:
    rt = runtime(context)
    async with rt.store.transaction() as session:
        user = await find_user(session, user_id(update))
        if user is None or not user.onboarded:
            await answer_stale(update, rt, user.locale if user else guess_locale(rt, update))
            return
        move_to(user, None)
        screen = menu_screen(rt, user)
    await update.callback_query.answer()  # type: ignore[union-attr]
    await show(update, screen, edit=True)
