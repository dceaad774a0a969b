"""The staff web dashboard with aiohttp's test client, on SQLite and PostgreSQL: sign-in links (single use, expiry),
sessions (cookie flags, expiry, sign-out, revoked staff), who gets nothing, CSRF, languages, CSV = API."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import func, select

from bot.services.api_tokens import create_token
from bot.services.clock import ManualClock
from bot.services.dashboard_access import LINK_TTL, SESSION_TTL, create_link, redeem_link
from bot.services.privacy import forget
from bot.services.profiles import find_user, grant_role, revoke_role
from bot.services.runtime import Runtime
from bot.store.db import Store
from bot.store.models import (
    Cohort,
    CohortMember,
    DashboardLink,
    DashboardSession,
    Delivery,
    LessonRating,
    PollAnswer,
    Push,
    QuizAnswer,
    User,
    VoiceAnswer,
)
from bot.web import create_web_app
from bot.web.dashboard.app import COOKIE
from tests.auxil.harness import make_settings
from tests.test_api_stats import at, runtime_for, seed, seed_checkins, seed_cohorts

ADMIN = 999  # ADMIN_IDS in make_settings
ROLE_STAFF = 4242  # staff through the role, not ADMIN_IDS
NOW = datetime(2026, 4, 2, 9, tzinfo=UTC)
MARCH = {"from": "2026-03-01", "to": "2026-03-31"}
PAGES = ("/dashboard/", "/dashboard/reach", "/dashboard/lessons", "/dashboard/voice", "/dashboard/checkins",
         "/dashboard/cohorts")


async def seed_items(store: Store) -> None:
    """Per-item answers of 14 Kenyan 13-15s: quizzes, ratings, the series question and the poll."""
    async with store.transaction() as session:
        users = [User(telegram_id=7000 + i, locale="en", audience="youth", age_band="13-15", country="KE",
                      consent_at=at("2026-03-01")) for i in range(14)]
        session.add_all(users)
        await session.flush()
        for i, user in enumerate(users):
            session.add(QuizAnswer(user_id=user.id, series="in-control", lesson="footprint", quiz="q1",
                                   option="c" if i < 9 else "a", correct=i < 9, answered_at=at("2026-03-03")))
            session.add(LessonRating(user_id=user.id, series="in-control", lesson="footprint",
                                     rating="helpful" if i < 11 else "unsure", rated_at=at("2026-03-03")))
            session.add(VoiceAnswer(user_id=user.id, series="in-control", question="first-step",
                                    option="privacy" if i < 8 else "talk", answered_at=at("2026-03-04")))
            session.add(PollAnswer(user_id=user.id, poll="safer-online", option="school" if i < 6 else "private"))
        # A push of in-control to the first cohort (6 members from seed_cohorts): 10 messages sent, 2 waiting.
        cohort = await session.scalar(select(Cohort).order_by(Cohort.id))
        assert cohort is not None
        push = Push(cohort_id=cohort.id, series="in-control", mode="now", status="active")
        session.add(push)
        await session.flush()
        members = list(await session.scalars(select(CohortMember.user_id).where(CohortMember.cohort_id == cohort.id)))
        for n, (member, lesson) in enumerate((m, lesson) for m in members for lesson in range(2)):
            session.add(Delivery(push_id=push.id, user_id=member, lesson_index=lesson, due_at=at("2026-03-05"),
                                 status="sent" if n < 10 else "pending"))


@dataclass
class Dash:
    client: TestClient
    rt: Runtime
    clock: ManualClock
    api_token: str
    round_id: int
    pseudonyms: list[str]

    async def link(self, telegram_id: int = ADMIN, locale: str = "en") -> str:
        async with self.rt.store.transaction() as session:
            return await create_link(session, telegram_id, locale, self.clock.now())

    async def sign_in(self, telegram_id: int = ADMIN, locale: str = "en") -> str:
        """Through the link's page and its form, as a browser does; returns the session cookie."""
        token = await self.link(telegram_id, locale)
        response = await self.client.post("/dashboard/login", data={"token": token}, allow_redirects=False)
        assert response.status == 303 and response.headers["Location"] == "/dashboard/"
        return response.cookies[COOKIE].value

    async def get(self, path: str, cookie: str | None = None, **params: str) -> Any:
        self.client.session.cookie_jar.clear()
        headers = {"Cookie": f"{COOKIE}={cookie}"} if cookie else {}
        return await self.client.get(path, params=params, headers=headers, allow_redirects=False)

    async def post(self, path: str, cookie: str | None, data: dict[str, str]) -> Any:
        self.client.session.cookie_jar.clear()
        headers = {"Cookie": f"{COOKIE}={cookie}"} if cookie else {}
        return await self.client.post(path, data=data, headers=headers, allow_redirects=False)

    async def page(self, path: str, cookie: str, **params: str) -> str:
        response = await self.get(path, cookie, **params)
        assert response.status == 200, (path, response.status, await response.text())
        assert response.content_type == "text/html"
        return await response.text()


