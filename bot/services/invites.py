"""Professionals' invite links: made by staff for a sector, country and programme, they mark whoever opens them a
verified respondent. A link verifies at most `max_uses` people (one by default) until it expires or is revoked;
after that it verifies nobody, so verified status is only given to the people staff meant it for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.codes import new_code
from bot.store.models import Invite, User

CODE_LENGTH = 16
DEFAULT_USES = 1
DEFAULT_DAYS = 30
MAX_USES = 1000
MAX_DAYS = 365
LISTED = 20


class InviteError(Exception):
    """Limits out of range, or an unknown code."""


class InviteState(StrEnum):
    ACTIVE = "active"
    USED = "used"  # every use taken
    EXPIRED = "expired"
    REVOKED = "revoked"


def state_of(invite: Invite, now: datetime) -> InviteState:
    if invite.revoked_at is not None:
        return InviteState.REVOKED
    if invite.expires_at is not None and invite.expires_at <= now:
        return InviteState.EXPIRED
    if invite.max_uses is not None and invite.uses >= invite.max_uses:
        return InviteState.USED
    return InviteState.ACTIVE


@dataclass(frozen=True)
class Redemption:
    """What opening a link did: `state` ACTIVE means it verified the person (or had already verified them)."""

    invite: Invite | None
    state: InviteState

    @property
    def verifies(self) -> bool:
        return self.invite is not None and self.state is InviteState.ACTIVE


async def create(session: AsyncSession, sector: str, country: str, programme: str | None, now: datetime, *,
                 uses: int = DEFAULT_USES, days: int = DEFAULT_DAYS) -> Invite:
    if not 1 <= uses <= MAX_USES:
        raise InviteError(f"uses must be between 1 and {MAX_USES}")
    if not 1 <= days <= MAX_DAYS:
        raise InviteError(f"days must be between 1 and {MAX_DAYS}")
    invite = Invite(code=new_code(CODE_LENGTH), sector=sector, country=country.upper(),
                    programme=programme, uses=0, max_uses=uses, expires_at=now + timedelta(days=days))
    session.add(invite)
    await session.flush()
    return invite


def _already_theirs(user: User, invite: Invite) -> bool:
    """The same person opening their link again: nothing more to give, and no use taken."""
    return user.verified and (user.sector, user.country, user.programme) == (
        invite.sector, invite.country, invite.programme)


async def redeem(session: AsyncSession, code: str, user: User, now: datetime) -> Redemption | None:
    """Take one use of the link for `user`, if it has one left. None for a code that never existed. The use is
    taken by one conditional UPDATE, so two people opening a single-use link at once cannot both be verified."""
    invite = await session.get(Invite, code)
    if invite is None:
        return None
    if _already_theirs(user, invite):
        return Redemption(invite, InviteState.ACTIVE)
    taken = await session.execute(
        update(Invite)
        .where(Invite.code == code, Invite.revoked_at.is_(None),
               or_(Invite.expires_at.is_(None), Invite.expires_at > now),
               or_(Invite.max_uses.is_(None), Invite.uses < Invite.max_uses))
        .values(uses=Invite.uses + 1)
        .execution_options(synchronize_session=False)
    )
    await session.refresh(invite)
    if taken.rowcount == 1:
        return Redemption(invite, InviteState.ACTIVE)
    state = state_of(invite, now)
    return Redemption(invite, InviteState.USED if state is InviteState.ACTIVE else state)


async def recent(session: AsyncSession, limit: int = LISTED) -> list[Invite]:
    rows = await session.scalars(select(Invite).order_by(Invite.created_at.desc(), Invite.code).limit(limit))
    return list(rows)


async def revoke(session: AsyncSession, code: str, now: datetime) -> Invite:
    """The link verifies nobody from now on; people it already verified stay verified."""
    invite = await session.get(Invite, code.strip())
    if invite is None:
        raise InviteError(f"no invite link {code!r}")
    if invite.revoked_at is None:
        invite.revoked_at = now
        await session.flush()
    return invite
