"""`check-content`: the real content passes; each kind of breakage is reported naming the file and the field.

Every broken fixture is a copy of the real content/ and locales/ with one thing broken. The assertions look at
the errors the break adds to the copy's own report, so they hold whatever else is being edited meanwhile.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from fluent.syntax import FluentParser, ast

from bot.content.check import MAX_MESSAGE, Report, check_content
from bot.content.i18n import parse_locale
from bot.settings import PROJECT_ROOT
from tests.auxil.languages import LANGUAGES as LOCALES
from tests.auxil.pending import MISSING, PENDING_TRANSLATION, pending_error, real_errors

SERIES = "in-control"
# Where a missing id is needed from: a content file when the content loads, else the English file that has it.
NEEDED_BY = re.compile(r" \(needed by [^)]*\)$")


def _key(error: str) -> str:
    return NEEDED_BY.sub("", error)


@dataclass
class Copy:
    root: Path
    baseline: Report

    @property
    def content(self) -> Path:
        return self.root / "content"

    @property
    def locales(self) -> Path:
        return self.root / "locales"

    @property
    def series_file(self) -> Path:
        return self.content / "series" / f"{SERIES}.yaml"

    def check(self) -> Report:
        return check_content(self.content, self.locales)

    def new_errors(self) -> list[str]:
        """Errors the break added (the copy's errors minus those of the untouched copy)."""
        before = {_key(e) for e in self.baseline.errors}
        return [e for e in self.check().errors if _key(e) not in before]


def _copy_tree(source: Path, root: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(source / "content", root / "content", ignore=ignore)
    shutil.copytree(source / "locales", root / "locales", ignore=ignore)


@pytest.fixture(scope="session")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Copy:
    """One untouched copy of content/ and locales/ and its report, taken once: every test's copy is a copy of it,
    so this report is each copy's own before the break (the report names files relative to the copy)."""
    root = tmp_path_factory.mktemp("pristine")
    _copy_tree(PROJECT_ROOT, root)
    return Copy(root, check_content(root / "content", root / "locales"))


@pytest.fixture
def copy(pristine: Copy, tmp_path: Path) -> Copy:
    """A copy of its own for each test to break."""
    _copy_tree(pristine.root, tmp_path)
    return Copy(tmp_path, pristine.baseline)


@pytest.fixture(scope="session")
def real() -> Report:
    """The real content's report, read-only."""
    return check_content(PROJECT_ROOT / "content", PROJECT_ROOT / "locales")


def _entry(path: Path, message_id: str) -> tuple[str, ast.Message]:
    source = path.read_text(encoding="utf-8")
    for entry in FluentParser(with_spans=True).parse(source).body:
        if isinstance(entry, ast.Message) and entry.id.name == message_id:
            return source, entry
    raise AssertionError(f"{message_id} not in {path}")


def _replace_entry(path: Path, message_id: str, new: str) -> None:
    source, entry = _entry(path, message_id)
    assert entry.span is not None
    path.write_text(source[: entry.span.start] + new + source[entry.span.end :], encoding="utf-8")


def _edit_entry(path: Path, message_id: str, old: str, new: str) -> None:
    source, entry = _entry(path, message_id)
    assert entry.span is not None
    text = source[entry.span.start : entry.span.end]
    assert old in text
    _replace_entry(path, message_id, text.replace(old, new))


def _first_message_with(path: Path, needle: str) -> str:
    source = path.read_text(encoding="utf-8")
    for entry in FluentParser(with_spans=True).parse(source).body:
        if isinstance(entry, ast.Message) and entry.span and needle in source[entry.span.start : entry.span.end]:
            return entry.id.name
    raise AssertionError(f"no message with {needle!r} in {path}")


def _series_data(copy: Copy) -> dict[str, Any]:
    return yaml.safe_load(copy.series_file.read_text(encoding="utf-8"))


def _write_series(copy: Copy, data: dict[str, Any]) -> None:
    copy.series_file.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _first_card_id(copy: Copy) -> str:
    lesson = _series_data(copy)["lessons"][0]
    card = next(step["card"] for step in lesson["steps"] if "card" in step)
    return f"s-{SERIES}-{lesson['id']}-{card}"


# --- the real content -----------------------------------------------------------------------------------


def test_real_content_is_ok(real: Report) -> None:
    """No errors but the missing translations listed in tests/auxil/pending.py."""
    report = real
    assert real_errors(report.errors) == []
    assert set(report.coverage) == set(LOCALES)
    pending = Counter(MISSING.match(e)["locale"] for e in report.errors if pending_error(e))  # type: ignore[index]
    assert "en" not in pending
    for code, (have, total) in report.coverage.items():
        assert have + pending[code] == total, code
    if not PENDING_TRANSLATION:
        assert report.ok and report.render().splitlines()[-1] == "OK"


def test_pending_translations_are_really_pending(real: Report) -> None:
    """Each series listed as pending still misses something in some language: remove it from the list when not."""
    report = real
    still = {series for series in PENDING_TRANSLATION
             if any(pending_error(e) and f"'s-{series}-" in e for e in report.errors)}
    assert still == set(PENDING_TRANSLATION)


def test_untouched_copy_reports_like_the_real_content(copy: Copy, real: Report) -> None:
    assert copy.baseline.errors == real.errors
    assert copy.baseline.coverage == real.coverage
    assert copy.new_errors() == []


# --- broken copies --------------------------------------------------------------------------------------


def test_missing_translation(copy: Copy) -> None:
    message_id = _first_card_id(copy)
    fr_file = copy.locales / "fr" / "series" / f"{SERIES}.ftl"
    _replace_entry(fr_file, message_id, "")
    assert message_id not in parse_locale(copy.locales, "fr").shapes

    report = copy.check()
    errors = copy.new_errors()
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"locales/fr: '{message_id}' is missing")
    assert f"content/series/{SERIES}.yaml" in errors[0] or f"locales/en/series/{SERIES}.ftl" in errors[0]
    have, total = report.coverage["fr"]
    assert (have, total) == (copy.baseline.coverage["fr"][0] - 1, copy.baseline.coverage["fr"][1])
    assert not report.ok


def test_misspelled_series_key(copy: Copy) -> None:
    data = _series_data(copy)
    data["lesson"] = data.pop("lessons")
    _write_series(copy, data)
    errors = copy.new_errors()
    assert errors == [f"content/series/{SERIES}.yaml: lessons: Field required"]


def test_unknown_series_key(copy: Copy) -> None:
    data = _series_data(copy)
    data["titel"] = "typo"
    _write_series(copy, data)
    errors = copy.new_errors()
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"content/series/{SERIES}.yaml: titel: ")
    assert "not permitted" in errors[0]


