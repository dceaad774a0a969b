"""`python -m bot check-content`: proves content/ and locales/ agree in every locale.

Errors (exit 1): broken YAML or schema, Fluent syntax errors, an id missing in a locale, placeables that differ
between locales, quiz answers that are not options, text over Telegram's limits, broken HTML, bidi marks;
an illustration that is missing, has words, bitmaps or outside references in it, does not render, or breaks
Telegram's photo limits; alt text over 200 characters or with markup; a card that shows a figure (a percentage,
"1 in 5") without a `statistic:` saying where it comes from.
Warnings: ids only some locales have, long cards, large or unused SVG files, a sourced figure whose card does not
name the year, a card too long to be its picture's caption (it is then sent after the picture).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from bot.content.base import ContentError
from bot.content.catalog import Catalog, load_catalog
from bot.content.checkins import mnr_message_ids, questionnaire_message_ids
from bot.content.help import RESOURCE_KINDS
from bot.content.i18n import FALLBACK_LOCALE, LocaleFiles, parse_locale
from bot.content.images import (
    CAPTION_LIMIT,
    SVG_SOFT_LIMIT,
    Illustrations,
    ImageError,
    photo_problems,
    svg_problems,
    visible_length,
)
from bot.content.polls import poll_message_ids
from bot.content.series import CardStep, QuizStep, Series, series_message_ids
from bot.settings import LOCALES

MAX_MESSAGE = 4096
CARD_SOFT_LIMIT = 600
MAX_OPTION = 64
ALLOWED_TAGS = frozenset({"b", "i", "u", "s", "a", "code"})
BIDI_MARKS = ("\u2068", "\u2069", "\u2066", "\u2067")
MAX_ALT = 200
CAPTION_HEADROOM = 80  # the lesson title and progress line shown above a card
# A figure on a card: "22%", "22 %", "٢٢٪" in any language; "1 in 5", "3 out of 10" in English (the source language:
# translations follow its cards, and `statistic:` belongs to the card, not to a language).
PERCENT = re.compile(r"\d+(?:[.,]\d+)?\s?[%٪]")
ONE_IN_N = re.compile(r"\b\d+\s+(?:in|out of)\s+\d+\b|\b(?:one|two|three|four|five|six|seven|eight|nine)\s+"
                      r"(?:in|out of)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b", re.IGNORECASE)


@dataclass
class Report:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    coverage: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors

    def render(self) -> str:
        lines = ["Translation coverage", "locale  messages  coverage"]
        for code, (have, total) in self.coverage.items():
            share = 100.0 * have / total if total else 100.0
            lines.append(f"{code:<7} {have:>4}/{total:<4} {share:6.1f}%")
        lines += [f"warning: {w}" for w in self.warnings]
        lines += [f"error: {e}" for e in self.errors]
        lines.append("OK" if self.ok else f"FAILED: {len(self.errors)} error(s)")
        return "\n".join(lines)


class _TagChecker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"tag <{tag}> is not allowed")
        elif tag == "a" and not any(name == "href" and value for name, value in attrs):
            self.problems.append("<a> needs an href")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> does not close the last open tag")
            return
        self.stack.pop()


def html_problems(text: str) -> list[str]:
    checker = _TagChecker()
    checker.feed(text.replace("{}", ""))
    checker.close()
    problems = checker.problems
    if checker.stack:
        problems.append(f"<{checker.stack[-1]}> is never closed")
    stray = text.replace("&amp;", "").replace("&lt;", "").replace("&gt;", "").replace("&quot;", "")
    if "&" in stray and "&#" not in stray:
        problems.append("a bare '&' must be written &amp;")
    return problems


def required_ids(catalog: Catalog) -> dict[str, str]:
    """Ids the content needs, with where the need comes from."""
    needed: dict[str, str] = {}
    for kind in RESOURCE_KINDS:
        needed[f"help-kind-{kind}"] = "content/help/resources.yaml"
    for series in catalog.series.values():
        for message_id in series_message_ids(series):
            needed[message_id] = f"content/series/{series.id}.yaml"
    for questionnaire in catalog.questionnaires.values():
        for message_id in questionnaire_message_ids(questionnaire):
            needed[message_id] = f"content/checkins/{questionnaire.id}.yaml"
    for message_id in mnr_message_ids(catalog.mnr):
        needed[message_id] = "content/mnr/model.yaml"
    for poll in catalog.polls.values():
        for message_id in poll_message_ids(poll):
            needed[message_id] = f"content/polls/{poll.id}.yaml"
    return needed


def _button_ids(catalog: Catalog) -> list[str]:
    """Youth-voice ids shown on buttons: series voice options and poll options."""
    ids = []
    for series in catalog.series.values():
        if series.voice_question is not None:
            base = f"s-{series.id}-voice-{series.voice_question.id}"
            ids += [f"{base}-{option}" for option in series.voice_question.options]
    for poll in catalog.polls.values():
        ids += poll_message_ids(poll)[1:]
    return ids


def _check_button_lengths(catalog: Catalog, parsed: dict[str, LocaleFiles], report: Report) -> None:
    for key in _button_ids(catalog):
        for files in parsed.values():
            text = files.texts.get(key)
            if text is not None and len(text) > MAX_OPTION:
                report.errors.append(
                    f"locales/{files.where[key]}: '{key}': option is {len(text)} characters, buttons allow {MAX_OPTION}"
                )


def _check_series_lengths(catalog: Catalog, parsed: dict[str, LocaleFiles], report: Report) -> None:
    for series in catalog.series.values():
        for lesson in series.lessons:
            base = f"s-{series.id}-{lesson.id}"
            for step in lesson.steps:
                for _code, files in parsed.items():
                    if isinstance(step, CardStep):
                        text = files.texts.get(f"{base}-{step.card}")
                        if text is None:
                            continue
                        where = f"locales/{files.where[f'{base}-{step.card}']}: '{base}-{step.card}'"
                        # Over MAX_MESSAGE is already an error from the check of every text in check_content.
                        if CARD_SOFT_LIMIT < len(text) <= MAX_MESSAGE:
                            report.warnings.append(f"{where}: {len(text)} characters; keep cards near 500")
                    elif isinstance(step, QuizStep):
                        for option in step.options:
                            key = f"{base}-{step.quiz}-{option}"
                            text = files.texts.get(key)
                            if text is not None and len(text) > MAX_OPTION:
                                report.errors.append(
                                    f"locales/{files.where[key]}: '{key}': option is {len(text)} characters, "
                                    f"buttons allow {MAX_OPTION}"
                                )


def _image_cards(catalog: Catalog) -> dict[str, list[tuple[Series, str]]]:
    """Each illustration used, with the cards (series, Fluent id) that show it."""
    used: dict[str, list[tuple[Series, str]]] = {}
    for series in catalog.series.values():
        for lesson, card in series.cards():
            if card.image is not None:
                used.setdefault(card.image, []).append((series, f"s-{series.id}-{lesson.id}-{card.card}"))
    return used


def _check_images(catalog: Catalog, content_dir: Path, parsed: dict[str, LocaleFiles], report: Report) -> None:
    illustrations = Illustrations(content_dir)
    used = _image_cards(catalog)
    for name in sorted(set(illustrations.names()) - set(used)):
        report.warnings.append(f"content/images/{name}.svg: not used by any card")
    for name in sorted(used):
        where = f"content/images/{name}.svg"
        svg = illustrations.path(name).read_bytes()
        report.errors += [f"{where}: {problem}" for problem in svg_problems(svg)]
        if len(svg) > SVG_SOFT_LIMIT:
            report.warnings.append(f"{where}: {len(svg)} bytes; keep illustrations under {SVG_SOFT_LIMIT}")
        try:
            png = illustrations.png(name)
        except ImageError as error:
            report.errors.append(f"{where}: {str(error).split(': ', 1)[-1]}")
            continue
        report.errors += [f"{where}: {problem}" for problem in photo_problems(png)]
        for _series, card_id in used[name]:
            for files in parsed.values():
                _warn_long_caption(card_id, files, report)
                alt = files.texts.get(f"{card_id}-alt")
                if alt is None:
                    continue  # reported as a missing id
                at = f"locales/{files.where[f'{card_id}-alt']}: '{card_id}-alt'"
                if len(alt) > MAX_ALT:
                    report.errors.append(f"{at}: alt text is {len(alt)} characters, keep it to {MAX_ALT}")
                if "<" in alt or "{}" in alt:
                    report.errors.append(f"{at}: alt text is plain text, without markup or placeables")


def _warn_long_caption(card_id: str, files: LocaleFiles, report: Report) -> None:
    """A picture card is sent with the card as the photo's caption only when it fits (with the lesson's title
    and progress line above it, about 80 characters); else the picture comes first and the card after it."""
    text = files.texts.get(card_id)
    if text is not None and visible_length(text) + CAPTION_HEADROOM > CAPTION_LIMIT:
        report.warnings.append(f"locales/{files.where[card_id]}: '{card_id}': {visible_length(text)} characters, "
                               "too long to be its picture's caption: it will be sent after the picture")


def figures_in(text: str, english: bool) -> list[str]:
    """The figures a card's text shows ("22%", "1 in 5"), for the statistic check."""
    found = [m.group(0) for m in PERCENT.finditer(text)]
    if english:
        found += [m.group(0) for m in ONE_IN_N.finditer(text)]
    return found


