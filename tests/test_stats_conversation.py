"""/stats in the chat, against the fake Bot API: staff get a chart and buttons; everyone else gets nothing."""

from __future__ import annotations

from datetime import timedelta
from functools import partial

import arabic_reshaper
from bidi import get_display

from bot.devtools.fake_bot_api import Call
from bot.features.stats import chart_parts
from bot.services.charts import weekly_bars_figure
from bot.services.stats import Stats
from bot.store.models import Event, utcnow
from tests.auxil.conversations import onboard
from tests.auxil.harness import BotHarness

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
STAFF = 999  # ADMIN_IDS in the harness


async def _seed_reach(bot: BotHarness) -> None:
    """This week: 9 Kenyan young people and 3 caregivers viewed cards (the caregivers' 3 must show as <5)."""
    assert bot.rt is not None
    now = utcnow() - timedelta(minutes=1)
    async with bot.rt.store.transaction() as session:
        for i in range(12):
            audience = "youth" if i < 9 else "caregiver"
            session.add(Event(pseudonym=f"seed{i}", kind="card_viewed", occurred_at=now, audience=audience,
                              country="KE", locale="en", capability=13, series="in-control", lesson="footprint"))


def _photo(calls: list[Call]) -> Call:
    photos = [c for c in calls if c.method == "sendPhoto"]
    assert len(photos) == 1, [c.method for c in calls]
    assert photos[0].files["photo"].startswith(PNG_MAGIC)
    return photos[0]


def _data(call: Call, label: str) -> str:
    for row in call.buttons:
        for button in row:
            if label in button["text"]:
                return str(button["callback_data"])
    raise AssertionError(f"no button {label!r} in {call.button_labels()}")


async def test_staff_get_a_chart_and_can_switch_the_period(bot: BotHarness) -> None:
    await _seed_reach(bot)
    staff = bot.user(STAFF)
    reply = await staff.send("/stats")
    photo = _photo(reply.calls)
    caption = photo.params["caption"]
    assert "Reach in the last 30 days" in caption
    assert "People reached: <b>12</b>" in caption
    assert "Young people: &lt;5" in caption and "Caregivers: &lt;5" in caption  # 3, and its complement
    assert photo.params["parse_mode"] == "HTML"
    labels = photo.button_labels()
    assert labels == ["7 days", "✓ 30 days", "90 days", "✓ Audience", "Country", "Series", "Language"]

    reply = await staff.press(_data(photo, "7 days"))
    photo = _photo(reply.calls)
    assert "Reach in the last 7 days" in photo.params["caption"]
    assert "✓ 7 days" in photo.button_labels()

    reply = await staff.press(_data(photo, "Country"))
    photo = _photo(reply.calls)
    assert "• KE Kenya: 12" in photo.params["caption"]
    assert {"✓ 7 days", "✓ Country"} <= set(photo.button_labels())


async def test_learners_get_the_unknown_command_answer_and_no_photo(bot: BotHarness) -> None:
    await _seed_reach(bot)
    learner = await onboard(bot, 2001)
    reply = await learner.send("/stats")
    assert [c.method for c in reply.messages] == ["sendMessage"]
    assert reply.text == bot.rt.i18n.t("en", "unknown-command")  # type: ignore[union-attr]
    # A learner pressing a (forged) stats button: the stale answer, no chart.
    reply = await learner.press("sta:30:country")
    assert not [c for c in reply.calls if c.method == "sendPhoto"]
    assert reply.alerts == [bot.rt.i18n.t("en", "stale-button")]  # type: ignore[union-attr]


async def test_forged_buttons_from_staff_are_stale(bot: BotHarness) -> None:
    staff = bot.user(STAFF)
    for data in ("sta:31:audience", "sta:30:pseudonym", "sta", "sta:30", "sta:7:audience:x"):
        reply = await staff.press(data)
        assert not [c for c in reply.calls if c.method == "sendPhoto"], data
        assert reply.alerts == [bot.rt.i18n.t("en", "stale-button")], data  # type: ignore[union-attr]


async def test_stats_in_arabic_draw_the_chart_in_shaped_arabic(bot: BotHarness) -> None:
    """The Arabic chart is drawn in Arabic: its title, axis labels and legend carry exactly the text the shaping
    library (arabic-reshaper, then python-bidi) makes of the Arabic messages; the caption no longer says the
    chart is in English."""
    await _seed_reach(bot)
    staff = bot.user(STAFF, "ar")
    reply = await staff.send("/stats")
    photo = _photo(reply.calls)
    assert bot.rt is not None
    t = partial(bot.rt.i18n.t, "ar")
    assert t("stats-btn-days", days=7) in photo.button_labels()
    assert "English" not in photo.params["caption"] and "الإنجليزية" not in photo.params["caption"]

    stats = Stats(bot.rt.catalog, bot.rt.checkins)
    async with bot.rt.store.transaction() as session:
        summary = await stats.summary(session, 30, "audience", bot.rt.clock.now().date())
    text, weeks, names, bars = chart_parts(bot.rt, "ar", summary)
    assert text.rtl and sorted(names) == sorted([t("stats-audience-youth"), t("stats-audience-caregiver")])
    figure = weekly_bars_figure(text, weeks, names, bars)
    axes = figure.axes[0]
    title = t("stats-chart-title", breakdown=t("stats-by-audience"))
    assert axes.get_title(loc="right") == get_display(arabic_reshaper.reshape(title))
    assert axes.get_ylabel() == get_display(arabic_reshaper.reshape(t("stats-chart-y")))
    legend = [label.get_text() for label in axes.get_legend().get_texts()]
    assert legend == [get_display(arabic_reshaper.reshape(name)) for name in names]
    assert any("\ufe70" <= ch <= "\ufeff" for ch in axes.get_title(loc="right"))  # joined letter forms
    assert axes.yaxis.get_label_position() == "right"
