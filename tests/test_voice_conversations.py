"""Youth voice (MNR capability 14), played through the real bot: lesson ratings, the series question, youth polls
with results only from 5 answers, share links and friends who joined, /mydata and /forget."""

from __future__ import annotations

import re
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select
from telegram.constants import ParseMode

from bot.content.check import check_content
from bot.devtools.fake_bot_api import FakeBotApi
from bot.features.common import format_date
from bot.features.screen import markup
from bot.features.voice import poll_announcement_screen
from bot.services import voice
from bot.services.clock import ManualClock
from bot.services.countries import country_name
from bot.settings import PROJECT_ROOT
from bot.store.models import (
    Event,
    LessonRating,
    PollAnnouncement,
    PollAnswer,
    ShareCode,
    ShareReferral,
    VoiceAnswer,
)
from tests.auxil.conversations import count, events, onboard, t, user_row
from tests.auxil.harness import BotHarness, Reply, TgUser
from tests.auxil.languages import LANGUAGES as LOCALES
from tests.auxil.pending import real_errors

POLL = "safer-online"
IN_WINDOW = datetime(2026, 11, 10, 12, tzinfo=UTC)  # the shipped example poll runs 2026-11-02 .. 2026-11-15
AFTER = datetime(2026, 11, 16, 0, 0, tzinfo=UTC)
LINK = re.compile(r"https://t\.me/safety_test_bot\?start=f_([A-Za-z0-9_-]+)")


def datas(reply: Reply) -> list[str]:
    return [b["callback_data"] for row in reply.last.buttons for b in row if b.get("callback_data")]


async def finish_lesson(user: TgUser, reply: Reply) -> Reply:
    """Tap through the current lesson (first option of every quiz) up to its done screen."""
    for _ in range(40):
        data = datas(reply)
        if any(d.startswith("rate:") for d in data):
            return reply
        step = next((d for d in data if d.startswith("nx:")), None) or next(d for d in data if d.startswith("qa:"))
        reply = await user.press(step)
    raise AssertionError("the lesson did not end")


async def finish_series(user: TgUser, series_id: str, lessons: int, *, restart: bool = False) -> Reply:
    reply = await user.press(f"{'rs' if restart else 'go'}:{series_id}")
    for index in range(lessons):
        reply = await finish_lesson(user, reply)
        if index + 1 < lessons:
            reply = await user.press(f"go:{series_id}")
    return reply


async def rows(bot: BotHarness, model: type, *where: object) -> list:
    async with bot.rt.store.transaction() as session:
        return list((await session.scalars(select(model).where(*where))).all())


# --- lesson ratings -----------------------------------------------------------------------------------------


async def test_spanish_rating_a_lesson_and_changing_it(bot: BotHarness) -> None:
    es = "es"
    user = await onboard(bot, 8100, es, country="GT")
    await user.send("/lessons")
    await user.tap(t(bot, es, "s-in-control-title"))
    reply = await finish_lesson(user, await user.tap(t(bot, es, "btn-series-start")))

    assert t(bot, es, "rate-ask") in reply.text
    assert reply.labels()[:3] == ["👍 Me sirvió", "🤔 No sé", "👎 No me sirvió"]
    reply = await user.tap("👍 Me sirvió")
    assert [c.method for c in reply.messages] == ["editMessageText"]  # the same screen, marked
    assert t(bot, es, "rate-thanks") in reply.text and t(bot, es, "rate-ask") not in reply.text
    assert reply.labels()[:3] == ["✓ 👍 Me sirvió", "🤔 No sé", "👎 No me sirvió"]
    reply = await user.tap("👎 No me sirvió")
    assert reply.labels()[:3] == ["👍 Me sirvió", "🤔 No sé", "✓ 👎 No me sirvió"]

    me = await user_row(bot, 8100)
    stored = [(r.series, r.lesson, r.rating) for r in await rows(bot, LessonRating, LessonRating.user_id == me.id)]
    assert stored == [("in-control", "footprint", "not_helpful")]
    rated = await events(bot, Event.kind == "lesson_rated")
    assert len(rated) == 1  # the change updates the rating, it does not count the person twice
    event = rated[0]
    assert (event.capability, event.series, event.lesson, event.value, event.locale, event.country) == (
        14, "in-control", "footprint", 1, es, "GT")
    assert event.pseudonym == bot.rt.analytics.pseudonym(8100)

    # The lesson flow goes on from the rated screen.
    reply = await user.tap("▶️ Siguiente:")
    assert "nx:in-control:1:0" in datas(reply)

    stale = t(bot, es, "stale-button")
    for forged in ("rate:in-control:1:h",            # lesson 2 is not finished yet
                   "rate:in-control:0:x", "rate:in-control:9:h", "rate:in-control:a:h", "rate:in-control:0",
                   "rate:caregivers-talking:0:h",     # not a series for young people
                   "rate:nope:0:h"):
        reply = await user.press(forged)
        assert reply.alerts == [stale], forged
        assert not reply.messages, forged
    assert await count(bot, LessonRating) == 1
    assert len(await events(bot, Event.kind == "lesson_rated")) == 1


