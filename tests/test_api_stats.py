"""The staff HTTP API on SQLite and PostgreSQL: reach, funnel, check-ins, cohorts, FLOIP, CSV, auth, suppression."""

from __future__ import annotations

import asyncio
import csv
import functools
import io
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import func, select

from bot.services import flow_results as flow_results_module
from bot.services.api_tokens import create_token, revoke_token
from bot.services.privacy import forget
from bot.services.runtime import Runtime
from bot.services.stats import DIMENSIONS, METRICS, Period, Stats
from bot.store.db import Store
from bot.store.models import (
    CheckinAnswer,
    CheckinRespondent,
    CheckinRound,
    Cohort,
    CohortMember,
    Event,
    ReachDay,
    StatsState,
    User,
)
from bot.web import create_web_app
from tests.auxil.harness import make_settings

MARCH = {"from": "2026-03-01", "to": "2026-03-31"}
SPRING = {"from": "2026-02-01", "to": "2026-03-31"}


def at(day: str, hour: int = 10) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC)


@dataclass
class Person:
    pseudonym: str
    audience: str
    age_band: str | None
    country: str
    locale: str


def events_for(person: Person, day: str, series: str, *, cards: int = 2, lesson: str | None = None,
               quiz: int | None = None, series_done: bool = False, cohort: int | None = None,
               capability: int = 13) -> list[Event]:
    base = {"pseudonym": person.pseudonym, "audience": person.audience, "age_band": person.age_band,
            "country": person.country, "locale": person.locale, "capability": capability, "series": series,
            "cohort_id": cohort}
    when = at(day)
    rows = [Event(kind="lesson_started", occurred_at=when, lesson=lesson or "intro", **base)]
    rows += [Event(kind="card_viewed", occurred_at=when + timedelta(minutes=i + 1), lesson=lesson or "intro",
                   value=i, **base) for i in range(cards)]
    if quiz is not None:
        rows.append(Event(kind="quiz_answered", occurred_at=when + timedelta(minutes=10), lesson=lesson or "intro",
                          value=quiz, **base))
    if lesson is not None:
        rows.append(Event(kind="lesson_completed", occurred_at=when + timedelta(minutes=11), lesson=lesson, **base))
    if series_done:
        rows.append(Event(kind="series_completed", occurred_at=when + timedelta(minutes=12), **base))
    return rows


async def seed(store: Store) -> dict[str, Any]:
    """March 2026: 12 Kenyan 13-15s (in-control; 6 finished it), 3 Kenyan caregivers, 8 Romanian 16-17s
    (5 of them in cohort 1). February: 6 Guatemalan caregivers. Five Kenyans also did a capability-14 poll."""
    ke = [Person(f"ke{i:02d}", "youth", "13-15", "KE", "en") for i in range(12)]
    carers = [Person(f"kc{i:02d}", "caregiver", None, "KE", "en") for i in range(3)]
    ro = [Person(f"ro{i:02d}", "youth", "16-17", "RO", "fr") for i in range(8)]
    gt = [Person(f"gt{i:02d}", "caregiver", None, "GT", "es") for i in range(6)]
    async with store.transaction() as session:
        for i, person in enumerate(ke):
            session.add_all(events_for(person, "2026-03-03", "in-control", lesson="footprint", quiz=i % 2,
                                       series_done=i < 6))
        for i, person in enumerate(ke[:5]):
            session.add(Event(pseudonym=person.pseudonym, kind="poll_answered", occurred_at=at("2026-03-04"),
                              audience="youth", age_band="13-15", country="KE", locale="en", capability=14,
                              value=i))
        for person in carers:
            session.add_all(events_for(person, "2026-03-10", "caregivers-talking"))
        for i, person in enumerate(ro):
            session.add_all(events_for(person, "2026-03-11", "in-control", lesson="footprint", quiz=1,
                                       cohort=1 if i < 5 else None))
        for person in gt:
            session.add_all(events_for(person, "2026-02-10", "caregivers-talking", lesson="risks-today"))
        # Events without a capability (onboarding) never reach the rollup.
        session.add(Event(pseudonym="ke00", kind="onboarded", occurred_at=at("2026-03-01"), audience="youth",
                          country="KE", locale="en"))
    return {"pseudonyms": [p.pseudonym for p in ke + carers + ro + gt]}


