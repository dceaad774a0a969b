"""bot/services/voice.py and the youth-voice content, without Telegram: poll windows and targeting, once-only
announcements, results suppressed below 5, ratings, the series question, share referrals, the content checks.
Store tests run on SQLite and, with TEST_POSTGRES_URL, on PostgreSQL."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError
from sqlalchemy import func, select

from bot.content.base import ContentError
from bot.content.catalog import Catalog, load_catalog
from bot.content.check import check_content
from bot.content.polls import Poll
from bot.features.voice import bar
from bot.services import voice
from bot.services.analytics import Analytics
from bot.services.voice import VoiceError
from bot.settings import PROJECT_ROOT
from bot.store.db import Store
from bot.store.models import (
    Event,
    LessonProgress,
    LessonRating,
    PollAnnouncement,
    PollAnswer,
    ShareCode,
    ShareReferral,
    User,
    VoiceAnswer,
    utcnow,
)
from tests.auxil.languages import LANGUAGES as LOCALES
from tests.auxil.pending import real_errors

ANALYTICS = Analytics(b"voice-test-pseudonym-key-0123456789")
NOW = datetime(2027, 3, 10, 12, tzinfo=UTC)


def poll(poll_id: str, audiences: list[str], countries: Any = "all", opens: date = date(2027, 3, 1),
         closes: date = date(2027, 3, 31), options: tuple[str, ...] = ("a", "b", "c")) -> Poll:
    return Poll.model_validate({"id": poll_id, "options": list(options), "audiences": audiences,
                                "countries": countries, "opens": opens, "closes": closes})


YOUTH = ["youth_13_15", "youth_16_17"]
POLLS = {
    "p-all": poll("p-all", YOUTH),
    "p-16": poll("p-16", ["youth_16_17"]),
    "p-care": poll("p-care", ["caregiver"]),
    "p-ke": poll("p-ke", [*YOUTH, "caregiver"], ["KE"]),
    "p-closed": poll("p-closed", YOUTH, opens=date(2027, 1, 1), closes=date(2027, 1, 31)),
}


@pytest.fixture(scope="module")
def real_catalog() -> Catalog:
    return load_catalog(PROJECT_ROOT / "content")


@pytest.fixture
def catalog(real_catalog: Catalog) -> Catalog:
    return dataclasses.replace(real_catalog, polls=dict(POLLS))


def person(telegram_id: int, audience: str | None = "youth", age_band: str | None = "13-15",
           country: str | None = "KE", *, onboarded: bool = True, **fields: Any) -> User:
    return User(telegram_id=telegram_id, locale="en", audience=audience, age_band=age_band, country=country,
                consent_at=utcnow() if onboarded else None, stopped=fields.pop("stopped", False),
                inactive=fields.pop("inactive", False), verified=False, **fields)


async def add(store: Store, *users: User) -> list[int]:
    async with store.transaction() as session:
        session.add_all(users)
        await session.flush()
        return [u.id for u in users]


async def rows(store: Store, model: type, *where: Any) -> int:
    async with store.transaction() as session:
        return int(await session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


# --- the poll format ------------------------------------------------------------------------------------------


def test_poll_format_is_validated() -> None:
    assert poll("x", YOUTH).countries == ["all"]
    assert poll("x", YOUTH, ["KE", "RO"]).countries == ["KE", "RO"]
    assert poll("x", YOUTH).capabilities == [14]
    broken = {
        "closes before opens": {"opens": date(2027, 3, 2), "closes": date(2027, 3, 1)},
        "a lowercase country": {"countries": ["ke"]},
        "one option": {"options": ["a"]},
        "seven options": {"options": list("abcdefg")},
        "the same option twice": {"options": ["a", "a"]},
        "an option id with a capital": {"options": ["a", "B"]},
        "an unknown audience": {"audiences": ["adults"]},
        "no audience": {"audiences": []},
        "an unknown field": {"question": "free text"},
    }
    base = {"id": "x", "options": ["a", "b"], "audiences": YOUTH, "countries": "all",
            "opens": "2027-03-01", "closes": "2027-03-31"}
    for why, change in broken.items():
        with pytest.raises(ValidationError):
            Poll.model_validate({**base, **change})
            pytest.fail(why)


def test_a_broken_poll_file_names_the_file_and_field(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(PROJECT_ROOT / "content", content)
    path = content / "polls" / "bad.yaml"
    path.write_text(yaml.safe_dump({"id": "bad", "options": ["a", "b"], "audiences": YOUTH, "countries": ["Kenya"],
                                    "opens": "2027-03-01", "closes": "2027-03-31"}))
    with pytest.raises(ContentError, match=r"^content/polls/bad\.yaml: countries: .*'Kenya'"):
        load_catalog(content)
    path.write_text(yaml.safe_dump({"id": "other", "options": ["a", "b"], "audiences": YOUTH, "countries": "all",
                                    "opens": "2027-03-01", "closes": "2027-03-31"}))
    with pytest.raises(ContentError, match=r"^content/polls/bad\.yaml: id: 'other' must match the file name"):
        load_catalog(content)


def test_yes_and_no_option_ids_get_a_hint(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(PROJECT_ROOT / "content", content)
    (content / "polls" / "talked.yaml").write_text(
        "id: talked\noptions: [yes, no]\naudiences: [caregiver]\ncountries: all\nopens: 2027-03-01\n"
        "closes: 2027-03-31\n")
    with pytest.raises(ContentError, match=r"^content/polls/talked\.yaml: options: .*quote yes, no"):
        load_catalog(content)
    (content / "polls" / "talked.yaml").write_text(
        "id: talked\noptions: ['yes', 'no']\naudiences: [caregiver]\ncountries: all\nopens: 2027-03-01\n"
        "closes: 2027-03-31\n")
    assert load_catalog(content).polls["talked"].options == ["yes", "no"]


def test_open_and_close_are_whole_utc_days() -> None:
    p = poll("x", YOUTH, opens=date(2027, 3, 1), closes=date(2027, 3, 31))
    opens = datetime(2027, 3, 1, tzinfo=UTC)
    assert not p.is_open(opens - timedelta(microseconds=1))
    assert p.is_open(opens)
    assert p.is_open(datetime(2027, 3, 31, 23, 59, 59, 999999, tzinfo=UTC))
    assert not p.is_open(datetime(2027, 4, 1, tzinfo=UTC))
    # An aware time in another zone is the same instant: 01:30 on 1 April in UTC+2 is still 31 March in UTC.
    assert p.is_open(datetime(2027, 4, 1, 1, 30, tzinfo=timezone(timedelta(hours=2))))
    one_day = poll("y", YOUTH, opens=date(2027, 3, 5), closes=date(2027, 3, 5))
    assert one_day.is_open(datetime(2027, 3, 5, 18, tzinfo=UTC))
    assert not one_day.is_open(datetime(2027, 3, 6, tzinfo=UTC))


def test_open_polls_follow_audience_country_and_window(catalog: Catalog) -> None:
    def ids(user: User, now: datetime = NOW) -> set[str]:
        return {p.id for p in voice.open_polls(catalog, user, now)}

    assert ids(person(1, "youth", "13-15", "KE")) == {"p-all", "p-ke"}
    assert ids(person(2, "youth", "16-17", "RO")) == {"p-all", "p-16"}
    assert ids(person(3, "caregiver", None, "KE")) == {"p-care", "p-ke"}
    assert ids(person(4, "youth", "16-17", "ZZ")) == {"p-all", "p-16"}  # "prefer not to say": only 'all' polls
    assert ids(person(5, "youth", "13-15", None)) == {"p-all"}
    assert ids(person(6, "professional", None, "KE", sector="police")) == set()
    assert ids(person(7, "youth", "13-15", "KE", onboarded=False)) == set()
    assert ids(person(8, "youth", "13-15", "KE"), datetime(2027, 1, 15, tzinfo=UTC)) == {"p-closed"}
    assert ids(person(9, "youth", "13-15", "KE"), datetime(2027, 4, 1, tzinfo=UTC)) == set()
    with pytest.raises(VoiceError):
        voice.poll_for(catalog, person(10, "caregiver", None, "RO"), "p-ke")
    with pytest.raises(VoiceError):
        voice.poll_for(catalog, person(11), "no-such-poll")


def test_bar_chart() -> None:
    assert bar(0) == "▁" * 10
    assert bar(100) == "▇" * 10
    assert bar(62) == "▇▇▇▇▇▇▁▁▁▁"
    assert bar(33) == "▇▇▇▁▁▁▁▁▁▁"
    assert all(len(bar(share)) == 10 for share in range(101))


# --- announcements ----------------------------------------------------------------------------------------------


async def test_announcements_go_once_to_whom_a_poll_is_for(store: Store, catalog: Catalog) -> None:
    ke_13, ro_16, carer_ke, carer_ro, stopped, blocked, newcomer, pro = await add(
        store,
        person(1, "youth", "13-15", "KE"),
        person(2, "youth", "16-17", "RO"),
        person(3, "caregiver", None, "KE"),
        person(4, "caregiver", None, "RO"),
        person(5, "youth", "16-17", "KE", stopped=True),
        person(6, "youth", "16-17", "KE", inactive=True),
        person(7, "youth", "16-17", "KE", onboarded=False),
        person(8, "professional", None, "KE", sector="edu"),
    )
    async with store.transaction() as session:
        pairs = await voice.enqueue_poll_announcements(session, catalog, NOW)
        got = sorted((p.id, u.id) for u, p in pairs)
    assert got == sorted([
        ("p-all", ke_13), ("p-all", ro_16), ("p-16", ro_16), ("p-care", carer_ke), ("p-care", carer_ro),
        ("p-ke", ke_13), ("p-ke", carer_ke),
    ])
    assert await rows(store, PollAnnouncement) == 7
    async with store.transaction() as session:
        assert await voice.enqueue_poll_announcements(session, catalog, NOW) == []

    # Someone who finishes onboarding later is told at the next call, once; someone who already answered is not.
    late, answered = await add(store, person(9, "youth", "13-15", "KE"), person(10, "youth", "13-15", "KE"))
    async with store.transaction() as session:
        user = await session.get(User, answered)
        await voice.answer_poll(session, catalog, ANALYTICS, user, "p-all", "a", NOW)
    async with store.transaction() as session:
        got = sorted((p.id, u.id) for u, p in await voice.enqueue_poll_announcements(session, catalog, NOW))
    assert got == sorted([("p-all", late), ("p-ke", answered), ("p-ke", late)])
    async with store.transaction() as session:
        assert await voice.enqueue_poll_announcements(session, catalog, NOW) == []
    for quiet in (stopped, blocked, newcomer, pro):
        assert await rows(store, PollAnnouncement, PollAnnouncement.user_id == quiet) == 0


async def test_announcements_skip_closed_polls_and_respect_a_limit(store: Store, catalog: Catalog) -> None:
    await add(store, *(person(20 + n, "youth", "13-15", "RO") for n in range(3)))
    async with store.transaction() as session:
        assert await voice.enqueue_poll_announcements(session, catalog, datetime(2027, 4, 1, tzinfo=UTC)) == []
    async with store.transaction() as session:
        first = await voice.enqueue_poll_announcements(session, catalog, NOW, limit=2)
    async with store.transaction() as session:
        rest = await voice.enqueue_poll_announcements(session, catalog, NOW, limit=2)
    assert len(first) == 2 and len(rest) == 1
    assert {u.id for u, _ in first}.isdisjoint({u.id for u, _ in rest})
    async with store.transaction() as session:  # the closed poll's window, for the same people
        closed = await voice.enqueue_poll_announcements(session, catalog, datetime(2027, 1, 10, tzinfo=UTC))
    assert {p.id for _, p in closed} == {"p-closed"} and len(closed) == 3


# --- answers and results ----------------------------------------------------------------------------------------


async def test_one_answer_per_person_revisable_while_open(store: Store, catalog: Catalog) -> None:
    (uid,) = await add(store, person(30))
    async with store.transaction() as session:
        user = await session.get(User, uid)
        assert (await voice.answer_poll(session, catalog, ANALYTICS, user, "p-all", "a", NOW))[1] is True
        assert (await voice.answer_poll(session, catalog, ANALYTICS, user, "p-all", "c", NOW))[1] is False
        for args in (("p-all", "z", NOW), ("p-16", "a", NOW), ("p-closed", "a", NOW),
                     ("p-all", "b", datetime(2027, 4, 1, tzinfo=UTC))):
            with pytest.raises(VoiceError):
                await voice.answer_poll(session, catalog, ANALYTICS, user, *args)
    async with store.transaction() as session:
        stored = (await session.execute(select(PollAnswer.poll, PollAnswer.option))).all()
        kinds = (await session.execute(select(Event.kind, Event.capability, Event.series, Event.value))).all()
    assert stored == [("p-all", "c")]
    assert kinds == [("poll_answered", 14, "poll:p-all", 0)]


async def test_results_are_suppressed_below_five_per_place(store: Store, catalog: Catalog) -> None:
    answers = [("KE", "a"), ("KE", "a"), ("KE", "b"), ("KE", "a"), ("RO", "c")]
    ids = await add(store, *(person(40 + n, country=c) for n, (c, _) in enumerate(answers)))
    p = catalog.polls["p-all"]

    async def results(country: str | None) -> voice.PollResults:
        async with store.transaction() as session:
            return await voice.poll_results(session, p, country)

    async def answer(uid: int, option: str) -> None:
        async with store.transaction() as session:
            await voice.answer_poll(session, catalog, ANALYTICS, await session.get(User, uid), "p-all", option, NOW)

    for uid, (_, option) in zip(ids[:4], answers[:4], strict=True):
        await answer(uid, option)
    four = await results("KE")
    assert (four.in_country.total, four.in_country.shown, four.in_country.counts) == (4, False, {})
    assert (four.overall.total, four.overall.shown, four.overall.share("a")) == (4, False, 0)

    await answer(ids[4], "c")  # a fifth answer, from Romania
    five = await results("KE")
    assert not five.in_country.shown  # still 4 in Kenya
    assert five.overall.shown and five.overall.counts == {"a": 3, "b": 1, "c": 1}
    assert [five.overall.share(o) for o in p.options] == [60, 20, 20]
    assert (await results("ZZ")).in_country is None and (await results(None)).in_country is None

    (fifth_ke,) = await add(store, person(50, country="KE"))
    await answer(fifth_ke, "b")
    shown = await results("KE")
    assert shown.in_country.shown and shown.in_country.counts == {"a": 3, "b": 2}
    assert [shown.in_country.share(o) for o in p.options] == [60, 40, 0]
    # An option dropped from the content since is left out of the results.
    narrower = dataclasses.replace(catalog, polls={**catalog.polls, "p-all": poll("p-all", YOUTH, options=("a", "c"))})
    async with store.transaction() as session:
        trimmed = await voice.poll_results(session, narrower.polls["p-all"], "KE")
    assert trimmed.in_country.total == 3 and not trimmed.in_country.shown


# --- lesson ratings and the series question ----------------------------------------------------------------------


async def test_ratings_only_for_finished_lessons_and_the_question_once(store: Store, catalog: Catalog) -> None:
    series = catalog.series["in-control"]
    last = len(series.lessons) - 1
    (uid,) = await add(store, person(60))

    async def rate(index: int, code: str) -> voice.Rated:
        async with store.transaction() as session:
            return await voice.rate_lesson(session, catalog, ANALYTICS, await session.get(User, uid), series.id,
                                           index, code)

    with pytest.raises(VoiceError):
        await rate(0, "h")  # no progress at all
    async with store.transaction() as session:
        session.add(LessonProgress(user_id=uid, series=series.id, lesson_index=1, step_index=0, lessons_done=1))
    first = await rate(0, "h")
    assert (first.rating, first.first, first.ask) == ("helpful", True, None)
    with pytest.raises(VoiceError):
        await rate(1, "h")  # lesson 2 not finished
    with pytest.raises(VoiceError):
        await rate(0, "x")
    changed = await rate(0, "n")
    assert (changed.rating, changed.first) == ("not_helpful", False)

    async with store.transaction() as session:  # restarted: lessons_done back to 0, the rating may still change
        row = await session.get(LessonProgress, (uid, series.id))
        row.lessons_done, row.lesson_index = 0, 0
    assert (await rate(0, "u")).rating == "unsure"

    async with store.transaction() as session:  # the whole series done
        row = await session.get(LessonProgress, (uid, series.id))
        row.lessons_done, row.completed_at = len(series.lessons), utcnow()
    assert (await rate(last - 1, "h")).ask is None  # not the last lesson
    asked = await rate(last, "h")
    assert asked.ask == series.voice_question
    assert (await rate(last, "n")).ask is None  # once
    async with store.transaction() as session:
        user = await session.get(User, uid)
        with pytest.raises(VoiceError):
            await voice.answer_voice(session, catalog, ANALYTICS, user, series.id, "not-an-option")
        with pytest.raises(VoiceError):  # never asked
            await voice.answer_voice(session, catalog, ANALYTICS, user, "risky-contact", "leave")
        assert (await voice.answer_voice(session, catalog, ANALYTICS, user, series.id, "kind")).first is True
        assert (await voice.answer_voice(session, catalog, ANALYTICS, user, series.id, "talk")).first is False
    async with store.transaction() as session:
        assert (await session.get(VoiceAnswer, (uid, series.id))).option == "talk"
        assert await session.scalar(select(func.count()).select_from(LessonRating)) == 3
        kinds = sorted((await session.scalars(select(Event.kind))).all())
    assert kinds == ["lesson_rated"] * 3 + ["voice_answered"]  # one per lesson rated and one answer


async def test_a_caregiver_cannot_rate_a_youth_series(store: Store, catalog: Catalog) -> None:
    (uid,) = await add(store, person(70, "caregiver", None))
    async with store.transaction() as session:
        session.add(LessonProgress(user_id=uid, series="in-control", lesson_index=1, step_index=0, lessons_done=1))
    async with store.transaction() as session:
        with pytest.raises(VoiceError):
            await voice.rate_lesson(session, catalog, ANALYTICS, await session.get(User, uid), "in-control", 0, "h")


# --- share links --------------------------------------------------------------------------------------------


async def test_share_referrals_count_newcomers_once_after_onboarding(store: Store) -> None:
    sharer, newcomer, regular, quitter = await add(
        store, person(80), person(81, onboarded=False), person(82), person(83, onboarded=False))
    async with store.transaction() as session:
        code = (await voice.share_code(session, ANALYTICS, await session.get(User, sharer))).code
        again = (await voice.share_code(session, ANALYTICS, await session.get(User, sharer))).code
    assert code == again and len(code) == 16

    async with store.transaction() as session:
        get = session.get
        assert await voice.note_share_link(session, await get(User, regular), code, False) is False  # not new
        assert await voice.note_share_link(session, await get(User, newcomer), "no-such-code", True) is False
        assert await voice.note_share_link(session, await get(User, newcomer), code, True) is True
        assert await voice.note_share_link(session, await get(User, newcomer), code, True) is False  # once
        assert await voice.note_share_link(session, await get(User, quitter), code, True) is True
        assert await voice.settle_referral(session, ANALYTICS, await get(User, newcomer)) is False  # not onboarded
    assert await rows(store, ShareReferral) == 2

    async with store.transaction() as session:
        (await session.get(User, newcomer)).consent_at = utcnow()
    async with store.transaction() as session:
        assert await voice.settle_referral(session, ANALYTICS, await session.get(User, newcomer)) is True
        assert await voice.settle_referral(session, ANALYTICS, await session.get(User, newcomer)) is False
        assert await voice.friends_joined(session, await session.get(User, sharer)) == 1
        await session.delete(await session.get(User, quitter))  # declined, under 13, /forget...
    assert await rows(store, ShareReferral) == 0
    assert await rows(store, Event, Event.kind == "friend_joined") == 1
    assert await rows(store, Event, Event.kind == "shared_link") == 1

    async with store.transaction() as session:  # the sharer leaves: the code and its count go with them
        await session.delete(await session.get(User, sharer))
    assert await rows(store, ShareCode) == 0


# --- the content checker ----------------------------------------------------------------------------------------


@pytest.fixture
def content_copy(tmp_path: Path) -> tuple[Path, Path]:
    shutil.copytree(PROJECT_ROOT / "content", tmp_path / "content")
    shutil.copytree(PROJECT_ROOT / "locales", tmp_path / "locales")
    return tmp_path / "content", tmp_path / "locales"


def test_the_real_content_has_every_voice_word() -> None:
    catalog = load_catalog(PROJECT_ROOT / "content")
    # The question is optional; the series that ask one have every word of it (check-content below).
    assert any(s.voice_question is not None for s in catalog.series.values())
    assert catalog.polls
    report = check_content(PROJECT_ROOT / "content", PROJECT_ROOT / "locales")
    assert real_errors(report.errors) == []


def test_checker_requires_voice_question_and_poll_words(content_copy: tuple[Path, Path]) -> None:
    content, locales = content_copy
    path = content / "series" / "risky-contact.yaml"
    data = yaml.safe_load(path.read_text())
    data["voice_question"]["options"].append("new-option")
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    (content / "polls" / "new-poll.yaml").write_text(yaml.safe_dump(
        {"id": "new-poll", "options": ["yes", "no"], "audiences": ["caregiver"], "countries": ["KE"],
         "opens": "2027-01-01", "closes": "2027-01-31"}))
    errors = check_content(content, locales).errors
    for code in LOCALES:
        assert (f"locales/{code}: 's-risky-contact-voice-first-move-new-option' is missing "
                f"(needed by content/series/risky-contact.yaml)") in errors
        for message_id in ("poll-new-poll", "poll-new-poll-yes", "poll-new-poll-no"):
            assert f"locales/{code}: '{message_id}' is missing (needed by content/polls/new-poll.yaml)" in errors


def test_checker_rejects_a_poll_option_too_long_for_a_button(content_copy: tuple[Path, Path]) -> None:
    content, locales = content_copy
    ftl = locales / "es" / "polls" / "safer-online.ftl"
    ftl.write_text(ftl.read_text().replace("poll-safer-online-school = ", "poll-safer-online-school = " + "x" * 70))
    errors = check_content(content, locales).errors
    assert any(e.startswith("locales/es/polls/safer-online.ftl: 'poll-safer-online-school': option is")
               for e in errors), errors
