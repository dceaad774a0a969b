"""Which help resources a person sees (their country's first, the EU's where it applies, then the worldwide ones,
each only to the audiences it is for), and what the real content promises: every offered country has a sourced
child helpline or is a listed gap, every entry has a source address and a date, every label exists in every
language."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from bot.content.catalog import Catalog, load_catalog
from bot.content.help import RESOURCE_AUDIENCES, RESOURCE_KINDS, Resource
from bot.content.i18n import I18n, parse_locale
from bot.services.help_resources import emergency_number, first_contact, has_child_helpline, resources_for
from bot.settings import PROJECT_ROOT
from tests.auxil.languages import LANGUAGES

RESOURCES_FILE = PROJECT_ROOT / "content" / "help" / "resources.yaml"
PROGRAMME = ("ID", "KE", "RO", "GT")
# Shortlists being added with Swahili, Indonesian and Romanian lead with these.
COMING = ("TZ", "UG", "RW", "MD")


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(PROJECT_ROOT / "content")


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    return yaml.safe_load(RESOURCES_FILE.read_text(encoding="utf-8"))


def _raw_entries(raw: dict[str, Any]) -> list[dict[str, Any]]:
    entries = [*raw["global"], *raw.get("eu", [])]
    for items in raw.get("countries", {}).values():
        entries += items
    return entries


def _phones(resources: list[Resource]) -> list[str | None]:
    return [r.phone for r in resources]


# --- the real content ---------------------------------------------------------------------------------------


def test_every_offered_country_has_a_child_helpline_or_is_a_listed_gap(catalog: Catalog) -> None:
    offered = catalog.countries.offered()
    assert set(PROGRAMME) <= offered
    assert {c for codes in catalog.countries.shortlist.values() for c in codes} <= offered
    for country in sorted(offered | set(COMING)):
        if has_child_helpline(catalog, country):
            assert "child_helpline" not in catalog.help.known_gaps.get(country, {}), country
        else:
            leads = catalog.help.known_gaps[country]["child_helpline"]
            assert leads and all(lead.strip() for lead in leads), country
    # Not a formality: most offered countries do have one.
    assert sum(has_child_helpline(catalog, c) for c in offered) >= 14


def test_every_entry_has_a_source_address_and_a_date(catalog: Catalog, raw: dict[str, Any]) -> None:
    everything = catalog.help.everything()
    assert len(everything) >= 30
    for resource in everything:
        assert resource.source.startswith(("https://", "http://")), resource.name
        assert all(s.startswith(("https://", "http://")) for s in resource.more_sources), resource.name
        assert resource.checked == date(2026, 12, 2), resource.name
        assert resource.phone or resource.url or resource.chat, resource.name
    # In the file itself, not a default filled in by the loader.
    entries = _raw_entries(raw)
    assert len(entries) == len(everything)
    for entry in entries:
        assert isinstance(entry.get("source"), str) and entry["source"].startswith("http"), entry["name"]
        assert isinstance(entry.get("checked"), date), entry["name"]
    # Sources are the operators' or governments' pages, not the internal notes they used to be.
    assert not [r.name for r in everything if "safety.md" in r.source or " " in r.source]


def test_labels_exist_in_every_language() -> None:
    english = parse_locale(PROJECT_ROOT / "locales", "en").texts
    assert {"en", "fr", "es", "pt", "ar", "sw", "id", "ro"} <= set(LANGUAGES)
    for code in LANGUAGES:
        texts = parse_locale(PROJECT_ROOT / "locales", code).texts
        where = parse_locale(PROJECT_ROOT / "locales", code).where
        for kind in RESOURCE_KINDS:
            assert texts.get(f"help-kind-{kind}", "").strip(), (code, kind)
            assert where[f"help-kind-{kind}"] == f"{code}/help.ftl"
        variants = [key for key in english if key.startswith("help-") and key.endswith(("-adult", "-caregiver"))]
        assert variants and all(texts.get(key, "").strip() for key in variants), code
        for key in ("help-hours-24-7", "help-chat", "help-no-helpline"):
            assert texts.get(key, "").strip(), (code, key)


def test_caregivers_are_never_told_of_you_and_children_never_for_adults() -> None:
    i18n = I18n(PROJECT_ROOT / "locales")
    of_you = re.compile(r"\bof you\b")
    assert of_you.search(i18n.t("en", "help-kind-takedown_minor"))
    assert "your child" in i18n.t("en", "help-kind-takedown_minor-caregiver")
    assert not of_you.search(i18n.t("en", "help-kind-takedown_minor-caregiver"))
    assert "votre enfant" in i18n.t("fr", "help-kind-takedown_minor-caregiver")
    assert "su hija o su hijo" in i18n.t("es", "help-kind-takedown_minor-caregiver")
    assert "anak Anda" in i18n.t("id", "help-kind-takedown_minor-caregiver")
    assert "copilul dumneavoastră" in i18n.t("ro", "help-kind-takedown_minor-caregiver")
    assert "mtoto wako" in i18n.t("sw", "help-kind-takedown_minor-caregiver")
    # What a young person reads is about them; what an adult reads, about a child.
    youth_pt = i18n.t("pt", "help-kind-takedown_minor")
    assert "sua" in youth_pt and "seu filho" not in youth_pt
    assert "Si un enfant" in i18n.t("fr", "help-footer-local-adult")


# --- what a person is shown -----------------------------------------------------------------------------------


def test_a_country_s_own_services_come_first_child_helpline_first(catalog: Catalog) -> None:
    for country in ("KE", "ID", "MA", "GB", "US"):  # not EU members: their own entries only
        resources = resources_for(catalog, country)
        own = catalog.help.countries[country]
        assert resources[0].kind == "child_helpline", country
        assert set(resources[: len(own)]) == set(own), country
    brazil = resources_for(catalog, "BR")
    assert [r.phone for r in brazil[:1]] == ["190"]  # no child helpline: the emergency number first
    assert {r.name for r in brazil[:4]} == {r.name for r in catalog.help.countries["BR"]}


def test_eu_countries_get_112_after_their_own_and_no_generic_116_111(catalog: Catalog) -> None:
    france = resources_for(catalog, "FR")
    assert _phones(france)[:3] == ["119", "112", "3018"]
    assert "116 111" not in _phones(france)
    assert _phones(resources_for(catalog, "DE")).count("112") == 1
    assert emergency_number(catalog, "RO") == "112"
    assert "112" not in _phones(resources_for(catalog, "KE"))  # not an EU member state


@pytest.mark.parametrize("country", ["ZZ", None, ""])
def test_unknown_country_gets_only_the_worldwide_ones(catalog: Catalog, country: str | None) -> None:
    assert resources_for(catalog, country) == [r for r in catalog.help.global_ if r.offered_to(None)]


def test_worldwide_entries_come_last_everywhere(catalog: Catalog) -> None:
    for audience in (None, *RESOURCE_AUDIENCES):
        tail = [r for r in catalog.help.global_ if r.offered_to(audience)]
        for country in [*catalog.help.countries, "FR", "DE", None]:
            assert resources_for(catalog, country, audience)[-len(tail) :] == tail, (country, audience)


def test_adults_only_services_are_never_a_child_s_option(catalog: Catalog) -> None:
    for country in ("FR", "KE", None):
        for audience in ("youth", None):
            assert "takedown_adult" not in [r.kind for r in resources_for(catalog, country, audience)]
        for audience in ("caregiver", "professional"):
            assert "takedown_adult" in [r.kind for r in resources_for(catalog, country, audience)]
    assert all("youth" not in r.audiences for r in catalog.help.everything() if r.kind == "takedown_adult")
    # Take It Down is for everyone: the young person, and the caregiver helping them.
    for audience in (None, *RESOURCE_AUDIENCES):
        assert "takedown_minor" in [r.kind for r in resources_for(catalog, "BR", audience)]


@pytest.mark.parametrize(
    ("country", "number"),
    [("FR", "119"), ("KE", "116"), ("ID", "129"), ("MA", "2511"), ("MD", "116 111"), ("BR", "190"), ("MX", "911")],
)
def test_first_contact(catalog: Catalog, country: str, number: str) -> None:
    contact = first_contact(catalog, country)
    assert contact is not None and contact.phone == number


@pytest.mark.parametrize("country", ["CD", "HN", "ZZ", None])
def test_no_first_contact(catalog: Catalog, country: str | None) -> None:
    assert first_contact(catalog, country) is None


@pytest.mark.parametrize(
    ("country", "number"),
    [("GB", "999"), ("GT", "110"), ("FR", "112"), ("RO", "112"), ("DE", "112"), ("BR", "190"), ("CO", "123")],
)
def test_emergency_number(catalog: Catalog, country: str, number: str) -> None:
    assert emergency_number(catalog, country) == number


@pytest.mark.parametrize("country", ["XX", "KE", "US", None])
def test_no_emergency_number_when_none_is_sourced(catalog: Catalog, country: str | None) -> None:
    assert emergency_number(catalog, country) is None


# --- the schema -------------------------------------------------------------------------------------------------

VALID = {"kind": "emergency", "name": "112", "phone": "112", "source": "https://example.org/a", "checked": "2026-12-02"}


@pytest.mark.parametrize("field", ["source", "checked"])
def test_a_resource_without_a_source_or_date_is_rejected(field: str) -> None:
    with pytest.raises(ValidationError, match=field):
        Resource.model_validate({k: v for k, v in VALID.items() if k != field})


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("source", "shared/domain/safety.md"),
        ("source", "https://"),
        ("checked", "last week"),
        ("phone", "call 112"),
        ("url", "http://insecure.example.org"),
        ("chat", "www.example.org"),
        ("hours", "9-5"),
        ("audiences", ["children"]),
        ("audiences", []),
        ("kind", "hotline_for_adults"),
    ],
)
def test_bad_fields_are_rejected(field: str, value: Any) -> None:
    with pytest.raises(ValidationError):
        Resource.model_validate({**VALID, field: value})


def test_a_valid_resource_and_its_defaults() -> None:
    resource = Resource.model_validate(VALID)
    assert resource.audiences == frozenset(RESOURCE_AUDIENCES)
    assert resource.checked == date(2026, 12, 2)
    assert resource.offered_to(None) and resource.offered_to("caregiver")
