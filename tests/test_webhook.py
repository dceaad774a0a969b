"""Webhook mode over real HTTP: secret check, exactly-once intake, answers before slow handlers finish,
health, readiness and metrics on the same server."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families
from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, TypeHandler

from bot.cli.runner import serve
from bot.devtools.fake_bot_api import FakeBotApi, message_update
from bot.services.runtime import Runtime
from bot.services.safety import Reading, SafetyMatcher, Signal
from bot.services.safety.memo import ReadingMemo
from bot.store.db import PoolTimeout, Store
from tests.auxil.faults import proxy_in_front_of
from tests.auxil.harness import make_settings, wait_until

SECRET = "s3cret-token_for-tests"
PATH = "/telegram/webhook"
HELP_WITHIN_SECONDS = 2.0  # as in test_faults: help while the database hangs
STARTUP_BOUND_SECONDS = 120


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Served:
    def __init__(self, url: str, application: Application, rt: Runtime) -> None:
        self.url, self.application, self.rt = url, application, rt

    async def post(self, payload: dict[str, Any], secret: str | None = SECRET) -> int:
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
        async with aiohttp.ClientSession() as session, session.post(
                f"{self.url}{PATH}", json=payload, headers=headers) as response:
            return response.status


@contextlib.asynccontextmanager
async def serving(fake_api: FakeBotApi, store: Store) -> AsyncIterator[Served]:
    """The real bot in webhook mode on `store`, serving HTTP on a free port until the block ends."""
    port = free_port()
    settings = make_settings(store.url, fake_api.base_url, mode="webhook",
                             webhook_url="https://bot.example.org", webhook_secret=SECRET, http_port=port)
    rt = Runtime.build(settings, store)
    stop = asyncio.Event()
    started: asyncio.Future[Application] = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(serve(rt, stop, on_started=started.set_result))
    try:
        # Until the bot has started or has stopped with its own error; the bound only ends a hung start (a loaded CI
        # machine once took over 20 s to load the content and model).
        await asyncio.wait({started, task}, timeout=STARTUP_BOUND_SECONDS, return_when=asyncio.FIRST_COMPLETED)
        if not started.done():
            if task.done():
                task.result()
            raise TimeoutError(f"the bot did not start within {STARTUP_BOUND_SECONDS} s")
        yield Served(f"http://127.0.0.1:{port}", started.result(), rt)
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)
        await rt.close()


@pytest.fixture
async def served(fake_api: FakeBotApi, tmp_path: Path) -> AsyncIterator[Served]:
    async with serving(fake_api, Store(f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}")) as value:
        yield value


def replies_to(api: FakeBotApi, chat_id: int) -> list[str]:
    return [c.text for c in api.calls if c.method == "sendMessage" and c.chat_id == chat_id]


async def test_set_webhook_with_secret_and_allowed_updates(served: Served, fake_api: FakeBotApi) -> None:
    assert fake_api.webhook["url"] == f"https://bot.example.org{PATH}"
    assert fake_api.webhook["secret_token"] == SECRET
    assert set(fake_api.webhook["allowed_updates"]) == {"message", "callback_query", "my_chat_member"}


async def test_wrong_or_missing_secret_is_rejected_and_nothing_processed(served: Served,
                                                                          fake_api: FakeBotApi) -> None:
    update = {"update_id": 10, **message_update(701, "/help")}
    assert await served.post(update, secret="wrong-secret-value") == 401
    assert await served.post(update, secret=None) == 401
    assert await served.post({"update_id": 11, **message_update(702, "/help")}) == 200
    await wait_until(lambda: replies_to(fake_api, 702))
    assert replies_to(fake_api, 701) == []
    assert served.rt.metrics.value("bot_webhook_rejected_total") == 2


async def test_same_update_twice_is_processed_once(served: Served, fake_api: FakeBotApi) -> None:
    update = {"update_id": 20, **message_update(703, "/help")}
    assert await served.post(update) == 200
    assert await served.post(update) == 200
    assert await served.post({"update_id": 21, **message_update(703, "/privacy")}) == 200
    await wait_until(lambda: len(replies_to(fake_api, 703)) >= 2)
    texts = replies_to(fake_api, 703)
    assert len(texts) == 2 and "Help is here" in texts[0] and "Privacy notice" in texts[1]
    assert served.rt.metrics.value("bot_duplicate_updates_total") == 1


async def test_slow_handler_does_not_delay_the_http_answer(served: Served, fake_api: FakeBotApi) -> None:
    release = asyncio.Event()
    entered = asyncio.Event()

    async def slow(update: Update, _context: Any) -> None:
        if update.effective_message and update.effective_message.text == "/slow":
            entered.set()
            await release.wait()
            raise ApplicationHandlerStop

    served.application.add_handler(TypeHandler(Update, slow), group=-1)
    status = await asyncio.wait_for(served.post({"update_id": 30, **message_update(704, "/slow")}), 5)
    assert status == 200
    await asyncio.wait_for(entered.wait(), 5)
    assert not release.is_set()  # answered while the handler is still running
    release.set()


async def test_health_readiness_and_metrics(served: Served) -> None:
    await served.post({"update_id": 40, **message_update(705, "/help")})
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{served.url}/healthz") as response:
            assert response.status == 200
        async with session.get(f"{served.url}/readyz") as response:
            assert response.status == 200 and "ready" in await response.text()
        await wait_until(lambda: served.application.update_processor.handled["message"] >= 1)  # type: ignore[attr-defined]
        async with session.get(f"{served.url}/metrics") as response:
            body = await response.text()
    families = {family.name: family for family in text_string_to_metric_families(body)}
    samples = {(s.name, tuple(sorted(s.labels.items()))): s.value for f in families.values() for s in f.samples}
    assert samples[("bot_updates_handled_total", (("kind", "message"),))] == 1
    assert samples[("bot_outbox_leader", ())] == 1  # SQLite: the only process leads
    assert samples[("bot_outbox_due", ())] == 0
    assert families["bot_handler_seconds"].type == "histogram"
    assert samples[("bot_handler_seconds_count", ())] == 1
    assert samples[("bot_handler_seconds_bucket", (("le", "+Inf"),))] == 1
    assert families["bot_telegram_api_seconds"].type == "histogram"  # the help reply went through the limiter
    assert samples[("bot_telegram_api_seconds_count", (("method", "sendMessage"), ("source", "reply")))] >= 1
    for name in ("bot_errors", "bot_messages_sent", "bot_telegram_429", "bot_reply_retries", "bot_malformed_updates",
                 "bot_webhook_rejected", "bot_duplicate_updates"):
        assert families[name].type == "counter", name  # exposed as <name>_total
    assert samples[("process_resident_memory_bytes", ())] > 0 and ("process_cpu_seconds_total", ()) in samples
    labels = " ".join(value for _, pairs in samples for _, value in pairs)
    assert "705" not in labels and "help" not in labels.lower()  # never an id or a person's text


@pytest.mark.parametrize("database", ["postgres"], indirect=True)  # SQLite's pool does not run out like this
async def test_update_is_answered_503_while_no_connection_is_free_and_handled_when_resent(
        database: tuple[str, dict[str, Any]], fake_api: FakeBotApi) -> None:
    """A burst that takes every pooled connection is "try again" for Telegram (503, so it re-sends), not a 500
    that loses the update; the re-sent update is then handled once."""
    url, options = database
    store = Store(url, timeout=1.0, pool_size=3, max_overflow=0, **options)
    await store.migrate()
    held = []
    async with serving(fake_api, store) as served:
        try:
            with pytest.raises(PoolTimeout):
                while True:  # take every connection the bot's own tasks are not holding
                    held.append(await store.engine.connect())
            update = {"update_id": 50, **message_update(706, "/start")}
            assert await served.post(update) == 503
        finally:
            for connection in held:
                await connection.close()
        assert await served.post(update) == 200
        await wait_until(lambda: len(replies_to(fake_api, 706)) >= 1)
        assert await served.post(update) == 200  # a third delivery is a duplicate
        assert len(replies_to(fake_api, 706)) == 1 and "choose your language" in replies_to(fake_api, 706)[0]


@pytest.mark.parametrize("database", ["postgres"], indirect=True)
async def test_help_and_disclosures_are_handled_while_the_database_hangs_and_the_rest_get_503(
        database: tuple[str, dict[str, Any]], fake_api: FakeBotApi) -> None:
    """Help never waits for the database: in webhook mode an urgent update whose id cannot be recorded is
    handled anyway (answered 200), while any other update is left for Telegram to send again (503)."""
    url, options = database
    proxy, via_proxy = await proxy_in_front_of(url)
    store = Store(via_proxy, **options)
    await store.migrate()
    try:
        async with serving(fake_api, store) as served:
            proxy.set_mode("blackhole")
            for n, said in enumerate(("/help", "help", "someone is threatening me with my photos")):
                chat = 720 + n
                started = time.monotonic()
                assert await served.post({"update_id": 60 + n, **message_update(chat, said)}) == 200
                await wait_until(lambda chat=chat: len(replies_to(fake_api, chat)) >= 1, timeout=10)
                assert time.monotonic() - started < HELP_WITHIN_SECONDS, said
                reply = replies_to(fake_api, chat)[0]
                assert "Child Helpline International" in reply, (said, reply[:200])
            assert await served.post({"update_id": 70, **message_update(730, "/start")}) == 503
            assert replies_to(fake_api, 730) == []
            proxy.set_mode("reset")  # connections stuck in the black hole are cut, so shutting down is quick
    finally:
        await proxy.stop()


class CountingMatcher:
    """The bot's own matcher, counting how many times a text is classified (every answer is the real one)."""

    def __init__(self, matcher: SafetyMatcher) -> None:
        self.matcher, self.calls = matcher, 0

    def classify(self, text: str) -> Reading | None:
        self.calls += 1
        return self.matcher.classify(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.matcher, name)


