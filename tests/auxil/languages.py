"""The languages of the real locales/, discovered as the bot discovers them: tests parametrized over them cover a
language added as a folder (id, ro, ...) with no change here."""

from __future__ import annotations

from bot.content.i18n import FALLBACK_LOCALE, I18n
from bot.settings import PROJECT_ROOT

LOCALES_DIR = PROJECT_ROOT / "locales"
I18N = I18n(LOCALES_DIR)
# Every complete language, in picker order: what the bot offers by default.
LANGUAGES: tuple[str, ...] = I18N.locales
TRANSLATIONS: tuple[str, ...] = tuple(code for code in LANGUAGES if code != FALLBACK_LOCALE)
RTL: tuple[str, ...] = tuple(code for code in LANGUAGES if I18N.is_rtl(code))
