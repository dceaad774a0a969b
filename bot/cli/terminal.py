"""Shows bot messages in a terminal: Telegram HTML as ANSI bold/italic (or plain), links as 'text (url)',
buttons as numbered choices."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

BOLD, ITALIC, UNDERLINE, RESET = "\x1b[1m", "\x1b[3m", "\x1b[4m", "\x1b[0m"
_LINK = re.compile(r'<a href="([^"]*)">(.*?)</a>', re.S)
_TAGS = {"b": BOLD, "strong": BOLD, "i": ITALIC, "em": ITALIC, "u": UNDERLINE}


def render_html(text: str, *, color: bool) -> str:
    def link(match: re.Match[str]) -> str:
        url, label = match.group(1), match.group(2)
        return label if label == url else f"{label} ({url})"

    out = _LINK.sub(link, text)
    for tag, code in _TAGS.items():
        out = out.replace(f"<{tag}>", code if color else "").replace(f"</{tag}>", RESET if color else "")
    out = re.sub(r"</?(s|code|pre|span)[^>]*>", "", out)
    return html.unescape(out)


def render_buttons(rows: Sequence[Sequence[str]]) -> list[str]:
    """Numbered button labels, one row per line: '[1] Next ➡️   [2] 🆘 Get help'."""
    lines, number = [], 1
    for row in rows:
        cells = []
        for label in row:
            cells.append(f"[{number}] {label}")
            number += 1
        lines.append("   ".join(cells))
    return lines
