from sqlalchemy import select

from bot.store.models import Event
from tests.auxil.harness import BotHarness


async def onboard_youth(bot: BotHarness, user_id: int, lang: str = "en") -> None:
    user = bot.user(user_id, lang)
    await user.send("/start")
    await user.press(f"lang:{lang}")
    await user.press("aud:youth")
    await user.press("age:13-15")
    await user.press("cty:KE")
    await user.press("cns:yes")


async def test_whole_series_in_english(bot: BotHarness) -> None:
    await onboard_youth(bot, 201)
    user = bot.user(201)
    reply = await user.send("/lessons")
    assert "You're in control · 0/4" in " ".join(reply.labels())
    await user.tap("in control")
    reply = await user.tap("Start")
    assert "▰▱" in reply.text
    steps = 0
    while True:
        labels = reply.labels()
        if "Next ➡️" in labels:
            reply = await user.tap("Next ➡️")
        elif "Continue ➡️" in labels:
            reply = await user.tap("Continue ➡️")
        elif any(lbl.startswith("▶️ Next:") for lbl in labels):
            reply = await user.tap("▶️ Next:")
        elif "🔁 Start again" in labels:
            break
        else:
            first_option = reply.last.buttons[0][0]["callback_data"]
            reply = await user.press(first_option)
            again = await user.press(first_option)
            assert "only your first answer counts" in again.text
        steps += 1
        assert steps < 100
    assert "You finished" in reply.text
    async with bot.rt.store.transaction() as s:
        kinds = [e.kind for e in (await s.scalars(select(Event))).all()]
    assert kinds.count("lesson_completed") == 4
    assert kinds.count("series_completed") == 1
    assert kinds.count("quiz_answered") == 8
    assert kinds.count("lesson_started") == 4
