"""`check-content` on help resources: an entry without its source address or date fails naming the file and the
field; every offered country has a child helpline or a listed gap; the gaps are printed for programmes.

Each broken fixture is a copy of the real content/ and locales/ with one thing changed."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.content.check import Report, check_content
from bot.settings import PROJECT_ROOT

RESOURCES = "content/help/resources.yaml"


class Copy:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.resources_file = root / "content" / "help" / "resources.yaml"
        self.baseline = self.check()

    def check(self, today: date | None = None) -> Report:
        return check_content(self.root / "content", self.root / "locales", today=today)

    def edit(self, change: Callable[[dict[str, Any]], None]) -> None:
        data = yaml.safe_load(self.resources_file.read_text(encoding="utf-8"))
        change(data)
        self.resources_file.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

    def new_errors(self) -> list[str]:
        """Errors about help that the change brought (other features' content may be mid-translation on main)."""
        return [e for e in self.check().errors if e not in self.baseline.errors and "help" in e]


@pytest.fixture
def copy(tmp_path: Path) -> Copy:
    shutil.copytree(PROJECT_ROOT / "content", tmp_path / "content")
    shutil.copytree(PROJECT_ROOT / "locales", tmp_path / "locales")
    return Copy(tmp_path)


def test_the_real_content_passes_and_prints_its_gaps() -> None:
    report = check_content(PROJECT_ROOT / "content", PROJECT_ROOT / "locales", today=date(2026, 12, 2))
    # Other features' content may be mid-translation on main; nothing about help may fail.
    assert [e for e in report.errors if "help" in e] == []
    no_helpline = report.help_gaps["child helpline (the directories are shown)"]
    no_emergency = report.help_gaps["emergency number"]
    assert "BR" in no_helpline and "RO" in no_helpline
    assert "FR" not in no_helpline and "KE" not in no_helpline
    assert "KE" in no_emergency and "FR" not in no_emergency
    lines = report.render().splitlines()
    assert "Help for the offered countries (countries.yaml: shortlists and programme)" in lines
    assert f"no child helpline (the directories are shown): {', '.join(no_helpline)}" in lines
    assert f"no emergency number: {', '.join(no_emergency)}" in lines
    # Dated today, nothing is stale.
    assert not [w for w in report.warnings if "over a year ago" in w]


@pytest.mark.parametrize("field", ["source", "checked"])
def test_an_entry_without_a_source_or_date_fails_naming_file_and_field(copy: Copy, field: str) -> None:
    copy.edit(lambda data: data["countries"]["KE"][0].pop(field))
    assert copy.new_errors() == [f"{RESOURCES}: countries.KE[0].{field}: Field required"]
    assert not copy.check().ok


def test_a_source_that_is_not_an_address_fails(copy: Copy) -> None:
    copy.edit(lambda data: data["global"][0].update(source="NCMEC (shared/domain/safety.md)"))
    [error] = copy.new_errors()
    assert error.startswith(f"{RESOURCES}: global[0].source: String should match pattern")


def test_an_offered_country_without_a_helpline_must_be_a_listed_gap(copy: Copy) -> None:
    copy.edit(lambda data: data["known_gaps"].pop("BR"))
    [error] = copy.new_errors()
    assert error.startswith(f"{RESOURCES}: known_gaps.BR.child_helpline: BR is offered (countries.yaml)")


def test_removing_a_country_s_helpline_needs_its_gap_listed(copy: Copy) -> None:
    copy.edit(lambda data: data["countries"]["KE"].pop(0))
    [error] = copy.new_errors()
    assert error.startswith(f"{RESOURCES}: known_gaps.KE.child_helpline: KE is offered")


def test_a_filled_gap_must_be_removed(copy: Copy) -> None:
    copy.edit(lambda data: data["known_gaps"].setdefault("FR", {}).update(child_helpline=["old lead"]))
    assert copy.new_errors() == [
        f"{RESOURCES}: known_gaps.FR.child_helpline: FR has a child_helpline entry now; remove the gap"
    ]


def test_an_adults_only_service_offered_to_youth_fails(copy: Copy) -> None:
    def offer_stopncii_to_youth(data: dict[str, Any]) -> None:
        [stopncii] = [entry for entry in data["global"] if entry["kind"] == "takedown_adult"]
        stopncii["audiences"] = ["youth", "caregiver"]

    copy.edit(offer_stopncii_to_youth)
    [error] = copy.new_errors()
    assert error.startswith(f"{RESOURCES}: global[")
    assert error.endswith("].audiences: an adults-only service must not be offered to youth")


def test_a_label_missing_in_one_language_fails(copy: Copy) -> None:
    path = copy.root / "locales" / "fr" / "help.ftl"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(line for line in lines if not line.startswith("help-kind-online_help =")), "utf-8")
    assert copy.new_errors() == [f"locales/fr: 'help-kind-online_help' is missing (needed by {RESOURCES})"]


def test_old_checks_are_flagged_for_a_new_look(copy: Copy) -> None:
    report = copy.check(today=date(2028, 1, 15))
    assert [e for e in report.errors if "help" in e] == []
    stale = [w for w in report.warnings if "over a year ago" in w]
    assert f"{RESOURCES}: countries.KE[0].checked: 2026-12-02 is over a year ago; check it again" in stale
