"""The store on SQLite and PostgreSQL: migrations, the schema, time zones, cascades, /forget, transactions."""

from __future__ import annotations

import asyncio
import re
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import MetaData, bindparam, event, func, insert, inspect, select, text, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, StatementError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import create_async_engine

from bot.services.analytics import Analytics
from bot.services.lesson_progress import Progress, save
from bot.services.privacy import forget
from bot.services.profiles import find_user, grant_role
from bot.store import db
from bot.store.db import Store, is_outage, is_unavailable
from bot.store.migration_filters import include_name
from bot.store.models import (
    POSTGRESQL_INDEX_OPTIONS,
    Base,
    Event,
    LessonProgress,
    QuizAnswer,
    Role,
    User,
    UTCDateTime,
    add_postgresql_index_options,
)
from bot.store.statements import Direct, direct
from tests.auxil.harness import wait_until
from tests.conftest import POSTGRES_URL, postgres_schema

KEY = b"store-test-pseudonym-key-0123456789"
TABLES = set(Base.metadata.tables)


@pytest.fixture
async def store(empty_store: Store) -> Store:
    await empty_store.migrate()
    return empty_store


async def _count(store: Store, model: type[Base], *where: Any) -> int:
    async with store.transaction() as session:
        return await session.scalar(select(func.count()).select_from(model).where(*where)) or 0


async def _add_user(store: Store, telegram_id: int, **fields: Any) -> User:
    async with store.transaction() as session:
        user = User(telegram_id=telegram_id, locale="en", stopped=False, inactive=False, **fields)
        session.add(user)
    return user


async def _add_learner_at_start(store: Store, telegram_id: int) -> User:
    """A person at the first step of the first lesson of "in-control"."""
    user = await _add_user(store, telegram_id)
    async with store.transaction() as session:
        session.add(LessonProgress(user_id=user.id, series="in-control", lesson_index=0, step_index=0))
    return user


# --- migrations -----------------------------------------------------------------------------------------


async def test_migrations_apply_from_empty(empty_store: Store) -> None:
    async with empty_store.engine.connect() as connection:
        before = await connection.run_sync(lambda c: set(inspect(c).get_table_names()))
    assert not before & TABLES
    assert await empty_store.pending_migrations() is True

    await empty_store.migrate()

    assert await empty_store.pending_migrations() is False
    async with empty_store.engine.connect() as connection:
        after = await connection.run_sync(lambda c: set(inspect(c).get_table_names()))
    assert after >= TABLES >= {"users", "roles", "events", "lesson_progress", "quiz_answers"}
    assert "alembic_version" in after


async def test_migrating_twice_changes_nothing(store: Store) -> None:
    await _add_user(store, 1)
    await store.migrate()
    assert await store.pending_migrations() is False
    assert await _count(store, User) == 1


def _schema_differences(connection: Connection) -> list[Any]:
    context = MigrationContext.configure(connection, opts={"compare_type": True, "include_name": include_name})
    return list(compare_metadata(context, Base.metadata))


async def test_migrated_schema_matches_the_models(store: Store) -> None:
    async with store.engine.connect() as connection:
        differences = await connection.run_sync(_schema_differences)
    assert differences == []


async def test_schema_comparison_sees_a_missing_table(empty_store: Store) -> None:
    """The comparison above is not vacuous: on an empty database it reports every table as missing."""
    async with empty_store.engine.connect() as connection:
        differences = await connection.run_sync(_schema_differences)
    added = {diff[1].name for diff in differences if isinstance(diff, tuple) and diff[0] == "add_table"}
    assert added == TABLES


# The partial and covering indexes as each database reports them: name -> (predicate, INCLUDE columns).
_PG_SPECIAL_INDEXES = """
SELECT c.relname,
       pg_get_expr(i.indpred, i.indrelid),
       ARRAY(SELECT a.attname FROM pg_attribute a
             WHERE a.attrelid = i.indexrelid AND a.attnum > i.indnkeyatts ORDER BY a.attnum)
FROM pg_index i
JOIN pg_class c ON c.oid = i.indexrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = current_schema() AND (i.indpred IS NOT NULL OR i.indnatts > i.indnkeyatts)
"""


