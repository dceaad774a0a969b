"""Drives the real bot (the Application `run` builds) over HTTP against the fake Bot API."""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from telegram.ext import Application

from bot.chat.processing import TrackingUpdateProcessor
from bot.cli.runner import start_application, stop_application
from bot.delivery.bot_api import BotApiClient
from bot.delivery.sender import Sender
from bot.devtools.fake_bot_api import Call, FakeBotApi, callback_update, message_update
from bot.features.pushes import push_screens
from bot.services.clock import Clock
from bot.services.runtime import Runtime
from bot.services.startup import Content, load_content
from bot.settings import Settings
from bot.store.db import Store

TOKEN = "123456:TEST-token-for-the-fake-api"


def make_settings(database_url: str, api_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "bot_token": TOKEN,
        "database_url": database_url,
        "telegram_api_base_url": api_url,
        "pseudonym_key": "test-pseudonym-key-0123456789",
        "admin_ids": frozenset({999}),
        "poll_timeout": 5,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def _files(*folders: Path) -> tuple[tuple[str, int, int], ...]:
    """Every file under the folders, with its size and modification time: changes when any file does."""
    found = []
    for folder in folders:
        for parent, _, names in os.walk(folder):
            for name in names:
                path = os.path.join(parent, name)
                stat = os.stat(path)
                found.append((path, stat.st_size, stat.st_mtime_ns))
    return tuple(sorted(found))


_built: dict[tuple[Any, ...], Content] = {}


def content_for(settings: Settings) -> Content:
    """What `load_content(settings)` builds (the translations, the catalog, the safety matcher: two seconds a start
    on a loaded machine), built once for the same content, locales and language settings and shared by every bot
    the tests start, as `python -m bot run` passes it to `Runtime.build`. A changed, added or removed file of
    content/ or locales/ (a test's own copy) builds it again."""
    key = (settings.content_dir, settings.locales_dir, settings.languages, settings.default_locale,
           _files(settings.content_dir, settings.locales_dir))
    if key not in _built:
        _built.clear()  # one at a time: a test's copy is not used again
        _built[key] = load_content(settings)
    return _built[key]


@dataclass
class BotHarness:
    api: FakeBotApi = field(repr=False)
    database_url: str
    engine_options: dict[str, Any] = field(default_factory=dict)
    settings_overrides: dict[str, Any] = field(default_factory=dict)
    clock: Clock | None = None
    rt: Runtime | None = field(default=None, repr=False)
    app: Application | None = field(default=None, repr=False)

    async def start(self) -> None:
        settings = make_settings(self.database_url, self.api.base_url, **self.settings_overrides)
        store = Store(settings.database_url, **self.engine_options)
        await store.migrate()
        self.rt = Runtime.build(settings, store, self.clock, content_for(settings))
        # Conversations wait 10 s for replies; on a loaded machine a language's first parse took half of that.
        self.rt.i18n.load_all()
        self.app = await start_application(self.rt, poll_timeout=5)

    async def stop(self) -> None:
        if self.app is not None:
            await stop_application(self.app)
            self.app = None
        if self.rt is not None:
            await self.rt.close()
            self.rt = None

    async def restart(self) -> None:
        """A new process in all but name: new Application, new engine, same database."""
        await self.stop()
        await self.start()

    @property
    def processor(self) -> TrackingUpdateProcessor:
        assert self.app is not None
        return self.app.update_processor  # type: ignore[return-value]

    async def deliver(self, payload: dict[str, Any]) -> list[Call]:
        """Push one update and return every call the bot made while handling it."""
        before = len(self.api.calls)
        update_id = self.api.push_update(payload)
        await self.processor.wait_processed(update_id)
        return self.api.calls[before:]

    async def sender(self, rate: float = 500) -> Sender:
        """The real outbox sender with its own Bot, pointed at the fake API (caller stops it)."""
        assert self.rt is not None
        api = BotApiClient(self.api.base_url, TOKEN)
        sender = Sender(self.rt, push_screens(self.rt), api, self.rt.clock, rate=rate)
        await sender.start()
        return sender

    def user(self, user_id: int, language_code: str | None = "en") -> TgUser:
        return TgUser(self, user_id, language_code)


@dataclass
class Reply:
    calls: list[Call]

    @property
    def messages(self) -> list[Call]:
        """Messages sent or edited into view, in order."""
        return [c for c in self.calls if c.method in ("sendMessage", "editMessageText", "sendPhoto")]

    @property
    def text(self) -> str:
        return "\n---\n".join(c.text for c in self.messages)

    @property
    def last(self) -> Call:
        assert self.messages, f"the bot sent nothing; calls: {[c.method for c in self.calls]}"
        return self.messages[-1]

    def labels(self) -> list[str]:
        return self.last.button_labels()

    @property
    def alerts(self) -> list[str]:
        return [c.params.get("text", "") for c in self.calls if c.method == "answerCallbackQuery"]


@dataclass
class TgUser:
    harness: BotHarness
    id: int
    language_code: str | None

    async def send(self, text: str) -> Reply:
        return Reply(await self.harness.deliver(message_update(self.id, text, language_code=self.language_code)))

    async def send_message(self, **fields: Any) -> Reply:
        payload = message_update(self.id, None, language_code=self.language_code, extra=fields)
        return Reply(await self.harness.deliver(payload))

    def _message_with(self, label: str) -> tuple[dict[str, Any], str]:
        api = self.harness.api
        candidates = sorted(
            (m for (chat, _), m in api.messages.items() if chat == self.id and m.get("reply_markup")),
            key=lambda m: m["message_id"],
            reverse=True,
        )
        for message in candidates:
            for row in message["reply_markup"].get("inline_keyboard", []):
                for button in row:
                    if button.get("callback_data") and (button["text"] == label or label in button["text"]):
                        return message, button["callback_data"]
        shown = [b["text"] for m in candidates[:1] for r in m["reply_markup"]["inline_keyboard"] for b in r]
        raise AssertionError(f"no button {label!r}; latest buttons: {shown}")

    async def tap(self, label: str) -> Reply:
        """Press the newest button whose label is or contains `label`."""
        message, data = self._message_with(label)
        return await self.press(data, message)

    async def press(self, data: str, message: dict[str, Any] | None = None) -> Reply:
        """Send callback data as is (also forged data) from `message` or the newest message with buttons."""
        if message is None:
            ours = [m for (chat, _), m in self.harness.api.messages.items() if chat == self.id]
            message = max(ours, key=lambda m: m["message_id"]) if ours else {
                "message_id": 1, "date": 0, "chat": {"id": self.id, "type": "private"}}
        payload = callback_update(self.id, data, message, language_code=self.language_code)
        return Reply(await self.harness.deliver(payload))


async def wait_until(predicate: Any, timeout: float = 10.0) -> None:
    """Wait for a condition driven by the bot's own progress (never a fixed sleep)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise TimeoutError("condition not met")
        await asyncio.sleep(0.01)