async def _dash(database: tuple[str, dict[str, Any]], **settings: Any) -> AsyncIterator[Dash]:
    url, options = database
    store = Store(url, **options)
    await store.migrate()
    clock = ManualClock(NOW)
    rt = replace(runtime_for(store), clock=clock,
                 settings=make_settings(store.url, "http://127.0.0.1:9", **settings))
    seeded = await seed(store)
    round_id = await seed_checkins(store)
    await seed_cohorts(store)
    await seed_items(store)
    async with store.transaction() as session:
        _row, token = await create_token(session, "tests")
        staff = User(telegram_id=ROLE_STAFF, locale="fr")
        learner = User(telegram_id=3001, locale="en", audience="youth", age_band="13-15", country="KE",
                       consent_at=NOW)
        session.add_all([staff, learner])
        await session.flush()
        await grant_role(session, staff, "staff")
    client = TestClient(TestServer(create_web_app(rt)))
    await client.start_server()
    try:
        yield Dash(client, rt, clock, token, round_id, seeded["pseudonyms"])
    finally:
        await client.close()
        await rt.close()


@pytest.fixture
async def dash(database: tuple[str, dict[str, Any]]) -> AsyncIterator[Dash]:
    async for value in _dash(database, dashboard_url="http://127.0.0.1:8080"):
        yield value


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf" value="([0-9a-f]{64})"', html)
    assert match, "no CSRF token in the page"
    return match.group(1)


# --- sign-in links ----------------------------------------------------------------------------------------


async def test_a_link_opens_one_session_once(dash: Dash) -> None:
    token = await dash.link()
    for _ in range(2):  # showing the page (a link preview, say) does not spend the link
        response = await dash.get(f"/dashboard/login/{token}")
        assert response.status == 200
        assert COOKIE not in response.cookies
        assert f'name="token" value="{token}"' in await response.text()
    response = await dash.post("/dashboard/login", None, {"token": token})
    assert response.status == 303 and response.headers["Location"] == "/dashboard/"
    header = response.headers["Set-Cookie"]
    assert "HttpOnly" in header and "SameSite=Strict" in header and "Path=/dashboard/" in header
    assert f"Max-Age={int(SESSION_TTL.total_seconds())}" in header
    assert "Secure" not in header  # DASHBOARD_URL is http:// here
    cookie = response.cookies[COOKIE].value
    assert "Overview" in await dash.page("/dashboard/", cookie)

    again = await dash.post("/dashboard/login", None, {"token": token})
    assert again.status == 403 and COOKIE not in again.cookies
    assert (await dash.get(f"/dashboard/login/{token}")).status == 403
    async with dash.rt.store.transaction() as session:  # only hashes are kept
        hashes = list(await session.scalars(select(DashboardLink.token_hash)))
        sessions = list(await session.scalars(select(DashboardSession.session_hash)))
    assert token not in hashes and cookie not in sessions and len(sessions) == 1


async def test_links_expire(dash: Dash) -> None:
    token = await dash.link()
    dash.clock.advance(seconds=LINK_TTL.total_seconds() + 1)
    assert (await dash.get(f"/dashboard/login/{token}")).status == 403
    response = await dash.post("/dashboard/login", None, {"token": token})
    assert response.status == 403 and COOKIE not in response.cookies
    for forged in ("nope", "x" * 43, "", "é" * 10):
        assert (await dash.post("/dashboard/login", None, {"token": forged})).status == 403


async def test_sessions_expire_and_sign_out_ends_them(dash: Dash) -> None:
    cookie = await dash.sign_in()
    html = await dash.page("/dashboard/", cookie)
    dash.clock.advance(seconds=SESSION_TTL.total_seconds() - 60)
    assert (await dash.get("/dashboard/", cookie)).status == 200
    dash.clock.advance(seconds=61)
    expired = await dash.get("/dashboard/", cookie)
    assert expired.status == 303 and expired.headers["Location"] == "/dashboard/signed-out"

    cookie = await dash.sign_in()
    html = await dash.page("/dashboard/", cookie)
    forged = await dash.post("/dashboard/logout", cookie, {"csrf": "0" * 64})
    assert forged.status == 403
    assert (await dash.get("/dashboard/", cookie)).status == 200  # a forged sign-out changed nothing
    response = await dash.post("/dashboard/logout", cookie, {"csrf": csrf_of(html)})
    assert response.status == 303 and response.headers["Location"].startswith("/dashboard/signed-out")
    assert response.cookies[COOKIE].value == ""
    assert (await dash.get("/dashboard/", cookie)).status == 303
    signed_out = await dash.client.get(response.headers["Location"])
    assert "You are signed out" in await signed_out.text()


