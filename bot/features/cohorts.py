"""Trainers: cohorts with join links, pushes of lesson series (now or a drip), live delivery progress.

Commands: /cohorts, /newcohort NAME, /renamecohort ID NAME (trainers and staff; others get "unknown command"),
/granttrainer ID and /revoketrainer ID (staff).
Buttons: cs:<id> card, ce:<id>:<field> pick a field, cv:<id>:<field>:<value> set it, cx:<id>:close|open|leave,
cp:<id>[:<series>[:<mode>[:<hour>[:<days>]]]] push wizard, pp:<push>:pause|resume|cancel|refresh,
pl:<series>:<lesson> (a member opens a pushed lesson).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Update
from telegram.constants import ParseMode

from bot.content.base import AUDIENCES
from bot.delivery.screen import Button, Screen
from bot.features.common import (
    MAX_TELEGRAM_ID,
    Context,
    answer_stale,
    guess_locale,
    number,
    runtime,
    translator,
    user_id,
)
from bot.features.fallback import on_unknown_command
from bot.features.lessons import progress_bar, step_screen
from bot.features.menus import describe_country, help_row
from bot.features.onboarding import InvalidLink
from bot.features.screen import markup, show
from bot.features.staff import is_staff
from bot.services import cohorts as cohort_service
from bot.services import profiles
from bot.services.cohorts import CohortError
from bot.services.countries import country_name
from bot.services.lessons import LessonError
from bot.services.outbox import (
    CANCELLED,
    FAILED,
    INACTIVE,
    PENDING,
    SENT,
    SKIPPED,
    UNCERTAIN,
    Claimed,
    PushError,
    PushProgress,
)
from bot.services.runtime import Runtime
from bot.services.timezones import zones_for
from bot.store.models import Cohort, User

DRIP_HOURS = tuple(range(24))
WEEKDAY_CHOICES = {"all": "0123456", "wd": "01234"}


# --- what members receive ---------------------------------------------------------------------------------


def delivery_screen(rt: Runtime, item: Claimed) -> Screen:
    """The pushed message, in the member's language."""
    t = translator(rt, item.locale)
    series = rt.catalog.series[item.series]
    lesson = series.lessons[min(item.lesson_index, len(series.lessons) - 1)]
    screen = Screen(t("delivery-lesson", cohort=escape(item.cohort_name), series=t(f"s-{series.id}-title"),
                      number=item.lesson_index + 1, total=len(series.lessons),
                      lesson=t(f"s-{series.id}-{lesson.id}-title")))
    screen.add_row(Button(t("btn-delivery-open"), f"pl:{series.id}:{item.lesson_index}:{item.cohort_id}"))
    screen.add_row(*help_row(rt, item.locale))
    return screen


async def on_open_pushed_lesson(update: Update, context: Context, arg: str) -> None:
    rt = runtime(context)
    series_id, _, rest = arg.partition(":")
    index, _, cohort = rest.partition(":")
    async with rt.store.transaction() as session:
        user = await profiles.find_user(session, user_id(update))
        try:
            lesson_index, cohort_id = number(index), number(cohort)
            if user is None or not user.onboarded or lesson_index is None or cohort_id is None:
                raise LessonError("not possible")
            position = await rt.lessons.open_lesson(session, user, series_id, lesson_index, cohort_id)
        except LessonError:
            await answer_stale(update, rt, user.locale if user else guess_locale(rt, update))
            return
        locale = user.locale
    await update.callback_query.answer()  # type: ignore[union-attr]
    await show(update, step_screen(rt, locale, position), rt=rt)


async def join_link(rt: Runtime, session: AsyncSession, user: User, code: str, new: bool) -> str | None:
    """/start c_<code>: join the cohort (onboarding first for newcomers, in the cohort's language)."""
    try:
        cohort, _ = await cohort_service.join(session, user, code)
    except CohortError:
        raise InvalidLink("cohort-invalid") from None
    if new:
        user.locale = cohort.locale
    await rt.outbox.on_member_joined(session, cohort, user, rt.clock.now())
    return rt.i18n.t(user.locale, "cohort-joined-new" if new else "cohort-joined", name=escape(cohort.name))


