"""A screen is what the bot shows: text plus buttons. Features build screens; `show` sends them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

MAX_CALLBACK_BYTES = 64
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


@dataclass(frozen=True)
class Button:
    label: str
    data: str | None = None
    url: str | None = None

    def __post_init__(self) -> None:
        if self.data is not None and (len(self.data.encode()) > MAX_CALLBACK_BYTES or not self.data.isascii()):
            raise ValueError(f"callback data must be ASCII and at most 64 bytes: {self.data!r}")


@dataclass
class Screen:
    text: str
    rows: list[list[Button]] = field(default_factory=list)

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


def markup(screen: Screen) -> InlineKeyboardMarkup | None:
    keyboard = keyboard_json(screen)
    if keyboard is None:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(**button) for button in row]
                                 for row in keyboard["inline_keyboard"]])


async def show(update: Update, screen: Screen, *, edit: bool = False) -> None:
    """Send a screen to the chat of the update; with edit=True replace the message whose button was tapped."""
    query = update.callback_query
    if edit and query is not None and query.message is not None:
        try:
            await query.edit_message_text(
                screen.text, parse_mode=ParseMode.HTML, reply_markup=markup(screen), link_preview_options=NO_PREVIEW
            )
            return
        except BadRequest as error:
            # The message is too old to edit or unchanged: fall through to a fresh message.
            if "not modified" in str(error).lower():
                return
    chat = update.effective_chat
    if chat is None:
        return
    await chat.send_message(
        screen.text, parse_mode=ParseMode.HTML, reply_markup=markup(screen), link_preview_options=NO_PREVIEW
    )
