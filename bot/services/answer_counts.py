"""Counts of answers per item and option (quiz questions, lesson ratings, series questions, polls), kept exactly in
step with the per-person tables, so that their statistics cost the same whatever the number of people.

Database triggers (migration 0016) write +1/-1 rows to `answer_deltas` for every change of a count: an answer given,
revised (the old option -1, the new +1) or deleted; a person's profile (audience, age band, country, language)
changing, which moves each of their answers from the old values to the new; joining or leaving a cohort in a
series; and the person being deleted (/forget, retention), which takes all their answers out. So the counts
describe the people still here by their current profile, exactly as counting the per-person tables does.

`fold` moves the deltas into `answer_counts`: per item, option and profile values (`overall` rows ignore the
profile, for requests without filters), for the day, the month and the year of the answer (grains "d", "m", "y";
"t" for what has no period). A period is read as a few sums (`calendar_pieces`: days, whole months, whole years),
plus whatever deltas are not folded yet, in one snapshot: a fold that commits meanwhile changes nothing seen.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import Integer, and_, func, literal, or_, select, union_all
from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.delta_fold import DeltaFold, fold_in_batches
from bot.services.stats import Period, calendar_pieces
from bot.store.db import ReadStore, Store
from bot.store.models import AnswerCount, AnswerDelta

KINDS = {"quiz": 3, "rating": 2, "voice": 2, "poll": 1}  # how many item keys (item, part, sub) each one uses
PROFILE_FILTERS = ("audience", "age_band", "country", "locale", "cohort")
NO_PERIOD = date(2000, 1, 1)  # the `day` of grain "t" rows
BATCH = 20_000  # deltas per fold
_FOLD_LOCK = 0x616E7377  # PostgreSQL advisory lock: one fold at a time
_KEYS = "kind, item, part, sub, option, grain, day, overall, audience, age_band, country, locale, cohort_id"


_INDEX_ORDER = "kind, overall, grain, day, item, part, sub, option, audience, age_band, country, locale, cohort_id"


def _fold_select(dialect: str, source: str) -> str:
    """The deltas of `source` summed per key first (a backlog has many per key), then spread over the grains and
    `overall`, summed again, in the order of `ux_answer_counts_key`: a large fold then writes that index from left
    to right instead of touching a page of it anywhere for every row (which made the backlog of 3 million answers
    at 10M events run for more than 24 minutes without finishing)."""
    if dialect == "sqlite":
        month, year, none = "date(day, 'start of month')", "date(day, 'start of year')", f"'{NO_PERIOD}'"
    else:
        month, year = "date_trunc('month', day)::date", "date_trunc('year', day)::date"
        none = f"DATE '{NO_PERIOD}'"
    delta_keys = "kind, item, part, sub, option, day, audience, age_band, country, locale, cohort_id"
    profile = ", ".join(f"CASE WHEN o.overall THEN '' ELSE coalesce({name}, '') END AS {name}"
                        for name in ("audience", "age_band", "country", "locale"))
    spread = (
        f"SELECT kind, item, part, sub, option, g.grain, CASE g.grain WHEN 'd' THEN day WHEN 'm' THEN {month} "
        f"WHEN 'y' THEN {year} ELSE {none} END AS day, o.overall, {profile}, "
        "CASE WHEN o.overall THEN 0 ELSE coalesce(cohort_id, 0) END AS cohort_id, change "
        f"FROM (SELECT {delta_keys}, sum(change) AS change FROM {source} GROUP BY {delta_keys}) AS keyed "
        "CROSS JOIN (SELECT 'd' AS grain UNION ALL SELECT 'm' UNION ALL SELECT 'y' UNION ALL SELECT 't') AS g "
        "CROSS JOIN (SELECT true AS overall UNION ALL SELECT false) AS o "
        "WHERE (day IS NULL) = (g.grain = 't')"
    )
    return (
        f"SELECT {_KEYS}, sum(change) FROM ({spread}) AS spread WHERE 1 = 1 "
        f"GROUP BY {_INDEX_ORDER} HAVING sum(change) <> 0 ORDER BY {_INDEX_ORDER} "
        f"ON CONFLICT ({_KEYS}) DO UPDATE SET people = answer_counts.people + excluded.people"
    )


def _upsert(dialect: str, source: str) -> str:
    return f"INSERT INTO answer_counts ({_KEYS}, people) " + _fold_select(dialect, source)


_FOLD = DeltaFold(AnswerDelta, "kind, item, part, sub, option, day, audience, age_band, country, locale, cohort_id, "
                  "change", _upsert, AnswerCount, AnswerCount.people == 0, _FOLD_LOCK)


async def fold(session: AsyncSession, limit: int | None = BATCH) -> int:
    """Move the oldest `limit` pending deltas (all with None) into the counts, each exactly once
    (bot/services/delta_fold.py); returns how many moved."""
    return await _FOLD.fold(session, limit)


async def fold_pending(store: Store | ReadStore, *, until_done: bool = False) -> None:
    """One batch, or until nothing is pending (at start, when the migration left every existing answer pending)."""
    await fold_in_batches(store, fold, BATCH, until_done=until_done)


_COUNT_COLUMNS = {"audience": AnswerCount.audience, "age_band": AnswerCount.age_band, "country": AnswerCount.country,
                  "locale": AnswerCount.locale, "cohort": AnswerCount.cohort_id, "series": AnswerCount.item}
_DELTA_COLUMNS = {"audience": AnswerDelta.audience, "age_band": AnswerDelta.age_band, "country": AnswerDelta.country,
                  "locale": AnswerDelta.locale, "cohort": AnswerDelta.cohort_id, "series": AnswerDelta.item}


async def counted(session: AsyncSession, kind: str, period: Period | None,
                  filters: Mapping[str, tuple[Any, ...]]) -> dict[tuple[str, ...], int]:
    """(item keys..., option) -> people, for answers dated in `period` (None: kinds without one) of people
    matching `filters` (their current profile; `series` and `cohort` as for the per-person tables)."""
    overall = not any(name in PROFILE_FILTERS for name in filters)
    if period is None:
        spans: Any = AnswerCount.grain == "t"
        pending_day: Any = AnswerDelta.day.is_(None)
    else:
        spans = or_(*(and_(AnswerCount.grain == grain, AnswerCount.day >= first, AnswerCount.day <= last)
                      for grain, first, last in calendar_pieces(period.start, period.end)))
        pending_day = and_(AnswerDelta.day >= period.start, AnswerDelta.day <= period.end)
    folded = (
        select(AnswerCount.item, AnswerCount.part, AnswerCount.sub, AnswerCount.option,
               AnswerCount.people.label("people"))
        .where(AnswerCount.kind == kind, AnswerCount.overall == literal(overall), spans,
               *(_COUNT_COLUMNS[name].in_(values) for name, values in filters.items() if name in _COUNT_COLUMNS))
    )
    pending = (
        select(AnswerDelta.item, AnswerDelta.part, AnswerDelta.sub, AnswerDelta.option,
               AnswerDelta.change.label("people"))
        .where(AnswerDelta.kind == kind, pending_day,
               *(_DELTA_COLUMNS[name].in_(values) for name, values in filters.items() if name in _DELTA_COLUMNS))
    )
    both = union_all(folded, pending).subquery("answer_sums")
    statement = (select(both.c.item, both.c.part, both.c.sub, both.c.option,
                        func.sum(both.c.people, type_=Integer))
                 .group_by(both.c.item, both.c.part, both.c.sub, both.c.option))
    width = KINDS[kind]
    found: dict[tuple[str, ...], int] = {}
    for item, part, sub, option, people in await session.execute(statement):
        if people:
            found[(*(item, part, sub)[:width], option)] = int(people)
    return found