# --- trainer screens --------------------------------------------------------------------------------------


def _join_link(bot_username: str, cohort: Cohort) -> str:
    return f"https://t.me/{bot_username}?start=c_{cohort.code}"


def cohort_card(rt: Runtime, locale: str, cohort: Cohort, members: int, bot_username: str) -> Screen:
    t = translator(rt, locale)
    screen = Screen(t(
        "cohort-card", name=escape(cohort.name), audience=t(f"cohort-audience-{cohort.audience}"),
        language=rt.i18n.name(cohort.locale), country=describe_country(cohort.country, locale, rt),
        timezone=cohort.timezone, members=members, status=t("cohort-closed" if cohort.closed else "cohort-open"),
        link=_join_link(bot_username, cohort), number=cohort.id,
    ))
    cid = cohort.id
    screen.add_row(Button(t("btn-cohort-push"), f"cp:{cid}"))
    screen.add_row(Button(t("btn-cohort-audience"), f"ce:{cid}:aud"),
                   Button(t("btn-cohort-language"), f"ce:{cid}:lang"))
    screen.add_row(Button(t("btn-cohort-country"), f"ce:{cid}:cty"),
                   Button(t("btn-cohort-timezone"), f"ce:{cid}:tz"))
    screen.add_row(Button(t("btn-cohort-reopen"), f"cx:{cid}:open") if cohort.closed
                   else Button(t("btn-cohort-close"), f"cx:{cid}:close"),
                   Button(t("btn-cohort-leave"), f"cx:{cid}:leave"))
    screen.add_row(Button(t("btn-cohorts"), "cl"), *help_row(rt, locale))
    return screen


def _field_screen(rt: Runtime, locale: str, cohort: Cohort, field: str) -> Screen:
    t = translator(rt, locale)
    cid = cohort.id
    if field == "aud":
        screen = Screen(t("cohort-pick-audience"))
        for audience in AUDIENCES:
            screen.add_row(Button(t(f"cohort-audience-{audience}"), f"cv:{cid}:aud:{audience}"))
    elif field == "lang":
        screen = Screen(t("cohort-pick-language"))
        for code in rt.i18n.locales:
            screen.add_row(Button(rt.i18n.name(code), f"cv:{cid}:lang:{code}"))
    elif field == "cty":
        screen = Screen(t("cohort-pick-country"))
        codes = rt.catalog.countries.shortlist_for(locale)
        screen.rows += [[Button(country_name(c, locale), f"cv:{cid}:cty:{c}") for c in codes[i: i + 2]]
                        for i in range(0, len(codes), 2)]
    else:
        screen = Screen(t("cohort-pick-timezone"))
        zones = zones_for(cohort.country)[:30]
        screen.rows += [[Button(z, f"cv:{cid}:tz:{i}") for i, z in list(enumerate(zones))[j: j + 2]]
                        for j in range(0, len(zones), 2)]
    screen.add_row(Button(rt.i18n.t(locale, "btn-back"), f"cs:{cid}"))
    return screen


async def _trainer(update: Update, context: Context, session: AsyncSession) -> User | None:
    rt = runtime(context)
    user = await profiles.find_user(session, user_id(update))
    if user is None:
        return None
    allowed = await cohort_service.is_trainer(session, user, admin=await is_staff(rt, session, user.telegram_id, user))
    return user if allowed else None


async def cmd_cohorts(update: Update, context: Context) -> None:
    rt = runtime(context)
    async with rt.store.transaction() as session:
        trainer = await _trainer(update, context, session)
        if trainer is None:
            screen = None
        else:
            t = translator(rt, trainer.locale)
            summaries = await cohort_service.list_for(session, trainer)
            screen = Screen(t("cohorts-title") + "\n" + t("cohort-usage-new") if summaries else t("cohorts-none"))
            for item in summaries:
                screen.add_row(Button(t("cohorts-line-btn", name=item.cohort.name, members=item.members),
                                      f"cs:{item.cohort.id}"))
            screen.add_row(*help_row(rt, trainer.locale))
    if update.callback_query is not None:
        await update.callback_query.answer()
    if screen is None:
        await on_unknown_command(update, context)
        return
    await show(update, screen, edit=update.callback_query is not None)


