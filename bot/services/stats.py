"""Statistics for programme staff: prevention-pillar reach, lesson funnels, check-in results, cohorts.

The chat (/stats), its chart and the HTTP API all call these functions, so every figure has one definition.
Every count of people goes through `bot.services.suppression` before it leaves this module.

Reach definitions, for a period of whole UTC days (both ends included):
  active     people with any event tagged with an MNR capability (lesson steps; any later capability-tagged
             activity such as child-participation polls counts here too)
  reached    people who viewed at least one lesson card
  engaged    people who completed at least one lesson
  completed  people who finished a series
  quiz_people, quiz_answers, quiz_accuracy
             people who answered a quiz question, their first attempts, and the share of those answered right

Reach is read from `reach_daily`, a rollup with one row per person, day and dimension values (see
`Stats.refresh`): the queries cost what the number of people-days in the period costs, not what the events do.
The rollup keys people by the id of their first event rather than by their pseudonym, so /forget (which
relabels a person's events with a random pseudonym) leaves nothing here that leads back to them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Date, Select, case, cast, delete, distinct, func, insert, select, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from bot.content.catalog import Catalog
from bot.content.checkins import CheckinItem
from bot.services.checkins import CheckinError, Checkins
from bot.services.suppression import groups_along, primary, suppress
from bot.store.db import ReadStore, Store
from bot.store.models import (
    CheckinAnswer,
    CheckinRespondent,
    CheckinRound,
    Cohort,
    CohortMember,
    Event,
    ReachDay,
    StatsState,
    utcnow,
)

DIMENSIONS = ("capability", "audience", "age_band", "country", "locale", "series", "cohort", "week", "month")
PEOPLE_METRICS = ("active", "reached", "engaged", "completed", "quiz_people")
METRICS = (*PEOPLE_METRICS, "quiz_answers", "quiz_accuracy")
FUNNEL_FILTERS = ("capability", "audience", "age_band", "country", "locale", "cohort")
BREAKDOWNS = ("audience", "country", "series", "locale")
PERIODS = (7, 30, 90)
EARLIEST, LATEST = date(2000, 1, 1), date(2999, 12, 31)
MAX_ID = 2**31 - 1
MAX_FILTER_VALUES = 50
REACH_WORK_MEM = "64MB"

_TOKEN = re.compile(r"^[A-Za-z0-9_.-]{1,32}$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")

_ROLLUP_COLUMNS = {
    "capability": ReachDay.capability,
    "audience": ReachDay.audience,
    "age_band": ReachDay.age_band,
    "country": ReachDay.country,
    "locale": ReachDay.locale,
    "series": ReachDay.series,
    "cohort": ReachDay.cohort_id,
    "week": ReachDay.week,
    "month": ReachDay.month,
}
_EVENT_COLUMNS = {
    "capability": Event.capability,
    "audience": Event.audience,
    "age_band": Event.age_band,
    "country": Event.country,
    "locale": Event.locale,
    "series": Event.series,
    "cohort": Event.cohort_id,
}


class StatsQueryError(ValueError):
    """A parameter that cannot be used. The message names the parameter and is safe to show to the caller."""


# --- values -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """One published number: the value, or None when it is suppressed."""

    value: int | float | None
    suppressed: bool = False

    @classmethod
    def of(cls, value: int | float | None, hidden: bool) -> Figure:
        return cls(None, True) if hidden else cls(value, False)


@dataclass(frozen=True)
class Row:
    key: dict[str, Any]
    figures: dict[str, Figure]


@dataclass(frozen=True)
class Period:
    """Whole UTC days from `start` to `end`, both included."""

    start: date
    end: date

    @classmethod
    def last(cls, days: int, today: date) -> Period:
        return cls(today - timedelta(days=days - 1), today)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1))

    def bounds(self) -> tuple[datetime, datetime]:
        """[start, end) as UTC instants."""
        return _midnight(self.start), _midnight(self.end) + timedelta(days=1)


@dataclass(frozen=True)
class ReachQuery:
    period: Period
    group_by: tuple[str, ...] = ()
    filters: Mapping[str, tuple[Any, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Summary:
    """What /stats shows: totals now and in the period before, one breakdown, and the weekly chart data."""

    period: Period
    breakdown_by: str
    totals: Row
    previous: Row
    breakdown: list[Row]
    weekly: list[Row]


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def change(current: Figure, previous: Figure) -> float | None:
    """Relative change, or None when either side is suppressed or there is nothing to compare with."""
    if current.suppressed or previous.suppressed or not previous.value or current.value is None:
        return None
    return (current.value - previous.value) / previous.value


# --- parsing query parameters (shared by the API and the tests) ---------------------------------------


def parse_value(dimension: str, raw: str) -> Any:
    if dimension in ("capability", "cohort"):
        digits = raw.isascii() and raw.isdigit() and len(raw) <= 10
        if not digits or not 1 <= int(raw) <= (21 if dimension == "capability" else MAX_ID):
            limit = "1-21" if dimension == "capability" else "a positive id"
            raise StatsQueryError(f"{dimension}: expected {limit}")
        return int(raw)
    if dimension == "week":  # any day names its week, which is published as its Monday
        day = _parse_date(dimension, raw)
        return day - timedelta(days=day.weekday())
    if dimension == "month":
        match = _MONTH.match(raw)
        if not match or not 1 <= int(match.group(2)) <= 12 or not EARLIEST.year <= int(match.group(1)) <= LATEST.year:
            raise StatsQueryError(f"month: expected YYYY-MM, from {EARLIEST.year} to {LATEST.year}")
        return date(int(match.group(1)), int(match.group(2)), 1)
    if dimension == "country":
        if not _COUNTRY.match(raw):
            raise StatsQueryError("country: expected ISO 3166-1 alpha-2 codes, e.g. KE")
        return raw.upper()
    if not _TOKEN.match(raw):
        raise StatsQueryError(f"{dimension}: expected letters, digits, '-', '_' or '.'")
    return raw


def _parse_date(name: str, raw: str) -> date:
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise StatsQueryError(f"{name}: expected a date, YYYY-MM-DD") from None


def parse_group_by(raw: str | None, allowed: Sequence[str] = DIMENSIONS) -> tuple[str, ...]:
    if raw is None:
        return ()
    parts = raw.split(",")
    if len(parts) > MAX_FILTER_VALUES:
        raise StatsQueryError(f"group_by: at most {MAX_FILTER_VALUES} values")
    names: list[str] = []
    for name in parts:
        if name not in allowed:
            raise StatsQueryError(f"group_by: unknown dimension; use {', '.join(allowed)}")
        if name not in names:
            names.append(name)
    return tuple(names)


def parse_filters(params: Mapping[str, str], allowed: Sequence[str] = DIMENSIONS) -> dict[str, tuple[Any, ...]]:
    """`country=KE,RO` keeps rows whose country is KE or RO."""
    filters: dict[str, tuple[Any, ...]] = {}
    for name in allowed:
        raw = params.get(name)
        if raw is None:
            continue
        parts = raw.split(",")
        if len(parts) > MAX_FILTER_VALUES:
            raise StatsQueryError(f"{name}: at most {MAX_FILTER_VALUES} values")
        values = tuple(dict.fromkeys(parse_value(name, part) for part in parts))
        filters[name] = values
    return filters


def parse_period(raw_from: str | None, raw_to: str | None, today: date, default_days: int = 30) -> Period:
    end = _parse_date("to", raw_to) if raw_to is not None else today
    start = _parse_date("from", raw_from) if raw_from is not None else end - timedelta(days=default_days - 1)
    for name, day in (("from", start), ("to", end)):
        if not EARLIEST <= day <= LATEST:
            raise StatsQueryError(f"{name}: expected a date between {EARLIEST} and {LATEST}")
    # Given the wrong way round, the two days still name one period (the answer says which one it used).
    return Period(min(start, end), max(start, end))


def present(dimension: str, value: Any) -> Any:
    """How a dimension value is published: weeks as the Monday's date, months as YYYY-MM."""
    if value is None:
        return None
    if dimension == "week":
        return value.isoformat()
    if dimension == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return value


