"""Parsing what Telegram sends (bot/chat/intake.py): a tap's own keyboard is left out, everything else kept."""

from __future__ import annotations

import copy

from bot.chat.intake import parse_update
from bot.devtools.fake_bot_api import callback_update

CARD = {
    "message_id": 5, "date": 1_700_000_000, "chat": {"id": 42, "type": "private", "first_name": "A"},
    "from": {"id": 7, "is_bot": True, "first_name": "bot"}, "text": "Lesson 1\n\nA card",
    "entities": [{"type": "bold", "offset": 0, "length": 8}],
    "reply_markup": {"inline_keyboard": [[{"text": "Next", "callback_data": "nx:in-control:0:1"}]]},
}


def test_a_tap_is_parsed_without_the_keyboard_of_its_message() -> None:
    raw = {**callback_update(42, "nx:in-control:0:1", CARD), "update_id": 1}
    sent = copy.deepcopy(raw)
    failures: list[tuple[int | None, str]] = []
    update = parse_update(raw, None, lambda *failure: failures.append(failure))
    assert update is not None and failures == []
    query = update.callback_query
    assert query is not None and query.data == "nx:in-control:0:1" and query.from_user.id == 42
    assert query.message is not None and query.message.chat.id == 42 and query.message.message_id == 5
    assert query.message.text == "Lesson 1\n\nA card" and len(query.message.entities) == 1
    assert query.message.reply_markup is None
    assert raw == sent  # the caller's dict is left as it was
