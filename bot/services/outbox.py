"""The durable outbox: pushes become one `deliveries` row per member and lesson, which the sender drains.

Semantics (README "Pushes and the outbox"): a row is claimed ('sending') in a short transaction before its
message goes out and marked 'sent' right after. After a crash, rows still 'sending' become 'uncertain' and are
never re-sent: nothing is sent twice, and the only messages whose fate is unknown are the few the sender held
(at most Sender.window: the batch being sent, the one claimed ahead and the one being written).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    ARRAY,
    BigInteger,
    ColumnElement,
    Select,
    and_,
    any_,
    bindparam,
    case,
    distinct,
    exists,
    func,
    insert,
    literal,
    not_,
    or_,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from bot.content.catalog import Catalog
from bot.services.profiles import audience_key
from bot.services.schedule import QuietHours, drip_slots, next_allowed
from bot.store.models import (
    Cohort,
    CohortMember,
    CohortTrainer,
    Delivery,
    DeliveryCount,
    LessonProgress,
    Push,
    User,
    UTCDateTime,
)

PENDING, SENDING, SENT = "pending", "sending", "sent"
FAILED, INACTIVE, UNCERTAIN, SKIPPED, CANCELLED = "failed", "inactive", "uncertain", "skipped", "cancelled"
# How progress counts a pending row: due now, later, or held for someone who stopped, blocked or is still signing up.
DUE, LATER, SIGNING_UP = "due", "later", "signing_up"
# Deliveries due within this long of the next one are counted as going out with it ("about 3 min to send").
NEXT_WAVE = timedelta(hours=1)
MAX_ATTEMPTS = 5
MAX_SETTLING_ROUNDS = 100  # batches made only of unreachable or waiting rows, settled in one claim


class PushError(Exception):
    """A push that cannot be made: unknown series, wrong audience, quiet hour, unknown push."""


@dataclass(frozen=True)
class Claimed:
    """One message to send, with everything needed to write it (no further queries)."""

    delivery_id: int
    push_id: int
    chat_id: int
    locale: str
    series: str
    lesson_index: int
    cohort_name: str
    cohort_id: int


@dataclass(frozen=True)
class MemberTally:
    """Members of the push's cohort, people not deliveries: who gets the series and who is left out, and why."""

    members: int = 0
    not_in_audience: int = 0  # onboarded as someone the series is not for (a caregiver in a youth series)
    stopped: int = 0  # sent /stop: their lessons are skipped
    blocked: int = 0  # blocked the bot (403): marked inactive
    signing_up: int = 0  # still onboarding: their lessons wait until they finish
    nothing_to_send: int = 0  # had finished the series, or joined after a "now" push

    @property
    def left_out(self) -> int:
        return self.not_in_audience + self.stopped + self.blocked + self.nothing_to_send


@dataclass(frozen=True)
class PushProgress:
    """Where a push stands. `counts` are deliveries by status, except pending ones: those are DUE (now), LATER,
    SKIPPED (the person stopped), INACTIVE (blocked) or SIGNING_UP. `next_at` is when deliveries can next go out
    (None when they are going out now) and `next_count` how many go out then; `timezone` is the cohort's."""

    push: Push
    counts: dict[str, int]
    members: MemberTally
    now: datetime
    timezone: str
    next_at: datetime | None = None
    next_count: int = 0

    @property
    def due_now(self) -> int:
        """Due and not sent yet, the rows being sent included."""
        return self.counts.get(DUE, 0) + self.counts.get(SENDING, 0)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def to_send(self) -> int:
        """Deliveries that were or will be attempted: not cancelled, not held for someone left out."""
        held = (CANCELLED, SKIPPED, INACTIVE, SIGNING_UP)
        return sum(n for status, n in self.counts.items() if status not in held)

    @property
    def finished(self) -> bool:
        return not any(self.counts.get(status, 0) for status in (DUE, LATER, SENDING))


