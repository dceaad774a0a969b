"""python-telegram-bot's networking on aiohttp's client, which the bot already depends on for its web server.

PTB's default HTTPXRequest cost 2-4 ms of CPU per sendMessage in the outbox benchmark (bench/README.md,
"Outbox"), most of it in httpcore's connection-pool bookkeeping; aiohttp makes the same request for about 0.3 ms.
At 500 messages a second that is the difference between a sender that keeps its pace and one that cannot.
This implements PTB's documented BaseRequest interface (initialize, shutdown, read_timeout, do_request);
uploads (the /stats chart) go out as multipart, as with HTTPXRequest.
"""

from __future__ import annotations

import json
from typing import Any

import aiohttp
from telegram.error import NetworkError, TimedOut
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

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = BaseRequest.DEFAULT_NONE, write_timeout: Any = BaseRequest.DEFAULT_NONE,
                         connect_timeout: Any = BaseRequest.DEFAULT_NONE,
                         pool_timeout: Any = BaseRequest.DEFAULT_NONE) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
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
        pool = self._value(pool_timeout, self._pool_timeout)
        connect = self._value(connect_timeout, self._connect_timeout)
        timeout = aiohttp.ClientTimeout(
            total=None,
            connect=(pool or 0) + (connect or 0) or None,  # aiohttp: waiting for a pooled connection + connecting
            sock_connect=connect,
            sock_read=self._value(read_timeout, self._read_timeout),
        )
        try:
            async with self._session.request(method, url, data=data, headers=headers, timeout=timeout) as response:
                return response.status, await response.read()
        except TimeoutError as error:  # asyncio.TimeoutError is TimeoutError since Python 3.11
            raise TimedOut from error
        except aiohttp.ClientError as error:
            detail = str(error).replace(url, "<Bot API URL>")  # the URL holds the token: never let it reach a log
            raise NetworkError(f"aiohttp.{error.__class__.__name__}: {detail}") from None
