"""Lessons with the real Application over the fake Bot API: a whole series in Spanish, resuming after a restart in
Arabic, forged and repeated buttons, help inside a lesson, restarting a series."""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event as sa_event
from sqlalchemy import select
from sqlalchemy.engine import Engine

from bot.content.series import CardStep, QuizStep
from bot.devtools.fake_bot_api import FakeBotApi
from bot.features.lessons import _build_step_screen, step_screen
from bot.services.lessons import Position
from bot.services.profiles import grant_role
from bot.store.models import LessonProgress, QuizAnswer
from tests.auxil.conversations import ARABIC, count, events, onboard, snapshot, t, tap_exact, user_row
from tests.auxil.harness import BotHarness, Reply, TgUser


@pytest.fixture
async def bot(fake_api: FakeBotApi, database: tuple[str, dict[str, Any]]) -> AsyncIterator[BotHarness]:
    """These conversations on SQLite and on PostgreSQL: a tap writes its progress, answer and events with one
    statement on PostgreSQL and one each on SQLite (bot/services/lesson_progress.py)."""
    url, options = database
    harness = BotHarness(fake_api, url, engine_options=options)
    await harness.start()
    yield harness
    await harness.stop()


async def progress(bot: BotHarness, telegram_id: int, series: str) -> tuple[int, int, int, bool] | None:
    row = await user_row(bot, telegram_id)
    assert row is not None
    async with bot.rt.store.transaction() as session:
        found = await session.get(LessonProgress, (row.id, series))
        if found is None:
            return None
        return found.lesson_index, found.step_index, found.lessons_done, found.completed_at is not None


async def open_series(bot: BotHarness, user: TgUser, locale: str, series: str, button: str) -> Reply:
    """/lessons -> the series -> Start/Continue/Start again, by the labels the person sees."""
    reply = await user.send("/lessons")
    title = t(bot, locale, f"s-{series}-title")
    reply = await user.tap(title)
    assert reply.text.startswith(f"<b>{title}</b>")
    return await tap_exact(user, reply, t(bot, locale, button))


def card_key(series: str, lesson: str, name: str) -> str:
    return f"s-{series}-{lesson}-{name}"


# --- a whole series in Spanish ---------------------------------------------------------------------------------