async def cmd_new_cohort(update: Update, context: Context) -> None:
    rt = runtime(context)
    name = " ".join(context.args or [])
    async with rt.store.transaction() as session:
        trainer = await _trainer(update, context, session)
        if trainer is None:
            screen = None
        elif not name.strip():
            screen = Screen(rt.i18n.t(trainer.locale, "cohort-usage-new"))
        else:
            zones = zones_for(trainer.country)
            cohort = await cohort_service.create(session, trainer, name, zones[0])
            screen = cohort_card(rt, trainer.locale, cohort, 0, context.bot.username)
    if screen is None:
        await on_unknown_command(update, context)
        return
    await show(update, screen)


async def cmd_rename_cohort(update: Update, context: Context) -> None:
    rt = runtime(context)
    args = list(context.args or [])
    async with rt.store.transaction() as session:
        trainer = await _trainer(update, context, session)
        if trainer is None:
            text = None
        else:
            t = translator(rt, trainer.locale)
            try:
                cohort_id = number(args[0]) if len(args) >= 2 else None
                if cohort_id is None:
                    raise CohortError("usage")
                cohort = await cohort_service.owned(session, trainer, cohort_id)
                cohort.name = cohort_service.clean_name(" ".join(args[1:]))
                text = t("cohort-renamed", name=escape(cohort.name))
            except CohortError:
                text = t("cohort-usage-rename")
    if text is None:
        await on_unknown_command(update, context)
        return
    await show(update, Screen(text))


@dataclass
class _Next:
    """What a trainer button leads to; `push_id` when a push was just created and needs its progress message."""

    screen: Screen
    push_id: int | None = None


async def _cohort_action(update: Update, context: Context, arg: str, action: str) -> None:
    """Every trainer button: check the cohort is theirs, apply, answer with the next screen."""
    rt = runtime(context)
    parts = arg.split(":")
    async with rt.store.transaction() as session:
        trainer = await _trainer(update, context, session)
        locale = trainer.locale if trainer else guess_locale(rt, update)
        try:
            cohort_id = number(parts[0])
            if trainer is None or cohort_id is None:
                raise CohortError("not allowed")
            cohort = await cohort_service.owned(session, trainer, cohort_id)
            step = await _apply(rt, session, trainer, cohort, parts[1:], action, context.bot.username)
        except (CohortError, PushError, ValueError, IndexError, KeyError):
            await answer_stale(update, rt, locale)
            return
    await update.callback_query.answer()  # type: ignore[union-attr]
    if step.push_id is None:
        await show(update, step.screen, edit=True)
        return
    # The progress message is a message of its own, which the sender keeps editing in place.
    message = await update.effective_chat.send_message(  # type: ignore[union-attr]
        step.screen.text, parse_mode=ParseMode.HTML, reply_markup=markup(step.screen))
    async with rt.store.transaction() as session:
        await rt.outbox.attach_progress_message(session, step.push_id, message.chat_id, message.message_id)


async def _apply(rt: Runtime, session: AsyncSession, trainer: User, cohort: Cohort, rest: list[str], action: str,
                 bot_username: str) -> _Next:
    if action == "push":
        return await _push_wizard(rt, session, trainer, cohort, rest)
    return _Next(await _edit_cohort(rt, session, trainer, cohort, rest, action, bot_username))


