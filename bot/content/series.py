"""Lesson series (content/series/): lessons made of cards and quizzes, and the series' youth-voice question."""

from __future__ import annotations

import datetime
from typing import Annotated, Any, Literal

from pydantic import (
    Discriminator,
    Field,
    Tag,
    field_validator,
    model_validator,
)

from bot.content.base import IMAGE_NAME, StrictModel, capability_ids, check_id, option_ids, yaml_booleans

# Who a series is for. `professional`: people who said they are professionals at onboarding, and trainers
# (whatever they said), in /lessons; professional series are not pushed to cohorts.
SeriesAudience = Literal["youth_13_15", "youth_16_17", "caregiver", "professional"]
FIRST_YEAR = 1990


def https_url(value: str) -> str:
    if not value.startswith("https://") or len(value) <= len("https://") or any(c.isspace() for c in value):
        raise ValueError("must be an https:// address without spaces")
    return value


def plausible_year(value: int | None) -> int | None:
    if value is not None and not FIRST_YEAR <= value <= datetime.date.today().year + 1:
        raise ValueError(f"must be a year between {FIRST_YEAR} and next year")
    return value


class Source(StrictModel):
    """Named guidance a series is grounded in: organisation and page title, its address, its year if known."""

    name: str = Field(min_length=3, max_length=200)
    url: str
    year: int | None = None

    _url = field_validator("url")(https_url)
    _year = field_validator("year")(plausible_year)


class Statistic(StrictModel):
    """Where a figure shown on a card comes from (every number shown needs one)."""

    source: str = Field(min_length=3, max_length=200)
    year: int
    url: str

    _url = field_validator("url")(https_url)
    _year = field_validator("year")(plausible_year)


class CardStep(StrictModel):
    card: str
    image: str | None = None  # content/images/<image>.svg, alt text in s-<series>-<lesson>-<card>-alt
    statistic: Statistic | None = None

    _id = field_validator("card")(check_id)

    @field_validator("image")
    @classmethod
    def _image_name(cls, value: str | None) -> str | None:
        if value is not None and not IMAGE_NAME.match(value):
            raise ValueError("must be the name of content/images/<name>.svg: lowercase ASCII letters, digits, '-'")
        return value


class QuizStep(StrictModel):
    quiz: str
    options: list[str] = Field(min_length=2, max_length=4)
    answer: str

    _id = field_validator("quiz")(check_id)

    _options = field_validator("options")(option_ids)

    @model_validator(mode="after")
    def _answer_is_an_option(self) -> QuizStep:
        if self.answer not in self.options:
            raise ValueError(f"answer {self.answer!r} is not one of the options {self.options}")
        return self


def _step_kind(value: Any) -> str | None:
    """Which model a step is, from its key, so that an error names the step's real problem (not both models')."""
    if isinstance(value, dict):
        if "quiz" in value:
            return "QuizStep"
        return "CardStep" if "card" in value else None
    return type(value).__name__ if isinstance(value, CardStep | QuizStep) else None


Step = Annotated[
    Annotated[CardStep, Tag("CardStep")] | Annotated[QuizStep, Tag("QuizStep")],
    Discriminator(
        _step_kind,
        custom_error_type="step_kind",
        custom_error_message="a step needs a 'card' or a 'quiz' key",
    ),
]


class Lesson(StrictModel):
    id: str
    steps: list[Step] = Field(min_length=1, max_length=12)

    _id = field_validator("id")(check_id)

    @model_validator(mode="after")
    def _unique_steps(self) -> Lesson:
        ids = [s.card if isinstance(s, CardStep) else s.quiz for s in self.steps]
        if len(set(ids)) != len(ids):
            raise ValueError("step ids must be unique inside a lesson")
        return self


class VoiceQuestion(StrictModel):
    """A one-tap question asked once after a series is completed (youth voice, MNR capability 14)."""

    id: str
    options: list[str] = Field(min_length=2, max_length=6)

    _id = field_validator("id")(check_id)
    _booleans = field_validator("options", mode="before")(yaml_booleans)
    _options = field_validator("options")(option_ids)


class Series(StrictModel):
    id: str
    audiences: list[SeriesAudience] = Field(min_length=1)
    capabilities: list[int] = Field(default_factory=lambda: [13])
    duration_minutes: int = Field(ge=1, le=600)
    sources: list[Source] = Field(min_length=1)
    lessons: list[Lesson] = Field(min_length=1, max_length=20)
    voice_question: VoiceQuestion | None = None

    _id = field_validator("id")(check_id)

    _capabilities = field_validator("capabilities")(capability_ids)

    @model_validator(mode="after")
    def _unique_lessons(self) -> Series:
        ids = [lesson.id for lesson in self.lessons]
        if len(set(ids)) != len(ids):
            raise ValueError("lesson ids must be unique inside a series")
        return self

    def cards(self) -> list[tuple[Lesson, CardStep]]:
        return [(lesson, step) for lesson in self.lessons for step in lesson.steps if isinstance(step, CardStep)]

    def lesson_index(self, lesson_id: str) -> int | None:
        for index, lesson in enumerate(self.lessons):
            if lesson.id == lesson_id:
                return index
        return None


def series_message_ids(series: Series) -> list[str]:
    """Every Fluent id a series needs, in reading order."""
    prefix = f"s-{series.id}"
    ids = [f"{prefix}-title", f"{prefix}-about"]
    for lesson in series.lessons:
        base = f"{prefix}-{lesson.id}"
        ids.append(f"{base}-title")
        for step in lesson.steps:
            if isinstance(step, CardStep):
                ids.append(f"{base}-{step.card}")
                if step.image is not None:
                    ids.append(f"{base}-{step.card}-alt")
            else:
                ids.append(f"{base}-{step.quiz}")
                for option in step.options:
                    ids += [f"{base}-{step.quiz}-{option}", f"{base}-{step.quiz}-{option}-why"]
    if series.voice_question is not None:
        voice = f"{prefix}-voice-{series.voice_question.id}"
        ids.append(voice)
        ids += [f"{voice}-{option}" for option in series.voice_question.options]
    return ids
