"""Moving through lesson series: progress, quiz answers and the reach events they produce.

Positions travel in button data, and every action checks them against the stored progress, so an old,
repeated or forged button never moves anyone or counts twice.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, bindparam, exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.content.catalog import Catalog
from bot.content.series import CardStep, Lesson, QuizStep, Series
from bot.services.analytics import Analytics
from bot.services.lesson_progress import PROGRESS_COLUMNS, Progress, save
from bot.services.profiles import Learner, lesson_audiences, remember_trainer
from bot.store.models import LessonProgress, QuizAnswer, Role, User, utcnow
from bot.store.statements import Statements, direct

# Text typed within this long after a lesson step takes the person back to that step.
RECENT = timedelta(hours=1)


class LessonError(Exception):
    """The action does not fit the person's progress (stale or forged button)."""


@dataclass(frozen=True)
class SeriesSummary:
    series: Series
    lessons_done: int
    started: bool
    completed: bool
    current_lesson: int

    @property
    def total(self) -> int:
        return len(self.series.lessons)


@dataclass(frozen=True)
class Position:
    series: Series
    lesson_index: int
    step_index: int

    @property
    def lesson(self) -> Lesson:
        return self.series.lessons[self.lesson_index]

    @property
    def step(self) -> CardStep | QuizStep:
        return self.lesson.steps[self.step_index]

    @property
    def steps(self) -> int:
        return len(self.lesson.steps)


class Moved(StrEnum):
    STEP = "step"  # now on another step of the same lesson
    LESSON_DONE = "lesson_done"  # finished a lesson; more remain
    SERIES_DONE = "series_done"  # finished the last lesson


@dataclass(frozen=True)
class QuizResult:
    position: Position
    chosen: str
    correct: bool
    first_attempt: bool


_PERSON = tuple(getattr(User, field.name) for field in fields(Learner))
_LEARNER = direct(  # built once: executed with the telegram id and the series as parameters
    select(*_PERSON, exists().where(Role.user_id == User.id, Role.role == "trainer"), LessonProgress.user_id,
           *PROGRESS_COLUMNS)
    .outerjoin(LessonProgress, and_(LessonProgress.user_id == User.id,
                                    LessonProgress.series == bindparam("series")))
    .where(User.telegram_id == bindparam("telegram_id"))
)
_PROGRESS_AT = len(_PERSON) + 2
_PROGRESS_END = _PROGRESS_AT + len(PROGRESS_COLUMNS)
_THIS_QUIZ = (QuizAnswer.series == bindparam("series"), QuizAnswer.lesson == bindparam("lesson"),
              QuizAnswer.quiz == bindparam("quiz"))
# whether the person answered the question tapped (answer, continue)
_ANSWERED_BEFORE = exists().where(QuizAnswer.user_id == User.id, *_THIS_QUIZ)
_LEARNER_AT_QUIZ = direct(_LEARNER.add_columns(_ANSWERED_BEFORE))  # the same read, and the quiz answer check with it
_ANSWERED = direct(select(QuizAnswer.option).where(QuizAnswer.user_id == bindparam("user_id"), *_THIS_QUIZ))
Session = AsyncSession | Statements  # a tap's unit of work (Store.statements) or an ORM session
Person = User | Learner


