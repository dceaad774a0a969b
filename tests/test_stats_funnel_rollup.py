"""The lesson funnel from its rollup equals the funnel counted straight from events, on generated data, through
incremental refreshes, /forget, a forgotten person coming back, and retention (SQLite and PostgreSQL)."""

from __future__ import annotations

import importlib.util
import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select, text, update

from bot.services.privacy import forget
from bot.services.retention import Retention, RetentionPolicy
from bot.services.stats import EARLIEST, LATEST, Period, Stats, calendar_pieces
from bot.store.db import Store
from bot.store.models import Event, FunnelDay, User
from tests.auxil.stats_people import add_people
from tests.test_api_stats import runtime_for

START = datetime(2025, 11, 20, tzinfo=UTC)  # the history crosses a year and several months
SPLIT = datetime(2026, 2, 10, tzinfo=UTC)  # the first refresh happens here
END = datetime(2026, 3, 25, tzinfo=UTC)
FILTERS: list[dict[str, tuple[Any, ...]]] = [
    {}, {"country": ("KE",)}, {"country": ("KE", "RO")}, {"cohort": (1,)}, {"audience": ("youth",), "country": ("RO",)},
    {"capability": (13,)}, {"age_band": ("13-15",)}, {"locale": ("fr",)}, {"cohort": (1, 2), "country": ("KE",)},
    {"audience": ("youth",)}, {"country": ("XX",)},
]
MIGRATION_0017 = Path(__file__).resolve().parent.parent / "migrations" / "versions" / "0017_funnel_value_index.py"


def test_calendar_pieces_cover_the_period_once() -> None:
    assert calendar_pieces(date(2025, 12, 30), date(2027, 2, 2)) == [
        ("d", date(2025, 12, 30), date(2025, 12, 31)), ("y", date(2026, 1, 1), date(2026, 12, 31)),
        ("m", date(2027, 1, 1), date(2027, 1, 31)), ("d", date(2027, 2, 1), date(2027, 2, 2))]
    assert calendar_pieces(date(2026, 3, 1), date(2026, 3, 31)) == [("m", date(2026, 3, 1), date(2026, 3, 31))]
    assert calendar_pieces(date(2026, 3, 5), date(2026, 3, 5)) == [("d", date(2026, 3, 5), date(2026, 3, 5))]
    assert calendar_pieces(EARLIEST, LATEST) == [("y", EARLIEST, LATEST)]
    # Only months and years whose days are all final are taken whole (their sums exist).
    assert calendar_pieces(date(2025, 1, 1), date(2026, 12, 31), final_before=date(2026, 3, 31)) == [
        ("y", date(2025, 1, 1), date(2025, 12, 31)), ("m", date(2026, 1, 1), date(2026, 2, 28)),
        ("d", date(2026, 3, 1), date(2026, 12, 31))]
    assert calendar_pieces(date(2026, 3, 1), date(2026, 3, 31), final_before=date(2026, 4, 1)) == [
        ("m", date(2026, 3, 1), date(2026, 3, 31))]


class People:
    """Generated people taking lessons: some move country, join a cohort later, or restart a series."""

    def __init__(self, stats: Stats, seed: int) -> None:
        self.rng = random.Random(seed)
        self.stats = stats
        self.series = list(stats.catalog.series.values())
        self.profile: dict[int, dict[str, Any]] = {}

    def person(self, telegram_id: int) -> dict[str, Any]:
        if telegram_id not in self.profile:
            youth = self.rng.random() < 0.6
            country = self.rng.choice(("KE", "RO", "GT"))
            self.profile[telegram_id] = {
                "audience": "youth" if youth else "caregiver", "age_band": self.rng.choice(("13-15", "16-17"))
                if youth else None, "country": country, "locale": {"KE": "en", "RO": "fr", "GT": "es"}[country],
                "cohort": self.rng.choice((None, None, 1, 2)) if youth else None,
                "series": self.rng.choice(self.series)}
        return self.profile[telegram_id]

    def events(self, pseudonym: str, telegram_id: int, start: datetime, end: datetime) -> list[Event]:
        profile = self.person(telegram_id)
        series = profile["series"]
        span = int((end - start).total_seconds())
        moments = sorted(start + timedelta(seconds=self.rng.randrange(span)) for _ in range(self.rng.randint(1, 6)))
        found: list[Event] = []
        lesson = 0
        for moment in moments:
            if self.rng.random() < 0.15:  # moves, or joins a cohort, between two visits
                profile["country"] = self.rng.choice(("KE", "RO"))
                profile["cohort"] = profile["cohort"] or (1 if profile["audience"] == "youth" else None)
            if lesson >= len(series.lessons) or self.rng.random() < 0.1:  # restarts the series
                lesson = 0
            dims = {"audience": profile["audience"], "age_band": profile["age_band"], "country": profile["country"],
                    "locale": profile["locale"], "capability": 13, "series": series.id,
                    "cohort_id": profile["cohort"]}
            kinds = [("lesson_started", series.lessons[lesson].id)]
            if self.rng.random() < 0.8:
                kinds.append(("lesson_completed", series.lessons[lesson].id))
                lesson += 1
                if lesson == len(series.lessons):
                    kinds.append(("series_completed", None))
            for i, (kind, lesson_id) in enumerate(kinds):
                found.append(Event(pseudonym=pseudonym, kind=kind, occurred_at=moment + timedelta(seconds=i),
                                   lesson=lesson_id, **dims))
        return found