async def test_spanish_13_15_completes_risky_contact(bot: BotHarness) -> None:
    es = "es"
    user = await onboard(bot, 4000, es, age="13-15", country="MX")
    series = bot.rt.catalog.series["risky-contact"]
    total = len(series.lessons)
    title = t(bot, es, "s-risky-contact-title")
    assert title == "Contactos de riesgo e imágenes"

    reply = await user.send("/lessons")
    assert reply.text == f"{t(bot, es, 'lessons-title')}\n{t(bot, es, 'lessons-pick')}"
    assert t(bot, es, "btn-series", title=title, done=0, total=total) in reply.labels()
    assert f"{title} · 0/5" in reply.labels()
    reply = await user.tap(title)
    assert reply.text == t(bot, es, "series-intro", title=title, about=t(bot, es, "s-risky-contact-about"),
                           lessons=total, minutes=series.duration_minutes, done=0)
    assert reply.labels()[0] == "▶️ Empezar"
    reply = await user.tap("▶️ Empezar")

    cards = quizzes = right = 0
    for lesson_index, lesson in enumerate(series.lessons):
        lesson_title = t(bot, es, card_key(series.id, lesson.id, "title"))
        for step_index, step in enumerate(lesson.steps):
            assert reply.text.startswith(f"<b>{lesson_title}</b>"), (lesson.id, step_index)
            assert f"{step_index + 1}/{len(lesson.steps)}" in reply.text
            assert "▰" * (step_index + 1) in reply.text
            if isinstance(step, CardStep):
                key = card_key(series.id, lesson.id, step.card)
                assert reply.text.endswith(t(bot, es, key)), key
                assert t(bot, "en", key) not in reply.text
                assert reply.labels() == ["⬅️ Volver", "Siguiente ➡️", "📚 Todas las lecciones", t(bot, es, "btn-help")]
                cards += 1
                if step_index + 1 < len(lesson.steps):
                    reply = await user.tap("Siguiente ➡️")
                    continue
            else:
                assert isinstance(step, QuizStep)
                base = card_key(series.id, lesson.id, step.quiz)
                assert reply.text.endswith(t(bot, es, base))
                assert reply.labels() == [*(t(bot, es, f"{base}-{o}") for o in step.options), "⬅️ Volver",
                                          "📚 Todas las lecciones", t(bot, es, "btn-help")]
                # Every other question answered wrongly, to see both kinds of feedback.
                chosen = step.answer if quizzes % 2 == 0 else next(o for o in step.options if o != step.answer)
                reply = await tap_exact(user, reply, t(bot, es, f"{base}-{chosen}"))
                if chosen == step.answer:
                    assert reply.text == f"✅ <b>¡Correcto!</b>\n\n{t(bot, es, f'{base}-{chosen}-why')}"
                    right += 1
                else:
                    assert reply.text == (
                        f"🤔 <b>No es la mejor opción</b>\n\n{t(bot, es, f'{base}-{chosen}-why')}\n\n"
                        f"💡 <b>La mejor respuesta:</b> <i>{t(bot, es, f'{base}-{step.answer}')}</i>\n"
                        f"{t(bot, es, f'{base}-{step.answer}-why')}")
                assert reply.labels() == ["Continuar ➡️", "📚 Todas las lecciones", t(bot, es, "btn-help")]
                quizzes += 1
                reply = await user.tap("Continuar ➡️")
                if step_index + 1 < len(lesson.steps):
                    continue
            # The lesson's last step: "Next" finished it.
            if step_index + 1 == len(lesson.steps) and isinstance(step, CardStep):
                reply = await user.tap("Siguiente ➡️")
            done = lesson_index + 1
            assert t(bot, es, "lesson-done", lesson=lesson_title, bar="▰" * done + "▱" * (total - done),
                     done=done, total=total) in reply.text
            assert f"🎉 <b>Lección terminada: {lesson_title}</b>" in reply.text
            assert await progress(bot, 4000, series.id) == (
                (done, 0, done, False) if done < total else (total - 1, len(lesson.steps) - 1, total, True))
            if done == 2:
                # Half way: the list shows the progress, and "Continue" picks up at the next lesson.
                listing = await user.send("/lessons")
                assert f"{title} · 2/5" in listing.labels()
                reply = await open_series(bot, user, es, series.id, "btn-series-continue")
            elif done < total:
                following = t(bot, es, card_key(series.id, series.lessons[done].id, "title"))
                assert f"▶️ Siguiente: {following}" in reply.labels()
                reply = await user.tap("▶️ Siguiente:")

    assert t(bot, es, "series-done", title=title) in reply.text
    assert "🏆 <b>¡Serie «Contactos de riesgo e imágenes» terminada!</b>" in reply.text
    assert {t(bot, es, "btn-all-lessons"), "🔁 Empezar de nuevo", t(bot, es, "btn-help")} <= set(reply.labels())
    listing = await user.send("/lessons")
    assert f"✅ {title}" in listing.labels()

    n_cards = sum(isinstance(s, CardStep) for lesson in series.lessons for s in lesson.steps)
    n_quizzes = sum(isinstance(s, QuizStep) for lesson in series.lessons for s in lesson.steps)
    assert (cards, quizzes) == (n_cards, n_quizzes) == (25, 9)
    recorded = [e for e in await events(bot) if e.kind != "onboarded"]
    kinds = Counter(e.kind for e in recorded)
    assert kinds == {"lesson_started": 5, "card_viewed": n_cards, "quiz_answered": n_quizzes,
                     "lesson_completed": 5, "series_completed": 1}
    for event in recorded:
        assert (event.capability, event.series, event.locale, event.age_band, event.country, event.audience) == (
            13, "risky-contact", "es", "13-15", "MX", "youth"), event.kind
        assert event.pseudonym == bot.rt.analytics.pseudonym(4000)
        assert (event.lesson is None) == (event.kind == "series_completed")
    assert sorted(e.lesson for e in recorded if e.kind == "lesson_started") == sorted(ls.id for ls in series.lessons)
    assert sum(e.value or 0 for e in recorded if e.kind == "quiz_answered") == right == 5
    async with bot.rt.store.transaction() as session:
        answers = (await session.scalars(select(QuizAnswer))).all()
    assert len(answers) == n_quizzes and sum(a.correct for a in answers) == right

    # A finished series can be started again: lesson 1, card 1.
    reply = await user.tap("🔁 Empezar de nuevo")
    first = series.lessons[0]
    assert reply.text.endswith(t(bot, es, card_key(series.id, first.id, "intro")))
    assert "1/7" in reply.text
    assert await progress(bot, 4000, series.id) == (0, 0, 0, False)


