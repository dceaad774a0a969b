"""Keyed pseudonyms for analytics: stable per person, useless without the key, never the Telegram id."""

from __future__ import annotations

import hashlib
import hmac
import secrets

PSEUDONYM_LENGTH = 32


def pseudonym_for(key: bytes, telegram_id: int) -> str:
    return hmac.new(key, f"tg:{telegram_id}".encode(), hashlib.sha256).hexdigest()[:PSEUDONYM_LENGTH]


def unlinkable_pseudonym() -> str:
    """A fresh random value: what a forgotten person's events are re-labelled with."""
    return "x" + secrets.token_hex(PSEUDONYM_LENGTH // 2)[: PSEUDONYM_LENGTH - 1]