def periods(rng: random.Random, first: date, last: date) -> list[Period]:
    chosen = [Period(EARLIEST, LATEST), Period(first, last), Period(date(2026, 1, 1), date(2026, 1, 31)),
              Period(date(2025, 12, 31), date(2026, 1, 1)), Period(date(2026, 2, 10), date(2026, 2, 10)),
              Period(date(2025, 11, 1), date(2026, 2, 28)), Period.last(30, last), Period.last(7, last)]
    span = (last - first).days
    for _ in range(12):
        a = first + timedelta(days=rng.randrange(span))
        chosen.append(Period(a, min(LATEST, a + timedelta(days=rng.randrange(1, 60)))))
    return chosen


async def assert_same(store: Store, stats: Stats, rng: random.Random, last: date) -> int:
    """Every period and filter: the rollup's counts equal the raw ones. Returns how many people were compared."""
    compared = 0
    async with store.transaction() as session:
        for period in periods(rng, START.date(), last):
            for filters in FILTERS:
                rollup = await stats.funnel_counts(session, period, (), filters)
                raw = await stats.funnel_raw_counts(session, period, (), filters)
                assert rollup == raw, (period, filters)
                compared += sum(raw.values())
            assert await stats.funnel(session, period) == await stats.funnel_raw(session, period)
    return compared


async def test_funnel_rollup_equals_raw_events(store: Store) -> None:
    rt = runtime_for(store)
    stats = Stats(rt.catalog, rt.checkins)
    people = People(stats, seed=19)
    rng = random.Random(7)

    # History before the first refresh, then a full build.
    await add_people(store, people, rt.analytics, range(1, 121), START, SPLIT)
    async with store.transaction() as session:
        await stats.refresh(session, now=SPLIT, force=True)
    assert await assert_same(store, stats, rng, SPLIT.date()) > 1000

    # More activity (old and new people), picked up by incremental refreshes of the days that can change.
    middle = SPLIT + timedelta(days=20)
    await add_people(store, people, rt.analytics, range(60, 160), SPLIT, middle)
    async with store.transaction() as session:
        await stats.refresh(session, now=middle, force=True)
    await add_people(store, people, rt.analytics, range(100, 200), middle, END)
    async with store.transaction() as session:
        await stats.refresh(session, now=END, force=True)
    await assert_same(store, stats, rng, END.date())

    # /forget relabels events: the counts stay, from either side.
    async with store.transaction() as session:
        for telegram_id in range(1, 200, 9):
            user = await session.scalar(select(User).where(User.telegram_id == telegram_id))
            assert user is not None
            await forget(session, rt.analytics, user)
    later = END + timedelta(days=1)
    async with store.transaction() as session:
        await stats.refresh(session, now=later, force=True)
    await assert_same(store, stats, rng, later.date())

    # Someone who used /forget comes back: the same pseudonym again, now a new person in both counts.
    back = later + timedelta(days=2)
    await add_people(store, people, rt.analytics, range(1, 40, 9), later, back)
    async with store.transaction() as session:
        await stats.refresh(session, now=back, force=True)
    await assert_same(store, stats, rng, back.date())

    # Retention forgets everyone inactive for 30 days; the rollup still agrees, before and after a full rebuild.
    policy = RetentionPolicy(profile_days=30, delivery_days=0, checkin_days=0)
    report = await Retention(store, rt.analytics, policy).run(back)
    assert report.profiles > 10
    async with store.transaction() as session:
        await stats.refresh(session, now=back + timedelta(hours=1), force=True)
    await assert_same(store, stats, rng, back.date())
    async with store.transaction() as session:
        before = await stats.funnel_counts(session, Period(EARLIEST, LATEST), (), {"country": ("KE",)})
        await stats.refresh(session, now=back + timedelta(hours=2), full=True)
        assert await stats.funnel_counts(session, Period(EARLIEST, LATEST), (), {"country": ("KE",)}) == before


async def test_values_given_by_migration_0017_are_those_the_refresh_writes(store: Store) -> None:
    """Rows built before migration 0017 get their `value` from it: the funnel read through them is the same."""
    rt = runtime_for(store)
    stats = Stats(rt.catalog, rt.checkins)
    await add_people(store, People(stats, seed=5), rt.analytics, range(1, 60), START, END)
    async with store.transaction() as session:
        await stats.refresh(session, now=END, force=True, full=True)
    async with store.transaction() as session:
        written = (await session.execute(select(FunnelDay.id, FunnelDay.value).order_by(FunnelDay.id))).all()
        assert sum(1 for _id, value in written if value is not None) > 100
        await session.execute(update(FunnelDay).values(value=None))
        spec = importlib.util.spec_from_file_location("funnel_value_index_0017", MIGRATION_0017)
        assert spec is not None and spec.loader is not None
        migration = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(migration)
        await session.execute(text(migration.backfill()))
        assert (await session.execute(select(FunnelDay.id, FunnelDay.value).order_by(FunnelDay.id))).all() == written
