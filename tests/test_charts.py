"""Charts draw right-to-left text shaped: every text artist carries the shaping library's output, and the font
matplotlib uses has a glyph for every character of it."""

from __future__ import annotations

import warnings

import arabic_reshaper
from bidi import get_display
from fontTools.ttLib import TTFont
from matplotlib import font_manager
from matplotlib.text import Text

from bot.services.charts import FONT, Bar, ChartText, visual, weekly_bars, weekly_bars_figure

ARABIC = ChartText("الوصول الأسبوعي · الجمهور", "الأسبوع الذي يبدأ يوم الاثنين", "الأشخاص الذين وصلنا إليهم",
                   "<5", "لم نصل إلى أحد بعد", rtl=True)
WEEKS = ["2 مارس", "9 مارس"]
SERIES = ["الشباب", "أولياء الأمور"]
BARS = [Bar("2 مارس", "الشباب", 12), Bar("9 مارس", "الشباب", 7), Bar("2 مارس", "أولياء الأمور", None)]


def shaped(text: str) -> str:
    return get_display(arabic_reshaper.reshape(text))


def texts(figure: object) -> list[str]:
    return [artist.get_text() for artist in figure.findobj(Text) if artist.get_text()]  # type: ignore[attr-defined]


def test_every_arabic_text_is_shaped_and_in_display_order() -> None:
    figure = weekly_bars_figure(ARABIC, WEEKS, SERIES, BARS)
    drawn = texts(figure)
    for raw in (ARABIC.title, ARABIC.x_label, ARABIC.y_label, *SERIES, *WEEKS):
        assert shaped(raw) in drawn, raw
        assert raw not in drawn or shaped(raw) == raw, raw  # the unshaped text is never drawn
    assert shaped(ARABIC.title) != ARABIC.title
    assert shaped(ARABIC.title)[0] == shaped(ARABIC.title.split()[-1])[0]  # display order: last word leftmost
    assert "<5" in drawn  # the suppression mark, direction-neutral, unchanged


def test_latin_text_is_unchanged() -> None:
    assert visual("Weekly reach · Country") == "Weekly reach · Country"
    assert visual("KE Kenya") == "KE Kenya"


def test_the_font_has_every_glyph_and_nothing_is_missing_when_drawing() -> None:
    path = font_manager.findfont(font_manager.FontProperties(family=FONT), fallback_to_default=False)
    cmap = TTFont(path).getBestCmap()
    figure = weekly_bars_figure(ARABIC, WEEKS, SERIES, BARS)
    missing = {ch for text in texts(figure) for ch in text if not ch.isspace() and ord(ch) not in cmap}
    assert missing == set()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph ... missing from font(s)"
        png = weekly_bars(ARABIC, WEEKS, SERIES, BARS)
    assert png.startswith(b"\x89PNG")


def test_right_to_left_layout() -> None:
    axes = weekly_bars_figure(ARABIC, WEEKS, SERIES, BARS).axes[0]
    assert axes.yaxis.get_label_position() == "right"
    assert axes.get_title(loc="right") == shaped(ARABIC.title)
    ltr = weekly_bars_figure(ChartText("Weekly reach", "Week", "People", "<5", "Nobody"), ["Mar 2"], ["Youth"],
                             [Bar("Mar 2", "Youth", 3)]).axes[0]
    assert ltr.yaxis.get_label_position() == "left" and ltr.get_title() == "Weekly reach"
