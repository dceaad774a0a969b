"""Per-item statistics (bot/services/stats_items.py) on SQLite and PostgreSQL: quiz questions, lesson ratings, polls,
series questions and pushes, with their suppression (a split of a published total never gives a small count away)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.content.catalog import load_catalog
from bot.services.stats import Figure, Period
from bot.services.stats_items import (
    lesson_ratings,
    poll_results,
    push_progress,
    quiz_questions,
    series_questions,
    split_figures,
)
from bot.settings import PROJECT_ROOT
from bot.store.db import Store
from bot.store.models import (
    Cohort,
    CohortMember,
    Delivery,
    LessonProgress,
    LessonRating,
    PollAnswer,
    Push,
    QuizAnswer,
    User,
    VoiceAnswer,
)

CATALOG = load_catalog(PROJECT_ROOT / "content")
MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))
IN_MARCH = datetime(2026, 3, 10, 12, tzinfo=UTC)


def test_a_split_hides_its_small_options_with_a_complement_and_everything_under_a_hidden_total() -> None:
    totals = {("q1",): 12, ("q2",): 6, ("q3",): 3}
    parts = {("q1", "a"): 3, ("q1", "b"): 1, ("q1", "c"): 8,
             ("q2", "a"): 1, ("q2", "b"): 0, ("q2", "c"): 5,
             ("q3", "a"): 3, ("q3", "b"): 0, ("q3", "c"): 0}
    total_figures, part_figures = split_figures(totals, parts)
    assert total_figures[("q1",)] == Figure(12) and total_figures[("q2",)] == Figure(6)
    assert total_figures[("q3",)].suppressed
    hidden = {key for key, figure in part_figures.items() if figure.suppressed}
    # q1: two small options hide each other; q2: the 1 alone would be 6 - 5 - 0, so the 5 goes too;
    # q3: its total is hidden, so every option is, zeros included.
    assert hidden == {("q1", "a"), ("q1", "b"), ("q2", "a"), ("q2", "c"), ("q3", "a"), ("q3", "b"), ("q3", "c")}
    assert part_figures[("q1", "c")] == Figure(8) and part_figures[("q2", "b")] == Figure(0)


async def _people(store: Store, count: int, country: str = "KE", start: int = 8000) -> list[User]:
    async with store.transaction() as session:
        users = [User(telegram_id=start + i, locale="en", audience="youth", age_band="13-15", country=country,
                      consent_at=IN_MARCH) for i in range(count)]
        session.add_all(users)
        await session.flush()
        return users


async def test_quiz_questions_per_option_in_content_order(store: Store) -> None:
    kenya = await _people(store, 12)
    romania = await _people(store, 6, "RO", 9000)
    async with store.transaction() as session:
        for i, user in enumerate(kenya):
            session.add(QuizAnswer(user_id=user.id, series="in-control", lesson="footprint", quiz="q1",
                                   option="c" if i < 8 else "a" if i < 11 else "b", correct=i < 8,
                                   answered_at=IN_MARCH))
        for user in romania:  # in another month: outside the period
            session.add(QuizAnswer(user_id=user.id, series="in-control", lesson="footprint", quiz="q1", option="c",
                                   correct=True, answered_at=datetime(2026, 4, 2, tzinfo=UTC)))
        session.add(LessonProgress(user_id=kenya[0].id, series="in-control", cohort_id=77))
    async with store.transaction() as session:
        rows = await quiz_questions(session, CATALOG, MARCH, {"series": ("in-control",)})
    assert {r.key["series"] for r in rows} == {"in-control"}
    first = [r for r in rows if r.key["lesson"] == "footprint" and r.key["quiz"] == "q1"]
    assert [r.key["option"] for r in first] == ["a", "b", "c"]
    assert [r.key["correct"] for r in first] == [False, False, True]
    assert all(r.figures["answered"] == Figure(12) for r in first)
    assert [r.figures["people"] for r in first] == [Figure(None, True), Figure(None, True), Figure(8)]
    untouched = [r for r in rows if r.key["lesson"] == "fakes"]
    assert untouched and all(r.figures["people"] == Figure(0) for r in untouched)
    async with store.transaction() as session:
        kenyans = await quiz_questions(session, CATALOG, MARCH, {"country": ("RO",)})
        in_cohort = await quiz_questions(session, CATALOG, MARCH, {"cohort": (77,)})
    assert all(r.figures["answered"] == Figure(0) for r in kenyans)
    answered = {r.figures["answered"] for r in in_cohort if r.key["lesson"] == "footprint" and r.key["quiz"] == "q1"}
    assert answered == {Figure(None, True)}  # one person in cohort 77


async def test_ratings_series_questions_and_polls(store: Store) -> None:
    people = await _people(store, 9)
    async with store.transaction() as session:
        for i, user in enumerate(people):
            session.add(LessonRating(user_id=user.id, series="in-control", lesson="footprint",
                                     rating="helpful" if i < 7 else "not_helpful", rated_at=IN_MARCH))
            session.add(VoiceAnswer(user_id=user.id, series="in-control", question="first-step",
                                    option="privacy" if i < 5 else None))
            session.add(PollAnswer(user_id=user.id, poll="safer-online", option="school" if i < 5 else "private"))
    async with store.transaction() as session:
        ratings = await lesson_ratings(session, CATALOG, MARCH, {})
        questions = await series_questions(session, CATALOG, {"country": ("KE",)})
        polls = await poll_results(session, CATALOG, {})
        polls_elsewhere = await poll_results(session, CATALOG, {"country": ("GT",)})
    footprint = {r.key["rating"]: r.figures["people"] for r in ratings if r.key["lesson"] == "footprint"}
    assert footprint == {"helpful": Figure(None, True), "unsure": Figure(0), "not_helpful": Figure(None, True)}
    assert {r.figures["rated"] for r in ratings if r.key["lesson"] == "footprint"} == {Figure(9)}
    first_step = {r.key["option"]: r.figures for r in questions if r.key["series"] == "in-control"}
    assert first_step["privacy"] == {"answered": Figure(5), "people": Figure(5)}  # unanswered rows do not count
    assert {r.key["series"] for r in questions} == {s.id for s in CATALOG.series.values() if s.voice_question}
    by_option = {r.key["option"]: r.figures["people"] for r in polls}
    # 4 chose "private": hidden, and "school" (5) with it, or 9 - 5 would give the 4 away.
    assert by_option == {"easy-report": Figure(0), "private": Figure(None, True), "adults-listen": Figure(0),
                         "school": Figure(None, True), "kinder": Figure(0)}
    assert polls[0].key["opens"] == "2026-11-02" and polls[0].figures["answered"] == Figure(9)
    assert all(r.figures["answered"] == Figure(0) for r in polls_elsewhere)


async def test_push_progress_counts_messages_by_outcome(store: Store) -> None:
    people = await _people(store, 8)
    async with store.transaction() as session:
        cohort = Cohort(code="c1", name="Form 3", audience="youth_13_15", locale="en", country="KE")
        session.add(cohort)
        await session.flush()
        session.add_all([CohortMember(cohort_id=cohort.id, user_id=u.id) for u in people])
        push = Push(cohort_id=cohort.id, series="in-control", mode="now", status="active")
        session.add(push)
        await session.flush()
        statuses = ["sent"] * 9 + ["pending"] * 5 + ["sending"] * 1 + ["skipped"] * 1 + ["cancelled"] * 3
        for n, status in enumerate(statuses):
            session.add(Delivery(push_id=push.id, user_id=people[n % 8].id, lesson_index=n // 8, due_at=IN_MARCH,
                                 status=status))
    async with store.transaction() as session:
        (row,) = await push_progress(session)
    assert row.key == {"id": push.id, "cohort": cohort.id, "cohort_name": "Form 3", "series": "in-control",
                       "mode": "now", "status": "active", "created": row.key["created"]}
    figures = row.figures
    assert figures["total"] == Figure(16)  # all but the cancelled
    assert figures["sent"] == Figure(9) and figures["waiting"] == Figure(6)
    # 1 stopped is small, and the 3 cancelled too; zeros stay visible.
    assert figures["stopped"].suppressed and figures["cancelled"].suppressed
    assert figures["failed"] == Figure(0) and figures["uncertain"] == Figure(0)