async def seed_checkins(store: Store) -> int:
    """A prevention-pulse round: 7 Kenyan, 3 Romanian and 6 Indonesian respondents."""
    async with store.transaction() as session:
        row = CheckinRound(code="2026-Q1", questionnaire="prevention-pulse", version=1,
                           opens_at=at("2026-01-01"), closes_at=at("2026-03-31"))
        session.add(row)
        await session.flush()
        answers = {"KE": ["building"] * 5 + ["integration", "dk"], "RO": ["maturity", "building", "building"],
                   "ID": ["enhancement"] * 6}
        for country, phases in answers.items():
            for i, phase in enumerate(phases):
                respondent = CheckinRespondent(round_id=row.id, pseudonym=f"resp-{country}-{i}", sector="edu",
                                               country=country, verified=True, position=6, finished_at=at("2026-02-01"))
                session.add(respondent)
                await session.flush()
                session.add_all([
                    CheckinAnswer(respondent_id=respondent.id, item="offender-support", answer=phase,
                                  answered_at=at("2026-02-01")),
                    CheckinAnswer(respondent_id=respondent.id, item="participation", answer="4",
                                  answered_at=at("2026-02-01", 11)),
                ])
        return row.id


async def seed_cohorts(store: Store) -> None:
    async with store.transaction() as session:
        users = [User(telegram_id=5000 + i, locale="en", stopped=False, inactive=False) for i in range(9)]
        session.add_all(users)
        big = Cohort(code="bigcode123", name="Form 3 Nairobi", audience="youth_13_15", locale="en", country="KE",
                     timezone="Africa/Nairobi", closed=False)
        small = Cohort(code="smallcode1", name="Parents evening", audience="caregiver", locale="fr", country="RO",
                       timezone="UTC", closed=True)
        session.add_all([big, small])
        await session.flush()
        session.add_all([CohortMember(cohort_id=big.id, user_id=u.id) for u in users[:6]])
        session.add_all([CohortMember(cohort_id=small.id, user_id=u.id) for u in users[6:]])


@functools.cache
def _template() -> Runtime:
    """Loading content and translations takes seconds; every test shares one copy and gets its own store."""
    return Runtime.build(make_settings("sqlite+aiosqlite:///:memory:", "http://127.0.0.1:9"))


def runtime_for(store: Store) -> Runtime:
    return replace(_template(), store=store, settings=make_settings(store.url, "http://127.0.0.1:9"))


@dataclass
class Api:
    client: TestClient
    rt: Runtime
    token: str
    seeded: dict[str, Any]
    round_id: int

    async def get(self, path: str, *, token: str | None = "default", **params: str) -> Any:
        headers = {}
        if token is not None:
            headers["Authorization"] = f"Bearer {self.token if token == 'default' else token}"
        return await self.client.get(f"/api/v1/{path}", params=params, headers=headers)

    async def json(self, path: str, **params: str) -> Any:
        response = await self.get(path, **params)
        assert response.status == 200, await response.text()
        return await response.json()


@pytest.fixture
async def api(database: tuple[str, dict[str, Any]]) -> AsyncIterator[Api]:
    url, options = database
    store = Store(url, **options)
    await store.migrate()
    rt = runtime_for(store)
    seeded = await seed(store)
    round_id = await seed_checkins(store)
    await seed_cohorts(store)
    async with store.transaction() as session:
        _row, token = await create_token(session, "tests")
    client = TestClient(TestServer(create_web_app(rt)))
    await client.start_server()
    try:
        yield Api(client, rt, token, seeded, round_id)
    finally:
        await client.close()
        await store.close()


