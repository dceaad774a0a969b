"""Reach from its first-days rollup (`reach_firsts`) and per person (`reach_daily`) equals reach counted straight
from the events, on generated data, through incremental refreshes, profile changes, /forget, a forgotten person
coming back, and retention (SQLite and PostgreSQL)."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from bot.services.privacy import forget
from bot.services.retention import Retention, RetentionPolicy
from bot.services.stats import EARLIEST, LATEST, Period, ReachQuery, Stats, reach_rows
from bot.store.db import Store
from bot.store.models import Event, User
from tests.auxil.stats_people import add_people
from tests.test_api_stats import runtime_for

START = datetime(2025, 11, 20, tzinfo=UTC)  # the history crosses a year and several months
SPLIT = datetime(2026, 2, 10, tzinfo=UTC)  # the first refresh happens here
END = datetime(2026, 3, 25, tzinfo=UTC)
EVENT_COLUMNS = {"capability": "capability", "audience": "audience", "age_band": "age_band", "country": "country",
                 "locale": "locale", "series": "series", "cohort": "cohort_id"}
# What the rollup of first days answers (whole history): nothing, or one dimension grouped by or filtered on.
WHOLE: list[tuple[tuple[str, ...], dict[str, tuple[Any, ...]]]] = [
    ((), {}), (("country",), {}), (("audience",), {}), (("age_band",), {}), (("locale",), {}), (("series",), {}),
    (("cohort",), {}), (("capability",), {}), ((), {"country": ("KE",)}), (("country",), {"country": ("KE", "RO")}),
    ((), {"cohort": (1,)}), (("capability",), {"capability": (13,)}), ((), {"country": ("XX",)}),
]
# What is counted per person (several dimensions, weeks and months, a union of values).
PER_PERSON: list[tuple[tuple[str, ...], dict[str, tuple[Any, ...]]]] = [
    (("month", "country", "audience"), {}), (("week",), {}), ((), {"country": ("KE", "RO")}),
    (("country",), {"audience": ("youth",)}), (("series", "capability"), {"cohort": (1, 2)}),
]


class People:
    """Generated people: lessons of one or two series (card views, quiz answers, completions) and polls; some
    move country, age into the next band or join a cohort between visits; some have no country."""

    def __init__(self, stats: Stats, seed: int) -> None:
        self.rng = random.Random(seed)
        self.series = list(stats.catalog.series.values())
        self.profile: dict[int, dict[str, Any]] = {}

    def person(self, telegram_id: int) -> dict[str, Any]:
        if telegram_id not in self.profile:
            youth = self.rng.random() < 0.6
            country = self.rng.choice(("KE", "RO", "GT", None))
            self.profile[telegram_id] = {
                "audience": "youth" if youth else "caregiver",
                "age_band": self.rng.choice(("13-15", "16-17")) if youth else None, "country": country,
                "locale": {"KE": "en", "RO": "fr", "GT": "es", None: "en"}[country],
                "cohort": self.rng.choice((None, None, 1, 2)) if youth else None,
                "series": self.rng.sample(self.series, self.rng.choice((1, 1, 2)))}
        return self.profile[telegram_id]

    def events(self, pseudonym: str, telegram_id: int, start: datetime, end: datetime) -> list[Event]:
        profile = self.person(telegram_id)
        span = int((end - start).total_seconds())
        moments = sorted(start + timedelta(seconds=self.rng.randrange(span)) for _ in range(self.rng.randint(1, 5)))
        found: list[Event] = []
        for moment in moments:
            if self.rng.random() < 0.2:  # the profile changes between two visits
                profile["country"] = self.rng.choice(("KE", "RO"))
                if profile["age_band"] == "13-15":
                    profile["age_band"] = "16-17"
                profile["cohort"] = profile["cohort"] or (1 if profile["audience"] == "youth" else None)
            series = self.rng.choice(profile["series"])
            lesson = self.rng.choice(series.lessons).id
            dims = {"audience": profile["audience"], "age_band": profile["age_band"], "country": profile["country"],
                    "locale": profile["locale"], "cohort_id": profile["cohort"]}
            kinds: list[tuple[str, str | None, int | None]] = [("lesson_started", lesson, None)]
            kinds += [("card_viewed", lesson, i) for i in range(self.rng.randint(0, 3))]
            kinds += [("quiz_answered", lesson, int(self.rng.random() < 0.7)) for _ in range(self.rng.randint(0, 2))]
            if self.rng.random() < 0.7:
                kinds.append(("lesson_completed", lesson, None))
            if self.rng.random() < 0.2:
                kinds.append(("series_completed", None, None))
            capability = series.capabilities[0]
            for i, (kind, lesson_id, value) in enumerate(kinds):
                found.append(Event(pseudonym=pseudonym, kind=kind, occurred_at=moment + timedelta(seconds=i),
                                   capability=capability, series=series.id, lesson=lesson_id, value=value, **dims))
            if self.rng.random() < 0.2:  # a poll: another series value, the same capability as the bot gives it
                found.append(Event(pseudonym=pseudonym, kind="poll_answered", occurred_at=moment + timedelta(hours=1),
                                   capability=13, series="poll:1", **dims))
            found.append(Event(pseudonym=pseudonym, kind="menu_opened", occurred_at=moment, **dims))  # no capability
        return found


def _key(dimension: str, event: Event) -> Any:
    day = event.occurred_at.astimezone(UTC).date()
    if dimension == "week":
        return day - timedelta(days=day.weekday())
    if dimension == "month":
        return day.replace(day=1)
    return getattr(event, EVENT_COLUMNS[dimension])


def raw_reach(events: list[Event], query: ReachQuery) -> dict[tuple[Any, ...], tuple[int, ...]]:
    """Reach before suppression counted from the events in Python: the definition the rollups must meet."""
    people: dict[tuple[Any, ...], list[set[str]]] = defaultdict(lambda: [set() for _ in range(5)])
    answers: dict[tuple[Any, ...], list[int]] = defaultdict(lambda: [0, 0])
    for event in events:
        day = event.occurred_at.astimezone(UTC).date()
        if event.capability is None or not query.period.start <= day <= query.period.end:
            continue
        if any(_key(name, event) not in values for name, values in query.filters.items()):
            continue
        cell = tuple(_key(name, event) for name in query.group_by)
        flags = (True, event.kind == "card_viewed", event.kind == "lesson_completed",
                 event.kind == "series_completed", event.kind == "quiz_answered")
        for index, flag in enumerate(flags):
            if flag:
                people[cell][index].add(event.pseudonym)
        if event.kind == "quiz_answered":
            answers[cell][0] += 1
            answers[cell][1] += event.value or 0
    if not query.group_by and not people:
        return {(): (0,) * 7}
    return {cell: (*(len(s) for s in sets), *answers[cell]) for cell, sets in people.items()}


def normal(query: ReachQuery, records: list[Any]) -> dict[tuple[Any, ...], tuple[int, ...]]:
    width = len(query.group_by)
    dates = ("week", "month")
    return {tuple(date.fromisoformat(str(v)[:10]) if d in dates else v
                  for d, v in zip(query.group_by, record[:width], strict=True)):
            tuple(int(n or 0) for n in record[width:]) for record in records}


async def assert_same(store: Store, stats: Stats, last: date) -> int:
    """Every query: from the first days (whole history), per person and from events alike. Returns how many
    people-cells were compared."""
    compared = 0
    async with store.transaction() as session:
        events = list(await session.scalars(select(Event)))
        for period in (Period(EARLIEST, LATEST), Period(EARLIEST, last), Period(START.date(), SPLIT.date()),
                       Period(date(2025, 1, 1), date(2026, 1, 31))):
            for group_by, filters in WHOLE:
                query = ReachQuery(period, group_by, filters)
                expected = raw_reach(events, query)
                firsts = await stats.reach_from_firsts(session, query)
                assert firsts is not None, query
                assert normal(query, firsts) == expected, query
                assert normal(query, await stats.reach_per_person(session, query)) == expected, query
                assert await stats.reach(session, query) == reach_rows(group_by, [(*k, *v)
                                                                                  for k, v in expected.items()])
                compared += sum(v[0] for v in expected.values())
        for period in (Period(EARLIEST, LATEST), Period.last(30, last), Period(SPLIT.date(), last)):
            for group_by, filters in PER_PERSON + (WHOLE if period.start > EARLIEST else []):
                query = ReachQuery(period, group_by, filters)
                assert await stats.reach_from_firsts(session, query) is None, query
                expected = raw_reach(events, query)
                assert normal(query, await stats.reach_per_person(session, query)) == expected, query
    return compared


async def refresh(store: Store, stats: Stats, now: datetime, full: bool = False) -> None:
    async with store.transaction() as session:
        await stats.refresh(session, now=now, force=True, full=full)


async def test_reach_rollups_equal_raw_events(store: Store) -> None:
    rt = runtime_for(store)
    stats = Stats(rt.catalog, rt.checkins)
    people = People(stats, seed=19)

    # History before the first refresh, then a full build.
    await add_people(store, people, rt.analytics, range(1, 101), START, SPLIT)
    await refresh(store, stats, SPLIT)
    assert await assert_same(store, stats, SPLIT.date()) > 1000

    # More activity (old and new people, profiles changing), picked up by incremental refreshes.
    middle = SPLIT + timedelta(days=20)
    await add_people(store, people, rt.analytics, range(60, 140), SPLIT, middle)
    await refresh(store, stats, middle)
    await add_people(store, people, rt.analytics, range(100, 180), middle, END)
    await refresh(store, stats, END)
    await assert_same(store, stats, END.date())

    # /forget relabels events: the counts stay.
    async with store.transaction() as session:
        for telegram_id in range(1, 180, 7):
            user = await session.scalar(select(User).where(User.telegram_id == telegram_id))
            assert user is not None
            await forget(session, rt.analytics, user)
    later = END + timedelta(days=1)
    await refresh(store, stats, later)
    await assert_same(store, stats, later.date())

    # Someone who used /forget comes back (the same pseudonym, a new person), with today's events.
    back = later + timedelta(days=2)
    await add_people(store, people, rt.analytics, range(1, 60, 7), later, back)
    await refresh(store, stats, back)
    await assert_same(store, stats, back.date())

    # Retention forgets everyone inactive for 30 days; still equal, and a full rebuild changes nothing.
    report = await Retention(store, rt.analytics, RetentionPolicy(profile_days=30, delivery_days=0,
                                                                  checkin_days=0)).run(back)
    assert report.profiles > 10
    await refresh(store, stats, back + timedelta(hours=1))
    await assert_same(store, stats, back.date())
    query = ReachQuery(Period(EARLIEST, LATEST), ("country",))
    async with store.transaction() as session:
        before = await stats.reach_from_firsts(session, query)
    await refresh(store, stats, back + timedelta(hours=2), full=True)
    async with store.transaction() as session:
        assert await stats.reach_from_firsts(session, query) == before


async def test_reach_before_the_first_build_is_counted_per_person(store: Store) -> None:
    rt = runtime_for(store)
    stats = Stats(rt.catalog, rt.checkins)
    query = ReachQuery(Period(EARLIEST, LATEST))
    async with store.transaction() as session:
        assert await stats.reach_from_firsts(session, query) is None  # never refreshed: nothing to read yet
        assert normal(query, await stats.reach_per_person(session, query)) == {(): (0,) * 7}
