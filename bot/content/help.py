"""Help resources, country rules and safety words (content/help/)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Literal, get_args

from pydantic import (
    Field,
    field_validator,
    model_validator,
)

from bot.content.base import StrictModel

ResourceKind = Literal[
    "child_helpline",
    "abuse_report_line",
    "online_help",
    "hotline",
    "emergency",
    "takedown_minor",
    "takedown_adult",
    "helpline_directory",
    "hotline_directory",
]
RESOURCE_KINDS: tuple[str, ...] = get_args(ResourceKind)
ResourceAudience = Literal["youth", "caregiver", "professional"]
RESOURCE_AUDIENCES: tuple[str, ...] = get_args(ResourceAudience)
# What a known gap can be about: the child helpline (required or acknowledged for every offered country), the
# emergency number, or a service only recorded as an unconfirmed lead.
GapKind = Literal["child_helpline", "emergency", "online_help", "hotline"]

PHONE = r"^\+?[0-9][0-9 -]{1,19}$"
HTTPS = r"^https://\S+$"
# A source is the page someone read; a few government pages are only served over http.
SOURCE = r"^https?://\S+$"


class Resource(StrictModel):
    """One service: what it is, how to reach it, who it is for, and where and when it was confirmed."""

    kind: ResourceKind
    name: str = Field(min_length=1, max_length=80)
    phone: str | None = Field(default=None, pattern=PHONE)
    url: str | None = Field(default=None, pattern=HTTPS)
    chat: str | None = Field(default=None, pattern=HTTPS)
    whatsapp: str | None = Field(default=None, pattern=PHONE)
    hours: Literal["24/7"] | None = None
    audiences: frozenset[ResourceAudience] = frozenset(RESOURCE_AUDIENCES)  # type: ignore[arg-type]
    source: str = Field(pattern=SOURCE)
    more_sources: tuple[Annotated[str, Field(pattern=SOURCE)], ...] = ()
    checked: date
    note: str | None = None

    @model_validator(mode="after")
    def _reachable(self) -> Resource:
        if not (self.phone or self.url or self.chat):
            raise ValueError("needs a phone, a url or a chat")
        if not self.audiences:
            raise ValueError("audiences: name at least one of youth, caregiver, professional, or leave it out")
        return self

    def offered_to(self, audience: str | None) -> bool:
        """Someone whose audience is not known yet is offered what a young person is offered."""
        return (audience or "youth") in self.audiences


def _iso_codes(codes: Iterable[str]) -> None:
    for code in codes:
        if not re.fullmatch(r"[A-Z]{2}", code):
            raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-2 code")


class HelpResources(StrictModel):
    global_: list[Resource] = Field(alias="global", min_length=1)
    eu: list[Resource] = Field(default_factory=list)
    countries: dict[str, list[Resource]] = Field(default_factory=dict)
    # Country -> what is missing -> unconfirmed leads (shown to maintainers by check-content, never to users).
    known_gaps: dict[str, dict[GapKind, list[str]]] = Field(default_factory=dict)

    @field_validator("countries", "known_gaps")
    @classmethod
    def _iso_keys(cls, value: dict[str, Any]) -> dict[str, Any]:
        _iso_codes(value)
        return value

    def everything(self) -> list[Resource]:
        return [*self.global_, *self.eu, *(r for entries in self.countries.values() for r in entries)]


# A country's own entries are listed in this order, so that the service to contact first comes first.
KIND_ORDER: tuple[str, ...] = (
    "child_helpline",
    "emergency",
    "online_help",
    "abuse_report_line",
    "hotline",
    "takedown_minor",
    "takedown_adult",
    "helpline_directory",
    "hotline_directory",
)


class CountryRules(StrictModel):
    # Countries where Telegram requires users to be 16+ (EU member states and the UK).
    min_age_16: frozenset[str]
    eu: frozenset[str]
    # The first countries offered in onboarding, per language; a language without one gets English's.
    shortlist: dict[str, list[str]]
    # Countries a programme works in, offered help like the shortlisted ones (check-content reports their gaps).
    programme: frozenset[str] = frozenset()

    @field_validator("programme")
    @classmethod
    def _iso_programme(cls, value: frozenset[str]) -> frozenset[str]:
        _iso_codes(value)
        return value

    def offered(self) -> frozenset[str]:
        """The countries the bot offers first: every shortlist, and the programme countries."""
        return self.programme.union(*self.shortlist.values())

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
    # Endings glued to words that the matcher also tries without (Indonesian "-ku", "-nya": fotoku, pacarnya).
    suffixes: list[str] = Field(default_factory=list)
    # Common words of this language one letter away from a risky word (French "chante" from "chantaj*"): never
    # read as a typo.
    real_words: list[str] = Field(default_factory=list)
    # Written in Latin letters with digits for letters (Arabizi: wa7ed, 5ayfa): a word typed so is this language's.
    arabizi: bool = False
    concepts: dict[str, list[WordFamily]] = Field(min_length=1)


def _alternatives(term: str) -> list[str]:
    return term.split("|")


DisclosureKind = Literal["sextortion", "image_shared", "ai_image", "grooming", "abuse", "threat", "general"]


class _Terms(StrictModel):
    """Every term of `when` present (a term is CONCEPT or CONCEPT|CONCEPT) and none of `unless`."""

    when: list[str] = Field(min_length=1)
    unless: list[str] = Field(default_factory=list)

    def concepts(self) -> set[str]:
        return {c for term in [*self.when, *self.unless] for c in _alternatives(term)}


class SafetyRule(_Terms):
    """A disclosure of `kind` when its terms hold; with `max_words`, only in a message that short."""

    kind: DisclosureKind
    max_words: int | None = Field(default=None, ge=1)
    why: str = Field(min_length=3)


class SafetyDoubt(_Terms):
    """A harmless reading that outweighs every rule: when every term of `when` is present and none of `unless`
    (what shows the writer or a child close to them is involved after all), no disclosure is recognised.
    "what should someone do if they are blackmailed" is a question; "what do i do he has my nudes" is not."""

    name: str = Field(min_length=3)
    why: str = Field(min_length=3)


class SafetyKindChange(_Terms):
    """A disclosure a rule named `kind` is answered as `becomes` when every term of `when` is present and none of
    `unless`: it changes the first steps, never whether a disclosure is recognised. A threat from a stepfather is
    answered with "tell an adult who is not the one threatening you", not "block the account"."""

    kind: DisclosureKind
    becomes: DisclosureKind
    why: str = Field(min_length=3)


class SafetyCancel(StrictModel):
    """Words that take back another concept's reading of the same message: "no es broma" holds the word for a joke,
    and says the opposite, so NOT_A_JOKE cancels LAUGH (the veto that keeps "te voy a matar jaja" from a rule)."""

    concept: str = Field(min_length=1)
    cancels: list[str] = Field(min_length=1)
    why: str = Field(min_length=3)


class SafetyTerm(StrictModel):
    """Alternatives written once and named, for a term several rules share: `when: [BLACKMAIL, INVOLVED|NUDE]`."""

    means: str = Field(min_length=1)  # CONCEPT|CONCEPT|...
    why: str = Field(min_length=3)


def _expand(term: str, means: dict[str, list[str]]) -> str:
    concepts = (c for alternative in _alternatives(term) for c in means.get(alternative, [alternative]))
    return "|".join(dict.fromkeys(concepts))


def _expand_item(item: Any, means: dict[str, list[str]]) -> Any:
    """A raw rule or doubt with its `when` and `unless` terms expanded (anything else is left to validation)."""
    if not isinstance(item, dict):
        return item
    fields = ("when", "unless")
    return {**item, **{f: [_expand(str(t), means) for t in item[f]] for f in fields if isinstance(item.get(f), list)}}


def _require_known(where: str, used: set[str], known: set[str]) -> None:
    unknown = sorted(used - known)
    if unknown:
        raise ValueError(f"{where}: unknown concept {', '.join(unknown)}")


class SafetyRules(StrictModel):
    """The concepts every language's words fill in, the doubts that make a message harmless whatever else it says,
    and the rules that combine concepts (content/help/safety/rules.yaml). Rules are tried in order; the first that
    holds names the kind. A name from `terms` in a rule or doubt stands for its concepts (expanded on loading: the
    matcher sees concepts only)."""

    concepts: dict[str, str] = Field(min_length=1)
    terms: dict[str, SafetyTerm] = Field(default_factory=dict)
    doubts: list[SafetyDoubt] = Field(default_factory=list)
    rules: list[SafetyRule] = Field(min_length=1)
    kind_changes: list[SafetyKindChange] = Field(default_factory=list)
    cancels: list[SafetyCancel] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _expand_terms(cls, data: Any) -> Any:
        terms = data.get("terms") if isinstance(data, dict) else None
        if not isinstance(terms, dict) or not terms:
            return data
        means = {str(name): _alternatives(str(term.get("means", ""))) for name, term in terms.items()
                 if isinstance(term, dict)}
        expanded = dict(data)
        for key in ("rules", "doubts", "kind_changes"):
            if isinstance(data.get(key), list):
                expanded[key] = [_expand_item(item, means) for item in data[key]]
        return expanded

    @model_validator(mode="after")
    def _known_concepts(self) -> SafetyRules:
        for name in self.concepts:
            if not _CONCEPT.match(name):
                raise ValueError(f"concept {name!r}: use CAPITALS, digits and _")
        known = set(self.concepts)
        for name, term in self.terms.items():
            if not _CONCEPT.match(name) or name in self.concepts:
                raise ValueError(f"terms.{name}: a term's name is in CAPITALS, digits and _ and is not a concept's")
            _require_known(f"terms.{name}.means", set(_alternatives(term.means)), known)
        for number, rule in enumerate(self.rules):
            _require_known(f"rules[{number}]", rule.concepts(), known)
        seen: set[str] = set()
        for doubt in self.doubts:
            _require_known(f"doubt {doubt.name}", doubt.concepts(), known)
            if doubt.name in seen:
                # Two writers' doubts of one name: the looser one would hold where the other was meant not to.
                raise ValueError(f"doubt {doubt.name}: the name is used twice; merge the two into one")
            seen.add(doubt.name)
        for number, change in enumerate(self.kind_changes):
            _require_known(f"kind_changes[{number}]", change.concepts(), known)
            if change.kind == change.becomes:
                raise ValueError(f"kind_changes[{number}]: becomes {change.becomes!r}, the kind it changes")
        for number, cancel in enumerate(self.cancels):
            _require_known(f"cancels[{number}]", {cancel.concept, *cancel.cancels}, known)
            if cancel.concept in cancel.cancels:
                raise ValueError(f"cancels[{number}]: {cancel.concept} cancels itself")
        return self


@dataclass(frozen=True)
class SafetyContent:
    rules: SafetyRules
    languages: dict[str, SafetyLanguage]


def local_resources(resources: HelpResources, rules: CountryRules, country: str | None) -> list[Resource]:
    """A country's own entries, then the EU ones (in member states) it has no entry of the same kind and number
    for, the service to contact first first."""
    local = list(resources.countries.get(country or "", []))
    if country in rules.eu:
        have = {(r.kind, r.phone) for r in local}
        local += [r for r in resources.eu if (r.kind, r.phone) not in have]
    return sorted(local, key=lambda r: KIND_ORDER.index(r.kind))


def has_child_helpline(resources: HelpResources, rules: CountryRules, country: str | None) -> bool:
    return any(r.kind == "child_helpline" for r in local_resources(resources, rules, country))


def emergency_resource(resources: HelpResources, rules: CountryRules, country: str | None) -> Resource | None:
    return next((r for r in local_resources(resources, rules, country) if r.kind == "emergency" and r.phone), None)
