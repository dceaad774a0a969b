"""/dashboard in the chat, against the fake Bot API: staff get a one-time sign-in link (or how to set DASHBOARD_URL);
everyone else gets the ordinary unknown-command answer."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import pytest

from bot.devtools.fake_bot_api import FakeBotApi
from bot.services.dashboard_access import redeem_link, usable_link
from tests.auxil.conversations import onboard
from tests.auxil.harness import BotHarness

STAFF = 999  # ADMIN_IDS in the harness
LINK = re.compile(r"https://stats\.example\.org/dashboard/login/([A-Za-z0-9_-]{40,})")


@pytest.fixture
async def dashboard_bot(fake_api: FakeBotApi, sqlite_url: str) -> AsyncIterator[BotHarness]:
    harness = BotHarness(fake_api, sqlite_url, settings_overrides={"dashboard_url": "https://stats.example.org/"})
    await harness.start()
    yield harness
    await harness.stop()


async def test_staff_get_a_link_that_opens_the_dashboard_once(dashboard_bot: BotHarness) -> None:
    rt = dashboard_bot.rt
    assert rt is not None
    reply = await dashboard_bot.user(STAFF).send("/dashboard")
    match = LINK.search(reply.text)
    assert match, reply.text
    assert "10 minutes" in reply.text
    assert reply.last.params.get("link_preview_options", {}).get("is_disabled") is True
    token = match.group(1)
    async with rt.store.transaction() as session:
        assert await usable_link(session, token, rt.clock.now()) == "en"
        assert await redeem_link(session, token, rt.clock.now()) is not None
        assert await redeem_link(session, token, rt.clock.now()) is None
    second = LINK.search((await dashboard_bot.user(STAFF).send("/dashboard")).text)
    assert second and second.group(1) != token  # a new link each time


async def test_without_dashboard_url_staff_are_told_how_to_set_it(bot: BotHarness) -> None:
    reply = await bot.user(STAFF).send("/dashboard")
    assert "DASHBOARD_URL" in reply.text
    assert "/dashboard/login/" not in reply.text


async def test_learners_get_the_unknown_command_answer(dashboard_bot: BotHarness) -> None:
    learner = await onboard(dashboard_bot, 2001)
    reply = await learner.send("/dashboard")
    assert reply.text == dashboard_bot.rt.i18n.t("en", "unknown-command")  # type: ignore[union-attr]
    assert "login" not in reply.text