def test_bad_step_id(copy: Copy) -> None:
    data = _series_data(copy)
    data["lessons"][1]["steps"][0] = {"card": "Not_An_Id"}
    _write_series(copy, data)
    errors = copy.new_errors()
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"content/series/{SERIES}.yaml: lessons[1].steps[0].card: must be 1-24 lowercase")


def test_step_without_card_or_quiz(copy: Copy) -> None:
    data = _series_data(copy)
    data["lessons"][0]["steps"][1] = {"kard": "intro"}
    _write_series(copy, data)
    errors = copy.new_errors()
    assert errors == [f"content/series/{SERIES}.yaml: lessons[0].steps[1]: a step needs a 'card' or a 'quiz' key"]


def test_quiz_answer_not_an_option(copy: Copy) -> None:
    data = _series_data(copy)
    steps = data["lessons"][0]["steps"]
    index = next(i for i, step in enumerate(steps) if "quiz" in step)
    steps[index]["answer"] = "z"
    _write_series(copy, data)
    errors = copy.new_errors()
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"content/series/{SERIES}.yaml: lessons[0].steps[{index}]: answer 'z' ")
    assert "not one of the options" in errors[0]
    assert ".card" not in errors[0]  # not the error of the other kind of step


def test_wrong_answer_index_at_the_documented_place(copy: Copy) -> None:
    """The in-control series' first quiz is the fourth step of the first lesson."""
    data = _series_data(copy)
    assert "quiz" in data["lessons"][0]["steps"][3]
    data["lessons"][0]["steps"][3]["answer"] = "z"
    _write_series(copy, data)
    (error,) = copy.new_errors()
    assert f"content/series/{SERIES}.yaml" in error
    assert "lessons[0].steps[3]" in error
    assert "answer" in error


