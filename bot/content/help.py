"""Help resources, country rules and safety words (content/help/)."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import (
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from bot.content.base import StrictModel, languages_of

RESOURCE_KINDS = (
    "child_helpline",
    "abuse_report_line",
    "hotline",
    "emergency",
    "takedown_minor",
    "takedown_adult",
    "helpline_directory",
    "hotline_directory",
)




class Resource(StrictModel):
    kind: Literal[
        "child_helpline",
        "abuse_report_line",
        "hotline",
        "emergency",
        "takedown_minor",
        "takedown_adult",
        "helpline_directory",
        "hotline_directory",
    ]
    name: str = Field(min_length=1, max_length=80)
    phone: str | None = Field(default=None, pattern=r"^[0-9+][0-9 -]{1,19}$")
    url: str | None = Field(default=None, pattern=r"^https://\S+$")
    source: str = Field(min_length=5)

    @model_validator(mode="after")
    def _reachable(self) -> Resource:
        if not (self.phone or self.url):
            raise ValueError("needs a phone or a url")
        return self


class HelpResources(StrictModel):
    global_: list[Resource] = Field(alias="global", min_length=1)
    eu: list[Resource] = Field(default_factory=list)
    countries: dict[str, list[Resource]] = Field(default_factory=dict)

    @field_validator("countries")
    @classmethod
    def _iso_codes(cls, value: dict[str, list[Resource]]) -> dict[str, list[Resource]]:
        for code in value:
            if not re.fullmatch(r"[A-Z]{2}", code):
                raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-2 code")
        return value




class CountryRules(StrictModel):
    # Countries where Telegram requires users to be 16+ (EU member states and the UK).
    min_age_16: frozenset[str]
    eu: frozenset[str]
    # The first countries offered in onboarding, per language; a language without one gets English's.
    shortlist: dict[str, list[str]]

    @field_validator("shortlist")
    @classmethod
    def _english_and_iso_codes(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        if "en" not in value:
            raise ValueError("needs a shortlist for en (the one languages without their own get)")
        for language, codes in value.items():
            bad = [code for code in codes if not re.fullmatch(r"[A-Z]{2}", code)]
            if bad:
                raise ValueError(f"{language}: {bad[0]!r} is not an ISO 3166-1 alpha-2 code")
        return value

    def shortlist_for(self, language: str) -> list[str]:
        return self.shortlist.get(language) or self.shortlist["en"]




class SafetyWords(StrictModel):
    help: dict[str, list[str]]
    stop: dict[str, list[str]]
    disclosure: dict[str, list[str]]

    @field_validator("help", "stop", "disclosure")
    @classmethod
    def _every_language(cls, value: dict[str, list[str]], info: ValidationInfo) -> dict[str, list[str]]:
        """Help must work in every language offered: words for each (the loader passes the languages)."""
        missing = [code for code in languages_of(info) if not value.get(code)]
        if missing:
            raise ValueError(f"needs words for {', '.join(missing)}")
        return value
