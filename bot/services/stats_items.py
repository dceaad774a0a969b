"""Statistics per content item, for programme staff: each quiz question's answers (to spot misconceptions), lesson
ratings, youth polls, series questions, and the delivery progress of pushes. The HTTP API and the dashboard both
call these (and bot/services/stats.py for reach), so every figure has one definition and one suppression.

The answers come from the per-person tables (quiz_answers, lesson_ratings, poll_answers, voice_answers), which
hold each person's current answer or rating, filtered by the person's current profile (country, audience, ...)
and, for `cohort`, the cohort they follow the series in. A person who used /forget is gone from them, unlike from
the reach events; the figures describe the people still here. They are read from counts kept in step with those
tables (bot/services/answer_counts.py), so their cost does not grow with the people; `raw=True` counts the tables
themselves (what the tests compare the counts with).

Suppression (bot/services/suppression.py): the people who answered each question (rated each lesson, ...) form a
list, not a breakdown of a published total, so only their small counts are hidden; their split by option is a
breakdown of that published total, so options are suppressed with their complement along the options of the same
question, and all of them when the total is hidden.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.content.catalog import Catalog
from bot.content.series import QuizStep
from bot.services import counters
from bot.services.answer_counts import counted
from bot.services.stats import Figure, Period, Row
from bot.services.suppression import groups_along, primary, suppress
from bot.store.models import (
    Cohort,
    Delivery,
    DeliveryCount,
    LessonProgress,
    LessonRating,
    PollAnswer,
    Push,
    QuizAnswer,
    User,
    VoiceAnswer,
)

# Filters on the person (their current profile) and on the series they answered in.
PERSON_FILTERS = ("series", "audience", "age_band", "country", "locale", "cohort")
POLL_FILTERS = ("audience", "age_band", "country", "locale")
RATINGS = ("helpful", "unsure", "not_helpful")
PUSH_FIGURES = ("total", "sent", "waiting", "failed", "inactive", "stopped", "uncertain", "cancelled")
_PUSH_STATUS = {"sent": "sent", "pending": "waiting", "sending": "waiting", "failed": "failed",
                "inactive": "inactive", "skipped": "stopped", "uncertain": "uncertain", "cancelled": "cancelled"}
_USER_COLUMNS = {"audience": User.audience, "age_band": User.age_band, "country": User.country, "locale": User.locale}

Key = tuple[Any, ...]


def _person_clauses(filters: Mapping[str, tuple[Any, ...]], user_id: Any, series: Any | None) -> list[Any]:
    clauses: list[ColumnElement[bool]] = []
    for name, values in filters.items():
        if name in _USER_COLUMNS:
            clauses.append(_USER_COLUMNS[name].in_(values))
        elif name == "series" and series is not None:
            clauses.append(series.in_(values))
        elif name == "cohort" and series is not None:
            clauses.append(exists().where(LessonProgress.user_id == user_id, LessonProgress.series == series,
                                          LessonProgress.cohort_id.in_(values)))
    return clauses


def split_figures(totals: Mapping[Key, int], parts: Mapping[Key, int]) -> tuple[dict[Key, Figure], dict[Key, Figure]]:
    """Figures for totals per item (key) and their split by option (key + (option,)). The totals are a list, not a
    breakdown of a published total, so only their small counts are hidden (like cohort members); the options
    are a breakdown of their item's total: suppressed with their complement along the item's options, and all
    hidden when that total is."""
    hidden_totals = primary(totals)
    total_figures = {key: Figure.of(value, key in hidden_totals) for key, value in totals.items()}
    small = [key for key in parts if total_figures[key[:-1]].suppressed]
    width = len(next(iter(parts))) if parts else 0
    hidden = suppress(parts, groups_along(parts, [width - 1]) if parts else [], hidden=small)
    return total_figures, {key: Figure.of(value, key in hidden) for key, value in parts.items()}


def _split_rows(names: Sequence[str], option_name: str, total_name: str, totals: Mapping[Key, int],
                parts: Mapping[Key, int], extra: Mapping[Key, Mapping[str, Any]] | None = None) -> list[Row]:
    total_figures, part_figures = split_figures(totals, parts)
    rows = []
    for key in parts:
        item, option = key[:-1], key[-1]
        rows.append(Row({**dict(zip(names, item, strict=True)), **(extra or {}).get(key, {}), option_name: option},
                        {total_name: total_figures[item], "people": part_figures[key]}))
    return rows


async def raw_counts(session: AsyncSession, kind: str, period: Period | None,
                     filters: Mapping[str, tuple[Any, ...]]) -> dict[tuple[str, ...], int]:
    """What `answer_counts.counted` returns, counted from the per-person tables (grows with the people)."""
    table, keys, option, stamp = _RAW[kind]
    where = [*_person_clauses(filters, table.user_id, getattr(table, "series", None))]
    if period is not None and stamp is not None:
        start, end = period.bounds()
        where += [stamp >= start, stamp < end]
    if kind == "voice":
        where.append(option.is_not(None))
    statement = (select(*keys, option, func.count()).join(User, User.id == table.user_id).where(*where)
                 .group_by(*keys, option))
    return {tuple(row[:-1]): int(row[-1]) for row in await session.execute(statement)}


_RAW: dict[str, tuple[Any, tuple[Any, ...], Any, Any]] = {
    "quiz": (QuizAnswer, (QuizAnswer.series, QuizAnswer.lesson, QuizAnswer.quiz), QuizAnswer.option,
             QuizAnswer.answered_at),
    "rating": (LessonRating, (LessonRating.series, LessonRating.lesson), LessonRating.rating, LessonRating.rated_at),
    "voice": (VoiceAnswer, (VoiceAnswer.series, VoiceAnswer.question), VoiceAnswer.option, None),
    "poll": (PollAnswer, (PollAnswer.poll,), PollAnswer.option, None),
}


async def quiz_questions(session: AsyncSession, catalog: Catalog, period: Period,
                         filters: Mapping[str, tuple[Any, ...]], *, raw: bool = False) -> list[Row]:
    """Per quiz question (in content order) and option: people whose first answer it was, and people who
    answered the question, for first answers given in the period."""
    found = await (raw_counts if raw else counted)(session, "quiz", period, filters)
    wanted = filters.get("series")
    totals: dict[Key, int] = {}
    parts: dict[Key, int] = {}
    extra: dict[Key, dict[str, Any]] = {}
    for series in catalog.series.values():
        if wanted and series.id not in wanted:
            continue
        for lesson in series.lessons:
            for step in lesson.steps:
                if not isinstance(step, QuizStep):
                    continue
                item = (series.id, lesson.id, step.quiz)
                totals[item] = sum(found.get((*item, option), 0) for option in step.options)
                for option in step.options:
                    parts[(*item, option)] = found.get((*item, option), 0)
                    extra[(*item, option)] = {"correct": option == step.answer}
    return _split_rows(("series", "lesson", "quiz"), "option", "answered", totals, parts, extra)


async def lesson_ratings(session: AsyncSession, catalog: Catalog, period: Period,
                         filters: Mapping[str, tuple[Any, ...]], *, raw: bool = False) -> list[Row]:
    """Per lesson and rating: people whose current rating it is, among those who first rated it in the period."""
    found = await (raw_counts if raw else counted)(session, "rating", period, filters)
    wanted = filters.get("series")
    totals: dict[Key, int] = {}
    parts: dict[Key, int] = {}
    for series in catalog.series.values():
        if wanted and series.id not in wanted:
            continue
        for lesson in series.lessons:
            item = (series.id, lesson.id)
            totals[item] = sum(found.get((*item, rating), 0) for rating in RATINGS)
            for rating in RATINGS:
                parts[(*item, rating)] = found.get((*item, rating), 0)
    return _split_rows(("series", "lesson"), "rating", "rated", totals, parts)


async def poll_results(session: AsyncSession, catalog: Catalog, filters: Mapping[str, tuple[Any, ...]], *,
                       raw: bool = False) -> list[Row]:
    """Per poll (opening first) and option: people whose answer it is now, and people who answered the poll."""
    found = await (raw_counts if raw else counted)(session, "poll", None, filters)
    totals: dict[Key, int] = {}
    parts: dict[Key, int] = {}
    extra: dict[Key, dict[str, Any]] = {}
    for poll in sorted(catalog.polls.values(), key=lambda p: (p.opens, p.id)):
        totals[(poll.id,)] = sum(found.get((poll.id, option), 0) for option in poll.options)
        for option in poll.options:
            parts[(poll.id, option)] = found.get((poll.id, option), 0)
            extra[(poll.id, option)] = {"opens": poll.opens.isoformat(), "closes": poll.closes.isoformat()}
    return _split_rows(("poll",), "option", "answered", totals, parts, extra)


async def series_questions(session: AsyncSession, catalog: Catalog,
                           filters: Mapping[str, tuple[Any, ...]], *, raw: bool = False) -> list[Row]:
    """Per series question and option: people whose answer it is now, and people who answered the question."""
    found = await (raw_counts if raw else counted)(session, "voice", None, filters)
    wanted = filters.get("series")
    totals: dict[Key, int] = {}
    parts: dict[Key, int] = {}
    for series in catalog.series.values():
        question = series.voice_question
        if question is None or (wanted and series.id not in wanted):
            continue
        item = (series.id, question.id)
        totals[item] = sum(found.get((*item, option), 0) for option in question.options)
        for option in question.options:
            parts[(*item, option)] = found.get((*item, option), 0)
    return _split_rows(("series", "question"), "option", "answered", totals, parts)


async def push_progress(session: AsyncSession, *, raw: bool = False) -> list[Row]:
    """Every push (newest first) with its deliveries by outcome: total (all but cancelled), sent, waiting
    (scheduled or being sent), failed, inactive (blocked the bot), stopped (sent /stop), uncertain, cancelled;
    with the deliveries retention reduced to counts (`delivery_counts`). The outcomes are a breakdown of the
    total, suppressed with their complement within each push. Read from the counters the database keeps
    (bot/services/counters.py); `raw=True` counts the deliveries themselves."""
    pushes = (await session.execute(
        select(Push, Cohort.name).join(Cohort, Cohort.id == Push.cohort_id).order_by(Push.id.desc())
    )).all()
    if raw:
        counts = [(push_id, status, int(n)) for push_id, status, n in await session.execute(
            select(Delivery.push_id, Delivery.status, func.count()).group_by(Delivery.push_id, Delivery.status))]
    else:
        counts = [(push_id, status, n) for (push_id, status), n in (await counters.read(session, "push")).items()]
    counts += [(push_id, status, int(n)) for push_id, status, n in await session.execute(
        select(DeliveryCount.push_id, DeliveryCount.status, DeliveryCount.count))]
    by_push: dict[int, dict[str, int]] = {}
    for push_id, status, n in counts:
        figures = by_push.setdefault(push_id, {})
        name = _PUSH_STATUS.get(status, "waiting")
        figures[name] = figures.get(name, 0) + int(n)
    totals = {(push.id,): sum(v for k, v in by_push.get(push.id, {}).items() if k != "cancelled")
              for push, _ in pushes}
    parts = {(push.id, name): by_push.get(push.id, {}).get(name, 0)
             for push, _ in pushes for name in PUSH_FIGURES[1:]}
    hidden_totals = primary(totals)
    total_figures = {key: Figure.of(value, key in hidden_totals) for key, value in totals.items()}
    small = [key for key in parts if total_figures[key[:1]].suppressed]
    hidden = suppress(parts, groups_along(parts, [1]) if parts else [], hidden=small)
    rows = []
    for push, cohort_name in pushes:
        figures = {"total": total_figures[(push.id,)]}
        figures.update({name: Figure.of(parts[(push.id, name)], (push.id, name) in hidden)
                        for name in PUSH_FIGURES[1:]})
        rows.append(Row({"id": push.id, "cohort": push.cohort_id, "cohort_name": cohort_name, "series": push.series,
                         "mode": push.mode, "status": push.status, "created": push.created_at.date().isoformat()},
                        figures))
    return rows
