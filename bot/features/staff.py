"""Staff commands in the chat: /rounds, /openround, /export, /invite. Anyone else gets the ordinary
"unknown command" answer, as if these did not exist."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InputFile, Update

from bot.content.checkins import SECTOR_CODES
from bot.delivery.screen import Screen
from bot.features.common import Context, format_date, guess_locale, number, runtime, translator, user_id
from bot.features.fallback import on_unknown_command
from bot.features.screen import show
from bot.services.checkins import CheckinError, end_of_day
from bot.services.countries import all_codes
from bot.services.profiles import find_user
from bot.services.profiles import is_staff as staff_member
from bot.services.runtime import Runtime
from bot.store.models import User, utcnow

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
        await show(update, Screen(t("staff-failed", reason=str(error))))
        return
    await show(update, Screen(t("staff-round-opened", round=row.code, questionnaire=row.questionnaire,
                                closes=format_date(row.closes_at, locale))))


async def _export(update: Update, context: Context, rt: Runtime, locale: str, args: list[str]) -> None:
    t = translator(rt, locale)
    round_id = number(args[0]) if len(args) == 1 else None
    if round_id is None:
        await show(update, Screen(t("staff-export-usage")))
        return
    try:
        async with rt.store.transaction() as session:
            data = await rt.checkins.export_csv(session, round_id)
    except CheckinError as error:
        await show(update, Screen(t("staff-failed", reason=str(error))))
        return
    assert update.effective_chat is not None
    await update.effective_chat.send_document(
        InputFile(data.encode(), filename=f"checkin-round-{args[0]}.csv"),
        caption=t("staff-export-caption", round=args[0]),
    )


async def _invite(update: Update, context: Context, rt: Runtime, locale: str, args: list[str]) -> None:
    t = translator(rt, locale)
    if len(args) not in (2, 3) or args[0] not in SECTOR_CODES or args[1].upper() not in all_codes():
        await show(update, Screen(t("staff-invite-usage", list=", ".join(SECTOR_CODES))))
        return
    async with rt.store.transaction() as session:
        invite = await rt.checkins.create_invite(session, args[0], args[1], args[2] if len(args) == 3 else None)
    link = f"https://t.me/{context.bot.username}?start=pro_{invite.code}"
    await show(update, Screen(t("staff-invite-created", sector=t(f"sector-{invite.sector}"),
                                country=invite.country, link=link)))


COMMANDS = (
    ("rounds", staff_only(_rounds)),
    ("openround", staff_only(_open_round)),
    ("export", staff_only(_export)),
    ("invite", staff_only(_invite)),
)
