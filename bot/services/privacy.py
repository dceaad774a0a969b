"""What /mydata shows and what /forget does."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.analytics import Analytics
from bot.services.dashboard_access import end_sessions_of
from bot.services.profiles import delete_user, roles_of
from bot.services.pseudonyms import unlinkable_pseudonym
from bot.services.voice import VoiceData, voice_data
from bot.store.models import CheckinRespondent, Event, LessonProgress, User


@dataclass(frozen=True)
class StoredData:
    """Everything kept about one person, as plain values."""

    locale: str
    audience: str | None
    age_band: str | None
    sector: str | None
    country: str | None
    joined: datetime
    consent_at: datetime | None
    stopped: bool
    roles: frozenset[str]
    event_count: int
    series_started: int
    checkin_rounds: int
    voice: VoiceData | None = None  # youth voice: ratings, answers, share link (bot/services/voice.py)


async def stored_data(session: AsyncSession, analytics: Analytics, user: User) -> StoredData:
    pseudonym = analytics.pseudonym(user.telegram_id)
    count = await session.scalar(select(func.count()).select_from(Event).where(Event.pseudonym == pseudonym))
    series = await session.scalar(
        select(func.count()).select_from(LessonProgress).where(LessonProgress.user_id == user.id)
    )
    rounds = await session.scalar(
        select(func.count()).select_from(CheckinRespondent).where(CheckinRespondent.user_id == user.id)
    )
    return StoredData(
        locale=user.locale,
        audience=user.audience,
        age_band=user.age_band,
        sector=user.sector,
        country=user.country,
        joined=user.created_at,
        consent_at=user.consent_at,
        stopped=user.stopped,
        roles=frozenset(await roles_of(session, user)),
        event_count=count or 0,
        series_started=series or 0,
        checkin_rounds=rounds or 0,
        voice=await voice_data(session, user),
    )


async def forget(session: AsyncSession, analytics: Analytics, user: User) -> int:
    """Delete the person and everything keyed to them; relabel their events with a random pseudonym so that
    aggregates stay right but nothing (not even the pseudonym key) links them back. Returns events relabelled."""
    old, new = analytics.pseudonym(user.telegram_id), unlinkable_pseudonym()
    result = await session.execute(update(Event).where(Event.pseudonym == old).values(pseudonym=new))
    # Check-in answers stay in the round's aggregates; the respondent row loses its user (FK: SET NULL) and its
    # pseudonym, so nothing links the answers back to the person.
    await session.execute(
        update(CheckinRespondent).where(CheckinRespondent.pseudonym == old).values(pseudonym=unlinkable_pseudonym())
    )
    # Youth-voice rows (ratings, answers, poll announcements, the share code and a pending referral) are deleted
    # with the person by ON DELETE CASCADE; the sharer's count of friends who joined stays a bare number.
    # A staff member's dashboard sessions and sign-in links name them by Telegram id: they go too.
    await end_sessions_of(session, user.telegram_id)
    await delete_user(session, user)
    return result.rowcount or 0
