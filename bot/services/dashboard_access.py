"""Sign-in to the staff web dashboard: one-time links made from the chat, and browser sessions.

A staff member sends /dashboard; `create_link` makes a random token that works once, for LINK_TTL. Redeeming it
(`redeem_link`) opens a session whose random id goes into an HttpOnly cookie, for SESSION_TTL. Only the SHA-256 of
each token and session id is stored, so a copy of the database opens nothing. Whether the person is still staff
is not decided here: the web side checks the role on every request (`bot.services.profiles.is_staff`).

Forms that change something carry a CSRF token derived from the session id (`csrf_token`): a page on another
site can neither read the cookie nor compute the token.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.models import DashboardLink, DashboardSession

LINK_TTL = timedelta(minutes=10)
SESSION_TTL = timedelta(hours=8)
TOKEN_BYTES = 32
MAX_TOKEN_LENGTH = 100


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _well_formed(token: str | None) -> bool:
    return bool(token) and len(token) <= MAX_TOKEN_LENGTH and token.isascii()  # type: ignore[arg-type]


@dataclass(frozen=True)
class SignedIn:
    """A session as the web side needs it: who, in which language, until when."""

    telegram_id: int
    locale: str
    expires_at: datetime


async def create_link(session: AsyncSession, telegram_id: int, locale: str, now: datetime) -> str:
    """A new one-time sign-in token for this staff member (shown once, in their chat). Expired rows go."""
    await purge_expired(session, now)
    token = secrets.token_urlsafe(TOKEN_BYTES)
    session.add(DashboardLink(token_hash=_hash(token), telegram_id=telegram_id, locale=locale, created_at=now,
                              expires_at=now + LINK_TTL))
    await session.flush()
    return token


async def usable_link(session: AsyncSession, token: str | None, now: datetime) -> str | None:
    """The locale of the link when it would still open a session, without using it (the sign-in page asks before
    spending it: link previews and mail scanners fetch links too); None when it would not."""
    if not _well_formed(token):
        return None
    row = await session.get(DashboardLink, _hash(token))  # type: ignore[arg-type]
    return row.locale if row is not None and row.used_at is None and row.expires_at > now else None


async def redeem_link(session: AsyncSession, token: str | None, now: datetime) -> tuple[str, SignedIn] | None:
    """Spend the link and open a session: (session id for the cookie, the session), or None when the token is
    unknown, used or expired. One UPDATE decides, so two browsers racing with the same link get one session."""
    if not _well_formed(token):
        return None
    digest = _hash(token)  # type: ignore[arg-type]
    spent = await session.execute(
        update(DashboardLink)
        .where(DashboardLink.token_hash == digest, DashboardLink.used_at.is_(None), DashboardLink.expires_at > now)
        .values(used_at=now)
    )
    if spent.rowcount != 1:
        return None
    link = await session.get(DashboardLink, digest)
    assert link is not None
    session_id = secrets.token_urlsafe(TOKEN_BYTES)
    row = DashboardSession(session_hash=_hash(session_id), telegram_id=link.telegram_id, locale=link.locale,
                           created_at=now, expires_at=now + SESSION_TTL)
    session.add(row)
    await session.flush()
    return session_id, SignedIn(row.telegram_id, row.locale, row.expires_at)


async def find_session(session: AsyncSession, session_id: str | None, now: datetime) -> SignedIn | None:
    """The live session with this id, else None (unknown, forged, signed out or expired)."""
    if not _well_formed(session_id):
        return None
    digest = _hash(session_id)  # type: ignore[arg-type]
    row = await session.scalar(select(DashboardSession).where(DashboardSession.session_hash == digest))
    if row is None or row.expires_at <= now or not hmac.compare_digest(row.session_hash, digest):
        return None
    return SignedIn(row.telegram_id, row.locale, row.expires_at)


async def set_locale(session: AsyncSession, session_id: str, locale: str) -> None:
    await session.execute(
        update(DashboardSession).where(DashboardSession.session_hash == _hash(session_id)).values(locale=locale)
    )


async def end_session(session: AsyncSession, session_id: str | None) -> None:
    if _well_formed(session_id):
        await session.execute(delete(DashboardSession).where(DashboardSession.session_hash == _hash(session_id)))  # type: ignore[arg-type]


async def end_sessions_of(session: AsyncSession, telegram_id: int) -> None:
    """Every session and unused link of this person (they are no longer staff, or asked to be forgotten)."""
    await session.execute(delete(DashboardSession).where(DashboardSession.telegram_id == telegram_id))
    await session.execute(delete(DashboardLink).where(DashboardLink.telegram_id == telegram_id))


async def purge_expired(session: AsyncSession, now: datetime) -> None:
    await session.execute(delete(DashboardSession).where(DashboardSession.expires_at <= now))
    await session.execute(delete(DashboardLink).where(or_(DashboardLink.expires_at <= now,
                                                          DashboardLink.used_at.is_not(None))))


def csrf_token(session_id: str) -> str:
    """The token forms of this session carry; it cannot be computed without the cookie."""
    return hmac.new(session_id.encode(), b"dashboard-csrf", hashlib.sha256).hexdigest()


def csrf_ok(session_id: str, presented: str | None) -> bool:
    return bool(presented) and hmac.compare_digest(csrf_token(session_id), presented or "")
