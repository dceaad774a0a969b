"""Screens with a picture: sent as a photo whose caption is the screen (text and buttons), or, when the text is
too long for a caption, as the photo alone followed by the text with its buttons.

Each picture is uploaded once; Telegram's file_id is kept (bot/services/images.py, in the database and in
memory) and sent from then on. When
Telegram no longer knows a file_id (400 "wrong file identifier"), the picture is uploaded again and the new
file_id replaces the old one. A picture that cannot be rendered or sent never costs the lesson: the text goes
out alone.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram import Chat, InputFile, Message
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.content.images import Illustration, ImageError, caption_fits
from bot.delivery.screen import Picture, Screen
from bot.services.images import cached_file_id, forget_upload, remember_upload
from bot.services.runtime import Runtime

log = logging.getLogger(__name__)
FILE_ID_GONE = ("file identifier", "file_id", "file reference")


def _file_id_gone(error: BadRequest) -> bool:
    return any(part in error.message.lower() for part in FILE_ID_GONE)


async def send_picture_screen(rt: Runtime, chat: Chat, screen: Screen, reply_markup: Any,
                              link_preview_options: Any) -> None:
    """Send a screen that has a picture (see the module's docstring)."""
    assert screen.picture is not None
    text_kwargs = {"parse_mode": ParseMode.HTML, "reply_markup": reply_markup,
                   "link_preview_options": link_preview_options}
    as_caption = caption_fits(screen.text)
    photo_kwargs = ({"caption": screen.text, "parse_mode": ParseMode.HTML, "reply_markup": reply_markup}
                    if as_caption else {})
    sent = await _send_photo(rt, chat, screen.picture, photo_kwargs)
    if sent is None or not as_caption:
        await chat.send_message(screen.text, **text_kwargs)


async def _send_photo(rt: Runtime, chat: Chat, picture: Picture, kwargs: dict[str, Any]) -> Message | None:
    try:
        image = rt.illustrations.get(picture.name)
    except ImageError:
        log.exception("lesson picture %s is unreadable; sending the text alone", picture.name)
        return None
    file_id = rt.file_ids.get(image)
    if file_id is None:
        async with rt.store.transaction() as session:
            file_id = await cached_file_id(session, image)
        if file_id is not None:
            rt.file_ids.remember(image, file_id)
    if file_id is not None:
        try:
            return await chat.send_photo(photo=file_id, **kwargs)
        except BadRequest as error:
            if not _file_id_gone(error):
                log.warning("picture %s not sent (%s); sending the text alone", picture.name, error.message)
                return None
            log.info("Telegram no longer knows the file_id of picture %s; uploading it again", picture.name)
            rt.file_ids.forget(image, file_id)
            async with rt.store.transaction() as session:
                await forget_upload(session, image, file_id)
    return await _upload(rt, chat, image, kwargs)


async def _upload(rt: Runtime, chat: Chat, image: Illustration, kwargs: dict[str, Any]) -> Message | None:
    try:
        png = await asyncio.to_thread(rt.illustrations.png, image.name)
    except ImageError:
        log.exception("lesson picture %s cannot be rendered; sending the text alone", image.name)
        return None
    try:
        message = await chat.send_photo(photo=InputFile(png, filename=f"{image.name}.png"), **kwargs)
    except BadRequest as error:
        log.warning("picture %s not accepted (%s); sending the text alone", image.name, error.message)
        return None
    if message.photo:
        largest = max(message.photo, key=lambda size: size.width * size.height)
        async with rt.store.transaction() as session:
            await remember_upload(session, image, largest.file_id)
        rt.file_ids.remember(image, largest.file_id)
    return message