# --- the series question ------------------------------------------------------------------------------------


async def test_french_series_question_is_asked_once(bot: BotHarness) -> None:
    fr = "fr"
    series = bot.rt.catalog.series["in-control"]
    question = series.voice_question
    assert question is not None
    base = f"s-in-control-voice-{question.id}"
    user = await onboard(bot, 8200, fr, country="SN")

    reply = await finish_series(user, "in-control", len(series.lessons))
    assert t(bot, fr, "series-done", title=t(bot, fr, "s-in-control-title")) in reply.text
    assert t(bot, fr, "btn-share") in reply.labels()
    assert not await count(bot, VoiceAnswer)  # not asked before the last lesson's rating

    reply = await user.tap("👍 Utile")
    assert [c.method for c in reply.messages] == ["editMessageText", "sendMessage"]
    assert "✓ 👍 Utile" in reply.messages[0].button_labels()
    asked = reply.last
    assert t(bot, fr, base) in asked.text and t(bot, fr, "voice-ask") in asked.text
    assert asked.button_labels()[:5] == [t(bot, fr, f"{base}-{o}") for o in question.options]

    reply = await user.tap(t(bot, fr, f"{base}-privacy"))
    assert t(bot, fr, "voice-thanks") in reply.text
    assert f"✓ {t(bot, fr, f'{base}-privacy')}" in reply.labels()
    reply = await user.tap(t(bot, fr, f"{base}-talk"))
    assert f"✓ {t(bot, fr, f'{base}-talk')}" in reply.labels()
    assert t(bot, fr, f"{base}-privacy") in reply.labels()  # no longer marked

    # Changing the last lesson's rating does not ask again.
    reply = await user.tap("👎 Pas utile")
    assert [c.method for c in reply.messages] == ["editMessageText"]
    # Nor does doing the whole series again.
    reply = await finish_series(user, "in-control", len(series.lessons), restart=True)
    reply = await user.tap("🤔 Je ne sais pas")
    assert [c.method for c in reply.messages] == ["editMessageText"]

    me = await user_row(bot, 8200)
    answers = await rows(bot, VoiceAnswer, VoiceAnswer.user_id == me.id)
    assert [(a.series, a.question, a.option) for a in answers] == [("in-control", question.id, "talk")]
    answered = await events(bot, Event.kind == "voice_answered")
    assert [(e.capability, e.series, e.value) for e in answered] == [(14, "in-control", 0)]  # first answer
    assert len(await events(bot, Event.kind == "lesson_rated")) == 1

    stale = t(bot, fr, "stale-button")
    for forged in ("vq:in-control:nope", "vq:risky-contact:leave", "vq:in-control", "vq:caregivers-talking:ask"):
        reply = await user.press(forged)
        assert reply.alerts == [stale], forged
    assert [a.option for a in await rows(bot, VoiceAnswer)] == ["talk"]


