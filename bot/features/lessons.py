"""/lessons: series list with progress, lesson cards, quizzes with explanations, celebrations.

Button data: ser:<series> (intro), go:<series> (start/continue), rs:<series> (restart),
nx:<series>:<lesson>:<step> (next/continue), bk:<series>:<lesson>:<step> (back one step; on a lesson's first step
Back is ser:<series>), qa:<series>:<lesson>:<step>:<option> (quiz answer), les (all series).
Every card and question has Back, All lessons and Get help; progress stays where the person was, so /lessons
continues there. Lesson-done screens also carry the youth-voice buttons rate:<series>:<lesson>:<h|u|n> and shr
(bot/features/voice.py).
"""

from __future__ import annotations

from dataclasses import replace
from weakref import WeakKeyDictionary

from telegram import Update

from bot.content.i18n import I18n
from bot.content.series import CardStep, QuizStep, Series
from bot.delivery.screen import Button, Picture, Screen
from bot.features.common import Context, answer_stale, guess_locale, number, runtime, translator, user_id
from bot.features.menus import help_row
from bot.features.onboarding import cmd_start
from bot.features.screen import answer, show
from bot.services.lessons import LessonError, Moved, Position, QuizResult, SeriesSummary
from bot.services.profiles import Learner, find_user
from bot.services.runtime import Runtime
from bot.services.voice import RATINGS
from bot.store.models import User
from bot.store.statements import Statements


def progress_bar(done: int, total: int) -> str:
    return "▰" * done + "▱" * max(total - done, 0)


def _prefix(position: Position) -> str:
    return f"s-{position.series.id}-{position.lesson.id}"


def list_screen(rt: Runtime, user: User, summaries: list[SeriesSummary]) -> Screen:
    t = translator(rt, user.locale)
    if not summaries:
        return Screen(t("lessons-none")).add_row(*help_row(rt, user.locale))
    screen = Screen(f"{t('lessons-title')}\n{t('lessons-pick')}")
    for item in summaries:
        title = t(f"s-{item.series.id}-title")
        label = (t("btn-series-done", title=title) if item.completed
                 else t("btn-series", title=title, done=item.lessons_done, total=item.total))
        screen.add_row(Button(label, f"ser:{item.series.id}"))
    screen.add_row(Button(t("btn-menu"), "menu"), *help_row(rt, user.locale))
    return screen


def intro_screen(rt: Runtime, user: User, item: SeriesSummary) -> Screen:
    t = translator(rt, user.locale)
    sid = item.series.id
    screen = Screen(t("series-intro", title=t(f"s-{sid}-title"), about=t(f"s-{sid}-about"), lessons=item.total,
                      minutes=item.series.duration_minutes, done=item.lessons_done))
    if item.started and not item.completed:
        screen.add_row(Button(t("btn-series-continue"), f"go:{sid}"))
        screen.add_row(Button(t("btn-series-restart"), f"rs:{sid}"))
    elif item.completed:
        screen.add_row(Button(t("btn-series-restart"), f"rs:{sid}"))
    else:
        screen.add_row(Button(t("btn-series-start"), f"go:{sid}"))
    screen.add_row(Button(t("btn-all-lessons"), "les"), *help_row(rt, user.locale))
    return screen


def _where(position: Position) -> str:
    return f"{position.series.id}:{position.lesson_index}:{position.step_index}"


def back_button(rt: Runtime, locale: str, position: Position) -> Button:
    """One step back; from a lesson's first step, back to the series (where Continue brings the person here)."""
    data = f"bk:{_where(position)}" if position.step_index > 0 else f"ser:{position.series.id}"
    return Button(rt.i18n.t(locale, "btn-back"), data)


def leave_row(rt: Runtime, locale: str) -> list[Button]:
    """Leave to the list of series (progress is kept) or get help."""
    return [Button(rt.i18n.t(locale, "btn-all-lessons"), "les"), *help_row(rt, locale)]


