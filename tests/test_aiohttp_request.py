"""The bot's python-telegram-bot transport on aiohttp: JSON bodies, uploads, errors that never carry the token."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
from aiohttp import web
from telegram import Bot
from telegram.error import NetworkError, TimedOut

from bot.chat.transport import AiohttpRequest
from bot.features.api_calls import _JsonParameters
from bot.web.site import serve_app

TOKEN = "42:transport-secret-token"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@pytest.fixture
async def api() -> AsyncIterator[Callable[[Handler], Awaitable[Bot]]]:
    runners: list[web.AppRunner] = []
    bots: list[Bot] = []

    async def start(handler: Handler) -> Bot:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", handler)
        runner, port = await serve_app(app, "127.0.0.1", 0)
        runners.append(runner)
        bot = Bot(TOKEN, base_url=f"http://127.0.0.1:{port}/bot", request=AiohttpRequest(read_timeout=0.5),
                  get_updates_request=AiohttpRequest())
        await bot.initialize()
        bots.append(bot)
        return bot

    yield start
    for bot in bots:
        await bot.shutdown()
    for runner in runners:
        await runner.cleanup()


ME = {"id": 42, "is_bot": True, "first_name": "Test", "username": "test_bot"}
SENT = {"date": 0, "chat": {"id": 7, "type": "private"}}


def routes(**answers: Callable[[web.Request], Awaitable[web.StreamResponse]]) -> Handler:
    async def handler(request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        if method == "getMe":
            return web.json_response({"ok": True, "result": ME})
        return await answers[method](request)

    return handler


async def test_a_message_goes_out_as_json(api: Callable[[Handler], Awaitable[Bot]]) -> None:
    seen: list[tuple[str, dict[str, object]]] = []

    async def send(request: web.Request) -> web.Response:
        seen.append((request.content_type, await request.json()))
        return web.json_response({"ok": True, "result": {**SENT, "message_id": 1, "text": "hi"}})

    bot = await api(routes(sendMessage=send))
    message = await bot.send_message(7, "مرحبا")
    assert message.message_id == 1
    assert seen == [("application/json", {"chat_id": 7, "text": "مرحبا"})]


async def test_an_upload_goes_out_as_multipart(api: Callable[[Handler], Awaitable[Bot]]) -> None:
    seen: dict[str, object] = {}

    async def send(request: web.Request) -> web.Response:
        form = await request.post()
        seen.update(content_type=request.content_type, chat_id=form["chat_id"], photo=form["photo"].file.read())
        return web.json_response({"ok": True, "result": {**SENT, "message_id": 2}})

    bot = await api(routes(sendPhoto=send))
    await bot.send_photo(7, b"\x89PNG fake bytes")
    assert seen == {"content_type": "multipart/form-data", "chat_id": "7", "photo": b"\x89PNG fake bytes"}


async def test_no_answer_in_time_is_timed_out(api: Callable[[Handler], Awaitable[Bot]]) -> None:
    never = asyncio.Event()

    async def send(_request: web.Request) -> web.Response:
        await never.wait()
        return web.json_response({"ok": True, "result": True})

    bot = await api(routes(sendMessage=send))
    try:
        with pytest.raises(TimedOut):
            await bot.send_message(7, "hi")
    finally:
        never.set()


async def test_errors_never_carry_the_token(api: Callable[[Handler], Awaitable[Bot]]) -> None:
    async def loop_forever(request: web.Request) -> web.Response:
        raise web.HTTPFound(str(request.url))  # aiohttp gives up after 10 redirects, naming the URL

    bot = await api(routes(sendMessage=loop_forever))
    with pytest.raises(NetworkError) as caught:
        await bot.send_message(7, "hi")
    assert "TooManyRedirects" in str(caught.value)
    assert TOKEN not in str(caught.value) and caught.value.__cause__ is None


ANSWERS = [  # (HTTP status, body) as the Bot API or a proxy in front of it may answer
    (200, b'{"ok": true, "result": {"message_id": 3, "date": 0, "chat": {"id": 7, "type": "private"}}}'),
    (200, b'{"ok": true, "result": true}'),
    (200, b"<html>not json</html>"),
    (400, b'{"ok": false, "error_code": 400, "description": "Bad Request: message is not modified"}'),
    (400, b'{"ok": false, "error_code": 400, "description": "Bad Request: chat not found"}'),
    (403, b'{"ok": false, "error_code": 403, "description": "Forbidden: bot was blocked by the user"}'),
    (429, b'{"ok": false, "error_code": 429, "description": "Too Many Requests: retry after 7",'
          b' "parameters": {"retry_after": 7}}'),
    (400, b'{"ok": false, "error_code": 400, "description": "Bad Request: group chat was upgraded",'
          b' "parameters": {"migrate_to_chat_id": -1001}}'),
    (400, b'{"ok": false, "error_code": 400, "description": "odd", "parameters": {"something": 1}}'),
    (401, b'{"ok": false, "error_code": 401, "description": "Unauthorized"}'),
    (404, b'{"ok": false, "error_code": 404, "description": "Not Found"}'),
    (409, b'{"ok": false, "error_code": 409, "description": "Conflict: terminated by other getUpdates request"}'),
    (500, b'{"ok": false, "error_code": 500, "description": "Internal Server Error"}'),
    (502, b"<html>Bad Gateway</html>"),
    (599, b""),
]


def outcome(call: Callable[[], Awaitable[object]]) -> Callable[[], Awaitable[tuple[str, str]]]:
    async def run() -> tuple[str, str]:
        try:
            return "result", repr(await call())
        except Exception as error:
            cause = type(error.__cause__).__name__ if error.__cause__ is not None else "-"
            return type(error).__name__, f"{error} (cause {cause})"

    return run


async def test_the_thin_json_post_answers_and_fails_exactly_as_python_telegram_bot_does(
    api: Callable[[Handler], Awaitable[Bot]],
) -> None:
    answers = list(ANSWERS)
    bodies: list[bytes] = []

    async def reply(request: web.Request) -> web.Response:
        bodies.append(await request.read())
        status, body = answers[(len(bodies) - 1) // 2]  # each answer twice: the thin path, then PTB's
        return web.Response(status=status, body=body, content_type="application/json")

    bot = await api(routes(sendMessage=reply))
    request = bot.request
    assert isinstance(request, AiohttpRequest)
    url = f"{bot.base_url}/sendMessage"
    params = {"chat_id": 7, "text": "مرحبا",
              "reply_markup": {"inline_keyboard": [[{"text": "a", "callback_data": "b"}]]}}
    for status, body in ANSWERS:
        thin = await outcome(lambda: request.post_json(url, json.dumps(params, ensure_ascii=False).encode()))()
        ptb = await outcome(lambda: request.post(url, request_data=_JsonParameters(params)))()  # as before
        assert thin == ptb, (status, body)
    assert len(bodies) == 2 * len(ANSWERS)
    assert all(json.loads(body) == params for body in bodies)  # the same JSON body both ways
