"""Which help resources to show a person: their country's, the EU's where it applies, then global ones."""

from __future__ import annotations

from bot.content.catalog import Catalog
from bot.content.help import Resource


def resources_for(catalog: Catalog, country: str | None) -> list[Resource]:
    local = list(catalog.help.countries.get(country or "", []))
    if country in catalog.countries.eu:
        have = {(r.kind, r.phone) for r in local}
        local += [r for r in catalog.help.eu if (r.kind, r.phone) not in have]
    return local + list(catalog.help.global_)


def emergency_number(catalog: Catalog, country: str | None) -> str | None:
    for resource in resources_for(catalog, country):
        if resource.kind == "emergency" and resource.phone:
            return resource.phone
    return None


def first_contact(catalog: Catalog, country: str | None) -> Resource | None:
    """The single most useful line for a person in `country`: their child helpline, else the emergency number.
    (A minimal version until the help-resources rewrite lands; same signature.)"""
    resources = resources_for(catalog, country)
    for kind in ("child_helpline", "emergency"):
        for resource in resources:
            if resource.kind == kind:
                return resource
    return None
