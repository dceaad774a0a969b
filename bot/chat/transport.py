"""python-telegram-bot's networking on aiohttp's client, which the bot already depends on for its web server.

PTB's default HTTPXRequest cost 2-4 ms of CPU per sendMessage in the outbox benchmark (bench/README.md,
"Outbox"), most of it in httpcore's connection-pool bookkeeping; aiohttp makes the same request for about 0.3 ms.
At 500 messages a second that is the difference between a sender that keeps its pace and one that cannot.
This implements PTB's documented BaseRequest interface (initialize, shutdown, read_timeout, do_request);
uploads (the /stats chart) go out as multipart, as with HTTPXRequest.

`post_json` is the replies' thin path (bot/features/screen.py `api_call`): a body that is JSON already, the answer's
`result` left as JSON, and failures raised as the same python-telegram-bot errors `BaseRequest.post` raises
(BadRequest, Forbidden, RetryAfter, NetworkError...), without PTB's RequestData and per-call timeout objects.
"""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any

import aiohttp
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.request import BaseRequest, RequestData

from bot.delivery.bot_api import JSON_HEADERS


class AiohttpRequest(BaseRequest):
    def __init__(self, connection_pool_size: int = 64, read_timeout: float | None = 5.0,
                 write_timeout: float | None = 5.0, connect_timeout: float | None = 5.0,
                 pool_timeout: float | None = 10.0) -> None:
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._default_timeout = self._client_timeout(read_timeout, connect_timeout, pool_timeout)
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size),
                headers={"User-Agent": self.USER_AGENT},
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    @staticmethod
    def _value(given: Any, default: float | None) -> float | None:
        return default if isinstance(given, type(BaseRequest.DEFAULT_NONE)) else given

    @staticmethod
    def _client_timeout(read: float | None, connect: float | None, pool: float | None) -> aiohttp.ClientTimeout:
        return aiohttp.ClientTimeout(
            total=None,
            connect=(pool or 0) + (connect or 0) or None,  # aiohttp: waiting for a pooled connection + connecting
            sock_connect=connect,
            sock_read=read,
        )

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = BaseRequest.DEFAULT_NONE, write_timeout: Any = BaseRequest.DEFAULT_NONE,
                         connect_timeout: Any = BaseRequest.DEFAULT_NONE,
                         pool_timeout: Any = BaseRequest.DEFAULT_NONE) -> tuple[int, bytes]:
        data: Any = None
        headers = None
        if request_data is not None:
            files = request_data.multipart_data
            if files:
                form = aiohttp.FormData()
                for name, value in request_data.json_parameters.items():
                    form.add_field(name, value)
                for name, field in files.items():
                    filename, content, mimetype = field if isinstance(field, tuple) else (name, field, None)
                    form.add_field(name, content, filename=filename, content_type=mimetype)
                data = form
            else:  # a JSON body, which the Bot API accepts: cheaper than url-encoding every parameter
                data = json.dumps(request_data.parameters, ensure_ascii=False).encode()
                headers = JSON_HEADERS
        default = type(BaseRequest.DEFAULT_NONE)
        if isinstance(read_timeout, default) and isinstance(connect_timeout, default) \
                and isinstance(pool_timeout, default):
            timeout = self._default_timeout  # built once: most calls leave every timeout at its default
        else:
            timeout = self._client_timeout(self._value(read_timeout, self._read_timeout),
                                           self._value(connect_timeout, self._connect_timeout),
                                           self._value(pool_timeout, self._pool_timeout))
        return await self._send(method, url, data, headers, timeout)

    async def _send(self, method: str, url: str, data: Any, headers: Any,
                    timeout: aiohttp.ClientTimeout) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        try:
            async with self._session.request(method, url, data=data, headers=headers, timeout=timeout) as response:
                return response.status, await response.read()
        except TimeoutError as error:  # asyncio.TimeoutError is TimeoutError since Python 3.11
            raise TimedOut from error
        except aiohttp.ClientError as error:
            detail = str(error).replace(url, "<Bot API URL>")  # the URL holds the token: never let it reach a log
            raise NetworkError(f"aiohttp.{error.__class__.__name__}: {detail}") from None

    async def post_json(self, url: str, body: bytes) -> Any:
        """POST a JSON body with the default timeouts; the answer's `result` as JSON, or the error
        `BaseRequest.post` would raise for the same answer."""
        try:
            status, payload = await self._send("POST", url, body, JSON_HEADERS, self._default_timeout)
        except TelegramError:
            raise
        except Exception as error:  # as BaseRequest does for anything the HTTP layer raises
            raise NetworkError(f"Unknown error in HTTP implementation: {error!r}") from error
        if 200 <= status <= 299:
            return _answer(payload)["result"]
        raise _failure(status, payload)


def _answer(payload: bytes) -> dict[str, Any]:
    try:
        return json.loads(payload.decode("utf-8", "replace"))  # type: ignore[no-any-return]
    except ValueError as error:
        raise TelegramError("Invalid server response") from error


def _failure(status: int, payload: bytes) -> TelegramError:
    """The error python-telegram-bot's BaseRequest raises for a non-2xx answer (same class, same message)."""
    try:
        message = f"{HTTPStatus(status).phrase} ({status})"
    except ValueError:
        message = f"Unknown HTTPError ({status})"
    try:
        answer = _answer(payload)
    except TelegramError as error:
        message += f". Parsing the server response {payload!r} failed"
        failure = _by_status(status, message)
        failure.__cause__ = error
        return failure
    message = answer.get("description") or message
    parameters = answer.get("parameters")
    if parameters:
        if migrate_to_chat_id := parameters.get("migrate_to_chat_id"):
            return ChatMigrated(migrate_to_chat_id)
        if retry_after := parameters.get("retry_after"):
            return RetryAfter(retry_after)
        message += f". The server response contained unknown parameters: {parameters}"
    return _by_status(status, message)


def _by_status(status: int, message: str) -> TelegramError:
    if status == HTTPStatus.FORBIDDEN:
        return Forbidden(message)
    if status in (HTTPStatus.NOT_FOUND, HTTPStatus.UNAUTHORIZED):
        return InvalidToken(message)
    if status == HTTPStatus.BAD_REQUEST:
        return BadRequest(message)
    if status == HTTPStatus.CONFLICT:
        return Conflict(message)
    return NetworkError(message)
