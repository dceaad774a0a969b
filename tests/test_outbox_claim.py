"""Outbox.claim_due on SQLite and PostgreSQL (PostgreSQL claims in one UPDATE ... RETURNING): which rows it
claims and in what order, what it settles without sending, what waits for the end of quiet hours, and that two
senders claiming at once never get the same row."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from bot.services.outbox import Outbox
from bot.services.schedule import QuietHours
from bot.store.db import Store
from bot.store.models import Cohort, Delivery, Push, User
from tests.test_api_stats import runtime_for

NOW = datetime(2027, 6, 15, 12, 0, tzinfo=UTC)  # noon in UTC, midnight in Auckland (quiet hours 21-8)
AUCKLAND_8AM = datetime(2027, 6, 15, 20, 0, tzinfo=UTC)


def _outbox(store: Store) -> Outbox:
    return Outbox(runtime_for(store).catalog, QuietHours(21, 8))


async def _seed(store: Store, people: list[dict[str, Any]]) -> dict[int, int]:
    """One 'now' push per cohort ('utc' and 'auckland'), one due row per person; returns telegram id -> row id.
    Each person: telegram_id, and optionally cohort, stopped, inactive, consent (False: still signing up),
    paused (their push is paused), due (minutes before NOW)."""
    ids: dict[int, int] = {}
    async with store.transaction() as session:
        pushes: dict[tuple[str, bool], Push] = {}
        for place, zone in (("utc", "UTC"), ("auckland", "Pacific/Auckland")):
            cohort = Cohort(code=place, name=place, audience="youth_13_15", locale="en", timezone=zone)
            session.add(cohort)
            await session.flush()
            for paused in (False, True):
                pushes[place, paused] = Push(cohort_id=cohort.id, series="in-control", mode="now",
                                             status="paused" if paused else "active")
                session.add(pushes[place, paused])
        await session.flush()
        for person in people:
            user = User(telegram_id=person["telegram_id"], locale="en", audience="youth", age_band="13-15",
                        country="KE", stopped=person.get("stopped", False), inactive=person.get("inactive", False),
                        consent_at=NOW - timedelta(days=1) if person.get("consent", True) else None)
            session.add(user)
            await session.flush()
            push = pushes[person.get("cohort", "utc"), person.get("paused", False)]
            row = Delivery(push_id=push.id, user_id=user.id, lesson_index=0, status="pending", attempts=0,
                           due_at=NOW - timedelta(minutes=person.get("due", 1)))
            session.add(row)
            await session.flush()
            ids[person["telegram_id"]] = row.id
    return ids


async def _rows(store: Store) -> dict[int, tuple[str, int, str | None, datetime]]:
    async with store.transaction() as session:
        result = await session.execute(
            select(User.telegram_id, Delivery.status, Delivery.attempts, Delivery.last_error, Delivery.due_at)
            .join(User, User.id == Delivery.user_id))
        return {chat: (status, attempts, error, due) for chat, status, attempts, error, due in result.all()}


async def test_claims_the_due_head_settles_who_stopped_or_blocked_and_holds_quiet_hours(store: Store) -> None:
    ids = await _seed(store, [
        {"telegram_id": 1},
        {"telegram_id": 2, "stopped": True},
        {"telegram_id": 3, "inactive": True},
        {"telegram_id": 4, "cohort": "auckland"},
        {"telegram_id": 5, "consent": False},
        {"telegram_id": 6, "paused": True},
        {"telegram_id": 7, "due": -5},  # due in five minutes
    ])
    async with store.transaction() as session:
        claimed = await _outbox(store).claim_due(session, NOW, 10)
    assert [(c.delivery_id, c.chat_id, c.cohort_name, c.series) for c in claimed] == [
        (ids[1], 1, "utc", "in-control")]
    rows = await _rows(store)
    assert {chat: row[:3] for chat, row in rows.items()} == {
        1: ("sending", 1, None),
        2: ("skipped", 0, "stopped"),
        3: ("inactive", 0, "blocked"),
        4: ("pending", 0, None),
        5: ("pending", 0, None),
        6: ("pending", 0, None),
        7: ("pending", 0, None),
    }
    assert rows[4][3] == AUCKLAND_8AM  # waits for the morning in its cohort's time zone
    assert rows[1][3] == NOW - timedelta(minutes=1)


async def test_claims_in_due_order_a_batch_at_a_time(store: Store) -> None:
    ids = await _seed(store, [{"telegram_id": chat, "due": due} for chat, due in ((11, 1), (12, 4), (13, 3), (14, 2))])
    outbox = _outbox(store)
    async with store.transaction() as session:
        first = await outbox.claim_due(session, NOW, 2)
    async with store.transaction() as session:
        second = await outbox.claim_due(session, NOW, 2)
        third = await outbox.claim_due(session, NOW, 2)
    assert [c.delivery_id for c in first] == [ids[12], ids[13]]  # the longest waiting first
    assert [c.delivery_id for c in second] == [ids[14], ids[11]]
    assert third == []


async def test_a_head_of_people_who_stopped_is_settled_and_the_claim_goes_on(store: Store) -> None:
    await _seed(store, [{"telegram_id": 20 + i, "stopped": True, "due": 10 - i} for i in range(5)]
                + [{"telegram_id": 30}])
    async with store.transaction() as session:
        claimed = await _outbox(store).claim_due(session, NOW, 2)
    assert [c.chat_id for c in claimed] == [30]
    assert {row[0] for chat, row in (await _rows(store)).items() if chat != 30} == {"skipped"}


# SQLite has one writer at a time: there a second claim waits for the first commit
@pytest.mark.parametrize("database", ["postgres"], indirect=True)
async def test_two_senders_claiming_at_once_never_share_a_row(store: Store) -> None:
    await _seed(store, [{"telegram_id": 40 + i, "due": 10 - i} for i in range(5)])
    outbox = _outbox(store)
    async with store.transaction() as first_session:
        first = await outbox.claim_due(first_session, NOW, 3)
        async with store.transaction() as second_session:  # while the first still holds its rows
            second = await outbox.claim_due(second_session, NOW, 3)
    assert [c.chat_id for c in first] == [40, 41, 42]
    assert [c.chat_id for c in second] == [43, 44]


async def test_the_claim_marks_the_previous_batch_sent(store: Store) -> None:
    await _seed(store, [{"telegram_id": 50 + i, "due": 10 - i} for i in range(5)])
    outbox = _outbox(store)
    async with store.transaction() as session:
        first = await outbox.claim_due(session, NOW, 2)
    async with store.transaction() as session:
        second = await outbox.claim_due(session, NOW, 2, sent=[c.delivery_id for c in first])
    async with store.transaction() as session:
        nothing = await outbox.claim_due(session, NOW, 0, sent=[c.delivery_id for c in second])
    assert ([c.chat_id for c in first], [c.chat_id for c in second], nothing) == ([50, 51], [52, 53], [])
    rows = await _rows(store)
    assert {chat: row[:2] for chat, row in rows.items()} == {
        50: ("sent", 1), 51: ("sent", 1), 52: ("sent", 1), 53: ("sent", 1), 54: ("pending", 0)}
    async with store.transaction() as session:
        sent_at = set((await session.scalars(select(Delivery.sent_at).where(Delivery.status == "sent"))).all())
    assert sent_at == {NOW}
