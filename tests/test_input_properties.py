"""Property tests over what people can send that the bot did not offer: any button data, any arguments to staff
and trainer commands, boundary numbers included. The real bot handles each one; whatever comes, it answers, the
button stops spinning, nothing crashes and nothing changes in the database."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.chat.application import callback_routes
from bot.features.common import MAX_ROW_ID, MAX_TELEGRAM_ID
from tests.auxil.conversations import onboard, snapshot, t
from tests.auxil.harness import BotHarness, TgUser

BOUNDARY_NUMBERS = ["0", "1", "-1", "4", "5", str(MAX_ROW_ID), str(MAX_ROW_ID + 1), str(2**40), str(2**63),
                    str(MAX_TELEGRAM_ID + 1), "1" * 30, "٣", "²", "1e9", "0x10", " 7", "+3", "007"]
EXAMPLES = 120


def _argument() -> st.SearchStrategy[str]:
    ascii_token = st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=126, exclude_characters=":"),
                          max_size=12)
    return st.one_of(st.sampled_from(BOUNDARY_NUMBERS), ascii_token, st.text(max_size=8))


def _structured_data() -> st.SearchStrategy[str]:
    """A real route's prefix with arguments of any kind: what a forged or stale button would carry."""
    return st.builds(lambda prefix, parts: ":".join([prefix, *parts]),
                     st.sampled_from(sorted(callback_routes())), st.lists(_argument(), max_size=5)
                     ).filter(lambda data: len(data.encode()) <= 64)


def _random_data() -> st.SearchStrategy[str]:
    return st.text(min_size=1, max_size=64).filter(lambda data: len(data.encode()) <= 64 and ":" not in data[:6])


def _run_in(loop: asyncio.AbstractEventLoop) -> Callable[[Coroutine[Any, Any, Any]], Any]:
    return lambda coroutine: asyncio.run_coroutine_threadsafe(coroutine, loop).result(timeout=30)


async def _press_all(bot: BotHarness, staff: TgUser, strategy: st.SearchStrategy[str]) -> None:
    run = _run_in(asyncio.get_running_loop())
    seen: list[str] = []

    @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(data=strategy)
    def pressing(data: str) -> None:
        seen.append(data)
        reply = run(staff.press(data))
        answers = [c for c in reply.calls if c.method == "answerCallbackQuery"]
        assert len(answers) == 1, (data, [c.method for c in reply.calls])
        assert all(call.text != t(bot, "fr", "try-later") for call in reply.messages), data

    await asyncio.to_thread(pressing)
    assert bot.rt is not None and not bot.rt.metrics.errors, bot.rt.metrics.errors
    assert len(seen) >= EXAMPLES // 2


async def test_any_arguments_on_a_real_button_are_answered_without_an_error(bot: BotHarness) -> None:
    staff = await onboard(bot, 999, "fr", audience="professional", country="SN")  # an admin: every route is open
    await _press_all(bot, staff, _structured_data())


async def test_random_button_data_is_answered_and_changes_nothing(bot: BotHarness) -> None:
    staff = await onboard(bot, 999, "fr", audience="professional", country="SN")
    before = await snapshot(bot)
    await _press_all(bot, staff, _random_data())
    assert await snapshot(bot) == before


STAFF_COMMANDS = ["export", "invite", "openround", "renamecohort", "granttrainer", "revoketrainer", "newcohort",
                  "stats", "rounds", "cohorts"]


async def test_any_arguments_to_staff_commands_get_an_answer_not_an_error(bot: BotHarness) -> None:
    staff = await onboard(bot, 999, "es", audience="professional", country="GT")
    loop = asyncio.get_running_loop()
    run = _run_in(loop)

    @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(command=st.sampled_from(STAFF_COMMANDS), arguments=st.lists(_argument(), max_size=4))
    def typing(command: str, arguments: list[str]) -> None:
        line = " ".join([f"/{command}", *arguments])
        reply = run(staff.send(line))
        assert reply.messages, line  # a clear answer (a usage line at worst), never silence
        assert all(call.text != t(bot, "es", "try-later") for call in reply.messages), line

    await asyncio.to_thread(typing)
    assert bot.rt is not None and not bot.rt.metrics.errors, bot.rt.metrics.errors
