"""`python -m bot check-content`: proves content/ and locales/ agree in every locale.

Errors (exit 1): broken YAML or schema (a help resource without its source address or the date it was checked is
one), Fluent syntax errors, an id missing in a locale, placeables that differ between locales, quiz answers that
are not options, text over Telegram's limits, broken HTML, bidi marks, an offered country without a child helpline
that is not listed as a known gap, a known gap that is already filled, an adults-only service offered to youth.
Warnings: ids only some locales have, long cards, help sources over http or checked over a year ago.
Printed: the offered countries without a child helpline or an emergency number, so a programme sees its gaps.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path

from bot.content.base import ContentError
from bot.content.catalog import Catalog, load_catalog
from bot.content.checkins import mnr_message_ids, questionnaire_message_ids
from bot.content.help import RESOURCE_KINDS, emergency_resource, has_child_helpline
from bot.content.i18n import FALLBACK_LOCALE, LocaleFiles, parse_locale
from bot.content.polls import poll_message_ids
from bot.content.series import CardStep, QuizStep, series_message_ids
from bot.settings import LOCALES

MAX_MESSAGE = 4096
CARD_SOFT_LIMIT = 600
MAX_OPTION = 64
ALLOWED_TAGS = frozenset({"b", "i", "u", "s", "a", "code"})
BIDI_MARKS = ("\u2068", "\u2069", "\u2066", "\u2067")
RESOURCES_FILE = "content/help/resources.yaml"
STALE_AFTER = timedelta(days=365)


@dataclass
class Report:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    coverage: dict[str, tuple[int, int]] = field(default_factory=dict)
    # Offered countries (shortlists and programme) missing a child helpline / an emergency number.
    help_gaps: dict[str, list[str]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors

    def render(self) -> str:
        lines = ["Translation coverage", "locale  messages  coverage"]
        for code, (have, total) in self.coverage.items():
            share = 100.0 * have / total if total else 100.0
            lines.append(f"{code:<7} {have:>4}/{total:<4} {share:6.1f}%")
        if self.help_gaps:
            lines.append("Help for the offered countries (countries.yaml: shortlists and programme)")
            for what, countries in self.help_gaps.items():
                lines.append(f"no {what}: {', '.join(countries) or 'none'}")
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
        needed[f"help-kind-{kind}"] = RESOURCES_FILE
    for message_id in ("help-hours-24-7", "help-chat", "help-no-helpline"):
        needed[message_id] = RESOURCES_FILE
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


def _check_help(catalog: Catalog, report: Report, today: date) -> None:
    """Every offered country has a child helpline or says it has none; gaps are printed; sources are dated."""
    resources, rules = catalog.help, catalog.countries
    offered = sorted(rules.offered())
    no_helpline = [c for c in offered if not has_child_helpline(resources, rules, c)]
    no_emergency = [c for c in offered if emergency_resource(resources, rules, c) is None]
    report.help_gaps = {"child helpline (the directories are shown)": no_helpline, "emergency number": no_emergency}
    for country in no_helpline:
        if "child_helpline" not in resources.known_gaps.get(country, {}):
            report.errors.append(
                f"{RESOURCES_FILE}: known_gaps.{country}.child_helpline: {country} is offered (countries.yaml) and "
                f"has no child helpline: add a sourced entry under countries.{country}, or list the gap and its leads"
            )
    for country, gaps in resources.known_gaps.items():
        filled = {
            "child_helpline": has_child_helpline(resources, rules, country),
            "emergency": emergency_resource(resources, rules, country) is not None,
        }
        for kind in gaps:
            if filled.get(kind):
                report.errors.append(
                    f"{RESOURCES_FILE}: known_gaps.{country}.{kind}: {country} has a {kind} entry now; remove the gap"
                )
    places = [("global", resources.global_), ("eu", resources.eu)]
    places += [(f"countries.{code}", entries) for code, entries in resources.countries.items()]
    for place, entries in places:
        for index, resource in enumerate(entries):
            where = f"{RESOURCES_FILE}: {place}[{index}]"
            if resource.kind == "takedown_adult" and "youth" in resource.audiences:
                report.errors.append(f"{where}.audiences: an adults-only service must not be offered to youth")
            addresses = [("source", resource.source)] + [("more_sources", a) for a in resource.more_sources]
            for name, address in addresses:
                if address.startswith("http://"):
                    report.warnings.append(f"{where}.{name}: {address} is not https; look for the https page")
            if today - resource.checked > STALE_AFTER:
                report.warnings.append(f"{where}.checked: {resource.checked} is over a year ago; check it again")


def check_content(
    content_dir: Path, locales_dir: Path, locales: tuple[str, ...] = LOCALES, *, today: date | None = None
) -> Report:
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
        _check_help(catalog, report, today or date.today())
    return report
