"""Country names in the five locales (from pycountry's ISO 3166 translations) and typed-name lookup."""

from __future__ import annotations

import gettext
from dataclasses import dataclass, field
from functools import cache

import pycountry

from bot.services.text_match import normalize

# Common names that are not ISO codes or official names.
ALIASES = {"uk": "GB", "usa": "US", "drc": "CD", "rdc": "CD", "eeuu": "US"}
_ARABIC_ARTICLE = "\u0627\u0644"  # "al-"
NOT_SAID = "ZZ"  # "prefer not to say"; ZZ is the user-assigned code for an unknown region


@cache
def _translator(locale: str) -> gettext.NullTranslations:
    if locale == "en":
        return gettext.NullTranslations()
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale], fallback=True)


@cache
def all_codes() -> tuple[str, ...]:
    return tuple(sorted(c.alpha_2 for c in pycountry.countries))


def country_name(code: str, locale: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    name = getattr(country, "common_name", None) or country.name
    translated = _translator(locale).gettext(country.name)
    return translated if translated != country.name or locale == "en" else name


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
        by_name.setdefault(normalize(country_name(code, "en")), code)
    letters = tuple(sorted(groups))
    return CountryIndex(
        locale,
        letters,
        {letter: tuple(code for _, code in sorted(groups[letter])) for letter in letters},
        by_name,
    )