def test_card_over_telegrams_limit(copy: Copy) -> None:
    message_id = _first_card_id(copy)
    es_file = copy.locales / "es" / "series" / f"{SERIES}.ftl"
    _replace_entry(es_file, message_id, f"{message_id} = {'a' * (MAX_MESSAGE + 10)}")
    errors = copy.new_errors()
    assert errors == [
        f"locales/es/series/{SERIES}.ftl: '{message_id}': {MAX_MESSAGE + 10} characters, over Telegram's {MAX_MESSAGE}"
    ]


def test_malformed_yaml_names_the_line(copy: Copy) -> None:
    lines = copy.series_file.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines, 1) if line.startswith("duration_minutes:"))
    lines[number - 1] = "duration_minutes: 20: minutes"
    copy.series_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors = copy.new_errors()
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"content/series/{SERIES}.yaml: malformed YAML (line {number}, ")


def test_a_key_written_twice_is_refused_naming_the_file_and_line(copy: Copy) -> None:
    """YAML keeps the last of two equal keys without a word: a concept added twice (two branches merged) would
    silently drop the first entry's words. The check refuses it instead."""
    words = copy.content / "help" / "safety" / "sw.yaml"
    lines = words.read_text(encoding="utf-8").splitlines()
    first = next(i for i in range(lines.index("concepts:") + 1, len(lines)) if not lines[i].lstrip().startswith("#"))
    name = lines[first].strip()
    assert name.endswith(":"), name
    lines[first:first] = [f"  {name}", '    - {words: [neno jipya], why: "the same concept a second time"}']
    words.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors = copy.new_errors()
    assert errors == [f"content/help/safety/sw.yaml: malformed YAML (line {first + 3}, column 3): the key "
                      f"{name.rstrip(':')!r} is written twice in one mapping"]


def test_placeable_renamed_in_one_locale(copy: Copy) -> None:
    fr_main = copy.locales / "fr" / "main.ftl"
    message_id = _first_message_with(fr_main, "{ $country }")
    _edit_entry(fr_main, message_id, "{ $country }", "{ $pays }")
    errors = copy.new_errors()
    assert f"locales/fr/main.ftl: '{message_id}' uses ['pays'], English uses ['country']" in errors
    assert all(message_id in e for e in errors), errors


def test_unbalanced_bold_tag(copy: Copy) -> None:
    pt_main = copy.locales / "pt" / "main.ftl"
    message_id = _first_message_with(pt_main, "</b>")
    _edit_entry(pt_main, message_id, "</b>", "")
    errors = copy.new_errors()
    assert errors == [f"locales/pt/main.ftl: '{message_id}': <b> is never closed"]


def test_stray_closing_tag(copy: Copy) -> None:
    ar_main = copy.locales / "ar" / "main.ftl"
    message_id = _first_message_with(ar_main, "<b>")
    _edit_entry(ar_main, message_id, "<b>", "<i>")
    errors = copy.new_errors()
    assert errors
    assert all(e.startswith(f"locales/ar/main.ftl: '{message_id}': ") for e in errors), errors
    assert any("</b> does not close the last open tag" in e for e in errors), errors


# --- the translators' checks --------------------------------------------------------------------------------