# Step screens built so far, per I18n (they live as long as it does): (locale, series id, lesson, step) -> the series
# they were built from (a new catalog's series is built again) and the screen.
_STEP_SCREENS: WeakKeyDictionary[I18n, dict[tuple[str, str, int, int], tuple[Series, Screen]]] = WeakKeyDictionary()


def step_screen(rt: Runtime, locale: str, position: Position) -> Screen:
    """A lesson step's screen. It depends only on the translations, the language and the position, so it is built
    once (formatting it was about 4% of a lesson tap's CPU, bench/README.md) and every caller gets its own copy (some
    add a line or a row)."""
    screens = _STEP_SCREENS.get(rt.i18n)
    if screens is None:
        screens = _STEP_SCREENS[rt.i18n] = {}
    key = (locale, position.series.id, position.lesson_index, position.step_index)
    found = screens.get(key)
    if found is None or found[0] is not position.series:
        found = screens[key] = (position.series, _build_step_screen(rt, locale, position))
    screen = found[1]
    return replace(screen, rows=[list(row) for row in screen.rows])  # a field added to Screen is copied too


def _build_step_screen(rt: Runtime, locale: str, position: Position) -> Screen:
    t = translator(rt, locale)
    prefix = _prefix(position)
    head = t("lesson-progress", lesson=t(f"{prefix}-title"), bar=progress_bar(position.step_index + 1, position.steps),
             step=position.step_index + 1, steps=position.steps)
    where = _where(position)
    step = position.step
    if isinstance(step, CardStep):
        screen = Screen(f"{head}\n\n{t(f'{prefix}-{step.card}')}")
        if step.image is not None:
            screen.picture = Picture(step.image, t(f"{prefix}-{step.card}-alt"))
        screen.add_row(back_button(rt, locale, position), Button(t("btn-next"), f"nx:{where}"))
    else:
        screen = Screen(f"{head}\n\n{t(f'{prefix}-{step.quiz}')}")
        for option in step.options:
            screen.add_row(Button(t(f"{prefix}-{step.quiz}-{option}"), f"qa:{where}:{option}"))
        screen.add_row(back_button(rt, locale, position))
    screen.add_row(*leave_row(rt, locale))
    return screen


def feedback_text(rt: Runtime, locale: str, result: QuizResult) -> str:
    """Right: one celebration and why. Not the best: why not, then the best answer and why it is best."""
    t = translator(rt, locale)
    step = result.position.step
    assert isinstance(step, QuizStep)
    base = f"{_prefix(result.position)}-{step.quiz}"
    if result.correct:
        parts = [t("quiz-right"), t(f"{base}-{result.chosen}-why")]
    else:
        parts = [t("quiz-not-best"), t(f"{base}-{result.chosen}-why"),
                 f"{t('quiz-best-answer', answer=t(f'{base}-{step.answer}'))}\n{t(f'{base}-{step.answer}-why')}"]
    if not result.first_attempt:
        parts.append(f"<i>{t('quiz-repeat')}</i>")
    return "\n\n".join(parts)


def feedback_screen(rt: Runtime, locale: str, result: QuizResult) -> Screen:
    screen = Screen(feedback_text(rt, locale, result))
    screen.add_row(Button(rt.i18n.t(locale, "btn-continue"), f"nx:{_where(result.position)}"))
    screen.add_row(*leave_row(rt, locale))
    return screen


def lesson_done_text(rt: Runtime, locale: str, position: Position, done: int) -> str:
    total = len(position.series.lessons)
    return rt.i18n.t(locale, "lesson-done", lesson=rt.i18n.t(locale, f"{_prefix(position)}-title"),
                     bar=progress_bar(done, total), done=done, total=total)


def rating_row(rt: Runtime, locale: str, series_id: str, lesson_index: int, chosen: str | None) -> list[Button]:
    """Youth voice: one tap to say how helpful a lesson was (bot/features/voice.py handles rate:...)."""
    t = translator(rt, locale)
    return [Button(("✓ " if rating == chosen else "") + t(f"btn-rate-{code}"),
                   f"rate:{series_id}:{lesson_index}:{code}") for code, rating in RATINGS.items()]


