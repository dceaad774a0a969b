"""`python -m bot check-content`: proves content/ and locales/ agree in every language.

Every folder of locales/ with a language.yaml is a language; the report lists each with its status (draft until a
native speaker has reviewed it) and coverage.
Errors (exit 1): broken YAML or schema, a broken language.yaml, Fluent syntax errors, an id missing in a language,
variables that differ from English, quiz answers that are not options, text over Telegram's limits, unbalanced or
unknown HTML, bidi isolation marks, a message left identical to English, arrows not mirrored or digit groups
without left-to-right marks in a right-to-left language, a plain space where the language wants a narrow no-break
one, missing safety words; an illustration that is missing, has words, bitmaps or outside references in it, does
not render, or breaks Telegram's photo limits; alt text over 200 characters or with markup; a card that shows a
figure (a percentage, "1 in 5") without a `statistic:` saying where it comes from; for help resources
(content/help/resources.yaml): an entry without its source address or the date it was checked, an offered country
without a child helpline that is not listed as a known gap, a known gap already filled, an adults-only service
offered to youth.
Warnings: ids English lacks, long cards, plural variants the language never uses, markup that differs from English,
a language without its own country shortlist, a folder without language.yaml, large or unused SVG files, a sourced
figure whose card does not name the year, a card too long to be its picture's caption (then sent after it), help
sources over http or checked over a year ago.
Printed: the offered countries without a child helpline or an emergency number, so a programme sees its gaps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path

from bot.content.base import ContentError
from bot.content.catalog import Catalog, load_catalog, require_safety_words
from bot.content.checkins import mnr_message_ids, questionnaire_message_ids
from bot.content.disclosure_model import read_model
from bot.content.help import DISCLOSURE_KINDS, RESOURCE_KINDS, emergency_resource, has_child_helpline
from bot.content.i18n import FALLBACK_LOCALE, LocaleFiles, offerable, parse_locale
from bot.content.images import (
    CAPTION_LIMIT,
    SVG_SOFT_LIMIT,
    Illustrations,
    ImageError,
    photo_problems,
    svg_problems,
    visible_length,
)
from bot.content.languages import (
    LANGUAGE_FILE,
    Language,
    babel_locale,
    language_folders,
    load_language,
    load_unavailable,
)
from bot.content.polls import poll_message_ids
from bot.content.series import CardStep, QuizStep, Series, series_message_ids

MAX_MESSAGE = 4096
CARD_SOFT_LIMIT = 600
MAX_OPTION = 64
ALLOWED_TAGS = frozenset({"b", "i", "u", "s", "a", "code"})
BIDI_MARKS = ("\u2068", "\u2069", "\u2066", "\u2067")
RESOURCES_FILE = "content/help/resources.yaml"
STALE_AFTER = timedelta(days=365)
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
    languages: dict[str, Language] = field(default_factory=dict)
    # Offered countries (shortlists and programme) missing a child helpline / an emergency number.
    help_gaps: dict[str, list[str]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def complete(self) -> list[str]:
        """Languages the bot offers (unless LANGUAGES leaves some out): every message, or nearly (see offerable)."""
        return [code for code, (have, total) in self.coverage.items() if offerable(total - have, total)]

    def render(self) -> str:
        lines = ["Translation coverage", "locale  messages  coverage  status    language"]
        for code, (have, total) in self.coverage.items():
            share = 100.0 * have / total if total else 100.0
            language = self.languages[code]
            offered = ("" if have == total else "  (incomplete: offered, the rest in English)"
                       if offerable(total - have, total) else "  (incomplete: not offered)")
            lines.append(f"{code:<7} {have:>4}/{total:<4} {share:6.1f}%  {language.status:<9} "
                         f"{language.english_name} ({language.name}, {language.direction}){offered}")
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
    for kind in DISCLOSURE_KINDS:
        needed[f"steps-{kind}"] = "content/help/safety/rules.yaml"
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


def _load_languages(locales_dir: Path, report: Report) -> dict[str, Language]:
    languages: dict[str, Language] = {}
    for folder in language_folders(locales_dir):
        if not (folder / LANGUAGE_FILE).is_file():
            report.warnings.append(f"locales/{folder.name}: no {LANGUAGE_FILE}, so not a language yet "
                                   "(name, english_name, direction, status)")
            continue
        try:
            languages[folder.name] = load_language(locales_dir, folder.name)
        except ContentError as error:
            report.errors.append(str(error))
    return languages


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
    content_dir: Path, locales_dir: Path, locales: tuple[str, ...] | None = None, *, today: date | None = None
) -> Report:
    """Check content/ and locales/: every language folder, or only `locales` when given."""
    report = Report()
    languages = _load_languages(locales_dir, report)
    if FALLBACK_LOCALE not in languages:
        report.errors.append(f"locales/{FALLBACK_LOCALE}/{LANGUAGE_FILE}: English must be a language "
                             "(every translation is checked against it)")
        return report
    codes = [c for c in ([FALLBACK_LOCALE, *sorted(set(languages) - {FALLBACK_LOCALE})]) if not locales or c in locales]
    report.languages = {code: languages[code] for code in codes}
    parsed = {code: parse_locale(locales_dir, code) for code in codes}
    for files in parsed.values():
        report.errors += files.syntax_errors
    try:
        catalog = load_catalog(content_dir)
    except ContentError as error:
        report.errors.append(str(error))
        catalog = None

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
        language = languages[code]
        _check_language_file(language, files, report)
        _check_plurals(language, files, report)
        if code != FALLBACK_LOCALE:
            _check_translated(language, files, reference, report)
            _check_markup_like_english(files, reference, report)
        if language.rtl:
            _check_right_to_left(files, reference, report)
        if language.narrow_space_before:
            _check_narrow_spaces(language, files, report)
    if catalog:
        _check_series_lengths(catalog, parsed, report)
        _check_button_lengths(catalog, parsed, report)
        _check_images(catalog, content_dir, parsed, report)
        _check_statistics(catalog, parsed, report)
        _check_language_content(content_dir, catalog, report)
        _check_help(catalog, report, today or date.today())
    try:
        read_model(content_dir)  # the bot starts without it (rules alone), but it should not have to
    except ContentError as error:
        report.errors.append(str(error))
    _check_unavailable(locales_dir, report)
    return report


def _check_language_content(content_dir: Path, catalog: Catalog, report: Report) -> None:
    """Help words in every complete language (help must work in each one offered); shortlists per language."""
    assert catalog.safety is not None  # loaded with its words files, as every load but a running bot's
    try:
        require_safety_words(catalog.safety, content_dir, report.complete)  # the catalog is loaded: not twice
    except ContentError as error:
        report.errors.append(str(error))
    for code in report.complete:
        if code not in catalog.countries.shortlist:
            report.warnings.append(f"content/help/countries.yaml: shortlist: none for {code}; onboarding in "
                                   f"{report.languages[code].english_name} offers English's")


def _check_unavailable(locales_dir: Path, report: Report) -> None:
    try:
        lines = load_unavailable(locales_dir)
    except ContentError as error:
        report.errors.append(str(error))
        return
    for code in sorted(set(lines) & set(report.complete)):
        report.warnings.append(f"locales/unavailable.yaml: {code}: the bot speaks it, so this line is never shown")


def _check_language_file(language: Language, files: LocaleFiles, report: Report) -> None:
    shown = f"locales/{language.code}/{LANGUAGE_FILE}"
    in_ftl = files.texts.get("language-name")
    if in_ftl is not None and in_ftl != language.name:
        report.errors.append(f"{shown}: name {language.name!r} differs from 'language-name' ({in_ftl!r})")
    cldr = babel_locale(language.code)
    if cldr is not None and (cldr.character_order == "right-to-left") != language.rtl:
        report.warnings.append(f"{shown}: direction {language.direction}, but CLDR writes {language.code} "
                               f"{cldr.character_order}")


PLURAL_CATEGORIES = frozenset({"zero", "one", "two", "few", "many", "other"})


def _check_plurals(language: Language, files: LocaleFiles, report: Report) -> None:
    """Plural variants come from Babel's (CLDR's) rules, as Fluent applies them: a category the language does
    not have is never chosen (e.g. [one] in Indonesian)."""
    cldr = babel_locale(language.code)
    if cldr is None:
        return
    has = set(cldr.plural_form.tags) | {"other"}
    for message_id, keys in files.variant_keys.items():
        unused = sorted((keys & PLURAL_CATEGORIES) - has)
        if unused:
            report.warnings.append(
                f"locales/{files.where[message_id]}: '{message_id}': {language.english_name} has no plural "
                f"category {', '.join(f'[{k}]' for k in unused)} (CLDR: {', '.join(sorted(has))}); it is never chosen"
            )


SAME_EVERYWHERE = "same in every language"
_NOT_WORDS = re.compile(r"<[^>]*>|\{\}|https?://\S+|/[a-z_]+|&[a-z]+;")
_WORD = re.compile(r"[^\W\d_]{2,}")


def _check_translated(language: Language, files: LocaleFiles, reference: LocaleFiles, report: Report) -> None:
    """A message identical to English is a message nobody translated, unless English says it is the same in every
    language (a comment on the message) or the language lists it in same_as_english."""
    for message_id, text in files.texts.items():
        if reference.texts.get(message_id) != text or message_id in language.same_as_english:
            continue
        if SAME_EVERYWHERE in reference.comments.get(message_id, "").lower():
            continue
        if _WORD.search(_NOT_WORDS.sub(" ", text)):
            report.errors.append(
                f"locales/{files.where[message_id]}: '{message_id}' is the English text, untranslated (if it is "
                f"right as it is, list it under same_as_english in locales/{language.code}/{LANGUAGE_FILE})"
            )


_TAG = re.compile(r"<(/?)([a-z]+)")


def _check_markup_like_english(files: LocaleFiles, reference: LocaleFiles, report: Report) -> None:
    for message_id, text in files.words.items():
        english = reference.words.get(message_id)
        if english is None:
            continue
        mine, theirs = sorted(_TAG.findall(text)), sorted(_TAG.findall(english))
        if {t for _, t in mine} != {t for _, t in theirs}:
            report.warnings.append(
                f"locales/{files.where[message_id]}: '{message_id}' uses tags "
                f"{sorted({t for _, t in mine}) or 'none'}, English {sorted({t for _, t in theirs}) or 'none'}"
            )


MIRRORED = {"➡": "⬅", "⬅": "➡", "→": "←", "←": "→"}
# Digit groups separated by spaces ("116 111", "+44 808 800 5000"): in right-to-left text the bidi algorithm
# shows the groups in reverse order unless a left-to-right mark (U+200E) opens them.
_DIGIT_GROUPS = re.compile(r"(?<![\w-])\+?\d+(?:[ \u00a0\u202f]\d+)+")
LRM = "\u200e"


def _check_right_to_left(files: LocaleFiles, reference: LocaleFiles, report: Report) -> None:
    for message_id, text in files.words.items():
        where = f"locales/{files.where[message_id]}: '{message_id}'"
        english = reference.words.get(message_id, "")
        for arrow, mirror in MIRRORED.items():
            if arrow in english and arrow in text and mirror not in english:
                report.errors.append(f"{where}: {arrow} points the English way; right to left it is {mirror}")
        for match in _DIGIT_GROUPS.finditer(text):
            before = text[match.start() - 1] if match.start() else ""
            after = text[match.end()] if match.end() < len(text) else ""
            if before != LRM or after != LRM:
                report.errors.append(f"{where}: wrap {match.group()!r} in left-to-right marks (U+200E) so that its "
                                     "groups keep their order")


def _check_narrow_spaces(language: Language, files: LocaleFiles, report: Report) -> None:
    """French typography: a narrow no-break space (U+202F) before : ; ! ?, never a plain space (Telegram may break
    the line there) nor a plain no-break one."""
    marks = re.escape(language.narrow_space_before)
    plain = re.compile(rf"[ \u00a0][{marks}]")
    for message_id, text in files.words.items():
        found = plain.search(text)
        if found:
            report.errors.append(f"locales/{files.where[message_id]}: '{message_id}': a plain space before "
                                 f"{found.group()[-1]!r}; {language.english_name} uses a narrow no-break space "
                                 "(U+202F)")
