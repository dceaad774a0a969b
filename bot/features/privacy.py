"""/privacy, /mydata and /forget."""

from __future__ import annotations

from telegram import Update

from bot.delivery.screen import Button, Screen
from bot.features.common import Context, answer_stale, format_date, guess_locale, runtime, translator, user_id
from bot.features.menus import describe_country, help_row
from bot.features.screen import show
from bot.services.privacy import StoredData, forget, stored_data
from bot.services.profiles import find_user
from bot.services.runtime import Runtime
from bot.services.voice import VoiceData


def privacy_text(rt: Runtime, locale: str) -> str:
    """The privacy notice, ending with how long things are kept (the retention settings, 0 = for ever)."""
    t = translator(rt, locale)
    settings = rt.settings
    keep = [t("privacy-keep-title"),
            t("privacy-keep-profile", days=settings.retention_days) if settings.retention_days
            else t("privacy-keep-profile-always")]
    if settings.delivery_retention_days:
        keep.append(t("privacy-keep-deliveries", days=settings.delivery_retention_days))
    if settings.checkin_retention_days:
        keep.append(t("privacy-keep-checkins", days=settings.checkin_retention_days))
    return t("privacy-notice") + "\n\n" + " ".join(keep)


def privacy_screen(rt: Runtime, locale: str, *, known: bool) -> Screen:
    t = translator(rt, locale)
    screen = Screen(privacy_text(rt, locale))
    if known:
        screen.add_row(Button(t("btn-mydata"), "prv:data"), Button(t("btn-forget"), "prv:forget"))
    screen.add_row(*help_row(rt, locale))
    return screen


def voice_lines(rt: Runtime, locale: str, data: VoiceData) -> list[str]:
    t = translator(rt, locale)
    lines = []
    if data.ratings:
        lines.append(t("mydata-ratings", count=data.ratings))
    if data.voice_answers or data.poll_answers:
        lines.append(t("mydata-voice-answers", count=data.voice_answers + data.poll_answers))
    if data.share_link:
        lines.append(t("mydata-share", count=data.friends_joined))
    return lines


def mydata_text(rt: Runtime, locale: str, data: StoredData) -> str:
    t = translator(rt, locale)
    lines = [t("mydata-title"), "", t("mydata-locale", value=rt.i18n.name(data.locale))]
    if data.audience:
        lines.append(t("mydata-audience", value=t(f"audience-{data.audience}")))
    if data.age_band:
        lines.append(t("mydata-age", value=data.age_band))
    if data.sector:
        lines.append(t("mydata-sector", value=t(f"sector-{data.sector}")))
    if data.country:
        lines.append(t("mydata-country", value=describe_country(data.country, locale, rt)))
    lines.append(t("mydata-joined", value=format_date(data.joined, locale)))
    if data.consent_at:
        lines.append(t("mydata-consent", value=format_date(data.consent_at, locale)))
    lines.append(t("mydata-messages", value=t("mydata-messages-off" if data.stopped else "mydata-messages-on")))
    if data.roles:
        lines.append(t("mydata-roles", value=", ".join(t(f"role-{r}") for r in sorted(data.roles))))
    lines.append(t("mydata-progress", count=data.series_started))
    if data.checkin_rounds:
        lines.append(t("mydata-checkins", count=data.checkin_rounds))
    if data.voice is not None:
        lines += voice_lines(rt, locale, data.voice)
    lines.append(t("mydata-events", count=data.event_count))
    lines += ["", t("mydata-footer")]
    return "\n".join(lines)


async def cmd_privacy(update: Update, context: Context) -> None:
    rt = runtime(context)
    async with rt.store.transaction() as session:
        user = await find_user(session, user_id(update))
    locale = user.locale if user else guess_locale(rt, update)
    if update.callback_query is not None:
        await update.callback_query.answer()
    await show(update, privacy_screen(rt, locale, known=user is not None))


async def cmd_mydata(update: Update, context: Context) -> None:
    rt = runtime(context)
    async with rt.store.transaction() as session:
        user = await find_user(session, user_id(update))
        if user is None:
            text = rt.i18n.t(guess_locale(rt, update), "mydata-none")
        else:
            data = await stored_data(session, rt.analytics, user)
            text = mydata_text(rt, user.locale, data)
    if update.callback_query is not None:
        await update.callback_query.answer()
    await show(update, Screen(text))


async def cmd_forget(update: Update, context: Context) -> None:
    rt = runtime(context)
    async with rt.store.transaction() as session:
        user = await find_user(session, user_id(update))
    if update.callback_query is not None:
        await update.callback_query.answer()
    if user is None:
        await show(update, Screen(rt.i18n.t(guess_locale(rt, update), "mydata-none")))
        return
    t = translator(rt, user.locale)
    screen = Screen(t("forget-confirm"))
    screen.add_row(Button(t("btn-forget-yes"), "fgt:yes"), Button(t("btn-forget-no"), "fgt:no"))
    await show(update, screen)


async def on_forget(update: Update, context: Context, answer: str) -> None:
    rt = runtime(context)
    async with rt.store.transaction() as session:
        user = await find_user(session, user_id(update))
        if user is None or answer not in ("yes", "no"):
            await answer_stale(update, rt, user.locale if user else guess_locale(rt, update))
            return
        t = translator(rt, user.locale)
        if answer == "no":
            text = t("forget-cancelled")
        else:
            text = t("forget-done", count=await forget(session, rt.analytics, user))
    await update.callback_query.answer()  # type: ignore[union-attr]
    await show(update, Screen(text), edit=True)


async def on_privacy(update: Update, context: Context, arg: str) -> None:
    handlers = {"": cmd_privacy, "data": cmd_mydata, "forget": cmd_forget}
    handler = handlers.get(arg)
    if handler is None:
        rt = runtime(context)
        await answer_stale(update, rt)
        return
    await handler(update, context)


CALLBACKS = {"prv": on_privacy, "fgt": on_forget}
