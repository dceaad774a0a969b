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
