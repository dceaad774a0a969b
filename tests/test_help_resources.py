"""Which help resources a person sees: their country's, the EU's where it applies, then the global ones."""

from __future__ import annotations

import pytest
import yaml
from pydantic import ValidationError

from bot.content.catalog import Catalog, load_catalog
from bot.content.help import Resource
from bot.services.help_resources import emergency_number, resources_for
from bot.settings import PROJECT_ROOT

RESOURCES_FILE = PROJECT_ROOT / "content" / "help" / "resources.yaml"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(PROJECT_ROOT / "content")


def _phones(resources: list[Resource]) -> list[str | None]:
    return [r.phone for r in resources]


def test_romania_gets_its_own_lines_and_no_duplicate_116_111(catalog: Catalog) -> None:
    resources = resources_for(catalog, "RO")
    assert any(r.phone == "119" and r.kind == "abuse_report_line" for r in resources)
    helplines = [r for r in resources if r.phone == "116 111"]
    assert len(helplines) == 1
    assert helplines[0] == catalog.help.countries["RO"][0]  # Romania's own entry, not the EU one
    assert helplines[0].name != next(r.name for r in catalog.help.eu if r.phone == "116 111")
    assert "112" in _phones(resources)  # the EU emergency number still applies
    assert resources[: len(catalog.help.countries["RO"])] == catalog.help.countries["RO"]


def test_france_gets_the_eu_entries(catalog: Catalog) -> None:
    assert "FR" in catalog.countries.eu
    assert "FR" not in catalog.help.countries
    resources = resources_for(catalog, "FR")
    phones = _phones(resources)
    assert phones.count("116 111") == 1
    assert phones.count("112") == 1
    assert resources == list(catalog.help.eu) + list(catalog.help.global_)


@pytest.mark.parametrize("country", ["BR", "ZZ", "XX", None, ""])
def test_country_without_entries_gets_only_global_ones(catalog: Catalog, country: str | None) -> None:
    assert resources_for(catalog, country) == list(catalog.help.global_)


def test_non_eu_country_gets_no_eu_entries(catalog: Catalog) -> None:
    resources = resources_for(catalog, "KE")
    assert "116 111" not in _phones(resources)
    assert "112" not in _phones(resources)
    assert resources == list(catalog.help.countries["KE"]) + list(catalog.help.global_)


def test_global_entries_come_last_everywhere(catalog: Catalog) -> None:
    count = len(catalog.help.global_)
    for country in [*catalog.help.countries, "FR", "DE", None]:
        assert resources_for(catalog, country)[-count:] == list(catalog.help.global_), country


def test_every_resource_has_a_source(catalog: Catalog) -> None:
    everything = [*catalog.help.global_, *catalog.help.eu]
    for entries in catalog.help.countries.values():
        everything += entries
    assert len(everything) >= 10
    for resource in everything:
        assert resource.source.strip(), resource.name
        assert resource.phone or resource.url, resource.name
    # And in the file itself, not a default filled in by the loader.
    raw = yaml.safe_load(RESOURCES_FILE.read_text(encoding="utf-8"))
    entries = [*raw["global"], *raw.get("eu", [])]
    for items in raw.get("countries", {}).values():
        entries += items
    assert len(entries) == len(everything)
    assert all(isinstance(entry.get("source"), str) and entry["source"].strip() for entry in entries)


def test_a_resource_without_a_source_is_rejected() -> None:
    with pytest.raises(ValidationError, match="source"):
        Resource.model_validate({"kind": "emergency", "name": "Emergency", "phone": "112"})


@pytest.mark.parametrize(
    ("country", "number"), [("US", "911"), ("GB", "999"), ("GT", "110"), ("FR", "112"), ("RO", "112"), ("DE", "112")]
)
def test_emergency_number(catalog: Catalog, country: str, number: str) -> None:
    assert emergency_number(catalog, country) == number


@pytest.mark.parametrize("country", ["XX", "KE", "BR", None])
def test_no_emergency_number(catalog: Catalog, country: str | None) -> None:
    assert emergency_number(catalog, country) is None
