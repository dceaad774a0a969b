"""Bot API calls with JSON parameters whose answers stay JSON, for replies (bot/features/screen.py) and pictures
(bot/features/photos.py). See `api_call`."""

from __future__ import annotations

import json
from typing import Any

from telegram import Bot
from telegram.request import RequestData

from bot.services.send_budget import ReplyArgs


class _JsonParameters(RequestData):
    """Request parameters that are JSON values already (none of them None), and no files."""

    def __init__(self, parameters: dict[str, Any]) -> None:
        super().__init__()
        self._json = parameters

    @property
    def parameters(self) -> dict[str, Any]:
        return self._json

    @property
    def json_parameters(self) -> dict[str, str]:
        return {key: value if isinstance(value, str) else json.dumps(value) for key, value in self._json.items()}

    @property
    def multipart_data(self) -> dict[str, Any]:
        return {}


async def api_call(bot: Bot, endpoint: str, parameters: dict[str, Any], reply: ReplyArgs | None = None) -> Any:
    """One Bot API call with JSON parameters; returns the answer's `result` as JSON. Failures raise what
    python-telegram-bot raises (BadRequest, RetryAfter, NetworkError...), after the rate limiter's retries.
    On the bot's own transport (bot/chat/transport.py) the body is encoded once and posted as it is."""
    url = f"{bot.base_url}/{endpoint}"
    present = {key: value for key, value in parameters.items() if value is not None}  # None: left out
    post_json = getattr(bot.request, "post_json", None)
    if post_json is not None:
        body = json.dumps(present, ensure_ascii=False).encode()

        async def post() -> Any:
            return await post_json(url, body)
    else:
        async def post() -> Any:
            return await bot.request.post(url, request_data=_JsonParameters(present))

    limiter = getattr(bot, "rate_limiter", None)
    if limiter is None:
        return await post()
    return await limiter.process_request(callback=post, args=(), kwargs={}, endpoint=endpoint, data=parameters,
                                         rate_limit_args=reply)


