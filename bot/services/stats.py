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

Reach from first days (`reach_firsts`, built from `reach_daily` by the same refresh): over a period that starts on
or before the rollup's first day (the whole history), the people counted by a metric up to day b are exactly those
whose first day for it is at most b. So for each value of one dimension (or for "all"), the rollup keeps how many
people were first counted on each day, summed per month and year as for the funnel: the whole history is read as a
few sums, whatever the number of people. A person seen with two values (moved country) counts once in each, which
is right per value but not for their union: reach over several values of a dimension not grouped by, over two
dimensions, by week or month, or over a period starting later is counted per person from `reach_daily`.

The funnel rollup (`funnel_daily`, built by the same refresh) counts people per step without naming them, so that
a funnel over any period costs about the same at any size of history. For each person, step and dimension values,
every day they took the step is one occurrence, and it knows the day of the one before (`prev_day`). A person is
in the funnel of the period [a, b] exactly once per dimension values: at their first occurrence in it, which is
either their first occurrence ever (prev_day None) or one whose previous occurrence came before a. So
  people(a, b) = first occurrences in [a, b]  +  occurrences in [a, b] whose prev_day < a
First occurrences are summed per day, month and year, so [a, b] is read as at most a few dozen sums per step
whatever its length; the second term reads only the days of the period (and nothing for the whole history).
Without filters the rollup ignores the dimensions (`overall` rows). A filter on one value of one dimension reads
rows that keep only that dimension (`dimension`): nobody counts twice within one value, and there are few such
rows whatever the variety of people. Other filters read rows with every dimension: someone who took one step with
different dimension values (moved country, joined a cohort) would count once per set of values there, so
`funnel_mixed` keeps those people's occurrences, and the excess is subtracted. `Stats.funnel_raw` computes the
same from events.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Select,
    String,
    and_,
    case,
    cast,
    delete,
    distinct,
    func,
    insert,
    literal,
    or_,
    select,
    text,
    union_all,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from bot.content.catalog import Catalog
from bot.content.checkins import CheckinItem
from bot.services import counters
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
    FunnelDay,
    FunnelMixed,
    ReachDay,
    ReachFirst,
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
    # A default start is never before the earliest day a caller may name: "to=2000-01-05" alone is a valid question
    # (found by the API fuzz test), not an error about a "from" nobody sent.
    start = (_parse_date("from", raw_from) if raw_from is not None
             else max(EARLIEST, end - timedelta(days=default_days - 1)))
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


def _funnel_rows(wanted: Sequence[Any], found: Mapping[tuple[str, str], int]) -> list[Row]:
    steps: list[tuple[str, str, int]] = []
    for item in wanted:
        names = ["started", *(f"lesson:{lesson.id}" for lesson in item.lessons), "completed"]
        steps += [(item.id, name, position) for position, name in enumerate(names)]
    figures = table_rows({(s, n): found.get((s, n), 0) for s, n, _ in steps})
    return [Row({"series": s, "step": n, "position": p}, {"people": figures[(s, n)]}) for s, n, p in steps]


def _month_end(day: date) -> date:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - timedelta(days=1)


