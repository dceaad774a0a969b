"""Help resources, country rules and safety words (content/help/)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from pydantic import (
    Field,
    field_validator,
    model_validator,
)

from bot.content.base import StrictModel

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




# What a disclosure is about; the answer gives first steps for each (locales/<code>/safety.ftl).
DISCLOSURE_KINDS = ("sextortion", "image_shared", "ai_image", "grooming", "abuse", "threat", "general")
_CONCEPT = re.compile(r"^[A-Z][A-Z0-9_]*$")
_WORD = re.compile(r"^=?\*?[^*=]*\w[^*=]*\*?$")


class WordFamily(StrictModel):
    """Words that mean the same thing for the matcher, and why they are there. A word is matched whole;
    `stem*` matches any ending, `*infix*` anywhere inside a word (Arabic roots), `*suffix` any beginning
    (Arabic object pronouns), `=word` never by typo tolerance; several words are a phrase whose words follow
    each other."""

    words: list[str] = Field(min_length=1)
    why: str = Field(min_length=3)

    @field_validator("words")
    @classmethod
    def _syntax(cls, value: list[str]) -> list[str]:
        for phrase in value:
            for word in phrase.split():
                if not _WORD.match(word):
                    raise ValueError(f"{phrase!r}: use word, stem*, *infix*, *suffix or =word")
        return value


class SafetyLanguage(StrictModel):
    """One language's help, stop and disclosure words (content/help/safety/<code>.yaml)."""

    help: list[WordFamily] = Field(min_length=1)
    stop: list[WordFamily] = Field(min_length=1)
    # Prefixes glued to words that the matcher also tries without (Arabic "wa-", "bi-"; French "j'", "l'").
    prefixes: list[str] = Field(default_factory=list)
    concepts: dict[str, list[WordFamily]] = Field(min_length=1)


def _alternatives(term: str) -> list[str]:
    return term.split("|")


class SafetyRule(StrictModel):
    """A disclosure of `kind` when every term of `when` is present (a term is CONCEPT or CONCEPT|CONCEPT) and
    none of `unless`; with `max_words`, only in a message that short."""

    kind: Literal["sextortion", "image_shared", "ai_image", "grooming", "abuse", "threat", "general"]
    when: list[str] = Field(min_length=1)
    unless: list[str] = Field(default_factory=list)
    max_words: int | None = Field(default=None, ge=1)
    why: str = Field(min_length=3)

    def concepts(self) -> set[str]:
        return {c for term in [*self.when, *self.unless] for c in _alternatives(term)}


class SafetyRules(StrictModel):
    """The concepts every language's words fill in, and the rules that combine them (content/help/safety/rules.yaml).
    Rules are tried in order; the first that holds names the kind."""

    concepts: dict[str, str] = Field(min_length=1)
    rules: list[SafetyRule] = Field(min_length=1)

    @model_validator(mode="after")
    def _known_concepts(self) -> SafetyRules:
        for name in self.concepts:
            if not _CONCEPT.match(name):
                raise ValueError(f"concept {name!r}: use CAPITALS, digits and _")
        for number, rule in enumerate(self.rules):
            unknown = sorted(rule.concepts() - set(self.concepts))
            if unknown:
                raise ValueError(f"rules[{number}]: unknown concept {', '.join(unknown)}")
        return self


@dataclass(frozen=True)
class SafetyContent:
    rules: SafetyRules
    languages: dict[str, SafetyLanguage]
