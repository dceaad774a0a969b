"""Everything a handler needs, built once at start-up and shared by the bot, the HTTP API and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.content.catalog import Catalog, load_catalog
from bot.content.i18n import I18n
from bot.observability.metrics import Metrics
from bot.services.activity import ActivityRecorder
from bot.services.analytics import Analytics
from bot.services.checkins import Checkins
from bot.services.clock import Clock, SystemClock
from bot.services.lessons import Lessons
from bot.services.outbox import Outbox
from bot.services.safety_words import SafetyMatcher
from bot.services.schedule import QuietHours
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
    # Statistics, exports and the dashboard read here: STATS_DATABASE_URL's replica, else the primary (`store`).
    stats_store: ReadStore = field(default=None)  # type: ignore[assignment]  # set in __post_init__
    activity: ActivityRecorder = field(default_factory=ActivityRecorder)
    metrics: Metrics = field(default_factory=Metrics)

    def __post_init__(self) -> None:
        # Without a replica, statistics read the primary: this one, also after dataclasses.replace(rt, store=...).
        reads = self.stats_store
        if reads is None or (reads.replica is None and reads.primary is not self.store):
            self.stats_store = ReadStore(self.store)

    @classmethod
    def build(cls, settings: Settings, store: Store | None = None, clock: Clock | None = None,
              stats_store: ReadStore | None = None) -> Runtime:
        catalog = load_catalog(settings.content_dir)
        analytics = Analytics(pseudonym_key(settings))
        store = store or Store(settings.database_url)
        return cls(
            settings=settings,
            store=store,
            stats_store=stats_store or ReadStore.for_url(store, settings.stats_database_url),
            i18n=I18n(settings.locales_dir),
            catalog=catalog,
            analytics=analytics,
            safety=SafetyMatcher.from_words(catalog.safety_words),
            lessons=Lessons(catalog, analytics),
            checkins=Checkins(catalog, analytics),
            outbox=Outbox(catalog, QuietHours(*settings.quiet_hours)),
            clock=clock or SystemClock(),
        )

    def is_admin(self, telegram_id: int) -> bool:
        return telegram_id in self.settings.admin_ids

    async def close(self) -> None:
        await self.stats_store.close()
        await self.store.close()