# --- polls ------------------------------------------------------------------------------------------------


async def answer_poll(bot: BotHarness, user: TgUser, locale: str, option: str) -> Reply:
    await user.send("/start")  # back to the menu
    reply = await user.tap(t(bot, locale, "btn-polls"))
    assert t(bot, locale, f"poll-{POLL}") in reply.text
    return await user.tap(t(bot, locale, f"poll-{POLL}-{option}"))


async def test_poll_answers_change_and_results_only_from_five(bot: BotHarness) -> None:
    bot.rt.clock = ManualClock(IN_WINDOW)
    ar = "ar"
    jordan = country_name("JO", ar)
    first = await onboard(bot, 8300, ar, age="13-15", country="JO")

    menu = await first.send("/start")
    assert t(bot, ar, "btn-polls") in menu.labels() and t(bot, ar, "btn-share") in menu.labels()
    reply = await first.tap(t(bot, ar, "btn-polls"))
    poll = bot.rt.catalog.polls[POLL]
    assert t(bot, ar, f"poll-{POLL}") in reply.text and format_date(date(2026, 11, 15), ar) in reply.text
    assert reply.labels()[:5] == [t(bot, ar, f"poll-{POLL}-{o}") for o in poll.options]

    reply = await first.tap(t(bot, ar, f"poll-{POLL}-easy-report"))
    assert t(bot, ar, "poll-answered", answer=t(bot, ar, f"poll-{POLL}-easy-report")) in reply.text
    assert t(bot, ar, "poll-results-country-hidden", country=jordan) in reply.text
    assert t(bot, ar, "poll-results-all-hidden") in reply.text
    assert "%" not in reply.text

    # Changing the answer while the poll is open.
    reply = await first.tap(t(bot, ar, "btn-poll-change"))
    assert f"✓ {t(bot, ar, f'poll-{POLL}-easy-report')}" in reply.labels()
    reply = await first.tap(t(bot, ar, f"poll-{POLL}-private"))
    assert t(bot, ar, "poll-answered", answer=t(bot, ar, f"poll-{POLL}-private")) in reply.text
    me = await user_row(bot, 8300)
    assert [(a.poll, a.option) for a in await rows(bot, PollAnswer, PollAnswer.user_id == me.id)] == [
        (POLL, "private")]
    assert [(e.capability, e.series, e.value) for e in await events(bot, Event.kind == "poll_answered")] == [
        (14, f"poll:{POLL}", 0)]  # one event per person and poll: the first answer

    # Three more in Jordan: still four, still hidden.
    for user_id, locale in ((8301, "es"), (8302, "fr"), (8303, "en")):
        user = await onboard(bot, user_id, locale, country="JO")
        reply = await answer_poll(bot, user, locale, "easy-report")
        assert t(bot, locale, "poll-results-country-hidden", country=country_name("JO", locale)) in reply.text
        assert "%" not in reply.text
    # Someone in Egypt makes five overall: the overall results show, Egypt's do not.
    egypt = await onboard(bot, 8305, "en", country="EG")
    reply = await answer_poll(bot, egypt, "en", "school")
    assert t(bot, "en", "poll-results-country-hidden", country="Egypt") in reply.text
    assert t(bot, "en", "poll-results-all", total=5) in reply.text
    assert "▇▇▇▇▇▇▁▁▁▁ 60%" in reply.text and "▇▇▁▁▁▁▁▁▁▁ 20%" in reply.text

    # The fifth person in Jordan: Jordan's results appear (5 answers), and overall (6).
    fifth = await onboard(bot, 8304, "pt", country="JO")
    reply = await answer_poll(bot, fifth, "pt", "private")
    text = reply.text
    country_block, overall_block = text.split("\n\n")[-2:]
    assert t(bot, "pt", "poll-results-country", country=country_name("JO", "pt"), total=5) in country_block
    assert f"{t(bot, 'pt', f'poll-{POLL}-easy-report')}\n▇▇▇▇▇▇▁▁▁▁ 60%" in country_block
    assert f"{t(bot, 'pt', f'poll-{POLL}-private')}\n▇▇▇▇▁▁▁▁▁▁ 40%" in country_block
    assert f"{t(bot, 'pt', f'poll-{POLL}-school')}\n▁▁▁▁▁▁▁▁▁▁ 0%" in country_block
    assert t(bot, "pt", "poll-results-all", total=6) in overall_block
    assert "▇▇▇▇▇▁▁▁▁▁ 50%" in overall_block and "▇▇▇▁▁▁▁▁▁▁ 33%" in overall_block
    assert "▇▇▁▁▁▁▁▁▁▁ 17%" in overall_block

    # The first person, in Arabic, now sees Jordan's results too.
    await first.send("/start")
    await first.tap(t(bot, ar, "btn-polls"))
    reply = await first.tap(t(bot, ar, "btn-poll-results"))
    assert t(bot, ar, "poll-results-country", country=jordan, total=5) in reply.text
    assert "▇▇▇▇▁▁▁▁▁▁ 40%" in reply.text
    assert "\u2068" not in reply.text

    # Once the poll has closed: no menu button, no more answers; the results stay readable.
    bot.rt.clock = ManualClock(AFTER)
    menu = await first.send("/start")
    assert t(bot, ar, "btn-polls") not in menu.labels()
    reply = await first.press(f"pv:{POLL}:school")
    assert reply.alerts == [t(bot, ar, "stale-button")]
    assert [a.option for a in await rows(bot, PollAnswer, PollAnswer.user_id == me.id)] == ["private"]
    reply = await first.press(f"pr:{POLL}")
    assert t(bot, ar, "poll-results-country", country=jordan, total=5) in reply.text
    assert t(bot, ar, "btn-poll-change") not in reply.labels()