async def _edit_cohort(rt: Runtime, session: AsyncSession, trainer: User, cohort: Cohort, rest: list[str],
                       action: str, bot_username: str) -> Screen:
    t = translator(rt, trainer.locale)
    locale = trainer.locale
    if action == "card":
        return cohort_card(rt, locale, cohort, await cohort_service.member_count(session, cohort.id), bot_username)
    if action == "edit":
        if rest[0] not in ("aud", "lang", "cty", "tz"):
            raise CohortError("field")
        return _field_screen(rt, locale, cohort, rest[0])
    if action == "set":
        field, value = rest[0], rest[1]
        if field == "aud":
            cohort_service.set_audience(cohort, value)
        elif field == "lang" and value in rt.i18n.locales:
            cohort.locale = value
        elif field == "cty" and len(value) == 2 and value.isupper():
            cohort.country = value
            cohort.timezone = zones_for(value)[0]
        elif field == "tz" and (zone := number(value)) is not None:
            cohort.timezone = zones_for(cohort.country)[zone]
        else:
            raise CohortError("value")
        return cohort_card(rt, locale, cohort, await cohort_service.member_count(session, cohort.id), bot_username)
    if action == "state":
        if rest[0] == "leave":
            await cohort_service.leave(session, trainer, cohort.id)
            return Screen(t("cohort-left", name=escape(cohort.name))).add_row(Button(t("btn-cohorts"), "cl"))
        if rest[0] not in ("close", "open"):
            raise CohortError("state")
        cohort.closed = rest[0] == "close"
        return cohort_card(rt, locale, cohort, await cohort_service.member_count(session, cohort.id), bot_username)
    raise CohortError("action")


async def _push_wizard(rt: Runtime, session: AsyncSession, trainer: User, cohort: Cohort, rest: list[str]) -> _Next:
    t = translator(rt, trainer.locale)
    cid = cohort.id
    back = Button(t("btn-back"), f"cs:{cid}")
    if not rest:
        screen = Screen(t("push-pick-series", name=escape(cohort.name)))
        for series in rt.catalog.series_for(cohort.audience):
            screen.add_row(Button(t(f"s-{series.id}-title"), f"cp:{cid}:{series.id}"))
        return _Next(screen.add_row(back))
    series_id = rest[0]
    if series_id not in rt.catalog.series or cohort.audience not in rt.catalog.series[series_id].audiences:
        raise PushError("series")
    if len(rest) == 1:
        screen = Screen(t("push-pick-mode", series=t(f"s-{series_id}-title")))
        screen.add_row(Button(t("btn-push-now"), f"cp:{cid}:{series_id}:now"))
        screen.add_row(Button(t("btn-push-daily"), f"cp:{cid}:{series_id}:all"))
        screen.add_row(Button(t("btn-push-weekdays"), f"cp:{cid}:{series_id}:wd"))
        return _Next(screen.add_row(back))
    mode = rest[1]
    now = rt.clock.now()
    if mode == "now":
        push = await rt.outbox.create_push(session, cohort, series_id, mode="now", now=now, created_by=trainer.id)
    elif mode in WEEKDAY_CHOICES and len(rest) == 2:
        quiet = rt.outbox.quiet
        screen = Screen(t("push-pick-hour", timezone=cohort.timezone, quiet=f"{quiet.start}:00-{quiet.end}:00"))
        hours = [h for h in DRIP_HOURS if quiet.allows_hour(h)]
        screen.rows += [[Button(f"{h:02d}:00", f"cp:{cid}:{series_id}:{mode}:{h}") for h in hours[i: i + 4]]
                        for i in range(0, len(hours), 4)]
        return _Next(screen.add_row(back))
    elif mode in WEEKDAY_CHOICES and (hour := number(rest[2], high=23)) is not None:
        push = await rt.outbox.create_push(session, cohort, series_id, mode="drip", now=now, hour=hour,
                                           weekdays=WEEKDAY_CHOICES[mode], created_by=trainer.id)
    else:
        raise PushError("mode")
    progress = await rt.outbox.progress(session, push.id, now)
    return _Next(progress_screen(rt, trainer.locale, progress, rt.settings.send_rate), push.id)