def by(rows: list[dict[str, Any]], key: str) -> dict[Any, dict[str, Any]]:
    return {row[key]: row for row in rows}


def value(row: dict[str, Any], metric: str) -> Any:
    figure = row[metric]
    assert set(figure) == {"value", "suppressed"}
    assert (figure["value"] is None) == figure["suppressed"]
    return figure["value"]


# --- reach ----------------------------------------------------------------------------------------------


async def test_reach_totals_follow_the_definitions(api: Api) -> None:
    body = await api.json("reach", **MARCH)
    assert body["from"] == "2026-03-01" and body["to"] == "2026-03-31" and body["min_count"] == 5
    (row,) = body["rows"]
    assert value(row, "reached") == 23  # 12 + 3 + 8 viewed a card
    assert value(row, "engaged") == 20  # the caregivers finished no lesson
    assert value(row, "completed") == 6
    assert value(row, "active") == 23
    assert value(row, "quiz_people") == 20
    assert value(row, "quiz_answers") == 20
    assert value(row, "quiz_accuracy") == pytest.approx(14 / 20)  # 6 of 12 Kenyans and all 8 Romanians


async def test_reach_by_every_dimension(api: Api) -> None:
    expected: dict[str, dict[Any, int | None]] = {
        "capability": {13: 29, 14: 0},
        "audience": {"youth": 20, "caregiver": 9},
        "age_band": {"13-15": 12, "16-17": 8, None: 9},
        "country": {"KE": 15, "RO": 8, "GT": 6},
        "locale": {"en": 15, "fr": 8, "es": 6},
        "series": {"in-control": 20, "caregivers-talking": 9, None: 0},  # None: the poll
        "cohort": {1: 5, None: 24},
        "week": {"2026-02-09": 6, "2026-03-02": 12, "2026-03-09": 11},
        "month": {"2026-02": 6, "2026-03": 23},
    }
    assert set(expected) == set(DIMENSIONS)
    for dimension, cells in expected.items():
        body = await api.json("reach", group_by=dimension, **SPRING)
        assert body["group_by"] == [dimension]
        rows = body["rows"]
        assert rows and all(set(row) == {dimension, *METRICS} for row in rows)
        assert {key: value(row, "reached") for key, row in by(rows, dimension).items()} == cells, dimension


async def test_reach_by_several_dimensions_and_filters(api: Api) -> None:
    body = await api.json("reach", group_by="month,country", country="KE,GT", **SPRING)
    cells = {(r["month"], r["country"]): value(r, "reached") for r in body["rows"]}
    assert cells == {("2026-02", "GT"): 6, ("2026-03", "KE"): 15}
    assert body["filters"] == {"country": ["KE", "GT"]}

    body = await api.json("reach", group_by="series", audience="youth", age_band="16-17", locale="fr",
                          capability="13", cohort="1", **MARCH)
    assert [(r["series"], value(r, "reached")) for r in body["rows"]] == [("in-control", 5)]
    body = await api.json("reach", week="2026-03-09", month="2026-03", series="in-control", **SPRING)
    assert value(body["rows"][0], "reached") == 8
    body = await api.json("reach", country="ke", **MARCH)  # country codes are case-insensitive
    assert value(body["rows"][0], "reached") == 15


async def test_default_period_is_the_last_30_days(api: Api) -> None:
    body = await api.json("reach")
    today = api.rt.clock.now().date()
    assert body["to"] == today.isoformat()
    assert body["from"] == (today - timedelta(days=29)).isoformat()


# --- suppression ----------------------------------------------------------------------------------------


async def test_small_counts_are_suppressed_with_their_complement(api: Api) -> None:
    rows = by((await api.json("reach", group_by="audience", **MARCH))["rows"], "audience")
    # Caregivers: 3 people. Youth (20) is hidden too, or the total (23) minus 20 would give the 3 away.
    assert rows["caregiver"]["reached"] == {"value": None, "suppressed": True}
    assert rows["youth"]["reached"] == {"value": None, "suppressed": True}
    total = value((await api.json("reach", **MARCH))["rows"][0], "reached")
    assert total == 23
    visible = [value(r, "reached") for r in rows.values() if not r["reached"]["suppressed"]]
    hidden = [r for r in rows.values() if r["reached"]["suppressed"]]
    assert len(hidden) != 1  # total - visible is a sum of several hidden cells, never one cell
    assert total - sum(visible) == 23


