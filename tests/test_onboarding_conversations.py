"""Onboarding conversations with the real Application over the fake Bot API: every language, finding a country,
help at every step, the age rules, consent, settings and the command menus."""

from __future__ import annotations

import pytest

from bot.services.countries import country_name
from bot.store.models import Event, User
from tests.auxil.conversations import (
    ARABIC,
    ISOLATES,
    assert_menu,
    chat_calls,
    count,
    events,
    everything_shown,
    onboard,
    t,
    tap_exact,
    user_row,
)
from tests.auxil.harness import BotHarness, Reply, TgUser

# locale -> (audience, age band or sector, a country from that locale's shortlist)
PLAN = {
    "en": ("youth", "16-17", "KE"),
    "fr": ("caregiver", None, "SN"),
    "es": ("professional", "ngo", "MX"),
    "pt": ("youth", "16-17", "BR"),
    "ar": ("youth", "16-17", "EG"),
}
# Words that only a real translation contains (welcome, audience question, consent heading, menu button).
WORDS = {
    "en": ("choose your language", "Who are you?", "what I keep and why", "Lessons"),
    "fr": ("choisir la langue", "Quel profil correspond", "ce que je garde et pourquoi", "Leçons"),
    "es": ("elegir el idioma", "¿Qué perfil corresponde?", "qué guardo y por qué", "Lecciones"),
    "pt": ("escolha o seu idioma", "Quem é você", "o que eu guardo e por quê", "Lições"),
    "ar": ("اختيار اللغة", "من أنت", "ما الذي أحفظه ولماذا", "الدروس"),
}
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "pt": "Português", "ar": "العربية"}
COMMAND_NAMES = ["start", "menu", "lessons", "checkin", "help", "settings", "language", "privacy", "mydata", "forget",
                 "stop"]


def english_of(bot: BotHarness, message_id: str, **args: str) -> str:
    return t(bot, "en", message_id, **args)


# --- the whole onboarding, in each language --------------------------------------------------------------


@pytest.mark.parametrize("locale", list(PLAN))
async def test_full_onboarding_in_each_language(bot: BotHarness, locale: str) -> None:
    audience, detail, country = PLAN[locale]
    welcome_word, audience_word, consent_word, menu_word = WORDS[locale]
    uid = 1000 + list(PLAN).index(locale)
    user = bot.user(uid, locale)

    reply = await user.send("/start")
    assert reply.text == t(bot, locale, "welcome")
    assert welcome_word in reply.text
    labels = reply.labels()
    offered = bot.rt.i18n.locales
    assert set(LANGUAGE_NAMES) <= set(offered)
    assert labels[0] == f"{LANGUAGE_NAMES[locale]} ✓"  # Telegram's language preselected
    assert sorted(labels[: len(offered)]) == sorted(
        [f"{LANGUAGE_NAMES[locale]} ✓", *[bot.rt.i18n.name(c) for c in offered if c != locale]])
    assert labels[len(offered)] == t(bot, locale, "btn-help")

    reply = await user.tap(labels[0])
    assert reply.text == t(bot, locale, "ask-audience")
    assert audience_word in reply.text
    reply = await tap_exact(user, reply, t(bot, locale, f"btn-aud-{audience}"))
    if audience == "youth":
        assert reply.text == t(bot, locale, "ask-age")
        assert reply.labels()[:4] == [t(bot, locale, f"btn-age-{a}") for a in ("under13", "13-15", "16-17", "adult")]
        reply = await tap_exact(user, reply, t(bot, locale, "btn-age-16-17"))
    elif audience == "professional":
        assert reply.text == t(bot, locale, "ask-sector")
        reply = await tap_exact(user, reply, t(bot, locale, f"sector-{detail}"))

    assert reply.text == t(bot, locale, "ask-country")
    shortlist = bot.rt.catalog.countries.shortlist[locale]
    assert country in shortlist
    name = country_name(country, locale)
    assert name != country_name(country, "en") or locale == "en"  # the country's name in this language
    assert reply.labels()[: len(shortlist)] == [country_name(c, locale) for c in shortlist]
    assert t(bot, locale, "btn-country-other") in reply.labels()
    reply = await tap_exact(user, reply, name)

    assert reply.text == t(bot, locale, f"consent-{audience}")
    assert consent_word in reply.text
    reply = await tap_exact(user, reply, t(bot, locale, "btn-consent-yes"))
    assert reply.text == f"{t(bot, locale, 'onboarding-done')}\n\n{t(bot, locale, f'menu-{audience}')}"
    assert_menu(bot, reply.labels(), locale, audience)
    assert menu_word in " ".join(reply.labels()) or audience == "professional"

    # Everything the person saw was in their language, never the English text.
    shown = "\n".join(c.text for c in chat_calls(bot, uid))
    if locale != "en":
        for message_id in ("welcome", "ask-audience", f"consent-{audience}", "onboarding-done"):
            assert english_of(bot, message_id) not in shown, message_id
    if locale == "ar":
        for call in chat_calls(bot, uid):
            assert ARABIC.search(call.text), call.text
        assert not [s for s in everything_shown(bot) if ISOLATES.search(s)]

    row = await user_row(bot, uid)
    assert row is not None
    assert (row.locale, row.audience, row.country, row.step) == (locale, audience, country, None)
    assert row.age_band == (detail if audience == "youth" else None)
    assert row.sector == (detail if audience == "professional" else None)
    assert row.consent_at is not None and not row.stopped
    onboarded = await events(bot)
    assert [e.kind for e in onboarded] == ["onboarded"]
    assert onboarded[0].pseudonym == bot.rt.analytics.pseudonym(uid)
    assert str(uid) not in onboarded[0].pseudonym
    assert (onboarded[0].locale, onboarded[0].country, onboarded[0].audience) == (locale, country, audience)


