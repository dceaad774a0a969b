"""The fake Bot API in a process of its own, for benchmarks that kill the bot's process.

    python -m bench.fake_api_server --token T [--host 127.0.0.1] [--port 0]

Serves bot.devtools.fake_bot_api.FakeBotApi on loopback and prints one JSON line on stdout once it listens:
{"event": "listening", "url": "http://127.0.0.1:PORT"}. Because it lives outside the sender's process, what it
received survives a SIGKILL of the sender: that is the record a crash benchmark checks the database against.

For 100,000 messages it keeps counts, not the calls: FakeBotApi would keep every call and every message (a few
hundred MB at this size), which the benchmark never reads. Two benchmark-only routes are added next to the Bot
API ones (they exist only here, never in bot/):

* GET /_stats   {"sent": n, "chats": n, "max_per_chat": n, "first": t, "last": t, "other_sends": n,
  "other_methods": {...}} (cheap; polled while the sender runs; times are time.time() of this process)
* GET /_counts  {"counts": {chat_id: n, ...}, "times": [t, ...]}: lesson deliveries per chat, and the time of
  each in arrival order.

A lesson delivery is a sendMessage with the "open the lesson" button (callback data pl:...) that
bot.features.cohorts.delivery_screen puts on every pushed lesson; other sendMessage calls (a poll announcement,
say) are counted apart in "other_sends", so they never pass for a lesson sent twice.

Stops on SIGTERM or SIGINT. Everything stays on loopback.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import signal
import sys
import time
from collections import Counter
from typing import Any

from aiohttp import web

from bot.devtools.fake_bot_api import FakeBotApi


class CountingFakeBotApi(FakeBotApi):
    """FakeBotApi that counts sendMessage per chat instead of keeping every call and message."""

    def __init__(self, token: str) -> None:
        super().__init__(token)
        self.sent_per_chat: Counter[int] = Counter()
        self.times: list[float] = []
        self.other_methods: Counter[str] = Counter()
        self.other_sends = 0

    def _add_routes(self, app: web.Application) -> None:
        app.router.add_get("/_stats", self._stats)
        app.router.add_get("/_counts", self._counts)
        super()._add_routes(app)

    async def _handle(self, request: web.Request) -> web.Response:
        try:
            return await super()._handle(request)
        except ConnectionResetError:  # the sender was killed while sending this request: it never arrived
            return web.Response(status=499)

    def _record(self, method: str, params: dict[str, Any], files: dict[str, bytes],
                filenames: dict[str, str] | None = None) -> None:
        if method == "sendMessage" and params.get("chat_id") is not None and _is_delivery(params):
            self.sent_per_chat[int(params["chat_id"])] += 1
            self.times.append(time.time())
        elif method == "sendMessage":
            self.other_sends += 1
        else:
            self.other_methods[method] += 1

    def _new_message(self, chat_id: int, extra: dict[str, Any]) -> dict[str, Any]:
        message = super()._new_message(chat_id, extra)
        self.messages.pop((chat_id, message["message_id"]), None)  # nothing presses buttons here
        return message

    async def _stats(self, _request: web.Request) -> web.Response:
        return web.json_response({
            "sent": len(self.times),
            "chats": len(self.sent_per_chat),
            "max_per_chat": max(self.sent_per_chat.values(), default=0),
            "first": self.times[0] if self.times else None,
            "last": self.times[-1] if self.times else None,
            "other_sends": self.other_sends,
            "other_methods": dict(self.other_methods),
        })

    async def _counts(self, _request: web.Request) -> web.Response:
        return web.json_response({"counts": {str(k): v for k, v in self.sent_per_chat.items()}, "times": self.times})


def _is_delivery(params: dict[str, Any]) -> bool:
    markup = params.get("reply_markup")
    if not isinstance(markup, dict):
        return False
    return any(str(button.get("callback_data", "")).startswith("pl:")
               for row in markup.get("inline_keyboard", []) for button in row)


async def serve(token: str, host: str, port: int) -> None:
    api = CountingFakeBotApi(token)
    url = await api.start(host, port)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    print(json.dumps({"event": "listening", "url": url}), flush=True)
    try:
        await stop.wait()
    finally:
        await api.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fake_api_server", description=__doc__.split("\n\n")[0])
    parser.add_argument("--token", required=True)
    parser.add_argument("--host", default="127.0.0.1", choices=("127.0.0.1", "::1", "localhost"),
                        help="loopback only")
    parser.add_argument("--port", type=int, default=0, help="0: any free port (printed on stdout)")
    args = parser.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args.token, args.host, args.port))
    return 0


if __name__ == "__main__":
    sys.exit(main())
