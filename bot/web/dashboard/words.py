"""The dashboard's words in the staff member's language: Fluent messages (locales/<code>/dashboard.ftl and the
bot's own names for series, lessons, capabilities, ...) and numbers and dates formatted for the locale (Babel)."""

from __future__ import annotations

import html
import re
from datetime import date
from functools import cache
from typing import Any

from babel import Locale
from babel.dates import format_date, format_skeleton
from babel.numbers import format_decimal, format_percent

from bot.content.checkins import CheckinItem
from bot.content.i18n import FALLBACK_LOCALE
from bot.content.languages import babel_locale
from bot.services.countries import NOT_SAID, country_name
from bot.services.runtime import Runtime
from bot.services.stats import Figure

_TAG = re.compile(r"<[^>]+>")


@cache
def _babel(locale: str) -> Locale:
    return babel_locale(locale) or Locale.parse(FALLBACK_LOCALE)


def plain(text: str) -> str:
    """Lesson and question texts are Telegram HTML; the dashboard shows them as plain text (escaped again)."""
    return html.unescape(_TAG.sub("", text)).strip()


class Words:
    def __init__(self, rt: Runtime, locale: str, cohort_names: dict[int, str] | None = None) -> None:
        self.rt = rt
        self.locale = locale if locale in rt.i18n.locales else rt.settings.default_locale
        self.rtl = rt.i18n.is_rtl(self.locale)
        self.babel = _babel(self.locale)
        self.cohort_names = cohort_names or {}
        # A page formats thousands of cells: the same few messages and numbers, again and again.
        self._plain: dict[str, str] = {}
        self._numbers: dict[float, str] = {}

    def __call__(self, message_id: str, /, **args: Any) -> str:
        if args:
            return self.rt.i18n.t(self.locale, message_id, **args)
        if message_id not in self._plain:
            self._plain[message_id] = self.rt.i18n.t(self.locale, message_id)
        return self._plain[message_id]

    # --- numbers and dates --------------------------------------------------------------------------------

    def number(self, value: float | None) -> str:
        if value is None:
            return ""
        if value not in self._numbers:
            self._numbers[value] = format_decimal(value, locale=self.babel)
        return self._numbers[value]

    def percent(self, share: float | None) -> str:
        return "" if share is None else format_percent(share, locale=self.babel)

    def points(self, change: float) -> str:
        """A change of a share in whole percentage points, with its sign ("+3", "-2", "±0")."""
        points = round(change * 100)
        return ("+" if points > 0 else "" if points < 0 else "±") + format_decimal(points, locale=self.babel)

    def change(self, ratio: float) -> str:
        """A relative change in whole percent, with its sign ("+12%", "-4%", "±0%")."""
        rounded = round(ratio, 2)
        return ("+" if rounded > 0 else "" if rounded < 0 else "±") + format_percent(rounded, locale=self.babel)

    def figure(self, figure: Figure, *, share: bool = False) -> str:
        if figure.suppressed or figure.value is None:
            return self("dash-suppressed") if not share or figure.suppressed else ""
        return self.percent(figure.value) if share else self.number(figure.value)

    def date(self, day: date | str) -> str:
        value = date.fromisoformat(day) if isinstance(day, str) else day
        return format_date(value, "medium", locale=self.babel)

    def week(self, monday: str) -> str:
        return format_skeleton("MMMd", date.fromisoformat(monday), locale=self.babel)

    def month(self, month: str) -> str:
        return format_skeleton("yMMM", date.fromisoformat(f"{month}-01"), locale=self.babel)

    # --- names of things --------------------------------------------------------------------------------

    def has(self, message_id: str) -> bool:
        return self.rt.i18n.has(FALLBACK_LOCALE, message_id)

    def named(self, message_id: str, fallback: str) -> str:
        return plain(self(message_id)) if self.has(message_id) else fallback

    def value(self, dimension: str, value: Any) -> str:
        """How a dimension value of a statistic reads (a country's name, a series' title, ...)."""
        if value is None:
            return self("stats-unknown")
        if dimension == "audience":
            return self.named(f"stats-audience-{value}", str(value))
        if dimension == "country":
            if value == NOT_SAID:
                return self("btn-country-skip")
            return f"{country_name(str(value), self.locale)} ({value})"
        if dimension == "series":
            return self.series(str(value))
        if dimension == "locale":
            return self.rt.i18n.name(str(value))
        if dimension == "capability":
            return self.capability(int(value))
        if dimension == "cohort":
            return self.cohort_names.get(int(value), f"#{value}")
        if dimension == "week":
            return self.week(str(value))
        if dimension == "month":
            return self.month(str(value))
        return str(value)

    def series(self, series_id: str) -> str:
        return self.named(f"s-{series_id}-title", series_id)

    def lesson(self, series_id: str, lesson_id: str) -> str:
        return self.named(f"s-{series_id}-{lesson_id}-title", lesson_id)

    def capability(self, number: int) -> str:
        return self("dash-capability-name", number=number, name=self.named(f"mnr-cap-{number}", str(number)))

    def item(self, questionnaire: str, item_id: str) -> str:
        return self.named(f"ci-{questionnaire}-{item_id}", item_id)

    def answer(self, questionnaire: str, item: CheckinItem | None, value: str) -> str:
        """An answer to a check-in item, as the respondent saw it."""
        if value == "dk":
            return self("ci-dk")
        kind = item.kind if item else ""
        if kind == "phase":
            return self.named(f"mnr-phase-{value}", value)
        if kind == "agree5":
            return self.named(f"ci-agree-{value}", value)
        if kind == "yes_no":
            return self.named(f"ci-{value}", value)
        return self.named(f"ci-{questionnaire}-{item.id if item else ''}-{value}", value)
