"""Turning what Telegram sends into updates, one at a time, so that one update the library cannot parse (from an
older self-hosted Bot API server, or a field it does not know yet) is skipped instead of stopping the bot.

python-telegram-bot parses a getUpdates batch in one go: a single bad update fails the whole batch, which is then
fetched again forever, and the library logs the raw batch (what children wrote) at CRITICAL each time. Here each
update is parsed alone; a bad one is counted, logged by its id and the name of the field that failed (never its
content), and replaced by an empty update with the same id, so polling moves past it and nothing handles it.
"""

from __future__ import annotations

import datetime as dtm
import logging
from collections.abc import Callable, Sequence
from typing import Any

from telegram import Update
from telegram._utils.defaultvalue import DEFAULT_NONE, DefaultValue
from telegram._utils.types import ODVInput, TimePeriod
from telegram.ext import ExtBot

log = logging.getLogger(__name__)


def describe_failure(raw: object, error: Exception) -> str:
    """Where parsing failed, in words that carry no content: the kind of update and the error's type (a missing
    field's name for a KeyError)."""
    kinds = [key for key in raw if key != "update_id"] if isinstance(raw, dict) else []
    kind = kinds[0] if kinds else "unknown"
    detail = f" {error.args[0]!r}" if isinstance(error, KeyError) and error.args and isinstance(error.args[0], str) \
        else ""
    return f"{kind}: {type(error).__name__}{detail}"


def parse_update(
    raw: object, bot: ExtBot[Any] | None, on_malformed: Callable[[int | None, str], None]
) -> Update | None:
    """The update, or None when it cannot be parsed (then `on_malformed` has its id and where it failed)."""
    try:
        update = Update.de_json(without_tapped_keyboard(raw), bot)  # type: ignore[arg-type]
        if update is None:
            raise TypeError("not an object")
        return update
    except Exception as error:
        on_malformed(_update_id(raw), describe_failure(raw, error))
        return None


# What the bot reads of the message a tapped button is on: which chat and which message (to edit it), and its date
# (python-telegram-bot tells an inaccessible message, date 0, from a message by it).
TAPPED_MESSAGE_FIELDS = ("message_id", "date", "chat")


def without_tapped_keyboard(raw: object) -> object:
    """A button tap carries the whole message the button is on: the bot's own text, its formatting entities, the
    bot as sender, photo sizes, the keyboard. Nothing here reads them, and parsing them was most of what parsing a
    tap cost (the keyboard alone about 90 of 350 attribute sets for a lesson card's four buttons; the rest another
    35-85 us a tap, bench/README.md): only TAPPED_MESSAGE_FIELDS are kept."""
    if not isinstance(raw, dict):
        return raw
    query = raw.get("callback_query")
    message = query.get("message") if isinstance(query, dict) else None
    if not isinstance(message, dict) or message.keys() <= set(TAPPED_MESSAGE_FIELDS):
        return raw
    message = {key: message[key] for key in TAPPED_MESSAGE_FIELDS if key in message}
    return {**raw, "callback_query": {**query, "message": message}}


def _update_id(raw: object) -> int | None:
    value = raw.get("update_id") if isinstance(raw, dict) else None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _stand_in(raw: object, bot: ExtBot[Any]) -> Update | None:
    """An empty update with the id of one that could not be parsed, so polling moves past it."""
    update_id = _update_id(raw)
    if update_id is None:
        return None
    update = Update(update_id=update_id)
    update.set_bot(bot)
    return update


class ResilientBot(ExtBot[Any]):
    """ExtBot whose getUpdates parses update by update (see the module's docstring)."""

    def __init__(self, *args: Any, on_malformed: Callable[[int | None, str], None], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._on_malformed = on_malformed

    async def get_updates(
        self,
        offset: int | None = None,
        limit: int | None = None,
        timeout: TimePeriod | None = None,
        allowed_updates: Sequence[str] | None = None,
        *,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
        api_kwargs: dict[str, Any] | None = None,
    ) -> tuple[Update, ...]:
        seconds = timeout.total_seconds() if isinstance(timeout, dtm.timedelta) else (timeout or 0)
        # As python-telegram-bot does: the long poll's own timeout plus the usual read timeout.
        base_read = self._request[0].read_timeout if isinstance(read_timeout, DefaultValue) else read_timeout
        result = await self._post(
            "getUpdates",
            {"timeout": timeout, "offset": offset, "limit": limit, "allowed_updates": allowed_updates},
            read_timeout=(base_read or 0) + seconds,
            write_timeout=write_timeout,
            connect_timeout=connect_timeout,
            pool_timeout=pool_timeout,
            api_kwargs=api_kwargs,
        )
        updates = (parse_update(raw, self, self._on_malformed) or _stand_in(raw, self) for raw in result or ())
        return tuple(update for update in updates if update is not None)
