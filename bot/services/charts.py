"""PNG charts for the chat, drawn with matplotlib's Agg backend (no display, no pyplot global state).

matplotlib cannot shape Arabic (letters come out unjoined and left to right), so callers pass Latin-script text
for right-to-left languages and put the localized explanation in the photo caption instead.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

PALETTE = ("#1b6ca8", "#e07a1f", "#3a9d5d", "#b03a48", "#7a5195", "#8c8c8c")
MAX_SERIES = len(PALETTE)


@dataclass(frozen=True)
class ChartText:
    title: str
    x_label: str
    y_label: str
    suppressed: str  # the mark drawn where a count is suppressed, e.g. "<5"
    empty: str  # drawn when there is nothing to show


@dataclass(frozen=True)
class Bar:
    week: str
    series: str
    value: int | None  # None: suppressed


def weekly_bars(text: ChartText, weeks: Sequence[str], series: Sequence[str], bars: Sequence[Bar]) -> bytes:
    """Grouped bars: one group per week, one bar per series (at most MAX_SERIES, in the order given)."""
    figure = Figure(figsize=(8, 4.5), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.set_title(text.title)
    axes.set_xlabel(text.x_label)
    axes.set_ylabel(text.y_label)
    shown = list(series)[:MAX_SERIES]
    values = {(bar.week, bar.series): bar.value for bar in bars}
    if not weeks or not shown:
        axes.text(0.5, 0.5, text.empty, ha="center", va="center", transform=axes.transAxes)
        axes.set_xticks([])
        axes.set_yticks([])
    else:
        width = 0.8 / len(shown)
        peak = max((v for v in values.values() if v is not None), default=0) or 1
        for index, name in enumerate(shown):
            offsets = [w + (index - (len(shown) - 1) / 2) * width for w in range(len(weeks))]
            heights = [values.get((week, name)) or 0 for week in weeks]
            axes.bar(offsets, heights, width, label=name, color=PALETTE[index])
            for x, week in zip(offsets, weeks, strict=True):
                if (week, name) in values and values[(week, name)] is None:
                    axes.text(x, peak * 0.02, text.suppressed, ha="center", va="bottom", fontsize=7, rotation=90,
                              color=PALETTE[index])
        axes.set_xticks(range(len(weeks)), list(weeks), rotation=30, ha="right", fontsize=8)
        axes.set_ylim(0, peak * 1.15)
        axes.yaxis.get_major_locator().set_params(integer=True)
        axes.legend(fontsize=8, loc="upper left")
        axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()
