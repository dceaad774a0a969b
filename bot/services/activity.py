"""When a person was last active: `users.last_seen`, the day retention counts from (bot/services/retention.py).

Written at most once a day per person and process: the first message or tap of the day costs one small UPDATE
(which changes nothing when another replica already wrote the day), every later one a set lookup in memory.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, update

from bot.store.db import Store
from bot.store.models import User

REMEMBERED_PER_DAY = 500_000  # about 30 MB of ints; past it the set starts over (a few extra UPDATEs, no harm)


class ActivityRecorder:
    def __init__(self, capacity: int = REMEMBERED_PER_DAY) -> None:
        self.capacity = capacity
        self._day: date | None = None
        self._recorded: set[int] = set()

    def needs_recording(self, telegram_id: int, today: date) -> bool:
        if today != self._day:
            self._day, self._recorded = today, set()
        return telegram_id not in self._recorded

    async def record(self, store: Store, telegram_id: int, today: date) -> bool:
        """Mark the person active today. Returns whether the database was written to."""
        if not self.needs_recording(telegram_id, today):
            return False
        async with store.transaction() as session:
            result = await session.execute(
                update(User)
                .where(User.telegram_id == telegram_id, or_(User.last_seen.is_(None), User.last_seen != today))
                # a profile change is what updated_at tells; being active is not one
                .values(last_seen=today, updated_at=User.updated_at)
                .execution_options(synchronize_session=False)
            )
        if len(self._recorded) >= self.capacity:
            self._recorded.clear()
        self._recorded.add(telegram_id)
        return bool(result.rowcount)
