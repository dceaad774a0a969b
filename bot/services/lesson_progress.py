"""A person's progress in one series as plain values, and the Core statements a lesson tap writes it with.

A tap reads one row (bot/services/lessons.py, `Lessons.learner`) and writes what changed: the progress row, a first
quiz answer and the reach events. The ORM's flush and unit of work cost more than the statements themselves
(bench/README.md, "Lesson path"), so the writes are Core statements, built once per shape with bind parameters.
Whether a lesson was started before is asked by the write itself (`Progress.first_start`), not by a read.
On PostgreSQL they are one statement (the answer and the events as CTEs of the progress write): one round trip,
atomic on its own. SQLite has no INSERT inside WITH: one statement each there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Executable, Table, bindparam, exists, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.models import Event, LessonProgress, QuizAnswer, utcnow
from bot.store.statements import direct

PROGRESS: Table = LessonProgress.__table__  # type: ignore[assignment]
EVENTS: Table = Event.__table__  # type: ignore[assignment]
QUIZ_ANSWERS: Table = QuizAnswer.__table__  # type: ignore[assignment]
# What a tap reads and may change of a progress row (the key is fixed, started_at written once).
PROGRESS_COLUMNS = (LessonProgress.lesson_index, LessonProgress.step_index, LessonProgress.lessons_done,
                    LessonProgress.completed_at, LessonProgress.cohort_id)
_CHANGING = ("lesson_index", "step_index", "lessons_done", "completed_at", "cohort_id")
EVENT_COLUMNS = tuple(column.name for column in EVENTS.c if column.name != "id")


@dataclass
class Progress:
    """One row of lesson_progress as read at the start of an action, and what the action adds to it."""

    user_id: int
    series: str
    lesson_index: int = 0
    step_index: int = 0
    lessons_done: int = 0
    completed_at: datetime | None = None
    cohort_id: int | None = None
    stored: bool = True  # False: a new row, inserted by `save`
    changed: bool = False  # the row is written (with a new updated_at) only when something changed
    events: list[dict[str, Any]] = field(default_factory=list)  # Analytics.values of each event
    # A "lesson_started" event (Analytics.values) written only if the person has none for that lesson yet: the check
    # is part of the write (`save`), not a read of its own.
    first_start: dict[str, Any] | None = None
    quiz_answer: dict[str, Any] | None = None  # the columns of a first answer (but answered_at)

    def set(self, **values: Any) -> None:
        for name, value in values.items():
            if getattr(self, name) != value:
                setattr(self, name, value)
                self.changed = True

    def touch(self) -> None:
        self.changed = True


def _params(prefix: str, names: tuple[str, ...], table: Table) -> dict[str, Any]:
    return {name: bindparam(f"{prefix}{name}", type_=table.c[name].type) for name in names}


def _progress_statement(new: bool) -> Executable:
    if new:
        names = ("user_id", "series", *_CHANGING, "started_at", "updated_at")
        return insert(PROGRESS).values(_params("p_", names, PROGRESS))
    return (update(PROGRESS)
            .where(PROGRESS.c.user_id == bindparam("p_user_id"), PROGRESS.c.series == bindparam("p_series"))
            .values(_params("p_", (*_CHANGING, "updated_at"), PROGRESS)))


def _quiz_statement() -> Executable:
    names = tuple(column.name for column in QUIZ_ANSWERS.c)
    return insert(QUIZ_ANSWERS).values(_params("q_", names, QUIZ_ANSWERS))


def _event_statement(number: int) -> Executable:
    # One row each: SQLAlchemy does not cache the compiled form of a multi-row VALUES (it would compile every tap).
    return insert(EVENTS).values(_params(f"e{number}_", EVENT_COLUMNS, EVENTS))


def _first_start_statement() -> Executable:
    """INSERT ... SELECT of one "lesson_started" event, WHERE NOT EXISTS one for the same person, series and lesson.
    (On PostgreSQL asyncpg's dialect casts each parameter to its column's type, `$1::VARCHAR`, so the SELECT list
    is typed.)"""
    values = _params("s_", EVENT_COLUMNS, EVENTS)
    started = exists().where(EVENTS.c.pseudonym == values["pseudonym"], EVENTS.c.kind == values["kind"],
                             EVENTS.c.series == values["series"], EVENTS.c.lesson == values["lesson"])
    return insert(EVENTS).from_select(list(values), select(*(value.label(name) for name, value in values.items()))
                                      .where(~started))


# dialect, progress (new / changed / untouched), quiz answer, a first "lesson_started", other events
_Shape = tuple[str, bool | None, bool, bool, int]
_statements: dict[_Shape, list[Executable]] = {}


def _statements_for(shape: _Shape) -> list[Executable]:
    found = _statements.get(shape)
    if found is not None:
        return found
    dialect, progress, quiz, first_start, events = shape
    built = []
    if progress is not None:
        built.append(_progress_statement(new=progress))
    if quiz:
        built.append(_quiz_statement())
    if first_start:
        built.append(_first_start_statement())
    built.extend(_event_statement(number) for number in range(events))
    if dialect == "postgresql" and len(built) > 1:
        first, *rest = built
        for number, statement in enumerate(rest):
            first = first.add_cte(statement.cte(f"w{number}"))  # type: ignore[attr-defined]
        built = [first]
    assert all(statement._generate_cache_key() is not None for statement in built)  # compiled once, then cached
    _statements[shape] = [direct(statement) for statement in built]  # on PostgreSQL, straight to asyncpg
    return built


async def save(session: AsyncSession, row: Progress) -> None:
    """Write what an action changed (see the module's docstring); the row is then as stored."""
    now = utcnow()
    params: dict[str, Any] = {}
    progress: bool | None = None
    if not row.stored or row.changed:
        progress = not row.stored
        params.update(p_user_id=row.user_id, p_series=row.series, p_updated_at=now, p_started_at=now,
                      **{f"p_{name}": getattr(row, name) for name in _CHANGING})
    if row.quiz_answer is not None:
        params.update({f"q_{name}": value for name, value in row.quiz_answer.items()}, q_answered_at=now)
    if row.first_start is not None:
        params.update({f"s_{name}": row.first_start[name] for name in EVENT_COLUMNS if name != "occurred_at"})
        params["s_occurred_at"] = now
    for number, event in enumerate(row.events):
        params.update({f"e{number}_{name}": event[name] for name in EVENT_COLUMNS if name != "occurred_at"})
        params[f"e{number}_occurred_at"] = now
    shape = (session.bind.dialect.name, progress, row.quiz_answer is not None, row.first_start is not None,
             len(row.events))
    row.stored, row.changed, row.events, row.quiz_answer, row.first_start = True, False, [], None, None
    for statement in _statements_for(shape):
        await session.execute(statement, params)