def _rating_prompt(rt: Runtime, locale: str, chosen: str | None) -> str:
    return rt.i18n.t(locale, "rate-thanks" if chosen else "rate-ask")


def lesson_done_screen(rt: Runtime, locale: str, position: Position, done: int, rating: str | None = None) -> Screen:
    t = translator(rt, locale)
    screen = Screen(f"{lesson_done_text(rt, locale, position, done)}\n\n{_rating_prompt(rt, locale, rating)}")
    screen.add_row(*rating_row(rt, locale, position.series.id, position.lesson_index, rating))
    following = position.series.lessons[position.lesson_index + 1]
    screen.add_row(Button(t("btn-next-lesson", lesson=t(f"s-{position.series.id}-{following.id}-title")),
                          f"go:{position.series.id}"))
    screen.add_row(Button(t("btn-all-lessons"), "les"), *help_row(rt, locale))
    return screen


def series_done_screen(rt: Runtime, locale: str, series_id: str, rate_lesson: int | None = None,
                       rating: str | None = None) -> Screen:
    t = translator(rt, locale)
    screen = Screen(t("series-done", title=t(f"s-{series_id}-title")))
    if rate_lesson is not None:
        screen.text += f"\n\n{_rating_prompt(rt, locale, rating)}"
        screen.add_row(*rating_row(rt, locale, series_id, rate_lesson, rating))
    screen.add_row(Button(t("btn-all-lessons"), "les"), Button(t("btn-series-restart"), f"rs:{series_id}"))
    screen.add_row(Button(t("btn-share"), "shr"))
    screen.add_row(*help_row(rt, locale))
    return screen


def finished_screen(rt: Runtime, locale: str, position: Position, rating: str | None = None) -> Screen:
    """The last lesson is done: the lesson and the series celebrated, with the last lesson's rating buttons."""
    screen = series_done_screen(rt, locale, position.series.id, position.lesson_index, rating)
    screen.text = f"{lesson_done_text(rt, locale, position, position.lesson_index + 1)}\n\n{screen.text}"
    return screen


async def cmd_lessons(update: Update, context: Context) -> None:
    rt = runtime(context)
    async with rt.store.transaction() as session:
        user = await find_user(session, user_id(update))
        if user is None or not user.onboarded:
            screen = None
        elif not await rt.lessons.available(session, user):
            screen = Screen(rt.i18n.t(user.locale, "lessons-not-for-you"))
        else:
            screen = list_screen(rt, user, await rt.lessons.summaries(session, user))
    await answer(update)
    if screen is None:
        await cmd_start(update, context)  # a newcomer's /lessons starts onboarding
        return
    await show(update, screen)


async def on_lessons_button(update: Update, context: Context, _arg: str) -> None:
    await cmd_lessons(update, context)


async def on_series(update: Update, context: Context, series_id: str) -> None:
    rt = runtime(context)
    async with rt.store.transaction() as session:
        user = await find_user(session, user_id(update))
        try:
            if user is None or not user.onboarded:
                raise LessonError("not onboarded")
            screen = intro_screen(rt, user, await rt.lessons.summary(session, user, series_id))
        except LessonError:
            await answer_stale(update, rt, user.locale if user else guess_locale(rt, update))
            return
    await answer(update)
    await show(update, screen)


async def _open(update: Update, context: Context, series_id: str, *, restart: bool) -> None:
    rt = runtime(context)
    async with rt.store.statements() as session:  # one read, one write at most
        user = await rt.lessons.learner(session, user_id(update), series_id)
        try:
            if user is None or not user.onboarded:
                raise LessonError("not onboarded")
            position, finished = await rt.lessons.open(session, user, series_id, restart=restart)
        except LessonError:
            await answer_stale(update, rt, user.locale if user else guess_locale(rt, update))
            return
        locale = user.locale
    await answer(update)
    await show(update, series_done_screen(rt, locale, series_id) if finished else step_screen(rt, locale, position),
               rt=rt)