# --- resuming after a restart, in Arabic -----------------------------------------------------------------------


async def test_arabic_caregiver_resumes_after_a_restart(bot: BotHarness) -> None:
    ar = "ar"
    user = await onboard(bot, 4100, ar, audience="caregiver", country="JO")
    reply = await user.send("/lessons")
    assert [label for label in reply.labels() if "·" in label] == [
        t(bot, ar, "btn-series", title=t(bot, ar, f"s-{s.id}-title"), done=0, total=len(s.lessons))
        for s in bot.rt.catalog.series_for("caregiver")]
    reply = await open_series(bot, user, ar, "caregivers-talking", "btn-series-start")
    series = bot.rt.catalog.series["caregivers-talking"]
    # Lesson 1, all the way through.
    for step in series.lessons[0].steps:
        if isinstance(step, QuizStep):
            reply = await tap_exact(user, reply, t(bot, ar, card_key(series.id, "risks-today", f"{step.quiz}-b")))
            reply = await tap_exact(user, reply, t(bot, ar, "btn-continue"))
        else:
            reply = await tap_exact(user, reply, t(bot, ar, "btn-next"))
    assert reply.text.startswith(t(bot, ar, "lesson-done", lesson=t(bot, ar, card_key(series.id, "risks-today",
                                                                                       "title")),
                                   bar="▰▱▱▱▱", done=1, total=5))
    reply = await user.tap(t(bot, ar, "btn-next-lesson", lesson=t(bot, ar, card_key(series.id, "talking", "title"))))
    # Lesson 2, up to its third card.
    reply = await tap_exact(user, reply, t(bot, ar, "btn-next"))
    reply = await tap_exact(user, reply, t(bot, ar, "btn-next"))
    before = reply.text
    assert before.endswith(t(bot, ar, card_key(series.id, "talking", "exit-plan")))
    assert ARABIC.search(before) and "3/7" in before
    assert await progress(bot, 4100, series.id) == (1, 2, 1, False)

    await bot.restart()

    reply = await user.send("/lessons")
    assert t(bot, ar, "btn-series", title=t(bot, ar, "s-caregivers-talking-title"), done=1, total=5) in reply.labels()
    reply = await open_series(bot, user, ar, series.id, "btn-series-continue")
    assert reply.text == before
    assert reply.labels() == [t(bot, ar, "btn-back"), t(bot, ar, "btn-next"), t(bot, ar, "btn-all-lessons"),
                              t(bot, ar, "btn-help")]
    # The "Next" of the card shown before the restart still works, exactly once.
    old_next = f"nx:{series.id}:1:2"
    reply = await user.press(old_next)
    assert reply.text.endswith(t(bot, ar, card_key(series.id, "talking", "no-shame")))
    assert (await user.press(old_next)).alerts == [t(bot, ar, "stale-button")]
    assert await progress(bot, 4100, series.id) == (1, 3, 1, False)


# --- forged and repeated buttons ---------------------------------------------------------------------------------


