"""Lessons with pictures, through the real bot and the fake Bot API: a caregiver walks a whole new series in two
languages (each picture uploaded once, then sent by file_id; re-uploaded when Telegram forgets it), goes back a
card, leaves and resumes; quiz feedback reads the same way every time; long cards and refused pictures."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.content.series import CardStep, QuizStep
from bot.devtools.fake_bot_api import FakeBotApi
from bot.settings import PROJECT_ROOT
from bot.store.models import ImageUpload
from tests.auxil.conversations import onboard, t, tap_exact
from tests.auxil.harness import BotHarness, Reply, TgUser
from tests.test_lesson_conversations import open_series, progress

SERIES = "caregivers-today"
PNG = b"\x89PNG\r\n\x1a\n"


async def uploads(bot: BotHarness) -> dict[str, str]:
    async with bot.rt.store.transaction() as session:
        return {row.name: row.file_id for row in (await session.scalars(select(ImageUpload))).all()}


def card_labels(bot: BotHarness, locale: str) -> list[str]:
    return [t(bot, locale, key) for key in ("btn-back", "btn-next", "btn-all-lessons", "btn-help")]


def assert_card(bot: BotHarness, reply: Reply, locale: str, lesson_title: str, key: str,
                image: str | None) -> None:
    """One message: the card, with its picture as a photo (the card as its caption) when it has one."""
    [message] = reply.messages
    assert message.text.startswith(f"<b>{lesson_title}</b>\n")
    assert message.text.endswith(t(bot, locale, key)), key
    assert message.button_labels() == card_labels(bot, locale)
    if image is None:
        assert message.method == "sendMessage"
    else:
        assert message.method == "sendPhoto", key
        assert message.params["parse_mode"] == "HTML"


def feedback(bot: BotHarness, locale: str, base: str, chosen: str, answer: str, repeat: bool) -> str:
    why = t(bot, locale, f"{base}-{chosen}-why")
    if chosen == answer:
        text = f"{t(bot, locale, 'quiz-right')}\n\n{why}"
    else:
        text = (f"{t(bot, locale, 'quiz-not-best')}\n\n{why}\n\n"
                f"{t(bot, locale, 'quiz-best-answer', answer=t(bot, locale, f'{base}-{answer}'))}\n"
                f"{t(bot, locale, f'{base}-{answer}-why')}")
    return f"{text}\n\n<i>{t(bot, locale, 'quiz-repeat')}</i>" if repeat else text


async def walk_lesson(bot: BotHarness, user: TgUser, locale: str, lesson_index: int, reply: Reply,
                      *, wrong_first: bool, again: bool = False) -> Reply:
    """Every step of one lesson; the first question answered with a choice that is not the best (if asked)."""
    series = bot.rt.catalog.series[SERIES]
    lesson = series.lessons[lesson_index]
    title = t(bot, locale, f"s-{SERIES}-{lesson.id}-title")
    first_quiz = True
    for step in lesson.steps:
        if isinstance(step, CardStep):
            assert_card(bot, reply, locale, title, f"s-{SERIES}-{lesson.id}-{step.card}", step.image)
            reply = await tap_exact(user, reply, t(bot, locale, "btn-next"))
            continue
        assert isinstance(step, QuizStep)
        base = f"s-{SERIES}-{lesson.id}-{step.quiz}"
        [question] = reply.messages
        assert question.text.endswith(t(bot, locale, base))
        assert question.button_labels() == [*(t(bot, locale, f"{base}-{o}") for o in step.options),
                                            *(t(bot, locale, k) for k in ("btn-back", "btn-all-lessons", "btn-help"))]
        chosen = next(o for o in step.options if o != step.answer) if wrong_first and first_quiz else step.answer
        first_quiz = False
        reply = await tap_exact(user, reply, t(bot, locale, f"{base}-{chosen}"))
        assert reply.text == feedback(bot, locale, base, chosen, step.answer, repeat=again)
        assert reply.labels() == [t(bot, locale, k) for k in ("btn-continue", "btn-all-lessons", "btn-help")]
        reply = await tap_exact(user, reply, t(bot, locale, "btn-continue"))
    return reply


@pytest.mark.parametrize(("locale", "country"), [("en", "KE"), ("pt", "BR")])
async def test_caregiver_walks_a_new_series_with_pictures(bot: BotHarness, locale: str, country: str) -> None:
    user = await onboard(bot, 7000, locale, audience="caregiver", country=country)
    series = bot.rt.catalog.series[SERIES]
    images = {step.image for _, step in series.cards() if step.image}
    assert len(images) >= len(series.lessons)  # at least one picture per lesson
    reply = await open_series(bot, user, locale, SERIES, "btn-series-start")
    first_lesson = series.lessons[0]
    intro_key = f"s-{SERIES}-{first_lesson.id}-intro"
    title = t(bot, locale, f"s-{SERIES}-{first_lesson.id}-title")

    # The first card: its picture uploaded (a PNG under the picture's name), the card as the caption.
    assert_card(bot, reply, locale, title, intro_key, "caregivers-today-ai-images")
    photo = reply.last
    assert photo.files["photo"].startswith(PNG) and photo.filenames["photo"] == "caregivers-today-ai-images.png"
    stored = await uploads(bot)
    assert stored == {"caregivers-today-ai-images": bot.api.uploads[0].file_ids[-1]}  # the largest size

    # Next, then Back: the same card again, its picture now sent by file_id (nothing uploaded).
    reply = await tap_exact(user, reply, t(bot, locale, "btn-next"))
    assert_card(bot, reply, locale, title, f"s-{SERIES}-{first_lesson.id}-how-common", None)
    assert await progress(bot, 7000, SERIES) == (0, 1, 0, False)
    reply = await tap_exact(user, reply, t(bot, locale, "btn-back"))
    assert_card(bot, reply, locale, title, intro_key, "caregivers-today-ai-images")
    assert reply.last.params["photo"] == stored["caregivers-today-ai-images"] and reply.last.files == {}
    assert len(bot.api.uploads) == 1
    assert await progress(bot, 7000, SERIES) == (0, 0, 0, False)
    # Back on a lesson's first card leads to the series, where Continue comes back here.
    reply = await tap_exact(user, reply, t(bot, locale, "btn-back"))
    assert reply.text.startswith(f"<b>{t(bot, locale, f's-{SERIES}-title')}</b>")
    reply = await tap_exact(user, reply, t(bot, locale, "btn-series-continue"))
    assert_card(bot, reply, locale, title, intro_key, "caregivers-today-ai-images")

    # The whole series; questions answered first with a choice that is not the best, then with the best.
    for lesson_index in range(len(series.lessons)):
        if lesson_index == 2:
            # Leave to the list in the middle of a lesson, and come back to the same card.
            reply = await tap_exact(user, reply, t(bot, locale, "btn-next"))
            left_at = reply.last.text
            assert await progress(bot, 7000, SERIES) == (2, 1, 2, False)
            listing = await tap_exact(user, reply, t(bot, locale, "btn-all-lessons"))
            assert t(bot, locale, "btn-series", title=t(bot, locale, f"s-{SERIES}-title"), done=2,
                     total=len(series.lessons)) in listing.labels()
            reply = await open_series(bot, user, locale, SERIES, "btn-series-continue")
            assert reply.last.text == left_at
            reply = await tap_exact(user, reply, t(bot, locale, "btn-back"))
            assert await progress(bot, 7000, SERIES) == (2, 0, 2, False)
        reply = await walk_lesson(bot, user, locale, lesson_index, reply, wrong_first=lesson_index % 2 == 0)
        if lesson_index + 1 < len(series.lessons):
            done = lesson_index + 1
            lesson_title = t(bot, locale, f"s-{SERIES}-{series.lessons[lesson_index].id}-title")
            assert t(bot, locale, "lesson-done", lesson=lesson_title, bar="▰" * done + "▱" * (5 - done), done=done,
                     total=5) in reply.text
            following = t(bot, locale, f"s-{SERIES}-{series.lessons[lesson_index + 1].id}-title")
            reply = await tap_exact(user, reply, t(bot, locale, "btn-next-lesson", lesson=following))
    assert t(bot, locale, "series-done", title=t(bot, locale, f"s-{SERIES}-title")) in reply.text
    # Each picture was uploaded exactly once in the whole walk.
    assert sorted(u.filename for u in bot.api.uploads) == sorted(f"{name}.png" for name in images)
    first_walk = await uploads(bot)
    assert set(first_walk) == images

    # A second walk sends every picture by its file_id.
    before = len(bot.api.calls)
    reply = await tap_exact(user, reply, t(bot, locale, "btn-series-restart"))
    for lesson_index in range(len(series.lessons)):
        reply = await walk_lesson(bot, user, locale, lesson_index, reply, wrong_first=False, again=True)
        if lesson_index + 1 < len(series.lessons):
            reply = await tap_exact(user, reply, t(bot, locale, "btn-next-lesson", lesson=t(
                bot, locale, f"s-{SERIES}-{series.lessons[lesson_index + 1].id}-title")))
    photos = [c for c in bot.api.calls[before:] if c.method == "sendPhoto"]
    assert sorted(c.params["photo"] for c in photos) == sorted(first_walk.values())
    assert all(c.files == {} for c in photos)
    assert len(bot.api.uploads) == len(images)

    # Telegram forgets a file_id: the picture is uploaded again and the new file_id replaces the old one.
    reply = await tap_exact(user, reply, t(bot, locale, "btn-series-restart"))
    old = first_walk["caregivers-today-ai-images"]
    bot.api.forget_file(old)
    reply = await tap_exact(user, reply, t(bot, locale, "btn-next"))
    reply = await tap_exact(user, reply, t(bot, locale, "btn-back"))
    refused, uploaded = (c for c in reply.calls if c.method == "sendPhoto")
    assert refused.params["photo"] == old and uploaded.files["photo"].startswith(PNG)
    assert uploaded.text == refused.text and uploaded.text.endswith(t(bot, locale, intro_key))
    renewed = (await uploads(bot))["caregivers-today-ai-images"]
    assert renewed != old and renewed == bot.api.uploads[-1].file_ids[-1]
    assert [m.method for m in reply.messages] == ["sendPhoto", "sendPhoto"]
    if locale != "en":  # the lesson's own words fall back to English until translated; the bot's are translated
        assert t(bot, locale, "btn-back") != t(bot, "en", "btn-back")
        assert t(bot, locale, "quiz-not-best") != t(bot, "en", "quiz-not-best")


async def test_quiz_feedback_reads_the_same_way_every_time(bot: BotHarness) -> None:
    """Exact texts: a right answer is celebrated once; a choice that is not the best says why, then the best."""
    user = await onboard(bot, 7100, "en", audience="caregiver")
    await user.press(f"go:{SERIES}")
    await user.press(f"nx:{SERIES}:0:0")
    await user.press(f"nx:{SERIES}:0:1")
    wrong = await user.press(f"qa:{SERIES}:0:2:a")
    assert wrong.text == (
        "🤔 <b>Not the best choice</b>\n\n"
        "It can seem less serious because the picture isn't real. But it can spread like a real one, and the shame, "
        "fear and bullying it brings are real. It deserves the same care.\n\n"
        "💡 <b>The best answer:</b> <i>It's abuse, and it's not her fault</i>\n"
        "Whoever made or shared the image is responsible, not your daughter. Fake sexual images of children can be "
        "reported and removed, and what she needs most now is your support.")
    again = await user.press(f"qa:{SERIES}:0:2:b")  # changing one's mind: the right answer, first answer counted
    assert again.text == (
        "✅ <b>Right!</b>\n\n"
        "Whoever made or shared the image is responsible, not your daughter. Fake sexual images of children can be "
        "reported and removed, and what she needs most now is your support.\n\n"
        "<i>(You already answered this one: only your first answer counts.)</i>")
    for text in (wrong.text, again.text):
        for opening in ("Exactly", "Not quite", "Yes.", "Right.", "Correct"):
            assert opening not in text


async def test_back_buttons_are_checked_against_progress(bot: BotHarness) -> None:
    user = await onboard(bot, 7200, "fr", audience="caregiver", country="SN")
    stale = t(bot, "fr", "stale-button")
    await user.press(f"go:{SERIES}")
    await user.press(f"nx:{SERIES}:0:0")
    await user.press(f"nx:{SERIES}:0:1")
    assert await progress(bot, 7200, SERIES) == (0, 2, 0, False)
    for data in (f"bk:{SERIES}:0:0", f"bk:{SERIES}:0:1", f"bk:{SERIES}:1:2", f"bk:{SERIES}:0:2:x", f"bk:{SERIES}",
                 "bk:in-control:0:2", "bk:no-such-series:0:2", f"bk:{SERIES}:a:2"):
        reply = await user.press(data)
        assert reply.alerts == [stale], data
        assert reply.messages == [], data
    assert await progress(bot, 7200, SERIES) == (0, 2, 0, False)
    reply = await user.press(f"bk:{SERIES}:0:2")
    assert reply.last.text.endswith(t(bot, "fr", f"s-{SERIES}-ai-images-how-common"))
    assert (await user.press(f"bk:{SERIES}:0:2")).alerts == [stale]  # a double tap moves once
    assert await progress(bot, 7200, SERIES) == (0, 1, 0, False)


@pytest.fixture
def long_card_copy(tmp_path: Path) -> tuple[Path, Path, str]:
    """A content copy whose first picture card is too long for a photo caption (over 1024 characters)."""
    shutil.copytree(PROJECT_ROOT / "content", tmp_path / "content")
    shutil.copytree(PROJECT_ROOT / "locales", tmp_path / "locales")
    key = f"s-{SERIES}-ai-images-intro"
    path = tmp_path / "locales" / "en" / "series" / f"{SERIES}.ftl"
    source = path.read_text(encoding="utf-8")
    start = source.index(f"{key} =")
    end = source.index(f"{key}-alt =")
    long_text = "A long card, to be read after its picture. " * 30
    path.write_text(source[:start] + f"{key} = {long_text.strip()}\n" + source[end:], encoding="utf-8")
    return tmp_path / "content", tmp_path / "locales", long_text.strip()


async def test_a_long_card_comes_after_its_picture(fake_api: FakeBotApi, sqlite_url: str,
                                                   long_card_copy: tuple[Path, Path, str]) -> None:
    content, locales, long_text = long_card_copy
    bot = BotHarness(fake_api, sqlite_url, settings_overrides={"content_dir": content, "locales_dir": locales})
    await bot.start()
    try:
        user = await onboard(bot, 7300, "en", audience="caregiver")
        reply = await user.press(f"go:{SERIES}")
        photo, card = reply.messages
        assert photo.method == "sendPhoto" and "caption" not in photo.params and not photo.buttons
        assert photo.files["photo"].startswith(PNG)
        assert card.method == "sendMessage" and card.text.endswith(long_text) and len(card.text) > 1024
        assert card.button_labels() == card_labels(bot, "en")
        # Its Next works as on any card.
        reply = await tap_exact(user, reply, "Next ➡️")
        assert reply.last.text.endswith(t(bot, "en", f"s-{SERIES}-ai-images-how-common"))
    finally:
        await bot.stop()


async def test_a_refused_picture_never_costs_the_card(bot: BotHarness) -> None:
    """Telegram refuses the photo (not for its file_id): the card goes out as text, with its buttons."""
    user = await onboard(bot, 7400, "en", audience="caregiver")
    bot.api.fail_next(7400, 400, "Bad Request: PHOTO_INVALID_DIMENSIONS")
    reply = await user.press(f"go:{SERIES}")
    assert [c.method for c in reply.calls if c.method.startswith("send")] == ["sendPhoto", "sendMessage"]
    assert reply.last.method == "sendMessage"
    assert reply.last.text.endswith(t(bot, "en", f"s-{SERIES}-ai-images-intro"))
    assert reply.last.button_labels() == card_labels(bot, "en")
    assert await uploads(bot) == {}
