"""Exactly-once intake of webhook updates across replicas: the first replica to record an update id wins."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.models import ProcessedUpdate, utcnow
from bot.store.upsert import dialect_insert

# Telegram gives up re-sending an update after about a day; retention drops older ids (bot/services/retention.py)
KEEP_FOR = timedelta(days=2)


async def claim_update(session: AsyncSession, update_id: int) -> bool:
    """True if this update id is new (and is now recorded); False if some replica already took it."""
    insert = dialect_insert(session.bind.dialect.name)
    statement = insert(ProcessedUpdate).values(update_id=update_id, received_at=utcnow())
    result = await session.execute(statement.on_conflict_do_nothing(index_elements=["update_id"]))
    return (result.rowcount or 0) == 1

