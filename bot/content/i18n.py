"""Fluent translations: one bundle per language folder of `locales/`, English as the fallback for anything missing.

The languages offered (in the picker, the command menus, negotiation) are the folders with a language.yaml whose
translation is (nearly) complete: at most OFFER_MISSING_SHARE of English's messages missing, optionally restricted by
the LANGUAGES setting. So a folder half translated is not offered, while a language that has not caught up with a
few new English messages yet is not taken away from the people who speak it (those messages show in English, and
`check-content` fails until they are translated). A language not offered still speaks to people who chose it.

Bidi isolation marks are off: they break phone numbers, URLs and HTML when a reader copies them, and Telegram
clients already lay out right-to-left text by the Unicode bidi algorithm.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, ast, visitor

from bot.content.base import ContentError
from bot.content.languages import LANGUAGE_FILE, Language, babel_locale, load_languages, load_unavailable, picker_order

log = logging.getLogger(__name__)
FALLBACK_LOCALE = "en"


@dataclass(frozen=True)
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
    # Every piece of literal text of the entry (value, select variants, attributes), for the text checks.
    words: dict[str, str] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)
    variant_keys: dict[str, frozenset[str]] = field(default_factory=dict)
    syntax_errors: list[str] = field(default_factory=list)


class _Variables(visitor.Visitor):
    def __init__(self) -> None:
        self.names: set[str] = set()
        self.text: list[str] = []
        self.variant_keys: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)

    def visit_TextElement(self, node: ast.TextElement) -> None:
        self.text.append(node.value)

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
        self.variant_keys.update(v.key.name for v in node.variants if isinstance(v.key, ast.Identifier))
        self.generic_visit(node)


def _ftl_files(locale_dir: Path) -> list[Path]:
    return sorted(locale_dir.rglob("*.ftl"))


_parsed: dict[tuple[Path, int], ast.Resource] = {}
# Messages every language needs at start-up (the command menus): their text is kept from the parse that counts a
# language's messages, so that setting the menus does not load every language.
STARTUP_PREFIX = "cmd-"


@dataclass(frozen=True)
class _FileIndex:
    ids: tuple[str, ...]  # a tuple: 8 bytes an id where a frozenset took 30
    startup_texts: dict[str, str]


_indexes: dict[tuple[Path, int], _FileIndex] = {}
# One string object per message id, whatever the language: every language's index names the same ids (1,566 ids,
# 12,528 strings in eight languages before). English is indexed first (its bundle's parse), so its are kept.
_id_strings: dict[str, str] = {}


def _key(path: Path) -> tuple[Path, int]:
    return path, path.stat().st_mtime_ns


def _parse(path: Path) -> ast.Resource:
    # Without source positions: fluent.runtime's FluentResource keeps a Span on every node, a third of the
    # bot's memory at start-up (31 MB for eight languages) for what only error messages of checks use.
    return FluentParser(with_spans=False).parse(path.read_text(encoding="utf-8"))


def _resource(path: Path) -> ast.Resource:
    """Parsing Fluent is the slow part of start-up; reuse a file's parse while it is unchanged."""
    key = _key(path)
    if key not in _parsed:
        _parsed[key] = _parse(path)
    return _parsed[key]


def _plain_text(message: ast.Message) -> str | None:
    """The message's value when it is only text (what `t()` gives without arguments), else None."""
    if message.value is None or not all(isinstance(el, ast.TextElement) for el in message.value.elements):
        return None
    return "".join(el.value for el in message.value.elements)  # type: ignore[union-attr]


def _file_index(path: Path) -> _FileIndex:
    """One file's message ids and start-up texts, without keeping its parse (all a language not loaded yet keeps)."""
    key = _key(path)
    if key not in _indexes:
        resource = _parsed.get(key) or _parse(path)
        texts = {entry.id.name: text for entry in resource.body
                 if isinstance(entry, ast.Message) and entry.id.name.startswith(STARTUP_PREFIX)
                 and (text := _plain_text(entry)) is not None}
        ids = tuple(_id_strings.setdefault(name, name) for name in sorted(_message_ids([resource])))
        _indexes[key] = _FileIndex(ids, texts)
    return _indexes[key]


