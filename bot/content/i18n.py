"""Fluent translations: one bundle per locale, English as the fallback for anything missing.

Bidi isolation marks are off: they break phone numbers, URLs and HTML when a reader copies them, and Telegram
clients already lay out right-to-left text by the Unicode bidi algorithm.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser, ast, visitor

from bot.settings import LOCALES

log = logging.getLogger(__name__)
FALLBACK_LOCALE = "en"
RTL_LOCALES = frozenset({"ar"})


@dataclass
class MessageShape:
    """What a message needs from the code: its variables and attributes."""

    variables: frozenset[str]
    attributes: frozenset[str]


@dataclass
class LocaleFiles:
    """One locale's parsed messages, kept for the checker; `where` names the file of each id."""

    code: str
    shapes: dict[str, MessageShape] = field(default_factory=dict)
    where: dict[str, str] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    syntax_errors: list[str] = field(default_factory=list)


class _Variables(visitor.Visitor):
    def __init__(self) -> None:
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)


def _ftl_files(locale_dir: Path) -> list[Path]:
    return sorted(locale_dir.rglob("*.ftl"))


_parsed: dict[tuple[Path, int], FluentResource] = {}


def _resource(path: Path) -> FluentResource:
    """Parsing Fluent is the slow part of start-up; reuse a file's parse while it is unchanged."""
    key = (path, path.stat().st_mtime_ns)
    if key not in _parsed:
        _parsed[key] = FluentResource(path.read_text(encoding="utf-8"))
    return _parsed[key]


def parse_locale(locales_dir: Path, code: str) -> LocaleFiles:
    """Parse every .ftl file of one locale with the strict syntax parser (for checks and shapes)."""
    result = LocaleFiles(code)
    parser = FluentParser(with_spans=False)
    for path in _ftl_files(locales_dir / code):
        relative = path.relative_to(locales_dir).as_posix()
        source = path.read_text(encoding="utf-8")
        for entry in parser.parse(source).body:
            if isinstance(entry, ast.Junk):
                first_line = entry.content.strip().splitlines()[0] if entry.content.strip() else ""
                result.syntax_errors.append(f"{relative}: cannot parse near {first_line[:60]!r}")
                continue
            if not isinstance(entry, ast.Message | ast.Term):
                continue
            key = ("-" if isinstance(entry, ast.Term) else "") + entry.id.name
            if key in result.where:
                result.syntax_errors.append(f"{relative}: '{key}' is defined twice")
            names = _Variables()
            names.visit(entry)
            result.shapes[key] = MessageShape(
                frozenset(names.names), frozenset(a.id.name for a in entry.attributes)
            )
            result.where[key] = relative
            if isinstance(entry, ast.Message) and entry.value is not None:
                result.texts[key] = "".join(
                    el.value if isinstance(el, ast.TextElement) else "{}" for el in entry.value.elements
                )
    return result


class I18n:
    """Formats messages. `t()` never raises: a missing id falls back to English, then to the id itself."""

    def __init__(self, locales_dir: Path, locales: Iterable[str] = LOCALES) -> None:
        self.locales_dir = locales_dir
        self.locales = tuple(locales)
        self._bundles: dict[str, FluentBundle] = {}
        for code in self.locales:
            bundle = FluentBundle([code], use_isolating=False)
            for path in _ftl_files(locales_dir / code):
                bundle.add_resource(_resource(path))
            self._bundles[code] = bundle

    def has(self, locale: str, message_id: str) -> bool:
        bundle = self._bundles.get(locale)
        return bundle is not None and bundle.has_message(message_id)

    def t(self, locale: str, message_id: str, /, **args: Any) -> str:
        # Positional-only, so that a Fluent variable may be called $locale or $message_id (settings-current
        # uses { $locale }) without clashing with these parameters.
        for code in (locale, FALLBACK_LOCALE):
            bundle = self._bundles.get(code)
            if bundle is None or not bundle.has_message(message_id):
                continue
            message = bundle.get_message(message_id)
            if message.value is None:
                continue
            text, errors = bundle.format_pattern(message.value, args)
            if errors:
                log.warning("fluent errors in %s/%s: %s", code, message_id, [type(e).__name__ for e in errors])
            return text
        log.error("message id %r missing in every locale", message_id)
        return message_id

    def negotiate(self, language_code: str | None, default: str) -> str:
        """Pick one of our locales from Telegram's `language_code` (e.g. 'pt-br' -> 'pt')."""
        if language_code:
            primary = language_code.replace("_", "-").split("-")[0].lower()
            if primary in self.locales:
                return primary
        return default
