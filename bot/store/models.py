"""The schema. Migrations in `migrations/` create exactly this; a test checks they agree.

What is stored about a person is deliberately small: no names, usernames, phone numbers or message text.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    TypeDecorator,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite keeps no offset of its own)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use datetime.now(UTC)")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


def utctoday() -> date:
    return utcnow().date()


class Base(DeclarativeBase):
    pass


# The PostgreSQL-only options of the indexes migrations 0008, 0016 and 0017 made partial or covering there. They are
# not passed to `Index()` below: SQLAlchemy checks a dialect's keyword arguments by importing that dialect, and
# PostgreSQL's (its package imports every PostgreSQL driver's module) cost a bot on SQLite 1.7 MB (issue #19). Nothing
# the bot runs reads them (the migrations create the indexes); Alembic's environment adds them to the models on
# PostgreSQL (`add_postgresql_index_options`), and tests/test_store.py checks that the migrated PostgreSQL schema has
# exactly these partial and covering indexes, so the models cannot drift from the migrations unnoticed.
POSTGRESQL_INDEX_OPTIONS: dict[str, dict[str, str | tuple[str, ...]]] = {
    "ix_deliveries_pending_due": {"where": "status = 'pending'"},
    "ix_funnel_daily_value": {"include": ("series", "step", "people")},
    "ix_answer_counts_empty": {"where": "people = 0"},
}


def add_postgresql_index_options(metadata: MetaData) -> None:
    """Put POSTGRESQL_INDEX_OPTIONS on the models' indexes (imports SQLAlchemy's PostgreSQL dialect)."""
    for table in metadata.tables.values():
        for index in table.indexes:
            for option, value in POSTGRESQL_INDEX_OPTIONS.get(index.name or "", {}).items():
                index.dialect_kwargs[f"postgresql_{option}"] = text(value) if isinstance(value, str) else list(value)


class User(Base):
    """One person who talks to the bot. Deleted whole by /forget, and by retention after RETENTION_DAYS without
    activity (bot/services/retention.py)."""

    __tablename__ = "users"
    __table_args__ = (Index("ix_users_last_seen", "last_seen"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger, unique=True, nullable=False)
    locale: Mapped[str] = mapped_column(String(8), nullable=False)
    # youth | caregiver | professional; None until chosen
    audience: Mapped[str | None] = mapped_column(String(16))
    # 13-15 | 16-17 for young people only
    age_band: Mapped[str | None] = mapped_column(String(8))
    sector: Mapped[str | None] = mapped_column(String(24))
    # ISO 3166-1 alpha-2, or "ZZ" for "prefer not to say"
    country: Mapped[str | None] = mapped_column(String(2))
    # Where the person is in a multi-step flow, e.g. "onb:audience" or "set:country"; None when idle
    step: Mapped[str | None] = mapped_column(String(32))
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    stopped: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    inactive: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    # Professionals who came through a staff invite link are verified and may belong to a programme
    verified: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    programme: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), default=utcnow, onupdate=utcnow, nullable=False
    )
    # The last UTC day the person did anything (a message or a tap); written at most once a day
    # (bot/services/activity.py). Nullable only because SQLite cannot add a NOT NULL column without a constant
    # default; every row has a value (the migration filled existing ones).
    last_seen: Mapped[date | None] = mapped_column(Date, default=utctoday)

    @property
    def onboarded(self) -> bool:
        return self.consent_at is not None


class Role(Base):
    """Roles granted by staff (trainer, staff). ADMIN_IDS are staff without a row."""

    __tablename__ = "roles"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(16), primary_key=True)
    granted_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)


class Event(Base):
    """A pseudonymous analytics event: who (pseudonym), what, where. Never a Telegram id or text."""

    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_occurred_at", "occurred_at"),
        Index("ix_events_pseudonym", "pseudonym"),
        Index("ix_events_kind_occurred_at", "kind", "occurred_at"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    pseudonym: Mapped[str] = mapped_column(String(32), nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    audience: Mapped[str | None] = mapped_column(String(16))
    age_band: Mapped[str | None] = mapped_column(String(8))
    sector: Mapped[str | None] = mapped_column(String(24))
    country: Mapped[str | None] = mapped_column(String(2))
    locale: Mapped[str | None] = mapped_column(String(8))
    capability: Mapped[int | None] = mapped_column(Integer)
    series: Mapped[str | None] = mapped_column(String(32))
    lesson: Mapped[str | None] = mapped_column(String(32))
    cohort_id: Mapped[int | None] = mapped_column(Integer)
    # Small numeric detail: 1/0 for a correct/incorrect first quiz attempt, a step index, ...
    value: Mapped[int | None] = mapped_column(Integer)


class LessonProgress(Base):
    """Where a person is in one series. One row per person and series; deleted with the person."""

    __tablename__ = "lesson_progress"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    series: Mapped[str] = mapped_column(String(32), primary_key=True)
    lesson_index: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    step_index: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    lessons_done: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    cohort_id: Mapped[int | None] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow, nullable=False)


class QuizAnswer(Base):
    """A person's first answer to one quiz question; later taps change nothing."""

    __tablename__ = "quiz_answers"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    series: Mapped[str] = mapped_column(String(32), primary_key=True)
    lesson: Mapped[str] = mapped_column(String(32), primary_key=True)
    quiz: Mapped[str] = mapped_column(String(32), primary_key=True)
    option: Mapped[str] = mapped_column(String(32), nullable=False)
    correct: Mapped[bool] = mapped_column(Boolean, nullable=False)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)


