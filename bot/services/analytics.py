"""Pseudonymous analytics events: the raw material of every reach statistic."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.pseudonyms import pseudonym_for
from bot.store.models import Event, User


class Analytics:
    def __init__(self, key: bytes) -> None:
        self._key = key

    def pseudonym(self, telegram_id: int) -> str:
        return pseudonym_for(self._key, telegram_id)

    def values(self, user: User, kind: str, **dimensions: Any) -> dict[str, Any]:
        """The columns of one event (every column but `id` and `occurred_at`), for a Core INSERT."""
        return {
            "pseudonym": self.pseudonym(user.telegram_id),
            "kind": kind,
            "audience": user.audience,
            "age_band": user.age_band,
            "sector": user.sector,
            "country": user.country,
            "locale": user.locale,
            "capability": None,
            "series": None,
            "lesson": None,
            "cohort_id": None,
            "value": None,
            **dimensions,
        }

    def record(self, session: AsyncSession, user: User, kind: str, **dimensions: Any) -> Event:
        """Add an event inside the caller's transaction, so it commits or rolls back with the action."""
        event = Event(**self.values(user, kind, **dimensions))
        session.add(event)
        return event
