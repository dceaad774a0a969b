"""Loads `content/` into typed models once at start-up and fails loudly, naming the file and the field."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pydantic import (
    BaseModel,
    ValidationError,
)

from bot.content.base import ContentError
from bot.content.checkins import MnrModel, Questionnaire
from bot.content.help import CountryRules, HelpResources, SafetyContent, SafetyLanguage, SafetyRules
from bot.content.images import IMAGES_FOLDER
from bot.content.polls import Poll
from bot.content.series import CardStep, Series
from bot.content.yaml_files import read_yaml


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



def _display(path: Path, content_dir: Path) -> str:
    try:
        return (Path(content_dir.name) / path.relative_to(content_dir)).as_posix()
    except ValueError:
        return str(path)


def _parse(model: type[BaseModel], path: Path, content_dir: Path, languages: tuple[str, ...] = ()) -> Any:
    data = read_yaml(path, _display(path, content_dir))
    try:
        return model.model_validate(data, context={"languages": languages})
    except ValidationError as error:
        first = error.errors()[0]
        message = first["msg"].removeprefix("Value error, ")
        raise ContentError(f"{_display(path, content_dir)}: {_field_path(first['loc'])}: {message}") from None


@dataclass(frozen=True)
class Catalog:
    help: HelpResources
    countries: CountryRules
    safety: SafetyContent | None  # None in a running bot: see without_safety_words
    series: dict[str, Series]
    mnr: MnrModel
    questionnaires: dict[str, Questionnaire]
    polls: dict[str, Poll] = field(default_factory=dict)

    def without_safety_words(self) -> Catalog:
        """The catalog without the safety words files as parsed: once the matcher is built from them
        (`SafetyMatcher.from_content`) a running bot never reads them again, and they were 2.3 MB of objects."""
        return replace(self, safety=None)

    def series_for(self, *audience_keys: str) -> list[Series]:
        return [s for s in self.series.values() if _seen_by(s, audience_keys)]

    def seen_series(self, series_id: str, *audience_keys: str) -> Series | None:
        """The series if these audiences see it (as `series_for` would list it), looked up by its id."""
        series = self.series.get(series_id)
        return series if series is not None and _seen_by(series, audience_keys) else None


def _seen_by(series: Series, audience_keys: tuple[str, ...]) -> bool:
    return any(key in series.audiences for key in audience_keys)


def _load_folder(model: type[Any], folder: Path, content_dir: Path) -> dict[str, Any]:
    items: dict[str, Any] = {}
    for path in sorted(folder.glob("*.yaml")):
        item = _parse(model, path, content_dir)
        if item.id != path.stem:
            raise ContentError(f"{_display(path, content_dir)}: id: {item.id!r} must match the file name")
        items[item.id] = item
    return items


def _check_images_exist(series: dict[str, Series], content_dir: Path) -> None:
    for item in series.values():
        for lesson_index, lesson in enumerate(item.lessons):
            for step_index, step in enumerate(lesson.steps):
                if isinstance(step, CardStep) and step.image is not None:
                    image = content_dir / IMAGES_FOLDER / f"{step.image}.svg"
                    if not image.is_file():
                        raise ContentError(
                            f"{_display(content_dir / 'series' / f'{item.id}.yaml', content_dir)}: "
                            f"lessons[{lesson_index}].steps[{step_index}].image: "
                            f"{_display(image, content_dir)} does not exist"
                        )


def _load_safety(folder: Path, content_dir: Path, required: tuple[str, ...]) -> SafetyContent:
    """rules.yaml declares the concepts and rules; every other file is one language's words (any language children
    write, not only those the bot speaks), and every language the bot offers (`required`) needs one."""
    rules_path = folder / "rules.yaml"
    rules: SafetyRules = _parse(SafetyRules, rules_path, content_dir)
    languages: dict[str, SafetyLanguage] = {}
    for path in sorted(folder.glob("*.yaml")):
        if path == rules_path:
            continue
        language: SafetyLanguage = _parse(SafetyLanguage, path, content_dir)
        for name in language.concepts:
            if name not in rules.concepts:
                declared_in = _display(rules_path, content_dir)
                raise ContentError(f"{_display(path, content_dir)}: concepts.{name}: not declared in {declared_in}")
        languages[path.stem] = language
    safety = SafetyContent(rules, languages)
    require_safety_words(safety, content_dir, required)
    return safety


def require_safety_words(safety: SafetyContent, content_dir: Path, required: Iterable[str]) -> None:
    """Every language the bot offers needs a words file: a ContentError naming those without one. What
    `load_catalog(content_dir, required)` adds to `load_catalog(content_dir)`, for a catalog already loaded."""
    missing = [code for code in required if code not in safety.languages]
    if missing:
        folder = content_dir / "help" / "safety"
        raise ContentError(f"{_display(folder, content_dir)}: needs a words file for {', '.join(missing)}")


def load_catalog(content_dir: Path, languages: Iterable[str] = ()) -> Catalog:
    """`languages`: those the content must serve (safety words are required for each)."""
    languages = tuple(languages)
    series = _load_folder(Series, content_dir / "series", content_dir)
    _check_images_exist(series, content_dir)
    questionnaires = _load_folder(Questionnaire, content_dir / "checkins", content_dir)
    return Catalog(
        help=_parse(HelpResources, content_dir / "help" / "resources.yaml", content_dir),
        countries=_parse(CountryRules, content_dir / "help" / "countries.yaml", content_dir),
        safety=_load_safety(content_dir / "help" / "safety", content_dir, languages),
        series=series,
        mnr=_parse(MnrModel, content_dir / "mnr" / "model.yaml", content_dir),
        questionnaires=questionnaires,
        polls=_load_folder(Poll, content_dir / "polls", content_dir),
    )