async def test_forged_lesson_buttons_and_double_taps(bot: BotHarness) -> None:
    user = await onboard(bot, 4200, "en", age="13-15", country="KE")
    caregiver = await onboard(bot, 4201, "en", audience="caregiver", country="KE")
    stale = t(bot, "en", "stale-button")
    await user.press("go:risky-contact")
    await user.press("nx:risky-contact:0:0")
    await user.press("nx:risky-contact:0:1")
    assert await progress(bot, 4200, "risky-contact") == (0, 2, 0, False)
    before = await snapshot(bot)
    for data in ("nx:risky-contact:0:5", "nx:risky-contact:0:0", "nx:risky-contact:1:2", "nx:risky-contact:0:99",
                 "nx:risky-contact:0:2:x", "nx:risky-contact", "qa:risky-contact:0:3:d", "qa:risky-contact:0:3:",
                 "qa:risky-contact:0:5:a", "qa:risky-contact:0:2:a", "qa:risky-contact:9:3:a",
                 "go:no-such-series", "ser:no-such-series", "rs:no-such-series", "nx:no-such-series:0:2",
                 "go:caregivers-talking", "ser:caregivers-talking"):
        reply = await user.press(data)
        assert reply.alerts == [stale], data
        assert reply.messages == [], data
    for data in ("go:risky-contact", "ser:in-control", "rs:risky-contact", "nx:risky-contact:0:2",
                 "qa:risky-contact:0:3:b"):
        reply = await caregiver.press(data)
        assert reply.alerts == [stale], data
    assert await snapshot(bot) == before
    assert await progress(bot, 4201, "risky-contact") is None

    # At the card before the quiz: Next moves to the quiz; Next on the quiz is refused until it is answered.
    reply = await user.press("nx:risky-contact:0:2")
    assert reply.text.endswith(t(bot, "en", "s-risky-contact-grooming-q1"))
    assert (await user.press("nx:risky-contact:0:3")).alerts == [stale]
    first = await user.press("qa:risky-contact:0:3:a")
    assert first.text.startswith("🤔 <b>Not the best choice</b>\n\n")
    assert "💡 <b>The best answer:</b> <i>" + t(bot, "en", "s-risky-contact-grooming-q1-b") + "</i>" in first.text
    assert t(bot, "en", "quiz-repeat") not in first.text
    again = await user.press("qa:risky-contact:0:3:a")
    assert t(bot, "en", "quiz-repeat") in again.text
    assert "only your first answer counts" in again.text
    other = await user.press("qa:risky-contact:0:3:b")  # changing one's mind does not change the count
    assert t(bot, "en", "quiz-repeat") in other.text and other.text.startswith(t(bot, "en", "quiz-right"))
    assert len([e for e in await events(bot) if e.kind == "quiz_answered"]) == 1
    assert await count(bot, QuizAnswer) == 1
    async with bot.rt.store.transaction() as session:
        answer = await session.scalar(select(QuizAnswer))
    assert answer is not None and (answer.option, answer.correct) == ("a", False)
    quiz_event = next(e for e in await events(bot) if e.kind == "quiz_answered")
    assert quiz_event.value == 0
    # Continue, twice: it moves once.
    await user.press("nx:risky-contact:0:3")
    assert (await user.press("nx:risky-contact:0:3")).alerts == [stale]
    assert await progress(bot, 4200, "risky-contact") == (0, 4, 0, False)


# --- help inside a lesson ---------------------------------------------------------------------------------------


async def test_help_inside_a_lesson(bot: BotHarness) -> None:
    user = await onboard(bot, 4300, "pt", age="16-17", country="BR")
    reply = await open_series(bot, user, "pt", "in-control", "btn-series-start")
    reply = await tap_exact(user, reply, t(bot, "pt", "btn-next"))
    card = reply.text
    assert "2/" in card
    help_reply = await user.tap("🆘")
    assert help_reply.text.startswith(t(bot, "pt", "help-title"))
    assert t(bot, "pt", "help-intro-country", country="Brasil") in help_reply.text
    assert help_reply.labels() == [t(bot, "pt", "btn-menu")]
    help_reply = await user.send("socorro")
    assert help_reply.text.startswith(t(bot, "pt", "help-title"))
    assert await progress(bot, 4300, "in-control") == (0, 1, 0, False)
    # Continuing shows the same card, and its "Next" goes on from there.
    reply = await open_series(bot, user, "pt", "in-control", "btn-series-continue")
    assert reply.text == card
    reply = await tap_exact(user, reply, t(bot, "pt", "btn-next"))
    assert "3/" in reply.text
    assert await progress(bot, 4300, "in-control") == (0, 2, 0, False)