async def test_polls_reach_only_their_audience_and_forged_votes_are_refused(bot: BotHarness) -> None:
    bot.rt.clock = ManualClock(IN_WINDOW)
    carer = await onboard(bot, 8310, "es", audience="caregiver", country="GT")
    menu = await carer.send("/start")
    assert t(bot, "es", "btn-polls") not in menu.labels()  # the example poll is for young people
    assert t(bot, "es", "btn-share") in menu.labels()
    stale = t(bot, "es", "stale-button")
    reply = await carer.press("poll")
    assert reply.text == t(bot, "es", "polls-none")
    for forged in (f"poll:{POLL}", f"pv:{POLL}:private", f"pr:{POLL}"):
        assert (await carer.press(forged)).alerts == [stale], forged

    pro = await onboard(bot, 8311, "en", audience="professional", country="KE")
    menu = await pro.send("/start")
    assert t(bot, "en", "btn-polls") not in menu.labels() and t(bot, "en", "btn-share") not in menu.labels()

    young = await onboard(bot, 8312, "en", country="KE")
    for forged in (f"pv:{POLL}:nope", f"pv:{POLL}", "pv:other-poll:private", f"pr:{POLL}", "poll:other-poll"):
        assert (await young.press(forged)).alerts == [t(bot, "en", "stale-button")], forged
    assert await count(bot, PollAnswer) == 0
    assert not await events(bot, Event.kind == "poll_answered")


