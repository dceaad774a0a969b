"""Cohorts: groups of learners a trainer gathers through a join link. Trainers only ever see counts."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.content.base import AUDIENCES
from bot.services.codes import new_code
from bot.services.profiles import roles_of
from bot.store.models import Cohort, CohortMember, CohortTrainer, User

JOIN_CODE_LENGTH = 12
MAX_NAME = 64


class CohortError(Exception):
    """Unknown or closed cohort, or someone who is not its trainer."""


@dataclass(frozen=True)
class CohortSummary:
    cohort: Cohort
    members: int


def clean_name(name: str) -> str:
    cleaned = " ".join(name.split())[:MAX_NAME]
    if not cleaned:
        raise CohortError("a cohort needs a name")
    return cleaned


async def is_trainer(session: AsyncSession, user: User, admin: bool = False) -> bool:
    return admin or bool({"trainer", "staff"} & await roles_of(session, user))


async def create(session: AsyncSession, trainer: User, name: str, timezone: str = "UTC") -> Cohort:
    cohort = Cohort(
        code=new_code(JOIN_CODE_LENGTH),
        name=clean_name(name),
        audience="youth_13_15",
        locale=trainer.locale,
        country=trainer.country if trainer.country and trainer.country != "ZZ" else None,
        timezone=timezone,
        closed=False,
    )
    session.add(cohort)
    await session.flush()
    session.add(CohortTrainer(cohort_id=cohort.id, user_id=trainer.id))
    await session.flush()
    return cohort


async def owned(session: AsyncSession, trainer: User, cohort_id: int) -> Cohort:
    cohort = await session.get(Cohort, cohort_id)
    if cohort is None or await session.get(CohortTrainer, (cohort_id, trainer.id)) is None:
        raise CohortError("not your cohort")
    return cohort


async def member_count(session: AsyncSession, cohort_id: int) -> int:
    return await session.scalar(
        select(func.count()).select_from(CohortMember).where(CohortMember.cohort_id == cohort_id)
    ) or 0


async def list_for(session: AsyncSession, trainer: User) -> list[CohortSummary]:
    counts = (
        select(CohortMember.cohort_id, func.count().label("n")).group_by(CohortMember.cohort_id).subquery()
    )
    rows = await session.execute(
        select(Cohort, func.coalesce(counts.c.n, 0))
        .join(CohortTrainer, CohortTrainer.cohort_id == Cohort.id)
        .outerjoin(counts, counts.c.cohort_id == Cohort.id)
        .where(CohortTrainer.user_id == trainer.id)
        .order_by(Cohort.created_at.desc(), Cohort.id.desc())
    )
    return [CohortSummary(c, int(n)) for c, n in rows.all()]


def set_audience(cohort: Cohort, audience: str) -> None:
    if audience not in AUDIENCES:
        raise CohortError("unknown audience")
    cohort.audience = audience


async def leave(session: AsyncSession, trainer: User, cohort_id: int) -> None:
    await owned(session, trainer, cohort_id)
    row = await session.get(CohortTrainer, (cohort_id, trainer.id))
    await session.delete(row)
    await session.flush()


async def join(session: AsyncSession, user: User, code: str) -> tuple[Cohort, bool]:
    """Add the person to the cohort of this join code. Returns the cohort and whether they are new in it."""
    cohort = await session.scalar(select(Cohort).where(Cohort.code == code))
    if cohort is None or cohort.closed:
        raise CohortError("unknown or closed cohort")
    if await session.get(CohortMember, (cohort.id, user.id)) is not None:
        return cohort, False
    session.add(CohortMember(cohort_id=cohort.id, user_id=user.id))
    await session.flush()
    return cohort, True


async def cohorts_of(session: AsyncSession, user: User) -> list[Cohort]:
    rows = await session.scalars(
        select(Cohort).join(CohortMember, CohortMember.cohort_id == Cohort.id).where(CohortMember.user_id == user.id)
    )
    return list(rows)
