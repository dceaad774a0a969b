"""What the bot shows, as data: text plus buttons, and perhaps a picture. Handlers build screens and send them as
replies; the outbox sender sends them as pushes. Nothing here knows python-telegram-bot."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

MAX_CALLBACK_BYTES = 64


@dataclass(frozen=True)
class Button:
    label: str
    data: str | None = None
    url: str | None = None

    def __post_init__(self) -> None:
        if self.data is not None and (len(self.data.encode()) > MAX_CALLBACK_BYTES or not self.data.isascii()):
            raise ValueError(f"callback data must be ASCII and at most 64 bytes: {self.data!r}")


@dataclass(frozen=True)
class Picture:
    """An illustration shown with a screen: content/images/<name>.svg, described by `alt` in the person's language
    (Telegram has no alt text: it is for previews, the terminal simulator and anyone reading the content)."""

    name: str
    alt: str


@dataclass
class Screen:
    text: str
    rows: list[list[Button]] = field(default_factory=list)
    picture: Picture | None = None
    # How it travels: `urgent` screens (help) go before any other message the bot is sending; `repeatable` ones
    # may be sent again after a 5xx or a timeout, because a second copy would do no harm.
    urgent: bool = False
    repeatable: bool = False

    def add_row(self, *buttons: Button) -> Screen:
        self.rows.append(list(buttons))
        return self


def keyboard_json(screen: Screen) -> dict[str, Any] | None:
    """The screen's buttons as the Bot API's reply_markup, for callers that talk to the API directly."""
    if not screen.rows:
        return None
    return {"inline_keyboard": [
        [{"text": b.label, "url": b.url} if b.url else {"text": b.label, "callback_data": b.data} for b in row]
        for row in screen.rows
    ]}


def message_json(screen: Screen) -> dict[str, Any]:
    """The screen as the Bot API's text message parameters (HTML, no link preview, its buttons if any), for callers
    that talk to the API directly: replies, the text beside a picture, the outbox's pushes."""
    message: dict[str, Any] = {"text": screen.text, "parse_mode": "HTML", "link_preview_options": {"is_disabled": True}}
    if (keyboard := keyboard_json(screen)) is not None:
        message["reply_markup"] = keyboard
    return message
