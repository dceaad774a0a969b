"""Bearer tokens for the staff HTTP API. A token is shown once, at creation; only its SHA-256 is stored."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.models import ApiToken, utcnow

TOKEN_PREFIX = "sbt_"
TOKEN_BYTES = 32
MAX_TOKEN_LENGTH = 200
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@ -]{0,63}$")


class TokenError(Exception):
    """A name that cannot be used; the message is fit to print."""


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def create_token(session: AsyncSession, name: str) -> tuple[ApiToken, str]:
    """A new token under `name`. Returns the row and the token itself, which is not stored anywhere."""
    if not NAME.match(name):
        raise TokenError("a name is 1-64 letters, digits, spaces or . _ @ -")
    active = await session.scalar(select(ApiToken.id).where(ApiToken.name == name, ApiToken.revoked_at.is_(None)))
    if active is not None:
        raise TokenError(f"an active token named {name!r} exists; revoke it first")
    token = TOKEN_PREFIX + secrets.token_urlsafe(TOKEN_BYTES)
    row = ApiToken(name=name, token_hash=token_hash(token))
    session.add(row)
    await session.flush()
    return row, token


async def revoke_token(session: AsyncSession, name: str) -> int:
    """Revoke every active token named `name`; returns how many."""
    rows = list(await session.scalars(select(ApiToken).where(ApiToken.name == name, ApiToken.revoked_at.is_(None))))
    now = utcnow()
    for row in rows:
        row.revoked_at = now
    return len(rows)


async def list_tokens(session: AsyncSession) -> list[ApiToken]:
    return list(await session.scalars(select(ApiToken).order_by(ApiToken.created_at, ApiToken.id)))


async def verify_token(session: AsyncSession, presented: str | None) -> ApiToken | None:
    """The active token matching `presented`, else None.

    The lookup is by the SHA-256 of what was presented: timing can at most tell an attacker about the hash of
    their own guess, never about a stored token. The final comparison is constant-time all the same."""
    if not presented or len(presented) > MAX_TOKEN_LENGTH or not presented.isascii():
        return None
    digest = token_hash(presented)
    row = await session.scalar(select(ApiToken).where(ApiToken.token_hash == digest))
    if row is None or row.revoked_at is not None or not hmac.compare_digest(row.token_hash, digest):
        return None
    return row
