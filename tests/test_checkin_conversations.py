"""MNR pulse check-ins, played through the real bot."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from bot.store.models import CheckinAnswer, CheckinRespondent, User
from tests.auxil.harness import BotHarness, Reply, TgUser

STAFF = 999  # in ADMIN_IDS of the test settings


async def open_round(bot: BotHarness, questionnaire: str, code: str = "2026-Q4") -> int:
    reply = await bot.user(STAFF).send(f"/openround {questionnaire} {code} 2099-12-31")
    assert "open until Dec 31, 2099" in reply.text  # the date as English writes it
    async with bot.rt.store.transaction() as session:
        rows = await bot.rt.checkins.rounds(session)
    return next(r.id for r, _ in rows if r.questionnaire == questionnaire and r.code == code)


async def onboard_professional(bot: BotHarness, user_id: int, locale: str, sector: str, country: str) -> TgUser:
    user = bot.user(user_id, locale)
    for step in ("/start",):
        await user.send(step)
    for data in (f"lang:{locale}", "aud:professional", f"sec:{sector}", f"cty:{country}", "cns:yes"):
        reply = await user.press(data)
    assert reply.alerts == [""] or not reply.alerts  # no stale answers on the way
    return user


def option_data(reply: Reply) -> list[str]:
    return [b["callback_data"] for row in reply.last.buttons for b in row if b["callback_data"].startswith("cka:")]


async def answer_all(user: TgUser, reply: Reply, pick: int = 0) -> Reply:
    for _ in range(40):
        options = option_data(reply)
        if not options:
            return reply
        reply = await user.press(options[min(pick, len(options) - 1)])
    raise AssertionError("check-in did not end")


async def test_french_police_officer_from_invite_link(bot: BotHarness) -> None:
    round_id = await open_round(bot, "justice-pulse")
    invite = await bot.user(STAFF).send("/invite police FR programme-fr")
    code = re.search(r"start=pro_([A-Za-z0-9_-]+)", invite.text).group(1)

    officer = bot.user(301, "fr")
    reply = await officer.send(f"/start pro_{code}")
    assert "professionnel" in reply.text and "France" in reply.text
    reply = await officer.tap("Français")
    assert "Avant de commencer" in reply.text  # straight to the notice: the invite said who they are
    reply = await officer.tap("✅")
    assert "📋" in " ".join(reply.labels())

    reply = await officer.send("/checkin")
    title = bot.rt.i18n.t("fr", "ci-justice-pulse-title")
    reply = await officer.tap(title)
    assert "2026-Q4" in reply.text and "31 déc. 2099" in reply.text
    reply = await officer.tap("▶️")
    first_item = bot.rt.catalog.questionnaires["justice-pulse"].items[0].id
    first_question = bot.rt.i18n.t("fr", f"ci-justice-pulse-{first_item}")
    assert first_question in reply.text
    assert "1/6" in reply.text
    reply = await answer_all(officer, reply, pick=1)
    assert bot.rt.i18n.t("fr", "checkin-summary-title") in reply.text
    assert "Merci" in reply.text

    async with bot.rt.store.transaction() as session:
        respondent = await session.scalar(select(CheckinRespondent).where(CheckinRespondent.round_id == round_id))
        assert (respondent.sector, respondent.country, respondent.verified, respondent.programme) == (
            "police", "FR", True, "programme-fr")
        assert respondent.finished_at is not None
        answers = await session.scalar(select(func.count()).select_from(CheckinAnswer))
        assert answers == 6
        user = await session.scalar(select(User).where(User.telegram_id == 301))
        assert respondent.pseudonym == bot.rt.analytics.pseudonym(301) and user.verified


async def test_arabic_ngo_worker_continues_after_restart(bot: BotHarness) -> None:
    await open_round(bot, "victim-pulse")
    worker = await onboard_professional(bot, 302, "ar", "ngo", "JO")
    await worker.send("/checkin")
    await worker.tap(bot.rt.i18n.t("ar", "ci-victim-pulse-title"))
    reply = await worker.tap(bot.rt.i18n.t("ar", "btn-checkin-start"))
    for _ in range(3):
        reply = await worker.press(option_data(reply)[0])
    before_restart = reply.last.text
    assert "4/6" in before_restart

    await bot.restart()

    await worker.send("/checkin")
    reply = await worker.tap(bot.rt.i18n.t("ar", "ci-victim-pulse-title"))
    assert bot.rt.i18n.t("ar", "btn-checkin-continue") in reply.labels()
    reply = await worker.tap(bot.rt.i18n.t("ar", "btn-checkin-continue"))
    assert reply.last.text == before_restart
    assert "\u2068" not in reply.last.text and "\u2069" not in reply.last.text


async def test_back_skip_and_revision_do_not_duplicate(bot: BotHarness) -> None:
    round_id = await open_round(bot, "general-pulse")
    user = await onboard_professional(bot, 303, "en", "gov", "KE")
    await user.send("/checkin")
    await user.tap("2026-Q4")
    reply = await user.tap("Start")
    assert "Skip" in " ".join(reply.labels()) and "Back" not in " ".join(reply.labels())
    items = len(bot.rt.catalog.questionnaires["general-pulse"].items)
    reply = await user.press(option_data(reply)[0])          # answer item 1
    reply = await user.tap("Back")                            # back to item 1, answer shown
    assert f"1/{items}" in reply.text and "Your answer:" in reply.text
    reply = await user.press(option_data(reply)[1])          # change it
    reply = await user.tap("Skip")                            # skip item 2
    assert f"3/{items}" in reply.text
    reply = await answer_all(user, reply)
    assert "skipped" in reply.text

    reply = await user.tap("Review or change")
    assert f"1/{items}" in reply.text
    reply = await user.press(option_data(reply)[2])
    async with bot.rt.store.transaction() as session:
        respondents = await session.scalar(
            select(func.count()).select_from(CheckinRespondent).where(CheckinRespondent.round_id == round_id))
        answers = (await session.execute(select(CheckinAnswer.item, CheckinAnswer.answer))).all()
    assert respondents == 1
    assert len(answers) == items - 1  # one skipped, none duplicated by the revisions
    first_item = bot.rt.catalog.questionnaires["general-pulse"].items[0]
    assert dict(answers)[first_item.id] == first_item.answer_values()[2]


async def test_country_distribution_only_from_five_respondents(bot: BotHarness) -> None:
    await open_round(bot, "general-pulse")
    summaries = []
    for n in range(5):
        user = await onboard_professional(bot, 310 + n, "en", "edu", "KE")
        await user.send("/checkin")
        await user.tap("2026-Q4")
        reply = await answer_all(user, await user.tap("Start"), pick=n % 2)
        summaries.append(reply.text)
    for text in summaries[:4]:
        assert "Not enough answers from Kenya" in text
        assert "What colleagues in Kenya answered" not in text
    assert "What colleagues in Kenya answered" in summaries[4]
    assert "(5 answers)" in summaries[4]
    assert "60%" in summaries[4] and "40%" in summaries[4]


async def test_stale_and_forged_checkin_buttons(bot: BotHarness) -> None:
    round_id = await open_round(bot, "general-pulse")
    user = await onboard_professional(bot, 320, "es", "health", "GT")
    await user.send("/checkin")
    await user.tap("2026-Q4")
    reply = await user.tap("▶️")
    first = option_data(reply)[0]
    await user.press(first)
    stale_text = bot.rt.i18n.t("es", "stale-button")
    for forged in (first, f"cka:{round_id}:5:building", f"cka:{round_id}:1:nonsense", "cka:99999:0:dk",
                   f"ckb:{round_id}:x", "cko:abc"):
        reply = await user.press(forged)
        assert reply.alerts == [stale_text], forged
        assert not reply.messages
    async with bot.rt.store.transaction() as session:
        assert await session.scalar(select(func.count()).select_from(CheckinAnswer)) == 1


async def test_check_ins_only_for_professionals_and_staff_commands_hidden(bot: BotHarness) -> None:
    learner = bot.user(330, "en")
    for data in ("/start",):
        await learner.send(data)
    for data in ("lang:en", "aud:caregiver", "cty:KE", "cns:yes"):
        await learner.press(data)
    reply = await learner.send("/checkin")
    assert "Check-ins are for professionals" in reply.text
    for command in ("/rounds", "/openround general-pulse X 2099-01-01", "/export 1", "/invite police KE"):
        reply = await learner.send(command)
        assert reply.text == bot.rt.i18n.t("en", "unknown-command")


async def test_staff_export_sends_csv(bot: BotHarness) -> None:
    round_id = await open_round(bot, "general-pulse")
    user = await onboard_professional(bot, 340, "en", "tech", "ID")
    await user.send("/checkin")
    await user.tap("2026-Q4")
    await answer_all(user, await user.tap("Start"))
    reply = await bot.user(STAFF).send(f"/export {round_id}")
    document = next(c for c in reply.calls if c.method == "sendDocument")
    rows = document.files["document"].decode().splitlines()
    assert rows[0].startswith("round,questionnaire,version,respondent,sector,country")
    assert len(rows) == 1 + len(bot.rt.catalog.questionnaires["general-pulse"].items)
    assert all(",tech,ID," in row for row in rows[1:])
    assert "340" not in "".join(r.split(",")[3] for r in rows[1:])  # pseudonym, never the Telegram id
    listing = await bot.user(STAFF).send("/rounds")
    assert f"#{round_id} · 2026-Q4 · general-pulse · 1 respondents" in listing.text