def _sortable(value: Any) -> tuple[bool, str]:
    return (value is None, f"{value:>12}" if isinstance(value, int) else str(value))


# --- pure tables -------------------------------------------------------------------------------------


def reach_rows(dimensions: Sequence[str], raw: Iterable[Sequence[Any]]) -> list[Row]:
    """Rows of (dimension values..., active, reached, engaged, completed, quiz_people, quiz_answers, correct)
    -> published rows, suppressed cell by cell and metric by metric."""
    width = len(dimensions)
    cells: dict[tuple[Any, ...], dict[str, int]] = {}
    for record in raw:
        key = tuple(record[:width])
        numbers = [int(n or 0) for n in record[width:]]
        cells[key] = dict(zip((*PEOPLE_METRICS, "quiz_answers", "correct"), numbers, strict=True))
    groups = groups_along(cells)
    hidden = {metric: suppress({k: v[metric] for k, v in cells.items()}, groups) for metric in PEOPLE_METRICS}
    rows = []
    for key in sorted(cells, key=lambda k: tuple(_sortable(part) for part in k)):
        numbers = cells[key]
        figures = {metric: Figure.of(numbers[metric], key in hidden[metric]) for metric in PEOPLE_METRICS}
        quiz_hidden = key in hidden["quiz_people"]
        accuracy = round(numbers["correct"] / numbers["quiz_answers"], 4) if numbers["quiz_answers"] else None
        figures["quiz_answers"] = Figure.of(numbers["quiz_answers"], quiz_hidden)
        figures["quiz_accuracy"] = Figure.of(accuracy, quiz_hidden)
        rows.append(Row({d: present(d, v) for d, v in zip(dimensions, key, strict=True)}, figures))
    return rows