@dataclass(frozen=True)
class _Entry:
    """What the checker keeps of one message or term; `key` None for a piece that did not parse (Junk)."""

    key: str | None
    shape: MessageShape | None = None
    words: str = ""
    variant_keys: frozenset[str] = frozenset()
    comment: str | None = None
    text: str | None = None
    junk_line: str = ""


@functools.lru_cache(maxsize=1024)
def _entries(source: str) -> tuple[_Entry, ...]:
    """One .ftl file's entries, by its text: `check-content`'s copies of locales/ (tests break one file of a copy
    and check it whole) parse each unchanged file once, not once per check. Immutable: every caller shares them."""
    entries: list[_Entry] = []
    for entry in FluentParser(with_spans=False).parse(source).body:
        if isinstance(entry, ast.Junk):
            first_line = entry.content.strip().splitlines()[0] if entry.content.strip() else ""
            entries.append(_Entry(None, junk_line=first_line))
            continue
        if not isinstance(entry, ast.Message | ast.Term):
            continue
        names = _Variables()
        names.visit(entry)
        text = None
        if isinstance(entry, ast.Message) and entry.value is not None:
            text = "".join(el.value if isinstance(el, ast.TextElement) else "{}" for el in entry.value.elements)
        entries.append(_Entry(
            key=("-" if isinstance(entry, ast.Term) else "") + entry.id.name,
            shape=MessageShape(frozenset(names.names), frozenset(a.id.name for a in entry.attributes)),
            words="\n".join(names.text),
            variant_keys=frozenset(names.variant_keys),
            comment=entry.comment.content if entry.comment is not None else None,
            text=text,
        ))
    return tuple(entries)


def parse_locale(locales_dir: Path, code: str) -> LocaleFiles:
    """Parse every .ftl file of one locale with the strict syntax parser (for checks and shapes)."""
    result = LocaleFiles(code)
    for path in _ftl_files(locales_dir / code):
        relative = path.relative_to(locales_dir).as_posix()
        for entry in _entries(path.read_text(encoding="utf-8")):
            key = entry.key
            if key is None:
                result.syntax_errors.append(f"{relative}: cannot parse near {entry.junk_line[:60]!r}")
                continue
            if key in result.where:
                result.syntax_errors.append(f"{relative}: '{key}' is defined twice")
            assert entry.shape is not None
            result.shapes[key] = entry.shape
            result.where[key] = relative
            result.words[key] = entry.words
            if entry.variant_keys:
                result.variant_keys[key] = entry.variant_keys
            if entry.comment is not None:
                result.comments[key] = entry.comment
            if entry.text is not None:
                result.texts[key] = entry.text
    return result


def _message_ids(resources: Iterable[ast.Resource]) -> set[str]:
    return {entry.id.name for resource in resources for entry in resource.body if isinstance(entry, ast.Message)}


# A language is offered while at most this share of English's messages is missing from it.
OFFER_MISSING_SHARE = 0.05


def offerable(missing: int, total: int) -> bool:
    return missing <= OFFER_MISSING_SHARE * total


