"""/stats for programme staff: reach in the last 30 days against the 30 before, one breakdown, and a chart of
weekly reach, sent as one photo. Buttons switch the period (7/30/90 days) and the breakdown.

Button data: sta:<days>:<breakdown>, e.g. sta:30:audience. Everyone but staff gets the unknown-command answer
to /stats and the stale-button answer to a button.
"""

from __future__ import annotations

import asyncio
from datetime import date
from html import escape

from babel.dates import format_skeleton
from telegram import InputFile, Update
from telegram.constants import ParseMode

from bot.content.i18n import FALLBACK_LOCALE
from bot.delivery.screen import Button, Screen
from bot.features.common import (
    Context,
    Translate,
    answer_stale,
    format_date,
    format_percent,
    locale_of,
    number,
    runtime,
    translator,
    user_id,
)
from bot.features.screen import markup
from bot.features.staff import is_staff, staff_only
from bot.services.charts import Bar, ChartText, weekly_bars
from bot.services.countries import country_name
from bot.services.profiles import find_user
from bot.services.runtime import Runtime
from bot.services.stats import BREAKDOWNS, PERIODS, Figure, Stats, Summary, change

DEFAULT_DAYS, DEFAULT_BREAKDOWN = 30, "audience"
MAX_LINES = 8
CAPTION_LIMIT = 1024  # Telegram's limit for a photo caption
LINES = (("reached", "stats-reached"), ("engaged", "stats-engaged"), ("completed", "stats-completed"))


def _label(rt: Runtime, locale: str, breakdown: str, value: object) -> str:
    """How a breakdown value reads, in the caption and on the chart."""
    t = translator(rt, locale)
    if value is None:
        return t("stats-unknown")
    if breakdown == "audience":
        return t(f"stats-audience-{value}") if rt.i18n.has(FALLBACK_LOCALE, f"stats-audience-{value}") else str(value)
    if breakdown == "country":
        return f"{value} {country_name(str(value), locale)}"
    if breakdown == "series":
        return t(f"s-{value}-title") if str(value) in rt.catalog.series else str(value)
    if str(value) not in rt.i18n.languages:
        return str(value)
    return rt.i18n.name(str(value))


def _count(t: Translate, figure: Figure) -> object:
    """For the HTML caption: the number, or the escaped suppression mark."""
    return escape(t("stats-suppressed")) if figure.suppressed or figure.value is None else figure.value


def _change(t: Translate, now: Figure, before: Figure, days: int) -> str:
    ratio = change(now, before)
    if ratio is None:
        return t("stats-change-none")
    percent = round(abs(ratio) * 100)
    if percent == 0:
        return t("stats-change-flat", days=days)
    return t("stats-change-up" if ratio > 0 else "stats-change-down", percent=percent, days=days)


def summary_text(rt: Runtime, locale: str, summary: Summary) -> str:
    """The caption; fewer breakdown lines if the full list would not fit in a caption."""
    for max_lines in range(MAX_LINES, -1, -1):
        text = _summary_text(rt, locale, summary, max_lines)
        if len(text) <= CAPTION_LIMIT:
            break
    return text


def _summary_text(rt: Runtime, locale: str, summary: Summary, max_lines: int) -> str:
    t = translator(rt, locale)
    days = summary.period.days
    lines = [t("stats-title", days=days, start=format_date(summary.period.start, locale),
               end=format_date(summary.period.end, locale))]
    for metric, message in LINES:
        now, before = summary.totals.figures[metric], summary.previous.figures[metric]
        lines.append(t(message, value=_count(t, now), change=_change(t, now, before, days)))
    accuracy = summary.totals.figures["quiz_accuracy"]
    shown = _count(t, accuracy) if accuracy.value is None else format_percent(round(accuracy.value, 2), locale)
    by = summary.breakdown_by
    lines += [t("stats-accuracy", value=shown), "", t("stats-breakdown-title", breakdown=t(f"stats-by-{by}"))]
    ordered = sorted(summary.breakdown, key=lambda r: (r.figures["reached"].suppressed,
                                                       -(r.figures["reached"].value or 0)))
    for row in ordered[:max_lines]:
        label = _label(rt, locale, by, row.key[by])
        lines.append(t("stats-breakdown-line", label=escape(label), value=_count(t, row.figures["reached"])))
    if not ordered:
        lines.append(t("stats-breakdown-none"))
    if len(ordered) > max_lines:
        lines.append(t("stats-breakdown-more", count=len(ordered) - max_lines))
    lines += ["", t("stats-note")]
    return "\n".join(lines)