async def test_telegram_language_picks_the_first_choice(bot: BotHarness) -> None:
    for uid, language_code, locale in ((1100, "de", "en"), (1101, "pt-br", "pt"), (1102, None, "en"),
                                       (1103, "AR", "ar"), (1104, "fr_CA", "fr")):
        reply = await bot.user(uid, language_code).send("/start")
        welcome = t(bot, locale, "welcome")
        if language_code == "de":  # not offered: told so in German, above the picker
            welcome = f"{bot.rt.i18n.unavailable['de']}\n\n{welcome}"
        assert reply.text == welcome, language_code
        assert reply.labels()[0] == f"{LANGUAGE_NAMES[locale]} ✓"
        assert sum("✓" in label for label in reply.labels()) == 1
        row = await user_row(bot, uid)
        assert row is not None and row.locale == locale and row.step == "onb:lang"


# --- finding a country ----------------------------------------------------------------------------------


async def at_country_step(bot: BotHarness, uid: int, locale: str, age: str = "16-17") -> TgUser:
    user = bot.user(uid, locale)
    await user.send("/start")
    await user.press(f"lang:{locale}")
    await user.press("aud:youth")
    reply = await user.press(f"age:{age}")
    assert reply.text == t(bot, locale, "ask-country")
    return user


async def test_another_country_letter_grid(bot: BotHarness) -> None:
    user = await at_country_step(bot, 1200, "en")
    reply = await user.tap("Another country")
    assert reply.text == t(bot, "en", "ask-country-letter")
    letters = reply.labels()
    assert {"A", "K", "Z"} <= set(letters)
    reply = await tap_exact(user, reply, "K")
    assert reply.text == t(bot, "en", "ask-country")
    assert "Kenya" in reply.labels() and "Kuwait" in reply.labels()
    assert all(label.startswith("K") for label in reply.labels()[:-2])  # then Back and Help
    reply = await tap_exact(user, reply, "Kenya")
    assert reply.text == t(bot, "en", "consent-youth")
    row = await user_row(bot, 1200)
    assert row is not None and (row.country, row.step) == ("KE", "onb:consent")

    # In Arabic the letters are Arabic, and countries are grouped by the letter after the article "ال".
    user = await at_country_step(bot, 1201, "ar")
    reply = await user.tap(t(bot, "ar", "btn-country-other"))
    assert reply.text == t(bot, "ar", "ask-country-letter")
    letters = reply.labels()[:-2]
    # (pycountry has no Arabic name for Türkiye yet, so one Latin "T" remains.)
    assert sum(bool(ARABIC.search(letter)) for letter in letters) >= len(letters) - 1 and "ك" in letters
    reply = await tap_exact(user, reply, "ك")
    assert "كينيا" in reply.labels()
    reply = await tap_exact(user, reply, "كينيا")
    assert reply.text == t(bot, "ar", "consent-youth")
    assert (await user_row(bot, 1201)).country == "KE"  # type: ignore[union-attr]

    # "Back" from the letters shows the shortlist again.
    user = await at_country_step(bot, 1202, "fr")
    reply = await user.tap(t(bot, "fr", "btn-country-other"))
    reply = await user.tap(t(bot, "fr", "btn-back"))
    assert reply.text == t(bot, "fr", "ask-country")
    assert reply.labels()[0] == country_name("FR", "fr")