class Invite(Base):
    """A professional's invite link (?start=pro_<code>): sector, country and programme, and marks them verified.
    It verifies at most `max_uses` people (None: no limit, which staff must ask for) until `expires_at`,
    unless staff revoked it."""

    __tablename__ = "invites"

    code: Mapped[str] = mapped_column(String(24), primary_key=True)
    sector: Mapped[str] = mapped_column(String(24), nullable=False)
    country: Mapped[str] = mapped_column(String(2), nullable=False)
    programme: Mapped[str | None] = mapped_column(String(40))
    uses: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    max_uses: Mapped[int | None] = mapped_column(Integer)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)


class CheckinRound(Base):
    """One round of a questionnaire (e.g. "2026-Q4"), open until closes_at."""

    __tablename__ = "checkin_rounds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(24), nullable=False)
    questionnaire: Mapped[str] = mapped_column(String(32), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    opens_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    closes_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    # When retention cut the answers off from the people who gave them (CHECKIN_RETENTION_DAYS after closing)
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ux_checkin_rounds_code_questionnaire", "code", "questionnaire", unique=True),)


class CheckinRespondent(Base):
    """A person answering one round. user_id is cleared and the pseudonym relabelled by /forget, so the answers
    stay in the aggregates but no longer point at anyone."""

    __tablename__ = "checkin_respondents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("checkin_rounds.id", ondelete="CASCADE"), nullable=False)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    pseudonym: Mapped[str] = mapped_column(String(32), nullable=False)
    sector: Mapped[str | None] = mapped_column(String(24))
    country: Mapped[str | None] = mapped_column(String(2))
    programme: Mapped[str | None] = mapped_column(String(40))
    verified: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (
        Index("ux_checkin_respondents_round_user", "round_id", "user_id", unique=True),
        Index("ix_checkin_respondents_round_country", "round_id", "country"),
    )


class CheckinAnswer(Base):
    """One answer per respondent and item; revising overwrites it."""

    __tablename__ = "checkin_answers"

    respondent_id: Mapped[int] = mapped_column(
        ForeignKey("checkin_respondents.id", ondelete="CASCADE"), primary_key=True
    )
    item: Mapped[str] = mapped_column(String(32), primary_key=True)
    answer: Mapped[str] = mapped_column(String(24), nullable=False)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow, nullable=False)


class Cohort(Base):
    """A group a trainer gathers through a join link (?start=c_<code>). Trainers see counts, never members."""

    __tablename__ = "cohorts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(24), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    audience: Mapped[str] = mapped_column(String(16), nullable=False)  # youth_13_15 | youth_16_17 | caregiver
    locale: Mapped[str] = mapped_column(String(8), nullable=False)
    country: Mapped[str | None] = mapped_column(String(2))
    timezone: Mapped[str] = mapped_column(String(48), nullable=False, default="UTC")
    closed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)


