from sqlalchemy import select

from bot.store.models import Event, User
from tests.auxil.harness import BotHarness


async def test_english_onboarding_to_menu(bot: BotHarness) -> None:
    user = bot.user(101, "en")
    reply = await user.send("/start")
    assert "choose your language" in reply.text
    reply = await user.tap("English")
    assert "Who are you?" in reply.text
    reply = await user.tap("young person")
    assert "How old are you?" in reply.text
    reply = await user.tap("13 to 15")
    assert "Which country" in reply.text
    assert "Kenya" in reply.labels()
    reply = await user.tap("Kenya")
    assert "what I keep and why" in reply.text
    reply = await user.tap("I agree")
    assert "All set" in reply.text
    assert "📚 Lessons" in reply.labels()
    async with bot.rt.store.transaction() as s:
        row = await s.scalar(select(User).where(User.telegram_id == 101))
        assert (row.audience, row.age_band, row.country, row.locale) == ("youth", "13-15", "KE", "en")
        events = (await s.scalars(select(Event))).all()
        assert [e.kind for e in events] == ["onboarded"]
        assert events[0].pseudonym != "101"


async def test_help_word_mid_onboarding(bot: BotHarness) -> None:
    user = bot.user(102, "en")
    await user.send("/start")
    await user.tap("English")
    reply = await user.send("HELP")
    assert "Help is here" in reply.text
    assert "116 111" not in reply.text  # no country yet: global resources only
    assert "takeitdown.ncmec.org" in reply.text


async def test_the_application_keeps_nothing_per_person(bot: BotHarness) -> None:
    """python-telegram-bot marks every chat and user for a persistence layer the bot does not have; those sets
    would grow by two ids per person for as long as the process runs (bench/memory.py)."""
    for telegram_id in (201, 202, 203):
        reply = await bot.user(telegram_id, "en").send("/start")
        assert "choose your language" in reply.text
    assert bot.app is not None
    assert bot.app.persistence is None
    assert not bot.app._chat_ids_to_be_updated_in_persistence
    assert not bot.app._user_ids_to_be_updated_in_persistence
