"""`show` sends a screen (bot/delivery/screen.py) as the reply to an update.

Text screens, button answers and pictures Telegram already has go out through `api_call`
(bot/features/api_calls.py): the same rate limiter as every other call of the Application (send budget, 429 and
5xx retries, answered taps, metrics; bot/chat/replies.py) and the same transport, but with a JSON body built
straight from the screen and the answer left as JSON. python-telegram-bot would build InlineKeyboardButton
objects to turn them back into JSON, and parse every answer into a Message with its keyboard and entities that
nobody reads: a fifth of the CPU of a lesson tap (bench/README.md, "Lesson path").
"""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest

from bot.delivery.screen import Screen, keyboard_json, message_json
from bot.features.api_calls import api_call
from bot.features.photos import send_picture_screen
from bot.services.runtime import Runtime
from bot.services.send_budget import Priority, ReplyArgs


def markup(screen: Screen) -> InlineKeyboardMarkup | None:
    keyboard = keyboard_json(screen)
    if keyboard is None:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(**button) for button in row]
                                 for row in keyboard["inline_keyboard"]])


def reply_args(screen: Screen) -> ReplyArgs:
    return ReplyArgs(Priority.HELP if screen.urgent else Priority.REPLY, repeatable=screen.repeatable)


async def answer(update: Update, text: str | None = None, *, show_alert: bool = False) -> None:
    """Answer the tapped button (stops its spinner), perhaps with a short notice."""
    query = update.callback_query
    if query is None:
        return
    parameters: dict[str, Any] = {"callback_query_id": query.id}
    if text is not None:
        parameters["text"] = text
        parameters["show_alert"] = show_alert
    await api_call(update.get_bot(), "answerCallbackQuery", parameters)


async def show(update: Update, screen: Screen, *, edit: bool = False, rt: Runtime | None = None) -> None:
    """Send a screen to the chat of the update; with edit=True replace the message whose button was tapped.
    A screen with a picture is always a new message (a text message cannot become a photo), and needs `rt`."""
    query = update.callback_query
    if screen.picture is not None:
        if rt is None:
            raise ValueError("a screen with a picture needs the runtime to send it")
        if update.effective_chat is not None:
            await send_picture_screen(rt, update.get_bot(), update.effective_chat.id, screen)
        return
    bot = update.get_bot()
    body = message_json(screen)
    if edit and query is not None and query.message is not None:
        try:
            await api_call(bot, "editMessageText", {"chat_id": query.message.chat.id,
                                                    "message_id": query.message.message_id, **body},
                           reply_args(screen))
            return
        except BadRequest as error:
            # The message is too old to edit or unchanged: fall through to a fresh message.
            if "not modified" in str(error).lower():
                return
    chat = update.effective_chat
    if chat is None:
        return
    await api_call(bot, "sendMessage", {"chat_id": chat.id, **body}, reply_args(screen))