async def test_difference_attack_through_marginal_totals_fails(api: Api) -> None:
    """Every table an attacker can ask for: the grand total, both one-way tables, the two-way table. Solving
    cell = marginal - visible cells, repeatedly, must never pin down a cell under 5."""
    grand = value((await api.json("reach", **MARCH))["rows"][0], "reached")
    by_country = {r["country"]: r["reached"] for r in (await api.json("reach", group_by="country", **MARCH))["rows"]}
    by_audience = {r["audience"]: r["reached"]
                   for r in (await api.json("reach", group_by="audience", **MARCH))["rows"]}
    two_way = {(r["country"], r["audience"]): r["reached"]
               for r in (await api.json("reach", group_by="country,audience", **MARCH))["rows"]}
    known: dict[Any, int] = {k: f["value"] for k, f in two_way.items() if not f["suppressed"]}
    margins: list[tuple[int | None, list[Any]]] = [(grand, list(two_way))]
    margins += [(f["value"], [k for k in two_way if k[0] == c]) for c, f in by_country.items()]
    margins += [(f["value"], [k for k in two_way if k[1] == a]) for a, f in by_audience.items()]
    changed = True
    while changed:
        changed = False
        for total, cells in margins:
            unknown = [k for k in cells if k not in known]
            if total is not None and len(unknown) == 1 and len(cells) > 1:
                known[unknown[0]] = total - sum(known[k] for k in cells if k in known)
                changed = True
    assert ("KE", "caregiver") not in known
    assert all(v >= 5 for v in known.values())


async def test_suppressed_cells_are_empty_in_csv(api: Api) -> None:
    response = await api.get("reach", group_by="audience", format="csv", **MARCH)
    assert response.status == 200
    assert response.content_type == "text/csv"
    rows = list(csv.DictReader(io.StringIO(await response.text())))
    assert list(rows[0]) == ["audience", *METRICS]
    assert {r["audience"]: r["reached"] for r in rows} == {"caregiver": "", "youth": ""}
    rows = list(csv.DictReader(io.StringIO(await (await api.get("reach", group_by="country", **MARCH)).text())))
    assert rows == []  # without format=csv or Accept: text/csv the answer is JSON, not CSV


async def test_csv_through_the_accept_header(api: Api) -> None:
    headers = {"Authorization": f"Bearer {api.token}", "Accept": "text/csv"}
    response = await api.client.get("/api/v1/reach", params={"group_by": "country", **MARCH}, headers=headers)
    assert response.content_type == "text/csv"
    rows = list(csv.DictReader(io.StringIO(await response.text())))
    assert {r["country"]: r["reached"] for r in rows} == {"KE": "15", "RO": "8"}
    headers["Accept"] = "application/json, text/csv;q=0.5"
    response = await api.client.get("/api/v1/reach", params=MARCH, headers=headers)
    assert response.content_type == "application/json"


# --- auth and errors ------------------------------------------------------------------------------------


async def test_missing_wrong_and_revoked_tokens_get_the_same_401(api: Api) -> None:
    bodies = []
    for token in (None, "", "sbt_not-a-real-token", api.token[:-1], "x" * 500):
        response = await api.get("reach", token=token)
        assert response.status == 401
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
        bodies.append(await response.text())
    response = await api.client.get("/api/v1/reach", headers={"Authorization": f"Basic {api.token}"})
    assert response.status == 401
    bodies.append(await response.text())
    async with api.rt.store.transaction() as session:
        assert await revoke_token(session, "tests") == 1
    response = await api.get("reach")
    assert response.status == 401
    bodies.append(await response.text())
    assert set(bodies) == {json.dumps({"error": "unauthorized"})}


