"""One page request: the runtime, the signed-in staff member's words, and the filter parameters, parsed by the
same functions as the API's (a wrong value is an error naming it, never a silently wider statistic)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

from aiohttp import web
from sqlalchemy import select

from bot.content.series import Series
from bot.services.runtime import Runtime
from bot.services.stats import Period, Stats, StatsQueryError, parse_filters, parse_period
from bot.store.models import Cohort, ReachDay
from bot.web.dashboard.view import Filters, Option, Select
from bot.web.dashboard.words import Words
from bot.web.staff import Choices

PERIOD_DAYS = (7, 30, 90, 365)
DEFAULT_DAYS = 30
AUDIENCES = ("youth", "caregiver", "professional")
AGE_BANDS = ("13-15", "16-17")


@dataclass
class Context:
    request: web.Request
    rt: Runtime
    stats: Stats
    words: Words
    params: dict[str, str] = field(default_factory=dict)
    choices: Choices = field(default_factory=Choices)
    _cohorts: dict[int, str] | None = None

    @classmethod
    def of(cls, request: web.Request, rt: Runtime, stats: Stats, words: Words, choices: Choices) -> Context:
        # A form sends every field; an empty one means "all".
        params = {name: value.strip() for name, value in request.query.items() if value.strip()}
        return cls(request, rt, stats, words, params, choices)

    # --- parameters ---------------------------------------------------------------------------------------

    def choice(self, name: str, allowed: Sequence[str], default: str) -> str:
        value = self.params.get(name, default)
        if value not in allowed:
            raise StatsQueryError(f"{name}: use one of {', '.join(a for a in allowed if a) or 'nothing'}")
        return value

    @property
    def custom_period(self) -> bool:
        """Dates are used when the period chosen is "custom", or when a link gives dates and no period."""
        days = self.params.get("days")
        return days == "custom" or (days is None and ("from" in self.params or "to" in self.params))

    def period(self) -> Period:
        """`from`/`to` for a custom period (both optional, like the API), else the last `days` days."""
        today = self.rt.clock.now().date()
        if self.custom_period:
            return parse_period(self.params.get("from"), self.params.get("to"), today, DEFAULT_DAYS)
        days = self.choice("days", [str(d) for d in PERIOD_DAYS], str(DEFAULT_DAYS))
        return Period(today - timedelta(days=int(days) - 1), today)

    def filters(self, names: Sequence[str]) -> dict[str, tuple[Any, ...]]:
        return parse_filters(self.params, names)

    def url(self, path: str | None = None, **changes: str | None) -> str:
        """This page's URL (or `path`) with the current parameters, some changed or (None) removed."""
        params = {k: v for k, v in self.params.items() if k != "download"}
        for name, value in changes.items():
            if value is None:
                params.pop(name, None)
            else:
                params[name] = value
        target = path if path is not None else self.request.path
        return f"{target}?{urlencode(params)}" if params else target

    def download_url(self, table_id: str) -> str:
        return self.url(download=table_id)

    # --- lookups for labels and filter choices --------------------------------------------------------------

    async def cohort_names(self) -> dict[int, str]:
        if self._cohorts is None:
            async with self.rt.stats_store.transaction() as session:
                rows = await session.execute(select(Cohort.id, Cohort.name).order_by(Cohort.id))
                self._cohorts = {int(i): str(n) for i, n in rows}
            self.words.cohort_names = self._cohorts
        return self._cohorts

    async def countries(self) -> list[str]:
        """Countries with any reach (the codes are not figures; the API shows them in every breakdown)."""
        if not self.choices.fresh():
            async with self.rt.stats_store.transaction() as session:
                found = await session.scalars(
                    select(ReachDay.country).where(ReachDay.country.is_not(None)).distinct())
                self.choices.countries = sorted(str(c) for c in found)
            self.choices.found_at = time.monotonic()
        return self.choices.countries

    def series_list(self) -> list[Series]:
        return list(self.rt.catalog.series.values())

    # --- the filter form ----------------------------------------------------------------------------------

    async def filter_form(self, names: Sequence[str], *, period: bool = True,
                          extra: Sequence[Select] = ()) -> Filters:
        w = self.words
        form = Filters()
        if period:
            days = "custom" if self.custom_period else self.params.get("days", str(DEFAULT_DAYS))
            options = [*(Option(str(d), w("dash-days", days=d)) for d in PERIOD_DAYS),
                       Option("custom", w("dash-period-custom"))]
            form.selects.append(Select("days", w("dash-period"), options, days))
            form.dates = (self.params.get("from", ""), self.params.get("to", ""))
        form.selects += list(extra)
        everyone = Option("", w("dash-all"))
        for name in names:
            if name == "country":
                values = [Option(c, w.value("country", c)) for c in await self.countries()]
            elif name == "audience":
                values = [Option(a, w.value("audience", a)) for a in AUDIENCES]
            elif name == "age_band":
                values = [Option(a, a) for a in AGE_BANDS]
            elif name == "locale":
                values = [Option(code, w.value("locale", code)) for code in self.rt.i18n.locales]
            elif name == "series":
                values = [Option(s.id, w.series(s.id)) for s in self.series_list()]
            elif name == "cohort":
                values = [Option(str(i), n) for i, n in (await self.cohort_names()).items()]
            else:
                continue
            chosen = self.params.get(name, "")
            if chosen and chosen not in {o.value for o in values}:
                values.append(Option(chosen, chosen))
            form.selects.append(Select(name, w(f"dash-filter-{name}"), [everyone, *values], chosen))
        return form