class CohortTrainer(Base):
    __tablename__ = "cohort_trainers"

    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)


class CohortMember(Base):
    __tablename__ = "cohort_members"

    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)


class Push(Base):
    """A series pushed to a cohort: now (next lesson to everyone) or a drip (one lesson per slot)."""

    __tablename__ = "pushes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"), nullable=False)
    series: Mapped[str] = mapped_column(String(32), nullable=False)
    mode: Mapped[str] = mapped_column(String(8), nullable=False)  # now | drip
    hour: Mapped[int | None] = mapped_column(Integer)  # local hour of drip deliveries
    weekdays: Mapped[str] = mapped_column(String(7), nullable=False, default="0123456")  # Monday = 0
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="active")  # active|paused|cancelled
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # Where the trainer's live progress message is, so the sender can edit it in place
    progress_chat_id: Mapped[int | None] = mapped_column(BigInteger)
    progress_message_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)


class Delivery(Base):
    """The durable outbox: one message to one member. The sender drains due rows at a bounded rate.

    status: pending -> sending -> sent | failed | inactive; sending rows found at start-up (a crash while they
    were in flight) become uncertain and are never re-sent; cancelled and skipped rows are never sent."""

    __tablename__ = "deliveries"
    __table_args__ = (
        Index("ux_deliveries_push_user_lesson", "push_id", "user_id", "lesson_index", unique=True),
        Index("ix_deliveries_status_due", "status", "due_at"),
        # The sender's claim reads the head of this (ORDER BY due_at, id), never sorting the whole queue.
        # (partial on PostgreSQL too: POSTGRESQL_INDEX_OPTIONS)
        Index("ix_deliveries_pending_due", "due_at", "id", sqlite_where=text("status = 'pending'")),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    push_id: Mapped[int] = mapped_column(ForeignKey("pushes.id", ondelete="CASCADE"), nullable=False)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    lesson_index: Mapped[int] = mapped_column(Integer, nullable=False)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="pending")
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_error: Mapped[str | None] = mapped_column(String(200))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class DeliveryCount(Base):
    """What is left of a push's settled deliveries after DELIVERY_RETENTION_DAYS: how many ended in each status,
    with no member attached (bot/services/retention.py). Push progress adds these to the rows still kept."""

    __tablename__ = "delivery_counts"

    push_id: Mapped[int] = mapped_column(ForeignKey("pushes.id", ondelete="CASCADE"), primary_key=True)
    status: Mapped[str] = mapped_column(String(12), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, nullable=False)


# --- youth voice (MNR capability 14): lesson ratings, series questions, polls, share links ---------------------
# Every row here is personal and goes with the person (ON DELETE CASCADE): /forget leaves none behind, while the
# pseudonymous events (relabelled by /forget) keep the counts. No free text is ever stored: only option ids.


class LessonRating(Base):
    """One rating per person and lesson (helpful | unsure | not_helpful); tapping another changes it."""

    __tablename__ = "lesson_ratings"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    series: Mapped[str] = mapped_column(String(32), primary_key=True)
    lesson: Mapped[str] = mapped_column(String(32), primary_key=True)
    rating: Mapped[str] = mapped_column(String(12), nullable=False)
    rated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow, nullable=False)


class VoiceAnswer(Base):
    """A series' one-tap question: asked once per person and series (the row marks it asked), `option` set once
    they answer (revisable)."""

    __tablename__ = "voice_answers"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    series: Mapped[str] = mapped_column(String(32), primary_key=True)
    question: Mapped[str] = mapped_column(String(32), nullable=False)
    option: Mapped[str | None] = mapped_column(String(32))
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class PollAnswer(Base):
    """One answer per person and poll, revisable while the poll is open."""

    __tablename__ = "poll_answers"
    __table_args__ = (Index("ix_poll_answers_poll", "poll"),)

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    poll: Mapped[str] = mapped_column(String(32), primary_key=True)
    option: Mapped[str] = mapped_column(String(32), nullable=False)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow, nullable=False)


