"""Professionals' invite links: single-use by default, limits and expiry chosen by staff, listed and revoked; a link
that can no longer verify says so kindly and verifies nobody."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from bot.devtools.fake_bot_api import FakeBotApi
from bot.services import invites
from bot.services.clock import ManualClock
from bot.services.invites import InviteState
from bot.services.profiles import begin_onboarding
from bot.store.db import Store
from bot.store.models import Invite, User
from tests.auxil.harness import BotHarness, TgUser

STAFF = 999
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
async def ibot(fake_api: FakeBotApi, sqlite_url: str) -> AsyncIterator[BotHarness]:
    harness = BotHarness(fake_api, sqlite_url, clock=ManualClock(NOW))
    await harness.start()
    yield harness
    await harness.stop()


async def make_link(bot: BotHarness, arguments: str) -> str:
    reply = await bot.user(STAFF).send(f"/invite {arguments}")
    return re.search(r"start=pro_([A-Za-z0-9_-]+)", reply.text).group(1)


async def verified(bot: BotHarness, telegram_id: int) -> bool:
    async with bot.rt.store.transaction() as session:
        user = await session.scalar(select(User).where(User.telegram_id == telegram_id))
        return bool(user and user.verified)


async def finish_onboarding(user: TgUser, *steps: str) -> None:
    for data in ("lang:en", *steps, "cns:yes"):
        await user.press(data)


async def test_a_link_verifies_one_person_and_tells_the_next_one_kindly(ibot: BotHarness) -> None:
    reply = await ibot.user(STAFF).send("/invite police KE kenya-2026")
    assert "verifies one person" in reply.text and "until Dec 23, 2026" in reply.text
    code = re.search(r"start=pro_([A-Za-z0-9_-]+)", reply.text).group(1)

    first = ibot.user(401)
    assert "invited as a professional" in (await first.send(f"/start pro_{code}")).text
    await finish_onboarding(first)
    assert await verified(ibot, 401)

    second = ibot.user(402)
    reply = await second.send(f"/start pro_{code}")
    assert "already been used, so it cannot mark you as a verified professional" in reply.text
    assert "self-declared" in reply.text and "English" in " ".join(reply.labels())  # onboarding goes on
    await finish_onboarding(second, "aud:professional", "sec:police", "cty:KE")
    assert not await verified(ibot, 402)

    again = await first.send(f"/start pro_{code}")  # the person it verified may open it again
    assert "Your profile is now verified" in again.text and "used" not in again.text
    async with ibot.rt.store.transaction() as session:
        assert (await session.get(Invite, code)).uses == 1

    returning = ibot.user(403)  # someone already using the bot gets the note over their menu, nothing more
    await returning.send("/start")
    await finish_onboarding(returning, "aud:caregiver", "cty:KE")
    reply = await returning.send(f"/start pro_{code}")
    assert "already been used" in reply.text and "self-declared" not in reply.text
    assert not await verified(ibot, 403)


async def test_uses_and_days_chosen_by_staff_then_expiry(ibot: BotHarness) -> None:
    code = await make_link(ibot, "health KE uses=2 days=3")
    for telegram_id in (411, 412):
        await ibot.user(telegram_id).send(f"/start pro_{code}")
        await finish_onboarding(ibot.user(telegram_id))
        assert await verified(ibot, telegram_id)
    assert "already been used" in (await ibot.user(413).send(f"/start pro_{code}")).text

    later = await make_link(ibot, "health KE days=1")
    clock: ManualClock = ibot.clock  # type: ignore[assignment]
    clock.advance(days=1, seconds=1)
    reply = await ibot.user(414).send(f"/start pro_{later}")
    assert "has expired" in reply.text
    await finish_onboarding(ibot.user(414), "aud:professional", "sec:health", "cty:KE")
    assert not await verified(ibot, 414)

    for wrong in ("police KE uses=0", "police KE days=400", "police KE uses=x", "police KE kenya 2026",
                  "police KE uses=2 uses=3"):
        reply = await ibot.user(STAFF).send(f"/invite {wrong}")
        assert reply.text.startswith("Usage: /invite"), wrong


async def test_staff_list_and_revoke_links(ibot: BotHarness) -> None:
    used = await make_link(ibot, "police KE")
    await ibot.user(421).send(f"/start pro_{used}")
    await finish_onboarding(ibot.user(421))
    kept = await make_link(ibot, "gov SN senegal uses=5")
    revoked = await make_link(ibot, "edu BR")
    reply = await ibot.user(STAFF).send(f"/revokeinvite {revoked}")
    assert f"{revoked} is withdrawn" in reply.text
    listing = (await ibot.user(STAFF).send("/invites")).text
    assert f"<code>{used}</code> · police · KE · - · used 1/1 · until Dec 23, 2026 · used up" in listing
    assert f"<code>{kept}</code> · gov · SN · senegal · used 0/5 · until Dec 23, 2026 · active" in listing
    assert f"<code>{revoked}</code> · edu · BR · - · used 0/1 · until Dec 23, 2026 · withdrawn" in listing

    reply = await ibot.user(431).send(f"/start pro_{revoked}")
    assert "was withdrawn" in reply.text
    await finish_onboarding(ibot.user(431), "aud:professional", "sec:edu", "cty:BR")
    assert not await verified(ibot, 431)
    assert await verified(ibot, 421)  # revoking never takes away what a link already gave
    assert "There is no invite link nope" in (await ibot.user(STAFF).send("/revokeinvite nope")).text

    learner = ibot.user(441)
    for command in ("/invites", f"/revokeinvite {kept}"):
        assert (await learner.send(command)).text == ibot.rt.i18n.t("en", "unknown-command")


async def test_two_people_opening_a_single_use_link_at_once(store: Store) -> None:
    async with store.transaction() as session:
        invite = await invites.create(session, "police", "KE", None, NOW)
        for telegram_id in (451, 452):
            await begin_onboarding(session, telegram_id, "en")

    async def open_link(telegram_id: int) -> Any:
        async with store.transaction() as session:
            user = await session.scalar(select(User).where(User.telegram_id == telegram_id))
            return await invites.redeem(session, invite.code, user, NOW)

    results = await asyncio.gather(open_link(451), open_link(452))
    assert sorted(r.verifies for r in results) == [False, True]
    assert {r.state for r in results} == {InviteState.ACTIVE, InviteState.USED}
    async with store.transaction() as session:
        assert (await session.get(Invite, invite.code)).uses == 1
        assert await invites.redeem(session, "unknown", await begin_onboarding(session, 453, "en"), NOW) is None
        assert (await invites.redeem(session, invite.code, await begin_onboarding(session, 454, "en"),
                                     NOW + timedelta(days=31))).state is InviteState.EXPIRED


async def test_codes_are_letters_and_digits_so_a_shell_or_chat_takes_them_whole(store: Store) -> None:
    """A URL-safe code could start with '-' ('invites revoke -x3f...' read it as an option) or end in '_'."""
    async with store.transaction() as session:
        made = [(await invites.create(session, "police", "KE", None, NOW)).code for _ in range(300)]
    assert all(re.fullmatch(r"[A-Za-z0-9]{16}", code) for code in made)
    assert len(set(made)) == len(made)
