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
    # httpx logs every request URL at INFO, and Bot API URLs contain the token.
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