def calendar_pieces(start: date, end: date, final_before: date | None = None) -> list[tuple[str, date, date]]:
    """[start, end] as runs of whole years ("y"), whole months ("m") and single days ("d"): (grain, first, last),
    the largest pieces first that fit. At most a few runs: days, months, years, months, days. Only months and years
    that end before `final_before` (whose days can no longer change, so their sums are kept) are taken whole."""
    pieces: list[tuple[str, date, date]] = []
    final = final_before or LATEST + timedelta(days=1)
    day = start
    while day <= end:
        if day.month == 1 and day.day == 1 and date(day.year, 12, 31) <= end and date(day.year, 12, 31) < final:
            grain, last = "y", date(day.year, 12, 31)
        elif day.day == 1 and _month_end(day) <= end and _month_end(day) < final:
            grain, last = "m", _month_end(day)
        else:
            grain, last = "d", min(end, _month_end(day))
        if pieces and pieces[-1][0] == grain:
            pieces[-1] = (grain, pieces[-1][1], last)
        else:
            pieces.append((grain, day, last))
        day = last + timedelta(days=1)
    return pieces


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


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
        await _refresh_firsts(session, dialect, since, state.final_before)
        await _refresh_funnel(session, dialect, since, state.final_before)
        state.refreshed_at = now
        return True

    def _fresh(self, state: StatsState, now: datetime) -> bool:
        return state.refreshed_at is not None and timedelta(0) <= now - state.refreshed_at < self.refresh_every

    # --- reach -----------------------------------------------------------------------------------------

    async def reach(self, session: AsyncSession, query: ReachQuery) -> list[Row]:
        """Reach from `reach_firsts` when it can answer exactly (see `reach_from_firsts`), else per person from
        `reach_daily`. Call `ensure_fresh` first."""
        counts = await self.reach_from_firsts(session, query)
        if counts is None:
            counts = await self.reach_per_person(session, query)
        return reach_rows(query.group_by, counts)

    async def reach_from_firsts(self, session: AsyncSession, query: ReachQuery) -> list[list[Any]] | None:
        """Reach before suppression (the records `reach_rows` takes) from the first days, or None when they cannot
        answer: a period that starts after the first day of the rollup, week or month, more than one dimension,
        or several values of a dimension that is not grouped by (someone seen with two would count twice)."""
        dimensions = set(query.group_by) | set(query.filters)
        if len(dimensions) > 1 or dimensions & {"week", "month"}:
            return None
        dimension = next(iter(dimensions), "all")
        wanted = query.filters.get(dimension)
        if wanted is not None and len(wanted) > 1 and not query.group_by:
            return None
        final_before = await session.scalar(select(StatsState.final_before).where(StatsState.id == 1))
        earliest = await session.scalar(select(func.min(ReachDay.day)))
        if final_before is None or earliest is None or query.period.start > _as_date(earliest):
            return None  # not built yet, nothing to count, or not the whole history
        scope = [ReachFirst.dimension == dimension]
        if wanted is not None:
            scope.append(ReachFirst.value.in_([str(v) for v in wanted]))
        # One index range per piece of the calendar, as for the funnel.
        pieces = [select(ReachFirst.value, ReachFirst.metric, ReachFirst.people)
                  .where(*scope, ReachFirst.grain == grain, ReachFirst.day >= low, ReachFirst.day <= high)
                  for grain, low, high in calendar_pieces(query.period.start, query.period.end, final_before)]
        each = union_all(*pieces).subquery("pieces")
        sums = select(each.c.value, each.c.metric, func.sum(each.c.people)).group_by(each.c.value, each.c.metric)
        found: dict[str | None, dict[str, int]] = defaultdict(dict)
        for value, metric, people in await session.execute(sums):
            found[value][metric] = int(people or 0)
        names = (*PEOPLE_METRICS, "quiz_answers", "correct")
        if not query.group_by:
            totals = next(iter(found.values()), {})
            return [[totals.get(name, 0) for name in names]]
        as_int = dimension in ("capability", "cohort")
        return [[None if value is None else int(value) if as_int else value, *(numbers.get(name, 0) for name in names)]
                for value, numbers in found.items() if numbers.get("active")]

    async def reach_per_person(self, session: AsyncSession, query: ReachQuery) -> list[Any]:
        """Reach before suppression counted per person from `reach_daily` (any period, dimensions and filters)."""
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
        return list((await session.execute(statement)).all())

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
        """Per series: people who started it, who completed each lesson (in order), who finished it. Read from
        the funnel rollup (see the module's docstring); call `ensure_fresh` first."""
        return _funnel_rows(self._series(series), await self.funnel_counts(session, period, series, filters))

    def _series(self, chosen: tuple[str, ...]) -> list[Any]:
        return [s for s in self.catalog.series.values() if not chosen or s.id in chosen]

    async def funnel_counts(self, session: AsyncSession, period: Period, series: tuple[str, ...] = (),
                            filters: Mapping[str, tuple[Any, ...]] | None = None) -> dict[tuple[str, str], int]:
        """People per (series, step) before suppression, from the rollup."""
        wanted = self._series(series)
        filters = {d: v for d, v in (filters or {}).items() if v}
        kept = _funnel_scope(filters)
        a, b = period.start, period.end
        final_before = await session.scalar(select(StatsState.final_before).where(StatsState.id == 1))
        scope = (*_read_where(kept, filters), FunnelDay.series.in_([s.id for s in wanted]))
        found: dict[tuple[str, str], int] = defaultdict(int)
        # One index range per piece of the calendar (an OR of them could end in reading the whole table).
        pieces = [select(FunnelDay.series, FunnelDay.step, FunnelDay.people)
                  .where(*scope, FunnelDay.grain == grain, FunnelDay.day >= low, FunnelDay.day <= high,
                         FunnelDay.prev_day.is_(None))
                  for grain, low, high in calendar_pieces(a, b, final_before)]
        each = union_all(*pieces).subquery("pieces")
        firsts = select(each.c.series, each.c.step, func.sum(each.c.people)).group_by(each.c.series, each.c.step)
        for series_id, step, people in await session.execute(firsts):
            found[(series_id, step)] += int(people or 0)
        # In the index's order rather than min(day): PostgreSQL reads min(day) from the index only for an equal
        # dimension, and without filters (dimension IS NULL) it summed every day row of the history instead.
        earliest = await session.scalar(select(FunnelDay.day).where(*_scope_where(kept), FunnelDay.grain == "d")
                                        .order_by(FunnelDay.overall, FunnelDay.dimension, FunnelDay.grain,
                                                  FunnelDay.day).limit(1))
        if earliest is not None and a > _as_date(earliest):  # before the first day nobody can come back
            repeats = (select(FunnelDay.series, FunnelDay.step, func.sum(FunnelDay.people))
                       .where(*scope, FunnelDay.grain == "d", FunnelDay.day >= a, FunnelDay.day <= b,
                              FunnelDay.prev_day.is_not(None), FunnelDay.prev_day < a)
                       .group_by(FunnelDay.series, FunnelDay.step))
            for series_id, step, people in await session.execute(repeats):
                found[(series_id, step)] += int(people or 0)
        if kept == "full":
            values = [FunnelMixed.person, FunnelMixed.series, FunnelMixed.step,
                      *(getattr(FunnelMixed, c.key) for c in _FUNNEL_DIMENSIONS)]
            each = (select(*values).distinct()
                    .where(FunnelMixed.day >= a, FunnelMixed.day <= b,
                           FunnelMixed.series.in_([s.id for s in wanted]),
                           *(getattr(FunnelMixed, _FUNNEL_COLUMNS[d].key).in_(v) for d, v in filters.items()))
                    .subquery())
            excess = (select(each.c.series, each.c.step, func.count() - func.count(distinct(each.c.person)))
                      .group_by(each.c.series, each.c.step))
            for series_id, step, extra in await session.execute(excess):
                found[(series_id, step)] -= int(extra or 0)
        return {key: n for key, n in found.items() if n}

    async def funnel_raw(self, session: AsyncSession, period: Period, series: tuple[str, ...] = (),
                         filters: Mapping[str, tuple[Any, ...]] | None = None) -> list[Row]:
        """The funnel counted straight from `events` (what the rollup replaces; for tests and benchmarks)."""
        wanted = self._series(series)
        return _funnel_rows(wanted, await self.funnel_raw_counts(session, period, series, filters))

    async def funnel_raw_counts(self, session: AsyncSession, period: Period, series: tuple[str, ...] = (),
                                filters: Mapping[str, tuple[Any, ...]] | None = None) -> dict[tuple[str, str], int]:
        """People per (series, step) before suppression, straight from `events`."""
        wanted = self._series(series)
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
        return {key: n for key, n in found.items() if n}

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

    async def cohorts(self, session: AsyncSession, *, raw: bool = False) -> list[Row]:
        """Every cohort with its member count (from the counters the database keeps, bot/services/counters.py;
        `raw=True` counts the members). Cohorts overlap and no total of them is published, so only primary
        suppression applies here."""
        cohorts = (await session.scalars(select(Cohort).order_by(Cohort.id))).all()
        if raw:
            count: dict[int, int] = {cohort_id: int(n) for cohort_id, n in await session.execute(
                select(CohortMember.cohort_id, func.count()).group_by(CohortMember.cohort_id))}
        else:
            count = {owner: n for (owner, _name), n in (await counters.read(session, "cohort")).items()}
        data = [(cohort, count.get(cohort.id, 0)) for cohort in cohorts]
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


