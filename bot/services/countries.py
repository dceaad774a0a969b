"""Country names in the person's language and typed-name lookup.

Names come from Babel (CLDR: the short common names, "Kenya", "Türkiye", "Marekani", in every language the bot
may speak); the list of countries and the official English names people may also type come from pycountry
(ISO 3166-1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import pycountry
from babel import Locale, UnknownLocaleError

from bot.services.text_match import normalize

# Common names that are not ISO codes or official names.
ALIASES = {"uk": "GB", "usa": "US", "drc": "CD", "rdc": "CD", "eeuu": "US"}
_ARABIC_ARTICLE = "\u0627\u0644"  # "al-"
NOT_SAID = "ZZ"  # "prefer not to say"; ZZ is the user-assigned code for an unknown region


@cache
def _territories(locale: str) -> dict[str, str]:
    try:
        return dict(Locale.parse(locale).territories)
    except (UnknownLocaleError, ValueError):
        return {}


@cache
def all_codes() -> tuple[str, ...]:
    return tuple(sorted(c.alpha_2 for c in pycountry.countries))


def country_name(code: str, locale: str) -> str:
    """The country's name in this language ("Quênia", "كينيا", "Kenya"); the code itself when it is not a
    country (ZZ, "prefer not to say", is CLDR's "Unknown Region")."""
    if code not in _known():
        return code
    return _territories(locale).get(code) or _territories("en").get(code) or code


@cache
def _known() -> frozenset[str]:
    return frozenset(all_codes())


def _official_names(code: str) -> list[str]:
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return []
    return [n for n in (country.name, getattr(country, "common_name", None), getattr(country, "official_name", None))
            if n]


@dataclass(frozen=True)
class CountryIndex:
    """All countries of one locale grouped by the first letter of their localized name."""

    locale: str
    letters: tuple[str, ...]
    by_letter: dict[str, tuple[str, ...]] = field(hash=False)
    by_name: dict[str, str] = field(hash=False)

    def codes_for(self, letter_index: int) -> tuple[str, ...]:
        if not 0 <= letter_index < len(self.letters):
            return ()
        return self.by_letter[self.letters[letter_index]]

    def find(self, typed: str) -> str | None:
        """A typed country name or ISO code, in this locale or English."""
        key = normalize(typed)
        if key in ALIASES:
            return ALIASES[key]
        if len(key) == 2 and key.upper() in all_codes():
            return key.upper()
        return self.by_name.get(key)


@cache
def country_index(locale: str) -> CountryIndex:
    groups: dict[str, list[tuple[str, str]]] = {}
    by_name: dict[str, str] = {}
    for code in all_codes():
        name = country_name(code, locale)
        folded = normalize(name)
        if not folded:
            continue
        # Most Arabic names start with the article "al-": group them by the letter after it.
        sort_key = folded.removeprefix(_ARABIC_ARTICLE) if locale == "ar" else folded
        groups.setdefault(sort_key[0].upper(), []).append((sort_key, code))
        by_name[folded] = code
        for other in (country_name(code, "en"), *_official_names(code)):
            by_name.setdefault(normalize(other), code)
    letters = tuple(sorted(groups))
    return CountryIndex(
        locale,
        letters,
        {letter: tuple(code for _, code in sorted(groups[letter])) for letter in letters},
        by_name,
    )