class Outbox:
    def __init__(self, catalog: Catalog, quiet: QuietHours) -> None:
        self.catalog = catalog
        self.quiet = quiet

    # --- making pushes ----------------------------------------------------------------------------------

    async def create_push(self, session: AsyncSession, cohort: Cohort, series_id: str, *, mode: str,
                          now: datetime, hour: int | None = None, weekdays: str = "0123456",
                          created_by: int | None = None) -> Push:
        series = self.catalog.series.get(series_id)
        if series is None or cohort.audience not in series.audiences:
            raise PushError("series does not fit this cohort")
        if mode not in ("now", "drip"):
            raise PushError("unknown mode")
        if mode == "drip":
            if hour is None or not 0 <= hour <= 23 or not self.quiet.allows_hour(hour):
                raise PushError("drip hour is inside quiet hours")
            if not weekdays or any(d not in "0123456" for d in weekdays):
                raise PushError("weekdays must be digits 0 (Monday) to 6")
        push = Push(cohort_id=cohort.id, series=series_id, mode=mode, hour=hour, weekdays=weekdays,
                    status="active", created_by=created_by)
        session.add(push)
        await session.flush()
        await self._enqueue_cohort(session, push, cohort, now)
        return push

    async def _enqueue_cohort(self, session: AsyncSession, push: Push, cohort: Cohort, now: datetime) -> None:
        """Every member's rows in one INSERT ... SELECT per lesson: a cohort of 100,000 takes well under a
        second, where a query per member took minutes."""
        series = self.catalog.series[push.series]
        fits = or_(User.consent_at.is_(None), *(_audience_matches(key) for key in series.audiences))
        columns = ["push_id", "user_id", "lesson_index", "due_at", "status", "attempts"]

        def rows(lesson: ColumnElement[int], due: datetime) -> Select[Any]:
            return (
                select(literal(push.id), User.id, lesson, literal(due, UTCDateTime()), literal(PENDING), literal(0))
                .select_from(User)
                .join(CohortMember, CohortMember.user_id == User.id)
                .where(CohortMember.cohort_id == cohort.id, fits)
            )

        if push.mode == "now":
            progress = aliased(LessonProgress)
            source = (
                rows(func.coalesce(progress.lesson_index, 0), next_allowed(now, cohort.timezone, self.quiet))
                .outerjoin(progress, and_(progress.user_id == User.id, progress.series == push.series))
                .where(progress.completed_at.is_(None))
            )
            await session.execute(insert(Delivery).from_select(columns, source))
            return
        slots = drip_slots(now, cohort.timezone, push.hour or 0, push.weekdays, len(series.lessons))
        for lesson_index, due in enumerate(slots):
            await session.execute(insert(Delivery).from_select(columns, rows(literal(lesson_index), due)))

    async def enqueue_member(self, session: AsyncSession, push: Push, cohort: Cohort, member: User,
                             now: datetime) -> int:
        """Rows for one member: the next lesson now, or the whole drip from its first lesson."""
        series = self.catalog.series[push.series]
        if audience_key(member) not in series.audiences and member.onboarded:
            return 0
        if push.mode == "now":
            progress = await session.get(LessonProgress, (member.id, push.series))
            if progress is not None and progress.completed_at is not None:
                return 0
            lesson = progress.lesson_index if progress else 0
            due = [next_allowed(now, cohort.timezone, self.quiet)]
            lessons = [lesson]
        else:
            lessons = list(range(len(series.lessons)))
            due = drip_slots(now, cohort.timezone, push.hour or 0, push.weekdays, len(lessons))
        existing = set(await session.scalars(
            select(Delivery.lesson_index).where(Delivery.push_id == push.id, Delivery.user_id == member.id)
        ))
        added = 0
        for lesson_index, due_at in zip(lessons, due, strict=True):
            if lesson_index not in existing:
                session.add(Delivery(push_id=push.id, user_id=member.id, lesson_index=lesson_index, due_at=due_at,
                                     status=PENDING, attempts=0))
                added += 1
        await session.flush()
        return added

    async def on_member_joined(self, session: AsyncSession, cohort: Cohort, member: User, now: datetime) -> int:
        """A late joiner starts every active drip of the cohort from its first lesson."""
        pushes = await session.scalars(
            select(Push).where(Push.cohort_id == cohort.id, Push.mode == "drip", Push.status == "active")
        )
        return sum([await self.enqueue_member(session, push, cohort, member, now) for push in pushes])

    async def set_status(self, session: AsyncSession, push_id: int, action: str, now: datetime) -> Push:
        push = await session.get(Push, push_id)
        if push is None or push.status == "cancelled":
            raise PushError("no such push")
        if action == "pause":
            push.status = "paused"
        elif action == "resume":
            push.status = "active"
        elif action == "cancel":
            push.status = "cancelled"
            await session.execute(
                update(Delivery).where(Delivery.push_id == push_id, Delivery.status == PENDING)
                .values(status=CANCELLED)
            )
        else:
            raise PushError("unknown action")
        return push

    # --- sending ----------------------------------------------------------------------------------------

    async def recover(self, session: AsyncSession) -> int:
        """At start-up: rows left 'sending' by a crash may or may not have gone out; never send them again."""
        result = await session.execute(
            update(Delivery).where(Delivery.status == SENDING).values(status=UNCERTAIN, last_error="crash in flight")
        )
        return result.rowcount or 0

    async def claim_due(self, session: AsyncSession, now: datetime, limit: int,
                        sent: list[int] | None = None) -> list[Claimed]:
        """Mark up to `limit` due rows 'sending' and return them. Rows of people who stopped or blocked the bot
        are settled without sending as they come up; rows that became due inside quiet hours wait for the
        morning. Only the head of the queue is read, so a claim costs the same with 100 or 100,000 rows due.
        The rows in `sent` (the previous batch's) are marked sent first: on PostgreSQL in the same statement."""
        if session.get_bind().dialect.name == "postgresql" and limit:
            return await self._claim_in_one_statement(session, now, limit, sent or [])
        await self.mark_sent(session, sent or [], now)
        if not limit:
            return []
        query = _queue_head(now, limit, Delivery.id, Delivery.push_id, User.telegram_id, User.locale, Push.series,
                            Delivery.lesson_index, Cohort.name, Cohort.timezone, Cohort.id, User.stopped,
                            User.inactive).join(Cohort, Cohort.id == Push.cohort_id)
        for _ in range(MAX_SETTLING_ROUNDS):
            rows = (await session.execute(query)).all()
            claimed: list[Claimed] = []
            settle: dict[str, list[int]] = {INACTIVE: [], SKIPPED: []}
            for (delivery_id, push_id, chat_id, locale, series, lesson_index, name, zone, cohort_id, stopped,
                 inactive) in rows:
                if inactive or stopped:
                    settle[INACTIVE if inactive else SKIPPED].append(delivery_id)
                elif (later := next_allowed(now, zone, self.quiet)) > now:
                    await session.execute(update(Delivery).where(Delivery.id == delivery_id).values(due_at=later))
                else:
                    claimed.append(Claimed(delivery_id, push_id, chat_id, locale, series, lesson_index, name,
                                           cohort_id))
            for status, ids in settle.items():
                if ids:
                    await session.execute(update(Delivery).where(Delivery.id.in_(ids)).values(
                        status=status, last_error="stopped" if status == SKIPPED else "blocked"))
            if claimed:
                await session.execute(
                    update(Delivery).where(Delivery.id.in_([c.delivery_id for c in claimed]))
                    .values(status=SENDING, attempts=Delivery.attempts + 1)
                )
            if claimed or len(rows) < limit:
                return claimed
        return []

    async def _claim_in_one_statement(self, session: AsyncSession, now: datetime, limit: int,
                                      sent: list[int]) -> list[Claimed]:
        """claim_due on PostgreSQL: one UPDATE ... RETURNING marks `sent` sent, locks the head of the queue (FOR
        UPDATE SKIP LOCKED, so replicas never claim the same row), marks it 'sending' and settles the rows of
        people who stopped or blocked the bot, where three statements took three round trips (issue #19: on a busy
        machine each round trip waits for a CPU). The ids go as arrays, so the statement's text, and the server's
        prepared statement, is the same whatever the batch size. Rows that became due inside quiet hours, rare,
        are put back by a second UPDATE."""
        ids = ARRAY(BigInteger)  # SQLAlchemy's generic ARRAY: PostgreSQL's dialect compiles it as its own
        mark_sent = (
            update(Delivery).where(Delivery.id == any_(bindparam("sent", type_=ids)))
            .values(status=SENT, sent_at=now).cte("mark_sent")
        )
        head = (
            _queue_head(now, limit, Delivery.id)
            .cte("head")
            .prefix_with("MATERIALIZED")  # evaluated once, whatever plan the UPDATE gets
        )
        settled = or_(User.inactive, User.stopped)
        claim = (
            update(Delivery)
            .where(Delivery.id == head.c.id, User.id == Delivery.user_id, Push.id == Delivery.push_id,
                   Cohort.id == Push.cohort_id)
            .values(
                status=case((User.inactive, INACTIVE), (User.stopped, SKIPPED), else_=SENDING),
                last_error=case((User.inactive, "blocked"), (User.stopped, "stopped"), else_=Delivery.last_error),
                attempts=case((settled, Delivery.attempts), else_=Delivery.attempts + 1),
            )
            .returning(Delivery.id, Delivery.push_id, User.telegram_id, User.locale, Push.series,
                       Delivery.lesson_index, Cohort.name, Cohort.timezone, Cohort.id, Delivery.status,
                       Delivery.due_at)
            .execution_options(synchronize_session=False)
        )
        for _ in range(MAX_SETTLING_ROUNDS):
            statement = claim.add_cte(mark_sent) if sent else claim
            rows = sorted((await session.execute(statement, {"sent": sent} if sent else {})).all(),
                          key=lambda row: (row.due_at, row.id))
            sent = []
            claimed: list[Claimed] = []
            waiting: dict[datetime, list[int]] = {}
            for delivery_id, push_id, chat_id, locale, series, lesson_index, name, zone, cohort_id, status, _ in rows:
                if status != SENDING:
                    continue
                if (later := next_allowed(now, zone, self.quiet)) > now:
                    waiting.setdefault(later, []).append(delivery_id)
                else:
                    claimed.append(Claimed(delivery_id, push_id, chat_id, locale, series, lesson_index, name,
                                           cohort_id))
            for later, held in waiting.items():
                await session.execute(
                    update(Delivery).where(Delivery.id.in_(held))
                    .values(status=PENDING, attempts=Delivery.attempts - 1, due_at=later)
                    .execution_options(synchronize_session=False)
                )
            if claimed or len(rows) < limit:
                return claimed
        return []

    async def release(self, session: AsyncSession, ids: list[int]) -> None:
        """Rows claimed but never sent (the sender is stopping) go back to the queue as they were."""
        if ids:
            await session.execute(
                update(Delivery).where(Delivery.id.in_(ids), Delivery.status == SENDING)
                .values(status=PENDING, attempts=Delivery.attempts - 1)
            )

    async def mark_sent(self, session: AsyncSession, ids: list[int], now: datetime) -> None:
        if ids:
            await session.execute(update(Delivery).where(Delivery.id.in_(ids)).values(status=SENT, sent_at=now))

    async def mark_failed(self, session: AsyncSession, delivery_id: int, reason: str, status: str = FAILED) -> None:
        await session.execute(
            update(Delivery).where(Delivery.id == delivery_id).values(status=status, last_error=reason[:200])
        )

    async def mark_retry(self, session: AsyncSession, delivery_id: int, reason: str, due_at: datetime) -> None:
        """Back to pending unless it was tried too often."""
        row = await session.get(Delivery, delivery_id)
        if row is None:
            return
        row.last_error = reason[:200]
        row.status, row.due_at = (FAILED, row.due_at) if row.attempts >= MAX_ATTEMPTS else (PENDING, due_at)

    async def mark_inactive(self, session: AsyncSession, chat_ids: list[int]) -> None:
        await session.execute(update(User).where(User.telegram_id.in_(chat_ids)).values(inactive=True))

    async def mark_blocked(self, session: AsyncSession, delivery_id: int, chat_id: int) -> None:
        """403: the person blocked the bot. They are inactive and get nothing more."""
        await session.execute(update(User).where(User.telegram_id == chat_id).values(inactive=True))
        await session.execute(
            update(Delivery).where(Delivery.id == delivery_id).values(status=INACTIVE, last_error="blocked (403)")
        )
        await session.execute(
            update(Delivery)
            .where(Delivery.status == PENDING, Delivery.user_id.in_(select(User.id).where(User.telegram_id == chat_id)))
            .values(status=INACTIVE)
        )

    async def attach_progress_message(self, session: AsyncSession, push_id: int, chat_id: int,
                                      message_id: int) -> None:
        await session.execute(
            update(Push).where(Push.id == push_id).values(progress_chat_id=chat_id, progress_message_id=message_id)
        )

    async def owned_push(self, session: AsyncSession, trainer: User, push_id: int) -> Push:
        push = await session.get(Push, push_id)
        if push is None or await session.get(CohortTrainer, (push.cohort_id, trainer.id)) is None:
            raise PushError("not your push")
        return push

    async def progress_owner_locale(self, session: AsyncSession, push: Push) -> str | None:
        owner = await session.get(User, push.created_by) if push.created_by else None
        return owner.locale if owner else None

    # --- watching ---------------------------------------------------------------------------------------

    async def progress(self, session: AsyncSession, push_id: int, now: datetime) -> PushProgress:
        push = await session.get(Push, push_id)
        if push is None:
            raise PushError("no such push")
        cohort = await session.get(Cohort, push.cohort_id)
        zone = cohort.timezone if cohort else "UTC"
        pending = Delivery.status == PENDING
        kind = case(
            (and_(pending, User.inactive), INACTIVE),
            (and_(pending, User.stopped), SKIPPED),
            (and_(pending, User.consent_at.is_(None)), SIGNING_UP),
            (and_(pending, Delivery.due_at <= now), DUE),
            (pending, LATER),
            else_=Delivery.status,
        ).label("kind")
        rows = select(kind, Delivery.user_id).join(User, User.id == Delivery.user_id).where(
            Delivery.push_id == push_id).subquery()
        counts: dict[str, int] = {}
        people: dict[str, int] = {}
        for status, n, persons in (await session.execute(
            select(rows.c.kind, func.count(), func.count(distinct(rows.c.user_id))).group_by(rows.c.kind)
        )).all():
            counts[status], people[status] = n, persons
        # Rows older than DELIVERY_RETENTION_DAYS live on as counts (bot/services/retention.py).
        for status, n in await session.execute(
            select(DeliveryCount.status, DeliveryCount.count).where(DeliveryCount.push_id == push_id)
        ):
            counts[status] = counts.get(status, 0) + n
        members = await self._tally(session, push, people)
        next_at, next_count = await self._next_wave(session, push_id, now, zone, counts.get(DUE, 0))
        return PushProgress(push, counts, members, now, zone, next_at, next_count)

    async def _tally(self, session: AsyncSession, push: Push, people: dict[str, int]) -> MemberTally:
        series = self.catalog.series.get(push.series)
        fits = or_(*(_audience_matches(key) for key in series.audiences)) if series else literal(True)
        onboarded = User.consent_at.is_not(None)
        has_rows = exists().where(Delivery.push_id == push.id, Delivery.user_id == User.id)
        members, not_fitting, without_rows = (await session.execute(
            select(func.count(),
                   func.coalesce(func.sum(case((and_(onboarded, not_(fits)), 1), else_=0)), 0),
                   func.coalesce(func.sum(case((and_(or_(fits, not_(onboarded)), not_(has_rows)), 1), else_=0)), 0))
            .select_from(CohortMember).join(User, User.id == CohortMember.user_id)
            .where(CohortMember.cohort_id == push.cohort_id)
        )).one()
        return MemberTally(members=int(members), not_in_audience=int(not_fitting), stopped=people.get(SKIPPED, 0),
                           blocked=people.get(INACTIVE, 0), signing_up=people.get(SIGNING_UP, 0),
                           nothing_to_send=int(without_rows))

    async def _next_wave(self, session: AsyncSession, push_id: int, now: datetime, zone: str,
                         due: int) -> tuple[datetime | None, int]:
        """When this push's deliveries next go out and how many go then: rows due now wait for the end of quiet
        hours; otherwise the next drip slot (or retry)."""
        waiting = (Delivery.push_id == push_id, Delivery.status == PENDING, User.consent_at.is_not(None),
                   User.stopped.is_(False), User.inactive.is_(False))
        if due:
            start = next_allowed(now, zone, self.quiet)
            if start <= now:
                return None, due
        else:
            start = await session.scalar(
                select(func.min(Delivery.due_at)).join(User, User.id == Delivery.user_id).where(*waiting))
            if start is None:
                return None, 0
            start = next_allowed(start, zone, self.quiet)
        count = await session.scalar(
            select(func.count()).select_from(Delivery).join(User, User.id == Delivery.user_id)
            .where(*waiting, Delivery.due_at < start + NEXT_WAVE)
        ) or 0
        return start, count

    async def depth(self, session: AsyncSession, now: datetime) -> int:
        """Rows due now and not yet sent (for metrics)."""
        return await session.scalar(
            select(func.count()).select_from(Delivery).where(Delivery.status == PENDING, Delivery.due_at <= now)
        ) or 0


def _audience_matches(key: str) -> ColumnElement[bool]:
    """SQL for profiles.audience_key(user) == key."""
    if key in ("caregiver", "professional"):
        return User.audience == key
    return and_(User.audience == "youth", User.age_band == key.removeprefix("youth_").replace("_", "-"))


def retry_at(now: datetime, attempt: int) -> datetime:
    return now + timedelta(seconds=min(300, 2 ** attempt))


def _queue_head(now: datetime, limit: int, *columns: Any) -> Select[Any]:
    """The first `limit` rows due to be sent (of active pushes, to people who consented), locked, skipping rows
    another sender holds."""
    return (
        select(*columns)
        .join(Push, Push.id == Delivery.push_id)
        .join(User, User.id == Delivery.user_id)
        .where(Delivery.status == PENDING, Delivery.due_at <= now, Push.status == "active",
               User.consent_at.is_not(None))
        .order_by(Delivery.due_at, Delivery.id)
        .limit(limit)
        .with_for_update(of=Delivery, skip_locked=True)
    )