def _predicate(sql: str) -> str:
    """A predicate without PostgreSQL's casts and parentheses: ((status)::text = 'pending'::text) -> status =
    'pending'."""
    return " ".join(re.sub(r"::[a-z ]+?(?=\)|$| )|[()]", "", sql).split())


async def _special_indexes(store: Store) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    async with store.engine.connect() as connection:
        if store.engine.dialect.name == "postgresql":
            rows = (await connection.execute(text(_PG_SPECIAL_INDEXES))).all()
            return {name: (_predicate(where) if where else None, tuple(include)) for name, where, include in rows}
        rows = (await connection.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql LIKE '% WHERE %'"))).all()
        return {name: (_predicate(sql.split(" WHERE ", 1)[1]), ()) for name, sql in rows}


def _declared_special_indexes(dialect: str) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    metadata = MetaData()
    for table in Base.metadata.tables.values():
        table.to_metadata(metadata)
    if dialect == "postgresql":
        add_postgresql_index_options(metadata)
    declared = {}
    for table in metadata.tables.values():
        for index in table.indexes:
            options = index.dialect_kwargs
            where = options.get(f"{dialect}_where")
            include = tuple(options.get("postgresql_include") or ()) if dialect == "postgresql" else ()
            if where is not None or include:
                declared[index.name] = (_predicate(str(where)) if where is not None else None, include)
    return declared


async def test_partial_and_covering_indexes_are_the_ones_the_models_declare(store: Store) -> None:
    """The models declare PostgreSQL's index options apart (POSTGRESQL_INDEX_OPTIONS, so that a bot on SQLite does
    not import PostgreSQL's dialect), which the schema comparison above does not look at: the migrated database must
    have exactly the partial and covering indexes the models declare, with the same predicates and INCLUDE
    columns."""
    dialect = store.engine.dialect.name
    found = await _special_indexes(store)
    assert found == _declared_special_indexes(dialect)
    expected_where = {"ix_deliveries_pending_due": "status = 'pending'", "ix_answer_counts_empty": "people = 0"}
    assert {name: where for name, (where, _) in found.items() if where} == expected_where
    if dialect == "postgresql":
        assert found["ix_funnel_daily_value"] == (None, ("series", "step", "people"))


def test_the_models_keep_postgresql_index_options_apart() -> None:
    """Every name in POSTGRESQL_INDEX_OPTIONS is an index of the models (a renamed index would leave its options
    unused), and defining the models does not import PostgreSQL's dialect (a fresh process: Alembic's environment
    adds the options to the models once it has migrated a PostgreSQL database)."""
    indexes = {index.name for table in Base.metadata.tables.values() for index in table.indexes}
    assert set(POSTGRESQL_INDEX_OPTIONS) <= indexes
    script = "import sys, bot.store.models; print('sqlalchemy.dialects.postgresql' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "False"


# --- UTCDateTime ----------------------------------------------------------------------------------------


async def test_aware_datetimes_round_trip_as_utc(store: Store) -> None:
    plus_two = timezone(timedelta(hours=2))
    consent = datetime(2025, 3, 30, 1, 30, 15, 123456, tzinfo=plus_two)
    created = datetime(2024, 12, 31, 23, 59, 59, tzinfo=UTC)
    await _add_user(store, 42, consent_at=consent, created_at=created)

    async with store.transaction() as session:
        user = await find_user(session, 42)
        assert user is not None
        assert user.consent_at == consent  # the same instant
        assert user.consent_at.utcoffset() == timedelta(0)
        assert user.consent_at.hour == 23 and user.consent_at.day == 29  # shown in UTC
        assert user.created_at == created
        assert user.created_at.tzinfo is not None
        assert user.updated_at.tzinfo is not None


async def test_naive_datetime_is_rejected(store: Store) -> None:
    with pytest.raises(StatementError) as caught:
        async with store.transaction() as session:
            session.add(User(telegram_id=43, locale="en", stopped=False, inactive=False,
                             consent_at=datetime(2025, 1, 1, 12, 0)))
    assert isinstance(caught.value.orig, ValueError)
    assert "naive" in str(caught.value.orig)
    assert await _count(store, User) == 0


def test_utc_datetime_type_directly() -> None:
    column_type = UTCDateTime()
    with pytest.raises(ValueError, match="naive"):
        column_type.process_bind_param(datetime(2025, 1, 1), None)
    aware = datetime(2025, 1, 1, 5, tzinfo=timezone(timedelta(hours=-5)))
    assert column_type.process_bind_param(aware, None) == datetime(2025, 1, 1, 10, tzinfo=UTC)
    # SQLite hands back naive values; they are UTC by construction.
    assert column_type.process_result_value(datetime(2025, 1, 1, 10), None) == datetime(2025, 1, 1, 10, tzinfo=UTC)
    assert column_type.process_bind_param(None, None) is None


# --- deleting a person ----------------------------------------------------------------------------------


async def _user_with_everything(store: Store, telegram_id: int) -> int:
    async with store.transaction() as session:
        user = User(telegram_id=telegram_id, locale="fr", stopped=False, inactive=False)
        session.add(user)
        await session.flush()
        await grant_role(session, user, "trainer")
        await grant_role(session, user, "staff")
        session.add(LessonProgress(user_id=user.id, series="in-control", lesson_index=1, step_index=2,
                                   lessons_done=1))
        session.add(QuizAnswer(user_id=user.id, series="in-control", lesson="footprint", quiz="q1",
                               option="c", correct=True))
        session.add(QuizAnswer(user_id=user.id, series="in-control", lesson="footprint", quiz="q2",
                               option="a", correct=False))
        return user.id


async def test_deleting_a_user_cascades(store: Store) -> None:
    gone = await _user_with_everything(store, 500)
    kept = await _user_with_everything(store, 501)
    for model in (Role, LessonProgress, QuizAnswer):
        assert await _count(store, model, model.user_id == gone) > 0

    async with store.transaction() as session:
        user = await find_user(session, 500)
        assert user is not None
        await session.delete(user)

    assert await _count(store, User, User.id == gone) == 0
    assert await _count(store, Role, Role.user_id == gone) == 0
    assert await _count(store, LessonProgress, LessonProgress.user_id == gone) == 0
    assert await _count(store, QuizAnswer, QuizAnswer.user_id == gone) == 0
    # The other person keeps everything.
    assert await _count(store, Role, Role.user_id == kept) == 2
    assert await _count(store, LessonProgress, LessonProgress.user_id == kept) == 1
    assert await _count(store, QuizAnswer, QuizAnswer.user_id == kept) == 2


# --- /forget --------------------------------------------------------------------------------------------


async def test_forget_deletes_the_person_and_unlinks_their_events(store: Store) -> None:
    analytics = Analytics(KEY)
    await _user_with_everything(store, 600)
    async with store.transaction() as session:
        other = User(telegram_id=601, locale="en", stopped=False, inactive=False, audience="caregiver")
        session.add(other)
        user = await find_user(session, 600)
        assert user is not None
        user.audience, user.age_band, user.country = "youth", "13-15", "KE"
        for kind in ("onboarded", "lesson_started", "card_viewed", "quiz_answered"):
            analytics.record(session, user, kind, series="in-control")
        for kind in ("onboarded", "lesson_started"):
            analytics.record(session, other, kind)

    old = analytics.pseudonym(600)
    other_pseudonym = analytics.pseudonym(601)
    total_before = await _count(store, Event)
    started_before = await _count(store, Event, Event.kind == "lesson_started")
    youth_before = await _count(store, Event, Event.audience == "youth", Event.country == "KE")
    assert (total_before, started_before, youth_before) == (6, 2, 4)

    async with store.transaction() as session:
        user = await find_user(session, 600)
        assert user is not None
        relabelled = await forget(session, analytics, user)
    assert relabelled == 4

    async with store.transaction() as session:
        assert await find_user(session, 600) is None
        assert await find_user(session, 601) is not None
        labels = set(await session.scalars(select(Event.pseudonym).where(Event.audience == "youth")))
    assert await _count(store, Event, Event.pseudonym == old) == 0
    # Still counted: the same number of events, of each kind, with the same dimensions.
    assert await _count(store, Event) == total_before
    assert await _count(store, Event, Event.kind == "lesson_started") == started_before
    assert await _count(store, Event, Event.audience == "youth", Event.country == "KE") == youth_before
    assert len(labels) == 1
    new_label = labels.pop()
    assert new_label not in (old, other_pseudonym)
    assert len(new_label) == len(old)
    # Someone else's events are untouched.
    assert await _count(store, Event, Event.pseudonym == other_pseudonym) == 2
    # Cascaded rows went with the person.
    assert await _count(store, Role) == 0
    assert await _count(store, QuizAnswer) == 0


async def test_forget_twice_for_a_returning_person_uses_a_new_label(store: Store) -> None:
    analytics = Analytics(KEY)
    labels: list[str] = []
    for _ in range(2):
        async with store.transaction() as session:
            user = User(telegram_id=700, locale="en", stopped=False, inactive=False)
            session.add(user)
            await session.flush()
            analytics.record(session, user, "onboarded")
            await session.flush()
            assert await forget(session, analytics, user) == 1
        async with store.transaction() as session:
            labels = sorted(set(await session.scalars(select(Event.pseudonym))))
    assert len(labels) == 2  # two separate unlinkable labels, not one that ties the visits together
    assert analytics.pseudonym(700) not in labels


# --- transactions ---------------------------------------------------------------------------------------


class Boom(Exception):
    pass


async def test_a_failing_transaction_writes_nothing(store: Store) -> None:
    analytics = Analytics(KEY)
    await _add_user(store, 800)
    with pytest.raises(Boom):
        async with store.transaction() as session:
            user = User(telegram_id=801, locale="es", stopped=False, inactive=False)
            session.add(user)
            await session.flush()  # really sent to the database before the failure
            analytics.record(session, user, "onboarded")
            session.add(LessonProgress(user_id=user.id, series="in-control", lesson_index=0, step_index=0,
                                       lessons_done=0))
            existing = await find_user(session, 800)
            assert existing is not None
            existing.locale = "ar"
            await session.flush()
            raise Boom
    assert await _count(store, User) == 1
    assert await _count(store, Event) == 0
    assert await _count(store, LessonProgress) == 0
    async with store.transaction() as session:
        existing = await find_user(session, 800)
        assert existing is not None
        assert existing.locale == "en"


async def test_a_constraint_violation_rolls_back_earlier_writes(store: Store) -> None:
    await _add_user(store, 900)
    with pytest.raises(IntegrityError):
        async with store.transaction() as session:
            session.add(User(telegram_id=901, locale="en", stopped=False, inactive=False))
            await session.flush()
            session.add(User(telegram_id=900, locale="en", stopped=False, inactive=False))  # duplicate
            await session.flush()
    async with store.transaction() as session:
        ids = set(await session.scalars(select(User.telegram_id)))
    assert ids == {900}


async def test_a_lesson_write_is_all_or_nothing_without_a_transaction_around_it(store: Store) -> None:
    """A tap's write (progress, first answer, events) in a `statements()` unit of work: on PostgreSQL one statement
    in autocommit, atomic by itself; on SQLite sent with the commit. A duplicate answer fails it whole: neither the
    progress nor the events are written."""
    analytics = Analytics(KEY)
    user = await _add_user(store, 950, audience="youth")
    async with store.transaction() as session:
        session.add(QuizAnswer(user_id=user.id, series="in-control", lesson="l1", quiz="q1", option="a",
                               correct=True))
    row = Progress(user.id, "in-control", stored=False)
    row.quiz_answer = {"user_id": user.id, "series": "in-control", "lesson": "l1", "quiz": "q1", "option": "b",
                       "correct": False}
    row.events = [analytics.values(user, "quiz_answered", series="in-control"),
                  analytics.values(user, "card_viewed", series="in-control")]
    with pytest.raises(IntegrityError):
        async with store.statements() as unit:
            await save(unit, row)
    assert await _count(store, LessonProgress) == 0
    assert await _count(store, Event) == 0
    row = Progress(user.id, "in-control", stored=False, events=[analytics.values(user, "lesson_started")])
    async with store.statements() as unit:
        await save(unit, row)
    assert await _count(store, LessonProgress) == 1
    assert await _count(store, Event, Event.kind == "lesson_started", Event.audience == "youth") == 1


async def test_statements_commit_each_statement_on_postgres_only(store: Store) -> None:
    """statements(): on PostgreSQL a write is visible to others at once (autocommit, no BEGIN/COMMIT around it);
    on SQLite it is written with the unit's commit, in its turn."""
    user = await _add_user(store, 960)
    async with store.statements() as unit:
        await unit.execute(update(User).where(User.id == user.id).values(locale="ar"))
        seen_outside = await _other_connection_reads_locale(store, user.id)
    assert seen_outside == ("ar" if store.engine.dialect.name == "postgresql" else "en")
    assert await _other_connection_reads_locale(store, user.id) == "ar"


async def test_a_unit_without_a_transaction_leaves_its_connection_to_transactions_as_it_found_it() -> None:
    """A PostgreSQL unit does not switch its connection to autocommit up front (asyncpg runs direct statements in
    autocommit anyway); a statement through SQLAlchemy switches it first, and the pool sets it back: the same
    connection then serves a transaction that is all or nothing again. Direct and SQLAlchemy statements mixed in
    one unit are each committed at once."""
    if not POSTGRES_URL:
        pytest.skip("TEST_POSTGRES_URL is not set (CI sets it)")
    async with postgres_schema() as (url, options):
        store = Store(url, pool_size=1, max_overflow=0, **options)
        outside = Store(url, **options)  # another connection, to see what is committed
        try:
            await store.migrate()
            user = await _add_user(store, 980)
            async with store.statements() as unit:
                found = await unit.scalar(_BY_TELEGRAM_ID, {"telegram_id": 980})  # direct: no BEGIN, no switch
                assert found == user.id
                assert not unit.connection.sync_connection.in_transaction()  # type: ignore[attr-defined]
                await unit.execute(update(User).where(User.id == user.id).values(locale="ar"))  # through SQLAlchemy
                assert await _other_connection_reads_locale(outside, user.id) == "ar"  # committed at once
                assert await unit.scalar(_LOCALE, {"user_id": user.id}) == "ar"  # direct again, after the switch
                backend = await unit.scalar(text("SELECT pg_backend_pid()"))
            with pytest.raises(RuntimeError):
                async with store.transaction() as session:
                    assert await session.scalar(text("SELECT pg_backend_pid()")) == backend  # the same connection
                    await session.execute(update(User).where(User.id == user.id).values(locale="fr"))
                    raise RuntimeError("the action fails")
            assert await _other_connection_reads_locale(outside, user.id) == "ar"  # rolled back: a transaction again
        finally:
            await store.close()
            await outside.close()


_LOCALE = direct(select(User.locale).where(User.id == bindparam("user_id")))


async def test_a_tap_statement_goes_through_sqlalchemy_when_its_compiled_form_cannot_be_read(
        store: Store, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """If a SQLAlchemy release changes the compiled internals `Direct` reads, a tap's statement still runs, once,
    through SQLAlchemy (and the cause is logged), instead of failing every tap."""
    user = await _add_user(store, 975)

    def changed_internals(self: Direct, statement: Any, dialect: Any) -> None:
        raise AttributeError("_bind_processors")

    monkeypatch.setattr(Direct, "__init__", changed_internals)
    read = direct(select(User.locale).where(User.id == bindparam("user_id")))
    executed: list[str] = []

    def after(*args: Any) -> None:
        executed.append(args[2])

    event.listen(Engine, "after_cursor_execute", after)
    try:
        async with store.statements() as unit:
            rows = await unit.execute(read, {"user_id": user.id})
    finally:
        event.remove(Engine, "after_cursor_execute", after)
    assert [tuple(row) for row in rows] == [("en",)]
    assert len(executed) == 1
    assert ("cannot go straight to asyncpg" in caplog.text) == (store.engine.dialect.name == "postgresql")


async def _other_connection_reads_locale(store: Store, user_id: int) -> str | None:
    async with store.engine.connect() as connection:
        return await connection.scalar(select(User.locale).where(User.id == user_id))


async def test_a_tap_statement_goes_straight_to_asyncpg_on_postgres_with_sqlalchemy_conversions(store: Store) -> None:
    """A statement marked `direct` (a tap's) is sent by a PostgreSQL unit without SQLAlchemy's execution, yet with
    its conversions (aware UTC datetimes back, naive ones refused) and its errors (IntegrityError); listeners of
    before_cursor_execute still see it. On SQLite it runs as any statement."""
    user = await _add_user(store, 970)
    finished = datetime(2026, 3, 1, 12, 30, tzinfo=timezone(timedelta(hours=3)))
    read = direct(select(LessonProgress.completed_at, LessonProgress.lesson_index)
                  .where(LessonProgress.user_id == bindparam("user_id")))
    write = direct(insert(LessonProgress).values(
        user_id=bindparam("user_id"), series=bindparam("series"), lesson_index=2, step_index=0, lessons_done=0,
        completed_at=bindparam("completed_at"), started_at=bindparam("at"), updated_at=bindparam("at")))
    seen: list[str] = []
    executed: list[str] = []

    def before(*args: Any) -> None:
        seen.append(args[2])

    def after(*args: Any) -> None:
        executed.append(args[2])

    event.listen(Engine, "before_cursor_execute", before)  # every engine: on SQLite the unit has its own
    event.listen(Engine, "after_cursor_execute", after)
    try:
        async with store.statements() as unit:
            await unit.execute(write, {"user_id": user.id, "series": "in-control", "completed_at": finished,
                                       "at": finished})
            rows = await unit.execute(read, {"user_id": user.id})
    finally:
        event.remove(Engine, "before_cursor_execute", before)
        event.remove(Engine, "after_cursor_execute", after)
    assert [tuple(row) for row in rows] == [(finished, 2)]
    assert rows.first()[0].tzinfo == UTC  # type: ignore[index]
    assert len(seen) == 2
    assert len(executed) == (0 if store.engine.dialect.name == "postgresql" else 2)
    with pytest.raises(IntegrityError):  # the same row again
        async with store.statements() as unit:
            await unit.execute(write, {"user_id": user.id, "series": "in-control", "completed_at": None,
                                       "at": finished})
    with pytest.raises(StatementError):
        async with store.statements() as unit:
            await unit.execute(write, {"user_id": user.id, "series": "other", "completed_at": None,
                                       "at": datetime(2026, 3, 1)})
    assert await _count(store, LessonProgress) == 1


async def test_postgres_units_queue_for_the_pools_connections_instead_of_opening_more() -> None:
    """More units of statements() at once than the pool keeps connections (50 people tapping at once) wait for one
    of those connections, first come first served, instead of opening overflow connections that the pool closes
    again as soon as they come back."""
    if not POSTGRES_URL:
        pytest.skip("TEST_POSTGRES_URL is not set (CI sets it)")
    async with postgres_schema() as (url, options):
        store = Store(url, pool_size=2, max_overflow=10, **options)
        connects = [0]
        event.listen(store.engine.sync_engine, "connect", lambda *_: connects.__setitem__(0, connects[0] + 1))
        inside, peak, backends = [0], [0], set()

        async def unit() -> None:
            async with store.statements() as statements:
                inside[0] += 1
                peak[0] = max(peak[0], inside[0])
                backends.add(await statements.scalar(text("SELECT pg_backend_pid()")))
                inside[0] -= 1

        try:
            await asyncio.gather(*(unit() for _ in range(12)))
        finally:
            await store.close()
    assert len(backends) <= 2 and connects[0] <= 2
    assert peak[0] <= 2


async def test_a_postgres_unit_waits_for_a_connection_no_longer_than_the_timeout() -> None:
    """A unit that finds every pooled connection lent waits at most the store's timeout, then fails as a busy pool
    (try again), not as an outage: the store does not start failing fast for everyone. A unit inside another of
    the same task does not wait for the outer one's connection."""
    if not POSTGRES_URL:
        pytest.skip("TEST_POSTGRES_URL is not set (CI sets it)")
    async with postgres_schema() as (url, options):
        store = Store(url, timeout=0.5, pool_size=1, max_overflow=5, **options)
        holding, release = asyncio.Event(), asyncio.Event()

        async def hold() -> None:
            async with store.statements() as statements:
                await statements.scalar(text("SELECT 1"))
                holding.set()
                await release.wait()

        try:
            holder = asyncio.create_task(hold())
            await holding.wait()
            with pytest.raises(PoolTimeout) as caught:
                async with store.statements() as statements:
                    await statements.scalar(text("SELECT 1"))
            assert is_unavailable(caught.value) and not is_outage(caught.value)
            release.set()
            await holder
            async with store.statements() as outer:  # the breaker stayed closed
                async with store.statements() as inner:
                    assert await inner.scalar(text("SELECT 2")) == 2
                assert await outer.scalar(text("SELECT 1")) == 1
        finally:
            release.set()
            await store.close()


async def test_sqlite_transactions_take_turns_under_load(sqlite_url: str) -> None:
    """Fifty read-then-write transactions at once, as when fifty people tap at the same moment: on SQLite each
    must succeed and none may overwrite another's write (left to SQLite's busy handler, some fail with
    'database is locked' and the rest wait with growing sleeps)."""
    store = Store(sqlite_url)
    try:
        await store.migrate()
        user = await _add_learner_at_start(store, 4242)

        async def step() -> None:
            async with store.transaction() as session:
                progress = await session.get(LessonProgress, (user.id, "in-control"))
                assert progress is not None
                await asyncio.sleep(0)  # let the others start theirs in between
                progress.step_index += 1

        results = await asyncio.gather(*(step() for _ in range(50)), return_exceptions=True)
        assert [r for r in results if r is not None] == []
        async with store.transaction() as session:
            progress = await session.get(LessonProgress, (user.id, "in-control"))
            assert progress is not None and progress.step_index == 50
    finally:
        await store.close()


async def test_sqlite_statements_take_turns_with_transactions(sqlite_url: str) -> None:
    """Read-then-write units of `statements()` (on the store's SQLite connection) and ORM transactions at once, as
    when lesson taps and other actions come together: each succeeds and none overwrites another's write."""
    store = Store(sqlite_url)
    try:
        await store.migrate()
        user = await _add_learner_at_start(store, 4343)
        step_of = select(LessonProgress.step_index).where(LessonProgress.user_id == user.id)

        async def by_statements() -> None:
            async with store.statements() as unit:
                step = await unit.scalar(step_of)
                await asyncio.sleep(0)
                await unit.execute(update(LessonProgress).where(LessonProgress.user_id == user.id)
                                   .values(step_index=step + 1))

        async def by_session() -> None:
            async with store.transaction() as session:
                progress = await session.get(LessonProgress, (user.id, "in-control"))
                assert progress is not None
                await asyncio.sleep(0)
                progress.step_index += 1

        results = await asyncio.gather(*(by_statements() if n % 2 else by_session() for n in range(40)),
                                       return_exceptions=True)
        assert [r for r in results if r is not None] == []
        async with store.statements() as unit:
            assert await unit.scalar(step_of) == 40
    finally:
        await store.close()


async def test_sqlite_statements_write_nothing_when_the_unit_fails(sqlite_url: str) -> None:
    """On SQLite a `statements()` unit may write more than once (its writes go with the commit): an error after a
    write writes nothing, and the store's next unit works. (On PostgreSQL the unit is autocommit, for one write.)"""
    store = Store(sqlite_url)
    try:
        await store.migrate()
        user = await _add_user(store, 970)
        with pytest.raises(RuntimeError):
            async with store.statements() as unit:
                await unit.execute(update(User).where(User.id == user.id).values(locale="ar"))
                raise RuntimeError("the handler failed")
        async with store.statements() as unit:
            assert await unit.scalar(select(User.locale).where(User.id == user.id)) == "en"
    finally:
        await store.close()


async def test_a_sqlite_unit_waits_for_another_process_off_the_event_loop(sqlite_url: str, tmp_path: Any) -> None:
    """A unit runs on the event loop while SQLite is free; when another process holds the write lock, its work goes
    to the store's SQLite thread and waits there (the loop keeps running), then writes once the lock is free."""
    store = Store(sqlite_url, timeout=30)
    other = sqlite3.connect(tmp_path / "bot.db", isolation_level=None)
    try:
        await store.migrate()
        user = await _add_user(store, 971)
        async with store.statements() as unit:  # free: nothing handed to the thread
            await unit.execute(update(User).where(User.id == user.id).values(locale="fr"))
        thread = next(iter(store._sqlite_threads.values()))
        assert thread.handed_off == 0
        other.execute("BEGIN IMMEDIATE")  # another process takes the write lock

        async def tap() -> None:
            async with store.statements() as unit:
                await unit.execute(update(User).where(User.id == user.id).values(locale="ar"))

        waiting = asyncio.create_task(tap())
        await wait_until(lambda: thread.handed_off == 1)  # polled by the loop while the unit waits
        assert not waiting.done()
        other.execute("COMMIT")
        await asyncio.wait_for(waiting, 10)
        async with store.statements() as unit:
            assert await unit.scalar(select(User.locale).where(User.id == user.id)) == "ar"
        assert thread.handed_off == 1
    finally:
        other.close()
        await store.close()


# --- pooled PostgreSQL connections that the server closed ---------------------------------------------------


async def _backend_pid(store: Store) -> int:
    async with store.transaction() as session:
        return int(await session.scalar(text("SELECT pg_backend_pid()")) or 0)


async def _terminate(pid: int) -> None:
    assert POSTGRES_URL
    admin = create_async_engine(POSTGRES_URL)
    try:
        async with admin.begin() as connection:
            assert await connection.scalar(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    finally:
        await admin.dispose()


@pytest.mark.parametrize("idle_ping", [True, False], ids=["idle-connection-pinged", "in-steady-use"])
async def test_a_connection_the_server_closed_is_replaced_once_idle(
    monkeypatch: pytest.MonkeyPatch, idle_ping: bool
) -> None:
    """No ping on every checkout (a round trip per tap); a connection idle for PING_AFTER_IDLE is pinged and, dead,
    replaced without anyone noticing. One in steady use is not pinged: its transaction fails as an outage (the
    person is asked to try again) and the pool drops it, so the next connection works."""
    if not POSTGRES_URL:
        pytest.skip("TEST_POSTGRES_URL is not set (CI sets it)")
    monkeypatch.setattr(db, "PING_AFTER_IDLE", 0.0 if idle_ping else 3600.0)
    async with postgres_schema() as (url, options):
        store = Store(url, **options)
        try:
            pid = await _backend_pid(store)
            await _terminate(pid)
            if idle_ping:
                assert await _backend_pid(store) != pid  # a fresh connection, and no error
            else:
                with pytest.raises(DBAPIError) as caught:
                    await _backend_pid(store)
                assert is_outage(caught.value)
                async with store.engine.connect() as connection:  # past the breaker (it fails fast for a second)
                    assert await connection.scalar(text("SELECT pg_backend_pid()")) != pid
        finally:
            await store.close()


_BY_TELEGRAM_ID = direct(select(User.id).where(User.telegram_id == bindparam("telegram_id")))


async def test_a_direct_statement_on_a_connection_the_server_closed_fails_as_an_outage(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A tap's statement sent straight to asyncpg on a connection the server closed fails as it does through
    SQLAlchemy: an outage (the person is asked to try again), with the pool's connections dropped, so the next
    connection is a new one."""
    if not POSTGRES_URL:
        pytest.skip("TEST_POSTGRES_URL is not set (CI sets it)")
    monkeypatch.setattr(db, "PING_AFTER_IDLE", 3600.0)
    async with postgres_schema() as (url, options):
        store = Store(url, pool_size=1, **options)
        try:
            await store.migrate()
            async with store.statements() as unit:
                pid = await unit.scalar(text("SELECT pg_backend_pid()"))
                assert await unit.scalar(_BY_TELEGRAM_ID, {"telegram_id": 1}) is None
            await _terminate(pid)
            with pytest.raises(DBAPIError) as caught:
                async with store.statements() as unit:
                    await unit.scalar(_BY_TELEGRAM_ID, {"telegram_id": 1})
            assert is_outage(caught.value)
            async with store.engine.connect() as connection:  # past the breaker (it fails fast for a second)
                assert await connection.scalar(text("SELECT pg_backend_pid()")) != pid
        finally:
            await store.close()
