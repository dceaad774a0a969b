"""`show` sends a screen (bot/delivery/screen.py) as the reply to an update."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.delivery.screen import Screen, keyboard_json
from bot.features.photos import send_picture_screen
from bot.services.runtime import Runtime
from bot.services.send_budget import Priority, ReplyArgs

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def markup(screen: Screen) -> InlineKeyboardMarkup | None:
    keyboard = keyboard_json(screen)
    if keyboard is None:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(**button) for button in row]
                                 for row in keyboard["inline_keyboard"]])


def reply_args(screen: Screen) -> ReplyArgs:
    return ReplyArgs(Priority.HELP if screen.urgent else Priority.REPLY, repeatable=screen.repeatable)


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
    bot = update.get_bot()
    if edit and query is not None and query.message is not None:
        try:
            await bot.edit_message_text(
                screen.text, chat_id=query.message.chat.id, message_id=query.message.message_id,
                parse_mode=ParseMode.HTML, reply_markup=markup(screen), link_preview_options=NO_PREVIEW,
                rate_limit_args=reply_args(screen),
            )
            return
        except BadRequest as error:
            # The message is too old to edit or unchanged: fall through to a fresh message.
            if "not modified" in str(error).lower():
                return
    chat = update.effective_chat
    if chat is None:
        return
    await bot.send_message(
        chat.id, screen.text, parse_mode=ParseMode.HTML, reply_markup=markup(screen), link_preview_options=NO_PREVIEW,
        rate_limit_args=reply_args(screen),
    )