async def test_unknown_paths_and_rounds_say_nothing_more(api: Api) -> None:
    assert (await api.get("nope", token=None)).status == 401  # no token: nothing is revealed, not even 404
    for path in ("nope", "checkins/999999", "checkins/99999999999/flow-results", "checkins/0/capabilities"):
        response = await api.get(path)
        assert response.status == 404
        assert await response.json() == {"error": "not_found"}


BAD_PARAMETERS = [
    {"group_by": "pseudonym"}, {"group_by": ""}, {"group_by": "country, week"}, {"from": "2026-13-01"},
    {"to": ""}, {"from": "1999-12-31"}, {"capability": "22"}, {"capability": "²"}, {"cohort": "-1"},
    {"cohort": "0"}, {"week": "2026-02-30"}, {"month": "2026-3"}, {"month": "0000-01"}, {"country": "K E"},
    {"country": "null"}, {"country": "KE'; DROP TABLE events; --"}, {"contry": "KE"}, {"format": "xml"},
    {"country": ",".join("KE" for _ in range(51))},
]


async def test_bad_parameters_get_a_400_naming_the_parameter(api: Api) -> None:
    for params in BAD_PARAMETERS:
        response = await api.get("reach", **params)
        assert response.status == 400, params
        body = await response.json()
        assert set(body) == {"error", "detail"} and body["error"] == "bad_request"
        assert body["detail"].split(":")[0] in {*params, "a parameter"}, body
        assert "select" not in body["detail"].lower() and "events" not in body["detail"]


async def test_any_day_names_its_week_and_a_reversed_period_is_read_the_right_way_round(api: Api) -> None:
    by_monday = await api.json("reach", group_by="week", week="2026-03-02", **MARCH)
    by_wednesday = await api.json("reach", group_by="week", week="2026-03-04", **MARCH)
    assert by_wednesday["rows"] == by_monday["rows"] and by_monday["rows"]
    reversed_ = await api.json("reach", **{"from": MARCH["to"], "to": MARCH["from"]})
    assert (reversed_["from"], reversed_["to"]) == (MARCH["from"], MARCH["to"])
    assert reversed_["rows"] == (await api.json("reach", **MARCH))["rows"]


async def test_an_unsupported_method_is_told_which_ones_are(api: Api) -> None:
    response = await api.client.request("TRACE", "/api/v1/reach", headers={"Authorization": f"Bearer {api.token}"})
    assert response.status == 405
    assert response.headers["Allow"] == "GET, HEAD"
    assert await response.json() == {"error": "method_not_allowed"}


async def test_repeated_parameters_are_refused(api: Api) -> None:
    response = await api.client.get("/api/v1/reach?country=KE&country=RO",
                                    headers={"Authorization": f"Bearer {api.token}"})
    assert response.status == 400


async def test_no_pseudonym_or_telegram_id_leaves_through_statistics(api: Api) -> None:
    texts = []
    for path, params in (("reach", {"group_by": ",".join(DIMENSIONS), **SPRING}), ("funnel", SPRING),
                         ("cohorts", {}), ("checkins", {}), (f"checkins/{api.round_id}", {}),
                         (f"checkins/{api.round_id}/capabilities", {})):
        for fmt in ("json", "csv"):
            response = await api.get(path, format=fmt, **params)
            assert response.status == 200
            texts.append(await response.text())
    blob = "\n".join(texts)
    for pseudonym in [*api.seeded["pseudonyms"], "resp-KE-0"]:
        assert pseudonym not in blob
    assert "5000" not in blob  # cohort members' Telegram ids
    assert "bigcode123" not in blob  # a cohort's join code would let anyone join


# --- funnel ---------------------------------------------------------------------------------------------


