"""A thin Bot API client for the outbox sender: one JSON POST per message, the answer read only as far as needed.

python-telegram-bot turns every answer into a full Message object and rebuilds the keyboard for every request;
at hundreds of messages a second that was most of the sender's CPU (bench/README.md, "Outbox"). The sender only
needs to know how each call ended, so it talks to the Bot API directly. Replies to users still go through
python-telegram-bot. The token is part of every URL: nothing here logs a URL.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import aiohttp

JSON_HEADERS = {"Content-Type": "application/json"}


@dataclass
class ApiFailure(Exception):
    """How a call failed, in the terms the sender acts on:

    retry_after  429: wait `retry_after` seconds, then try again
    forbidden    403: the person blocked the bot
    bad_request  400: this message can never be sent (the reason says why)
    not_sent     the request never reached the Bot API (connection refused) or it answered 5xx: try later
    unknown      the request went out but no answer came (timeout, dropped connection): it may have arrived
    """

    kind: str
    description: str
    retry_after: float = 0.0

    def __str__(self) -> str:
        return self.description


class BotApiClient:
    def __init__(self, base_url: str, token: str, *, pool_size: int = 64, timeout: float = 10.0) -> None:
        self._prefix = f"{base_url.rstrip('/')}/bot{token}/"
        self._pool_size = pool_size
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._session: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=self._pool_size),
                                                  timeout=self._timeout)

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def call(self, method: str, params: dict[str, Any]) -> Any:
        """POST `params` as JSON to `method`; return the answer's `result` or raise ApiFailure."""
        if self._session is None:
            raise RuntimeError("BotApiClient.start() was not called")
        body = json.dumps(params, ensure_ascii=False).encode()
        try:
            async with self._session.post(self._prefix + method, data=body, headers=JSON_HEADERS) as response:
                status = response.status
                raw = await response.read()
        except aiohttp.ClientConnectorError as error:
            raise ApiFailure("not_sent", f"cannot connect to the Bot API: {type(error).__name__}") from None
        except TimeoutError:
            raise ApiFailure("unknown", "timed out: may have been delivered") from None
        except aiohttp.ClientError as error:
            raise ApiFailure("unknown", f"connection lost: {type(error).__name__}; may have been delivered") from None
        return _result(status, raw)


def _result(status: int, raw: bytes) -> Any:
    try:
        answer = json.loads(raw)
    except ValueError:
        answer = None
    if not isinstance(answer, dict):
        raise ApiFailure("not_sent", f"HTTP {status} without a Bot API answer")
    if answer.get("ok") is True:
        return answer.get("result")
    code = answer.get("error_code", status)
    description = _readable(str(answer.get("description") or f"HTTP {status}"))
    if code == 429:
        retry_after = (answer.get("parameters") or {}).get("retry_after", 1)
        raise ApiFailure("retry_after", description, float(retry_after))
    if code == 403:
        raise ApiFailure("forbidden", description)
    if code == 400:
        raise ApiFailure("bad_request", description)
    raise ApiFailure("not_sent", description)


def _readable(description: str) -> str:
    """'Bad Request: chat not found' -> 'Chat not found', as the last error a trainer may read."""
    for prefix in ("Bad Request: ", "Forbidden: "):
        description = description.removeprefix(prefix)
    return description[:1].upper() + description[1:]