async def test_poll_announcement_screen_is_sent_once_and_answerable(bot: BotHarness) -> None:
    """What the outbox will do with enqueue_poll_announcements, done by hand here: find who to tell, build the
    screen with the reusable builder, send it, and the person answers from that message."""
    await onboard(bot, 8320, "fr", country="SN")
    await onboard(bot, 8321, "fr", audience="caregiver", country="SN")
    async with bot.rt.store.transaction() as session:
        pairs = await voice.enqueue_poll_announcements(session, bot.rt.catalog, IN_WINDOW)
        targets = [(user.telegram_id, poll.id) for user, poll in pairs]
        screens = [(user.telegram_id, poll_announcement_screen(bot.rt, user, poll)) for user, poll in pairs]
    assert targets == [(8320, POLL)]
    async with bot.rt.store.transaction() as session:
        assert await voice.enqueue_poll_announcements(session, bot.rt.catalog, IN_WINDOW) == []
    assert await count(bot, PollAnnouncement) == 1

    chat, screen = screens[0]
    assert screen.text.startswith(t(bot, "fr", "poll-new"))
    await bot.app.bot.send_message(chat, screen.text, parse_mode=ParseMode.HTML, reply_markup=markup(screen))
    bot.rt.clock = ManualClock(IN_WINDOW)
    reply = await bot.user(8320, "fr").tap(t(bot, "fr", f"poll-{POLL}-kinder"))
    assert t(bot, "fr", "poll-answered", answer=t(bot, "fr", f"poll-{POLL}-kinder")) in reply.text


# --- share with a friend ----------------------------------------------------------------------------------


async def share(bot: BotHarness, user: TgUser, locale: str) -> tuple[Reply, str]:
    await user.send("/start")
    reply = await user.tap(t(bot, locale, "btn-share"))
    found = LINK.search(reply.text)
    assert found, reply.text
    return reply, found.group(1)


async def test_a_friend_joins_through_a_share_link(bot: BotHarness) -> None:
    sharer = await onboard(bot, 8400, "en", country="KE")
    reply, code = await share(bot, sharer, "en")
    intro, forward = reply.messages
    assert t(bot, "en", "share-count-none") in intro.text
    url = next(b["url"] for row in intro.buttons for b in row if b.get("url"))
    assert url.startswith("https://t.me/share/url?url=https%3A%2F%2Ft.me%2Fsafety_test_bot%3Fstart%3Df_")
    assert forward.text == t(bot, "en", "share-message", link=f"https://t.me/safety_test_bot?start=f_{code}")
    assert len(code) >= 16
    _, again = await share(bot, sharer, "en")
    assert again == code
    assert len(await events(bot, Event.kind == "shared_link")) == 1

    # A newcomer (French) opens the link and finishes onboarding.
    friend = bot.user(8401, "fr")
    reply = await friend.send(f"/start f_{code}")
    assert reply.text == t(bot, "fr", "friend-welcome")
    assert "lang:fr" in datas(reply)
    assert await count(bot, ShareReferral) == 1
    for data in ("lang:fr", "aud:youth", "age:16-17", "cty:SN"):
        await friend.press(data)
    assert await count(bot, ShareCode, ShareCode.joins == 0) == 1  # not yet: onboarding is not finished
    await friend.press("cns:yes")
    assert [c.joins for c in await rows(bot, ShareCode)] == [1]
    assert await count(bot, ShareReferral) == 0  # nothing keeps who brought whom
    joined = await events(bot, Event.kind == "friend_joined")
    assert [(e.pseudonym, e.capability, e.locale, e.country) for e in joined] == [
        (bot.rt.analytics.pseudonym(8401), 14, "fr", "SN")]

    reply, _ = await share(bot, sharer, "en")
    assert "1 friend joined through you" in reply.text
    assert t(bot, "en", "share-count", count=1) in reply.text

    # Not counted: the same friend again, the sharer's own link, someone who declines, an under-13.
    await friend.send(f"/start f_{code}")
    await sharer.send(f"/start f_{code}")
    decliner = bot.user(8402, "es")
    await decliner.send(f"/start f_{code}")
    for data in ("lang:es", "aud:caregiver", "cty:GT", "cns:no"):
        await decliner.press(data)
    child = bot.user(8403, "ar")
    await child.send(f"/start f_{code}")
    for data in ("lang:ar", "aud:youth", "age:u13"):
        await child.press(data)
    assert await user_row(bot, 8402) is None and await user_row(bot, 8403) is None
    assert [c.joins for c in await rows(bot, ShareCode)] == [1]
    assert await count(bot, ShareReferral) == 0
    assert len(await events(bot, Event.kind == "friend_joined")) == 1

    # An unknown code never stops anyone from joining.
    stranger = bot.user(8404, "es")
    reply = await stranger.send("/start f_no-such-code")
    assert reply.text == t(bot, "es", "friend-welcome")
    for data in ("lang:es", "aud:caregiver", "cty:GT", "cns:yes"):
        await stranger.press(data)
    assert (await user_row(bot, 8404)).onboarded
    assert [c.joins for c in await rows(bot, ShareCode)] == [1]

    reply, _ = await share(bot, sharer, "en")
    assert "1 friend joined through you" in reply.text


