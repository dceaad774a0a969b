"""The dashboard in a real headless Chromium (the system's, driven by Playwright) against the bot's real HTTP server
on 127.0.0.1 with the demo programme: sign in through the link, filter, download a CSV, switch to Arabic, print the
country profile, an axe-core scan of every page, and no request to anywhere but the server itself.

Without Chromium (or Playwright) these tests skip locally; with the CI environment variable set they fail instead.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from tests.browser.chromium import chromium_path

try:
    from axe_playwright_python.async_playwright import Axe
    from playwright.async_api import Browser, BrowserContext, Page, Request, async_playwright
except ImportError:  # pragma: no cover - the test extra installs both
    async_playwright = None  # type: ignore[assignment]

from bot.services.api_tokens import create_token
from tests.browser.served import Served, demo_server, sqlite_url

pytestmark = pytest.mark.asyncio(loop_scope="module")
SERIOUS = {"serious", "critical"}


def _require_browser() -> None:
    missing = "Playwright" if async_playwright is None else "Chromium" if chromium_path() is None else None
    if missing is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{missing} is missing: CI must run the browser tests (.ci/run installs Debian's chromium)")
    pytest.skip(f"{missing} is not installed (apt-get install chromium); CI runs these tests")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def served(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Served]:
    _require_browser()
    async with demo_server(sqlite_url(tmp_path_factory.mktemp("dashboard"))) as value:
        yield value


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def browser(served: Served) -> AsyncIterator[Browser]:
    from tests.browser.chromium import launch

    async with async_playwright() as playwright:
        chromium = await launch(playwright)
        yield chromium
        await chromium.close()


@dataclass
class Visit:
    """A browser context whose every request is recorded."""

    context: BrowserContext
    page: Page
    base_url: str
    requests: list[str] = field(default_factory=list)

    async def goto(self, path: str) -> Any:
        response = await self.page.goto(self.base_url + path)
        assert response is not None and response.status == 200, (path, response and response.status)
        return response

    def foreign_requests(self) -> list[str]:
        return [url for url in self.requests if not (url.startswith(self.base_url + "/") or url.startswith("data:"))]


@pytest_asyncio.fixture(loop_scope="module")
async def visit(served: Served, browser: Browser, tmp_path: Path) -> AsyncIterator[Visit]:
    context = await browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900},
                                        locale="en-GB")
    page = await context.new_page()
    recorded = Visit(context, page, served.base_url)

    def record(request: Request) -> None:
        recorded.requests.append(request.url)

    context.on("request", record)
    await page.goto(await served.sign_in_link())
    await page.get_by_role("button", name="Open the dashboard").click()
    await page.wait_for_url(f"{served.base_url}/dashboard/")
    yield recorded
    await context.close()
    assert recorded.foreign_requests() == []


async def test_sign_in_through_the_link(served: Served, browser: Browser) -> None:
    context = await browser.new_context()
    page = await context.new_page()
    link = await served.sign_in_link()
    await page.goto(served.base_url + "/dashboard/reach")
    assert page.url == served.base_url + "/dashboard/signed-out"  # nothing without signing in
    await page.goto(link)
    await page.get_by_role("button", name="Open the dashboard").click()
    await page.wait_for_url(served.base_url + "/dashboard/")
    assert await page.locator("h1").inner_text() == "Overview"
    cookies = await context.cookies()
    (session,) = [c for c in cookies if c["name"] == "dashboard_session"]
    assert session["httpOnly"] and session["sameSite"] == "Strict"
    assert await page.evaluate("document.cookie") == ""  # scripts cannot read the session
    other = await browser.new_context()  # the same link in another browser: already used
    second = await other.new_page()
    response = await second.goto(link)
    assert response is not None and response.status == 403
    await other.close()
    await context.close()


async def test_filter_by_country(visit: Visit) -> None:
    page = visit.page
    await page.get_by_label("Country", exact=True).select_option("KE")
    await page.get_by_role("button", name="Apply").click()
    await page.wait_for_url("**country=KE**")
    countries = page.locator("#t-by-country tbody th")
    assert await countries.all_inner_texts() == ["Kenya (KE)"]
    assert await page.get_by_label("Country", exact=True).input_value() == "KE"
    assert await page.locator("#chart-weekly-title").count() == 1


async def test_download_a_csv(visit: Visit, served: Served) -> None:
    page = visit.page
    await visit.goto("/dashboard/reach?by=country&days=90")
    async with page.expect_download() as waiting:
        await page.locator("#totals").get_by_role("link", name="Download CSV").click()
    download = await waiting.value
    assert download.suggested_filename == "reach-country.csv"
    text = await asyncio.to_thread(Path(await download.path()).read_text, encoding="utf-8")
    async with served.rt.store.transaction() as session:
        _row, token = await create_token(session, "browser-test")
    api = await page.request.get(f"{served.base_url}/api/v1/reach?group_by=country&from=2026-09-02&to=2026-11-30"
                                 "&format=csv", headers={"Authorization": f"Bearer {token}"})
    assert api.ok
    assert text == await api.text()
    assert text.splitlines()[0].startswith("country,active,reached")


async def test_switch_to_arabic(visit: Visit) -> None:
    page = visit.page
    await visit.goto("/dashboard/lessons")
    await page.get_by_label("Dashboard language").select_option("ar")
    await page.get_by_role("button", name="Change").click()
    await page.wait_for_load_state()
    html = page.locator("html")
    assert await html.get_attribute("dir") == "rtl" and await html.get_attribute("lang") == "ar"
    assert page.url.endswith("/dashboard/lessons")
    assert await page.locator("h1").inner_text() == "الدروس"
    # The layout mirrors: the menu starts at the right edge.
    nav = await page.locator("header.top .brand").bounding_box()
    assert nav is not None and nav["x"] > 640
    await page.get_by_label("لغة لوحة المتابعة").select_option("en")
    await page.get_by_role("button", name="تغيير").click()
    await page.wait_for_load_state()
    assert await page.locator("html").get_attribute("dir") == "ltr"


async def test_print_the_country_profile(visit: Visit, served: Served) -> None:
    page = visit.page
    await visit.goto(f"/dashboard/checkins/{served.ids['round']}?country=KE")
    await page.get_by_role("link", name="Printable country profile").click()
    await page.wait_for_url("**/profile?**")
    assert await page.locator("h1").inner_text() == "Country profile: Kenya (KE)"
    assert await page.get_by_role("button", name="Print or save as PDF").is_visible()
    await page.emulate_media(media="print")
    for hidden in ("header.top nav", "header.top .account", ".actions", ".download >> nth=0"):
        assert not await page.locator(hidden).is_visible(), hidden
    assert await page.locator("#t-grid-verified").is_visible()
    pdf = await page.pdf(format="A4", print_background=True)
    assert pdf.startswith(b"%PDF") and len(pdf) > 20_000
    await page.emulate_media(media="screen")


async def test_no_serious_accessibility_violations(visit: Visit, served: Served) -> None:
    axe = Axe()
    paths = ["/dashboard/", "/dashboard/reach?by=audience", "/dashboard/lessons", "/dashboard/voice",
             "/dashboard/checkins", f"/dashboard/checkins/{served.ids['round']}",
             f"/dashboard/checkins/{served.ids['round']}/profile?country=KE", "/dashboard/cohorts",
             "/dashboard/signed-out"]
    found: dict[str, list[str]] = {}
    for path in paths:
        await visit.goto(path)
        results = await axe.run(visit.page)
        serious = [f"{v['id']}: {v['help']} ({len(v['nodes'])})" for v in results.response["violations"]
                   if v["impact"] in SERIOUS]
        if serious:
            found[path] = serious
    assert found == {}


async def test_phone_width_has_no_sideways_scrolling(visit: Visit) -> None:
    await visit.page.set_viewport_size({"width": 390, "height": 800})
    for path in ("/dashboard/", "/dashboard/cohorts"):
        await visit.goto(path)
        overflow = await visit.page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, path
