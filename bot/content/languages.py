"""The languages the bot speaks are content: every folder of `locales/` with a `language.yaml` is one.

`locales/<code>/language.yaml` gives the language's own name, its English name, its writing direction and its
review status; Babel (CLDR) gives its plural categories, dates and numbers. `locales/unavailable.yaml` holds one
line, in the language itself, telling someone whose app speaks a language the bot does not that it is not
available yet.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from babel import Locale, UnknownLocaleError
from pydantic import Field, ValidationError

from bot.content.base import ContentError, StrictModel
from bot.content.yaml_files import read_yaml

LANGUAGE_FILE = "language.yaml"
UNAVAILABLE_FILE = "unavailable.yaml"
# ISO 639-1 (two letters, what Telegram sends as language_code) or ISO 639-3 where there is no two-letter code.
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")


class Language(StrictModel):
    code: str = Field(pattern=LANGUAGE_CODE.pattern)
    name: str = Field(min_length=1, max_length=40, description="the language's own name, as the picker shows it")
    english_name: str = Field(min_length=1, max_length=40)
    direction: Literal["ltr", "rtl"]
    status: Literal["draft", "reviewed"] = Field(description="reviewed only once a native speaker has checked it")
    # Message ids whose translation is rightly the same as the English text (a brand, "OK", "Menu" ...).
    same_as_english: frozenset[str] = frozenset()
    # Punctuation that takes a narrow no-break space (U+202F) before it, e.g. ":;!?" in French.
    narrow_space_before: str = ""

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"



def babel_locale(code: str) -> Locale | None:
    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return None


def load_language(locales_dir: Path, code: str) -> Language:
    shown = f"locales/{code}/{LANGUAGE_FILE}"
    data = read_yaml(locales_dir / code / LANGUAGE_FILE, shown)
    if not isinstance(data, dict):
        raise ContentError(f"{shown}: must be a mapping with name, english_name, direction and status")
    try:
        language = Language.model_validate({**data, "code": code})
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "(top level)"
        if field == "code":
            raise ContentError(f"locales/{code}: the folder must be named by an ISO 639 code like 'sw'") from None
        raise ContentError(f"{shown}: {field}: {first['msg'].removeprefix('Value error, ')}") from None
    if babel_locale(code) is None:
        raise ContentError(f"locales/{code}: Babel has no plural, date or number rules for {code!r}")
    return language


def language_folders(locales_dir: Path) -> list[Path]:
    """Every folder of locales/, a language or not (yet)."""
    if not locales_dir.is_dir():
        return []
    return sorted(p for p in locales_dir.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


def load_languages(locales_dir: Path) -> dict[str, Language]:
    """Every language folder (one with a language.yaml), by code. Broken files raise ContentError."""
    return {
        folder.name: load_language(locales_dir, folder.name)
        for folder in language_folders(locales_dir)
        if (folder / LANGUAGE_FILE).is_file()
    }


def picker_order(languages: dict[str, Language]) -> list[str]:
    """Codes in the order people look for them: by their own name, Latin script first."""
    return sorted(languages, key=lambda code: languages[code].name.casefold())


def load_unavailable(locales_dir: Path) -> dict[str, str]:
    """Language code -> one line in that language saying it is not available yet (empty when the file is absent)."""
    path = locales_dir / UNAVAILABLE_FILE
    if not path.is_file():
        return {}
    shown = f"locales/{UNAVAILABLE_FILE}"
    data = read_yaml(path, shown) or {}
    if not isinstance(data, dict):
        raise ContentError(f"{shown}: must map language codes to one line each")
    lines: dict[str, str] = {}
    for code, line in data.items():
        if not isinstance(code, str) or not LANGUAGE_CODE.match(code):
            raise ContentError(f"{shown}: {code!r}: keys must be ISO 639 codes like 'de'")
        if not isinstance(line, str) or not line.strip() or len(line) > 300 or "\n" in line.strip():
            raise ContentError(f"{shown}: {code}: must be one line of text (at most 300 characters)")
        lines[code] = line.strip()
    return lines
