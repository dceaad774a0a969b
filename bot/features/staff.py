"""Staff commands in the chat: /rounds, /openround, /export, /invite, /invites, /revokeinvite. Anyone else gets
the ordinary "unknown command" answer, as if these did not exist."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from datetime import datetime
from html import escape

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InputFile, Update

from bot.content.checkins import SECTOR_CODES
from bot.delivery.screen import Screen
from bot.features.common import Context, Translate, format_date, guess_locale, number, runtime, translator, user_id
from bot.features.fallback import on_unknown_command
from bot.features.screen import show
from bot.services import invites
from bot.services.checkins import AmbiguousRound, CheckinError, end_of_day
from bot.services.countries import all_codes
from bot.services.profiles import find_user
from bot.services.profiles import is_staff as staff_member
from bot.services.runtime import Runtime
from bot.store.models import Invite, User, utcnow

PROGRAMME = re.compile(r"[A-Za-z0-9_.-]{1,40}")
MAX_USES = invites.MAX_USES
StaffCommand = Callable[[Update, Context, Runtime, str, list[str]], Awaitable[None]]


async def is_staff(rt: Runtime, session: AsyncSession, telegram_id: int, user: User | None) -> bool:
    """ADMIN_IDS are staff even before they onboard; others need the staff role (`user` is kept for callers)."""
    return await staff_member(session, telegram_id, rt.settings.admin_ids)


def staff_only(command: StaffCommand) -> Callable[[Update, Context], Awaitable[None]]:
    async def handler(update: Update, context: Context) -> None:
        rt = runtime(context)
        async with rt.store.transaction() as session:
            user = await find_user(session, user_id(update))
            allowed = await is_staff(rt, session, user_id(update), user)
        if not allowed:
            await on_unknown_command(update, context)
            return
        locale = user.locale if user else guess_locale(rt, update)
        await command(update, context, rt, locale, list(context.args or []))

    return handler


async def _rounds(update: Update, context: Context, rt: Runtime, locale: str, _args: list[str]) -> None:
    t = translator(rt, locale)
    async with rt.store.transaction() as session:
        rounds = await rt.checkins.rounds(session)
    now = utcnow()
    lines = [t("staff-rounds-title")]
    for row, respondents in rounds:
        status = t("staff-round-open", closes=format_date(row.closes_at, locale)) if row.closes_at > now else t(
            "staff-round-closed")
        lines.append(t("staff-round-line", id=row.id, round=row.code, questionnaire=row.questionnaire,
                       respondents=respondents, status=status))
    if not rounds:
        lines.append(t("staff-rounds-none"))
    lines += ["", t("staff-rounds-help")]
    await show(update, Screen("\n".join(lines)))


async def _open_round(update: Update, context: Context, rt: Runtime, locale: str, args: list[str]) -> None:
    t = translator(rt, locale)
    if len(args) != 3:
        await show(update, Screen(t("staff-openround-usage", list=", ".join(sorted(rt.catalog.questionnaires)))))
        return
    questionnaire, code, day = args
    try:
        closes = end_of_day(day)
        async with rt.store.transaction() as session:
            row = await rt.checkins.open_round(session, questionnaire, code, closes)
    except (CheckinError, ValueError) as error:
        await show(update, Screen(t("staff-failed", reason=escape(str(error), quote=False))))
        return
    await show(update, Screen(t("staff-round-opened", round=row.code, questionnaire=row.questionnaire,
                                closes=format_date(row.closes_at, locale))))


async def _export(update: Update, context: Context, rt: Runtime, locale: str, args: list[str]) -> None:
    """/export ROUND [QUESTIONNAIRE]: the round by the code staff opened it with (or its number in /rounds)."""
    t = translator(rt, locale)
    if len(args) not in (1, 2):
        await show(update, Screen(t("staff-export-usage")))
        return
    try:
        async with rt.store.transaction() as session:
            row = await rt.checkins.find_round(session, args[0], args[1] if len(args) == 2 else None)
            data = await rt.checkins.export_csv(session, row.id)
    except AmbiguousRound as ambiguous:
        choices = ", ".join(f"{questionnaire} (#{number})" for number, questionnaire in ambiguous.candidates)
        await show(update, Screen(t("staff-round-ambiguous", round=escape(ambiguous.code), list=choices,
                                    example=ambiguous.candidates[0][1])))
        return
    except CheckinError as error:
        await show(update, Screen(t("staff-failed", reason=escape(str(error), quote=False))))
        return
    assert update.effective_chat is not None
    name = re.sub(r"[^A-Za-z0-9_.-]", "_", f"{row.questionnaire}-{row.code}")
    await update.effective_chat.send_document(
        InputFile(data.encode(), filename=f"checkin-{name}.csv"),
        caption=t("staff-export-caption", round=f"{row.code} · {row.questionnaire}"),
    )


def _invite_args(args: list[str]) -> tuple[list[str], dict[str, int]] | None:
    """SECTOR COUNTRY [PROGRAMME] [uses=N] [days=D] -> (positional, options), or None when malformed."""
    positional, options = [], {}
    for arg in args:
        name, equals, value = arg.partition("=")
        if not equals:
            positional.append(arg)
        elif name in ("uses", "days") and name not in options and (n := number(value, high=MAX_USES)) is not None:
            options[name] = n
        else:
            return None
    if len(positional) not in (2, 3) or positional[0] not in SECTOR_CODES or positional[1].upper() not in all_codes():
        return None
    if len(positional) == 3 and not PROGRAMME.fullmatch(positional[2]):
        return None
    return positional, options


async def _invite(update: Update, context: Context, rt: Runtime, locale: str, args: list[str]) -> None:
    t = translator(rt, locale)
    parsed = _invite_args(args)
    usage = Screen(t("staff-invite-usage", list=", ".join(SECTOR_CODES), uses=MAX_USES, days=invites.MAX_DAYS))
    if parsed is None:
        await show(update, usage)
        return
    (sector, country, *programme), options = parsed
    try:
        async with rt.store.transaction() as session:
            invite = await invites.create(session, sector, country, programme[0] if programme else None,
                                          rt.clock.now(), uses=options.get("uses", invites.DEFAULT_USES),
                                          days=options.get("days", invites.DEFAULT_DAYS))
    except invites.InviteError:
        await show(update, usage)
        return
    link = f"https://t.me/{context.bot.username}?start=pro_{invite.code}"
    await show(update, Screen(t("staff-invite-created", sector=t(f"sector-{invite.sector}"), country=invite.country,
                                link=link, uses=invite.max_uses or 0, expires=format_date(invite.expires_at, locale),
                                code=invite.code)))


def invite_line(t: Translate, locale: str, invite: Invite, now: datetime) -> str:
    state = invites.state_of(invite, now)
    return t("staff-invite-line", code=invite.code, sector=invite.sector, country=invite.country,
             programme=escape(invite.programme or "-"), uses=invite.uses,
             limit=invite.max_uses if invite.max_uses is not None else "∞",
             expires=format_date(invite.expires_at, locale), state=state.value)


async def _list_invites(update: Update, context: Context, rt: Runtime, locale: str, _args: list[str]) -> None:
    t = translator(rt, locale)
    async with rt.store.transaction() as session:
        rows = await invites.recent(session)
    now = rt.clock.now()
    lines = [t("staff-invites-title")]
    lines += [invite_line(t, locale, invite, now) for invite in rows] or [t("staff-invites-none")]
    lines += ["", t("staff-invites-help")]
    await show(update, Screen("\n".join(lines)))


async def _revoke_invite(update: Update, context: Context, rt: Runtime, locale: str, args: list[str]) -> None:
    t = translator(rt, locale)
    if len(args) != 1:
        await show(update, Screen(t("staff-revokeinvite-usage")))
        return
    code = args[0].removeprefix("pro_")
    try:
        async with rt.store.transaction() as session:
            invite = await invites.revoke(session, code, rt.clock.now())
    except invites.InviteError:
        await show(update, Screen(t("staff-invite-unknown", code=escape(code))))
        return
    await show(update, Screen(t("staff-invite-revoked", code=invite.code, uses=invite.uses)))


COMMANDS = (
    ("rounds", staff_only(_rounds)),
    ("openround", staff_only(_open_round)),
    ("export", staff_only(_export)),
    ("invite", staff_only(_invite)),
    ("invites", staff_only(_list_invites)),
    ("revokeinvite", staff_only(_revoke_invite)),
)
