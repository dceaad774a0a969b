"""`python -m bot try`: chat with the real bot in a terminal. No token, no network: the same Application,
handlers, content and store as `run`, with the fake Bot API on loopback standing in for Telegram."""

from __future__ import annotations

import asyncio
import secrets
import sys
import tempfile
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.chat.processing import TrackingUpdateProcessor
from bot.cli.runner import start_application, stop_application
from bot.cli.terminal import render_buttons, render_html
from bot.devtools.fake_bot_api import Call, FakeBotApi, callback_update, message_update
from bot.services import profiles
from bot.services.runtime import Runtime
from bot.settings import Settings
from bot.store.db import Store

TOKEN = "100000:local-simulator-token"
SHOWN_METHODS = ("sendMessage", "editMessageText", "sendPhoto", "sendDocument", "answerCallbackQuery")


@dataclass
class SimulatorOptions:
    locale: str = "en"
    user_id: int = 1001
    role: str | None = None  # "staff" or "trainer"
    db: Path | None = None
    color: bool = False
    files_dir: Path | None = None


@dataclass
class Simulator:
    options: SimulatorOptions
    write: Callable[[str], None]
    api: FakeBotApi = field(init=False)
    rt: Runtime | None = None
    _buttons: list[dict[str, Any]] = field(default_factory=list)
    _button_message: dict[str, Any] | None = None
    _tmp: tempfile.TemporaryDirectory[str] | None = None
    _user_locale: str | None = None

    async def start(self) -> None:
        if self.options.db is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="bot-try-")
            db_path = Path(self._tmp.name) / "try.db"
        else:
            db_path = self.options.db
        files = self.options.files_dir or db_path.parent / "try-files"
        self.options.files_dir = files
        self.api = FakeBotApi(TOKEN, bot_username="local_try_bot")
        await self.api.start()
        admins = frozenset({self.options.user_id}) if self.options.role == "staff" else frozenset()
        settings = Settings(  # type: ignore[call-arg]
            _env_file=None,
            bot_token=TOKEN,
            database_url=f"sqlite+aiosqlite:///{db_path}",
            telegram_api_base_url=self.api.base_url,
            admin_ids=admins,
            pseudonym_key_file=db_path.with_suffix(".key"),
            pseudonym_key=None,
            poll_timeout=1,
        )
        store = Store(settings.database_url)
        await store.migrate()
        self.rt = Runtime.build(settings, store)
        if self.options.role == "trainer":
            await self._grant_trainer()
        self.app = await start_application(self.rt, poll_timeout=1)

    async def _grant_trainer(self) -> None:
        assert self.rt is not None
        async with self.rt.store.transaction() as session:
            user = await profiles.find_user(session, self.options.user_id)
            if user is None:
                user = await profiles.begin_onboarding(session, self.options.user_id, self.options.locale)
            await profiles.grant_role(session, user, "trainer")

    async def stop(self) -> None:
        if getattr(self, "app", None) is not None:
            await stop_application(self.app)
        if self.rt is not None:
            await self.rt.close()
        await self.api.stop()
        if self._tmp is not None:
            self._tmp.cleanup()

    async def say(self, line: str) -> None:
        """Type a line: a number presses that button of the last message with buttons; anything else is sent."""
        line = line.strip()
        if not line:
            return
        if line.isdigit() and 1 <= int(line) <= len(self._buttons):
            button = self._buttons[int(line) - 1]
            if button.get("url"):
                self.write(f"  (link) {button['url']}")
                return
            assert self._button_message is not None
            payload = callback_update(self.options.user_id, button["callback_data"], self._button_message,
                                      language_code=self.options.locale)
        else:
            payload = message_update(self.options.user_id, line, language_code=self.options.locale)
        before = len(self.api.calls)
        update_id = self.api.push_update(payload)
        processor: TrackingUpdateProcessor = self.app.update_processor  # type: ignore[assignment]
        await processor.wait_processed(update_id, timeout=30)
        await self._read_locale()
        for call in self.api.calls[before:]:
            if call.method in SHOWN_METHODS and call.chat_id in (None, self.options.user_id):
                self._show(call)

    async def _read_locale(self) -> None:
        """The language the person chose (for alt texts), which may differ from --locale after onboarding."""
        assert self.rt is not None
        async with self.rt.store.transaction() as session:
            user = await profiles.find_user(session, self.options.user_id)
        self._user_locale = user.locale if user is not None else None

    def _show(self, call: Call) -> None:
        if call.method == "answerCallbackQuery":
            if call.params.get("text"):
                self.write(f"  ({call.params['text']})")
            return
        if call.method == "sendPhoto" and (alt := self._lesson_picture_alt(call)) is not None:
            self.write(f"  [picture: {alt}]")
            if call.text:
                self.write(_indent(render_html(call.text, color=self.options.color)))
        elif call.method in ("sendPhoto", "sendDocument"):
            self.write(f"  [{'photo' if call.method == 'sendPhoto' else 'document'} saved to {self._save(call)}]")
            if call.text:
                self.write(_indent(render_html(call.text, color=self.options.color)))
        else:
            edited = " (edited)" if call.method == "editMessageText" else ""
            self.write(_indent(render_html(call.text, color=self.options.color)) + edited)
        markup = call.params.get("reply_markup") or {}
        rows = markup.get("inline_keyboard") or markup.get("keyboard") or []
        if rows:
            self._buttons = [b if isinstance(b, dict) else {"text": b} for row in rows for b in row]
            key = (self.options.user_id, _message_id_of(self.api, call))
            self._button_message = self.api.messages.get(key) or {
                "message_id": key[1], "date": 0, "chat": {"id": self.options.user_id, "type": "private"}}
            labels = [[b["text"] if isinstance(b, dict) else b for b in row] for row in rows]
            self.write(_indent("\n".join(render_buttons(labels))))
        self.write("")

    def _lesson_picture_alt(self, call: Call) -> str | None:
        """The alt text of a lesson picture, in the person's language: the picture is known by its upload's file
        name or its file_id, and the card by the caption (or, for a photo sent before a long card, the first card
        showing that picture)."""
        upload = self.api.upload_of(str(call.params.get("photo") or ""))
        filename = call.filenames.get("photo") or (upload.filename if upload else "")
        name = filename.removesuffix(".png")
        if not name or self.rt is None:
            return None
        locale = self._locale()
        cards = [f"s-{series.id}-{lesson.id}-{card.card}" for series in self.rt.catalog.series.values()
                 for lesson, card in series.cards() if card.image == name]
        if not cards:
            return None
        shown = next((card for card in cards if self.rt.i18n.t(locale, card) in call.text), cards[0])
        return self.rt.i18n.t(locale, f"{shown}-alt")

    def _locale(self) -> str:
        return self._user_locale or self.options.locale

    def _save(self, call: Call) -> Path:
        assert self.options.files_dir is not None
        self.options.files_dir.mkdir(parents=True, exist_ok=True)
        name, data = next(iter(call.files.items()), ("file", b""))
        suffix = ".png" if call.method == "sendPhoto" else ".bin"
        path = self.options.files_dir / f"{name}-{secrets.token_hex(3)}{suffix}"
        path.write_bytes(data)
        return path


