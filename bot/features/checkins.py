"""/checkin for professionals: pick an open round, answer item by item (back, skip, leave and come back),
then a summary of one's own answers and, where at least 5 colleagues answered, the country's distribution.

Button data: chk (list), cko:<round> (intro), ckg:<round> (start/continue), ckv:<round> (revise),
cka:<round>:<item index>:<value>, ckb:<round>:<index> (back), cks:<round>:<index> (skip).
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Update

from bot.content.checkins import PHASES, CheckinItem
from bot.delivery.screen import Button, Screen
from bot.features.common import (
    Context,
    answer_stale,
    format_date,
    format_percent,
    guess_locale,
    number,
    runtime,
    translator,
    user_id,
)
from bot.features.lessons import progress_bar
from bot.features.menus import help_row
from bot.features.onboarding import InvalidLink, cmd_start
from bot.features.screen import show
from bot.services.checkins import CheckinError, Distribution, Progress
from bot.services.countries import country_name
from bot.services.profiles import apply_invite, find_user
from bot.services.runtime import Runtime
from bot.store.models import CheckinRound, User

AGREE = ("1", "2", "3", "4", "5")


def answer_label(rt: Runtime, locale: str, questionnaire_id: str, item: CheckinItem, value: str) -> str:
    t = translator(rt, locale)
    if value == "dk":
        return t("ci-dk")
    if item.kind == "phase":
        return t(f"mnr-phase-{value}")
    if item.kind == "agree5":
        return t(f"ci-agree-{value}")
    if item.kind == "yes_no":
        return t(f"ci-{value}")
    return t(f"ci-{questionnaire_id}-{item.id}-{value}")


def _title(rt: Runtime, locale: str, row: CheckinRound) -> str:
    return rt.i18n.t(locale, f"ci-{row.questionnaire}-title")


def list_screen(rt: Runtime, locale: str, rounds: list[CheckinRound]) -> Screen:
    t = translator(rt, locale)
    if not rounds:
        return Screen(t("checkin-none")).add_row(Button(t("btn-menu"), "menu"), *help_row(rt, locale))
    screen = Screen(t("checkin-pick"))
    for row in rounds:
        screen.add_row(Button(t("btn-checkin-round", title=_title(rt, locale, row), round=row.code), f"cko:{row.id}"))
    screen.add_row(Button(t("btn-menu"), "menu"), *help_row(rt, locale))
    return screen


def intro_screen(rt: Runtime, locale: str, progress: Progress | None, row: CheckinRound) -> Screen:
    t = translator(rt, locale)
    questionnaire = rt.catalog.questionnaires[row.questionnaire]
    screen = Screen(t("checkin-intro", title=_title(rt, locale, row), round=row.code,
                      about=t(f"ci-{row.questionnaire}-about"), minutes=questionnaire.minutes,
                      closes=format_date(row.closes_at, locale)))
    if progress is None:
        screen.add_row(Button(t("btn-checkin-start"), f"ckg:{row.id}"))
    elif progress.finished:
        screen.add_row(Button(t("btn-checkin-revise"), f"ckv:{row.id}"))
    else:
        screen.add_row(Button(t("btn-checkin-continue"), f"ckg:{row.id}"))
    screen.add_row(Button(t("btn-back"), "chk"), *help_row(rt, locale))
    return screen


def item_screen(rt: Runtime, locale: str, progress: Progress) -> Screen:
    t = translator(rt, locale)
    item, index, total = progress.item, progress.index, len(progress.items)
    qid, rid = progress.questionnaire.id, progress.round.id
    capability = item.capabilities[0]
    lines = [
        t("checkin-item-head", title=t(f"ci-{qid}-title"), step=index + 1, steps=total,
          bar=progress_bar(index + 1, total)),
        t("checkin-capability", number=capability, capability=t(f"mnr-cap-{capability}")),
        "",
        t(f"ci-{qid}-{item.id}"),
    ]
    if item.kind == "phase":
        lines.append("")
        lines += [t("checkin-phase-line", phase=t(f"mnr-phase-{p}"), description=t(f"mnr-phase-{p}-desc"))
                  for p in PHASES]
    current = progress.answers.get(item.id)
    if current is not None:
        lines += ["", t("checkin-current", answer=answer_label(rt, locale, qid, item, current))]
    screen = Screen("\n".join(lines))
    values = item.answer_values()
    buttons = [Button(answer_label(rt, locale, qid, item, v), f"cka:{rid}:{index}:{v}") for v in values]
    per_row = 2 if item.kind in ("phase", "yes_no") else 1
    screen.rows += [buttons[i: i + per_row] for i in range(0, len(buttons), per_row)]
    navigation = [Button(t("btn-checkin-skip"), f"cks:{rid}:{index}")]
    if index > 0:
        navigation.insert(0, Button(t("btn-checkin-back"), f"ckb:{rid}:{index}"))
    screen.add_row(*navigation)
    screen.add_row(*help_row(rt, locale))
    return screen


def _shares(rt: Runtime, locale: str, distribution: Distribution) -> str:
    order = [*PHASES, "dk"]
    parts = []
    for value in order:
        count = distribution.counts.get(value, 0)
        if count:
            share = round(100 * count / distribution.total)
            label = rt.i18n.t(locale, "ci-dk") if value == "dk" else rt.i18n.t(locale, f"mnr-phase-{value}")
            parts.append(f"{label} {format_percent(share / 100, locale)}")
    return " · ".join(parts)


def summary_screen(rt: Runtime, locale: str, progress: Progress, distributions: list[Distribution]) -> Screen:
    t = translator(rt, locale)
    qid = progress.questionnaire.id
    closes = format_date(progress.round.closes_at, locale)
    lines = [t("checkin-done", round=progress.round.code, closes=closes), "", t("checkin-summary-title")]
    for item in progress.items:
        value = progress.answers.get(item.id)
        answer = answer_label(rt, locale, qid, item, value) if value else t("checkin-skipped")
        lines.append(t("checkin-summary-line", question=t(f"mnr-cap-{item.capabilities[0]}"), answer=answer))
    country = progress.respondent.country
    if country and country != "ZZ":
        name = country_name(country, locale)
        lines.append("")
        if distributions:
            lines.append(t("checkin-country-title", country=name))
            for distribution in distributions:
                capability = t(f"mnr-cap-{distribution.item.capabilities[0]}")
                lines.append(t("checkin-country-line", capability=capability, total=distribution.total,
                               shares=_shares(rt, locale, distribution)))
        else:
            lines.append(t("checkin-country-none", country=name))
    screen = Screen("\n".join(lines))
    screen.add_row(Button(t("btn-checkin-revise"), f"ckv:{progress.round.id}"))
    screen.add_row(Button(t("btn-menu"), "menu"), *help_row(rt, locale))
    return screen


async def invite_link(rt: Runtime, session: AsyncSession, user: User, code: str, new: bool) -> str | None:
    """/start pro_<code>: a staff invite makes the person a verified professional of its sector and country."""
    invite = await rt.checkins.redeem_invite(session, code)
    if invite is None:
        raise InvalidLink("invite-invalid")
    apply_invite(user, invite.sector, invite.country, invite.programme)
    t = translator(rt, user.locale)
    return t("invite-welcome" if new else "invite-applied", sector=t(f"sector-{user.sector}"),
             country=country_name(user.country or "", user.locale))


async def cmd_checkin(update: Update, context: Context) -> None:
    rt = runtime(context)
    async with rt.store.transaction() as session:
        user = await find_user(session, user_id(update))
        if user is None or not user.onboarded:
            screen = None
        elif user.audience != "professional":
            screen = Screen(rt.i18n.t(user.locale, "checkin-not-for-you"))
        else:
            screen = list_screen(rt, user.locale, await rt.checkins.open_rounds_for(session, user))
    if update.callback_query is not None:
        await update.callback_query.answer()
    if screen is None:
        await cmd_start(update, context)
        return
    await show(update, screen)


async def on_list(update: Update, context: Context, _arg: str) -> None:
    await cmd_checkin(update, context)


async def _act(update: Update, context: Context, arg: str, action: str) -> None:
    """Run one check-in action; every failure (closed round, old or forged button) is a polite no."""
    rt = runtime(context)
    parts = arg.split(":")
    async with rt.store.transaction() as session:
        user = await find_user(session, user_id(update))
        locale = user.locale if user else guess_locale(rt, update)
        try:
            round_id = number(parts[0])
            if user is None or round_id is None:
                raise CheckinError("malformed")
            screen, edit = await _perform(rt, session, user, round_id, parts[1:], action)
        except (CheckinError, ValueError):
            await answer_stale(update, rt, locale)
            return
    await update.callback_query.answer()  # type: ignore[union-attr]
    await show(update, screen, edit=edit)


async def _perform(rt: Runtime, session: AsyncSession, user: User, round_id: int, rest: list[str],
                   action: str) -> tuple[Screen, bool]:
    """The screen after the action, and whether it replaces the tapped message."""
    checkins, locale = rt.checkins, user.locale
    if action == "intro":
        row = await checkins.open_round_for(session, user, round_id)
        return intro_screen(rt, locale, await checkins.existing(session, user, round_id), row), False
    if action in ("go", "revise"):
        progress = await checkins.begin(session, user, round_id, revise=action == "revise")
    else:
        index = number(rest[0]) if rest else None
        if index is None:
            raise CheckinError("malformed")
        if action == "answer":
            if len(rest) != 2:
                raise CheckinError("malformed")
            progress = await checkins.answer(session, user, round_id, index, rest[1])
        elif action == "back":
            progress = await checkins.back(session, user, round_id, index)
        else:
            progress = await checkins.skip(session, user, round_id, index)
    if progress.finished:
        distributions = await checkins.country_distributions(session, progress)
        return summary_screen(rt, locale, progress, distributions), action not in ("go", "revise")
    return item_screen(rt, locale, progress), action not in ("go", "revise")


def _route(action: str):
    async def route(update: Update, context: Context, arg: str) -> None:
        await _act(update, context, arg, action)

    return route


CALLBACKS = {
    "chk": on_list,
    "cko": _route("intro"),
    "ckg": _route("go"),
    "ckv": _route("revise"),
    "cka": _route("answer"),
    "ckb": _route("back"),
    "cks": _route("skip"),
}