async def test_funnel_per_series(api: Api) -> None:
    body = await api.json("funnel", series="in-control", **MARCH)
    steps = [(r["step"], r["position"], r["people"]) for r in body["rows"]]
    lessons = [lesson.id for lesson in api.rt.catalog.series["in-control"].lessons]
    assert [s for s, _, _ in steps] == ["started", *(f"lesson:{x}" for x in lessons), "completed"]
    assert [p for _, p, _ in steps] == list(range(len(lessons) + 2))
    figures = {s: f for s, _, f in steps}
    assert figures["started"] == {"value": 20, "suppressed": False}
    assert figures["lesson:footprint"] == {"value": 20, "suppressed": False}
    assert figures["completed"] == {"value": 6, "suppressed": False}
    assert figures[f"lesson:{lessons[1]}"] == {"value": 0, "suppressed": False}

    body = await api.json("funnel", series="in-control", country="RO", **MARCH)
    figures = {r["step"]: r["people"] for r in body["rows"]}
    assert figures["started"]["value"] == 8 and figures["completed"]["value"] == 0

    body = await api.json("funnel", **SPRING)
    assert {r["series"] for r in body["rows"]} == set(api.rt.catalog.series)
    carers = {r["step"]: r["people"] for r in body["rows"] if r["series"] == "caregivers-talking"}
    # 9 caregivers started; the 3 Kenyans finished nothing; the 6 Guatemalans finished the first lesson.
    assert carers["started"] == {"value": 9, "suppressed": False}
    assert carers["lesson:risks-today"] == {"value": 6, "suppressed": False}

    response = await api.get("funnel", series="in-control", format="csv", **MARCH)
    rows = list(csv.DictReader(io.StringIO(await response.text())))
    assert rows[0] == {"series": "in-control", "step": "started", "position": "0", "people": "20"}


# --- check-ins ------------------------------------------------------------------------------------------


async def test_checkin_rounds_and_results(api: Api) -> None:
    rounds = (await api.json("checkins"))["rows"]
    assert [(r["code"], r["questionnaire"], value(r, "respondents")) for r in rounds] == [
        ("2026-Q1", "prevention-pulse", 16)]

    body = await api.json(f"checkins/{api.round_id}", capability="15")
    rows = body["rows"]
    assert {r["item"] for r in rows} == {"offender-support"}
    assert all(r["capabilities"] == [15] and r["kind"] == "phase" for r in rows)
    cells = {(r["country"], r["answer"]): r for r in rows}
    kenya = {answer: r for (country, answer), r in cells.items() if country == "KE"}
    assert list(kenya) == ["building", "enhancement", "integration", "maturity", "dk"]
    assert kenya["building"]["respondents"] == {"value": 7, "suppressed": False}
    assert kenya["building"]["count"] == {"value": 5, "suppressed": False}
    assert kenya["enhancement"]["count"] == {"value": 0, "suppressed": False}
    # integration (1) and dk (1) are hidden; two hidden cells in the group need no complement.
    assert kenya["integration"]["count"]["suppressed"] and kenya["dk"]["count"]["suppressed"]
    # Romania has 3 respondents: hidden. Indonesia's 6 are hidden too, or the round's total (16) minus Kenya and
    # Indonesia would give Romania away.
    for country in ("RO", "ID"):
        assert all(r["respondents"]["suppressed"] and r["count"]["suppressed"]
                   for (c, _), r in cells.items() if c == country)

    only_ro = (await api.json(f"checkins/{api.round_id}", country="RO"))["rows"]
    assert {r["country"] for r in only_ro} == {"RO"}


async def test_checkin_capabilities(api: Api) -> None:
    rows = (await api.json(f"checkins/{api.round_id}/capabilities"))["rows"]
    cells = {(r["capability"], r["country"]): (r["respondents"], r["answers"]) for r in rows}
    assert cells[(15, "KE")] == ({"value": 7, "suppressed": False}, {"value": 7, "suppressed": False})
    assert cells[(14, "KE")][0]["value"] == 7
    for country in ("RO", "ID"):
        assert cells[(15, country)][0]["suppressed"] and cells[(15, country)][1]["suppressed"]


