"""Demo data for the dashboard's browser tests and README screenshots: a programme in six countries over the 200
days before DEMO_TODAY, with lessons, quiz answers, ratings, poll and series-question answers, two rounds of the
general pulse check-in, and cohorts with pushes. Deterministic (fixed seed); written straight into the store."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession

from bot.content.catalog import Catalog
from bot.content.series import CardStep, QuizStep
from bot.services.voice import RATING_VALUES
from bot.store.db import Store
from bot.store.models import (
    CheckinAnswer,
    CheckinRespondent,
    CheckinRound,
    Cohort,
    CohortMember,
    Delivery,
    Event,
    LessonProgress,
    LessonRating,
    PollAnswer,
    Push,
    QuizAnswer,
    User,
    VoiceAnswer,
)

DEMO_TODAY = date(2026, 11, 30)
DEMO_NOW = datetime.combine(DEMO_TODAY, time(12), tzinfo=UTC)
DAYS = 200
# country, locale, people, how far people get (0-1)
COUNTRIES = (("KE", "en", 260, 0.8), ("RO", "fr", 90, 0.6), ("GT", "es", 140, 0.7), ("BR", "pt", 180, 0.75),
             ("EG", "ar", 120, 0.65), ("ID", "en", 70, 0.5))
AUDIENCES = (("youth", "13-15", "youth_13_15", 0.45), ("youth", "16-17", "youth_16_17", 0.35),
             ("caregiver", None, "caregiver", 0.2))
# Per country and phase item of the general pulse: where professionals see their country (building ... maturity).
PHASE_LEANING = {"KE": (0.15, 0.4, 0.3, 0.15), "RO": (0.1, 0.3, 0.4, 0.2), "BR": (0.3, 0.4, 0.2, 0.1)}


def _at(day: date, rng: random.Random) -> datetime:
    return datetime.combine(day, time(rng.randrange(7, 21), rng.randrange(60)), tzinfo=UTC)


async def seed_demo(store: Store, catalog: Catalog, seed: int = 18) -> dict[str, int]:
    """Write the demo programme; returns the ids tests need (the newest check-in round)."""
    rng = random.Random(seed)
    async with store.transaction() as session:
        cohorts = [
            Cohort(code="demo-ke-9b", name="Nairobi Form 3", audience="youth_13_15", locale="en", country="KE",
                   timezone="Africa/Nairobi", created_at=DEMO_NOW - timedelta(days=70)),
            Cohort(code="demo-br-pais", name="Escola Recife, pais", audience="caregiver", locale="pt", country="BR",
                   timezone="America/Recife", created_at=DEMO_NOW - timedelta(days=50)),
            Cohort(code="demo-gt-club", name="Club Xela 16-17", audience="youth_16_17", locale="es", country="GT",
                   timezone="America/Guatemala", closed=True, created_at=DEMO_NOW - timedelta(days=90)),
        ]
        session.add_all(cohorts)
        await session.flush()
        cohort_for = {c.audience + c.country: c for c in cohorts}
        telegram_id = 500_000
        members: dict[int, list[User]] = {c.id: [] for c in cohorts}
        people: list[tuple[User, str, date, float]] = []
        for country, locale, count, reach in COUNTRIES:
            for _ in range(count):
                telegram_id += 1
                audience, age_band, key = rng.choices([(a, b, k) for a, b, k, _w in AUDIENCES],
                                                      [w for *_rest, w in AUDIENCES])[0]
                first = DEMO_TODAY - timedelta(days=rng.randrange(DAYS))
                user = User(telegram_id=telegram_id, locale=locale, audience=audience, age_band=age_band,
                            country=country, consent_at=_at(first, rng), created_at=_at(first, rng))
                people.append((user, key, first, reach))
        session.add_all([user for user, *_rest in people])
        await session.flush()  # one round trip for every id
        rows = Rows()
        for user, key, first, reach in people:
            cohort = cohort_for.get(key + str(user.country))
            if cohort is not None and rng.random() < 0.6:
                rows.add(CohortMember(cohort_id=cohort.id, user_id=user.id))
                members[cohort.id].append(user)
            _learn(rows, catalog, rng, user, key, first, reach, cohort.id if cohort else None)
        await rows.insert(session)
        newest = await _rounds(session, rng)
        for cohort in cohorts:
            await _push(session, rng, cohort, members[cohort.id])
    return {"round": newest}


class Rows:
    """Rows to write in one bulk INSERT per table (tens of thousands of events: seconds instead of a minute)."""

    def __init__(self) -> None:
        self.by_model: dict[type, list[dict[str, Any]]] = {}

    def add(self, row: Any) -> None:
        values = {k: v for k, v in vars(row).items() if not k.startswith("_")}
        self.by_model.setdefault(type(row), []).append(values)

    async def insert(self, session: AsyncSession) -> None:
        """One executemany per table and set of columns given (Core: no ORM bookkeeping per row)."""
        connection = await session.connection()
        for model, values in self.by_model.items():
            shapes: dict[frozenset[str], list[dict[str, Any]]] = {}
            for row in values:
                shapes.setdefault(frozenset(row), []).append(row)
            for rows in shapes.values():
                await connection.execute(insert(model.__table__), rows)  # type: ignore[attr-defined]


def _learn(rows: Rows, catalog: Catalog, rng: random.Random, user: User, key: str, first: date, reach: float,
           cohort_id: int | None) -> None:
    """A person's lessons as events and first quiz answers, ratings and youth-voice answers."""
    add = rows.add
    pseudonym = f"demo{user.telegram_id}"
    tags = {"pseudonym": pseudonym, "audience": user.audience, "age_band": user.age_band, "country": user.country,
            "locale": user.locale, "cohort_id": cohort_id}
    day = first
    for series in catalog.series_for(key)[:2]:
        if rng.random() > reach:
            break
        done = 0
        for lesson in series.lessons:
            when = _at(day, rng)
            base = {**tags, "capability": series.capabilities[0], "series": series.id, "lesson": lesson.id}
            add(Event(kind="lesson_started", occurred_at=when, **base))
            for index, step in enumerate(lesson.steps):
                if isinstance(step, CardStep):
                    add(Event(kind="card_viewed", occurred_at=when + timedelta(minutes=index), value=index, **base))
                elif isinstance(step, QuizStep):
                    option = _quiz_choice(rng, step, lesson.id)
                    correct = option == step.answer
                    add(Event(kind="quiz_answered", occurred_at=when + timedelta(minutes=index), value=int(correct),
                              **base))
                    add(QuizAnswer(user_id=user.id, series=series.id, lesson=lesson.id, quiz=step.quiz, option=option,
                                   correct=correct, answered_at=when + timedelta(minutes=index)))
            if rng.random() > reach + 0.1:
                break
            add(Event(kind="lesson_completed", occurred_at=when + timedelta(minutes=15), **base))
            rating = rng.choices(list(RATING_VALUES), [0.7, 0.2, 0.1])[0]
            add(LessonRating(user_id=user.id, series=series.id, lesson=lesson.id, rating=rating,
                             rated_at=when + timedelta(minutes=16)))
            add(Event(kind="lesson_rated", occurred_at=when + timedelta(minutes=16), capability=14, series=series.id,
                      lesson=lesson.id, value=RATING_VALUES[rating],
                      **tags))
            done += 1
            day = min(DEMO_TODAY, day + timedelta(days=rng.choice((0, 1, 1, 2, 3))))
        completed = done == len(series.lessons)
        add(LessonProgress(user_id=user.id, series=series.id, lesson_index=min(done, len(series.lessons) - 1),
                           lessons_done=done, cohort_id=cohort_id,
                           completed_at=_at(day, rng) if completed else None))
        if completed:
            add(Event(kind="series_completed", occurred_at=_at(day, rng), capability=series.capabilities[0],
                      series=series.id, **tags))
            question = series.voice_question
            if question is not None and rng.random() < 0.8:
                option = rng.choices(question.options, [5, 3, 4, 2, 3][: len(question.options)])[0]
                add(VoiceAnswer(user_id=user.id, series=series.id, question=question.id, option=option,
                                answered_at=_at(day, rng)))
    if user.audience == "youth" and rng.random() < 0.35:
        poll = next(iter(catalog.polls.values()))
        add(PollAnswer(user_id=user.id, poll=poll.id, option=rng.choices(poll.options, [6, 3, 5, 2, 4])[0]))


