"""Which help resources to show a person: their country's, the EU's where it applies, then the worldwide ones,
each only to the audiences it is meant for (never an adults-only service as a child's option)."""

from __future__ import annotations

from bot.content.catalog import Catalog
from bot.content.help import Resource, emergency_resource, local_resources
from bot.content.help import has_child_helpline as _has_child_helpline


def resources_for(catalog: Catalog, country: str | None, audience: str | None = None) -> list[Resource]:
    """What to show someone in `country` (None: not said) whose audience is youth, caregiver or professional
    (None: not known yet, so they are shown what a young person is shown): the country's own services first."""
    everything = local_resources(catalog.help, catalog.countries, country) + list(catalog.help.global_)
    return [r for r in everything if r.offered_to(audience)]


def emergency_number(catalog: Catalog, country: str | None) -> str | None:
    resource = emergency_resource(catalog.help, catalog.countries, country)
    return resource.phone if resource else None


def has_child_helpline(catalog: Catalog, country: str | None) -> bool:
    return _has_child_helpline(catalog.help, catalog.countries, country)


def first_contact(catalog: Catalog, country: str | None) -> Resource | None:
    """The one service to name first to someone who needs help now: the country's child helpline, else its
    emergency number, else None (then the worldwide directories are all there is)."""
    local = local_resources(catalog.help, catalog.countries, country)
    helpline = next((r for r in local if r.kind == "child_helpline"), None)
    return helpline or emergency_resource(catalog.help, catalog.countries, country)