@pytest.mark.parametrize(("said", "answered"), [
    ("my stepdad said he will hurt me if i tell anyone", "who is not the person hurting or threatening you"),
    ("what time is it", None),  # not urgent: classified once too, by the intake, and not again by the handler
])
async def test_each_webhook_text_is_classified_once(served: Served, fake_api: FakeBotApi, said: str,
                                                    answered: str | None) -> None:
    """The intake, the update processor and the text handler all need the message's reading; it used to be
    classified by each of them (3 times per text). The first classifies it, the others read it by update id."""
    counting = CountingMatcher(served.rt.safety)
    served.rt.safety = counting  # type: ignore[assignment]
    assert await served.post({"update_id": 80, **message_update(740, said)}) == 200
    await wait_until(lambda: len(replies_to(fake_api, 740)) >= 1)
    await served.application.update_processor.wait_processed(80)  # type: ignore[attr-defined]
    reply = replies_to(fake_api, 740)[0]
    if answered is not None:
        assert answered in reply, reply[:300]
    assert counting.calls == 1
    assert len(served.rt.readings) == 0  # the handler took the decision: nothing kept for a handled text


def test_reading_memo_keeps_the_newest_decisions_only() -> None:
    memo = ReadingMemo(size=3)
    calls: list[str] = []

    def classify(text: str) -> Reading | None:
        calls.append(text)
        return Reading(Signal.HELP) if text == "help" else None

    for update_id in range(1, 6):
        assert memo.read(update_id, "help", classify) == Reading(Signal.HELP)
    assert len(memo) == 3 and len(calls) == 5
    assert memo.read(5, "help", classify) == Reading(Signal.HELP) and len(calls) == 5  # remembered
    assert memo.read(1, "help", classify) == Reading(Signal.HELP) and len(calls) == 6  # forgotten, classified again
    assert memo.take(5, "help", classify) == Reading(Signal.HELP) and len(calls) == 6
    assert memo.take(5, "help", classify) == Reading(Signal.HELP) and len(calls) == 7  # taken out: classified
    assert memo.read(None, "hi", classify) is None and len(memo) == 2  # no update id: nothing kept