async def test_typing_a_country_name(bot: BotHarness) -> None:
    for uid, locale, typed, code in (
        (1220, "es", "Kenia", "KE"),
        (1221, "en", "Kenya", "KE"),
        (1222, "es", "kenya", "KE"),  # the English name works in every language
        (1223, "fr", "Sénégal", "SN"),
        (1224, "ar", "الأردن", "JO"),
        (1225, "pt", "moçambique", "MZ"),
    ):
        user = await at_country_step(bot, uid, locale)
        reply = await user.send(typed)
        assert reply.text == t(bot, locale, "consent-youth"), typed
        row = await user_row(bot, uid)
        assert row is not None and (row.country, row.step) == (code, "onb:consent")


async def test_typing_nonsense_at_the_country_step(bot: BotHarness) -> None:
    user = await at_country_step(bot, 1230, "es")
    reply = await user.send("xqzt lalaland")
    assert reply.text.startswith(t(bot, "es", "country-not-found"))
    assert "No encontré ese país" in reply.text
    assert t(bot, "es", "ask-country") in reply.text
    assert country_name("MX", "es") in reply.labels()
    row = await user_row(bot, 1230)
    assert row is not None and (row.country, row.step) == (None, "onb:country")
    reply = await user.send("Perú")  # and the step still works
    assert reply.text == t(bot, "es", "consent-youth")
    assert (await user_row(bot, 1230)).country == "PE"  # type: ignore[union-attr]


# --- help at every step ----------------------------------------------------------------------------------


async def assert_help(bot: BotHarness, reply: Reply, locale: str, country: str | None = None) -> None:
    assert reply.text.startswith(t(bot, locale, "help-title"))
    if country:
        assert t(bot, locale, "help-intro-country", country=country_name(country, locale)) in reply.text
    else:
        assert t(bot, locale, "help-intro-global") in reply.text
    assert "Child Helpline International" in reply.text and "takeitdown.ncmec.org" in reply.text


async def help_twice(bot: BotHarness, user: TgUser, step: str, word: str = "ayuda",
                     country: str | None = None) -> None:
    """The 🆘 button, then a help word in another language: both show help and leave the step as it was."""
    reply = await user.tap(t(bot, "en", "btn-help"))
    await assert_help(bot, reply, "en", country)
    assert not reply.alerts or reply.alerts == [""]
    reply = await user.send(word)
    await assert_help(bot, reply, "en", country)
    row = await user_row(bot, user.id)
    assert row is not None and row.step == f"onb:{step}"


async def test_help_from_every_youth_onboarding_step(bot: BotHarness) -> None:
    user = bot.user(1300, "en")
    await user.send("/start")
    await help_twice(bot, user, "lang", "aide")
    reply = await user.tap("English ✓")
    assert reply.text == t(bot, "en", "ask-audience")

    await help_twice(bot, user, "audience", "ayuda")
    reply = await user.tap("young person")
    assert reply.text == t(bot, "en", "ask-age")

    await help_twice(bot, user, "age", "مساعدة")
    reply = await user.tap("16 to 17")
    assert reply.text == t(bot, "en", "ask-country")

    await help_twice(bot, user, "country", "ajuda")
    reply = await user.tap("Kenya")
    assert reply.text == t(bot, "en", "consent-youth")

    await help_twice(bot, user, "consent", "au secours", country="KE")  # the country is known by now
    reply = await user.tap("I agree")
    assert_menu(bot, reply.labels(), "en", "youth")
    row = await user_row(bot, 1300)
    assert row is not None and row.onboarded and (row.age_band, row.country) == ("16-17", "KE")


async def test_help_from_the_sector_step(bot: BotHarness) -> None:
    user = bot.user(1310, "en")
    await user.send("/start")
    await user.press("lang:en")
    reply = await user.tap("protect children")
    assert reply.text == t(bot, "en", "ask-sector")
    await help_twice(bot, user, "sector", "socorro")
    reply = await user.tap("Law enforcement")
    assert reply.text == t(bot, "en", "ask-country")
    row = await user_row(bot, 1310)
    assert row is not None and (row.audience, row.sector, row.step) == ("professional", "police", "onb:country")


# --- age rules and consent -------------------------------------------------------------------------------


