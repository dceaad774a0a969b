"""Charts drawn on the server as inline SVG: lines over time, horizontal bars, and 100% stacked bars.

Each chart carries a <title> and a <desc> (named by aria-labelledby) and is drawn beside a table holding the same
figures, which is what screen readers read. Text is whatever the caller passes, already in the page's language;
the browser shapes Arabic. The drawing itself stays left to right in every language (direction="ltr"), so that
text anchors mean the same thing on an Arabic page. Colours are presentation attributes, not inline styles, so
the page's Content-Security-Policy needs no 'unsafe-inline'. A suppressed value (None) is a gap in a line, and a
bar replaced by its mark ("<5").
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

# Distinguishable for common colour blindness and at least 4.5:1 against white; lines also differ by dash.
PALETTE = ("#1f5f99", "#b8470b", "#2b7a4b", "#a32a4f", "#5e4596", "#4d4d4d")
DASHES = ("", "7 4", "2 3", "10 3 2 3", "4 2", "1 3")
MAX_SERIES = len(PALETTE)
FONT = 13
AXIS = "#595959"
GRID = "#dddddd"


@dataclass(frozen=True)
class Line:
    name: str
    values: Sequence[float | None]


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def nice_ticks(peak: float, count: int = 4) -> list[float]:
    """0 and a few round steps up to at least `peak` (1, 2, 2.5 or 5 times a power of ten)."""
    if peak <= 0:
        return [0.0, 1.0]
    raw = peak / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    top = math.ceil(peak / step - 1e-9) * step
    return [i * step for i in range(round(top / step) + 1)]


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _open(chart_id: str, title: str, desc: str, width: int, height: int) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" direction="ltr" font-size="{FONT}" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>',
    ]


def _legend(names: Sequence[str], width: int, y: int, lines: bool,
            colours: dict[int, str] | None = None) -> tuple[list[str], int]:
    """Legend entries in rows across the top; returns the SVG and the height used."""
    parts, x, row_height = [], 0, FONT + 8
    for index, name in enumerate(names):
        label = _shorten(name, 28)
        entry = 34 + 7.2 * len(label) + 18
        if x and x + entry > width:
            x, y = 0, y + row_height
        colour = (colours or {}).get(index, PALETTE[index % MAX_SERIES])
        if lines:
            dash = DASHES[index % MAX_SERIES]
            dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
            parts.append(f'<line x1="{x}" y1="{y + 5}" x2="{x + 26}" y2="{y + 5}" stroke="{colour}" '
                         f'stroke-width="3"{dash_attr}/>')
        else:
            parts.append(f'<rect x="{x + 6}" y="{y - 1}" width="14" height="12" fill="{colour}"/>')
        parts.append(f'<text x="{x + 32}" y="{y + 10}" fill="#1a1a1a">{escape(label)}</text>')
        x += entry
    return parts, (y + row_height) if names else y


def line_chart(chart_id: str, title: str, desc: str, x_labels: Sequence[str], lines: Sequence[Line],
               y_format: Callable[[float], str] = _number, empty: str = "", width: int = 720) -> Markup:
    """One line per entry of `lines` (at most MAX_SERIES) over the x labels; None leaves a gap."""
    shown = list(lines)[:MAX_SERIES]
    legend, legend_height = _legend([line.name for line in shown], width, 4, lines=True)
    top, bottom, left, right = legend_height + 14, 46, 58, 16
    height = top + 220 + bottom
    out = _open(chart_id, title, desc, width, height)
    values = [v for line in shown for v in line.values if v is not None]
    if not x_labels or not values:
        out.append(f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle" fill="{AXIS}">{escape(empty)}'
                   "</text></svg>")
        return Markup("".join(out))
    out += legend
    ticks = nice_ticks(max(values))
    plot_w, plot_h = width - left - right, height - top - bottom
    span = ticks[-1] or 1

    def x_at(i: int) -> float:
        return left + (plot_w * (i + 0.5) / len(x_labels))

    def y_at(v: float) -> float:
        return top + plot_h - plot_h * v / span

    for tick in ticks:
        y = y_at(tick)
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="{GRID}"/>')
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="{AXIS}">'
                   f"{escape(y_format(tick))}</text>")
    every = max(1, math.ceil(len(x_labels) / max(1, plot_w // 70)))
    for i, label in enumerate(x_labels):
        if i % every == 0:
            out.append(f'<text x="{x_at(i):.1f}" y="{top + plot_h + 18}" text-anchor="middle" fill="{AXIS}">'
                       f"{escape(label)}</text>")
    out.append(f'<line x1="{left}" y1="{top + plot_h}" x2="{width - right}" y2="{top + plot_h}" stroke="{AXIS}"/>')
    for index, line in enumerate(shown):
        colour, dash = PALETTE[index], DASHES[index]
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        run: list[str] = []
        points = [*line.values, None]
        for i, value in enumerate(points):
            if value is not None:
                run.append(f"{x_at(i):.1f},{y_at(value):.1f}")
                continue
            if len(run) > 1:
                out.append(f'<polyline points="{" ".join(run)}" fill="none" stroke="{colour}" stroke-width="2.5"'
                           f"{dash_attr}/>")
            run = []
        for i, value in enumerate(line.values):
            if value is not None:
                out.append(f'<circle cx="{x_at(i):.1f}" cy="{y_at(value):.1f}" r="3.5" fill="{colour}"/>')
    out.append("</svg>")
    return Markup("".join(out))


def bar_chart(chart_id: str, title: str, desc: str, labels: Sequence[str], values: Sequence[float | None],
              value_labels: Sequence[str], empty: str = "", width: int = 720, peak: float | None = None) -> Markup:
    """Horizontal bars, one per label, each with its value written after it (the mark, e.g. "<5", when None)."""
    row, label_w, value_w = 26, min(280, width * 2 // 5), 70
    height = max(1, len(labels)) * row + 12
    out = _open(chart_id, title, desc, width, height)
    if not labels:
        out.append(f'<text x="{width / 2}" y="{height / 2 + 4}" text-anchor="middle" fill="{AXIS}">'
                   f"{escape(empty)}</text></svg>")
        return Markup("".join(out))
    top_value = peak if peak is not None else max((v for v in values if v is not None), default=0)
    span = top_value or 1
    plot_w = width - label_w - value_w - 12
    out.append(f'<line x1="{label_w}" y1="4" x2="{label_w}" y2="{height - 6}" stroke="{AXIS}"/>')
    for i, (label, value, text) in enumerate(zip(labels, values, value_labels, strict=True)):
        y = 6 + i * row
        out.append(f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end" fill="#1a1a1a">'
                   f"{escape(_shorten(label, 38))}</text>")
        length = 0.0 if value is None else max(plot_w * value / span, 1.0 if value else 0.0)
        if length:
            out.append(f'<rect x="{label_w}" y="{y + 3}" width="{length:.1f}" height="{row - 8}" '
                       f'fill="{PALETTE[0]}"/>')
        out.append(f'<text x="{label_w + length + 6:.1f}" y="{y + 15}" fill="#1a1a1a">{escape(text)}</text>')
    out.append("</svg>")
    return Markup("".join(out))


HIDDEN = "#d4d4d4"


def stacked_bars(chart_id: str, title: str, desc: str, labels: Sequence[str], part_names: Sequence[str],
                 shares: Sequence[Sequence[float | None]], hidden_label: str, empty: str = "",
                 share_format: Callable[[float], str] = lambda share: f"{round(share * 100)}%",
                 width: int = 720, hidden_part: str = "") -> Markup:
    """One 100% bar per label, split into parts (shares 0-1 in `part_names` order). What hidden parts (None) leave
    is drawn grey and named `hidden_part` in the legend; a row whose shares are all None shows `hidden_label`."""
    some_hidden = any(share is None for parts in shares for share in parts)
    legend, legend_height = _legend([*part_names, *([hidden_part] if some_hidden and hidden_part else [])], width, 4,
                                    lines=False, colours={len(part_names): HIDDEN})
    row, label_w = 28, min(260, width * 2 // 5)
    top = legend_height + 8
    height = top + max(1, len(labels)) * row + 8
    out = _open(chart_id, title, desc, width, height)
    if not labels:
        out.append(f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle" fill="{AXIS}">{escape(empty)}'
                   "</text></svg>")
        return Markup("".join(out))
    out += legend
    plot_w = width - label_w - 12
    for i, (label, parts) in enumerate(zip(labels, shares, strict=True)):
        y = top + i * row
        out.append(f'<text x="{label_w - 8}" y="{y + 17}" text-anchor="end" fill="#1a1a1a">'
                   f"{escape(_shorten(label, 36))}</text>")
        if all(share is None for share in parts):
            out.append(f'<text x="{label_w + 6}" y="{y + 17}" fill="{AXIS}">{escape(hidden_label)}</text>')
            continue
        x = float(label_w)
        for index, share in enumerate(parts):
            if not share:
                continue
            length = plot_w * share
            out.append(f'<rect x="{x:.1f}" y="{y + 4}" width="{length:.1f}" height="{row - 8}" '
                       f'fill="{PALETTE[index % MAX_SERIES]}"/>')
            if length >= 34:
                out.append(f'<text x="{x + length / 2:.1f}" y="{y + 18}" text-anchor="middle" fill="#ffffff">'
                           f"{escape(share_format(share))}</text>")
            x += length
        rest = label_w + plot_w - x
        if any(share is None for share in parts) and rest >= 1:
            out.append(f'<rect x="{x:.1f}" y="{y + 4}" width="{rest:.1f}" height="{row - 8}" fill="{HIDDEN}"/>')
    out.append("</svg>")
    return Markup("".join(out))