async def test_flow_results_package(api: Api) -> None:
    descriptor = await api.json(f"checkins/{api.round_id}/flow-results")
    assert descriptor["profile"] == "flow-results-package"
    assert descriptor["flow_results_specification_version"] == "1.0.0"
    assert descriptor["name"] == "checkin-prevention-pulse-2026-q1"
    assert descriptor["id"][14] == "4"  # a version 4 UUID
    assert descriptor == await api.json(f"checkins/{api.round_id}/flow-results")  # same id every time
    (resource,) = descriptor["resources"]
    assert resource["name"] == "flow-results-data"
    assert resource["path"] == "flow-results/responses"
    assert [f["name"] for f in resource["schema"]["fields"]] == [
        "timestamp", "row_id", "contact_id", "session_id", "question_id", "response", "response_metadata"]
    questions = resource["schema"]["questions"]
    questionnaire = api.rt.catalog.questionnaires["prevention-pulse"]
    assert list(questions) == [item.id for item in questionnaire.items]
    assert questions["offender-support"]["type"] == "select_one"
    assert questions["offender-support"]["type_options"]["choices"][0] == "building"
    assert questions["offender-support"]["label"] and "<" not in questions["offender-support"]["label"]

    rows = await api.json(f"checkins/{api.round_id}/flow-results/responses")
    assert len(rows) == 32 and all(len(row) == 7 for row in rows)
    timestamp, _row, contact, _session, question, response, metadata = rows[0]
    assert timestamp.endswith("+00:00")
    assert contact.startswith("resp-")  # the pseudonym: FLOIP exports are pseudonymous by design
    assert question in questions and response in questions[question]["type_options"]["choices"]
    assert metadata == {"country": "KE", "sector": "edu", "verified": True}
    assert len({row[1] for row in rows}) == len(rows)
    assert len({row[3] for row in rows}) == 16
    text = await (await api.get(f"checkins/{api.round_id}/flow-results/responses", format="csv")).text()
    table = list(csv.reader(io.StringIO(text)))
    assert table[0][:3] == ["timestamp", "row_id", "contact_id"] and len(table) == 33


