"""Retention on SQLite and PostgreSQL, with a clock the tests set: inactive people are deleted as /forget deletes
them, old deliveries become counts, closed rounds are anonymised, old update ids go; everything else stays."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import delete, func, select, text
from sqlalchemy.ext.asyncio import create_async_engine

from bot.devtools.fake_bot_api import FakeBotApi
from bot.services.activity import ActivityRecorder
from bot.services.analytics import Analytics
from bot.services.clock import ManualClock
from bot.services.maintenance import Maintenance
from bot.services.outbox import Outbox
from bot.services.retention import Retention, RetentionPolicy, RetentionReport
from bot.services.schedule import QuietHours
from bot.services.stats import Period, ReachQuery, Stats
from bot.store.db import Store
from bot.store.models import (
    Base,
    CheckinAnswer,
    CheckinRespondent,
    CheckinRound,
    Cohort,
    CohortMember,
    Delivery,
    DeliveryCount,
    Event,
    LessonProgress,
    ProcessedUpdate,
    Push,
    QuizAnswer,
    Role,
    User,
)
from bot.store.partitions import ensure_partitions
from tests.auxil.conversations import onboard, t, user_row
from tests.auxil.harness import BotHarness
from tests.test_api_stats import runtime_for

KEY = b"retention-test-pseudonym-key-0123"
NOW = datetime(2027, 6, 15, 12, 0, tzinfo=UTC)
TODAY = NOW.date()


def person(telegram_id: int, last_seen: date, **fields: Any) -> User:
    return User(telegram_id=telegram_id, locale="en", stopped=False, inactive=False, audience="youth",
                age_band="13-15", country="KE", consent_at=NOW - timedelta(days=800), last_seen=last_seen, **fields)


async def _count(store: Store, model: type[Base], *where: Any) -> int:
    async with store.transaction() as session:
        return await session.scalar(select(func.count()).select_from(model).where(*where)) or 0


async def _everything(store: Store) -> list[tuple[str, dict[str, Any]]]:
    """Every row of every table, as (table, {column: value}): what could still point at someone."""
    rows = []
    async with store.transaction() as session:
        for table in Base.metadata.sorted_tables:
            for row in (await session.execute(select(table))).all():
                rows.append((table.name, dict(row._mapping)))
    return rows


async def _event_profile(store: Store) -> list[tuple[Any, ...]]:
    """Events without their labels: what every aggregate is computed from."""
    async with store.transaction() as session:
        return sorted((await session.execute(
            select(Event.id, Event.kind, Event.occurred_at, Event.audience, Event.age_band, Event.country,
                   Event.locale, Event.capability, Event.series, Event.lesson, Event.value)
        )).all())


async def _reach(store: Store) -> list[Any]:
    stats = Stats(runtime_for(store).catalog, runtime_for(store).checkins)
    async with store.transaction() as session:
        await stats.refresh(session, now=NOW, full=True)
    async with store.transaction() as session:
        rows = await stats.reach(session, ReachQuery(Period(date(2025, 1, 1), TODAY), ("country", "month")))
    return [(row.key, {k: f.value for k, f in row.figures.items()}) for row in rows]


async def _seed_people(store: Store, analytics: Analytics) -> dict[str, int]:
    """Three people: last active 366 days ago, 365 days ago (the last day kept), and yesterday. Each has events in
    several months (on PostgreSQL, in several partitions, one of them the default), progress and answers."""
    ages = {"gone": 366, "edge": 365, "yesterday": 1}
    ids = {}
    async with store.transaction() as session:
        for n, (name, days) in enumerate(ages.items()):
            user = person(9100 + n, TODAY - timedelta(days=days))
            session.add(user)
            await session.flush()
            ids[name] = user.id
            session.add(LessonProgress(user_id=user.id, series="in-control", lesson_index=1, step_index=0,
                                       lessons_done=1))
            session.add(QuizAnswer(user_id=user.id, series="in-control", lesson="footprint", quiz="q1", option="a",
                                   correct=True))
            for when in (NOW - timedelta(days=days + 400), NOW - timedelta(days=days + 30), NOW - timedelta(days=days)):
                for kind in ("card_viewed", "lesson_completed", "quiz_answered"):
                    event = analytics.record(session, user, kind, capability=13, series="in-control",
                                             lesson="footprint", value=1 if kind == "quiz_answered" else None)
                    event.occurred_at = when
        gone = await session.get(User, ids["gone"])
        assert gone is not None
        closed = CheckinRound(code="2027-Q1", questionnaire="prevention-pulse", version=1,
                              opens_at=NOW - timedelta(days=500), closes_at=NOW - timedelta(days=400))
        session.add(closed)
        await session.flush()
        session.add(CheckinRespondent(round_id=closed.id, user_id=gone.id, pseudonym=analytics.pseudonym(9100),
                                      country="KE", sector="edu", position=1, started_at=NOW - timedelta(days=450)))
    return ids


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


async def test_people_inactive_past_the_limit_are_forgotten(store: Store, clock: ManualClock) -> None:
    analytics = Analytics(KEY)
    ids = await _seed_people(store, analytics)
    old_pseudonym = analytics.pseudonym(9100)
    events_before = await _event_profile(store)
    reach_before = await _reach(store)
    retention = Retention(store, analytics, RetentionPolicy(profile_days=365, delivery_days=0, checkin_days=0))

    due = await retention.due(clock.now())
    assert due == RetentionReport(profiles=1)
    assert await _count(store, User) == 3  # a dry run changes nothing

    report = await retention.run(clock.now())
    assert report == RetentionReport(profiles=1)
    assert await _count(store, User, User.id == ids["gone"]) == 0
    for name in ("edge", "yesterday"):
        assert await _count(store, User, User.id == ids[name]) == 1
        assert await _count(store, LessonProgress, LessonProgress.user_id == ids[name]) == 1
    for model in (LessonProgress, QuizAnswer, Role):
        assert await _count(store, model, model.user_id == ids["gone"]) == 0
    # The same events, in the same order, with the same dimensions: every aggregate is unchanged.
    assert await _event_profile(store) == events_before
    assert await _reach(store) == reach_before
    # ... and nothing anywhere links back: not the Telegram id, not the pseudonym, not the profile's id.
    for table, row in await _everything(store):
        assert 9100 not in row.values(), table
        assert old_pseudonym not in row.values(), table
        assert row.get("user_id") != ids["gone"], table
    for name, telegram_id in (("edge", 9101), ("yesterday", 9102)):
        assert await _count(store, Event, Event.pseudonym == analytics.pseudonym(telegram_id)) == 9, name

    assert await retention.run(clock.now()) == RetentionReport()  # nothing left to do
    clock.advance(days=1)  # a day later, the one at the edge has been away too long as well
    assert (await retention.run(clock.now())).profiles == 1
    assert await _count(store, User) == 1


async def test_trainers_and_staff_are_kept_while_they_hold_the_role(store: Store) -> None:
    analytics = Analytics(KEY)
    ids = await _seed_people(store, analytics)
    async with store.transaction() as session:
        session.add(Role(user_id=ids["edge"], role="trainer"))
    retention = Retention(store, analytics, RetentionPolicy(profile_days=365, delivery_days=0, checkin_days=0))
    later = NOW + timedelta(days=30)  # edge and gone have both been away too long by now
    assert await retention.due(later) == RetentionReport(profiles=1)
    assert (await retention.run(later)).profiles == 1
    assert await _count(store, User, User.id == ids["edge"]) == 1  # the trainer and their cohorts stay
    async with store.transaction() as session:
        await session.execute(delete(Role).where(Role.user_id == ids["edge"]))
    assert (await retention.run(later)).profiles == 1  # once the role is revoked, retention takes its course
    assert await _count(store, User, User.id == ids["edge"]) == 0


async def test_zero_keeps_people_for_ever(store: Store) -> None:
    analytics = Analytics(KEY)
    await _seed_people(store, analytics)
    retention = Retention(store, analytics, RetentionPolicy(profile_days=0, delivery_days=0, checkin_days=0))
    assert await retention.due(NOW + timedelta(days=5000)) == RetentionReport()
    assert await retention.run(NOW + timedelta(days=5000)) == RetentionReport()
    assert await _count(store, User) == 3


async def test_people_are_deleted_in_small_batches(store: Store) -> None:
    analytics = Analytics(KEY)
    async with store.transaction() as session:
        session.add_all([person(20_000 + i, TODAY - timedelta(days=400)) for i in range(7)])
        session.add(person(30_000, TODAY))
    retention = Retention(store, analytics, RetentionPolicy(365, 0, 0), batch=3)
    stops_after = iter([True, True, False])  # stop asked for between the second and third batch
    report = await retention.run(NOW, keep_going=lambda: next(stops_after, False))
    assert report.profiles == 6
    assert await _count(store, User) == 2
    assert (await retention.run(NOW)).profiles == 1
    assert await _count(store, User) == 1


async def _push_with_deliveries(store: Store) -> tuple[int, int]:
    """A push whose deliveries are settled long ago, pending long ago, and settled recently."""
    async with store.transaction() as session:
        cohort = Cohort(code="retcohort1", name="Form 2", audience="youth_13_15", locale="en", timezone="UTC")
        members = [person(40_000 + i, TODAY) for i in range(8)]
        session.add_all([cohort, *members])
        await session.flush()
        session.add_all([CohortMember(cohort_id=cohort.id, user_id=m.id) for m in members])
        push = Push(cohort_id=cohort.id, series="in-control", mode="drip", hour=10, status="active")
        session.add(push)
        await session.flush()
        old, recent = NOW - timedelta(days=120), NOW - timedelta(days=10)
        plan = [("sent", old)] * 4 + [("failed", old), ("inactive", old), ("pending", old), ("sent", recent)]
        for member, (status, due) in zip(members, plan, strict=True):
            session.add(Delivery(push_id=push.id, user_id=member.id, lesson_index=0, due_at=due, status=status,
                                 attempts=1, sent_at=due if status == "sent" else None))
        return push.id, members[0].id


async def test_old_deliveries_become_counts_and_progress_stays(store: Store) -> None:
    push_id, first_member = await _push_with_deliveries(store)
    outbox = Outbox(runtime_for(store).catalog, QuietHours(21, 8))
    async with store.transaction() as session:
        before = await outbox.progress(session, push_id, NOW)
    retention = Retention(store, Analytics(KEY), RetentionPolicy(0, 90, 0), batch=2)
    assert await retention.due(NOW) == RetentionReport(deliveries=6)

    assert await retention.run(NOW) == RetentionReport(deliveries=6)

    async with store.transaction() as session:
        after = await outbox.progress(session, push_id, NOW)
        left = sorted((await session.execute(select(Delivery.status, Delivery.due_at))).all())
        counts = dict((await session.execute(select(DeliveryCount.status, DeliveryCount.count))).all())
    assert (after.counts, after.total, after.due_now) == (before.counts, before.total, before.due_now)
    assert before.counts == {"sent": 5, "failed": 1, "inactive": 1, "due": 1}
    assert counts == {"sent": 4, "failed": 1, "inactive": 1}  # summed over three batches of two
    assert [status for status, _ in left] == ["pending", "sent"]  # what is still due, and what is recent
    assert await _count(store, Delivery, Delivery.user_id == first_member) == 0  # nobody is named in a count
    assert await retention.run(NOW) == RetentionReport()


async def test_a_closed_round_is_anonymised_and_its_results_stay(store: Store) -> None:
    from tests.test_api_stats import seed_checkins

    round_id = await seed_checkins(store)  # closed 2026-03-31
    rt = runtime_for(store)
    stats = Stats(rt.catalog, rt.checkins)
    async with store.transaction() as session:
        user = person(50_000, TODAY)
        session.add(user)
        await session.flush()
        first = await session.scalar(select(CheckinRespondent).where(CheckinRespondent.round_id == round_id)
                                     .order_by(CheckinRespondent.id).limit(1))
        assert first is not None
        first.user_id = user.id
        later = CheckinRound(code="2027-Q1", questionnaire="prevention-pulse", version=1,
                             opens_at=NOW - timedelta(days=60), closes_at=NOW - timedelta(days=30))
        session.add(later)
        await session.flush()
        session.add(CheckinRespondent(round_id=later.id, user_id=user.id, pseudonym="kept-pseudonym", country="KE",
                                      position=0))

    async def results() -> tuple[Any, Any, list[str]]:
        async with store.transaction() as session:
            table = await stats.checkin_results(session, round_id)
            capabilities = await stats.checkin_capabilities(session, round_id)
            csv = await rt.checkins.export_csv(session, round_id)
        # Without the respondent's label and the answer's time, which are what anonymising changes.
        lines = sorted(",".join(line.split(",")[:3] + line.split(",")[4:-1]) for line in csv.splitlines())
        return table, capabilities, lines

    before = await results()
    async with store.transaction() as session:
        labels_before = set(await session.scalars(select(CheckinRespondent.pseudonym)))
    clock = ManualClock(datetime(2028, 4, 1, tzinfo=UTC))  # 731 days after the round closed
    retention = Retention(store, Analytics(KEY), RetentionPolicy(0, 0, 730), batch=4)
    assert await retention.due(clock.now()) == RetentionReport(rounds=1, respondents=16)

    assert await retention.run(clock.now()) == RetentionReport(rounds=1, respondents=16)

    assert await results() == before  # published figures and exports can be reproduced
    async with store.transaction() as session:
        closes = await session.scalar(select(CheckinRound.closes_at).where(CheckinRound.id == round_id))
        respondents = list(await session.scalars(
            select(CheckinRespondent).where(CheckinRespondent.round_id == round_id)))
        answered = set(await session.scalars(
            select(CheckinAnswer.answered_at).join(CheckinRespondent).where(CheckinRespondent.round_id == round_id)))
        anonymised = await session.scalar(select(CheckinRound.anonymised_at).where(CheckinRound.id == round_id))
        kept = await session.scalar(select(CheckinRespondent.pseudonym).where(CheckinRespondent.round_id != round_id))
    assert len(respondents) == 16
    assert all(r.user_id is None for r in respondents)
    labels = {r.pseudonym for r in respondents}
    assert len(labels) == 16 and not labels & labels_before  # each a new random label
    assert {r.started_at for r in respondents} == {closes}
    assert {r.finished_at for r in respondents} == {closes}  # all of them had finished
    assert answered == {closes}
    assert anonymised == clock.now()
    assert kept == "kept-pseudonym"  # a round closed 30 days ago is untouched
    assert await _count(store, User) == 1  # profiles are a separate rule
    assert await retention.run(clock.now()) == RetentionReport()


async def test_old_update_ids_are_dropped(store: Store) -> None:
    async with store.transaction() as session:
        session.add_all([ProcessedUpdate(update_id=i, received_at=NOW - timedelta(days=3)) for i in range(5)])
        session.add(ProcessedUpdate(update_id=99, received_at=NOW - timedelta(hours=1)))
    retention = Retention(store, Analytics(KEY), RetentionPolicy(0, 0, 0))
    assert await retention.run(NOW) == RetentionReport(update_ids=5)
    async with store.transaction() as session:
        assert list(await session.scalars(select(ProcessedUpdate.update_id))) == [99]


@pytest.mark.parametrize("database", ["postgres"], indirect=True)  # partitions exist only on PostgreSQL
async def test_postgres_events_of_the_forgotten_are_relabelled_in_every_partition(store: Store) -> None:
    analytics = Analytics(KEY)
    async with store.transaction() as session:  # the months of the last two events get a partition each
        await ensure_partitions(session, (NOW - timedelta(days=396)).date(), ahead=1)
    await _seed_people(store, analytics)
    async with store.transaction() as session:
        where = dict((await session.execute(text(
            "SELECT tableoid::regclass::text, count(*) FROM events WHERE pseudonym = :p GROUP BY 1"),
            {"p": analytics.pseudonym(9100)})).all())
    assert len(where) == 3 and "events_default" in where  # three months, one of them outside the attached ones
    await Retention(store, analytics, RetentionPolicy(365, 0, 0)).run(NOW)
    assert await _count(store, Event, Event.pseudonym == analytics.pseudonym(9100)) == 0
    assert await _count(store, Event) == 27


# --- activity and the leader's housekeeping, through the real bot ------------------------------------------


async def test_activity_is_written_once_a_day(store: Store) -> None:
    async with store.transaction() as session:
        session.add(person(60_000, TODAY - timedelta(days=30), updated_at=NOW - timedelta(days=30)))
    recorder = ActivityRecorder()
    assert await recorder.record(store, 60_000, TODAY) is True
    healthy, unreachable = store.engine, create_async_engine("postgresql+asyncpg://postgres@127.0.0.1:1/none")
    store.replace_engine(unreachable)
    try:  # the rest of the day costs no query at all: the database is not even reachable
        assert await recorder.record(store, 60_000, TODAY) is False
    finally:
        store.replace_engine(healthy)
        await unreachable.dispose()
    async with store.transaction() as session:
        row = await session.scalar(select(User).where(User.telegram_id == 60_000))
        assert row is not None and row.last_seen == TODAY
        assert row.updated_at == NOW - timedelta(days=30)  # being active is not a profile change
    assert await ActivityRecorder().record(store, 60_000, TODAY) is False  # another replica: nothing to change
    assert await recorder.record(store, 60_000, TODAY + timedelta(days=1)) is True


async def test_activity_memory_is_fixed_and_a_shared_slot_only_costs_an_update(store: Store) -> None:
    """Two people in one slot of the recorder's fixed table push each other out: the one pushed out is written
    again (an UPDATE that changes nothing), never skipped."""
    async with store.transaction() as session:
        session.add(person(60_001, TODAY - timedelta(days=3)))
        session.add(person(60_009, TODAY - timedelta(days=3)))
    recorder = ActivityRecorder(slots=8)  # 60_001 and 60_009 share slot 1
    assert await recorder.record(store, 60_001, TODAY) is True
    assert await recorder.record(store, 60_009, TODAY) is True
    assert recorder.needs_recording(60_001, TODAY)  # pushed out by 60_009
    assert await recorder.record(store, 60_001, TODAY) is False  # written again: nothing to change
    assert not recorder.needs_recording(60_001, TODAY)
    async with store.transaction() as session:
        seen = await session.scalars(select(User.last_seen).where(User.telegram_id.in_((60_001, 60_009))))
        assert set(seen) == {TODAY}


def test_activity_slots_tell_apart_ids_that_differ_above_32_bits() -> None:
    """A slot is 4 bytes: it holds the id's quotient by the table size, so ids in one slot that differ only
    above 32 bits are told apart; an id too large for that is never taken for recorded (an UPDATE each time)."""
    recorder = ActivityRecorder()
    first, same_slot = 8_000_000_001, 8_000_000_001 + (1 << 40)
    assert recorder.needs_recording(first, TODAY)
    recorder.remember(first)
    assert not recorder.needs_recording(first, TODAY)
    assert recorder.needs_recording(same_slot, TODAY)
    recorder.remember(same_slot)
    assert recorder.needs_recording(first, TODAY) and not recorder.needs_recording(same_slot, TODAY)
    for never_held in (1 << 60, -5):
        recorder.remember(never_held)
        assert recorder.needs_recording(never_held, TODAY)
    assert recorder.needs_recording(same_slot, TODAY + timedelta(days=1))  # a new day: the table is empty


async def test_the_bot_forgets_who_stopped_coming_and_keeps_who_came_back(fake_api: FakeBotApi,
                                                                          sqlite_url: str) -> None:
    clock = ManualClock(NOW)
    bot = BotHarness(fake_api, sqlite_url, clock=clock)
    await bot.start()
    try:
        assert bot.rt is not None
        away = await onboard(bot, 7001)
        back = await onboard(bot, 7002)
        for telegram_id in (7001, 7002):
            assert (await user_row(bot, telegram_id)).last_seen == TODAY  # type: ignore[union-attr]
        clock.advance(days=200)
        await back.send("/lessons")
        assert (await user_row(bot, 7002)).last_seen == TODAY + timedelta(days=200)  # type: ignore[union-attr]
        clock.advance(days=165)
        await back.press("menu")  # a tap counts too
        clock.advance(days=1)  # 7001 has now been away 366 days, 7002 one day

        report = await Maintenance(bot.rt).run_once()

        assert report.profiles == 1
        assert await user_row(bot, 7001) is None
        assert await user_row(bot, 7002) is not None
        reply = await away.send("/start")  # a newcomer again, welcomed from the beginning
        assert reply.text.startswith(t(bot, "en", "welcome").split("\n")[0])
    finally:
        await bot.stop()