class I18n:
    """Formats messages. `t()` never raises: a missing id falls back to English, then to the id itself.

    English and the default language are loaded at once; any other language's bundle (its parsed Fluent files and
    Babel's locale data, about 3 MB each) when a message in it is first asked for: most deployments speak to most
    people in one or two languages, and eight loaded bundles were a sixth of the bot's memory.

    `languages`: every language folder; `locales`: the codes offered, in picker order (or the order of `only`);
    `missing`: per language, how many of English's messages it lacks.
    """

    def __init__(self, locales_dir: Path, only: Iterable[str] | None = None, default: str = FALLBACK_LOCALE) -> None:
        self.locales_dir = locales_dir
        self.languages: dict[str, Language] = load_languages(locales_dir)
        if FALLBACK_LOCALE not in self.languages:
            raise ContentError(f"locales/{FALLBACK_LOCALE}/{LANGUAGE_FILE}: file is missing "
                               "(English is the language every translation is checked against)")
        self.unavailable = load_unavailable(locales_dir)
        self._bundles: dict[str, FluentBundle] = {}
        self._loading = threading.Lock()
        self.default = default if default in self.languages else FALLBACK_LOCALE
        for code in dict.fromkeys((FALLBACK_LOCALE, self.default)):  # first, so the index below reuses their parse
            self._bundle(code)
        indexes = {code: [_file_index(path) for path in _ftl_files(locales_dir / code)] for code in self.languages}
        ids = {code: set().union(*(index.ids for index in files)) for code, files in indexes.items()}
        self._startup_texts = {code: {k: v for index in reversed(files) for k, v in index.startup_texts.items()}
                               for code, files in indexes.items()}
        self.missing = {code: len(ids[FALLBACK_LOCALE] - ids[code]) for code in self.languages}
        total = len(ids[FALLBACK_LOCALE]) or 1
        complete = [code for code in picker_order(self.languages) if offerable(self.missing[code], total)]
        self._offerable = frozenset(complete)
        wanted = list(dict.fromkeys(only)) if only else complete
        self.locales: tuple[str, ...] = tuple(code for code in wanted if code in complete)
        for code, count in self.missing.items():
            if count:
                offered = "offered, in English where" if code in complete else "not offered:"
                log.warning("language %s is %s %d messages are missing (python -m bot check-content)",
                            code, offered, count)

    def _bundle(self, code: str) -> FluentBundle | None:
        """The language's bundle, built on first use; None for a code with no language folder."""
        bundle = self._bundles.get(code)
        if bundle is not None or code not in self.languages:
            return bundle
        with self._loading:  # two threads asking at once build it once
            bundle = self._bundles.get(code)
            if bundle is None:
                bundle = FluentBundle([code], use_isolating=False)
                for path in _ftl_files(self.locales_dir / code):
                    bundle.add_resource(_resource(path))
                self._bundles[code] = bundle
        return bundle

    def why_not_offered(self, code: str) -> str:
        if code not in self.languages:
            return f"there is no locales/{code}/{LANGUAGE_FILE}"
        if code not in self._offerable:
            return (f"its translation lacks {self.missing[code]} of English's messages, more than "
                    f"{OFFER_MISSING_SHARE:.0%} (python -m bot check-content lists them)")
        return "LANGUAGES leaves it out"

    def name(self, code: str) -> str:
        """The language's own name (language.yaml), as the picker shows it."""
        language = self.languages.get(code)
        return language.name if language is not None else code

    def is_rtl(self, code: str) -> bool:
        language = self.languages.get(code)
        return language is not None and language.rtl

    def load_all(self) -> None:
        """Load every language now, for whoever will use them all at once (the first message in a language
        parses it: about half a second of CPU)."""
        for code in self.languages:
            self._bundle(code)

    @property
    def loaded(self) -> frozenset[str]:
        """The languages whose bundles are loaded so far."""
        return frozenset(self._bundles)

    def startup_text(self, locale: str, message_id: str) -> str:
        """`t()` without arguments of a message named STARTUP_PREFIX..., without loading a language for it."""
        if locale not in self._bundles:
            text = self._startup_texts.get(locale, {}).get(message_id)
            if text is not None:
                return text
        return self.t(locale, message_id)

    def has(self, locale: str, message_id: str) -> bool:
        bundle = self._bundle(locale)
        return bundle is not None and bundle.has_message(message_id)

    def t(self, locale: str, message_id: str, /, **args: Any) -> str:
        # Positional-only, so that a Fluent variable may be called $locale or $message_id (settings-current
        # uses { $locale }) without clashing with these parameters.
        first = locale if locale in self.languages else self.default
        for code in (first, FALLBACK_LOCALE):
            bundle = self._bundle(code)
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

    @staticmethod
    def app_language(language_code: str | None) -> str:
        """The primary language of Telegram's `language_code` ('pt-br' -> 'pt'), '' when unknown."""
        return (language_code or "").replace("_", "-").split("-")[0].lower()

    def negotiate(self, language_code: str | None, default: str) -> str:
        """Pick one of our locales from Telegram's `language_code` (e.g. 'pt-br' -> 'pt')."""
        primary = self.app_language(language_code)
        return primary if primary in self.locales else default

    def not_available_note(self, language_code: str | None, locale: str) -> str | None:
        """For someone whose app language is not offered: one line saying so, in their language when
        locales/unavailable.yaml has it, else in `locale` (naming their language). None when it is offered."""
        primary = self.app_language(language_code)
        if not primary or primary in self.locales:
            return None
        if primary in self.unavailable:
            return self.unavailable[primary]
        shown = babel_locale(locale)
        name = shown.languages.get(primary) if shown is not None else None
        return self.t(locale, "language-unavailable", language=name or primary)