def progress_screen(rt: Runtime, locale: str, progress: PushProgress, rate: float) -> Screen:
    t = translator(rt, locale)
    push, counts = progress.push, progress.counts
    sent = counts.get(SENT, 0)
    scheduled = counts.get(PENDING, 0) - progress.due_now
    if push.status == "cancelled":
        tail = t("push-cancelled")
    elif push.status == "paused":
        tail = t("push-paused")
    elif progress.finished:
        tail = t("push-done")
    else:
        tail = t("push-eta", seconds=max(1, round(progress.due_now / rate)))
    mode = t("push-mode-now") if push.mode == "now" else t("push-mode-drip", hour=f"{push.hour:02d}")
    total = max(progress.total - counts.get(CANCELLED, 0), 0)
    filled = round(10 * sent / total) if total else 10
    screen = Screen(t(
        "push-progress", series=t(f"s-{push.series}-title"), cohort=str(push.cohort_id), mode=mode,
        bar=progress_bar(filled, 10), sent=sent, total=total, due=progress.due_now, scheduled=scheduled,
        failed=counts.get(FAILED, 0), inactive=counts.get(INACTIVE, 0), skipped=counts.get(SKIPPED, 0),
        uncertain=counts.get(UNCERTAIN, 0), eta=tail,
    ))
    pid = push.id
    row = [Button(t("btn-push-refresh"), f"pp:{pid}:refresh")]
    if push.status == "paused":
        row += [Button(t("btn-push-resume"), f"pp:{pid}:resume"), Button(t("btn-push-cancel"), f"pp:{pid}:cancel")]
    elif push.status == "active" and not progress.finished:
        row += [Button(t("btn-push-pause"), f"pp:{pid}:pause"), Button(t("btn-push-cancel"), f"pp:{pid}:cancel")]
    return screen.add_row(*row)


async def on_push_control(update: Update, context: Context, arg: str) -> None:
    rt = runtime(context)
    push_id, _, action = arg.partition(":")
    async with rt.store.transaction() as session:
        trainer = await _trainer(update, context, session)
        locale = trainer.locale if trainer else guess_locale(rt, update)
        try:
            push_number = number(push_id)
            if trainer is None or push_number is None or action not in ("pause", "resume", "cancel", "refresh"):
                raise PushError("not allowed")
            push = await rt.outbox.owned_push(session, trainer, push_number)
            if action != "refresh":
                await rt.outbox.set_status(session, push.id, action, rt.clock.now())
            progress = await rt.outbox.progress(session, push.id, rt.clock.now())
        except (PushError, CohortError):
            await answer_stale(update, rt, locale)
            return
    await update.callback_query.answer()  # type: ignore[union-attr]
    await show(update, progress_screen(rt, locale, progress, rt.settings.send_rate), edit=True)


async def _grant_command(update: Update, context: Context, grant: bool) -> None:
    rt = runtime(context)
    args = list(context.args or [])
    async with rt.store.transaction() as session:
        me = await profiles.find_user(session, user_id(update))
        if not await is_staff(rt, session, user_id(update), me):
            text = None
        else:
            locale = me.locale if me else guess_locale(rt, update)
            telegram_id = number(args[0], high=MAX_TELEGRAM_ID) if len(args) == 1 else None
            if not telegram_id:
                text = rt.i18n.t(locale, "staff-grant-usage")
            else:
                target = await profiles.find_user(session, telegram_id) or \
                    await profiles.begin_onboarding(session, telegram_id, rt.settings.default_locale)
                if grant:
                    await profiles.grant_role(session, target, "trainer")
                else:
                    await profiles.revoke_role(session, target, "trainer")
                text = rt.i18n.t(locale, "staff-granted" if grant else "staff-revoked", id=args[0])
    if text is None:
        await on_unknown_command(update, context)
        return
    await show(update, Screen(text))


async def cmd_grant_trainer(update: Update, context: Context) -> None:
    await _grant_command(update, context, True)


async def cmd_revoke_trainer(update: Update, context: Context) -> None:
    await _grant_command(update, context, False)


def _route(action: str):
    async def route(update: Update, context: Context, arg: str) -> None:
        await _cohort_action(update, context, arg, action)

    return route


async def on_cohort_list(update: Update, context: Context, _arg: str) -> None:
    await cmd_cohorts(update, context)


CALLBACKS = {
    "cl": on_cohort_list,
    "cs": _route("card"),
    "ce": _route("edit"),
    "cv": _route("set"),
    "cx": _route("state"),
    "cp": _route("push"),
    "pp": on_push_control,
    "pl": on_open_pushed_lesson,
}

COMMANDS = (
    ("cohorts", cmd_cohorts),
    ("newcohort", cmd_new_cohort),
    ("renamecohort", cmd_rename_cohort),
    ("granttrainer", cmd_grant_trainer),
    ("revoketrainer", cmd_revoke_trainer),
)
