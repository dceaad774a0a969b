"""Logging setup: plain or JSON lines, with the update id and kind being handled. Never message text."""

from __future__ import annotations

import contextvars
import json
import logging
from datetime import UTC, datetime

current_update: contextvars.ContextVar[tuple[int, str] | None] = contextvars.ContextVar("current_update", default=None)


class _UpdateContext(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        update = current_update.get()
        record.update_id, record.update_kind = update if update else (None, None)
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if getattr(record, "update_id", None) is not None:
            entry["update_id"] = record.update_id
            entry["update_kind"] = record.update_kind
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(level: str, fmt: str = "text") -> None:
    handler = logging.StreamHandler()
    handler.addFilter(_UpdateContext())
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        text_format = "%(asctime)s %(levelname)s %(name)s [update %(update_id)s]: %(message)s"
        handler.setFormatter(logging.Formatter(text_format))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    quiet_libraries()


# Libraries that log what must never reach a log, whatever the level of the process: python-telegram-bot logs
# every update (what people write) and request at DEBUG; aiosqlite and SQLAlchemy log statements with their
# parameters (Telegram ids beside pseudonyms); httpx logs request URLs at INFO, and Bot API URLs hold the token.
_LIBRARY_FLOORS = {"telegram": logging.INFO, "aiosqlite": logging.WARNING, "sqlalchemy": logging.WARNING,
                   "asyncpg": logging.WARNING, "httpx": logging.WARNING, "httpcore": logging.WARNING}


def quiet_libraries() -> None:
    for name, floor in _LIBRARY_FLOORS.items():
        library = logging.getLogger(name)
        if library.level == logging.NOTSET or library.level < floor:
            library.setLevel(floor)
