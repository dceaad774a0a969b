"""PNG charts for the chat, drawn with matplotlib's Agg backend (no display, no pyplot global state).

matplotlib draws characters one by one, left to right: it neither joins Arabic letters nor orders right-to-left
text. Every string is therefore shaped (arabic-reshaper: the joined presentation forms) and put in display order
(python-bidi: the Unicode bidi algorithm) before it is drawn; Latin text comes through unchanged. DejaVu Sans,
matplotlib's own font, has the Arabic presentation forms. Right-to-left charts also put the value axis and the
legend on the right.

matplotlib (with numpy and Pillow, about 45 MB) and arabic-reshaper (with fontTools) are imported on the first
chart, not with the bot: only staff ask for charts, and every other process would carry them for nothing.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure

FONT = "DejaVu Sans"

PALETTE = ("#1b6ca8", "#e07a1f", "#3a9d5d", "#b03a48", "#7a5195", "#8c8c8c")
MAX_SERIES = len(PALETTE)


@dataclass(frozen=True)
class ChartText:
    title: str
    x_label: str
    y_label: str
    suppressed: str  # the mark drawn where a count is suppressed, e.g. "<5"
    empty: str  # drawn when there is nothing to show
    rtl: bool = False  # the language is written right to left


def visual(text: str) -> str:
    """Text as matplotlib must be given it to show it right: letters joined, in display order."""
    import arabic_reshaper  # lazily, as matplotlib (it brings fontTools)
    from bidi import get_display

    return get_display(arabic_reshaper.reshape(text))


@dataclass(frozen=True)
class Bar:
    week: str
    series: str
    value: int | None  # None: suppressed


def weekly_bars(text: ChartText, weeks: Sequence[str], series: Sequence[str], bars: Sequence[Bar]) -> bytes:
    """Grouped bars: one group per week, one bar per series (at most MAX_SERIES, in the order given), as PNG."""
    figure = weekly_bars_figure(text, weeks, series, bars)
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()


def weekly_bars_figure(text: ChartText, weeks: Sequence[str], series: Sequence[str], bars: Sequence[Bar]) -> Figure:
    from matplotlib.backends.backend_agg import FigureCanvasAgg  # lazily: see the module's docstring
    from matplotlib.figure import Figure

    figure = Figure(figsize=(8, 4.5), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    font = {"family": FONT}
    axes.set_title(visual(text.title), fontdict=font, loc="right" if text.rtl else "center")
    axes.set_xlabel(visual(text.x_label), fontdict=font)
    axes.set_ylabel(visual(text.y_label), fontdict=font)
    if text.rtl:
        axes.yaxis.tick_right()
        axes.yaxis.set_label_position("right")
    shown = list(series)[:MAX_SERIES]
    values = {(bar.week, bar.series): bar.value for bar in bars}
    if not weeks or not shown:
        axes.text(0.5, 0.5, visual(text.empty), ha="center", va="center", transform=axes.transAxes, family=FONT)
        axes.set_xticks([])
        axes.set_yticks([])
    else:
        width = 0.8 / len(shown)
        peak = max((v for v in values.values() if v is not None), default=0) or 1
        for index, name in enumerate(shown):
            offsets = [w + (index - (len(shown) - 1) / 2) * width for w in range(len(weeks))]
            heights = [values.get((week, name)) or 0 for week in weeks]
            axes.bar(offsets, heights, width, label=visual(name), color=PALETTE[index])
            for x, week in zip(offsets, weeks, strict=True):
                if (week, name) in values and values[(week, name)] is None:
                    axes.text(x, peak * 0.02, visual(text.suppressed), ha="center", va="bottom", fontsize=7,
                              rotation=90, color=PALETTE[index], family=FONT)
        axes.set_xticks(range(len(weeks)), [visual(week) for week in weeks], rotation=30, ha="right", fontsize=8,
                        family=FONT)
        axes.set_ylim(0, peak * 1.15)
        axes.yaxis.get_major_locator().set_params(integer=True)
        axes.legend(loc="upper right" if text.rtl else "upper left", prop={"family": FONT, "size": 8})
        axes.spines[["top", "left" if text.rtl else "right"]].set_visible(False)
    figure.tight_layout()
    return figure