class Lessons:
    def __init__(self, catalog: Catalog, analytics: Analytics) -> None:
        self.catalog = catalog
        self.analytics = analytics

    async def available(self, session: Session, user: Person) -> list[Series]:
        """The series this person sees (profiles.lesson_audiences says who sees what)."""
        keys = await lesson_audiences(session, user)
        return self.catalog.series_for(*keys) if keys else []

    async def series(self, session: Session, user: Person, series_id: str) -> Series:
        """The series if this person sees it (as `available` would list it), looked up by its id, not in a list
        of every series built for each tap."""
        item = self.catalog.seen_series(series_id, *await lesson_audiences(session, user))
        if item is not None:
            return item
        raise LessonError(f"series {series_id!r} is not available")

    def quiz_at(self, series_id: str, lesson_index: int, step_index: int) -> tuple[str, str] | None:
        """The lesson and question ids when a button's position is a question of the content (whoever may see it),
        for `learner` to read whether it was answered; None for a card or a position that does not exist."""
        series = self.catalog.series.get(series_id)
        if series is None or not 0 <= lesson_index < len(series.lessons):
            return None
        lesson = series.lessons[lesson_index]
        step = lesson.steps[step_index] if 0 <= step_index < len(lesson.steps) else None
        return (lesson.id, step.quiz) if isinstance(step, QuizStep) else None

    async def learner(self, db: Statements, telegram_id: int, series_id: str,
                      quiz: tuple[str, str] | None = None) -> Learner | None:
        """The person tapping a lesson button, read in one statement with what every tap reads next: whether they
        are a trainer (it decides which series they see) and their progress in `series_id`, and with `quiz` (a
        lesson and question id, `quiz_at`) whether they answered that question. These then come from the unit of
        work's memory, not from more queries."""
        params = {"telegram_id": telegram_id, "series": series_id}
        if quiz is not None:
            params |= {"lesson": quiz[0], "quiz": quiz[1]}
        row = (await db.execute(_LEARNER if quiz is None else _LEARNER_AT_QUIZ, params)).first()
        if row is None:
            return None
        *person, is_trainer, progress_user = row[:_PROGRESS_AT]
        learner = Learner(*person)
        remember_trainer(db, learner, bool(is_trainer))
        db.info[("progress", learner.id, series_id)] = (
            None if progress_user is None else Progress(learner.id, series_id, *row[_PROGRESS_AT:_PROGRESS_END]))
        if quiz is not None:
            db.info[("answered", learner.id, series_id, *quiz)] = bool(row[_PROGRESS_END])
        return learner

    async def _progress(self, session: Session, user: Person, series_id: str) -> Progress | None:
        # What `learner` read is trusted once (the action that follows writes it); otherwise read it now.
        known = session.info.pop(("progress", user.id, series_id), False)
        if known is not False:
            return known
        values = (await session.execute(
            select(*PROGRESS_COLUMNS).where(LessonProgress.user_id == user.id, LessonProgress.series == series_id)
        )).first()
        return None if values is None else Progress(user.id, series_id, *values)

    async def summaries(self, session: AsyncSession, user: User) -> list[SeriesSummary]:
        rows = {
            row.series: row
            for row in await session.scalars(select(LessonProgress).where(LessonProgress.user_id == user.id))
        }
        result = []
        for series in await self.available(session, user):
            row = rows.get(series.id)
            result.append(
                SeriesSummary(
                    series=series,
                    lessons_done=row.lessons_done if row else 0,
                    started=row is not None,
                    completed=bool(row and row.completed_at),
                    current_lesson=row.lesson_index if row else 0,
                )
            )
        return result

    async def summary(self, session: Session, user: Person, series_id: str) -> SeriesSummary:
        series = await self.series(session, user, series_id)
        row = await self._progress(session, user, series_id)
        return SeriesSummary(
            series, row.lessons_done if row else 0, row is not None, bool(row and row.completed_at),
            row.lesson_index if row else 0,
        )

    def _record(self, user: Person, kind: str, position: Position, row: Progress, value: int | None = None,
                with_lesson: bool = True) -> None:
        row.events.append(self._event(user, kind, position, row, value, with_lesson))

    def _event(self, user: Person, kind: str, position: Position, row: Progress, value: int | None = None,
               with_lesson: bool = True) -> dict[str, Any]:
        return self.analytics.values(
            user, kind,
            capability=position.series.capabilities[0],
            series=position.series.id,
            lesson=position.lesson.id if with_lesson else None,
            cohort_id=row.cohort_id,
            value=value,
        )

    async def _enter(self, session: Session, user: Person, row: Progress, position: Position) -> None:
        """Count showing a step: every card shown is a card view; a lesson counts as started once per person (the
        write adds "lesson_started" only where the person has none for the lesson: no read of its own)."""
        if position.step_index == 0:
            row.first_start = self._event(user, "lesson_started", position, row)
        if isinstance(position.step, CardStep):
            self._record(user, "card_viewed", position, row, value=position.step_index)

    async def open(self, session: Session, user: Person, series_id: str, *, restart: bool = False,
                   cohort_id: int | None = None) -> tuple[Position, bool]:
        """Start, resume or restart a series. Returns the position and whether the series was already done."""
        series = await self.series(session, user, series_id)
        row = await self._progress(session, user, series_id)
        if row is None:
            row = Progress(user.id, series_id, cohort_id=cohort_id, stored=False)
            position = Position(series, 0, 0)
        elif restart:
            row.set(lesson_index=0, step_index=0, lessons_done=0, completed_at=None)
            position = Position(series, 0, 0)
        elif row.completed_at is not None:
            return Position(series, len(series.lessons) - 1, 0), True
        else:
            if row.lesson_index >= len(series.lessons):  # content shrank since: clamp
                row.set(lesson_index=len(series.lessons) - 1, step_index=0)
            if row.step_index >= len(series.lessons[row.lesson_index].steps):
                row.set(step_index=0)
            position = Position(series, row.lesson_index, row.step_index)
        await self._enter(session, user, row, position)
        await save(session, row)
        return position, False

    async def resume(self, session: Session, user: Person, within: timedelta = RECENT) -> Position | None:
        """The step of the series the person touched last, if that was within `within` and the series is not
        finished: text typed there takes them back to the same card (shown again, so counted as a view)."""
        found = (await session.execute(
            select(LessonProgress.series, *PROGRESS_COLUMNS)
            .where(LessonProgress.user_id == user.id, LessonProgress.completed_at.is_(None),
                   LessonProgress.updated_at >= utcnow() - within)
            .order_by(LessonProgress.updated_at.desc())
            .limit(1)
        )).first()
        if found is None or found.series not in {s.id for s in await self.available(session, user)}:
            return None
        series_id, *values = found
        session.info[("progress", user.id, series_id)] = Progress(user.id, series_id, *values)
        position, finished = await self.open(session, user, series_id)
        return None if finished else position

    async def open_lesson(self, session: Session, user: Person, series_id: str, lesson_index: int,
                          cohort_id: int | None = None) -> Position:
        """A pushed lesson: move forward to it (never backwards past lessons already done) and show its step."""
        series = await self.series(session, user, series_id)
        if not 0 <= lesson_index < len(series.lessons):
            raise LessonError("no such lesson")
        row = await self._progress(session, user, series_id)
        if row is None:
            row = Progress(user.id, series_id, lesson_index=lesson_index, cohort_id=cohort_id, stored=False)
        else:
            row.set(cohort_id=row.cohort_id or cohort_id)
            if row.completed_at is not None:  # finished before: take the pushed lesson again
                row.set(completed_at=None, lesson_index=lesson_index, step_index=0)
            elif lesson_index > row.lesson_index:
                row.set(lesson_index=lesson_index, step_index=0)
        position = Position(series, row.lesson_index, row.step_index)
        await self._enter(session, user, row, position)
        await save(session, row)
        return position

    async def _at(self, session: Session, user: Person, series_id: str, lesson_index: int,
                  step_index: int) -> tuple[Progress, Position]:
        series = await self.series(session, user, series_id)
        row = await self._progress(session, user, series_id)
        if row is None or row.completed_at is not None:
            raise LessonError("no lesson in progress")
        if (row.lesson_index, row.step_index) != (lesson_index, step_index):
            raise LessonError("button from another step")
        return row, Position(series, lesson_index, step_index)

    async def advance(self, session: Session, user: Person, series_id: str, lesson_index: int,
                      step_index: int) -> tuple[Moved, Position]:
        """'Next' on a card or 'Continue' after a quiz at exactly this position."""
        row, position = await self._at(session, user, series_id, lesson_index, step_index)
        if isinstance(position.step, QuizStep) and not await self._answered(session, user, position):
            raise LessonError("answer the question first")
        row.touch()
        if step_index + 1 < position.steps:
            row.set(step_index=step_index + 1)
            moved = Position(position.series, lesson_index, step_index + 1)
            await self._enter(session, user, row, moved)
            await save(session, row)
            return Moved.STEP, moved
        row.set(lessons_done=max(row.lessons_done, lesson_index + 1))
        self._record(user, "lesson_completed", position, row)
        if lesson_index + 1 < len(position.series.lessons):
            row.set(lesson_index=lesson_index + 1, step_index=0)
            await save(session, row)
            return Moved.LESSON_DONE, position
        row.set(completed_at=utcnow())
        self._record(user, "series_completed", position, row, with_lesson=False)
        await save(session, row)
        return Moved.SERIES_DONE, position

    async def back(self, session: Session, user: Person, series_id: str, lesson_index: int,
                   step_index: int) -> Position:
        """'Back' at exactly this position: the previous step of the same lesson (a question answered before
        shows again; only its first answer counted). On a lesson's first step the handler shows the series."""
        row, position = await self._at(session, user, series_id, lesson_index, step_index)
        if step_index == 0:
            raise LessonError("no step before the first")
        row.set(step_index=step_index - 1)
        row.touch()
        moved = Position(position.series, lesson_index, step_index - 1)
        await self._enter(session, user, row, moved)
        await save(session, row)
        return moved

    async def _answered(self, session: Session, user: Person, position: Position) -> bool:
        step = position.step
        assert isinstance(step, QuizStep)
        known = session.info.pop(("answered", user.id, position.series.id, position.lesson.id, step.quiz), None)
        if known is not None:  # read with the person (`learner`), trusted once: this action may answer it
            return bool(known)
        found = await session.scalar(_ANSWERED, {"user_id": user.id, "series": position.series.id,
                                                 "lesson": position.lesson.id, "quiz": step.quiz})
        return found is not None

    async def answer(self, session: Session, user: Person, series_id: str, lesson_index: int,
                     step_index: int, option: str) -> QuizResult:
        """An option tapped. Only the first answer to a question counts; repeats get the same feedback."""
        series = await self.series(session, user, series_id)
        try:
            position = Position(series, lesson_index, step_index)
            step = position.step
        except IndexError:
            raise LessonError("no such step") from None
        if not isinstance(step, QuizStep) or option not in step.options:
            raise LessonError("no such option")
        if await self._answered(session, user, position):
            return QuizResult(position, option, option == step.answer, first_attempt=False)
        row = await self._progress(session, user, series_id)
        if row is None or (row.lesson_index, row.step_index) != (lesson_index, step_index) or row.completed_at:
            raise LessonError("question is not the current step")
        correct = option == step.answer
        row.quiz_answer = {"user_id": user.id, "series": series_id, "lesson": position.lesson.id, "quiz": step.quiz,
                           "option": option, "correct": correct}
        self._record(user, "quiz_answered", position, row, value=int(correct))
        row.touch()
        await save(session, row)
        return QuizResult(position, option, correct, first_attempt=True)