def table_rows(counts: Mapping[tuple[Any, ...], int],
               hidden: Iterable[tuple[Any, ...]] = ()) -> dict[tuple[Any, ...], Figure]:
    """One count per tuple key, with complementary suppression along every dimension of the key."""
    hidden = suppress(counts, groups_along(counts), hidden=hidden)
    return {key: Figure.of(value, key in hidden) for key, value in counts.items()}


# --- the service -------------------------------------------------------------------------------------


class Stats:
    # How stale the rollup may be when someone asks; and how late an event may commit after its timestamp.
    refresh_every = timedelta(seconds=30)
    late_margin = timedelta(minutes=15)

    def __init__(self, catalog: Catalog, checkins: Checkins) -> None:
        self.catalog = catalog
        self.checkins = checkins

    # --- the rollup ------------------------------------------------------------------------------------

    async def ensure_fresh(self, store: Store | ReadStore, *, now: datetime | None = None) -> None:
        """Bring the rollup up to date in a transaction of its own, so the write lock is held only briefly. Given
        where statistics read (a ReadStore), it writes on that store's primary: a read replica takes no writes."""
        writer = store.primary if isinstance(store, ReadStore) else store
        async with writer.transaction() as session:
            await self.refresh(session, now=now)

    async def refresh(self, session: AsyncSession, *, now: datetime | None = None, force: bool = False,
                      full: bool = False) -> bool:
        """Rebuild the rollup for the days that may still change (all days with `full`). Returns whether it ran.

        Days before `final_before` never change: events are stamped when they are recorded, and `late_margin`
        covers a transaction that commits a little after midnight. Concurrent refreshes queue on the state row."""
        now = now or utcnow()
        state = await session.get(StatsState, 1)
        if not force and not full and state is not None and self._fresh(state, now):
            return False
        state = await session.scalar(
            select(StatsState).where(StatsState.id == 1).with_for_update().execution_options(populate_existing=True)
        )
        if state is None:
            state = StatsState(id=1)
            session.add(state)
        elif not force and not full and self._fresh(state, now):
            return False
        since = None if full else state.final_before
        await session.execute(delete(ReachDay).where(ReachDay.day >= since) if since else delete(ReachDay))
        dialect = session.get_bind().dialect.name
        await session.execute(insert(ReachDay).from_select(_ROLLUP_TARGET, _rollup_select(dialect, since)))
        state.final_before = (now - self.late_margin).date()
        state.refreshed_at = now
        return True

    def _fresh(self, state: StatsState, now: datetime) -> bool:
        return state.refreshed_at is not None and timedelta(0) <= now - state.refreshed_at < self.refresh_every

    # --- reach -----------------------------------------------------------------------------------------

    async def reach(self, session: AsyncSession, query: ReachQuery) -> list[Row]:
        # Per person first, then per cell: one grouping pass instead of a sort for each COUNT(DISTINCT ...).
        columns = [_ROLLUP_COLUMNS[d].label(f"d{i}") for i, d in enumerate(query.group_by)]

        def flag(column: Any) -> Any:
            return func.max(case((column > 0, 1), else_=0))

        per_person = (
            select(*columns, flag(ReachDay.cards).label("reached"), flag(ReachDay.lessons).label("engaged"),
                   flag(ReachDay.series_done).label("completed"), flag(ReachDay.quizzes).label("quizzed"),
                   func.sum(ReachDay.quizzes).label("quizzes"), func.sum(ReachDay.correct).label("correct"))
            .where(ReachDay.day >= query.period.start, ReachDay.day <= query.period.end)
            .where(*(_ROLLUP_COLUMNS[d].in_(values) for d, values in query.filters.items()))
            .group_by(*(_ROLLUP_COLUMNS[d] for d in query.group_by), ReachDay.person)
            .subquery()
        )
        cells = [per_person.c[f"d{i}"] for i in range(len(query.group_by))]
        if session.get_bind().dialect.name == "postgresql":
            # The per-person grouping of a long period spills to disk at the default 4MB (twice as slow at 10M
            # events); this holds for this transaction only.
            await session.execute(text(f"SET LOCAL work_mem = '{REACH_WORK_MEM}'"))
        statement = select(
            *cells,
            func.count(),
            *(func.coalesce(func.sum(per_person.c[name]), 0)
              for name in ("reached", "engaged", "completed", "quizzed", "quizzes", "correct")),
        ).group_by(*cells)
        return reach_rows(query.group_by, (await session.execute(statement)).all())

    async def summary(self, session: AsyncSession, days: int, breakdown: str, today: date) -> Summary:
        if days not in PERIODS or breakdown not in BREAKDOWNS:
            raise StatsQueryError("period or breakdown")
        period = Period.last(days, today)
        totals = (await self.reach(session, ReachQuery(period)))[0]
        previous = (await self.reach(session, ReachQuery(period.previous())))[0]
        rows = await self.reach(session, ReachQuery(period, (breakdown,)))
        weekly = await self.reach(session, ReachQuery(period, ("week", breakdown)))
        return Summary(period, breakdown, totals, previous, rows, weekly)

    # --- lesson funnel ---------------------------------------------------------------------------------

    async def funnel(self, session: AsyncSession, period: Period, series: tuple[str, ...] = (),
                     filters: Mapping[str, tuple[Any, ...]] | None = None) -> list[Row]:
        """Per series: people who started it, who completed each lesson (in order), who finished it."""
        wanted = [s for s in self.catalog.series.values() if not series or s.id in series]
        start, end = period.bounds()
        lesson = case((Event.kind == "lesson_completed", Event.lesson))
        statement = (
            select(Event.series, Event.kind, lesson, func.count(distinct(Event.pseudonym)))
            .where(Event.kind.in_(("lesson_started", "lesson_completed", "series_completed")),
                   Event.occurred_at >= start, Event.occurred_at < end,
                   Event.series.in_([s.id for s in wanted]))
            .where(*(_EVENT_COLUMNS[d].in_(values) for d, values in (filters or {}).items()))
            .group_by(Event.series, Event.kind, lesson)
        )
        found: dict[tuple[str, str], int] = defaultdict(int)
        for series_id, kind, lesson_id, people in await session.execute(statement):
            step = {"lesson_started": "started", "series_completed": "completed"}.get(kind, f"lesson:{lesson_id}")
            found[(series_id, step)] += int(people)
        steps: list[tuple[str, str, int]] = []
        for item in wanted:
            names = ["started", *(f"lesson:{lesson.id}" for lesson in item.lessons), "completed"]
            steps += [(item.id, name, position) for position, name in enumerate(names)]
        figures = table_rows({(s, n): found.get((s, n), 0) for s, n, _ in steps})
        return [Row({"series": s, "step": n, "position": p}, {"people": figures[(s, n)]}) for s, n, p in steps]

    # --- check-ins -------------------------------------------------------------------------------------

    async def rounds(self, session: AsyncSession) -> list[Row]:
        listed = await self.checkins.rounds(session)
        hidden = primary({row.id: n for row, n in listed})
        return [
            Row({"id": row.id, "code": row.code, "questionnaire": row.questionnaire, "version": row.version,
                 "opens": row.opens_at.date().isoformat(), "closes": row.closes_at.date().isoformat()},
                {"respondents": Figure.of(n, row.id in hidden)})
            for row, n in listed
        ]

    async def _items(self, session: AsyncSession, round_id: int) -> dict[str, CheckinItem]:
        """The questionnaire items of a round; CheckinError for an unknown round."""
        row = await session.get(CheckinRound, round_id)
        if row is None:
            raise CheckinError(f"no round {round_id}")
        questionnaire = self.catalog.questionnaires.get(row.questionnaire)
        return {i.id: i for i in questionnaire.items} if questionnaire else {}

    async def checkin_results(self, session: AsyncSession, round_id: int, capability: int | None = None,
                              country: str | None = None) -> list[Row]:
        """Answer counts per item, country and verified flag (Checkins.results), one row per possible answer.

        Respondents per (item, country, verified) and counts per (item, country, verified, answer) are each
        suppressed along every one of their dimensions; a cell with hidden respondents hides all its answers."""
        items = await self._items(session, round_id)
        results = [r for r in await self.checkins.results(session, round_id)
                   if (capability is None or capability in r.capabilities)
                   and (country is None or r.country == country)]
        respondents = {(r.item_id, r.country, r.verified): r.respondents for r in results}
        respondent_figures = table_rows(respondents)
        counts: dict[tuple[Any, ...], int] = {}
        small: list[tuple[Any, ...]] = []
        for result in results:
            cell = (result.item_id, result.country, result.verified)
            item = items.get(result.item_id)
            known = list(item.answer_values()) if item else []
            for answer in known + sorted(set(result.counts) - set(known)):
                counts[(*cell, answer)] = result.counts.get(answer, 0)
                if respondent_figures[cell].suppressed:  # Checkins.results left no counts here anyway
                    small.append((*cell, answer))
        answer_figures = table_rows(counts, hidden=small)
        kinds = {r.item_id: (r.kind, r.capabilities) for r in results}
        rows = []
        for key in counts:  # Checkins.results order, then the questionnaire's order of answers
            item_id, cell_country, verified, answer = key
            kind, capabilities = kinds[item_id]
            rows.append(Row(
                {"item": item_id, "kind": kind, "capabilities": capabilities, "country": cell_country,
                 "verified": verified, "answer": answer},
                {"respondents": respondent_figures[(item_id, cell_country, verified)], "count": answer_figures[key]},
            ))
        return rows

    async def round_countries(self, session: AsyncSession, round_id: int) -> list[str]:
        """The countries respondents of a round gave (no figures: a list to choose from)."""
        found = await session.scalars(
            select(CheckinRespondent.country).where(CheckinRespondent.round_id == round_id,
                                                    CheckinRespondent.country.is_not(None)).distinct()
        )
        return sorted(str(country) for country in found)

    async def checkin_capabilities(self, session: AsyncSession, round_id: int) -> list[Row]:
        """Respondents and answers per MNR capability and country in one round."""
        items = await self._items(session, round_id)
        data = await session.execute(
            select(CheckinAnswer.respondent_id, CheckinRespondent.country, CheckinAnswer.item)
            .join(CheckinRespondent, CheckinRespondent.id == CheckinAnswer.respondent_id)
            .where(CheckinRespondent.round_id == round_id)
        )
        people: dict[tuple[int, str | None], set[int]] = defaultdict(set)
        answers: dict[tuple[int, str | None], int] = defaultdict(int)
        for respondent, country, item_id in data:
            item = items.get(item_id)
            for capability in item.capabilities if item else []:
                people[(capability, country)].add(respondent)
                answers[(capability, country)] += 1
        figures = table_rows({k: len(v) for k, v in people.items()})
        return [
            Row({"capability": capability, "country": country},
                {"respondents": figures[(capability, country)],
                 "answers": Figure.of(answers[(capability, country)], figures[(capability, country)].suppressed)})
            for capability, country in sorted(people, key=lambda k: (k[0], _sortable(k[1])))
        ]

    # --- cohorts ---------------------------------------------------------------------------------------

    async def cohorts(self, session: AsyncSession) -> list[Row]:
        """Every cohort with its member count. Cohorts overlap and no total of them is published, so only
        primary suppression applies here."""
        members = func.count(CohortMember.user_id)
        data = (await session.execute(
            select(Cohort, members).outerjoin(CohortMember, CohortMember.cohort_id == Cohort.id)
            .group_by(Cohort.id).order_by(Cohort.id)
        )).all()
        hidden = primary({cohort.id: int(n) for cohort, n in data})
        return [
            Row({"id": cohort.id, "name": cohort.name, "audience": cohort.audience, "locale": cohort.locale,
                 "country": cohort.country, "closed": cohort.closed, "created": cohort.created_at.date().isoformat()},
                {"members": Figure.of(int(n), cohort.id in hidden)})
            for cohort, n in data
        ]