async def test_spanish_caregiver_shares_after_a_series(bot: BotHarness) -> None:
    carer = await onboard(bot, 8410, "es", audience="caregiver", country="GT")
    series = bot.rt.catalog.series["caregivers-talking"]
    await finish_series(carer, series.id, len(series.lessons))
    reply = await carer.tap(t(bot, "es", "btn-share"))
    assert t(bot, "es", "share-count-none") in reply.text
    code = LINK.search(reply.text).group(1)
    friend = bot.user(8411, "es")
    await friend.send(f"/start f_{code}")
    for data in ("lang:es", "aud:caregiver", "cty:GT", "cns:yes"):
        await friend.press(data)
    reply = await carer.tap(t(bot, "es", "btn-share"))
    assert "1 amigo se unió gracias a este enlace" in reply.text


# --- /mydata and /forget ------------------------------------------------------------------------------------


async def test_portuguese_mydata_shows_voice_and_forget_removes_it(bot: BotHarness) -> None:
    bot.rt.clock = ManualClock(IN_WINDOW)
    pt = "pt"
    user = await onboard(bot, 8500, pt, country="BR")
    me = (await user_row(bot, 8500)).id
    other = await onboard(bot, 8501, "ar", country="BR")
    async with bot.rt.store.transaction() as session:
        announced = await voice.enqueue_poll_announcements(session, bot.rt.catalog, IN_WINDOW)
    assert sorted(u.telegram_id for u, _ in announced) == [8500, 8501]

    await user.send("/lessons")
    await user.tap(t(bot, pt, "s-in-control-title"))
    await finish_lesson(user, await user.tap(t(bot, pt, "btn-series-start")))
    await user.tap(t(bot, pt, "btn-rate-h"))
    await answer_poll(bot, user, pt, "adults-listen")
    _, code = await share(bot, user, pt)
    await other.send(f"/start f_{code}")  # already using the bot: not a friend who joined
    newcomer = bot.user(8502, "pt")
    await newcomer.send(f"/start f_{code}")
    for data in ("lang:pt", "aud:youth", "age:16-17", "cty:BR", "cns:yes"):
        await newcomer.press(data)

    reply = await user.send("/mydata")
    assert t(bot, pt, "mydata-ratings", count=1) in reply.text
    assert t(bot, pt, "mydata-voice-answers", count=1) in reply.text
    assert t(bot, pt, "mydata-share", count=1) in reply.text
    assert "1 amigo entrou por ele" in reply.text
    reply = await other.send("/mydata")  # nothing of the kind stored: no such lines
    for key in ("mydata-ratings", "mydata-voice-answers", "mydata-share"):
        assert t(bot, "ar", key, count=0).split(":")[0] not in reply.text, key

    pseudonym = bot.rt.analytics.pseudonym(8500)
    mine = await events(bot, Event.pseudonym == pseudonym)
    assert sorted(e.kind for e in mine if e.capability == 14) == ["lesson_rated", "poll_answered", "shared_link"]
    async with bot.rt.store.transaction() as session:
        assert (await voice.poll_results(session, bot.rt.catalog.polls[POLL], "BR")).overall.total == 1
    for model in (LessonRating, PollAnswer, PollAnnouncement, ShareCode):
        assert await count(bot, model, model.user_id == me) == 1, model.__name__

    await user.send("/forget")
    reply = await user.tap(t(bot, pt, "btn-forget-yes"))
    assert t(bot, pt, "forget-done", count=len(mine)) in reply.text

    assert await user_row(bot, 8500) is None
    for model in (LessonRating, VoiceAnswer, PollAnswer, PollAnnouncement, ShareCode, ShareReferral):
        assert await count(bot, model, model.user_id == me) == 0, model.__name__
    assert await count(bot, ShareCode) == 0  # the link is dead
    assert await count(bot, PollAnnouncement) == 1  # the other person's stays
    assert await events(bot, Event.pseudonym == pseudonym) == []
    for kind in ("lesson_rated", "poll_answered", "shared_link", "friend_joined"):
        assert len(await events(bot, Event.kind == kind)) == 1, kind  # still counted, under another label
    relabelled = {e.pseudonym for e in await events(bot, Event.kind.in_(("lesson_rated", "shared_link")))}
    assert len(relabelled) == 1 and pseudonym not in relabelled
    async with bot.rt.store.transaction() as session:
        assert (await voice.poll_results(session, bot.rt.catalog.polls[POLL], "BR")).overall.total == 0