async def test_under_13_gets_a_kind_answer_and_nothing_is_kept(bot: BotHarness) -> None:
    user = bot.user(1400, "pt")
    await user.send("/start")
    await user.press("lang:pt")
    await user.press("aud:youth")
    assert await count(bot, User) == 1  # the onboarding position is kept until the answer
    reply = await user.tap(t(bot, "pt", "btn-age-under13"))
    assert reply.text.startswith(t(bot, "pt", "under-13"))
    assert "não guardei nada sobre você" in reply.text
    assert t(bot, "pt", "help-intro-global") in reply.text
    assert "Child Helpline International" in reply.text and "takeitdown.ncmec.org" in reply.text
    # No menu (they are not onboarded), and no /settings: a country picker that stores nothing.
    assert reply.labels() == [t(bot, "pt", "btn-help-country")]
    assert "/settings" not in reply.text
    assert await count(bot, User) == 0
    assert await count(bot, Event) == 0
    # Their old buttons are dead now.
    reply = await user.press("age:16-17")
    assert reply.alerts == [t(bot, "pt", "stale-button")]
    assert await count(bot, User) == 0


async def test_13_to_15_in_france_is_turned_away(bot: BotHarness) -> None:
    # Through the letter grid ...
    user = await at_country_step(bot, 1410, "en", age="13-15")
    reply = await user.tap("Another country")
    reply = await tap_exact(user, reply, "F")
    reply = await tap_exact(user, reply, "France")
    assert reply.text.startswith(t(bot, "en", "age-gate-16", country="France"))
    assert "In France, Telegram is for people aged 16 and over" in reply.text
    assert "<b>119</b>" in reply.text and "<b>112</b>" in reply.text
    assert t(bot, "en", "help-intro-country", country="France") in reply.text
    # ... and by typing the name, in French.
    user = await at_country_step(bot, 1411, "fr", age="13-15")
    reply = await user.send("France")
    assert reply.text.startswith(t(bot, "fr", "age-gate-16", country="France"))
    assert "Telegram est réservé aux personnes de 16 ans et plus" in reply.text
    assert "<b>119</b>" in reply.text and "<b>112</b>" in reply.text
    assert await count(bot, User) == 0
    assert await count(bot, Event) == 0

    # 16-17 in France is fine.
    user = await at_country_step(bot, 1412, "fr", age="16-17")
    reply = await user.tap("France")
    assert reply.text == t(bot, "fr", "consent-youth")
    reply = await user.tap(t(bot, "fr", "btn-consent-yes"))
    assert_menu(bot, reply.labels(), "fr", "youth")
    row = await user_row(bot, 1412)
    assert row is not None and (row.age_band, row.country, row.step) == ("16-17", "FR", None)


async def test_an_adult_choosing_young_person_is_sent_back(bot: BotHarness) -> None:
    user = bot.user(1420, "en")
    await user.send("/start")
    await user.press("lang:en")
    await user.press("aud:youth")
    reply = await user.tap("18 or older")
    assert reply.text == f"{t(bot, 'en', 'age-adult-redirect')}\n\n{t(bot, 'en', 'ask-audience')}"
    reply = await user.tap("parent or caregiver")
    assert reply.text == t(bot, "en", "ask-country")
    row = await user_row(bot, 1420)
    assert row is not None and (row.audience, row.age_band) == ("caregiver", None)


async def test_declining_consent_keeps_nothing(bot: BotHarness) -> None:
    user = bot.user(1430, "es")
    await user.send("/start")
    await user.press("lang:es")
    await user.press("aud:caregiver")
    reply = await user.press("cty:MX")
    reply = await user.tap(t(bot, "es", "btn-privacy-full"))  # reading the notice first changes nothing
    assert reply.text.startswith(t(bot, "es", "privacy-notice"))
    assert "si no me usas durante 365 días, borro todo" in reply.text
    assert (await user_row(bot, 1430)).step == "onb:consent"  # type: ignore[union-attr]
    reply = await user.tap(t(bot, "es", "btn-consent-no"))
    assert reply.text == t(bot, "es", "consent-declined")
    assert "No he guardado nada" in reply.text
    assert await count(bot, User) == 0
    assert await count(bot, Event) == 0


# --- settings ---------------------------------------------------------------------------------------------