# --- the rollup query --------------------------------------------------------------------------------

_ROLLUP_TARGET = [
    "day", "week", "month", "person", "capability", "audience", "age_band", "country", "locale", "series",
    "cohort_id", "cards", "lessons", "series_done", "quizzes", "correct",
]


def _buckets(dialect: str) -> tuple[Any, Any, Any]:
    """The UTC day, the Monday of its week and the first of its month, computed by the database."""
    if dialect == "sqlite":
        stamp = Event.occurred_at
        return func.date(stamp), func.date(stamp, "-6 days", "weekday 1"), func.date(stamp, "start of month")
    utc = func.timezone("UTC", Event.occurred_at)
    return cast(utc, Date), cast(func.date_trunc("week", utc), Date), cast(func.date_trunc("month", utc), Date)


def _rollup_select(dialect: str, since: date | None) -> Select[Any]:
    """Capability-tagged events since `since` (all with None), one row per person, day and dimension values."""
    day, week, month = _buckets(dialect)
    first, recent = aliased(Event), aliased(Event)
    anchors = select(first.pseudonym.label("pseudonym"), func.min(first.id).label("person")).group_by(first.pseudonym)
    if since is not None:
        active = select(recent.pseudonym).where(recent.occurred_at >= _midnight(since),
                                                recent.capability.is_not(None))
        anchors = anchors.where(first.pseudonym.in_(active))
    anchor = anchors.subquery("anchors")

    def count_of(kind: str) -> Any:
        return func.sum(case((Event.kind == kind, 1), else_=0))

    dimensions = (Event.capability, Event.audience, Event.age_band, Event.country, Event.locale, Event.series,
                  Event.cohort_id)
    statement = (
        select(day, week, month, anchor.c.person, *dimensions, count_of("card_viewed"),
               count_of("lesson_completed"), count_of("series_completed"), count_of("quiz_answered"),
               func.sum(case((Event.kind == "quiz_answered", func.coalesce(Event.value, 0)), else_=0)))
        .select_from(Event)
        .join(anchor, anchor.c.pseudonym == Event.pseudonym)
        .where(Event.capability.is_not(None))
        .group_by(day, week, month, anchor.c.person, *dimensions)
    )
    if since is not None:
        statement = statement.where(Event.occurred_at >= _midnight(since))
    return statement