async def test_two_open_polls_are_listed_and_marked_once_answered(fake_api: FakeBotApi, sqlite_url: str,
                                                                  tmp_path: Path) -> None:
    """A content copy with a second poll (for young people and caregivers in Kenya): the menu button lists both."""
    shutil.copytree(PROJECT_ROOT / "content", tmp_path / "content")
    shutil.copytree(PROJECT_ROOT / "locales", tmp_path / "locales")
    (tmp_path / "content" / "polls" / "second.yaml").write_text(
        "id: second\noptions: [talked, not-yet]\naudiences: [youth_16_17, caregiver]\ncountries: [KE]\n"
        "opens: 2026-11-09\ncloses: 2026-11-30\n")
    words = {"en": ("Did you talk about it?", "Yes", "No"), "fr": ("En as-tu parlé\u202f?", "Oui", "Non"),
             "es": ("¿Lo hablaste?", "Sí", "Todavía no"), "pt": ("Você falou disso?", "Sim", "Não"),
             "ar": ("هل تحدثت عن ذلك؟", "نعم", "لا")}
    for code in LOCALES:  # every language the bot speaks needs the poll's words; those not listed get stand-ins
        question, yes, no = words.get(code, (f"[{code}] Did you talk about it?", f"[{code}] Yes", f"[{code}] No"))
        (tmp_path / "locales" / code / "polls" / "second.ftl").write_text(
            f"poll-second = {question}\npoll-second-talked = {yes}\npoll-second-not-yet = {no}\n", encoding="utf-8")
    assert real_errors(check_content(tmp_path / "content", tmp_path / "locales").errors) == []
    bot = BotHarness(fake_api, sqlite_url, settings_overrides={"content_dir": tmp_path / "content",
                                                                "locales_dir": tmp_path / "locales"})
    await bot.start()
    try:
        bot.rt.clock = ManualClock(IN_WINDOW)
        user = await onboard(bot, 8600, "fr", country="KE")
        await user.send("/start")
        reply = await user.tap(t(bot, "fr", "btn-polls"))
        assert t(bot, "fr", "polls-pick") in reply.text
        assert reply.labels()[:2] == [t(bot, "fr", f"poll-{POLL}"), "En as-tu parlé\u202f?"]  # closing soonest first
        reply = await user.tap("En as-tu parlé\u202f?")
        assert reply.labels()[:2] == ["Oui", "Non"]
        await user.tap("Oui")
        await user.send("/start")
        reply = await user.tap(t(bot, "fr", "btn-polls"))
        assert reply.labels()[:2] == [t(bot, "fr", f"poll-{POLL}"), "✓ En as-tu parlé\u202f?"]

        carer = await onboard(bot, 8601, "en", audience="caregiver", country="KE")
        await carer.send("/start")
        reply = await carer.tap(t(bot, "en", "btn-polls"))  # only one poll for them: straight to it
        assert "Did you talk about it?" in reply.text and reply.labels()[:2] == ["Yes", "No"]
    finally:
        await bot.stop()
