"""Generated people with events, for the tests that compare a statistics rollup with the raw events."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import select

from bot.services.analytics import Analytics
from bot.store.db import Store
from bot.store.models import Event, User


class GeneratedPeople(Protocol):
    def person(self, telegram_id: int) -> dict[str, Any]: ...

    def events(self, pseudonym: str, telegram_id: int, start: datetime, end: datetime) -> list[Event]: ...


async def add_people(store: Store, people: GeneratedPeople, analytics: Analytics, ids: range, start: datetime,
                     end: datetime) -> None:
    """Each of `ids` (created with their profile if new, seen on `end`) and their events between start and end."""
    async with store.transaction() as session:
        for telegram_id in ids:
            profile = people.person(telegram_id)
            user = await session.scalar(select(User).where(User.telegram_id == telegram_id))
            if user is None:
                user = User(telegram_id=telegram_id, locale=profile["locale"], audience=profile["audience"],
                            country=profile["country"], last_seen=end.date())
                session.add(user)
            user.last_seen = end.date()
            session.add_all(people.events(analytics.pseudonym(telegram_id), telegram_id, start, end))