async def test_a_revoked_staff_member_is_signed_out_at_once(dash: Dash) -> None:
    cookie = await dash.sign_in(ROLE_STAFF, "fr")
    assert "Bilans MNR" in await dash.page("/dashboard/", cookie)  # in French, the staff member's language
    async with dash.rt.store.transaction() as session:
        user = await find_user(session, ROLE_STAFF)
        assert user is not None
        await revoke_role(session, user, "staff")
    response = await dash.get("/dashboard/reach", cookie)
    assert response.status == 303 and response.headers["Location"] == "/dashboard/signed-out"
    assert response.cookies[COOKIE].value == ""
    async with dash.rt.store.transaction() as session:
        await grant_role(session, user, "staff")
    assert (await dash.get("/dashboard/", cookie)).status == 303  # the session is gone, not just refused


async def test_nobody_else_reaches_a_page_or_a_download(dash: Dash) -> None:
    async with dash.rt.store.transaction() as session:  # a learner holding a session (a leaked link, say)
        token = await create_link(session, 3001, "en", dash.clock.now())
        opened = await redeem_link(session, token, dash.clock.now())
    assert opened is not None
    learner = opened[0]
    staff = await dash.sign_in()
    paths = [*PAGES, f"/dashboard/checkins/{dash.round_id}", f"/dashboard/checkins/{dash.round_id}/profile"]
    for cookie in (None, learner, "forged-" + staff[7:], staff + "x", ""):
        for path in paths:
            for params in ({}, {"download": "by-week"}):
                response = await dash.get(path, cookie, **params)
                assert response.status == 303, (path, cookie)
                assert response.headers["Location"] == "/dashboard/signed-out"
                assert await response.text() == ""
        assert (await dash.post("/dashboard/language", cookie, {"locale": "ar"})).status == 303
    assert (await dash.get("/dashboard/", staff)).status == 200


async def test_secure_cookie_behind_https(database: tuple[str, dict[str, Any]]) -> None:
    async for dash in _dash(database, dashboard_url="https://stats.example.org"):
        token = await dash.link()
        response = await dash.post("/dashboard/login", None, {"token": token})
        assert "Secure" in response.headers["Set-Cookie"]


async def test_forget_deletes_a_staff_members_sessions(dash: Dash) -> None:
    await dash.sign_in(ROLE_STAFF)
    await dash.link(ROLE_STAFF)
    async with dash.rt.store.transaction() as session:
        user = await find_user(session, ROLE_STAFF)
        assert user is not None
        await forget(session, dash.rt.analytics, user)
    async with dash.rt.store.transaction() as session:
        for model in (DashboardSession, DashboardLink):
            count = await session.scalar(select(func.count()).select_from(model).where(
                model.telegram_id == ROLE_STAFF))
            assert count == 0


# --- pages ---------------------------------------------------------------------------------------------------