# --- reach from first days ---------------------------------------------------------------------------

FIRST_DIMENSIONS = ("capability", "audience", "age_band", "country", "locale", "series", "cohort")
_FIRST_FLAGS = {"reached": ReachDay.cards, "engaged": ReachDay.lessons, "completed": ReachDay.series_done,
                "quiz_people": ReachDay.quizzes}
_TOTALS = {"quiz_answers": ReachDay.quizzes, "correct": ReachDay.correct}


def _first_days(dimension: str, since: date | None) -> Select[Any]:
    """Per value of `dimension`: how many people were first counted by each metric on each day from `since`,
    and the day's quiz totals. A person's first day is read from all their rows, so only people with rows since
    `since` are read (by `ix_reach_daily_person`)."""
    value = (literal(None, String) if dimension == "all"
             else cast(_ROLLUP_COLUMNS[dimension], String(32)))
    recent = aliased(ReachDay)
    firsts = [func.min(ReachDay.day).label("active"),
              *(func.min(case((column > 0, ReachDay.day))).label(name) for name, column in _FIRST_FLAGS.items())]
    per_person = select(ReachDay.person, value.label("value"), *firsts).group_by(ReachDay.person, value)
    if since is not None:
        per_person = per_person.where(ReachDay.person.in_(select(recent.person).where(recent.day >= since)))
    person = per_person.cte("per_person")
    parts: list[Select[Any]] = []
    for name in ("active", *_FIRST_FLAGS):
        day = person.c[name]
        part = select(literal("d", String), day, literal(dimension, String), person.c.value, literal(name, String),
                      func.count()).group_by(day, person.c.value)
        parts.append(part.where(day >= since) if since is not None else part.where(day.is_not(None)))
    for name, column in _TOTALS.items():
        part = (select(literal("d", String), ReachDay.day, literal(dimension, String), value, literal(name, String),
                       func.sum(column)).group_by(ReachDay.day, value).having(func.sum(column) > 0))
        parts.append(part.where(ReachDay.day >= since) if since is not None else part)
    return union_all(*parts)  # type: ignore[return-value]