async def test_settings_change_language_country_and_audience(bot: BotHarness) -> None:
    user = await onboard(bot, 1500, "en", audience="caregiver", country="KE")
    reply = await user.send("/settings")
    assert reply.text == (f"{t(bot, 'en', 'settings-title')}\n"
                          + t(bot, "en", "settings-current", locale="English", audience="a parent or caregiver",
                              country="Kenya"))

    # Language: the menu then speaks the new language.
    reply = await user.tap("🌐 Language")
    assert reply.text == t(bot, "en", "choose-language")
    assert reply.labels()[0] == "English ✓"
    reply = await user.tap("Français")
    assert reply.text.startswith(t(bot, "fr", "settings-saved"))
    assert "Langue\u202f: Français" in reply.text and "Pays\u202f: Kenya" in reply.text
    reply = await user.tap(t(bot, "fr", "btn-menu"))
    assert reply.text == t(bot, "fr", "menu-caregiver")
    assert_menu(bot, reply.labels(), "fr", "caregiver")
    assert (await user_row(bot, 1500)).locale == "fr"  # type: ignore[union-attr]

    # Country.
    await user.send("/settings")
    reply = await user.tap(t(bot, "fr", "btn-set-country"))
    assert reply.text == t(bot, "fr", "ask-country")
    assert t(bot, "fr", "btn-back") in reply.labels()
    reply = await user.tap("Belgique")
    assert reply.text.startswith(t(bot, "fr", "settings-saved"))
    assert "Pays\u202f: Belgique" in reply.text
    row = await user_row(bot, 1500)
    assert row is not None and (row.country, row.step) == ("BE", None)

    # Who I am: caregiver -> professional asks the sector, then goes back to settings.
    reply = await user.tap(t(bot, "fr", "btn-set-audience"))
    assert reply.text == t(bot, "fr", "ask-audience")
    reply = await user.tap(t(bot, "fr", "btn-aud-professional"))
    assert reply.text == t(bot, "fr", "ask-sector")
    reply = await user.tap(t(bot, "fr", "sector-health"))
    assert reply.text.startswith(t(bot, "fr", "settings-saved"))
    assert t(bot, "fr", "audience-professional") in reply.text
    row = await user_row(bot, 1500)
    assert row is not None and (row.audience, row.sector, row.country, row.step) == (
        "professional", "health", "BE", None)
    reply = await user.tap(t(bot, "fr", "btn-menu"))
    assert_menu(bot, reply.labels(), "fr", "professional")

    # "Back" from a settings question leaves everything as it was.
    await user.send("/settings")
    await user.tap(t(bot, "fr", "btn-set-country"))
    reply = await user.tap(t(bot, "fr", "btn-back"))
    assert reply.text.startswith(t(bot, "fr", "settings-title"))
    row = await user_row(bot, 1500)
    assert row is not None and (row.country, row.step) == ("BE", None)


async def test_language_shortcut(bot: BotHarness) -> None:
    user = await onboard(bot, 1510, "en", country="US")
    reply = await user.send("/language")
    assert reply.text == t(bot, "en", "choose-language")
    reply = await user.tap("العربية")
    assert reply.text.startswith(t(bot, "ar", "settings-saved"))
    assert "اللغة: العربية" in reply.text
    reply = await user.send("/start")
    assert reply.text == t(bot, "ar", "menu-youth")
    assert_menu(bot, reply.labels(), "ar", "youth")
    assert (await user_row(bot, 1510)).locale == "ar"  # type: ignore[union-attr]


async def test_start_and_settings_before_onboarding_is_done(bot: BotHarness) -> None:
    reply = await bot.user(1520, "fr").send("/settings")
    assert reply.text == t(bot, "fr", "welcome")  # /settings for a newcomer starts onboarding
    user = bot.user(1530, "en")
    await user.send("/start")
    await user.press("lang:en")
    await user.press("aud:caregiver")
    reply = await user.send("/start")  # /start again resumes the question
    assert reply.text == t(bot, "en", "ask-country")
    reply = await user.send("/language")
    assert reply.text == t(bot, "en", "ask-country")
    reply = await user.send("hello there")
    assert reply.text == f"{t(bot, 'en', 'country-not-found')}\n\n{t(bot, 'en', 'ask-country')}"
    row = await user_row(bot, 1530)
    assert row is not None and row.step == "onb:country" and not row.onboarded


# --- the command menus -------------------------------------------------------------------------------------