async def test_pages_answer_with_safe_headers_and_no_identifiers(dash: Dash) -> None:
    cookie = await dash.sign_in()
    round_pages = [f"/dashboard/checkins/{dash.round_id}", f"/dashboard/checkins/{dash.round_id}/profile"]
    for path in [*PAGES, *round_pages]:
        response = await dash.get(path, cookie, **MARCH)
        assert response.status == 200, path
        csp = response.headers["Content-Security-Policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe" not in csp
        assert response.headers["Cache-Control"] == "no-store"
        assert response.headers["Referrer-Policy"] == "no-referrer"
        html = await response.text()
        assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", html), path  # nothing from another site
        for pseudonym in dash.pseudonyms:
            assert pseudonym not in html
        for telegram_id in (ADMIN, ROLE_STAFF, 3001, 7000, 5000):
            assert f">{telegram_id}<" not in html


async def test_small_counts_show_as_suppressed(dash: Dash) -> None:
    cookie = await dash.sign_in()
    html = await dash.page("/dashboard/reach", cookie, by="audience", days="custom", **MARCH)
    totals = html[html.index('id="t-totals"'):]
    totals = totals[: totals.index("</table>")]
    # Reached: 3 caregivers; young people (20) are hidden with them, or the total would give the 3 away.
    for audience in ("Caregivers", "Young people"):
        row = totals[totals.index(audience):]
        cells = re.findall(r"<td[^>]*>([^<]*)</td>", row[: row.index("</tr>")])
        assert cells[:2] == ["&lt;5", "&lt;5"]  # active, reached


async def test_a_bad_filter_is_a_page_naming_it(dash: Dash) -> None:
    cookie = await dash.sign_in()
    response = await dash.get("/dashboard/reach", cookie, country="K E!")
    assert response.status == 400
    assert "country" in await response.text()
    response = await dash.get(f"/dashboard/checkins/{dash.round_id + 50}", cookie)
    assert response.status == 404
    assert "Page not found" in await response.text()


async def test_every_page_in_every_language(dash: Dash) -> None:
    cookie = await dash.sign_in()
    for locale in dash.rt.i18n.locales:
        html = await dash.page("/dashboard/", cookie)
        response = await dash.post("/dashboard/language", cookie, {"csrf": csrf_of(html), "locale": locale,
                                                                  "next": "/dashboard/voice"})
        assert response.status == 303 and response.headers["Location"] == "/dashboard/voice"
        for path in [*PAGES, f"/dashboard/checkins/{dash.round_id}"]:
            html = await dash.page(path, cookie, **MARCH)
            assert f'<html lang="{locale}" dir="{"rtl" if locale == "ar" else "ltr"}">' in html
            assert not re.search(r"\bdash-[a-z]", html.replace("dash-name", "")), (locale, path)
    html = await dash.page("/dashboard/", cookie)
    response = await dash.post("/dashboard/language", cookie, {"csrf": csrf_of(html), "locale": "en",
                                                              "next": "https://example.org/"})
    assert response.headers["Location"] == "/dashboard/"  # never sent off the site


# --- CSV downloads ----------------------------------------------------------------------------------------------


async def test_csv_downloads_match_the_api(dash: Dash) -> None:
    cookie = await dash.sign_in()
    period = {"days": "custom", **MARCH}
    rid = dash.round_id
    pairs: list[tuple[str, dict[str, str], str, dict[str, str]]] = [
        ("/dashboard/", {**period, "download": "by-week"}, "reach", {"group_by": "week", **MARCH}),
        ("/dashboard/", {**period, "country": "KE", "download": "by-country"}, "reach",
         {"group_by": "country", "country": "KE", **MARCH}),
        ("/dashboard/reach", {**period, "by": "audience", "every": "month", "download": "over-time"}, "reach",
         {"group_by": "month,audience", **MARCH}),
        ("/dashboard/reach", {**period, "by": "country", "series": "in-control", "download": "totals"}, "reach",
         {"group_by": "country", "series": "in-control", **MARCH}),
        ("/dashboard/lessons", {**period, "series": "in-control", "download": "funnel-in-control"}, "funnel",
         {"series": "in-control", **MARCH}),
        ("/dashboard/lessons", {**period, "country": "KE", "download": "quizzes-in-control"}, "quizzes",
         {"series": "in-control", "country": "KE", **MARCH}),
        ("/dashboard/lessons", {**period, "download": "ratings-in-control"}, "ratings",
         {"series": "in-control", **MARCH}),
        ("/dashboard/voice", {"download": "poll-safer-online"}, "polls", {}),
        ("/dashboard/voice", {"country": "KE", "download": "question-in-control"}, "series-questions",
         {"series": "in-control", "country": "KE"}),
        ("/dashboard/checkins", {"download": "rounds"}, "checkins", {}),
        (f"/dashboard/checkins/{rid}", {"country": "KE", "download": "grid-verified"}, f"checkins/{rid}",
         {"country": "KE"}),
        ("/dashboard/cohorts", {"download": "cohorts"}, "cohorts", {}),
        ("/dashboard/cohorts", {**period, "download": "outcomes"}, "reach", {"group_by": "cohort", **MARCH}),
        ("/dashboard/cohorts", {"download": "pushes"}, "pushes", {}),
    ]
    for path, params, endpoint, api_params in pairs:
        page = await dash.get(path, cookie, **params)
        assert page.status == 200, (path, params, await page.text())
        assert page.content_type == "text/csv"
        assert page.headers["Content-Disposition"].startswith("attachment;")
        api = await dash.client.get(f"/api/v1/{endpoint}", params={**api_params, "format": "csv"},
                                    headers={"Authorization": f"Bearer {dash.api_token}"})
        assert api.status == 200, (endpoint, await api.text())
        ours, theirs = await page.text(), await api.text()
        assert ours == theirs, (path, params)
        assert len(ours.splitlines()) > 1, (path, params)  # a header and at least one row
    missing = await dash.get("/dashboard/", cookie, download="no-such-table")
    assert missing.status == 404
