"""`show` sends a screen (bot/delivery/screen.py) as the reply to an update."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.delivery.screen import Screen, keyboard_json
from bot.features.photos import send_picture_screen
from bot.services.runtime import Runtime

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def markup(screen: Screen) -> InlineKeyboardMarkup | None:
    keyboard = keyboard_json(screen)
    if keyboard is None:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(**button) for button in row]
                                 for row in keyboard["inline_keyboard"]])


async def show(update: Update, screen: Screen, *, edit: bool = False, rt: Runtime | None = None) -> None:
    """Send a screen to the chat of the update; with edit=True replace the message whose button was tapped.
    A screen with a picture is always a new message (a text message cannot become a photo), and needs `rt`."""
    query = update.callback_query
    if screen.picture is not None:
        if rt is None:
            raise ValueError("a screen with a picture needs the runtime to send it")
        if update.effective_chat is not None:
            await send_picture_screen(rt, update.effective_chat, screen, markup(screen), NO_PREVIEW)
        return
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
