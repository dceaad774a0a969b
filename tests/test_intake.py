"""Parsing what Telegram sends (bot/chat/intake.py): of the message a tapped button is on, only which chat and which
message it is (and its date) are kept."""

from __future__ import annotations

import copy

from telegram import Message

from bot.chat.intake import parse_update
from bot.devtools.fake_bot_api import callback_update

CARD = {
    "message_id": 5, "date": 1_700_000_000, "chat": {"id": 42, "type": "private", "first_name": "A"},
    "from": {"id": 7, "is_bot": True, "first_name": "bot"}, "text": "Lesson 1\n\nA card",
    "entities": [{"type": "bold", "offset": 0, "length": 8}],
    "reply_markup": {"inline_keyboard": [[{"text": "Next", "callback_data": "nx:in-control:0:1"}]]},
}


def test_a_tap_is_parsed_with_only_the_chat_id_and_date_of_its_message() -> None:
    raw = {**callback_update(42, "nx:in-control:0:1", CARD), "update_id": 1}
    sent = copy.deepcopy(raw)
    failures: list[tuple[int | None, str]] = []
    update = parse_update(raw, None, lambda *failure: failures.append(failure))
    assert update is not None and failures == []
    query = update.callback_query
    assert query is not None and query.data == "nx:in-control:0:1" and query.from_user.id == 42
    assert query.message is not None and query.message.chat.id == 42 and query.message.message_id == 5
    assert isinstance(query.message, Message) and query.message.date.timestamp() == 1_700_000_000
    assert query.message.text is None and query.message.entities == () and query.message.from_user is None
    assert query.message.reply_markup is None
    assert update.effective_chat is not None and update.effective_chat.id == 42
    assert update.effective_user is not None and update.effective_user.id == 42
    assert raw == sent  # the caller's dict is left as it was