def _first_sums(dialect: str, grain: str, since: date | None, until: date) -> Select[Any]:
    """The sums per month (from the days) or per year (from the months), for the months (years) from the one
    `since` falls in to the last one that ends before `until`."""
    unit, source = ("month", "d") if grain == "m" else ("year", "m")
    bucket = _truncate(dialect, ReachFirst.day, unit)
    keys = [ReachFirst.dimension, ReachFirst.value, ReachFirst.metric]
    statement = (select(literal(grain, String), bucket, *keys, func.sum(ReachFirst.people))
                 .where(ReachFirst.grain == source, ReachFirst.day < until).group_by(bucket, *keys))
    return statement.where(ReachFirst.day >= since) if since is not None else statement


async def _refresh_firsts(session: AsyncSession, dialect: str, since: date | None, final_before: date) -> None:
    """Rebuild `reach_firsts` from `since` (everything with None), after `reach_daily`: the days from it, and the
    sums of the months and years that are complete before `final_before` (made once, as for the funnel)."""
    target = ["grain", "day", "dimension", "value", "metric", "people"]
    if since is None:
        await session.execute(delete(ReachFirst))
        month = year = None
    else:
        month, year = since.replace(day=1), since.replace(month=1, day=1)
        for dimension in ("all", *FIRST_DIMENSIONS):  # each an index range of (dimension, grain, day)
            for grain, first_day in (("d", since), ("m", month), ("y", year)):
                await session.execute(delete(ReachFirst).where(ReachFirst.dimension == dimension,
                                                               ReachFirst.grain == grain, ReachFirst.day >= first_day))
    for dimension in ("all", *FIRST_DIMENSIONS):
        await session.execute(insert(ReachFirst).from_select(target, _first_days(dimension, since)))
    for grain, first_day, until in (("m", month, final_before.replace(day=1)),
                                     ("y", year, final_before.replace(month=1, day=1))):
        if first_day is None or first_day < until:
            await session.execute(insert(ReachFirst).from_select(target, _first_sums(dialect, grain, first_day,
                                                                                     until)))


# --- the funnel rollup -------------------------------------------------------------------------------

FUNNEL_KINDS = ("lesson_started", "lesson_completed", "series_completed")
_FUNNEL_DIMENSIONS = (FunnelDay.capability, FunnelDay.audience, FunnelDay.age_band, FunnelDay.country,
                      FunnelDay.locale, FunnelDay.cohort_id)
