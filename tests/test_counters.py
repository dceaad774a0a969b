"""The counters the database keeps (bot/services/counters.py) equal the rows counted directly: deliveries per push
and status through the sender's status changes, cancellations, /forget and delivery retention; members per cohort
through joins, leaves and /forget (SQLite and PostgreSQL)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, func, select, update

from bot.services import counters
from bot.services.privacy import forget
from bot.services.retention import Retention, RetentionPolicy
from bot.services.stats import Stats
from bot.services.stats_items import push_progress
from bot.store.db import Store
from bot.store.models import Cohort, CohortMember, Counter, CounterDelta, Delivery, DeliveryCount, Push, User
from tests.test_api_stats import runtime_for

NOW = datetime(2026, 3, 25, tzinfo=UTC)
STATUSES = ("pending", "sending", "sent", "failed", "inactive", "skipped", "uncertain", "cancelled")


async def assert_same(store: Store, stats: Stats) -> int:
    async with store.transaction() as session:
        pushes = await push_progress(session)
        assert pushes == await push_progress(session, raw=True)
        assert await stats.cohorts(session) == await stats.cohorts(session, raw=True)
        raw = {cohort_id: int(n) for cohort_id, n in await session.execute(
            select(CohortMember.cohort_id, func.count()).group_by(CohortMember.cohort_id))}
        assert {owner: n for (owner, _), n in (await counters.read(session, "cohort")).items()} == raw
        deliveries = {(push, status): n for push, status, n in await session.execute(
            select(Delivery.push_id, Delivery.status, func.count()).group_by(Delivery.push_id, Delivery.status))}
        assert await counters.read(session, "push") == deliveries
        return sum(deliveries.values()) + sum(raw.values())


async def fold(store: Store) -> None:
    async with store.transaction() as session:
        await counters.fold(session, limit=None)
    async with store.transaction() as session:
        assert await session.scalar(select(func.count()).select_from(CounterDelta)) == 0
        assert await session.scalar(select(func.count()).select_from(Counter).where(Counter.value == 0)) == 0


async def test_counters_equal_the_rows_counted_directly(store: Store) -> None:
    rt = runtime_for(store)
    stats = Stats(rt.catalog, rt.checkins)
    rng = random.Random(5)
    async with store.transaction() as session:
        people = [User(telegram_id=500 + n, locale="en", audience="youth", age_band="13-15", last_seen=NOW.date())
                  for n in range(80)]
        session.add_all(people)
        cohorts = [Cohort(code=f"c{n}", name=f"Group {n}", audience="youth_13_15", locale="en") for n in range(4)]
        session.add_all(cohorts)
        await session.flush()
        for person in people:
            for cohort in rng.sample(cohorts, k=rng.randint(0, 2)):
                session.add(CohortMember(cohort_id=cohort.id, user_id=person.id))
        pushes = [Push(cohort_id=cohort.id, series="in-control", mode="drip") for cohort in cohorts]
        session.add_all(pushes)
        await session.flush()
        for push in pushes:
            for person in rng.sample(people, k=30):
                for lesson in range(3):
                    session.add(Delivery(push_id=push.id, user_id=person.id, lesson_index=lesson,
                                         due_at=NOW - timedelta(days=rng.randint(0, 200)), status="pending"))
    assert await assert_same(store, stats) > 300  # all pending, nothing folded yet
    async with store.transaction() as session:  # a batch: the oldest deltas folded, the others still pending
        assert await counters.fold(session, limit=100) == 100
    await assert_same(store, stats)
    await fold(store)
    assert await assert_same(store, stats) > 300

    # The sender claims, sends and fails rows, one at a time and in batches; a push is cancelled.
    for _ in range(3):
        async with store.transaction() as session:
            ids = list(await session.scalars(select(Delivery.id)))
            for chosen in rng.sample(ids, k=60):
                await session.execute(update(Delivery).where(Delivery.id == chosen)
                                      .values(status=rng.choice(STATUSES), sent_at=NOW))
            await session.execute(update(Delivery).where(Delivery.id.in_(rng.sample(ids, k=40)))
                                  .values(status="sent", attempts=Delivery.attempts + 1))
            await session.execute(update(Delivery).where(Delivery.id.in_(rng.sample(ids, k=40)))
                                  .values(attempts=Delivery.attempts + 1))  # no status change: no delta
        await assert_same(store, stats)
        await fold(store)
        await assert_same(store, stats)
    async with store.transaction() as session:
        await session.execute(update(Delivery).where(Delivery.push_id == pushes[0].id, Delivery.status == "pending")
                              .values(status="cancelled"))
        # Members leave and join.
        await session.execute(delete(CohortMember).where(CohortMember.user_id % 5 == 0))
        session.add_all(CohortMember(cohort_id=cohorts[3].id, user_id=person.id) for person in people[:40]
                        if person.id % 5 == 0)
    await assert_same(store, stats)

    # /forget: the person's deliveries and memberships go, and leave the counters.
    async with store.transaction() as session:
        for person in (await session.scalars(select(User).where(User.id % 7 == 1))).all():
            await forget(session, rt.analytics, person)
    await assert_same(store, stats)
    await fold(store)
    await assert_same(store, stats)

    # Delivery retention reduces old settled rows to counts: push progress keeps showing them.
    async with store.transaction() as session:
        before = await push_progress(session)
    report = await Retention(store, rt.analytics, RetentionPolicy(profile_days=0, delivery_days=90,
                                                                  checkin_days=0)).run(NOW)
    assert report.deliveries > 20
    async with store.transaction() as session:
        assert await session.scalar(select(func.sum(DeliveryCount.count))) == report.deliveries
        assert await push_progress(session) == before
    await assert_same(store, stats)
    await fold(store)
    await assert_same(store, stats)

    # A cohort deleted takes its push, its deliveries and its members with it.
    async with store.transaction() as session:
        await session.execute(delete(Cohort).where(Cohort.id == cohorts[1].id))
    await fold(store)
    await assert_same(store, stats)
    async with store.transaction() as session:
        owners = {owner for (owner, _) in await counters.read(session, "push")}
        assert pushes[1].id not in owners and cohorts[1].id not in {
            owner for (owner, _) in await counters.read(session, "cohort")}