def _quiz_choice(rng: random.Random, step: QuizStep, lesson_id: str) -> str:
    # One misconception to find: in "accounts" many pick the first option of q1.
    if lesson_id == "accounts" and step.quiz == "q1":
        return rng.choices(step.options, [0.45, 0.45, 0.10])[0]
    wrong = [o for o in step.options if o != step.answer]
    return step.answer if rng.random() < 0.8 else rng.choice(wrong)


async def _rounds(session: AsyncSession, rng: random.Random) -> int:
    """Two rounds of the general pulse in Kenya, Romania and Brazil; the second leans further to maturity."""
    add = session.add
    items = ("leadership", "research", "law-enforcement", "victim-support", "education", "media")
    for code, opens, shift in (("2026-Q2", date(2026, 4, 1), 0.0), ("2026-Q3", date(2026, 7, 1), 0.12)):
        row = CheckinRound(code=code, questionnaire="general-pulse", version=2,
                           opens_at=datetime.combine(opens, time(), tzinfo=UTC),
                           closes_at=datetime.combine(opens + timedelta(days=60), time(23), tzinfo=UTC))
        add(row)
        await session.flush()
        respondents = []
        for country in PHASE_LEANING:
            for verified, count in ((True, 48 if country == "KE" else 26), (False, 22 if country != "RO" else 4)):
                for _ in range(count):
                    respondents.append((country, verified))
        for index, (country, verified) in enumerate(respondents):
            respondent = CheckinRespondent(round_id=row.id, pseudonym=f"demo-{code}-{index}", sector=rng.choice(
                ("gov", "police", "social", "edu", "ngo")), country=country, verified=verified, position=8,
                finished_at=row.opens_at + timedelta(days=rng.randrange(30)))
            add(respondent)
            await session.flush()
            weights = list(PHASE_LEANING[country])
            weights = [max(0.02, w - shift) if i < 2 else w + shift for i, w in enumerate(weights)]
            for item in items:
                answer = rng.choices(("building", "enhancement", "integration", "maturity", "dk"),
                                     [*weights, 0.05])[0]
                add(CheckinAnswer(respondent_id=respondent.id, item=item, answer=answer,
                                  answered_at=respondent.finished_at))
            hotline = rng.choice(("yes", "yes", "no", "dk"))
            add(CheckinAnswer(respondent_id=respondent.id, item="hotline", answer=hotline,
                              answered_at=respondent.finished_at))
    return row.id


async def _push(session: AsyncSession, rng: random.Random, cohort: Cohort, members: list[User]) -> None:
    add = session.add
    series = {"youth_13_15": "in-control", "youth_16_17": "risky-contact", "caregiver": "caregivers-talking"}
    push = Push(cohort_id=cohort.id, series=series[cohort.audience], mode="drip" if cohort.country != "GT" else "now",
                hour=16, status="active", created_at=cohort.created_at + timedelta(days=2))
    add(push)
    await session.flush()
    for member in members:
        for lesson in range(4):
            status = rng.choices(("sent", "pending", "failed", "inactive", "skipped"), [0.7, 0.2, 0.03, 0.04, 0.03])[0]
            if cohort.country == "GT":
                status = "sent"
            add(Delivery(push_id=push.id, user_id=member.id, lesson_index=lesson, status=status,
                         due_at=push.created_at + timedelta(days=lesson)))
