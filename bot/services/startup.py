"""What start-up builds from content/ and locales/: the translations, the content catalog and the safety matcher.

A module of its own, importing neither the database nor the chat: `python -m bot run` builds this first and imports
SQLAlchemy, python-telegram-bot and aiohttp after it, so that their modules' code fills the memory the build's
intermediate objects (every content file parsed, the safety words) leave free, instead of staying free beside it
(issue #19; bench/README.md, "Memory of the bot's process", sixth pass).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.content.base import ContentError
from bot.content.catalog import Catalog, load_catalog
from bot.content.i18n import I18n
from bot.services.safety import SafetyMatcher
from bot.services.safety.model import DisclosureModel, load_model
from bot.settings import Settings, SettingsError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Content:
    i18n: I18n
    catalog: Catalog  # without the parsed safety words files (the matcher holds what they say)
    safety: SafetyMatcher


def load_content(settings: Settings) -> Content:
    i18n = offered_languages(settings)
    catalog = load_catalog(settings.content_dir, i18n.locales)
    assert catalog.safety is not None
    # Built now: help must never wait for it.
    safety = SafetyMatcher.from_content(catalog.safety, disclosure_model(settings))
    return Content(i18n=i18n, catalog=catalog.without_safety_words(), safety=safety)


def disclosure_model(settings: Settings) -> DisclosureModel | None:
    """The safety matcher's second opinion; without it (a missing or broken file, which check-content reports) help
    still works with the rules alone."""
    try:
        return load_model(settings.content_dir)
    except ContentError as error:
        log.warning("disclosure model not used, rules alone: %s", error)
        return None


def offered_languages(settings: Settings) -> I18n:
    """The translations, offering what LANGUAGES asks for (default: every complete language). A language asked
    for, or the default, that cannot be offered stops the start with one line saying why."""
    i18n = I18n(settings.locales_dir, settings.languages or None, settings.default_locale)
    for name, codes in (("LANGUAGES", settings.languages), ("DEFAULT_LOCALE", (settings.default_locale,))):
        for code in codes:
            if code not in i18n.locales:
                reason = i18n.why_not_offered(code)
                raise SettingsError(f"configuration error: {name} {code} cannot be offered: {reason}")
    return i18n
