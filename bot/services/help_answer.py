"""What a help or disclosure answer says, chosen before any words: the first line (the person's child helpline,
or the emergency number when they may be in danger now), the first steps for what was recognised, and whether
to offer a country picker. Handlers render it (bot/features/help.py); nothing here knows Telegram."""

from __future__ import annotations

from dataclasses import dataclass

from bot.content.catalog import Catalog
from bot.content.help import DISCLOSURE_KINDS, Resource
from bot.services.countries import NOT_SAID, all_codes
from bot.services.help_resources import emergency_number, first_contact, resources_for

# Kinds where someone may be in danger right now: the emergency number comes first.
DANGER_KINDS = frozenset({"abuse", "threat"})
# One letter per kind for button data (hc:<country>:<letter>), so a picked country keeps the first steps.
KIND_CODES = {"sextortion": "s", "image_shared": "i", "ai_image": "a", "grooming": "g", "abuse": "b",
              "threat": "t", "general": "n"}
KINDS_BY_CODE = {code: kind for kind, code in KIND_CODES.items()}
assert set(KIND_CODES) == set(DISCLOSURE_KINDS)


@dataclass(frozen=True)
class FirstLine:
    """`emergency` with a number, `helpline` with a resource (a child helpline, or the directory of them when the
    country is unknown), or `none`."""

    what: str
    resource: Resource | None = None
    number: str | None = None


@dataclass(frozen=True)
class HelpPlan:
    country: str | None  # None when unknown or not said
    first: FirstLine
    kind: str | None  # the disclosure's kind, for its first steps; None for a plain request for help
    pick_country: bool  # offer the country picker inside the answer


def known_country(country: str | None) -> str | None:
    return country if country and country != NOT_SAID and country in all_codes() else None


def plan_help(catalog: Catalog, country: str | None, kind: str | None = None) -> HelpPlan:
    known = known_country(country)
    emergency = emergency_number(catalog, known) if known else None
    contact = first_contact(catalog, known) if known else None
    directory = next((r for r in resources_for(catalog, None) if r.kind == "helpline_directory"), None)
    if kind in DANGER_KINDS and emergency:
        first = FirstLine("emergency", number=emergency)
    elif contact is not None and contact.kind == "child_helpline":
        first = FirstLine("helpline", resource=contact)
    elif emergency:
        first = FirstLine("emergency", number=emergency)
    elif known is None and directory is not None:
        first = FirstLine("directory", resource=directory)
    else:
        first = FirstLine("none")
    return HelpPlan(known, first, kind if kind in DISCLOSURE_KINDS else None, pick_country=known is None)


def kind_code(kind: str | None) -> str:
    return KIND_CODES.get(kind or "", "")


def kind_from_code(code: str) -> str | None:
    return KINDS_BY_CODE.get(code)
