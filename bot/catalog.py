"""Loads `content/` into typed models once at start-up and fails loudly, naming the file and the field."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    ValidationError,
    field_validator,
    model_validator,
)

from bot.settings import LOCALES

CONTENT_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,23}$")
AUDIENCES = ("youth_13_15", "youth_16_17", "caregiver")
RESOURCE_KINDS = (
    "child_helpline",
    "abuse_report_line",
    "hotline",
    "emergency",
    "takedown_minor",
    "takedown_adult",
    "helpline_directory",
    "hotline_directory",
)


class ContentError(Exception):
    """Broken content. The message names the file and the field and is fit to print as is."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_id(value: str) -> str:
    if not CONTENT_ID.match(value):
        raise ValueError("must be 1-24 lowercase ASCII letters, digits or '-', starting with a letter or digit")
    return value


# --- help resources -----------------------------------------------------------------------------------


class Resource(_Strict):
    kind: Literal[
        "child_helpline",
        "abuse_report_line",
        "hotline",
        "emergency",
        "takedown_minor",
        "takedown_adult",
        "helpline_directory",
        "hotline_directory",
    ]
    name: str = Field(min_length=1, max_length=80)
    phone: str | None = Field(default=None, pattern=r"^[0-9+][0-9 -]{1,19}$")
    url: str | None = Field(default=None, pattern=r"^https://\S+$")
    source: str = Field(min_length=5)

    @model_validator(mode="after")
    def _reachable(self) -> Resource:
        if not (self.phone or self.url):
            raise ValueError("needs a phone or a url")
        return self


class HelpResources(_Strict):
    global_: list[Resource] = Field(alias="global", min_length=1)
    eu: list[Resource] = Field(default_factory=list)
    countries: dict[str, list[Resource]] = Field(default_factory=dict)

    @field_validator("countries")
    @classmethod
    def _iso_codes(cls, value: dict[str, list[Resource]]) -> dict[str, list[Resource]]:
        for code in value:
            if not re.fullmatch(r"[A-Z]{2}", code):
                raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-2 code")
        return value


# --- countries --------------------------------------------------------------------------------------


