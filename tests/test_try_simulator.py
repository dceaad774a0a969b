"""`python -m bot try --script` and `python -m bot preview`, run as real subprocesses."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest

from bot.cli.terminal import render_html
from bot.content.catalog import load_catalog
from bot.content.i18n import I18n
from bot.content.series import CardStep, QuizStep
from bot.settings import PROJECT_ROOT

I18N = I18n(PROJECT_ROOT / "locales")
CATALOG = load_catalog(PROJECT_ROOT / "content")


async def run_bot(*args: str) -> tuple[int, str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("BOT_TOKEN", "DATABASE_URL")}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, cwd=PROJECT_ROOT, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    try:
        out, err = await asyncio.wait_for(process.communicate(), timeout=120)
    except TimeoutError:
        process.kill()
        await process.wait()
        raise
    assert process.returncode is not None
    return process.returncode, out.decode("utf-8"), err.decode("utf-8")


def shown(locale: str, message_id: str, **args: object) -> str:
    """A message as the terminal shows it: HTML rendered plain, every line indented by two spaces."""
    return "\n".join(f"  {line}" for line in render_html(I18N.t(locale, message_id, **args), color=False).splitlines())


def series_button(audience: str, series_id: str) -> str:
    """The number of a series' button in /lessons (series are listed in the catalog's order)."""
    return str([s.id for s in CATALOG.series_for(audience)].index(series_id) + 1)


# (script, the first-choice language button, the consent and the first card of the series taken)
SCRIPTS = {
    # /start, language, young person, 13-15, México, I agree, Lessons, the in-control series, Start
    "es": (["/start", "1", "1", "2", "2", "1", "1", series_button("youth_13_15", "in-control"), "1"],
           "[1] Español ✓", "consent-youth", "s-in-control-footprint-intro", "Tú tienes el control"),
    # /start, language, caregiver, Morocco, I agree, Lessons, the caregivers-talking series, Start
    "ar": (["/start", "1", "2", "1", "1", "1", series_button("caregiver", "caregivers-talking"), "1"],
           "[1] العربية ✓", "consent-caregiver", "s-caregivers-talking-risks-today-intro",
           "حمايتهم والحفاظ على الحوار معهم"),
}


@pytest.mark.parametrize("locale", list(SCRIPTS))
async def test_try_plays_a_script(tmp_path: Path, locale: str) -> None:
    inputs, language_button, consent, card, series_title = SCRIPTS[locale]
    script = tmp_path / "script.txt"
    script.write_text("# onboarding and the first lesson card\n" + "\n".join(inputs) + "\n", encoding="utf-8")
    code, out, err = await run_bot("try", "--script", str(script), "--no-color", "--locale", locale)
    assert code == 0, err
    assert "Traceback" not in err
    lines = out.splitlines()
    assert [line for line in lines if line.startswith("> ")] == [f"> {i}" for i in inputs]
    assert "# onboarding" not in out  # comments are not played
    assert f"  {language_button}" in lines
    assert shown(locale, "welcome") in out
    assert shown(locale, consent) in out
    assert shown(locale, "onboarding-done") in out
    assert f"  {series_title}" in lines
    assert shown(locale, card) in out
    assert f"  [1] {I18N.t(locale, 'btn-back')}   [2] {I18N.t(locale, 'btn-next')}" in lines
    # The card's picture shows as its alt text, in the person's language (English until translated).
    first = next(s for s in CATALOG.series.values() if card.startswith(f"s-{s.id}-"))
    lesson = first.lessons[0]
    picture = next(step for step in lesson.steps if getattr(step, "image", None))
    assert f"  [picture: {I18N.t(locale, f's-{first.id}-{lesson.id}-{picture.card}-alt')}]" in lines
    assert "\x1b[" not in out  # --no-color
    assert "<b>" not in out and "</b>" not in out  # HTML rendered, not shown
    if locale == "ar":
        assert "\u2068" not in out and "\u2069" not in out
    # Nothing in English where the person chose another language.
    assert shown("en", consent) not in out and shown("en", card) not in out


async def test_preview_prints_a_series_in_french() -> None:
    code, out, err = await run_bot("preview", "in-control", "--locale", "fr", "--no-color")
    assert code == 0, err
    series = CATALOG.series["in-control"]
    plain = lambda message_id: render_html(I18N.t("fr", message_id), color=False)  # noqa: E731
    assert plain("s-in-control-title") == "C’est toi qui décides"  # French typography: a curly apostrophe
    assert plain("s-in-control-title") in out and plain("s-in-control-about") in out
    quizzes = 0
    for lesson in series.lessons:
        prefix = f"s-in-control-{lesson.id}"
        assert plain(f"{prefix}-title") in out, lesson.id
        for step in lesson.steps:
            if isinstance(step, CardStep):
                assert plain(f"{prefix}-{step.card}") in out, step.card
                assert plain(f"{prefix}-{step.card}") != render_html(I18N.t("en", f"{prefix}-{step.card}"),
                                                                       color=False)
            else:
                assert isinstance(step, QuizStep)
                quizzes += 1
                assert plain(f"{prefix}-{step.quiz}") in out
                for option in step.options:
                    assert f"  → {plain(f'{prefix}-{step.quiz}-{option}')}" in out
                    for line in plain(f"{prefix}-{step.quiz}-{option}-why").splitlines():
                        assert f"    {line}".rstrip() in out, (step.quiz, option)
    assert quizzes >= 4
    assert out.count(render_html(I18N.t("fr", "quiz-not-best"), color=False)) == sum(
        len(s.options) - 1 for lesson in series.lessons for s in lesson.steps if isinstance(s, QuizStep))
    assert "Pas tout à fait" not in out
    # Each picture as its file and alt text (in French once translated; English until then).
    for lesson in series.lessons:
        for step in lesson.steps:
            if isinstance(step, CardStep) and step.image:
                alt = I18N.t("fr", f"s-in-control-{lesson.id}-{step.card}-alt")
                assert f"[image: content/images/{step.image}.svg — {alt}]" in out.splitlines()
    assert "🏆" in out and "Suivant ➡️" in out
    assert "\x1b[" not in out
