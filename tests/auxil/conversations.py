"""Helpers shared by the conversation tests: getting people onboarded quickly, reading the database raw, and
collecting everything the bot sent to one chat."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import func, select, text

from bot.devtools.fake_bot_api import Call
from bot.store.models import Base, Event, User
from tests.auxil.harness import BotHarness, Reply, TgUser

ARABIC = re.compile(r"[\u0600-\u06FF]")
ISOLATES = re.compile(r"[\u2066-\u2069]")


async def onboard(
    bot: BotHarness,
    user_id: int,
    locale: str = "en",
    *,
    audience: str = "youth",
    age: str = "16-17",
    sector: str = "edu",
    country: str = "KE",
    language_code: str | None = None,
) -> TgUser:
    """Onboard someone by pressing the real buttons' data, checking each step answered with a screen."""
    user = bot.user(user_id, language_code or locale)
    await user.send("/start")
    steps = [f"lang:{locale}", f"aud:{audience}"]
    if audience == "youth":
        steps.append(f"age:{age}")
    elif audience == "professional":
        steps.append(f"sec:{sector}")
    steps += [f"cty:{country}", "cns:yes"]
    for data in steps:
        reply = await user.press(data)
        assert reply.messages, f"no screen after {data!r}: {reply.alerts}"
        assert not any(reply.alerts), f"{data!r} was refused: {reply.alerts}"
    row = await user_row(bot, user_id)
    assert row is not None and row.consent_at is not None and row.step is None
    return user


async def user_row(bot: BotHarness, telegram_id: int) -> User | None:
    assert bot.rt is not None
    async with bot.rt.store.transaction() as session:
        return await session.scalar(select(User).where(User.telegram_id == telegram_id))


async def count(bot: BotHarness, model: type[Any], *where: Any) -> int:
    assert bot.rt is not None
    async with bot.rt.store.transaction() as session:
        return int(await session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


async def events(bot: BotHarness, *where: Any) -> list[Event]:
    assert bot.rt is not None
    async with bot.rt.store.transaction() as session:
        return list((await session.scalars(select(Event).where(*where).order_by(Event.id))).all())


async def snapshot(bot: BotHarness) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the schema, read with a raw SELECT (to compare before/after)."""
    assert bot.rt is not None
    tables: dict[str, list[tuple[Any, ...]]] = {}
    async with bot.rt.store.transaction() as session:
        for table in Base.metadata.sorted_tables:
            rows = (await session.execute(text(f'SELECT * FROM "{table.name}"'))).all()
            tables[table.name] = sorted((tuple(row) for row in rows), key=repr)
    return tables


def stored_strings(tables: dict[str, list[tuple[Any, ...]]]) -> list[str]:
    return [value for rows in tables.values() for row in rows for value in row if isinstance(value, str)]


def chat_calls(bot: BotHarness, chat_id: int) -> list[Call]:
    """Every message the bot sent or edited in this chat."""
    return [c for c in bot.api.calls if c.method in ("sendMessage", "editMessageText") and c.chat_id == chat_id]


def everything_shown(bot: BotHarness) -> list[str]:
    """Every text, button label, alert and command description the bot sent to the (fake) Bot API."""
    out: list[str] = []
    for call in bot.api.calls:
        out.append(call.text)
        out += call.button_labels()
        out += [c.get("description", "") for c in call.params.get("commands") or [] if isinstance(c, dict)]
    return [s for s in out if s]


async def tap_exact(user: TgUser, reply: Reply, label: str) -> Reply:
    """Press the button of the reply's last message whose label is exactly `label`."""
    for row in reply.last.buttons:
        for button in row:
            if button["text"] == label:
                return await user.press(button["callback_data"])
    raise AssertionError(f"no button {label!r} in {reply.labels()}")


def t(bot: BotHarness, locale: str, message_id: str, /, **args: Any) -> str:
    assert bot.rt is not None
    return bot.rt.i18n.t(locale, message_id, **args)


# Buttons a main menu may carry; the four core ones always, in this order.
MENU_KEYS = ("btn-lessons", "btn-checkin", "btn-polls", "btn-help", "btn-settings", "btn-privacy", "btn-share")


def assert_menu(bot: BotHarness, labels: list[str], locale: str, audience: str) -> None:
    """The main menu for this audience, in this language (no button left in English)."""
    first = "btn-checkin" if audience == "professional" else "btn-lessons"
    expected = [t(bot, locale, key) for key in (first, "btn-help", "btn-settings", "btn-privacy")]
    missing = [label for label in expected if label not in labels]
    assert not missing, f"menu lacks {missing}: {labels}"
    positions = [labels.index(label) for label in expected]
    assert positions == sorted(positions), labels
    if audience == "professional":  # lessons for professionals come after their check-ins
        assert labels.index(t(bot, locale, "btn-lessons")) > labels.index(t(bot, locale, "btn-checkin")), labels
    else:
        assert t(bot, locale, "btn-checkin") not in labels
    if locale != "en":
        english = {t(bot, "en", key) for key in MENU_KEYS}
        assert not english & set(labels), f"English left in the {locale} menu: {english & set(labels)}"