async def test_flow_results_stream_the_same_bytes(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    """The responses are streamed a batch at a time; the bytes are those of the whole round built in memory."""
    monkeypatch.setattr(flow_results_module, "BATCH", 5)  # 32 rows: seven batches
    async with api.rt.store.transaction() as session:  # the rows as the export built them before it streamed
        data = await session.execute(
            select(CheckinAnswer.answered_at, CheckinRespondent.id, CheckinRespondent.pseudonym, CheckinAnswer.item,
                   CheckinAnswer.answer, CheckinRespondent.country, CheckinRespondent.sector,
                   CheckinRespondent.verified)
            .join(CheckinRespondent, CheckinRespondent.id == CheckinAnswer.respondent_id)
            .where(CheckinRespondent.round_id == api.round_id).order_by(CheckinRespondent.id, CheckinAnswer.item))
        rows = [[at.isoformat(), f"{who}-{item}", pseudonym, f"{api.round_id}-{who}", item, answer,
                 {"country": country, "sector": sector, "verified": bool(verified)}]
                for at, who, pseudonym, item, answer, country, sector, verified in data]
    assert len(rows) == 32
    response = await api.get(f"checkins/{api.round_id}/flow-results/responses")
    assert response.headers["Content-Type"] == "application/json; charset=utf-8"
    assert await response.read() == json.dumps(rows).encode()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([field["name"] for field in flow_results_module.FIELDS])
    writer.writerows([*row[:-1], json.dumps(row[-1], separators=(",", ":"))] for row in rows)
    response = await api.get(f"checkins/{api.round_id}/flow-results/responses", format="csv")
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert response.headers["Content-Disposition"] == (
        f'attachment; filename="checkin-round-{api.round_id}-flow-results.csv"')
    assert await response.read() == out.getvalue().encode()
    assert (await api.get("checkins/999999/flow-results/responses")).status == 404


# --- cohorts --------------------------------------------------------------------------------------------


async def test_cohorts_with_member_counts(api: Api) -> None:
    rows = (await api.json("cohorts"))["rows"]
    assert [(r["name"], r["audience"], r["members"]) for r in rows] == [
        ("Form 3 Nairobi", "youth_13_15", {"value": 6, "suppressed": False}),
        ("Parents evening", "caregiver", {"value": None, "suppressed": True}),
    ]
    assert set(rows[0]) == {"id", "name", "audience", "locale", "country", "closed", "created", "members"}


# --- the rollup -----------------------------------------------------------------------------------------


async def test_forget_leaves_nothing_in_the_rollup_that_leads_back(api: Api) -> None:
    stats = Stats(api.rt.catalog, api.rt.checkins)
    async with api.rt.store.transaction() as session:
        user = User(telegram_id=4242, locale="en", stopped=False, inactive=False, audience="youth")
        session.add(user)
        await session.flush()
        pseudonym = api.rt.analytics.pseudonym(4242)
        session.add_all(events_for(Person(pseudonym, "youth", "13-15", "KE", "en"), "2026-03-05", "in-control"))
    async with api.rt.store.transaction() as session:
        await stats.refresh(session, full=True)
    assert value((await api.json("reach", **MARCH))["rows"][0], "reached") == 24
    async with api.rt.store.transaction() as session:
        await forget(session, api.rt.analytics, user)
    async with api.rt.store.transaction() as session:
        assert "pseudonym" not in {c.name for c in ReachDay.__table__.columns}
        # The rollup keys people by their first event's id; that event now carries a random pseudonym.
        anchors = set(await session.scalars(select(ReachDay.person)))
        linked = await session.scalars(select(Event.id).where(Event.pseudonym == pseudonym))
        assert not anchors & set(linked)
        assert not (await session.scalars(select(Event).where(Event.pseudonym == pseudonym))).all()
        await stats.refresh(session, full=True)
    assert value((await api.json("reach", **MARCH))["rows"][0], "reached") == 24  # aggregates stay right


async def test_rollup_picks_up_todays_events(api: Api) -> None:
    today = api.rt.clock.now().date()
    params = {"from": (today - timedelta(days=1)).isoformat(), "to": today.isoformat()}
    assert value((await api.json("reach", **params))["rows"][0], "reached") == 0
    async with api.rt.store.transaction() as session:
        for i in range(6):
            session.add_all(events_for(Person(f"new{i}", "youth", "16-17", "ID", "en"), today.isoformat(),
                                       "in-control"))
    stats = Stats(api.rt.catalog, api.rt.checkins)
    async with api.rt.store.transaction() as session:
        assert await stats.refresh(session, force=True)
    assert value((await api.json("reach", **params))["rows"][0], "reached") == 6


async def test_the_rollup_is_built_when_the_server_starts(api: Api) -> None:
    """Nobody has asked for anything yet: the start-up refresh builds the rollup in the background."""
    deadline = asyncio.get_running_loop().time() + 20
    while True:
        async with api.rt.store.transaction() as session:
            state = await session.get(StatsState, 1)
            rows = await session.scalar(select(func.count()).select_from(ReachDay))
        if state is not None and state.refreshed_at is not None:
            break
        assert asyncio.get_running_loop().time() < deadline, "the rollup was not built at start"
        await asyncio.sleep(0.05)
    assert rows and rows > 0


async def test_openapi_document_needs_no_token(api: Api) -> None:
    response = await api.get("openapi.json", token=None)
    assert response.status == 200
    document = await response.json()
    assert document["openapi"].startswith("3.")
    assert {"/reach", "/funnel", "/checkins", "/checkins/{round_id}", "/checkins/{round_id}/flow-results",
            "/cohorts"} <= set(document["paths"])


def test_default_period_dates() -> None:
    period = Period.last(30, date(2026, 3, 31))
    assert (period.start, period.previous().start, period.previous().end) == (
        date(2026, 3, 2), date(2026, 1, 31), date(2026, 3, 1))
