"""Translations still being written. Issue 17's new series, and the alt texts of the pictures added to the older
series, exist in English only until the translators finish; check-content reports every missing id (it is not
weakened). The tests that need 100% coverage leave out exactly these ids, and test_content_check fails as soon
as a listed series is complete in every language, so this list can only shrink."""

from __future__ import annotations

import re

# series id -> "all" (the whole series is English only) or "alt" (only its pictures' alt texts)
PENDING_TRANSLATION: dict[str, str] = {}  # nothing pending: every series is in every language
MISSING = re.compile(r"^locales/(?P<locale>[a-z]+): '(?P<id>[^']+)' is missing \(needed by content/series/[^)]+\)$")


def pending_id(message_id: str) -> bool:
    for series, scope in PENDING_TRANSLATION.items():
        if message_id.startswith(f"s-{series}-") and (scope == "all" or message_id.endswith("-alt")):
            return True
    return False


def pending_error(error: str) -> bool:
    """A check-content error that only says a pending translation is missing (English is never pending)."""
    match = MISSING.match(error)
    return bool(match) and match["locale"] != "en" and pending_id(match["id"])


def real_errors(errors: list[str]) -> list[str]:
    return [error for error in errors if not pending_error(error)]
