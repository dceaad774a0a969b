"""`python -m bot preview SERIES --locale ar`: a series as a learner would see it, without Telegram. A card's
picture shows as `[image: content/images/<name>.svg — alt text]`."""

from __future__ import annotations

from pathlib import Path

from bot.cli.terminal import render_buttons, render_html
from bot.content.catalog import load_catalog
from bot.content.i18n import I18n
from bot.content.series import QuizStep
from bot.delivery.screen import Screen
from bot.features.lessons import feedback_screen, lesson_done_text, series_done_screen, step_screen
from bot.services.lessons import Position, QuizResult

RULE = "─" * 60


class _Texts:
    """The part of Runtime that screen builders use: words and content."""

    def __init__(self, content_dir: Path, locales_dir: Path) -> None:
        self.i18n = I18n(locales_dir)
        self.catalog = load_catalog(content_dir)


def picture_line(screen: Screen) -> list[str]:
    if screen.picture is None:
        return []
    return [f"[image: content/images/{screen.picture.name}.svg — {screen.picture.alt}]"]


def _screen_lines(screen: Screen, color: bool) -> list[str]:
    return [*picture_line(screen), render_html(screen.text, color=color),
            *render_buttons([[b.label for b in row] for row in screen.rows])]


def preview_series(series_id: str, locale: str, content_dir: Path, locales_dir: Path, *, color: bool) -> str:
    texts = _Texts(content_dir, locales_dir)
    series = texts.catalog.series.get(series_id)
    if series is None:
        known = ", ".join(sorted(texts.catalog.series))
        raise SystemExit(f"no series {series_id!r}; known: {known}")
    if locale not in texts.i18n.locales:
        raise SystemExit(f"no locale {locale!r}; known: {', '.join(texts.i18n.locales)}")
    rt = texts  # screen builders only read .i18n and .catalog
    t = texts.i18n.t
    out = [RULE, render_html(f"<b>{t(locale, f's-{series.id}-title')}</b>", color=color),
           render_html(t(locale, f"s-{series.id}-about"), color=color), RULE]
    for lesson_index, lesson in enumerate(series.lessons):
        for step_index, step in enumerate(lesson.steps):
            position = Position(series, lesson_index, step_index)
            out += _screen_lines(step_screen(rt, locale, position), color)  # type: ignore[arg-type]
            if isinstance(step, QuizStep):
                for option in step.options:
                    label = t(locale, f"s-{series.id}-{lesson.id}-{step.quiz}-{option}")
                    out.append(f"  → {render_html(label, color=color)}")
                    result = QuizResult(position, option, option == step.answer, first_attempt=True)
                    feedback = feedback_screen(rt, locale, result)  # type: ignore[arg-type]
                    out += ["    " + line for line in render_html(feedback.text, color=color).splitlines()]
            out.append(RULE)
        last = Position(series, lesson_index, 0)
        out.append(render_html(lesson_done_text(rt, locale, last, lesson_index + 1), color=color))  # type: ignore[arg-type]
        out.append(RULE)
    out += _screen_lines(series_done_screen(rt, locale, series.id), color)  # type: ignore[arg-type]
    return "\n".join(out)