_FUNNEL_COLUMNS = dict(zip(FUNNEL_FILTERS, _FUNNEL_DIMENSIONS, strict=True))
_EVENT_DIMENSIONS = tuple(_EVENT_COLUMNS[d] for d in FUNNEL_FILTERS)
_DIMENSION_NAMES = [c.key for c in _FUNNEL_DIMENSIONS]
FUNNEL_SCOPES = ("all", "full", *_DIMENSION_NAMES)


def _step() -> Any:
    return case((Event.kind == "lesson_started", literal("started", String)),
                (Event.kind == "series_completed", literal("completed", String)),
                else_=literal("lesson:", String) + Event.lesson)


def _truncate(dialect: str, column: Any, unit: str) -> Any:
    """The first day of the month or year of a date column."""
    if dialect == "sqlite":
        return func.date(column, f"start of {unit}")
    return cast(func.date_trunc(unit, cast(column, DateTime)), Date)


def _active_people(since: date) -> Select[Any]:
    recent = aliased(Event)
    return select(recent.pseudonym).where(recent.occurred_at >= _midnight(since), recent.kind.in_(FUNNEL_KINDS))


def _funnel_scope(filters: Mapping[str, tuple[Any, ...]]) -> str:
    """The rows that answer a funnel with these filters: "all" without filters; those of the one dimension
    filtered on, for one value (nobody counts twice in one value); else "full", whose excess `funnel_mixed`
    takes away."""
    if not filters:
        return "all"
    (name, values), *others = filters.items()
    return _FUNNEL_COLUMNS[name].key if not others and len(values) == 1 else "full"


def _scope_names(scope: str) -> list[str]:
    """The dimensions a scope of the funnel rollup keeps: none ("all"), every one ("full"), or one."""
    return [] if scope == "all" else list(_DIMENSION_NAMES) if scope == "full" else [scope]


def _scope_where(scope: str) -> list[Any]:
    single = scope not in ("all", "full")
    return [FunnelDay.overall == (scope == "all"),
            FunnelDay.dimension == scope if single else FunnelDay.dimension.is_(None)]


def _read_where(scope: str, filters: Mapping[str, tuple[Any, ...]]) -> list[Any]:
    """The rows of `scope` that match `filters`: for one value of one dimension, its rows by `value`, so that the
    read is one range of `ix_funnel_daily_value` per piece of the calendar (without filters, too); the rows with
    every dimension are filtered on each."""
    if scope in ("all", "full"):
        return [*_scope_where(scope), FunnelDay.value.is_(None),
                *(_FUNNEL_COLUMNS[d].in_(values) for d, values in filters.items())]
    (value,) = next(iter(filters.values()))
    return [*_scope_where(scope), FunnelDay.value == str(value)]


def _occurrences(dialect: str, since: date | None, names: Sequence[str]) -> Any:
    """One row per pseudonym, day, step and values of the dimensions `names`: the days each step was taken,
    over the whole history of everyone who took a step since `since`."""
    day = _buckets(dialect)[0]
    dimensions = [column.label(name) for column, name in zip(_EVENT_DIMENSIONS, _DIMENSION_NAMES, strict=True)
                  if name in names]
    statement = (select(Event.pseudonym, day.label("day"), Event.series, _step().label("step"), *dimensions)
                 .where(Event.kind.in_(FUNNEL_KINDS), Event.series.is_not(None)).distinct())
    if since is not None:
        statement = statement.where(Event.pseudonym.in_(_active_people(since)))
    return statement.subquery("occurrences")


def _funnel_days(dialect: str, since: date | None, scope: str) -> tuple[list[str], Select[Any]]:
    names = _scope_names(scope)
    each = _occurrences(dialect, since, names)
    keys = [each.c.series, each.c.step, *(each.c[name] for name in names)]
    previous = func.lag(each.c.day).over(partition_by=[each.c.pseudonym, *keys], order_by=each.c.day)
    lagged = select(each.c.day, previous.label("prev_day"), *keys).subquery("lagged")
    grouped = [lagged.c.day, lagged.c.prev_day, *(lagged.c[k.key] for k in keys)]
    single = None if scope in ("all", "full") else scope
    value = literal(None, String) if single is None else cast(lagged.c[single], String(32))
    statement = select(literal("d", String), *grouped[:2], literal(scope == "all", Boolean),
                       literal(single, String), value, *grouped[2:], func.count()).group_by(*grouped)
    if since is not None:
        statement = statement.where(lagged.c.day >= literal(since, Date))
    return ["grain", "day", "prev_day", "overall", "dimension", "value", "series", "step", *names, "people"], statement