class PollAnnouncement(Base):
    """Who was told about an open poll through the outbox, so that each person hears of it once."""

    __tablename__ = "poll_announcements"

    poll: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    announced_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)


class ShareCode(Base):
    """A person's "share with a friend" link (?start=f_<code>) and how many friends joined through it: a number
    only, never who."""

    __tablename__ = "share_codes"

    code: Mapped[str] = mapped_column(String(24), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), unique=True, nullable=False)
    joins: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)


class ShareReferral(Base):
    """A newcomer who opened a share link, only until they finish onboarding: then the sharer's count goes up and
    this row is deleted, so no lasting record says who brought whom. Gone with either person."""

    __tablename__ = "share_referrals"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(ForeignKey("share_codes.code", ondelete="CASCADE"), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)


class ApiToken(Base):
    """A bearer token for the staff HTTP API. Only the SHA-256 of the token is kept; it is shown once."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ReachDay(Base):
    """Daily rollup of the events tagged with an MNR capability: one row per person, day and dimensions.

    `person` is the id of the person's first event, not their pseudonym: /forget relabels events, and this
    table then points at nothing that leads back to the person (see bot/services/stats.py)."""

    __tablename__ = "reach_daily"
    __table_args__ = (Index("ix_reach_daily_day", "day"), Index("ix_reach_daily_person", "person", "day"))

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    week: Mapped[date] = mapped_column(Date, nullable=False)  # the Monday
    month: Mapped[date] = mapped_column(Date, nullable=False)  # the 1st
    person: Mapped[int] = mapped_column(BigInteger, nullable=False)
    capability: Mapped[int | None] = mapped_column(Integer)
    audience: Mapped[str | None] = mapped_column(String(16))
    age_band: Mapped[str | None] = mapped_column(String(8))
    country: Mapped[str | None] = mapped_column(String(2))
    locale: Mapped[str | None] = mapped_column(String(8))
    series: Mapped[str | None] = mapped_column(String(32))
    cohort_id: Mapped[int | None] = mapped_column(Integer)
    cards: Mapped[int] = mapped_column(Integer, nullable=False)
    lessons: Mapped[int] = mapped_column(Integer, nullable=False)
    series_done: Mapped[int] = mapped_column(Integer, nullable=False)
    quizzes: Mapped[int] = mapped_column(Integer, nullable=False)
    correct: Mapped[int] = mapped_column(Integer, nullable=False)


class ReachFirst(Base):
    """Rollup of reach over whole histories (bot/services/stats.py, "Reach from first days"): how many people did
    something counted by `metric` for the first time on `day` with `value` of `dimension` ("all": any values;
    value None), and for quiz_answers and correct, the day's totals. Rows of grain "m" and "y" sum a whole month or
    year (`day` is its first day). No person is named here."""

    __tablename__ = "reach_firsts"
    __table_args__ = (Index("ix_reach_firsts_scope", "dimension", "grain", "day"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    grain: Mapped[str] = mapped_column(String(1), nullable=False)  # d, m or y
    day: Mapped[date] = mapped_column(Date, nullable=False)
    dimension: Mapped[str] = mapped_column(String(16), nullable=False)
    value: Mapped[str | None] = mapped_column(String(32))
    metric: Mapped[str] = mapped_column(String(16), nullable=False)
    people: Mapped[int] = mapped_column(BigInteger, nullable=False)


class FunnelDay(Base):
    """Rollup of the lesson funnel (bot/services/stats.py, "The funnel rollup"): how many people reached a step
    (series, step) with the same dimension values on `day`, split by the day they last did so before (`prev_day`,
    None for the first time). Rows of grain "m" and "y" hold the first times of a whole month or year (`day` is its
    first day), so a long period is read as a few sums. `overall` rows ignore the dimensions (all None), for a
    funnel without filters; rows with a `dimension` keep only that one, for a filter on one value of it. No person
    is named here."""

    __tablename__ = "funnel_daily"
    __table_args__ = (
        Index("ix_funnel_daily_scope", "overall", "dimension", "grain", "day"),
        # The funnel's reads, from the index alone on PostgreSQL (migration 0017; its INCLUDE columns are in
        # POSTGRESQL_INDEX_OPTIONS).
        Index("ix_funnel_daily_value", "overall", "dimension", "value", "grain", "day", "prev_day"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    grain: Mapped[str] = mapped_column(String(1), nullable=False)  # d, m or y
    day: Mapped[date] = mapped_column(Date, nullable=False)
    prev_day: Mapped[date | None] = mapped_column(Date)
    overall: Mapped[bool] = mapped_column(Boolean, nullable=False)
    dimension: Mapped[str | None] = mapped_column(String(16))  # rows keeping only this dimension (else None)
    value: Mapped[str | None] = mapped_column(String(32))  # and its value, as text (else None)
    series: Mapped[str] = mapped_column(String(32), nullable=False)
    step: Mapped[str] = mapped_column(String(40), nullable=False)  # started, lesson:<id>, completed
    capability: Mapped[int | None] = mapped_column(Integer)
    audience: Mapped[str | None] = mapped_column(String(16))
    age_band: Mapped[str | None] = mapped_column(String(8))
    country: Mapped[str | None] = mapped_column(String(2))
    locale: Mapped[str | None] = mapped_column(String(8))
    cohort_id: Mapped[int | None] = mapped_column(Integer)
    people: Mapped[int] = mapped_column(Integer, nullable=False)


class FunnelMixed(Base):
    """The steps of the people who took one step with different dimension values (they moved country, joined a
    cohort, ...): one row per person, day and values, so a filtered funnel counts them once. `person` is the id of
    their first event, as in `reach_daily`."""

    __tablename__ = "funnel_mixed"
    __table_args__ = (Index("ix_funnel_mixed_person", "person"), Index("ix_funnel_mixed_day", "day"))

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    person: Mapped[int] = mapped_column(BigInteger, nullable=False)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    series: Mapped[str] = mapped_column(String(32), nullable=False)
    step: Mapped[str] = mapped_column(String(40), nullable=False)
    capability: Mapped[int | None] = mapped_column(Integer)
    audience: Mapped[str | None] = mapped_column(String(16))
    age_band: Mapped[str | None] = mapped_column(String(8))
    country: Mapped[str | None] = mapped_column(String(2))
    locale: Mapped[str | None] = mapped_column(String(8))
    cohort_id: Mapped[int | None] = mapped_column(Integer)


class AnswerDelta(Base):
    """A change to the answer counts not yet folded into `answer_counts`: +1 or -1 for one answer (quiz, lesson
    rating, series question, poll) with the answerer's profile and cohort, written by database triggers (migration
    0016) and folded by bot/services/answer_counts.py. `day` is None for what is counted without a period."""

    __tablename__ = "answer_deltas"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)  # quiz | rating | voice | poll
    item: Mapped[str] = mapped_column(String(32), nullable=False)  # series, or the poll
    part: Mapped[str] = mapped_column(String(32), nullable=False)  # lesson, question, or ""
    sub: Mapped[str] = mapped_column(String(32), nullable=False)  # quiz, or ""
    option: Mapped[str] = mapped_column(String(32), nullable=False)
    day: Mapped[date | None] = mapped_column(Date)
    audience: Mapped[str | None] = mapped_column(String(16))
    age_band: Mapped[str | None] = mapped_column(String(8))
    country: Mapped[str | None] = mapped_column(String(2))
    locale: Mapped[str | None] = mapped_column(String(8))
    cohort_id: Mapped[int | None] = mapped_column(Integer)
    change: Mapped[int] = mapped_column(Integer, nullable=False)


class AnswerCount(Base):
    """How many people's answers have each option, per item, period bucket and profile: grain "d", "m" or "y" for
    the day, month or year starting at `day` (each answer is in all three), "t" (day 2000-01-01) for polls and
    series questions, which have no period. `overall` rows ignore the profile (all ""/0), for requests without
    filters; the others hold the profile, with "" and 0 for none. No person is named here."""

    __tablename__ = "answer_counts"
    __table_args__ = (
        Index("ux_answer_counts_key", "kind", "overall", "grain", "day", "item", "part", "sub", "option", "audience",
              "age_band", "country", "locale", "cohort_id", unique=True),
        Index("ix_answer_counts_empty", "id", sqlite_where=text("people = 0")),  # and POSTGRESQL_INDEX_OPTIONS
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)
    item: Mapped[str] = mapped_column(String(32), nullable=False)
    part: Mapped[str] = mapped_column(String(32), nullable=False)
    sub: Mapped[str] = mapped_column(String(32), nullable=False)
    option: Mapped[str] = mapped_column(String(32), nullable=False)
    grain: Mapped[str] = mapped_column(String(1), nullable=False)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    overall: Mapped[bool] = mapped_column(Boolean, nullable=False)
    audience: Mapped[str] = mapped_column(String(16), nullable=False)
    age_band: Mapped[str] = mapped_column(String(8), nullable=False)
    country: Mapped[str] = mapped_column(String(2), nullable=False)
    locale: Mapped[str] = mapped_column(String(8), nullable=False)
    cohort_id: Mapped[int] = mapped_column(Integer, nullable=False)
    people: Mapped[int] = mapped_column(Integer, nullable=False)


class CounterDelta(Base):
    """A change to `counters` not yet folded in, written by database triggers (migration 0016): +1 or -1 for a
    delivery of push `owner` entering or leaving status `name` (counter "push"), or a member joining or leaving
    cohort `owner` (counter "cohort", name "members"). Folded by bot/services/counters.py."""

    __tablename__ = "counter_deltas"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    counter: Mapped[str] = mapped_column(String(8), nullable=False)
    owner: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String(16), nullable=False)
    change: Mapped[int] = mapped_column(Integer, nullable=False)


class Counter(Base):
    """How many deliveries each push has in each status, and members each cohort has (see CounterDelta)."""

    __tablename__ = "counters"
    __table_args__ = (Index("ux_counters_key", "counter", "owner", "name", unique=True),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    counter: Mapped[str] = mapped_column(String(8), nullable=False)
    owner: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String(16), nullable=False)
    value: Mapped[int] = mapped_column(Integer, nullable=False)


class StatsState(Base):
    """One row (id 1): the rollup is final for days before `final_before`; later days are rebuilt on refresh."""

    __tablename__ = "stats_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    final_before: Mapped[date | None] = mapped_column(Date)
    refreshed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ProcessedUpdate(Base):
    """Update ids already taken in by some replica: Telegram re-sends after a timeout, we process once."""

    __tablename__ = "processed_updates"
    __table_args__ = (Index("ix_processed_updates_received_at", "received_at"),)

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)


class ImageUpload(Base):
    """Telegram's file_id for a lesson illustration, so it is uploaded once: keyed by the image's name and the
    hash of its SVG (a changed picture is a new upload). Not about any person."""

    __tablename__ = "image_uploads"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    file_id: Mapped[str] = mapped_column(String(255), nullable=False)
    uploaded_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)


# --- the staff web dashboard -------------------------------------------------------------------------------------
# Staff sign in from the chat: /dashboard gives a one-time link; redeeming it opens a browser session. Only SHA-256
# hashes of the link tokens and session ids are kept (like API tokens). Rows name the staff member by Telegram id,
# because ADMIN_IDS may have no users row; /forget deletes them (bot/services/privacy.py).


class DashboardLink(Base):
    """A one-time sign-in link: usable once (used_at), until expires_at."""

    __tablename__ = "dashboard_links"
    __table_args__ = (Index("ix_dashboard_links_telegram_id", "telegram_id"),)

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    locale: Mapped[str] = mapped_column(String(8), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class DashboardSession(Base):
    """A signed-in browser. The staff role is checked again on every request; signing out deletes the row."""

    __tablename__ = "dashboard_sessions"
    __table_args__ = (Index("ix_dashboard_sessions_telegram_id", "telegram_id"),)

    session_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    locale: Mapped[str] = mapped_column(String(8), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
