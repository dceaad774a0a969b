"""/privacy, /mydata and /forget with the real Application over the fake Bot API."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from bot.devtools.fake_bot_api import FakeBotApi
from bot.features.common import format_date
from bot.services import profiles
from bot.store.models import Event, LessonProgress, QuizAnswer, Role, User
from tests.auxil.conversations import count, events, onboard, snapshot, t, user_row
from tests.auxil.harness import BotHarness, TgUser

# How long things are kept, with the default settings, as the last paragraph of the notice.
KEEPING = {
    "en": "<b>How long I keep it:</b> If you do not use me for 365 days, I delete everything I keep about you, "
          "just as /forget does. I keep the list of lessons sent to you in a group for 90 days; after that, only "
          "totals remain. Check-in answers are cut off from you for good 730 days after their round closes.",
    "fr": "si tu ne m'utilises pas pendant 365 jours, je supprime tout",
    "es": "si no me usas durante 365 días, borro todo",
    "pt": "se você não me usar por 365 dias, eu apago tudo",
    "ar": "إذا لم تستخدمني مدة 365 يومًا، أحذف كل ما أحفظه عنك",
    "id": "kalau kamu tidak memakaiku selama 365 hari, aku menghapus semua",
    "sw": "usiponitumia kwa siku 365, ninafuta kila kitu",
    "ro": "dacă nu mă folosești 365 de zile, șterg tot",
}
NOTICE_TITLES = {"en": "Privacy notice", "fr": "Politique de confidentialité", "es": "Aviso de privacidad",
                 "pt": "Aviso de privacidade", "ar": "إشعار الخصوصية"}


async def answer_first_quiz(bot: BotHarness, user: TgUser, series: str) -> None:
    """Open a series and go through cards up to its first quiz, and answer it."""
    reply = await user.press(f"go:{series}")
    for _ in range(12):
        data = [b["callback_data"] for row in reply.last.buttons for b in row]
        if any(d.startswith("qa:") for d in data):
            reply = await user.press(next(d for d in data if d.startswith("qa:")))
            assert not reply.alerts or reply.alerts == [""]
            return
        reply = await user.press(next(d for d in data if d.startswith("nx:")))
    raise AssertionError("no quiz found")


async def test_privacy_notice_in_every_language(bot: BotHarness) -> None:
    for known in (False, True):
        for number, (locale, title) in enumerate(NOTICE_TITLES.items()):
            uid = 3000 + number + 10 * known
            user = await onboard(bot, uid, locale) if known else bot.user(uid, locale)
            reply = await user.send("/privacy")
            assert reply.text.startswith(t(bot, locale, "privacy-notice") + "\n\n")
            assert KEEPING[locale] in reply.text
            assert title in reply.text
            if locale != "en":
                assert t(bot, "en", "privacy-notice") != reply.text
            expected = ["btn-mydata", "btn-forget", "btn-help"] if known else ["btn-help"]
            assert reply.labels() == [t(bot, locale, key) for key in expected]
        if not known:
            assert await count(bot, User) == 0  # reading the notice stores nothing


async def test_how_long_things_are_kept_in_every_language(bot: BotHarness) -> None:
    assert bot.rt is not None
    assert set(KEEPING) == set(bot.rt.i18n.locales)
    for number, (locale, words) in enumerate(KEEPING.items()):
        reply = await bot.user(3300 + number, locale).send("/privacy")
        assert reply.text.split("\n\n")[-1].startswith(t(bot, locale, "privacy-keep-title") + " ")
        assert words in reply.text


async def test_the_notice_follows_the_retention_settings(fake_api: FakeBotApi, tmp_path: Path) -> None:
    bot = BotHarness(fake_api, f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}", settings_overrides={
        "retention_days": 30, "delivery_retention_days": 0, "checkin_retention_days": 1})
    await bot.start()
    try:
        en = (await bot.user(3200, "en").send("/privacy")).text.split("\n\n")[-1]
        assert en == ("<b>How long I keep it:</b> If you do not use me for 30 days, I delete everything I keep about "
                      "you, just as /forget does. Check-in answers are cut off from you for good 1 day after their "
                      "round closes.")
        fr = (await bot.user(3201, "fr").send("/privacy")).text.split("\n\n")[-1]
        assert "pendant 30 jours" in fr and "pour toujours 1 jour après" in fr and "groupe" not in fr
    finally:
        await bot.stop()
    bot.settings_overrides = {"retention_days": 0}
    await bot.start()
    try:
        ar = (await bot.user(3202, "ar").send("/privacy")).text.split("\n\n")[-1]
        assert ar.startswith("<b>كم من الوقت أحفظها:</b> إلى أن تحذفها بنفسك عبر /forget.")
        assert "90 يومًا" in ar and "730 يومًا" in ar
    finally:
        await bot.stop()


async def test_mydata_from_the_menu_for_a_professional(bot: BotHarness) -> None:
    user = await onboard(bot, 3110, "fr", audience="professional", sector="justice", country="SN")
    await user.send("/start")
    reply = await user.tap(t(bot, "fr", "btn-privacy"))
    assert reply.text.startswith(t(bot, "fr", "privacy-notice"))
    reply = await user.tap(t(bot, "fr", "btn-mydata"))
    text = reply.text
    assert text.startswith(t(bot, "fr", "mydata-title"))
    assert t(bot, "fr", "mydata-audience", value=t(bot, "fr", "audience-professional")) in text
    assert "Secteur\u202f: " + t(bot, "fr", "sector-justice") in text
    assert "Pays\u202f: Sénégal" in text
    assert "Tranche d'âge" not in text


async def test_mydata_lists_everything_in_plain_words(bot: BotHarness) -> None:
    user = await onboard(bot, 3100, "es", age="13-15", country="MX")
    await answer_first_quiz(bot, user, "in-control")
    async with bot.rt.store.transaction() as session:
        row = await profiles.find_user(session, 3100)
        assert row is not None
        await profiles.grant_role(session, row, "trainer")
    await user.send("/stop")
    row = await user_row(bot, 3100)
    assert row is not None
    own_events = await count(bot, Event, Event.pseudonym == bot.rt.analytics.pseudonym(3100))
    assert own_events >= 3

    reply = await user.send("/mydata")
    text = reply.text
    assert text.startswith(t(bot, "es", "mydata-title"))
    for line in (
        "Idioma: Español",
        "Perfil: una persona joven",
        "Grupo de edad: 13-15",
        "País: México",
        t(bot, "es", "mydata-joined", value=format_date(row.created_at, "es")),
        t(bot, "es", "mydata-consent", value=format_date(row.consent_at, "es")),
        "Lecciones y recordatorios: desactivados (/stop)",
        t(bot, "es", "mydata-roles", value=t(bot, "es", "role-trainer")),  # "formador o formadora"
        t(bot, "es", "mydata-progress", count=1),
        t(bot, "es", "mydata-events", count=own_events),
        t(bot, "es", "mydata-footer"),
    ):
        assert line in text, line
    assert "seudónimo" in text and "anónimas vinculadas" not in text  # pseudonymous, not "anonymous and linked"
    assert "3100" not in text and "Sector" not in text
    assert t(bot, "en", "mydata-footer") not in text


async def test_forget_deletes_the_person_and_keeps_anonymous_counts(bot: BotHarness) -> None:
    user = await onboard(bot, 3200, "es", age="13-15", country="MX")
    other = await onboard(bot, 3201, "es", age="13-15", country="MX")
    for person in (user, other):
        await answer_first_quiz(bot, person, "risky-contact")
    async with bot.rt.store.transaction() as session:
        row = await profiles.find_user(session, 3200)
        assert row is not None
        await profiles.grant_role(session, row, "trainer")
    person = await user_row(bot, 3200)
    assert person is not None
    pseudonym = bot.rt.analytics.pseudonym(3200)
    own = await count(bot, Event, Event.pseudonym == pseudonym)
    total = await count(bot, Event)
    assert own >= 4 and total > own
    for model in (Role, LessonProgress, QuizAnswer):
        assert await count(bot, model, model.user_id == person.id) >= 1, model  # type: ignore[attr-defined]

    # "No, keep it" deletes nothing.
    before = await snapshot(bot)
    reply = await user.send("/forget")
    assert reply.text == t(bot, "es", "forget-confirm")
    assert reply.labels() == [t(bot, "es", "btn-forget-yes"), t(bot, "es", "btn-forget-no")]
    reply = await user.tap("No, conservarlo")
    assert reply.text == t(bot, "es", "forget-cancelled")
    assert await snapshot(bot) == before

    # Through the privacy screen this time, and yes.
    reply = await user.send("/privacy")
    reply = await user.tap(t(bot, "es", "btn-forget"))
    assert reply.text == t(bot, "es", "forget-confirm")
    reply = await user.tap("Sí, borrar todo")
    assert reply.text == t(bot, "es", "forget-done", count=own)
    assert f"({own})" in reply.text

    assert await user_row(bot, 3200) is None
    for model in (Role, LessonProgress, QuizAnswer):
        assert await count(bot, model, model.user_id == person.id) == 0, model  # type: ignore[attr-defined]
    assert await count(bot, Event, Event.pseudonym == pseudonym) == 0
    assert await count(bot, Event) == total  # relabelled, not deleted
    async with bot.rt.store.transaction() as session:
        distinct = await session.scalar(select(func.count(func.distinct(Event.pseudonym))))
    assert distinct == 2  # still two people in the aggregates, one of them no longer linkable
    relabelled = {e.pseudonym for e in await events(bot) if e.pseudonym != bot.rt.analytics.pseudonym(3201)}
    assert len(relabelled) == 1 and relabelled != {pseudonym}

    # The other person is untouched.
    kept = await user_row(bot, 3201)
    assert kept is not None and kept.onboarded
    assert await count(bot, QuizAnswer, QuizAnswer.user_id == kept.id) == 1

    # The forgotten person is a stranger now.
    assert (await user.send("/mydata")).text == t(bot, "es", "mydata-none")
    assert (await user.send("/forget")).text == t(bot, "es", "mydata-none")
    reply = await user.press("fgt:yes")  # the old confirmation button
    assert reply.alerts == [t(bot, "es", "stale-button")]
    assert (await user.send("/start")).text == t(bot, "es", "welcome")  # and may start over


async def test_forget_by_someone_unknown(bot: BotHarness) -> None:
    for locale, words in (("en", "I don't keep anything about you"), ("ar", "لا أحفظ أي شيء عنك"),
                          ("fr", "Je n'ai aucune donnée enregistrée")):
        reply = await bot.user(3300, locale).send("/forget")
        assert reply.text == t(bot, locale, "mydata-none")
        assert words in reply.text
        assert reply.labels() == []
    assert await count(bot, User) == 0