def test_message_left_in_english(copy: Copy) -> None:
    english = _entry(copy.locales / "en" / "main.ftl", "ask-country")[1]
    assert english.value is not None
    _replace_entry(copy.locales / "es" / "main.ftl", "ask-country", "ask-country = " + _text(copy, "en", "ask-country"))
    errors = copy.new_errors()
    assert errors == ["locales/es/main.ftl: 'ask-country' is the English text, untranslated (if it is right as it is, "
                      "list it under same_as_english in locales/es/language.yaml)"]
    # Listed as rightly the same: accepted.
    path = copy.locales / "es" / "language.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("same_as_english: [", "same_as_english: [ask-country, "),
                    encoding="utf-8")
    assert copy.new_errors() == []


def _text(copy: Copy, code: str, message_id: str) -> str:
    source, entry = _entry(copy.locales / code / "main.ftl", message_id)
    assert entry.span is not None
    return source[entry.span.start : entry.span.end].split(" = ", 1)[1]


def test_markup_and_variables_checked_in_every_variant(copy: Copy) -> None:
    """The variable check compares with English in every language; tags are checked in each message."""
    sw_main = copy.locales / "sw" / "main.ftl"
    message_id = _first_message_with(sw_main, "{ $country }")
    _edit_entry(sw_main, message_id, "{ $country }", "{ $nchi }")
    assert f"locales/sw/main.ftl: '{message_id}' uses ['nchi'], English uses ['country']" in copy.new_errors()


def test_arrows_not_mirrored_in_right_to_left(copy: Copy) -> None:
    ar_main = copy.locales / "ar" / "main.ftl"
    _edit_entry(ar_main, "btn-next", "⬅", "➡")
    assert copy.new_errors() == ["locales/ar/main.ftl: 'btn-next': ➡ points the English way; right to left it is ⬅"]


def test_phone_number_without_left_to_right_marks(copy: Copy) -> None:
    path = copy.locales / "ar" / "series" / "risky-contact.ftl"
    message_id = _first_message_with(path, "\u200e116 111\u200e")
    _edit_entry(path, message_id, "\u200e116 111\u200e", "116 111")
    errors = copy.new_errors()
    assert errors and all(f"'{message_id}': wrap '116 111' in left-to-right marks" in e for e in errors), errors


def test_plain_space_before_french_punctuation(copy: Copy) -> None:
    fr_main = copy.locales / "fr" / "main.ftl"
    _edit_entry(fr_main, "ask-audience", "\u202f?", " ?")
    assert copy.new_errors() == ["locales/fr/main.ftl: 'ask-audience': a plain space before '?'; French uses a "
                                 "narrow no-break space (U+202F)"]


def test_language_file_name_must_match_language_name(copy: Copy) -> None:
    path = copy.locales / "sw" / "language.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("name: Kiswahili", "name: Swahili"), encoding="utf-8")
    assert copy.new_errors() == ["locales/sw/language.yaml: name 'Swahili' differs from 'language-name' "
                                 "('Kiswahili')"]


def test_broken_language_file(copy: Copy) -> None:
    path = copy.locales / "pt" / "language.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("direction: ltr", "direction: up"), encoding="utf-8")
    errors = copy.new_errors()
    assert errors and errors[0].startswith("locales/pt/language.yaml: direction: ")


def test_complete_language_needs_help_words(copy: Copy) -> None:
    (copy.content / "help" / "safety" / "sw.yaml").unlink()
    assert copy.new_errors() == ["content/help/safety: needs a words file for sw"]


def test_broken_safety_words_are_reported_naming_the_file_and_the_field(copy: Copy) -> None:
    """A running bot drops the parsed words files once its matcher is built; the check still parses them."""
    path = copy.content / "help" / "safety" / "en.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\n  MY:\n", "\n  MYNE:\n", 1), encoding="utf-8")
    assert copy.new_errors() == ["content/help/safety/en.yaml: concepts.MYNE: not declared in "
                                 "content/help/safety/rules.yaml"]
    path.write_text(text.replace("stop:\n  - {words: [stop,", "stop:\n  - {words: 7, wordz: [stop,", 1),
                    encoding="utf-8")
    errors = copy.new_errors()
    assert errors and errors[0].startswith("content/help/safety/en.yaml: stop[0].words: "), errors


def test_plural_variant_the_language_does_not_have(copy: Copy) -> None:
    """Swahili has only [one] and [other]: a [few] variant is never chosen (a warning, from Babel's rules)."""
    sw_main = copy.locales / "sw" / "main.ftl"
    with sw_main.open("a", encoding="utf-8") as file:
        file.write("extra-count = { $n ->\n    [few] michache\n   *[other] mingi\n}\n")
    report = copy.check()
    assert any("'extra-count': Swahili has no plural category [few] (CLDR: one, other)" in w for w in report.warnings)


def test_folder_without_language_file_and_incomplete_language(copy: Copy) -> None:
    (copy.locales / "xx").mkdir()
    (copy.locales / "xx" / "main.ftl").write_text("hello = Hi\n", encoding="utf-8")
    shutil.copytree(copy.locales / "fr", copy.locales / "ro", dirs_exist_ok=True)
    (copy.locales / "ro" / "language.yaml").write_text(
        "name: Français\nenglish_name: Romanian\ndirection: ltr\nstatus: draft\n", encoding="utf-8")
    (copy.locales / "ro" / "main.ftl").unlink()
    report = copy.check()
    assert "locales/xx: no language.yaml, so not a language yet (name, english_name, direction, status)" in (
        report.warnings)
    assert "ro" in report.coverage and "ro" not in report.complete
    assert any(e.startswith("locales/ro: 'ask-audience' is missing") for e in report.errors)
    assert "(incomplete: not offered)" in report.render()


