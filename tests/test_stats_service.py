"""The statistics service without HTTP: parameter parsing, published rows, and the rollup's refresh."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from bot.services.stats import (
    Figure,
    Period,
    ReachQuery,
    Stats,
    StatsQueryError,
    change,
    parse_filters,
    parse_group_by,
    parse_period,
    parse_value,
    reach_rows,
)
from bot.store.db import Store
from bot.store.models import Event, ReachDay
from tests.test_api_stats import runtime_for

TODAY = date(2026, 3, 20)


def test_parsing_query_parameters() -> None:
    assert parse_group_by("country,week,country") == ("country", "week")
    assert parse_group_by(None) == ()
    for raw in ("country,pseudonym", "country, week", ""):
        with pytest.raises(StatsQueryError, match=r"^group_by:"):
            parse_group_by(raw)
    assert parse_filters({"country": "ke,RO", "capability": "13", "other": "x"}) == {
        "capability": (13,), "country": ("KE", "RO")}
    assert parse_value("week", "2026-03-16") == date(2026, 3, 16)
    assert parse_value("week", "2026-03-22") == date(2026, 3, 16)  # any day of a week names it
    assert parse_value("month", "2026-03") == date(2026, 3, 1)
    for dimension, raw in (("week", "2026-03-32"), ("month", "2026-13"), ("month", "1999-12"), ("capability", "0"),
                           ("cohort", "99999999999"), ("series", "in control"), ("audience", ""),
                           ("country", "KEN"), ("country", "null")):
        with pytest.raises(StatsQueryError, match=f"^{dimension}:"):
            parse_value(dimension, raw)


def test_periods() -> None:
    assert parse_period(None, None, TODAY) == Period(date(2026, 2, 19), TODAY)
    assert parse_period("2026-03-01", "2026-03-01", TODAY).days == 1
    assert Period(date(2026, 3, 1), date(2026, 3, 7)).previous() == Period(date(2026, 2, 22), date(2026, 2, 28))
    assert Period(date(2026, 3, 1), date(2026, 3, 1)).bounds() == (
        datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 3, 2, tzinfo=UTC))
    assert parse_period("2026-03-02", "2026-03-01", TODAY) == Period(date(2026, 3, 1), date(2026, 3, 2))
    assert parse_period("2010-01-01", None, TODAY).start == date(2010, 1, 1)  # the whole history is one period
    # "to" near the earliest day alone: the default start stops there (the API fuzz test found it refused)
    assert parse_period(None, "2000-01-05", TODAY) == Period(date(2000, 1, 1), date(2000, 1, 5))
    for args in (("1990-01-01", None), (None, "3000-01-01"), ("", None), (None, "")):
        with pytest.raises(StatsQueryError):
            parse_period(*args, TODAY)


def test_change_against_the_previous_period() -> None:
    assert change(Figure(120), Figure(100)) == pytest.approx(0.2)
    assert change(Figure(80), Figure(100)) == pytest.approx(-0.2)
    assert change(Figure(None, True), Figure(100)) is None
    assert change(Figure(20), Figure(None, True)) is None  # the change would give the hidden count away
    assert change(Figure(20), Figure(0)) is None


def test_reach_rows_suppress_metric_by_metric() -> None:
    raw = [
        # country, active, reached, engaged, completed, quiz_people, quiz_answers, correct
        ("KE", 40, 40, 30, 3, 30, 60, 45),
        ("RO", 20, 20, 12, 9, 2, 2, 1),
        ("GT", 8, 8, 8, 8, 8, 16, 8),
    ]
    rows = {row.key["country"]: row.figures for row in reach_rows(("country",), raw)}
    assert rows["KE"]["reached"] == Figure(40)
    assert rows["KE"]["completed"] == Figure(None, True)  # 3
    assert rows["GT"]["completed"] == Figure(None, True)  # its complement (8 < 9)
    assert rows["RO"]["completed"] == Figure(9)
    assert rows["RO"]["quiz_people"] == rows["RO"]["quiz_answers"] == rows["RO"]["quiz_accuracy"] == Figure(None, True)
    assert rows["GT"]["quiz_accuracy"] == Figure(None, True)  # complement of RO's quiz figures
    assert rows["KE"]["quiz_accuracy"] == Figure(0.75)
    (total,) = reach_rows((), [(3, 3, 0, 0, 0, 0, 0)])
    assert total.key == {} and total.figures["reached"] == Figure(None, True) and total.figures["engaged"] == Figure(0)


def _views(who: str, when: datetime, count: int = 3) -> list[Event]:
    return [Event(pseudonym=who, kind="card_viewed", occurred_at=when + timedelta(seconds=i), audience="youth",
                  country="KE", locale="en", capability=13, series="in-control") for i in range(count)]


async def test_refresh_rebuilds_only_the_days_that_can_change(store: Store) -> None:
    stats = Stats(runtime_for(store).catalog, runtime_for(store).checkins)
    day_one = datetime(2026, 3, 2, 12, tzinfo=UTC)
    async with store.transaction() as session:
        for i in range(6):
            session.add_all(_views(f"p{i}", day_one))
    async with store.transaction() as session:
        assert await stats.refresh(session, now=day_one + timedelta(hours=1))
        # One row per person and day, however many cards they saw.
        assert await session.scalar(select(func.count()).select_from(ReachDay)) == 6
        # Asked again within refresh_every: nothing to do.
        assert not await stats.refresh(session, now=day_one + timedelta(hours=1, seconds=5))

    day_two = day_one + timedelta(days=1)
    async with store.transaction() as session:
        # Day one was still open at the last refresh, so it is rebuilt: the late event in it counts.
        session.add_all(_views("p0", day_two) + _views("late", day_one + timedelta(hours=2)))
        assert await stats.refresh(session, now=day_two + timedelta(hours=1))
        days = dict((await session.execute(select(ReachDay.day, func.count()).group_by(ReachDay.day))).all())
        assert days == {date(2026, 3, 2): 7, date(2026, 3, 3): 1}
    async with store.transaction() as session:
        # Now day one is final: an event stamped in it (which the bot never records) is not looked for...
        session.add_all(_views("impossible", day_one))
        assert await stats.refresh(session, now=day_two + timedelta(hours=2))
        days = dict((await session.execute(select(ReachDay.day, func.count()).group_by(ReachDay.day))).all())
        assert days == {date(2026, 3, 2): 7, date(2026, 3, 3): 1}
        await stats.refresh(session, full=True)  # ...until a full rebuild
        days = dict((await session.execute(select(ReachDay.day, func.count()).group_by(ReachDay.day))).all())
        assert days == {date(2026, 3, 2): 8, date(2026, 3, 3): 1}

    async with store.transaction() as session:
        rows = await stats.reach(session, ReachQuery(Period(date(2026, 3, 1), date(2026, 3, 31)), ("week",)))
    assert [(r.key["week"], r.figures["reached"]) for r in rows] == [("2026-03-02", Figure(8))]


async def test_a_refresh_just_after_midnight_redoes_yesterday(store: Store) -> None:
    stats = Stats(runtime_for(store).catalog, runtime_for(store).checkins)
    evening = datetime(2026, 3, 2, 23, 59, 59, tzinfo=UTC)
    async with store.transaction() as session:
        session.add_all(_views("a", evening - timedelta(hours=1)))
    async with store.transaction() as session:
        await stats.refresh(session, now=evening + timedelta(seconds=2))  # 00:00:01 the next day
        # An action that started before midnight commits just after the refresh above.
        session.add_all(_views("b", evening))
    async with store.transaction() as session:
        await stats.refresh(session, now=evening + timedelta(minutes=5))
        people = await session.scalar(select(func.count(func.distinct(ReachDay.person))))
    assert people == 2
