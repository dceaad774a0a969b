"""A small Bot API server on loopback that stands in for Telegram.

The real bot is pointed at it through TELEGRAM_API_BASE_URL. It queues updates for getUpdates, records every
method call (what the bot "really sent"), keeps sent messages so buttons can be pressed, and can answer with
Telegram's errors on demand (429 with retry_after, 403 blocked, 400, 5xx) or answer late (a timeout). Photos: each
upload gets new file_ids (one per size, as Telegram gives), a photo sent by a known file_id is accepted, an unknown
or forgotten one gets Telegram's 400 "wrong file identifier" (`forget_file` makes it forget one). Used by the
tests, the benchmarks and `python -m bot try`.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import struct
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from bot.web.site import serve_app

BOT_ID = 7_000_000_001
STRING_FIELDS = frozenset(
    {"text", "caption", "parse_mode", "callback_query_id", "language_code", "url", "secret_token", "description",
     "short_description", "name", "inline_message_id", "emoji", "action", "photo"}
)
WRONG_FILE_ID = "Bad Request: wrong file identifier/HTTP URL specified"
SEND_METHODS = frozenset({"sendMessage", "sendPhoto", "sendDocument", "copyMessage", "forwardMessage"})


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float
    files: dict[str, bytes] = field(default_factory=dict)
    filenames: dict[str, str] = field(default_factory=dict)

    @property
    def chat_id(self) -> int | None:
        value = self.params.get("chat_id")
        return int(value) if value is not None else None

    @property
    def text(self) -> str:
        return str(self.params.get("text") or self.params.get("caption") or "")

    @property
    def buttons(self) -> list[list[dict[str, Any]]]:
        markup = self.params.get("reply_markup") or {}
        return markup.get("inline_keyboard", []) if isinstance(markup, dict) else []

    def button_labels(self) -> list[str]:
        return [b["text"] for row in self.buttons for b in row]


@dataclass
class Failure:
    code: int  # 0: no error, only the delay (a slow answer the bot may give up on, though the call went through)
    description: str
    retry_after: int | None = None
    delay: float = 0.0


class ApiRefusal(Exception):
    """Raised by a method to answer with a Bot API error."""

    def __init__(self, code: int, description: str) -> None:
        super().__init__(description)
        self.code = code
        self.description = description


@dataclass
class Upload:
    """A photo the bot uploaded, under the file_ids Telegram would give it."""

    filename: str
    data: bytes
    file_ids: tuple[str, ...]


class FakeBotApi:
    def __init__(self, token: str, bot_username: str = "safety_test_bot") -> None:
        self.token = token
        self.bot_username = bot_username
        self.calls: list[Call] = []
        self.updates: list[dict[str, Any]] = []
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self.commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.webhook: dict[str, Any] = {}
        self.blocked: set[int] = set()
        self.failures: dict[int, list[Failure]] = {}
        self.uploads: list[Upload] = []
        self._filenames: dict[str, str] = {}
        self._known_files: dict[str, Upload] = {}
        self._file_ids = itertools.count(1)
        self._update_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._new_update = asyncio.Event()
        self._new_call = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._closing = False
        self.base_url = ""

    # --- server -------------------------------------------------------------------------------------

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        self._closing = False
        app = web.Application(client_max_size=50 * 1024 * 1024)
        self._add_routes(app)
        self._runner, bound = await serve_app(app, host, port)
        self.base_url = f"http://{host}:{bound}"
        return self.base_url

    def _add_routes(self, app: web.Application) -> None:
        app.router.add_route("*", "/bot{token}/{method}", self._handle)

    async def stop(self) -> None:
        if self._runner is not None:
            # A getUpdates long poll the bot abandoned is still waiting here (aiohttp does not cancel handlers
            # when the client goes away); wake it, or cleanup() waits out its whole timeout.
            self._closing = True
            self._new_update.set()
            await self._runner.cleanup()
            self._runner = None

    # --- what tests do ------------------------------------------------------------------------------

    def push_update(self, payload: dict[str, Any]) -> int:
        update_id = next(self._update_ids)
        self.updates.append({"update_id": update_id, **payload})
        self._new_update.set()
        return update_id

    def fail_next(self, chat_id: int, code: int, description: str, retry_after: int | None = None) -> None:
        """The next message call for this chat fails with this Bot API error (429, 403, 400, 5xx...)."""
        self.failures.setdefault(chat_id, []).append(Failure(code, description, retry_after))

    def delay_next(self, chat_id: int, seconds: float) -> None:
        """The next message call for this chat is carried out, but answered only after `seconds` (a timeout)."""
        self.failures.setdefault(chat_id, []).append(Failure(0, "", delay=seconds))

    def forget_file(self, file_id: str) -> None:
        """Telegram no longer knows this file_id (nor the other sizes of that photo)."""
        upload = self._known_files.get(file_id)
        for known in upload.file_ids if upload else (file_id,):
            self._known_files.pop(known, None)

    def upload_of(self, file_id: str) -> Upload | None:
        return self._known_files.get(file_id)

    def sent_to(self, chat_id: int) -> list[Call]:
        return [c for c in self.calls if c.chat_id == chat_id and c.method in SEND_METHODS]

    async def wait_for_calls(self, count: int, timeout: float = 10.0) -> None:
        """Wait until at least `count` calls were recorded in total."""
        deadline = time.monotonic() + timeout
        while len(self.calls) < count:
            self._new_call.clear()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"expected {count} calls, got {len(self.calls)}")
            try:
                await asyncio.wait_for(self._new_call.wait(), remaining)
            except TimeoutError:
                continue

    # --- protocol -----------------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.match_info["method"]
        params, files, filenames = await _read_params(request)
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            return _error(404, "Not Found: method not found")
        chat_id = params.get("chat_id")
        if method in SEND_METHODS | {"editMessageText", "editMessageReplyMarkup"} and chat_id is not None:
            failure = self._failure_for(int(chat_id))
            if failure is not None and failure.delay:
                await asyncio.sleep(failure.delay)
            elif failure is not None:
                self._record(method, params, files, filenames)
                return _error(failure.code, failure.description, failure.retry_after)
        if method != "getUpdates":
            self._record(method, params, files, filenames)
        self._filenames = filenames  # for the (synchronous) upload methods
        try:
            result = await handler(params, files) if asyncio.iscoroutinefunction(handler) else handler(params, files)
        except ApiRefusal as refusal:
            return _error(refusal.code, refusal.description)
        return web.json_response({"ok": True, "result": result})

    def _record(self, method: str, params: dict[str, Any], files: dict[str, bytes],
                filenames: dict[str, str] | None = None) -> None:
        self.calls.append(Call(method, params, time.monotonic(), files, filenames or {}))
        self._new_call.set()

    def _failure_for(self, chat_id: int) -> Failure | None:
        if chat_id in self.blocked:
            return Failure(403, "Forbidden: bot was blocked by the user")
        queued = self.failures.get(chat_id)
        return queued.pop(0) if queued else None

    async def _m_getUpdates(self, params: dict[str, Any], _files: dict[str, bytes]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        limit = int(params.get("limit") or 100)
        if offset:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        if not self.updates and timeout > 0 and not self._closing:
            self._new_update.clear()
            try:
                await asyncio.wait_for(self._new_update.wait(), timeout)
            except TimeoutError:
                return []
        return self.updates[:limit]

    def _m_getMe(self, _p: dict[str, Any], _f: dict[str, bytes]) -> dict[str, Any]:
        return {"id": BOT_ID, "is_bot": True, "first_name": "Safety Bot", "username": self.bot_username,
                "can_join_groups": False, "can_read_all_group_messages": False, "supports_inline_queries": False}

    def _m_deleteWebhook(self, _p: dict[str, Any], _f: dict[str, bytes]) -> bool:
        self.webhook = {}
        return True

    def _m_setWebhook(self, params: dict[str, Any], _f: dict[str, bytes]) -> bool:
        self.webhook = dict(params)
        return True

    def _m_getWebhookInfo(self, _p: dict[str, Any], _f: dict[str, bytes]) -> dict[str, Any]:
        return {"url": self.webhook.get("url", ""), "has_custom_certificate": False, "pending_update_count": 0}

    def _m_setMyCommands(self, params: dict[str, Any], _f: dict[str, bytes]) -> bool:
        scope = (params.get("scope") or {}).get("type", "default")
        self.commands[(scope, params.get("language_code") or "")] = params.get("commands") or []
        return True

    def _m_answerCallbackQuery(self, _p: dict[str, Any], _f: dict[str, bytes]) -> bool:
        return True

    def _m_sendChatAction(self, _p: dict[str, Any], _f: dict[str, bytes]) -> bool:
        return True

    def _m_deleteMessage(self, params: dict[str, Any], _f: dict[str, bytes]) -> bool:
        self.messages.pop((int(params["chat_id"]), int(params["message_id"])), None)
        return True

    def _new_message(self, chat_id: int, extra: dict[str, Any]) -> dict[str, Any]:
        counter = self._message_ids.setdefault(chat_id, itertools.count(1))
        message = {
            "message_id": next(counter),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Safety Bot", "username": self.bot_username},
            **extra,
        }
        self.messages[(chat_id, message["message_id"])] = message
        return message

    def _m_sendMessage(self, params: dict[str, Any], _f: dict[str, bytes]) -> dict[str, Any]:
        extra: dict[str, Any] = {"text": params.get("text", "")}
        if params.get("reply_markup"):
            extra["reply_markup"] = params["reply_markup"]
        return self._new_message(int(params["chat_id"]), extra)

    def _m_sendPhoto(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        if "photo" in files:
            upload = self._upload(self._filenames.get("photo", "photo"), files["photo"])
        else:
            upload = self._known_files.get(str(params.get("photo") or ""))
            if upload is None:
                raise ApiRefusal(400, WRONG_FILE_ID)
        width, height = _png_size(upload.data)
        small, large = upload.file_ids
        photo = [
            {"file_id": small, "file_unique_id": f"u{small}", "width": 320, "height": max(1, 320 * height // width),
             "file_size": len(upload.data) // 8},
            {"file_id": large, "file_unique_id": f"u{large}", "width": width, "height": height,
             "file_size": len(upload.data)},
        ]
        extra: dict[str, Any] = {"photo": photo}
        if params.get("caption"):
            extra["caption"] = params["caption"]
        if params.get("reply_markup"):
            extra["reply_markup"] = params["reply_markup"]
        return self._new_message(int(params["chat_id"]), extra)

    def _upload(self, filename: str, data: bytes) -> Upload:
        number = next(self._file_ids)
        upload = Upload(filename, data, (f"AgAC-photo-{number}-s", f"AgAC-photo-{number}-x"))
        self.uploads.append(upload)
        for file_id in upload.file_ids:
            self._known_files[file_id] = upload
        return upload

    def _m_sendDocument(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        size = len(files.get("document", b""))
        extra = {"document": {"file_id": "doc1", "file_unique_id": "d1", "file_size": size}}
        return self._new_message(int(params["chat_id"]), extra)

    def _edit(self, params: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any] | bool:
        key = (int(params.get("chat_id") or 0), int(params.get("message_id") or 0))
        message = self.messages.get(key)
        if message is None:
            return True
        message.update(changes)
        if "reply_markup" not in params:
            message.pop("reply_markup", None)
        message["edit_date"] = int(time.time())
        return message

    def _m_editMessageText(self, params: dict[str, Any], _f: dict[str, bytes]) -> dict[str, Any] | bool:
        changes: dict[str, Any] = {"text": params.get("text", "")}
        if params.get("reply_markup"):
            changes["reply_markup"] = params["reply_markup"]
        return self._edit(params, changes)

    def _m_editMessageReplyMarkup(self, params: dict[str, Any], _f: dict[str, bytes]) -> dict[str, Any] | bool:
        return self._edit(params, {"reply_markup": params["reply_markup"]} if params.get("reply_markup") else {})

    def _m_logOut(self, _p: dict[str, Any], _f: dict[str, bytes]) -> bool:
        return True

    def _m_close(self, _p: dict[str, Any], _f: dict[str, bytes]) -> bool:
        return True


def _png_size(data: bytes) -> tuple[int, int]:
    if data.startswith(b"\x89PNG") and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return int(width) or 1, int(height) or 1
    return 800, 600


async def _read_params(request: web.Request) -> tuple[dict[str, Any], dict[str, bytes], dict[str, str]]:
    params: dict[str, Any] = dict(request.query)
    files: dict[str, bytes] = {}
    filenames: dict[str, str] = {}
    if request.content_type == "application/json":
        params.update(await request.json())
        return params, files, filenames
    if request.content_type.startswith("multipart/"):
        reader = await request.multipart()
        while (part := await reader.next()) is not None:
            if part.filename:  # type: ignore[union-attr]
                files[part.name or "file"] = bytes(await part.read())  # type: ignore[union-attr]
                filenames[part.name or "file"] = part.filename  # type: ignore[union-attr]
            else:
                params[part.name or ""] = await part.text()  # type: ignore[union-attr]
    else:
        params.update(await request.post())  # type: ignore[arg-type]
    for key, value in list(params.items()):
        if isinstance(value, str) and key not in STRING_FIELDS:
            with contextlib.suppress(ValueError):
                params[key] = json.loads(value)
    return params, files, filenames


def _error(code: int, description: str, retry_after: int | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return web.json_response(body, status=code)


# --- building updates as Telegram would send them -------------------------------------------------------


def user_payload(user_id: int, language_code: str | None = "en") -> dict[str, Any]:
    payload: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": "Test"}
    if language_code:
        payload["language_code"] = language_code
    return payload


def message_update(user_id: int, text: str | None = None, *, language_code: str | None = "en",
                   chat_id: int | None = None, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    chat = chat_id if chat_id is not None else user_id
    message: dict[str, Any] = {
        "message_id": int(time.time() * 1000) % 2_000_000_000,
        "date": int(time.time()),
        "chat": {"id": chat, "type": "private" if chat > 0 else "group", **({} if chat > 0 else {"title": "G"})},
        "from": user_payload(user_id, language_code),
    }
    if text is not None:
        message["text"] = text
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
    message.update(extra or {})
    return {"message": message}


def callback_update(user_id: int, data: str, message: dict[str, Any], *,
                    language_code: str | None = "en") -> dict[str, Any]:
    return {
        "callback_query": {
            "id": f"cb{time.monotonic_ns()}",
            "from": user_payload(user_id, language_code),
            "chat_instance": str(user_id),
            "message": message,
            "data": data,
        }
    }