# --- the command line -----------------------------------------------------------------------------------


def test_cli_fails_on_a_broken_copy_and_prints_coverage(copy: Copy) -> None:
    message_id = _first_card_id(copy)
    _replace_entry(copy.locales / "fr" / "series" / f"{SERIES}.ftl", message_id, "")
    env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT))
    result = subprocess.run(
        [sys.executable, "-m", "bot", "check-content", "--content", str(copy.content), "--locales", str(copy.locales)],
        cwd=copy.root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Translation coverage"
    rows = {line.split()[0]: line for line in lines[2 : 2 + len(LOCALES)]}
    assert set(rows) == set(LOCALES) and next(iter(rows)) == "en"
    assert all("/" in row and "%" in row for row in rows.values())
    assert "draft" in rows["fr"] and "French (Français, ltr)" in rows["fr"]
    assert "(incomplete: offered, the rest in English)" in rows["fr"]  # one message behind: still offered
    assert "reviewed" in rows["en"] and "incomplete" not in rows["en"]
    assert f"error: locales/fr: '{message_id}' is missing" in result.stdout
    assert lines[-1].startswith("FAILED: ")
    assert "Traceback" not in result.stderr


# --- sources, figures and pictures (issue 17) -----------------------------------------------------------


def _image_card(copy: Copy) -> tuple[int, int, str, str]:
    """The first card of the series that has a picture: (lesson index, step index, Fluent id, image name)."""
    data = _series_data(copy)
    for lesson_index, lesson in enumerate(data["lessons"]):
        for step_index, step in enumerate(lesson["steps"]):
            if step.get("image"):
                return lesson_index, step_index, f"s-{SERIES}-{lesson['id']}-{step['card']}", step["image"]
    raise AssertionError("no card with a picture")


def test_series_without_sources(copy: Copy) -> None:
    data = _series_data(copy)
    del data["sources"]
    _write_series(copy, data)
    assert copy.new_errors() == [f"content/series/{SERIES}.yaml: sources: Field required"]


def test_source_that_is_not_https(copy: Copy) -> None:
    data = _series_data(copy)
    data["sources"][1]["url"] = "http://example.org/guide"
    _write_series(copy, data)
    assert copy.new_errors() == [
        f"content/series/{SERIES}.yaml: sources[1].url: must be an https:// address without spaces"]


def test_statistic_without_year(copy: Copy) -> None:
    data = _series_data(copy)
    step = next(s for s in data["lessons"][0]["steps"] if s.get("statistic"))
    index = data["lessons"][0]["steps"].index(step)
    del step["statistic"]["year"]
    _write_series(copy, data)
    assert copy.new_errors() == [
        f"content/series/{SERIES}.yaml: lessons[0].steps[{index}].statistic.year: Field required"]


def test_figure_without_a_statistic(copy: Copy) -> None:
    """A percentage or "1 in N" on a card needs a statistic: with source, year and address."""
    message_id = _first_card_id(copy)
    english, french = (copy.locales / code / "series" / f"{SERIES}.ftl" for code in ("en", "fr"))
    _replace_entry(english, message_id, f"{message_id} = Almost 45% of teens agree.\n")
    _replace_entry(french, message_id, f"{message_id} = Près de 45 % des ados.\n")
    errors = copy.new_errors()
    assert errors == [
        f"locales/en/series/{SERIES}.ftl: '{message_id}': shows '45%', but the card in content/series/{SERIES}.yaml "
        "has no statistic: (source, year, url)",
        f"locales/fr/series/{SERIES}.ftl: '{message_id}': shows '45 %', but the card in content/series/{SERIES}.yaml "
        "has no statistic: (source, year, url)",
    ]
    _replace_entry(french, message_id, f"{message_id} = Presque la moitié des ados.\n")
    _replace_entry(english, message_id, f"{message_id} = One in five teens agree.\n")
    assert [e.split(": ", 2)[2] for e in copy.new_errors()] == [
        f"shows 'One in five', but the card in content/series/{SERIES}.yaml has no statistic: (source, year, url)"]


def test_picture_that_does_not_exist(copy: Copy) -> None:
    lesson_index, step_index, _, _ = _image_card(copy)
    data = _series_data(copy)
    data["lessons"][lesson_index]["steps"][step_index]["image"] = "no-such-picture"
    _write_series(copy, data)
    assert copy.new_errors() == [
        f"content/series/{SERIES}.yaml: lessons[{lesson_index}].steps[{step_index}].image: "
        "content/images/no-such-picture.svg does not exist"]


def test_picture_name_that_is_not_a_name(copy: Copy) -> None:
    lesson_index, step_index, _, _ = _image_card(copy)
    data = _series_data(copy)
    data["lessons"][lesson_index]["steps"][step_index]["image"] = "../secrets.svg"
    _write_series(copy, data)
    errors = copy.new_errors()
    assert len(errors) == 1 and errors[0].startswith(
        f"content/series/{SERIES}.yaml: lessons[{lesson_index}].steps[{step_index}].image: must be the name of"), errors


def test_picture_with_words_or_outside_references(copy: Copy) -> None:
    _, _, _, image = _image_card(copy)
    path = copy.content / "images" / f"{image}.svg"
    svg = path.read_text(encoding="utf-8")
    path.write_text(svg.replace("</svg>", '<text x="10" y="20">Hi</text>'
                                          '<image href="https://example.org/x.png" width="5" height="5"/></svg>'),
                    encoding="utf-8")
    errors = copy.new_errors()
    where = f"content/images/{image}.svg"
    why = "is not allowed (no words, bitmaps or scripts: one picture serves every language)"
    assert f"{where}: <text> {why}" in errors
    assert f"{where}: <image> {why}" in errors
    assert f"{where}: href='https://example.org/x.png' refers outside the file" in errors
    assert len(errors) == 3, errors


def test_picture_that_does_not_render(copy: Copy) -> None:
    _, _, _, image = _image_card(copy)
    (copy.content / "images" / f"{image}.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'><rect",
                                                          encoding="utf-8")
    errors = copy.new_errors()
    assert errors and all(e.startswith(f"content/images/{image}.svg: ") for e in errors), errors
    assert any("not well-formed XML" in e for e in errors) and any("cannot be rendered" in e for e in errors)


def test_picture_too_wide_for_telegram(copy: Copy) -> None:
    _, _, _, image = _image_card(copy)
    (copy.content / "images" / f"{image}.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4000 10"><rect width="4000" height="10" '
        'fill="#2a9d8f"/></svg>', encoding="utf-8")
    errors = copy.new_errors()
    assert errors == [f"content/images/{image}.svg: PNG is 1280x4, Telegram needs sides within 20:1"]


def test_alt_text_missing_or_too_long(copy: Copy) -> None:
    _, _, card_id, _ = _image_card(copy)
    english = copy.locales / "en" / "series" / f"{SERIES}.ftl"
    _replace_entry(english, f"{card_id}-alt", f"{card_id}-alt = {'A picture of a phone. ' * 12}\n")
    assert copy.new_errors() == [
        f"locales/en/series/{SERIES}.ftl: '{card_id}-alt': alt text is 263 characters, keep it to 200"]
    _replace_entry(english, f"{card_id}-alt", f"{card_id}-alt = A <b>phone</b>.\n")
    assert copy.new_errors() == [
        f"locales/en/series/{SERIES}.ftl: '{card_id}-alt': alt text is plain text, without markup or placeables"]
    _replace_entry(english, f"{card_id}-alt", "")
    errors = copy.new_errors()
    assert errors and errors[0].startswith(f"locales/en: '{card_id}-alt' is missing"), errors


def test_unused_picture_is_a_warning(copy: Copy) -> None:
    shutil.copy(next((copy.content / "images").glob("*.svg")), copy.content / "images" / "spare.svg")
    report = copy.check()
    assert "content/images/spare.svg: not used by any card" in report.warnings
    assert copy.new_errors() == []


def test_picture_card_too_long_for_a_caption_is_a_warning(copy: Copy) -> None:
    _, _, card_id, _ = _image_card(copy)
    english = copy.locales / "en" / "series" / f"{SERIES}.ftl"
    _replace_entry(english, card_id, f"{card_id} = {'A long card to read after its picture. ' * 25}\n")
    report = copy.check()
    assert copy.new_errors() == []
    assert (f"locales/en/series/{SERIES}.ftl: '{card_id}': 974 characters, too long to be its picture's caption: "
            "it will be sent after the picture") in report.warnings
