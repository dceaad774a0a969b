"""Check-in aggregation and suppression on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.content.catalog import load_catalog
from bot.services.analytics import Analytics
from bot.services.checkins import MIN_GROUP, CheckinError, Checkins, end_of_day
from bot.services.profiles import begin_onboarding, record_consent
from bot.settings import PROJECT_ROOT
from bot.store.db import Store

CATALOG = load_catalog(PROJECT_ROOT / "content")


@pytest.fixture
async def service(database: tuple[str, dict[str, Any]]) -> Any:
    url, options = database
    store = Store(url, **options)
    await store.migrate()
    yield store, Checkins(CATALOG, Analytics(b"k" * 32))
    await store.close()


async def _respondent(store: Store, checkins: Checkins, telegram_id: int, country: str, round_id: int,
                      answers: dict[int, str], verified: bool = False) -> None:
    async with store.transaction() as session:
        user = await begin_onboarding(session, telegram_id, "en")
        user.audience, user.sector, user.country, user.verified = "professional", "gov", country, verified
        record_consent(user)
        progress = await checkins.begin(session, user, round_id)
        for index in range(len(progress.items)):
            value = answers.get(index)
            if value is None:
                progress = await checkins.skip(session, user, round_id, index)
            else:
                progress = await checkins.answer(session, user, round_id, index, value)


async def test_results_suppress_cells_under_five(service: Any) -> None:
    store, checkins = service
    async with store.transaction() as session:
        row = await checkins.open_round(session, "general-pulse", "R1", end_of_day("2099-01-01"))
    for n in range(MIN_GROUP):
        await _respondent(store, checkins, 1000 + n, "KE", row.id, {0: "building" if n < 3 else "maturity"})
    for n in range(MIN_GROUP - 1):
        await _respondent(store, checkins, 2000 + n, "RO", row.id, {0: "integration"})
    await _respondent(store, checkins, 3000, "KE", row.id, {0: "building"}, verified=True)
    async with store.transaction() as session:
        results = await checkins.results(session, row.id)
    first_item = CATALOG.questionnaires["general-pulse"].items[0].id
    cells = {(c.country, c.verified): c for c in results if c.item_id == first_item}
    assert cells[("KE", False)].counts == {"building": 3, "maturity": 2}
    assert not cells[("KE", False)].suppressed
    assert cells[("RO", False)].suppressed and cells[("RO", False)].counts == {}
    assert cells[("KE", True)].suppressed  # verified answers are kept apart, and 1 < 5
    assert cells[("KE", False)].capabilities == CATALOG.questionnaires["general-pulse"].items[0].capabilities


async def test_country_distribution_threshold(service: Any) -> None:
    store, checkins = service
    async with store.transaction() as session:
        row = await checkins.open_round(session, "general-pulse", "R2", end_of_day("2099-01-01"))
    for n in range(MIN_GROUP - 1):
        await _respondent(store, checkins, 4000 + n, "GT", row.id, {0: "enhancement"})
    async with store.transaction() as session:
        user = await begin_onboarding(session, 4999, "en")
        user.audience, user.sector, user.country = "professional", "gov", "GT"
        record_consent(user)
        progress = await checkins.begin(session, user, row.id)
        assert await checkins.country_distributions(session, progress) == []
        progress = await checkins.answer(session, user, row.id, 0, "dk")
        distributions = await checkins.country_distributions(session, progress)
    assert [(d.total, d.counts) for d in distributions] == [(5, {"enhancement": 4, "dk": 1})]


async def test_rounds_reject_duplicates_closed_and_unknown(service: Any) -> None:
    store, checkins = service
    async with store.transaction() as session:
        row = await checkins.open_round(session, "general-pulse", "R3", end_of_day("2099-01-01"))
    with pytest.raises(CheckinError):
        async with store.transaction() as session:
            await checkins.open_round(session, "general-pulse", "R3", end_of_day("2099-01-01"))
    with pytest.raises(CheckinError):
        async with store.transaction() as session:
            await checkins.open_round(session, "no-such-pulse", "R4", end_of_day("2099-01-01"))
    async with store.transaction() as session:
        await checkins.close_round(session, row.id)
        user = await begin_onboarding(session, 5000, "en")
        user.audience, user.sector = "professional", "gov"
        assert await checkins.open_rounds_for(session, user) == []
    with pytest.raises(CheckinError):
        async with store.transaction() as session:
            user = await begin_onboarding(session, 5000, "en")
            await checkins.begin(session, user, row.id)


async def test_export_is_pseudonymous(service: Any, tmp_path: Path) -> None:
    store, checkins = service
    async with store.transaction() as session:
        row = await checkins.open_round(session, "justice-pulse", "R5", end_of_day("2099-01-01"))
    async with store.transaction() as session:
        user = await begin_onboarding(session, 6000, "en")
        user.audience, user.sector, user.country = "professional", "police", "KE"
        record_consent(user)
    await _respondent(store, checkins, 6000, "KE", row.id, {0: "dk", 1: "dk"})
    async with store.transaction() as session:
        text = await checkins.export_csv(session, row.id)
    lines = text.strip().splitlines()
    assert len(lines) == 3
    assert "6000" not in text
    assert Analytics(b"k" * 32).pseudonym(6000) in lines[1]


def test_every_mnr_capability_is_asked_about_somewhere() -> None:
    """Pulse results are read capability by capability: each of the 21 needs at least one item."""
    asked = {c for q in CATALOG.questionnaires.values() for item in q.items for c in item.capabilities}
    model = {c for domain in CATALOG.mnr.domains for c in domain.capabilities}
    assert model == set(range(1, 22))
    assert model - asked == set()