async def test_command_menus_in_every_language(bot: BotHarness) -> None:
    commands = bot.api.commands
    keys = {("all_private_chats", code) for code in ("", "en", "fr", "es", "pt", "ar")}
    assert keys <= set(commands)
    for code in ("", "en", "fr", "es", "pt", "ar"):
        locale = code or "en"
        menu = commands[("all_private_chats", code)]
        assert [c["command"] for c in menu] == COMMAND_NAMES
        assert [c["description"] for c in menu] == [t(bot, locale, f"cmd-{n}") for n in COMMAND_NAMES]
        assert all(0 < len(c["description"]) <= 256 for c in menu)
    help_words = {"en": "help", "fr": "aide", "es": "ayuda", "pt": "ajuda", "ar": "المساعدة"}
    for code, word in help_words.items():
        described = {c["command"]: c["description"] for c in commands[("all_private_chats", code)]}
        assert word in described["help"].lower()
    assert not [s for s in everything_shown(bot) if ISOLATES.search(s)]


async def test_age_rule_after_onboarding_leaves_nothing_linked_to_the_person(bot: BotHarness) -> None:
    """A 13-15 year old who moves to France in /settings is first told what would be deleted and can go back; if
    they go on, their row goes and their earlier activity records no longer point at them."""
    user = await onboard(bot, 1440, "en", age="13-15", country="KE")
    await user.press("les")
    await user.press("go:in-control")
    pseudonym = bot.rt.analytics.pseudonym(1440)
    before = await count(bot, Event)
    assert before >= 2 and await count(bot, Event, Event.pseudonym == pseudonym) == before
    await user.send("/settings")
    await user.tap("📍 Country")
    reply = await user.send("France")
    assert reply.text == t(bot, "en", "settings-age-confirm", country="France")
    assert "delete everything I keep about you" in reply.text and "lesson progress" in reply.text
    assert reply.labels() == [t(bot, "en", "btn-settings-delete"), t(bot, "en", "btn-settings-keep")]
    row = await user_row(bot, 1440)
    assert row is not None and row.country == "KE"  # nothing changed yet
    reply = await user.tap(t(bot, "en", "btn-settings-keep"))
    assert reply.text.startswith(t(bot, "en", "settings-title"))
    row = await user_row(bot, 1440)
    assert row is not None and (row.country, row.step) == ("KE", None)
    assert await count(bot, Event, Event.pseudonym == pseudonym) == before
    # The old confirmation button is dead once they went back.
    reply = await user.press("cfd:c:FR")
    assert reply.alerts == [t(bot, "en", "stale-button")] and await user_row(bot, 1440) is not None
    await user.tap("📍 Country")
    await user.send("France")
    reply = await user.tap(t(bot, "en", "btn-settings-delete"))
    assert reply.text.startswith(t(bot, "en", "age-gate-16-deleted", country="France"))
    assert "I have not saved anything" not in reply.text  # truthful: something was deleted
    assert "<b>119</b>" in reply.text  # France's own child protection line
    assert await user_row(bot, 1440) is None
    assert await count(bot, Event, Event.pseudonym == pseudonym) == 0
    assert await count(bot, Event) == before  # anonymous counts stay, as with /forget
    # The same through "Who I am": a caregiver in France who says they are 13-15.
    user = await onboard(bot, 1441, "fr", audience="caregiver", country="FR")
    pseudonym = bot.rt.analytics.pseudonym(1441)
    await user.send("/settings")
    await user.tap(t(bot, "fr", "btn-set-audience"))
    await user.tap(t(bot, "fr", "btn-aud-youth"))
    reply = await user.tap(t(bot, "fr", "btn-age-13-15"))
    assert reply.text == t(bot, "fr", "settings-age-confirm", country="France")
    assert await user_row(bot, 1441) is not None
    reply = await user.tap(t(bot, "fr", "btn-settings-delete"))
    assert reply.text.startswith(t(bot, "fr", "age-gate-16-deleted", country="France"))
    assert await user_row(bot, 1441) is None
    assert await count(bot, Event, Event.pseudonym == pseudonym) == 0


async def test_menu_command_opens_the_menu(bot: BotHarness) -> None:
    newcomer = bot.user(1901, "fr")
    assert (await newcomer.send("/menu")).text == t(bot, "fr", "welcome")  # not onboarded yet: /start
    user = await onboard(bot, 1902, "pt", audience="caregiver", country="BR")
    await user.send("/settings")
    await user.tap(t(bot, "pt", "btn-set-country"))  # leaves the country question half-way
    reply = await user.send("/menu")
    assert reply.text == t(bot, "pt", "menu-caregiver") and t(bot, "pt", "btn-lessons") in reply.labels()
    row = await user_row(bot, 1902)
    assert row is not None and row.step is None