# --- who gets lessons, starting again ---------------------------------------------------------------------------


def series_labels(reply: Reply) -> list[str]:
    return [label for label in reply.labels() if "·" in label]


async def test_who_sees_which_series(bot: BotHarness) -> None:
    """Professional series are for professionals and trainers; youth and caregivers never see them."""
    fr = "fr"
    professional_series = [s.id for s in bot.rt.catalog.series.values() if "professional" in s.audiences]
    assert "trainer-guide" in professional_series
    user = await onboard(bot, 4400, fr, audience="professional", sector="police", country="SN")
    menu = await user.send("/start")
    assert t(bot, fr, "btn-lessons") in menu.labels()
    reply = await user.send("/lessons")
    assert reply.text == f"{t(bot, fr, 'lessons-title')}\n{t(bot, fr, 'lessons-pick')}"
    assert series_labels(reply) == [
        t(bot, fr, "btn-series", title=t(bot, fr, f"s-{sid}-title"), done=0,
          total=len(bot.rt.catalog.series[sid].lessons)) for sid in professional_series]
    assert (await user.press("go:in-control")).alerts == [t(bot, fr, "stale-button")]
    assert (await user.press("go:caregivers-talking")).alerts == [t(bot, fr, "stale-button")]
    reply = await user.press("go:trainer-guide")
    assert reply.messages and not any(reply.alerts)
    assert await count(bot, LessonProgress) == 1

    youth = await onboard(bot, 4401, "en", age="16-17", country="KE")
    titles = " ".join(series_labels(await youth.send("/lessons")))
    assert t(bot, "en", "s-trainer-guide-title") not in titles and t(bot, "en", "s-in-control-title") in titles
    assert (await youth.press("go:trainer-guide")).alerts == [t(bot, "en", "stale-button")]

    # A trainer who onboarded as a caregiver sees the caregivers' series and the professional ones.
    trainer = await onboard(bot, 4402, "en", audience="caregiver", country="KE")
    async with bot.rt.store.transaction() as session:
        row = await user_row(bot, 4402)
        assert row is not None
        await grant_role(session, await session.merge(row), "trainer")
    titles = " ".join(series_labels(await trainer.send("/lessons")))
    assert t(bot, "en", "s-trainer-guide-title") in titles and t(bot, "en", "s-caregivers-talking-title") in titles
    assert t(bot, "en", "s-in-control-title") not in titles
    # Someone who has not started gets onboarding instead.
    assert (await bot.user(4410, "es").send("/lessons")).text == t(bot, "es", "welcome")


async def test_start_a_series_again(bot: BotHarness) -> None:
    user = await onboard(bot, 4500, "en", age="16-17", country="US")
    reply = await open_series(bot, user, "en", "in-control", "btn-series-start")
    first_card = reply.text
    series = bot.rt.catalog.series["in-control"]
    for _ in range(40):  # through lesson 1 into lesson 2
        labels = reply.labels()
        if "Next ➡️" in labels:
            reply = await user.tap("Next ➡️")
        elif "Continue ➡️" in labels:
            reply = await user.tap("Continue ➡️")
        elif any(label.startswith("▶️ Next:") for label in labels):
            reply = await user.tap("▶️ Next:")
            break
        else:
            reply = await user.press(reply.last.buttons[0][0]["callback_data"])
    assert reply.text.endswith(t(bot, "en", card_key(series.id, series.lessons[1].id, "intro")))
    assert await progress(bot, 4500, "in-control") == (1, 0, 1, False)
    started = len([e for e in await events(bot) if e.kind == "lesson_started"])

    reply = await open_series(bot, user, "en", "in-control", "btn-series-restart")
    assert reply.text == first_card
    assert await progress(bot, 4500, "in-control") == (0, 0, 0, False)
    listing = await user.send("/lessons")
    assert f"{t(bot, 'en', 's-in-control-title')} · 0/4" in listing.labels()
    # Starting again does not count lesson 1 as started a second time.
    assert len([e for e in await events(bot) if e.kind == "lesson_started"]) == started
    assert len([e for e in await events(bot) if e.kind == "card_viewed" and e.lesson == series.lessons[0].id
                and e.value == 0]) == 2