def _check_statistics(catalog: Catalog, parsed: dict[str, LocaleFiles], report: Report) -> None:
    for series in catalog.series.values():
        for lesson, card in series.cards():
            card_id = f"s-{series.id}-{lesson.id}-{card.card}"
            for code, files in parsed.items():
                text = files.texts.get(card_id)
                if text is None:
                    continue
                at = f"locales/{files.where[card_id]}: '{card_id}'"
                figures = figures_in(text, english=code == FALLBACK_LOCALE)
                if figures and card.statistic is None:
                    report.errors.append(
                        f"{at}: shows {figures[0]!r}, but the card in content/series/{series.id}.yaml has no "
                        "statistic: (source, year, url)"
                    )
                if card.statistic is not None and code == FALLBACK_LOCALE and str(card.statistic.year) not in text:
                    report.warnings.append(f"{at}: name the source and year of its figure, e.g. "
                                           f"({card.statistic.source.split(',')[0]}, {card.statistic.year})")


def check_content(content_dir: Path, locales_dir: Path, locales: tuple[str, ...] = LOCALES) -> Report:
    report = Report()
    try:
        catalog = load_catalog(content_dir)
    except ContentError as error:
        report.errors.append(str(error))
        catalog = None
    parsed = {code: parse_locale(locales_dir, code) for code in locales}
    for files in parsed.values():
        report.errors += files.syntax_errors

    reference = parsed[FALLBACK_LOCALE]
    needed = required_ids(catalog) if catalog else {}
    all_ids = set(reference.shapes) | set(needed)
    for code, files in parsed.items():
        missing = sorted(all_ids - set(files.shapes))
        for message_id in missing:
            origin = needed.get(message_id) or f"locales/{reference.where.get(message_id, FALLBACK_LOCALE)}"
            report.errors.append(f"locales/{code}: '{message_id}' is missing (needed by {origin})")
        for message_id in sorted(set(files.shapes) - all_ids):
            report.warnings.append(f"locales/{files.where[message_id]}: '{message_id}' is not used in English")
        for message_id, shape in files.shapes.items():
            english = reference.shapes.get(message_id)
            if english is not None and code != FALLBACK_LOCALE and shape.variables != english.variables:
                report.errors.append(
                    f"locales/{files.where[message_id]}: '{message_id}' uses "
                    f"{sorted(shape.variables) or 'no variables'}, English uses {sorted(english.variables) or 'none'}"
                )
        for message_id, text in files.texts.items():
            where = f"locales/{files.where[message_id]}: '{message_id}'"
            if any(mark in text for mark in BIDI_MARKS):
                report.errors.append(f"{where}: contains bidi isolation marks")
            report.errors += [f"{where}: {problem}" for problem in html_problems(text)]
            if len(text) > MAX_MESSAGE:
                report.errors.append(f"{where}: {len(text)} characters, over Telegram's {MAX_MESSAGE}")
        report.coverage[code] = (len(all_ids & set(files.shapes)), len(all_ids))
    if catalog:
        _check_series_lengths(catalog, parsed, report)
        _check_button_lengths(catalog, parsed, report)
        _check_images(catalog, content_dir, parsed, report)
        _check_statistics(catalog, parsed, report)
    return report
