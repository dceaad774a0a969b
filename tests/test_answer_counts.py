"""The answer counts (bot/services/answer_counts.py) equal the per-person tables counted directly, on generated
data, for every kind, period and filter: with deltas pending and folded, through revised answers, profile and
cohort changes, answers deleted, /forget and retention (SQLite and PostgreSQL)."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, text

from bot.content.series import QuizStep
from bot.services.answer_counts import counted, fold
from bot.services.privacy import forget
from bot.services.retention import Retention, RetentionPolicy
from bot.services.stats import EARLIEST, LATEST, Period
from bot.services.stats_items import lesson_ratings, poll_results, quiz_questions, raw_counts, series_questions
from bot.store.db import Store
from bot.store.models import (
    AnswerCount,
    AnswerDelta,
    LessonProgress,
    LessonRating,
    PollAnswer,
    QuizAnswer,
    User,
    VoiceAnswer,
)
from tests.test_api_stats import runtime_for

START = datetime(2025, 11, 20, tzinfo=UTC)  # the answers cross a year and several months
END = datetime(2026, 3, 25, tzinfo=UTC)
COUNTRIES = {"KE": "en", "RO": "fr", "GT": "es"}
PERIODS = [Period(EARLIEST, LATEST), Period(date(2026, 1, 1), date(2026, 1, 31)),
           Period(date(2025, 12, 31), date(2026, 1, 1)), Period(date(2026, 2, 10), date(2026, 2, 10)),
           Period(date(2025, 11, 1), date(2026, 2, 28)), Period(date(2025, 12, 15), date(2026, 3, 14)),
           Period.last(30, END.date()), Period(date(2027, 1, 1), date(2027, 12, 31))]
PROFILE_FILTERS: list[dict[str, tuple[Any, ...]]] = [
    {}, {"country": ("KE",)}, {"country": ("KE", "RO")}, {"audience": ("youth",), "country": ("RO",)},
    {"age_band": ("13-15",)}, {"locale": ("fr",)}, {"audience": ("caregiver", "professional")},
]


class World:
    """Generated people and their answers; every write goes through the ORM or plain SQL, as the bot's do."""

    def __init__(self, store: Store, seed: int) -> None:
        rt = runtime_for(store)
        self.store, self.rt, self.rng = store, rt, random.Random(seed)
        self.series = [s for s in rt.catalog.series.values() if any(isinstance(step, QuizStep)
                                                                     for lesson in s.lessons for step in lesson.steps)]
        self.polls = list(rt.catalog.polls.values())
        self.next_id = 1
        self.filters = [*PROFILE_FILTERS, {"cohort": (1,)}, {"cohort": (1, 2), "country": ("KE",)},
                        {"series": (self.series[0].id,)}, {"series": (self.series[0].id,), "audience": ("youth",)}]

    def moment(self) -> datetime:
        return START + timedelta(seconds=self.rng.randrange(int((END - START).total_seconds())))

    def profile(self) -> dict[str, Any]:
        audience = self.rng.choice(("youth", "youth", "caregiver", "professional"))
        country = self.rng.choice(list(COUNTRIES))
        return {"audience": audience, "age_band": self.rng.choice(("13-15", "16-17")) if audience == "youth" else None,
                "country": self.rng.choice((country, country, None)), "locale": COUNTRIES[country]}

    async def add_people(self, count: int) -> None:
        async with self.store.transaction() as session:
            for _ in range(count):
                user = User(telegram_id=10_000 + self.next_id, last_seen=END.date(), **self.profile())
                self.next_id += 1
                session.add(user)
                await session.flush()
                for series in self.rng.sample(self.series, k=min(len(self.series), self.rng.randint(1, 2))):
                    await self.answer_series(session, user, series)
                for poll in self.polls:
                    if self.rng.random() < 0.5:
                        session.add(PollAnswer(user_id=user.id, poll=poll.id, option=self.rng.choice(poll.options)))

    async def answer_series(self, session: Any, user: User, series: Any) -> None:
        if self.rng.random() < 0.8:  # else: answers with no progress row (no cohort), as after a content change
            session.add(LessonProgress(user_id=user.id, series=series.id,
                                       cohort_id=self.rng.choice((None, None, 1, 2))))
        for lesson in series.lessons:
            for step in lesson.steps:
                if isinstance(step, QuizStep) and self.rng.random() < 0.6:
                    session.add(QuizAnswer(user_id=user.id, series=series.id, lesson=lesson.id, quiz=step.quiz,
                                           option=self.rng.choice(step.options), correct=False,
                                           answered_at=self.moment()))
            if self.rng.random() < 0.5:
                session.add(LessonRating(user_id=user.id, series=series.id, lesson=lesson.id,
                                         rating=self.rng.choice(("helpful", "unsure", "not_helpful")),
                                         rated_at=self.moment()))
        question = series.voice_question
        if question is not None and self.rng.random() < 0.7:
            option = self.rng.choice([None, *question.options])  # None: asked, not answered
            session.add(VoiceAnswer(user_id=user.id, series=series.id, question=question.id, option=option,
                                    answered_at=self.moment() if option else None))
        await session.flush()

    async def change_things(self) -> None:
        """Revisions, profile and cohort changes, answers deleted, more answers from people already here."""
        rng = self.rng
        async with self.store.transaction() as session:
            for rating in (await session.scalars(select(LessonRating))).all():
                if rng.random() < 0.3:
                    rating.rating = rng.choice(("helpful", "unsure", "not_helpful"))
            for answer in (await session.scalars(select(PollAnswer))).all():
                if rng.random() < 0.3:
                    answer.option = rng.choice(self.rt.catalog.polls[answer.poll].options)
            for voice in (await session.scalars(select(VoiceAnswer))).all():
                if rng.random() < 0.4:
                    question = self.rt.catalog.series[voice.series].voice_question
                    assert question is not None
                    voice.option = rng.choice([*question.options, None])
            for user in (await session.scalars(select(User))).all():
                if rng.random() < 0.25:
                    for name, value in self.profile().items():
                        if rng.random() < 0.5:
                            setattr(user, name, value)
            for progress in (await session.scalars(select(LessonProgress))).all():
                roll = rng.random()
                if roll < 0.15:
                    progress.cohort_id = rng.choice((None, 1, 2, 3))
                elif roll < 0.2:
                    await session.delete(progress)
            await session.flush()
            # Answers whose person has no progress row in the series get one (joining a cohort there).
            orphans = (await session.execute(
                select(QuizAnswer.user_id, QuizAnswer.series).distinct()
                .outerjoin(LessonProgress, (LessonProgress.user_id == QuizAnswer.user_id)
                           & (LessonProgress.series == QuizAnswer.series))
                .where(LessonProgress.user_id.is_(None)))).all()
            for user_id, series in orphans[: len(orphans) // 2]:
                session.add(LessonProgress(user_id=user_id, series=series, cohort_id=rng.choice((None, 2))))
            await session.execute(delete(QuizAnswer).where(QuizAnswer.user_id % 7 == 3))
            await session.execute(delete(LessonRating).where(LessonRating.user_id % 11 == 5))
            for user in (await session.scalars(select(User).where(User.id % 5 == 0))).all():
                answered = {series for table in (QuizAnswer, LessonRating, VoiceAnswer, LessonProgress)
                            for series in await session.scalars(select(table.series).where(table.user_id == user.id))}
                fresh = [s for s in self.series if s.id not in answered]
                if fresh:
                    await self.answer_series(session, user, fresh[0])

    async def assert_same(self) -> int:
        """Every kind, period and filter: the counts equal the tables counted directly; so do the endpoints' rows
        (their suppression included). Returns how many answers were compared."""
        compared = 0
        catalog = self.rt.catalog
        async with self.store.transaction() as session:
            for filters in self.filters:
                for kind in ("quiz", "rating"):
                    for period in PERIODS:
                        raw = await raw_counts(session, kind, period, filters)
                        assert await counted(session, kind, period, filters) == raw, (kind, period, filters)
                        compared += sum(raw.values())
                for kind in ("voice", "poll"):
                    if kind == "poll" and filters not in PROFILE_FILTERS:
                        continue  # polls take the profile filters only
                    raw = await raw_counts(session, kind, None, filters)
                    assert await counted(session, kind, None, filters) == raw, (kind, filters)
                    compared += sum(raw.values())
                period = PERIODS[0]
                assert (await quiz_questions(session, catalog, period, filters)
                        == await quiz_questions(session, catalog, period, filters, raw=True))
                assert (await lesson_ratings(session, catalog, period, filters)
                        == await lesson_ratings(session, catalog, period, filters, raw=True))
                assert (await series_questions(session, catalog, filters)
                        == await series_questions(session, catalog, filters, raw=True))
            assert await poll_results(session, catalog, {}) == await poll_results(session, catalog, {}, raw=True)
        return compared

    async def fold(self) -> None:
        async with self.store.transaction() as session:
            await fold(session, limit=None)
        async with self.store.transaction() as session:
            assert await session.scalar(select(func.count()).select_from(AnswerDelta)) == 0
            assert await session.scalar(select(func.count()).select_from(AnswerCount)
                                        .where(AnswerCount.people == 0)) == 0


async def test_answer_counts_equal_the_tables_counted_directly(store: Store) -> None:
    world = World(store, seed=19)
    await world.add_people(120)
    assert await world.assert_same() > 3000  # all pending, nothing folded yet
    await world.fold()
    assert await world.assert_same() > 3000

    await world.change_things()
    await world.assert_same()  # folded counts plus pending deltas
    await world.fold()
    await world.assert_same()
    await world.add_people(30)
    await world.change_things()
    async with store.transaction() as session:  # a batch: the oldest deltas folded, the others still pending
        assert await fold(session, limit=50) == 50
    await world.assert_same()
    await world.fold()
    await world.assert_same()

    # /forget deletes the person: their answers leave every count.
    async with store.transaction() as session:
        for user in (await session.scalars(select(User).where(User.id % 6 == 1))).all():
            await forget(session, world.rt.analytics, user)
    await world.assert_same()
    await world.fold()
    await world.assert_same()

    # Retention deletes people inactive for 30 days exactly as /forget does.
    async with store.transaction() as session:
        for user in (await session.scalars(select(User).where(User.id % 4 == 2))).all():
            user.last_seen = date(2025, 1, 1)
    report = await Retention(store, world.rt.analytics,
                             RetentionPolicy(profile_days=30, delivery_days=0, checkin_days=0)).run(END)
    assert report.profiles > 10
    await world.assert_same()
    await world.fold()
    assert await world.assert_same() > 1000

    # Everyone gone: nothing is left in the counts.
    async with store.transaction() as session:
        for user in (await session.scalars(select(User))).all():
            await forget(session, world.rt.analytics, user)
    await world.fold()
    async with store.transaction() as session:
        assert await session.scalar(select(func.count()).select_from(AnswerCount)) == 0


async def test_a_fold_with_nothing_pending_changes_nothing(store: Store) -> None:
    world = World(store, seed=3)
    await world.add_people(10)
    await world.fold()
    async with store.transaction() as session:
        before = (await session.execute(select(AnswerCount.id, AnswerCount.people).order_by(AnswerCount.id))).all()
        await fold(session)
        assert (await session.execute(select(AnswerCount.id, AnswerCount.people)
                                      .order_by(AnswerCount.id))).all() == before


async def test_every_counting_trigger_is_in_place(store: Store) -> None:
    """A later migration that rebuilds one of these tables (SQLite's batch mode copies a table to change it) would
    drop its triggers, and the counts would silently drift: this says which went missing."""
    expected = {f"{table}_{event}" for table in ("quiz_answers", "lesson_ratings", "voice_answers", "poll_answers")
                for event in ("counted", "revised", "removed")}
    expected |= {"users_profile_counted", "users_answers_removed", "lesson_progress_cohort_joined",
                 "lesson_progress_cohort_changed", "lesson_progress_cohort_left", "deliveries_counted",
                 "deliveries_moved", "deliveries_removed", "cohort_members_counted", "cohort_members_removed"}
    async with store.transaction() as session:
        if session.get_bind().dialect.name == "sqlite":
            query = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        else:
            query = ("SELECT tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                     "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace")
        found = set(await session.scalars(text(query)))
    assert expected <= found, expected - found


async def test_a_large_backlog_folds_to_the_tables_counted_directly(store: Store) -> None:
    """Many deltas per key (people alike answering alike on the same days), revisions that cancel within the
    backlog, folded in one call and then in batches that split a key's deltas: the counts equal the tables."""
    world = World(store, seed=7)
    series = world.series[0]
    lesson = next(lesson for lesson in series.lessons if any(isinstance(step, QuizStep) for step in lesson.steps))
    quiz = next(step for step in lesson.steps if isinstance(step, QuizStep))
    days = [datetime(2026, 1, 30, 9, tzinfo=UTC), datetime(2026, 1, 31, 23, tzinfo=UTC),
            datetime(2026, 2, 1, 1, tzinfo=UTC)]

    async def add_alike(count: int) -> None:
        async with store.transaction() as session:
            for n in range(count):
                user = User(telegram_id=50_000 + world.next_id, last_seen=END.date(), audience="youth",
                            age_band="13-15", country=("KE", "RO")[n % 2], locale="en")
                world.next_id += 1
                session.add(user)
                await session.flush()
                session.add(LessonProgress(user_id=user.id, series=series.id, cohort_id=(None, 1)[n % 3 == 0]))
                session.add(QuizAnswer(user_id=user.id, series=series.id, lesson=lesson.id, quiz=quiz.quiz,
                                       option=quiz.options[n % 2], correct=False, answered_at=days[n % 3]))
                session.add(LessonRating(user_id=user.id, series=series.id, lesson=lesson.id,
                                         rating=("helpful", "unsure")[n % 2], rated_at=days[n % 3]))
            await session.flush()
            ratings = (await session.scalars(select(LessonRating).where(LessonRating.user_id % 3 == 1))).all()
            for rating in ratings:  # revised and revised back: +1/-1 pairs that cancel in the backlog
                rating.rating = "not_helpful"
            await session.flush()
            for rating in ratings[::2]:
                rating.rating = "helpful"

    await add_alike(400)
    await world.fold()
    assert await world.assert_same() > 400
    async with store.transaction() as session:
        largest = await session.scalar(select(func.max(AnswerCount.people))
                                       .where(AnswerCount.grain == "d", AnswerCount.overall.is_(False)))
    assert largest is not None and largest >= 20  # many deltas were summed into one key

    await add_alike(150)
    await world.change_things()
    async with store.transaction() as session:
        while await fold(session, limit=37) == 37:
            pass
    async with store.transaction() as session:
        assert await session.scalar(select(func.count()).select_from(AnswerDelta)) == 0
    await world.assert_same()
