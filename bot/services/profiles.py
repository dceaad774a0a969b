"""Who a person is to the bot: locale, audience, age band or sector, country, consent, where they are in a
flow. Plain async functions over a session; no Telegram types."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.models import Role, User, utcnow
from bot.store.statements import Statements

AUDIENCES = ("youth", "caregiver", "professional")
AGE_BANDS = ("13-15", "16-17")
SECTORS = ("gov", "police", "justice", "social", "health", "edu", "ngo", "tech", "other")
ROLES = ("trainer", "staff")


class Step(StrEnum):
    """The question a person is answering. Stored as "<mode>:<step>"; mode is onb (onboarding) or set."""

    LANGUAGE = "lang"
    AUDIENCE = "audience"
    AGE = "age"
    SECTOR = "sector"
    COUNTRY = "country"
    CONSENT = "consent"


@dataclass(frozen=True)
class FlowPosition:
    mode: str  # "onb" or "set"
    step: Step

    @classmethod
    def parse(cls, raw: str | None) -> FlowPosition | None:
        if not raw or ":" not in raw:
            return None
        mode, _, step = raw.partition(":")
        try:
            return cls(mode, Step(step))
        except ValueError:
            return None

    def __str__(self) -> str:
        return f"{self.mode}:{self.step.value}"


@dataclass(slots=True)
class Learner:
    """What a lesson tap needs of a person (the columns of `users` it reads), without an ORM object."""

    id: int
    telegram_id: int
    locale: str
    audience: str | None
    age_band: str | None
    sector: str | None
    country: str | None
    consent_at: datetime | None

    @property
    def onboarded(self) -> bool:
        return self.consent_at is not None



def audience_key(user: User | Learner) -> str | None:
    """The key lessons are filed under: youth_13_15, youth_16_17, caregiver or professional."""
    if user.audience == "youth" and user.age_band:
        return "youth_" + user.age_band.replace("-", "_")
    if user.audience in ("caregiver", "professional"):
        return user.audience
    return None


async def find_user(session: AsyncSession, telegram_id: int) -> User | None:
    return await session.scalar(select(User).where(User.telegram_id == telegram_id))


async def begin_onboarding(session: AsyncSession, telegram_id: int, locale: str) -> User:
    user = await find_user(session, telegram_id)
    if user is None:
        user = User(telegram_id=telegram_id, locale=locale, stopped=False, inactive=False, verified=False)
        session.add(user)
    user.step = str(FlowPosition("onb", Step.LANGUAGE))
    await session.flush()
    return user


def move_to(user: User, step: Step | None, mode: str | None = None) -> None:
    if step is None:
        user.step = None
        return
    current = FlowPosition.parse(user.step)
    user.step = str(FlowPosition(mode or (current.mode if current else "set"), step))


def next_step_after_audience(user: User) -> Step:
    if user.audience == "youth":
        return Step.AGE
    if user.audience == "professional":
        return Step.SECTOR
    return Step.COUNTRY


def set_audience(user: User, audience: str) -> None:
    if audience not in AUDIENCES:
        raise ValueError(audience)
    if audience != user.audience:
        user.verified = False
        user.programme = None
    user.audience = audience
    user.age_band = None
    user.sector = None


def apply_invite(user: User, sector: str, country: str, programme: str | None) -> None:
    """A staff invite says who the person is: a verified professional of this sector, country and programme."""
    user.audience, user.age_band = "professional", None
    user.sector, user.country, user.programme, user.verified = sector, country, programme, True


def record_consent(user: User) -> None:
    user.consent_at = utcnow()
    user.step = None


async def delete_user(session: AsyncSession, user: User) -> None:
    await session.delete(user)
    await session.flush()


async def roles_of(session: AsyncSession, user: User) -> set[str]:
    rows = await session.scalars(select(Role.role).where(Role.user_id == user.id))
    return set(rows)


def remember_trainer(session: AsyncSession | Statements, user: User | Learner, trainer: bool) -> None:
    """Whether `user` is a trainer, read together with the person (bot/services/lessons.py, `Lessons.learner`): the
    rest of this transaction need not ask again. Roles change in transactions of their own (staff commands)."""
    session.info[("trainer", user.id)] = trainer


async def is_trainer(session: AsyncSession | Statements, user: User | Learner) -> bool:
    known = session.info.get(("trainer", user.id))
    if known is not None:
        return bool(known)
    return "trainer" in await roles_of(session, user)


async def lesson_audiences(session: AsyncSession | Statements, user: User | Learner) -> tuple[str, ...]:
    """The series audiences a person sees in /lessons: their own, and professional series for trainers too
    (whatever they said they are: a teacher may have onboarded as a caregiver)."""
    if not user.onboarded:
        return ()
    keys = [key] if (key := audience_key(user)) else []
    if "professional" not in keys and await is_trainer(session, user):
        keys.append("professional")
    return tuple(keys)


async def is_staff(session: AsyncSession, telegram_id: int, admin_ids: Collection[int]) -> bool:
    """Staff are ADMIN_IDS (even before they onboard) and people with the staff role. Checked at every request of
    the dashboard, so that revoking the role ends access at once."""
    if telegram_id in admin_ids:
        return True
    found = await session.scalar(
        select(Role.role).join(User, User.id == Role.user_id)
        .where(User.telegram_id == telegram_id, Role.role == "staff")
    )
    return found is not None


async def grant_role(session: AsyncSession, user: User, role: str) -> bool:
    if role not in ROLES:
        raise ValueError(role)
    if await session.get(Role, (user.id, role)) is not None:
        return False
    session.add(Role(user_id=user.id, role=role))
    await session.flush()
    return True


async def revoke_role(session: AsyncSession, user: User, role: str) -> bool:
    row = await session.get(Role, (user.id, role))
    if row is None:
        return False
    await session.delete(row)
    await session.flush()
    return True
