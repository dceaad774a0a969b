"""The sender's Bot API client turns every way a call can end into what the sender must do about it."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
from aiohttp import web

from bot.delivery.bot_api import ApiFailure, BotApiClient
from bot.web.site import serve_app

TOKEN = "42:client-test"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@pytest.fixture
async def server() -> AsyncIterator[Callable[[Handler], Awaitable[str]]]:
    runners: list[web.AppRunner] = []

    async def serve(handler: Handler) -> str:
        app = web.Application()
        app.router.add_post(f"/bot{TOKEN}/{{method}}", handler)
        runner, port = await serve_app(app, "127.0.0.1", 0)
        runners.append(runner)
        return f"http://127.0.0.1:{port}"

    yield serve
    for runner in runners:
        await runner.cleanup()


async def call(base_url: str, timeout: float = 5.0) -> object:
    client = BotApiClient(base_url, TOKEN, timeout=timeout)
    await client.start()
    try:
        return await client.call("sendMessage", {"chat_id": 7, "text": "مرحبا <b>hi</b>"})
    finally:
        await client.close()


async def failure(base_url: str, timeout: float = 5.0) -> ApiFailure:
    with pytest.raises(ApiFailure) as caught:
        await call(base_url, timeout)
    return caught.value


def answer(status: int, body: object) -> Handler:
    async def handler(_request: web.Request) -> web.Response:
        return web.json_response(body, status=status)

    return handler


async def test_success_posts_json_and_returns_the_result(server: Callable[[Handler], Awaitable[str]]) -> None:
    seen: list[tuple[str, str, dict[str, object]]] = []

    async def handler(request: web.Request) -> web.Response:
        seen.append((request.match_info["method"], request.content_type, await request.json()))
        return web.json_response({"ok": True, "result": {"message_id": 5}})

    assert await call(await server(handler)) == {"message_id": 5}
    assert seen == [("sendMessage", "application/json", {"chat_id": 7, "text": "مرحبا <b>hi</b>"})]


@pytest.mark.parametrize(("status", "body", "kind", "description", "retry_after"), [
    (429, {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 7",
           "parameters": {"retry_after": 7}}, "retry_after", "Too Many Requests: retry after 7", 7.0),
    (403, {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"},
     "forbidden", "Bot was blocked by the user", 0.0),
    (400, {"ok": False, "error_code": 400, "description": "Bad Request: chat not found"},
     "bad_request", "Chat not found", 0.0),
    (502, {"ok": False, "error_code": 502, "description": "Bad Gateway"}, "not_sent", "Bad Gateway", 0.0),
])
async def test_api_errors(server: Callable[[Handler], Awaitable[str]], status: int, body: object, kind: str,
                          description: str, retry_after: float) -> None:
    got = await failure(await server(answer(status, body)))
    assert (got.kind, got.description, got.retry_after) == (kind, description, retry_after)


async def test_an_answer_that_is_not_the_bot_api_means_not_sent(server: Callable[[Handler], Awaitable[str]]) -> None:
    async def handler(_request: web.Request) -> web.Response:
        return web.Response(status=502, text="<html>bad gateway</html>")

    got = await failure(await server(handler))
    assert (got.kind, got.description) == ("not_sent", "HTTP 502 without a Bot API answer")


async def test_nobody_listening_means_not_sent() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    got = await failure(f"http://127.0.0.1:{port}")
    assert got.kind == "not_sent"


async def test_no_answer_in_time_may_have_arrived(server: Callable[[Handler], Awaitable[str]]) -> None:
    never = asyncio.Event()

    async def handler(_request: web.Request) -> web.Response:
        await never.wait()
        return web.json_response({"ok": True, "result": True})

    try:
        got = await failure(await server(handler), timeout=0.2)
    finally:
        never.set()  # let the server shut down
    assert got.kind == "unknown" and "may have been delivered" in got.description


async def test_a_dropped_connection_may_have_arrived(server: Callable[[Handler], Awaitable[str]]) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Length": "100"})
        await response.prepare(request)
        await response.write(json.dumps({"ok": True}).encode()[:5])
        assert request.transport is not None
        request.transport.close()  # the answer stops half way
        return response

    got = await failure(await server(handler))
    assert got.kind == "unknown"


async def test_calling_before_start_is_a_programming_error() -> None:
    with pytest.raises(RuntimeError, match="start"):
        await BotApiClient("http://127.0.0.1:1", TOKEN).call("getMe", {})
