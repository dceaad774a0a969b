"""Everything a handler needs, built once at start-up and shared by the bot, the HTTP API and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from bot.content.catalog import Catalog
from bot.content.i18n import I18n
from bot.content.images import Illustrations
from bot.observability.metrics import Metrics
from bot.services.activity import ActivityRecorder
from bot.services.analytics import Analytics
from bot.services.checkins import Checkins
from bot.services.clock import Clock, SystemClock
from bot.services.images import FileIds
from bot.services.lessons import Lessons
from bot.services.outbox import Outbox
from bot.services.safety import SafetyMatcher
from bot.services.safety.memo import ReadingMemo
from bot.services.schedule import QuietHours
from bot.services.send_budget import SendBudget
from bot.services.startup import Content, load_content
from bot.settings import Settings, pseudonym_key
from bot.store.db import ReadStore, Store


@dataclass
class Runtime:
    settings: Settings
    store: Store
    i18n: I18n
    catalog: Catalog
    analytics: Analytics
    safety: SafetyMatcher
    lessons: Lessons
    checkins: Checkins
    outbox: Outbox
    clock: Clock
    illustrations: Illustrations
    metrics: Metrics = field(default_factory=Metrics)
    send_budget: SendBudget = field(default_factory=SendBudget)  # replies and pushes share Telegram's pace
    activity: ActivityRecorder = field(default_factory=ActivityRecorder)  # users.last_seen, once a day
    file_ids: FileIds = field(default_factory=FileIds)  # Telegram's file_ids of lesson pictures, once read
    # Each update's safety reading by update id: the webhook intake, the update processor and the text handler
    # classify a message once between them (bot/services/safety/memo.py).
    readings: ReadingMemo = field(default_factory=ReadingMemo)

    @classmethod
    def build(cls, settings: Settings, store: Store | None = None, clock: Clock | None = None,
              content: Content | None = None) -> Runtime:
        """`content`: what `load_content(settings)` built, when the caller built it first (`python -m bot run`)."""
        content = content or load_content(settings)
        catalog = content.catalog
        analytics = Analytics(pseudonym_key(settings))
        return cls(
            settings=settings,
            store=store or Store(settings.database_url, timeout=settings.database_timeout),
            i18n=content.i18n,
            catalog=catalog,
            analytics=analytics,
            safety=content.safety,
            lessons=Lessons(catalog, analytics),
            checkins=Checkins(catalog, analytics),
            outbox=Outbox(catalog, QuietHours(*settings.quiet_hours)),
            clock=clock or SystemClock(),
            illustrations=Illustrations(settings.content_dir),
        )

    @cached_property
    def stats_store(self) -> ReadStore:
        """Where statistics, exports and the dashboard read: the read replica STATS_DATABASE_URL when set (falling
        back to the primary when it does not answer), else the primary; with STATS_TIMEOUT instead of the short
        timeout of a person's tap (a whole-history query or the first rollup may take minutes). Its `primary` is
        the main database with that timeout: the statistics rollup is written there (a replica is read-only)."""
        primary = self.store.sibling(timeout=self.settings.stats_timeout)
        return ReadStore.for_url(primary, self.settings.stats_database_url)

    async def close(self) -> None:
        if "stats_store" in self.__dict__:
            await self.stats_store.close()
            await self.stats_store.primary.close()
        await self.store.close()

    def is_admin(self, telegram_id: int) -> bool:
        return telegram_id in self.settings.admin_ids
