"""Screens with a picture: sent as a photo whose caption is the screen (text and buttons), or, when the text is
too long for a caption, as the photo alone followed by the text with its buttons.

Each picture is uploaded once; Telegram's file_id is kept (bot/services/images.py, in the database and in
memory) and sent from then on. When
Telegram no longer knows a file_id (400 "wrong file identifier"), the picture is uploaded again and the new
file_id replaces the old one. A picture that cannot be rendered or sent never costs the lesson: the text goes
out alone.

A picture Telegram already has (by file_id) and the text after it go out as JSON through `api_call`, answers
unparsed; only an upload goes through python-telegram-bot (multipart, and its answer's photo sizes are read).
Both keep the reply defaults of python-telegram-bot's calls (ReplyArgs(): not sent again after a 5xx).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram import Bot, InlineKeyboardMarkup, InputFile
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.content.images import Illustration, ImageError, caption_fits
from bot.delivery.screen import Picture, Screen, keyboard_json, message_json
from bot.features.api_calls import api_call
from bot.services.images import cached_file_id, forget_upload, remember_upload
from bot.services.runtime import Runtime

log = logging.getLogger(__name__)
FILE_ID_GONE = ("file identifier", "file_id", "file reference")


def _file_id_gone(error: BadRequest) -> bool:
    return any(part in error.message.lower() for part in FILE_ID_GONE)


async def send_picture_screen(rt: Runtime, bot: Bot, chat_id: int, screen: Screen) -> None:
    """Send a screen that has a picture (see the module's docstring)."""
    assert screen.picture is not None
    keyboard = keyboard_json(screen)
    as_caption = caption_fits(screen.text)
    photo_params: dict[str, Any] = ({"caption": screen.text, "parse_mode": ParseMode.HTML.value,
                                     "reply_markup": keyboard} if as_caption else {})
    sent = await _send_photo(rt, bot, chat_id, screen.picture, photo_params)
    if not sent or not as_caption:
        await api_call(bot, "sendMessage", {"chat_id": chat_id, **message_json(screen)})


async def _send_photo(rt: Runtime, bot: Bot, chat_id: int, picture: Picture, params: dict[str, Any]) -> bool:
    """Whether the picture went out (with `params`: caption, parse mode, keyboard as JSON)."""
    try:
        image = rt.illustrations.get(picture.name)
    except ImageError:
        log.exception("lesson picture %s is unreadable; sending the text alone", picture.name)
        return False
    file_id = rt.file_ids.get(image)
    if file_id is None:
        async with rt.store.transaction() as session:
            file_id = await cached_file_id(session, image)
        if file_id is not None:
            rt.file_ids.remember(image, file_id)
    if file_id is not None:
        try:
            await api_call(bot, "sendPhoto", {"chat_id": chat_id, "photo": file_id, **params})
            return True
        except BadRequest as error:
            if not _file_id_gone(error):
                log.warning("picture %s not sent (%s); sending the text alone", picture.name, error.message)
                return False
            log.info("Telegram no longer knows the file_id of picture %s; uploading it again", picture.name)
            rt.file_ids.forget(image, file_id)
            async with rt.store.transaction() as session:
                await forget_upload(session, image, file_id)
    return await _upload(rt, bot, chat_id, image, params)


async def _upload(rt: Runtime, bot: Bot, chat_id: int, image: Illustration, params: dict[str, Any]) -> bool:
    try:
        png = await asyncio.to_thread(rt.illustrations.png, image.name)
    except ImageError:
        log.exception("lesson picture %s cannot be rendered; sending the text alone", image.name)
        return False
    kwargs = dict(params)
    if kwargs.get("reply_markup") is not None:
        kwargs["reply_markup"] = InlineKeyboardMarkup.de_json(kwargs["reply_markup"], bot)
    try:
        message = await bot.send_photo(chat_id, photo=InputFile(png, filename=f"{image.name}.png"), **kwargs)
    except BadRequest as error:
        log.warning("picture %s not accepted (%s); sending the text alone", image.name, error.message)
        return False
    if message.photo:
        largest = max(message.photo, key=lambda size: size.width * size.height)
        async with rt.store.transaction() as session:
            await remember_upload(session, image, largest.file_id)
        rt.file_ids.remember(image, largest.file_id)
    return True