# --- a question's answer read with the person --------------------------------------------------------------------


@contextmanager
def selects_sent() -> Iterator[list[str]]:
    """The SELECT statements any engine of the process sends meanwhile (the store's, and its SQLite connection's)."""
    sent: list[str] = []

    def seen(_connection: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            sent.append(statement)

    sa_event.listen(Engine, "before_cursor_execute", seen)
    try:
        yield sent
    finally:
        sa_event.remove(Engine, "before_cursor_execute", seen)


async def test_a_question_tap_reads_the_person_and_their_answer_in_one_select(bot: BotHarness) -> None:
    """Continue on a question and an answer ask whether the question was answered; that is read in the same SELECT
    as the person and their progress, and a repeated answer is still told apart from a first one."""
    user = await onboard(bot, 4600, "en", age="13-15", country="KE")
    stale = t(bot, "en", "stale-button")
    await user.press("go:risky-contact")
    for step in range(3):
        await user.press(f"nx:risky-contact:0:{step}")
    with selects_sent() as refused:
        assert (await user.press("nx:risky-contact:0:3")).alerts == [stale]  # not answered yet
    with selects_sent() as first:
        reply = await user.press("qa:risky-contact:0:3:b")
    assert t(bot, "en", "quiz-repeat") not in reply.text
    with selects_sent() as again:
        reply = await user.press("qa:risky-contact:0:3:a")
    assert t(bot, "en", "quiz-repeat") in reply.text
    with selects_sent() as moved:
        await user.press("nx:risky-contact:0:3")
    assert await progress(bot, 4600, "risky-contact") == (0, 4, 0, False)
    assert await count(bot, QuizAnswer) == 1
    assert [len(sent) for sent in (refused, first, again, moved)] == [1, 1, 1, 1]


async def test_a_lesson_start_is_checked_by_its_write_not_by_a_select_of_its_own(bot: BotHarness) -> None:
    """A lesson counts as started once per person: whether it was is asked by the tap's write (INSERT ... WHERE NOT
    EXISTS), so a tap onto a lesson's first step sends one SELECT (the person and their progress) like any card tap,
    and opening, going back to and restarting the lesson count it once."""
    user = await onboard(bot, 4700, "en", age="13-15", country="KE")
    series = bot.rt.catalog.series["risky-contact"]
    with selects_sent() as opened:
        await user.press("go:risky-contact")
    await user.press("nx:risky-contact:0:0")
    with selects_sent() as back:
        reply = await user.press("bk:risky-contact:0:1")
    assert reply.text.endswith(t(bot, "en", card_key(series.id, series.lessons[0].id, "intro")))
    with selects_sent() as restarted:
        await user.press("rs:risky-contact")
    assert [len(sent) for sent in (opened, back, restarted)] == [1, 1, 1]
    started = [e for e in await events(bot) if e.kind == "lesson_started"]
    assert [(e.series, e.lesson) for e in started] == [("risky-contact", series.lessons[0].id)]


async def test_a_step_screen_is_built_once_and_each_caller_gets_its_own_copy(bot: BotHarness) -> None:
    """A lesson step's screen depends only on the language and the position: built once, it is the screen built
    anew (text, buttons, picture), and a caller that adds a line or a row changes nobody else's copy."""
    rt = bot.rt
    series = rt.catalog.series["risky-contact"]
    for locale in ("en", "es"):
        for lesson_index, lesson in enumerate(series.lessons[:2]):
            for step_index in range(len(lesson.steps)):
                position = Position(series, lesson_index, step_index)
                fresh = _build_step_screen(rt, locale, position)
                first = step_screen(rt, locale, position)
                assert first == fresh
                first.text += "\n\nextra"
                first.add_row()
                first.rows[0].append(first.rows[0][0])
                assert step_screen(rt, locale, position) == fresh
                assert step_screen(rt, locale, position) is not step_screen(rt, locale, position)