def chart_png(rt: Runtime, locale: str, summary: Summary) -> bytes:
    """Weekly reach by the breakdown, in the person's language (right-to-left ones shaped: bot/services/charts.py)."""
    return weekly_bars(*chart_parts(rt, locale, summary))


def chart_parts(rt: Runtime, locale: str, summary: Summary) -> tuple[ChartText, list[str], list[str], list[Bar]]:
    t = translator(rt, locale)
    by = summary.breakdown_by
    text = ChartText(t("stats-chart-title", breakdown=t(f"stats-by-{by}")), t("stats-chart-x"), t("stats-chart-y"),
                     t("stats-suppressed"), t("stats-chart-empty"), rtl=rt.i18n.is_rtl(locale))
    weeks = sorted({r.key["week"] for r in summary.weekly})
    totals = {r.key[by]: (r.figures["reached"].value or 0) for r in summary.breakdown}
    names = {k: _label(rt, locale, by, k) for k in sorted(totals, key=lambda k: -totals[k])}
    bars = [Bar(r.key["week"], names[r.key[by]], r.figures["reached"].value)
            for r in summary.weekly if r.key[by] in names]
    labels = [_week_label(week, locale) for week in weeks]
    by_label = dict(zip(weeks, labels, strict=True))
    bars = [Bar(by_label[bar.week], bar.series, bar.value) for bar in bars]
    return text, labels, list(names.values()), bars


def _week_label(week: object, locale: str) -> str:
    """A week (named by its Monday) as a short local date: "Mar 2", "2 mars"."""
    day = week if isinstance(week, date) else date.fromisoformat(str(week))
    return format_skeleton("MMMd", day, locale=locale)


def buttons(rt: Runtime, locale: str, days: int, breakdown: str) -> Screen:
    t = translator(rt, locale)

    def mark(label: str, current: bool) -> str:
        return t("stats-btn-current", label=label) if current else label

    screen = Screen("")
    screen.add_row(*(Button(mark(t("stats-btn-days", days=d), d == days), f"sta:{d}:{breakdown}") for d in PERIODS))
    screen.add_row(*(Button(mark(t(f"stats-by-{b}"), b == breakdown), f"sta:{days}:{b}") for b in BREAKDOWNS))
    return screen


async def _send(update: Update, rt: Runtime, locale: str, days: int, breakdown: str) -> None:
    stats = Stats(rt.catalog, rt.checkins)
    await stats.ensure_fresh(rt.stats_store)
    async with rt.stats_store.transaction() as session:
        summary = await stats.summary(session, days, breakdown, rt.clock.now().date())
    png = await asyncio.to_thread(chart_png, rt, locale, summary)
    assert update.effective_chat is not None
    await update.effective_chat.send_photo(
        InputFile(png, filename="reach.png"), caption=summary_text(rt, locale, summary), parse_mode=ParseMode.HTML,
        reply_markup=markup(buttons(rt, locale, days, breakdown)),
    )


async def _stats(update: Update, context: Context, rt: Runtime, locale: str, _args: list[str]) -> None:
    await _send(update, rt, locale, DEFAULT_DAYS, DEFAULT_BREAKDOWN)


def _parse(argument: str) -> tuple[int, str] | None:
    days, _, breakdown = argument.partition(":")
    period = number(days)
    if period not in PERIODS or breakdown not in BREAKDOWNS:
        return None
    return period, breakdown


async def on_stats_button(update: Update, context: Context, argument: str) -> None:
    """A period or breakdown button: a new chart below (the old one stays for comparison)."""
    rt = runtime(context)
    async with rt.store.transaction() as session:
        user = await find_user(session, user_id(update))
        allowed = await is_staff(rt, session, user_id(update), user)
    locale = locale_of(rt, update, user)
    choice = _parse(argument)
    if not allowed or choice is None:
        await answer_stale(update, rt, locale)
        return
    assert update.callback_query is not None
    await update.callback_query.answer()
    await _send(update, rt, locale, *choice)


COMMANDS = (("stats", staff_only(_stats)),)
CALLBACKS = {"sta": on_stats_button}