async def on_go(update: Update, context: Context, series_id: str) -> None:
    await _open(update, context, series_id, restart=False)


async def on_restart(update: Update, context: Context, series_id: str) -> None:
    await _open(update, context, series_id, restart=True)


async def _learner(rt: Runtime, session: Statements, update: Update,
                   parsed: tuple[str, int, int, list[str]] | None, *, quiz: bool = True) -> Learner | None:
    # A malformed button reads the person for their language only: no series matches "". On a question, whether
    # it was answered is read with the person (Continue and an answer both ask; Back does not: quiz=False).
    if parsed is None:
        return await rt.lessons.learner(session, user_id(update), "")
    series_id, lesson_index, step_index, _ = parsed
    return await rt.lessons.learner(session, user_id(update), series_id,
                                    rt.lessons.quiz_at(series_id, lesson_index, step_index) if quiz else None)


def _parse_position(arg: str, extra: int = 0) -> tuple[str, int, int, list[str]] | None:
    parts = arg.split(":")
    if len(parts) != 3 + extra:
        return None
    lesson, card = number(parts[1]), number(parts[2])
    if lesson is None or card is None:
        return None
    return parts[0], lesson, card, parts[3:]


async def on_next(update: Update, context: Context, arg: str) -> None:
    rt = runtime(context)
    parsed = _parse_position(arg)
    async with rt.store.statements() as session:  # one read, one write at most
        user = await _learner(rt, session, update, parsed)
        try:
            if parsed is None or user is None:
                raise LessonError("malformed")
            series_id, lesson_index, step_index, _ = parsed
            moved, position = await rt.lessons.advance(session, user, series_id, lesson_index, step_index)
        except LessonError:
            await answer_stale(update, rt, user.locale if user else guess_locale(rt, update))
            return
        locale = user.locale
        if moved is Moved.STEP:
            screen = step_screen(rt, locale, position)
        elif moved is Moved.LESSON_DONE:
            screen = lesson_done_screen(rt, locale, position, lesson_index + 1)
        else:
            screen = finished_screen(rt, locale, position)
    await answer(update)
    await show(update, screen, rt=rt)


async def on_back(update: Update, context: Context, arg: str) -> None:
    rt = runtime(context)
    parsed = _parse_position(arg)
    async with rt.store.statements() as session:  # one read, one write at most
        user = await _learner(rt, session, update, parsed, quiz=False)
        try:
            if parsed is None or user is None:
                raise LessonError("malformed")
            series_id, lesson_index, step_index, _ = parsed
            position = await rt.lessons.back(session, user, series_id, lesson_index, step_index)
        except LessonError:
            await answer_stale(update, rt, user.locale if user else guess_locale(rt, update))
            return
        locale = user.locale
    await answer(update)
    await show(update, step_screen(rt, locale, position), rt=rt)


async def on_answer(update: Update, context: Context, arg: str) -> None:
    rt = runtime(context)
    parsed = _parse_position(arg, extra=1)
    async with rt.store.statements() as session:  # one read, one write at most
        user = await _learner(rt, session, update, parsed)
        try:
            if parsed is None or user is None:
                raise LessonError("malformed")
            series_id, lesson_index, step_index, (option,) = parsed
            result = await rt.lessons.answer(session, user, series_id, lesson_index, step_index, option)
        except LessonError:
            await answer_stale(update, rt, user.locale if user else guess_locale(rt, update))
            return
        locale = user.locale
    await answer(update)
    await show(update, feedback_screen(rt, locale, result))


CALLBACKS = {
    "les": on_lessons_button,
    "ser": on_series,
    "go": on_go,
    "rs": on_restart,
    "nx": on_next,
    "bk": on_back,
    "qa": on_answer,
}