def _funnel_sums(dialect: str, grain: str, since: date | None, until: date, scope: str) -> Select[Any]:
    """First occurrences per month (from the days) or per year (from the months), for the months (years) from
    the one `since` falls in to the last one that ends before `until`."""
    unit, source = ("month", "d") if grain == "m" else ("year", "m")
    bucket = _truncate(dialect, FunnelDay.day, unit)
    keys = [FunnelDay.overall, FunnelDay.dimension, FunnelDay.value, FunnelDay.series, FunnelDay.step,
            *_FUNNEL_DIMENSIONS]
    statement = (select(literal(grain, String), bucket, *keys, func.sum(FunnelDay.people))
                 .where(*_scope_where(scope), FunnelDay.grain == source, FunnelDay.prev_day.is_(None),
                        FunnelDay.day < until)
                 .group_by(bucket, *keys))
    if since is not None:
        statement = statement.where(FunnelDay.day >= since)
    return statement


def _funnel_mixed(dialect: str, since: date | None, anchor: Any) -> Select[Any]:
    """The occurrences of people who took one step with more than one set of dimension values."""
    each = _occurrences(dialect, since, _DIMENSION_NAMES)
    sentinels = {"capability": -1, "cohort_id": -1}
    differs = [func.count(distinct(func.coalesce(each.c[name], sentinels.get(name, "")))) > 1
               for name in _DIMENSION_NAMES]
    mixed = (select(each.c.pseudonym, each.c.series, each.c.step)
             .group_by(each.c.pseudonym, each.c.series, each.c.step).having(or_(*differs)).subquery("mixed"))
    return (select(anchor.c.person, each.c.day, each.c.series, each.c.step, *(each.c[n] for n in _DIMENSION_NAMES))
            .join(mixed, and_(mixed.c.pseudonym == each.c.pseudonym, mixed.c.series == each.c.series,
                              mixed.c.step == each.c.step))
            .join(anchor, anchor.c.pseudonym == each.c.pseudonym))


async def _refresh_funnel(session: AsyncSession, dialect: str, since: date | None, final_before: date) -> None:
    """Rebuild the funnel rollup from `since` (everything with None): the days from it, the sums of the months
    and years that are complete before `final_before` (usually none: a month's sums are made once, when its last
    day becomes final), and the mixed people among those who took a step since."""
    first = aliased(Event)
    anchors = select(first.pseudonym.label("pseudonym"), func.min(first.id).label("person")).group_by(first.pseudonym)
    if since is None:
        await session.execute(delete(FunnelDay))
        await session.execute(delete(FunnelMixed))
        month = year = None
    else:
        anchors = anchors.where(first.pseudonym.in_(_active_people(since)))
        month, year = since.replace(day=1), since.replace(month=1, day=1)
        for scope in FUNNEL_SCOPES:  # each an index range of (overall, dimension, grain, day)
            for grain, first_day in (("d", since), ("m", month), ("y", year)):
                await session.execute(delete(FunnelDay).where(*_scope_where(scope), FunnelDay.grain == grain,
                                                              FunnelDay.day >= first_day))
        await session.execute(delete(FunnelMixed).where(FunnelMixed.person.in_(select(anchors.subquery().c.person))))
    for scope in FUNNEL_SCOPES:
        target, statement = _funnel_days(dialect, since, scope)
        await session.execute(insert(FunnelDay).from_select(target, statement))
    sums = ["grain", "day", "overall", "dimension", "value", "series", "step", *_DIMENSION_NAMES, "people"]
    for scope in FUNNEL_SCOPES:
        for grain, first_day, until in (("m", month, final_before.replace(day=1)),
                                         ("y", year, final_before.replace(month=1, day=1))):
            if first_day is None or first_day < until:
                statement = _funnel_sums(dialect, grain, first_day, until, scope)
                await session.execute(insert(FunnelDay).from_select(sums, statement))
    mixed = ["person", "day", "series", "step", *_DIMENSION_NAMES]
    await session.execute(insert(FunnelMixed).from_select(mixed, _funnel_mixed(dialect, since,
                                                                               anchors.subquery("anchors"))))