def _message_id_of(api: FakeBotApi, call: Call) -> int:
    if call.method == "editMessageText":
        return int(call.params.get("message_id") or 0)
    ours = [mid for (chat, mid) in api.messages if chat == call.chat_id]
    return max(ours) if ours else 0


def _indent(text: str) -> str:
    return "\n".join(f"  {line}" for line in text.splitlines())


async def _lines_from_stdin() -> AsyncIterator[str]:
    loop = asyncio.get_running_loop()
    while True:
        line = await loop.run_in_executor(None, _prompt)
        if line is None:
            return
        yield line


def _prompt() -> str | None:
    try:
        return input("> ")
    except EOFError:
        return None


async def run_simulator(options: SimulatorOptions, script: Path | None) -> None:
    sim = Simulator(options, write=print)
    await sim.start()
    try:
        if script is None:
            print("Chat with the bot. Type a message, or the number of a button. /quit to leave.\n")
            async for line in _lines_from_stdin():
                if line.strip() in ("/quit", "/exit"):
                    break
                await sim.say(line)
        else:
            lines = await asyncio.to_thread(script.read_text, encoding="utf-8")
            for line in lines.splitlines():
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                print(f"> {line.strip()}")
                await sim.say(line)
    finally:
        await sim.stop()
        sys.stdout.flush()
