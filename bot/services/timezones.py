"""Time zones of a country (from the IANA zone.tab shipped by the tzdata package)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from zoneinfo import available_timezones


@cache
def _zone_table() -> dict[str, tuple[str, ...]]:
    text = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    table: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        parts = line.split("\t")
        table.setdefault(parts[0], []).append(parts[2])
    return {country: tuple(sorted(zones)) for country, zones in table.items()}


def zones_for(country: str | None) -> tuple[str, ...]:
    """The country's zones, or UTC when the country is unknown."""
    return _zone_table().get((country or "").upper(), ()) or ("UTC",)


def is_zone(name: str) -> bool:
    return name == "UTC" or name in available_timezones()