class CountryRules(_Strict):
    # Countries where Telegram requires users to be 16+ (EU member states and the UK).
    min_age_16: frozenset[str]
    eu: frozenset[str]
    shortlist: dict[str, list[str]]

    @field_validator("shortlist")
    @classmethod
    def _every_locale(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        missing = [code for code in LOCALES if code not in value]
        if missing:
            raise ValueError(f"needs a shortlist for {', '.join(missing)}")
        return value


# --- safety words -----------------------------------------------------------------------------------


class SafetyWords(_Strict):
    help: dict[str, list[str]]
    stop: dict[str, list[str]]
    disclosure: dict[str, list[str]]

    @field_validator("help", "stop", "disclosure")
    @classmethod
    def _every_locale(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        missing = [code for code in LOCALES if not value.get(code)]
        if missing:
            raise ValueError(f"needs words for {', '.join(missing)}")
        return value


# --- lesson series ----------------------------------------------------------------------------------


class CardStep(_Strict):
    card: str

    _id = field_validator("card")(_check_id)


class QuizStep(_Strict):
    quiz: str
    options: list[str] = Field(min_length=2, max_length=4)
    answer: str

    _id = field_validator("quiz")(_check_id)

    @field_validator("options")
    @classmethod
    def _option_ids(cls, value: list[str]) -> list[str]:
        for option in value:
            _check_id(option)
        if len(set(value)) != len(value):
            raise ValueError("option ids must be unique")
        return value

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


class Lesson(_Strict):
    id: str
    steps: list[Step] = Field(min_length=1, max_length=12)

    _id = field_validator("id")(_check_id)

    @model_validator(mode="after")
    def _unique_steps(self) -> Lesson:
        ids = [s.card if isinstance(s, CardStep) else s.quiz for s in self.steps]
        if len(set(ids)) != len(ids):
            raise ValueError("step ids must be unique inside a lesson")
        return self


def _yaml_booleans(value: Any) -> Any:
    """YAML reads yes/no/on/off/true/false as booleans: say so instead of "should be a valid string"."""
    if isinstance(value, list) and any(isinstance(v, bool) for v in value):
        raise ValueError("an option id was read as true/false: quote yes, no, on, off, true and false ('no')")
    return value


def _option_ids(value: list[str]) -> list[str]:
    for option in value:
        _check_id(option)
    if len(set(value)) != len(value):
        raise ValueError("option ids must be unique")
    return value


class VoiceQuestion(_Strict):
    """A one-tap question asked once after a series is completed (youth voice, MNR capability 14)."""

    id: str
    options: list[str] = Field(min_length=2, max_length=6)

    _id = field_validator("id")(_check_id)
    _booleans = field_validator("options", mode="before")(_yaml_booleans)
    _options = field_validator("options")(_option_ids)


class Series(_Strict):
    id: str
    audiences: list[Literal["youth_13_15", "youth_16_17", "caregiver"]] = Field(min_length=1)
    capabilities: list[int] = Field(default_factory=lambda: [13])
    duration_minutes: int = Field(ge=1, le=600)
    lessons: list[Lesson] = Field(min_length=1, max_length=20)
    voice_question: VoiceQuestion | None = None

    _id = field_validator("id")(_check_id)

    @field_validator("capabilities")
    @classmethod
    def _mnr_ids(cls, value: list[int]) -> list[int]:
        if not value or any(not 1 <= c <= 21 for c in value):
            raise ValueError("must be MNR capability ids between 1 and 21")
        return value

    @model_validator(mode="after")
    def _unique_lessons(self) -> Series:
        ids = [lesson.id for lesson in self.lessons]
        if len(set(ids)) != len(ids):
            raise ValueError("lesson ids must be unique inside a series")
        return self

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
            else:
                ids.append(f"{base}-{step.quiz}")
                for option in step.options:
                    ids += [f"{base}-{step.quiz}-{option}", f"{base}-{step.quiz}-{option}-why"]
    if series.voice_question is not None:
        voice = f"{prefix}-voice-{series.voice_question.id}"
        ids.append(voice)
        ids += [f"{voice}-{option}" for option in series.voice_question.options]
    return ids


# --- MNR model and check-in questionnaires ----------------------------------------------------------------

PHASES = ("building", "enhancement", "integration", "maturity")
SECTOR_CODES = ("gov", "police", "justice", "social", "health", "edu", "ngo", "tech", "other")
ANSWER_VALUES = {
    "phase": (*PHASES, "dk"),
    "agree5": ("1", "2", "3", "4", "5", "dk"),
    "yes_no": ("yes", "no", "dk"),
}


def _check_sectors(value: list[str] | None) -> list[str] | None:
    if value is None:
        return None
    allowed = {*SECTOR_CODES, "all"}
    unknown = [v for v in value if v not in allowed]
    if unknown or not value:
        raise ValueError(f"sectors must be 'all' or among {', '.join(SECTOR_CODES)}; got {unknown or value}")
    return value


class MnrDomain(_Strict):
    id: Literal["policy", "justice", "victim", "societal", "industry", "media"]
    capabilities: list[int] = Field(min_length=1)


class MnrModel(_Strict):
    phases: list[Literal["building", "enhancement", "integration", "maturity"]]
    domains: list[MnrDomain] = Field(min_length=6, max_length=6)

    @model_validator(mode="after")
    def _all_capabilities_once(self) -> MnrModel:
        listed = sorted(c for d in self.domains for c in d.capabilities)
        if listed != list(range(1, 22)):
            raise ValueError("domains must list capabilities 1..21, each exactly once")
        if tuple(self.phases) != PHASES:
            raise ValueError(f"phases must be {list(PHASES)} in this order")
        return self


class CheckinItem(_Strict):
    id: str
    kind: Literal["phase", "agree5", "yes_no", "choice"]
    capabilities: list[int] = Field(min_length=1)
    options: list[str] | None = None
    sectors: list[str] | None = None

    _id = field_validator("id")(_check_id)
    _sectors = field_validator("sectors")(_check_sectors)

    @field_validator("capabilities")
    @classmethod
    def _mnr_ids(cls, value: list[int]) -> list[int]:
        if any(not 1 <= c <= 21 for c in value):
            raise ValueError("must be MNR capability ids between 1 and 21")
        return value

    @model_validator(mode="after")
    def _options_fit_kind(self) -> CheckinItem:
        if self.kind == "choice":
            if not self.options or not 2 <= len(self.options) <= 6:
                raise ValueError("a choice item needs 2-6 options")
            for option in self.options:
                _check_id(option)
        elif self.options is not None:
            raise ValueError(f"a {self.kind} item takes no options")
        return self

    def answer_values(self) -> tuple[str, ...]:
        return (*(self.options or ()), "dk") if self.kind == "choice" else ANSWER_VALUES[self.kind]

    def seen_by(self, sector: str | None) -> bool:
        return self.sectors is None or "all" in self.sectors or sector in self.sectors


class Questionnaire(_Strict):
    id: str
    version: int = Field(ge=1)
    sectors: list[str]
    minutes: int = Field(ge=1, le=60)
    items: list[CheckinItem] = Field(min_length=1, max_length=30)

    _id = field_validator("id")(_check_id)
    _sectors = field_validator("sectors")(_check_sectors)

    @model_validator(mode="after")
    def _unique_items(self) -> Questionnaire:
        ids = [item.id for item in self.items]
        if len(set(ids)) != len(ids):
            raise ValueError("item ids must be unique")
        return self

    def offered_to(self, sector: str | None) -> bool:
        return "all" in self.sectors or sector in self.sectors

    def items_for(self, sector: str | None) -> list[CheckinItem]:
        return [item for item in self.items if item.seen_by(sector)]


def questionnaire_message_ids(questionnaire: Questionnaire) -> list[str]:
    prefix = f"ci-{questionnaire.id}"
    ids = [f"{prefix}-title", f"{prefix}-about"]
    for item in questionnaire.items:
        ids.append(f"{prefix}-{item.id}")
        ids += [f"{prefix}-{item.id}-{option}" for option in item.options or ()]
    return ids


def mnr_message_ids(model: MnrModel) -> list[str]:
    ids = [f"mnr-domain-{d.id}" for d in model.domains]
    for capability in range(1, 22):
        ids += [f"mnr-cap-{capability}", f"mnr-cap-{capability}-desc"]
    for phase in model.phases:
        ids += [f"mnr-phase-{phase}", f"mnr-phase-{phase}-desc"]
    return ids


# --- youth polls ----------------------------------------------------------------------------------


class Poll(_Strict):
    """A youth poll (MNR capability 14): one question, 2-6 options, open from `opens` to the end of `closes`
    (UTC days) for the audiences and countries listed."""

    id: str
    options: list[str] = Field(min_length=2, max_length=6)
    audiences: list[Literal["youth_13_15", "youth_16_17", "caregiver"]] = Field(min_length=1)
    countries: list[str] = Field(min_length=1)
    opens: date
    closes: date
    capabilities: list[int] = Field(default_factory=lambda: [14])

    _id = field_validator("id")(_check_id)
    _booleans = field_validator("options", mode="before")(_yaml_booleans)
    _options = field_validator("options")(_option_ids)

    @field_validator("countries", mode="before")
    @classmethod
    def _all_or_list(cls, value: Any) -> Any:
        return ["all"] if value == "all" else value

    @field_validator("countries")
    @classmethod
    def _iso_codes(cls, value: list[str]) -> list[str]:
        if value == ["all"]:
            return value
        for code in value:
            if not re.fullmatch(r"[A-Z]{2}", code):
                raise ValueError(f"must be 'all' or a list of ISO 3166-1 alpha-2 codes; got {code!r}")
        return value

    @field_validator("capabilities")
    @classmethod
    def _mnr_ids(cls, value: list[int]) -> list[int]:
        if not value or any(not 1 <= c <= 21 for c in value):
            raise ValueError("must be MNR capability ids between 1 and 21")
        return value

    @model_validator(mode="after")
    def _window(self) -> Poll:
        if self.closes < self.opens:
            raise ValueError(f"closes ({self.closes}) is before opens ({self.opens})")
        return self

    @property
    def opens_at(self) -> datetime:
        return datetime.combine(self.opens, time.min, tzinfo=UTC)

    @property
    def closes_at(self) -> datetime:
        """The last moment the poll is open: the end of its closing day, UTC."""
        return datetime.combine(self.closes, time.max, tzinfo=UTC)

    def is_open(self, now: datetime) -> bool:
        return self.opens_at <= now <= self.closes_at

    def for_country(self, country: str | None) -> bool:
        return self.countries == ["all"] or country in self.countries


def poll_message_ids(poll: Poll) -> list[str]:
    """`poll-<id>` is the question; `poll-<id>-<option>` each option's button label."""
    return [f"poll-{poll.id}", *(f"poll-{poll.id}-{option}" for option in poll.options)]


# --- loading ----------------------------------------------------------------------------------------


def _field_path(loc: tuple[Any, ...]) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif part in ("CardStep", "QuizStep") or str(part).startswith(("function-", "tagged-union")):
            continue
        else:
            path += ("." if path else "") + str(part)
    return path or "(top level)"


def _read_yaml(path: Path, content_dir: Path) -> Any:
    name = _display(path, content_dir)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError(f"{name}: file is missing") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        raise ContentError(f"{name}: malformed YAML{where}: {getattr(error, 'problem', error)}") from None


def _display(path: Path, content_dir: Path) -> str:
    try:
        return (Path(content_dir.name) / path.relative_to(content_dir)).as_posix()
    except ValueError:
        return str(path)


def _parse(model: type[BaseModel], path: Path, content_dir: Path) -> Any:
    data = _read_yaml(path, content_dir)
    try:
        return model.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        message = first["msg"].removeprefix("Value error, ")
        raise ContentError(f"{_display(path, content_dir)}: {_field_path(first['loc'])}: {message}") from None


@dataclass(frozen=True)
class Catalog:
    help: HelpResources
    countries: CountryRules
    safety_words: SafetyWords
    series: dict[str, Series]
    mnr: MnrModel
    questionnaires: dict[str, Questionnaire]
    polls: dict[str, Poll] = field(default_factory=dict)

    def series_for(self, audience_key: str) -> list[Series]:
        return [s for s in self.series.values() if audience_key in s.audiences]


def _load_folder(model: type[Any], folder: Path, content_dir: Path) -> dict[str, Any]:
    items: dict[str, Any] = {}
    for path in sorted(folder.glob("*.yaml")):
        item = _parse(model, path, content_dir)
        if item.id != path.stem:
            raise ContentError(f"{_display(path, content_dir)}: id: {item.id!r} must match the file name")
        items[item.id] = item
    return items


def load_catalog(content_dir: Path) -> Catalog:
    series = _load_folder(Series, content_dir / "series", content_dir)
    questionnaires = _load_folder(Questionnaire, content_dir / "checkins", content_dir)
    return Catalog(
        help=_parse(HelpResources, content_dir / "help" / "resources.yaml", content_dir),
        countries=_parse(CountryRules, content_dir / "help" / "countries.yaml", content_dir),
        safety_words=_parse(SafetyWords, content_dir / "help" / "safety_words.yaml", content_dir),
        series=series,
        mnr=_parse(MnrModel, content_dir / "mnr" / "model.yaml", content_dir),
        questionnaires=questionnaires,
        polls=_load_folder(Poll, content_dir / "polls", content_dir),
    )
