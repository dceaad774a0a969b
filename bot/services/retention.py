"""Storage limitation: what is deleted, reduced or anonymised once it is no longer needed (README "Privacy").

- A person with no activity (a message or a tap) for RETENTION_DAYS is deleted exactly as /forget deletes them:
  profile, progress, answers, roles, memberships, ratings and pending deliveries go; their events are relabelled
  with a random pseudonym, so the counts stay and nothing links them back.
- Outbox rows settled more than DELIVERY_RETENTION_DAYS ago (sent, failed, ...) are reduced to a count per push
  and status (`delivery_counts`): the trainer's progress figures stay, who received what goes.
- CHECKIN_RETENTION_DAYS after a round closes, its answers are cut off from the people who gave them: each
  respondent gets a random label instead of their pseudonym and profile, and every time stamp becomes the round's
  closing time. The answers themselves stay, so published results (counts, exports) can still be reproduced.
- Update ids kept for exactly-once webhook intake are dropped after two days (bot/services/updates.py).

Everything runs in small batches, each its own transaction, so the bot keeps answering while it runs; it logs
counts, never who. `0` switches a rule off.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, case, delete, exists, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.analytics import Analytics
from bot.services.outbox import CANCELLED, FAILED, INACTIVE, SENT, SKIPPED, UNCERTAIN
from bot.services.privacy import forget
from bot.services.pseudonyms import unlinkable_pseudonym
from bot.services.updates import KEEP_FOR as UPDATE_IDS_KEPT_FOR
from bot.settings import Settings
from bot.store.db import Store
from bot.store.models import (
    CheckinAnswer,
    CheckinRespondent,
    CheckinRound,
    Delivery,
    DeliveryCount,
    ProcessedUpdate,
    Role,
    User,
)
from bot.store.upsert import dialect_insert

log = logging.getLogger(__name__)
SETTLED = (SENT, FAILED, INACTIVE, UNCERTAIN, SKIPPED, CANCELLED)
BATCH = 200  # people, rows or respondents per transaction
UPDATE_ID_BATCH = 5000


@dataclass(frozen=True)
class RetentionPolicy:
    """Days each kind of data is kept; 0 keeps it for ever."""

    profile_days: int = 365
    delivery_days: int = 90
    checkin_days: int = 730

    @classmethod
    def from_settings(cls, settings: Settings) -> RetentionPolicy:
        return cls(settings.retention_days, settings.delivery_retention_days, settings.checkin_retention_days)

    def profile_cutoff(self, now: datetime) -> date | None:
        """People last active before this day are deleted."""
        return now.date() - timedelta(days=self.profile_days) if self.profile_days else None

    def delivery_cutoff(self, now: datetime) -> datetime | None:
        return now - timedelta(days=self.delivery_days) if self.delivery_days else None

    def checkin_cutoff(self, now: datetime) -> datetime | None:
        """Rounds that closed before this are anonymised."""
        return now - timedelta(days=self.checkin_days) if self.checkin_days else None


@dataclass
class RetentionReport:
    """How many of each were (or, for a dry run, would be) deleted, reduced or anonymised."""

    profiles: int = 0
    deliveries: int = 0
    rounds: int = 0
    respondents: int = 0
    update_ids: int = 0

    def __str__(self) -> str:
        return ", ".join(f"{f.name.replace('_', ' ')} {getattr(self, f.name)}" for f in fields(self))


class Retention:
    def __init__(self, store: Store, analytics: Analytics, policy: RetentionPolicy, batch: int = BATCH) -> None:
        self.store = store
        self.analytics = analytics
        self.policy = policy
        self.batch = batch

    # --- what is due (python -m bot retention --dry-run) -------------------------------------------------

    async def due(self, now: datetime) -> RetentionReport:
        report = RetentionReport()
        async with self.store.transaction() as session:
            if (day := self.policy.profile_cutoff(now)) is not None:
                report.profiles = await _count(session, select(User.id).where(*_inactive(day)))
            if (moment := self.policy.delivery_cutoff(now)) is not None:
                report.deliveries = await _count(session, _old_deliveries(moment))
            if (moment := self.policy.checkin_cutoff(now)) is not None:
                rounds = list(await session.scalars(_rounds_due(moment)))
                report.rounds = len(rounds)
                report.respondents = await _count(
                    session, select(CheckinRespondent.id).where(CheckinRespondent.round_id.in_(rounds)))
            expired = ProcessedUpdate.received_at < now - UPDATE_IDS_KEPT_FOR
            report.update_ids = await _count(session, select(ProcessedUpdate.update_id).where(expired))
        return report

    # --- doing it ------------------------------------------------------------------------------------------

    async def run(self, now: datetime, keep_going: Callable[[], bool] = lambda: True) -> RetentionReport:
        """Everything that is due, batch by batch; stops between batches when `keep_going()` turns false."""
        report = RetentionReport()
        if (day := self.policy.profile_cutoff(now)) is not None:
            while keep_going() and (done := await self._forget_batch(day)):
                report.profiles += done
        if (moment := self.policy.delivery_cutoff(now)) is not None:
            while keep_going() and (done := await self._reduce_batch(moment)):
                report.deliveries += done
        if (moment := self.policy.checkin_cutoff(now)) is not None:
            async with self.store.transaction() as session:
                rounds = list(await session.scalars(_rounds_due(moment)))
            for round_id in rounds:
                if not keep_going():
                    break
                report.respondents += await self._anonymise_round(round_id, now, keep_going)
                report.rounds += 1
        while keep_going() and (done := await self._prune_update_ids(now - UPDATE_IDS_KEPT_FOR)):
            report.update_ids += done
        if any(getattr(report, f.name) for f in fields(report)):
            log.info("retention: %s", report)
        return report

    async def _forget_batch(self, before: date) -> int:
        async with self.store.transaction() as session:
            query = select(User).where(*_inactive(before)).order_by(User.id).limit(self.batch)
            if session.get_bind().dialect.name == "postgresql":
                # Someone tapping right now is skipped (their row is locked by their action) and stays.
                query = query.with_for_update(skip_locked=True)
            people = list(await session.scalars(query))
            for person in people:
                await forget(session, self.analytics, person)
        return len(people)

    async def _reduce_batch(self, before: datetime) -> int:
        async with self.store.transaction() as session:
            oldest = _old_deliveries(before).order_by(Delivery.id).limit(self.batch).scalar_subquery()
            gone = (await session.execute(
                delete(Delivery).where(Delivery.id.in_(oldest))
                .returning(Delivery.push_id, Delivery.status)
            )).all()
            counts = Counter((push_id, status) for push_id, status in gone)
            insert = dialect_insert(session.get_bind().dialect.name)
            for (push_id, status), number in counts.items():
                statement = insert(DeliveryCount).values(push_id=push_id, status=status, count=number)
                await session.execute(statement.on_conflict_do_update(
                    index_elements=["push_id", "status"], set_={"count": DeliveryCount.count + number}))
        return len(gone)

    async def _anonymise_round(self, round_id: int, now: datetime, keep_going: Callable[[], bool]) -> int:
        """Every respondent of the round, in batches; the round is marked done only when all are. Running it
        again after a stop redoes the round from the start, which changes nothing that matters."""
        done, after = 0, 0
        while keep_going():
            async with self.store.transaction() as session:
                closes = await session.scalar(select(CheckinRound.closes_at).where(CheckinRound.id == round_id))
                ids = list(await session.scalars(
                    select(CheckinRespondent.id)
                    .where(CheckinRespondent.round_id == round_id, CheckinRespondent.id > after)
                    .order_by(CheckinRespondent.id).limit(self.batch)
                ))
                if not ids:
                    await session.execute(
                        update(CheckinRound).where(CheckinRound.id == round_id).values(anonymised_at=now))
                    return done
                # A respondent who finished stays finished, at the closing time; one who did not stays unfinished.
                finished = case((CheckinRespondent.finished_at.is_(None), None), else_=closes)
                for respondent_id in ids:  # each its own random label
                    await session.execute(
                        update(CheckinRespondent).where(CheckinRespondent.id == respondent_id)
                        .values(user_id=None, pseudonym=unlinkable_pseudonym(), started_at=closes, finished_at=finished)
                        .execution_options(synchronize_session=False))
                await session.execute(
                    update(CheckinAnswer).where(CheckinAnswer.respondent_id.in_(ids))
                    .values(answered_at=closes).execution_options(synchronize_session=False))
            done += len(ids)
            after = ids[-1]
        return done

    async def _prune_update_ids(self, before: datetime) -> int:
        async with self.store.transaction() as session:
            oldest = (select(ProcessedUpdate.update_id).where(ProcessedUpdate.received_at < before)
                      .limit(UPDATE_ID_BATCH).scalar_subquery())
            result = await session.execute(delete(ProcessedUpdate).where(ProcessedUpdate.update_id.in_(oldest)))
        return result.rowcount or 0


def _inactive(before: date) -> tuple[Any, ...]:
    """People with no activity since `before`. Trainers and staff (anyone holding a role) are kept while they hold
    it: their cohorts and rounds depend on them, and revoking the role lets retention take its course."""
    return (User.last_seen < before, ~exists().where(Role.user_id == User.id))


def _old_deliveries(before: datetime) -> Select[Any]:
    return select(Delivery.id).where(Delivery.status.in_(SETTLED), Delivery.due_at < before)


def _rounds_due(before: datetime) -> Select[Any]:
    return (select(CheckinRound.id)
            .where(CheckinRound.closes_at < before, CheckinRound.anonymised_at.is_(None))
            .order_by(CheckinRound.id))


async def _count(session: AsyncSession, query: Select[Any]) -> int:
    return await session.scalar(select(func.count()).select_from(query.subquery())) or 0
