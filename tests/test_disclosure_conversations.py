"""A child in trouble, wherever they are in the conversation: disclosures in five languages before /start, during
onboarding, mid-lesson, mid-quiz and from a caregiver; the first line, first steps and buttons of the answer; the
country picker inside help for someone the bot turned away; text typed mid-quiz; a canary that must never be
stored or logged. The real Application over the fake Bot API."""

from __future__ import annotations

import logging

import pytest

from bot.services.countries import country_name
from bot.store.models import Event, User
from tests.auxil.conversations import count, onboard, snapshot, stored_strings, t, tap_exact, user_row
from tests.auxil.harness import BotHarness, Reply, TgUser
from tests.auxil.languages import I18N

LRM = "\u200e"


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Every log record at DEBUG level from before the bot starts (request this before `bot`)."""
    caplog.set_level(logging.DEBUG)
    return caplog


async def at_quiz(user: TgUser) -> Reply:
    """In `in-control`, lesson 1: three cards, then the first quiz."""
    await user.press("go:in-control")
    for step in range(3):
        reply = await user.press(f"nx:in-control:0:{step}")
    return reply


def assert_disclosure(bot: BotHarness, reply: Reply, locale: str, kind: str, said: str) -> None:
    assert reply.text.startswith(t(bot, locale, "disclosure")), said
    assert t(bot, locale, f"steps-{kind}") in reply.text, (said, kind)
    assert t(bot, locale, "steps-title") in reply.text
    assert said not in reply.text
    assert "/settings" not in reply.text
    assert t(bot, locale, "btn-more-help") in reply.labels()


async def test_disclosures_in_five_languages_wherever_the_person_is(bot: BotHarness) -> None:
    # English, before /start: the global first line (the directory of child helplines), a country picker, no way
    # "back" (there is nowhere to go back to), and nothing stored.
    said = "some guy has my pics and says pay him or he sends them to everyone"
    reply = await bot.user(3000, "en").send(said)
    assert_disclosure(bot, reply, "en", "sextortion", said)
    assert t(bot, "en", "first-directory", name="Child Helpline International",
             reach="https://childhelplineinternational.org") in reply.text
    assert "Don't pay" in reply.text and "Take It Down" in reply.text
    assert reply.labels() == [t(bot, "en", "btn-help-country"), t(bot, "en", "btn-more-help")]
    assert await count(bot, User) == 0

    # French, during onboarding (at "who are you?"): back to the same question.
    user = bot.user(3001, "fr")
    await user.send("/start")
    question = await user.press("lang:fr")
    said = "un mec de 30 ans veut qu'on se voie et dit que c'est notre secret"
    reply = await user.send(said)
    assert_disclosure(bot, reply, "fr", "grooming", said)
    assert "arrête de répondre" in reply.text
    back = await user.tap(t(bot, "fr", "btn-back-to-where"))
    assert back.text == question.text == t(bot, "fr", "ask-audience")
    row = await user_row(bot, 3001)
    assert row is not None and row.step == "onb:audience"

    # Spanish, mid-lesson, in Romania: abuse may mean danger now, so the emergency number comes first.
    user = await onboard(bot, 3002, "es", age="16-17", country="RO")
    card = await user.press("go:in-control")
    said = "mi padrastro me manosea cuando mi mama no esta"
    reply = await user.send(said)
    assert_disclosure(bot, reply, "es", "abuse", said)
    first_line = reply.text.split("\n\n")[2]
    assert first_line == t(bot, "es", "first-emergency", number="<b>112</b>")
    # then the other resources (Romania has no child helpline confirmed on the operator's page yet: said so)
    assert t(bot, "es", "help-no-helpline", country=country_name("RO", "es")) in reply.text
    back = await user.tap(t(bot, "es", "btn-back-to-where"))
    assert back.text == card.text  # the same lesson card, not the menu
    assert back.labels() == card.labels()

    # Portuguese, mid-quiz: back to the same question with its options.
    user = await onboard(bot, 3003, "pt", age="13-15", country="KE")
    quiz = await at_quiz(user)
    said = "um homem mais velho fica pedindo fotos minhas e fala pra eu nao contar pra ninguem"
    reply = await user.send(said)
    assert_disclosure(bot, reply, "pt", "grooming", said)
    assert t(bot, "pt", "first-helpline", name="Childline Kenya", reach="<b>116</b>") in reply.text
    assert t(bot, "pt", "steps-caregiver") not in reply.text
    back = await user.tap(t(bot, "pt", "btn-back-to-where"))
    assert back.text == quiz.text and back.labels() == quiz.labels()

    # Arabic, a caregiver writing about their son: the helpline first, its number kept left to right.
    user = await onboard(bot, 3004, "ar", audience="caregiver", country="MA")
    said = "شخص يبتز ابني بصوره ويطلب فلوس"
    reply = await user.send(said)
    assert_disclosure(bot, reply, "ar", "sextortion", said)
    assert f"{LRM}<b>2511</b>{LRM}" in reply.text.split("\n\n")[2]  # ONDE, Morocco's child helpline
    assert t(bot, "ar", "steps-caregiver") in reply.text  # a caregiver is told how to take the steps with the child
    more = await user.tap(t(bot, "ar", "btn-more-help"))
    assert more.text == t(bot, "ar", "more-help")
    back = await user.tap(t(bot, "ar", "btn-back-to-where"))
    assert back.text.startswith(t(bot, "ar", "menu-caregiver"))


async def test_a_threat_from_someone_at_home_gets_the_abuse_steps(bot: BotHarness) -> None:
    """A step-parent's, a mother's partner's or an uncle's threat is abuse: its first steps name someone to tell who
    is not the one hurting or threatening (English and French before /start, Spanish once onboarded); a threat from
    an account online keeps the threat steps; a parent taking the phone over homework is not a disclosure."""
    said = "my stepdad says he will beat me if i tell my mum"
    reply = await bot.user(3100, "en").send(said)
    assert_disclosure(bot, reply, "en", "abuse", said)
    assert "who is not the person hurting or threatening you" in reply.text

    # A rule reads a threat for telling; an uncle named makes it abuse (rules.yaml kind_changes), an account online
    # keeps the threat steps (don't reply, block).
    said = "mon oncle a dit que si je raconte il tue ma mere"
    reply = await bot.user(3102, "fr").send(said)
    assert_disclosure(bot, reply, "fr", "abuse", said)
    said = "un mec sur insta dit qu'il va me tuer"
    reply = await bot.user(3103, "fr").send(said)
    assert_disclosure(bot, reply, "fr", "threat", said)
    assert t(bot, "fr", "steps-abuse") not in reply.text

    user = await onboard(bot, 3101, "es", age="13-15", country="MX")
    said = "el novio de mi mamá me amenaza con golpearme si hablo"
    reply = await user.send(said)
    assert_disclosure(bot, reply, "es", "abuse", said)
    assert "que no sea quien te hace daño o te amenaza" in reply.text

    reply = await user.send("mi mamá me amenazó con quitarme el celular si no hago la tarea")
    assert not reply.text.startswith(t(bot, "es", "disclosure"))
    assert t(bot, "es", "steps-abuse") not in reply.text


async def test_the_country_picker_inside_help_for_an_under_13(bot: BotHarness) -> None:
    user = bot.user(3100, "en")
    await user.send("/start")
    await user.press("lang:en")
    await user.press("aud:youth")
    reply = await user.tap(t(bot, "en", "btn-age-under13"))
    assert reply.text.startswith(t(bot, "en", "under-13"))
    assert "/settings" not in reply.text
    assert await count(bot, User) == 0
    before = await snapshot(bot)

    reply = await user.tap(t(bot, "en", "btn-help-country"))
    assert reply.text == t(bot, "en", "help-pick-country")
    assert "Kenya" in reply.labels() and "Romania" in reply.labels()  # the English shortlist
    reply = await user.tap(t(bot, "en", "btn-help-country-other"))
    assert reply.text == t(bot, "en", "ask-country-letter")
    reply = await tap_exact(user, reply, "M")
    reply = await tap_exact(user, reply, "Mexico")
    assert reply.text.startswith(t(bot, "en", "help-title"))
    assert t(bot, "en", "help-intro-country", country="Mexico") in reply.text
    assert t(bot, "en", "btn-help-country") not in reply.labels()  # the country is known now
    # The picker again (its first button's data), another country: Kenya's helpline is the first line.
    reply = await user.press("hc")
    reply = await tap_exact(user, reply, "Kenya")
    assert t(bot, "en", "first-helpline", name="Childline Kenya", reach="<b>116</b>") in reply.text
    assert "/settings" not in reply.text
    assert await snapshot(bot) == before  # nothing about them is stored
    assert await count(bot, Event) == 0

    # A disclosure before /start keeps its first steps once a country is picked.
    stranger = bot.user(3101, "es")
    said = "me amenazan con subir mis fotos si no pago"
    reply = await stranger.send(said)
    assert_disclosure(bot, reply, "es", "sextortion", said)
    reply = await stranger.tap(t(bot, "es", "btn-help-country"))
    back = await tap_exact(stranger, reply, t(bot, "es", "btn-back"))  # changed their mind: the same answer
    assert_disclosure(bot, back, "es", "sextortion", said)
    reply = await stranger.tap(t(bot, "es", "btn-help-country"))
    reply = await tap_exact(stranger, reply, "Guatemala")
    assert_disclosure(bot, reply, "es", "sextortion", said)
    assert "PGN" in reply.text
    assert await count(bot, User) == 0
    # Forged picker buttons change nothing.
    for data in ("hc:QQ:s", "hcl:s:999", "hcl:s:x"):
        reply = await stranger.press(data)
        assert reply.alerts == [t(bot, "es", "stale-button")], data
        assert reply.messages == []


async def test_typed_text_mid_quiz_returns_to_the_card(bot: BotHarness) -> None:
    user = await onboard(bot, 3200, "fr", age="13-15", country="SN")
    quiz = await at_quiz(user)
    reply = await user.send("euh je sais pas trop")
    assert reply.text == (f"{t(bot, 'fr', 'unknown-text')}\n\n{quiz.text}\n\n{t(bot, 'fr', 'unknown-text-gentle')}")
    assert reply.labels() == quiz.labels()  # the same options, and the help button that was already there
    assert t(bot, "fr", "btn-help") in reply.labels()
    # The question still works from the repeated card.
    answer = await user.tap(quiz.labels()[0])
    assert answer.messages
    # Mid-onboarding, the same: the question they were answering, with the gentle line.
    newcomer = bot.user(3201, "ar")
    await newcomer.send("/start")
    question = await newcomer.press("lang:ar")
    reply = await newcomer.send("مرحبا")
    assert reply.text == (f"{t(bot, 'ar', 'finish-onboarding')}\n\n{question.text}"
                          f"\n\n{t(bot, 'ar', 'unknown-text-gentle')}")
    assert t(bot, "ar", "btn-help") in reply.labels()


async def test_a_canary_disclosure_is_never_stored_or_logged(debug_logs: pytest.LogCaptureFixture,
                                                             bot: BotHarness) -> None:
    canary = "Quillfeather7391"
    said = f"{canary} is blackmailing me with my nudes"
    onboarded = await onboard(bot, 3300, "en", country="KE")
    await onboarded.press("go:in-control")
    for user in (onboarded, bot.user(3301, "en")):
        reply = await user.send(said)
        assert reply.text.startswith(t(bot, "en", "disclosure"))
        assert canary not in reply.text
        reply = await user.send(f"{canary} asdf")  # and as unrecognised text
        assert canary not in reply.text
    stored = "\n".join(stored_strings(await snapshot(bot)))
    assert stored  # the scan reads real rows
    assert canary.lower() not in stored.lower()
    assert debug_logs.records
    for record in debug_logs.records:
        assert canary.lower() not in record.getMessage().lower(), record.name


async def test_a_disclosure_only_the_model_reads_gets_the_general_first_steps(bot: BotHarness) -> None:
    """The rules miss it (tests/test_disclosure_model.py checks that); the model's second opinion answers it as a
    disclosure with the general first steps."""
    said = "anasema atazituma kwa group ya shule"  # Swahili: "he says he will send them to the school group"
    reply = await bot.user(3200, "sw").send(said)
    assert_disclosure(bot, reply, "sw", "general", said)


async def test_a_long_disclosure_a_harmless_word_held_back_gets_the_steps_of_its_kind(bot: BotHarness) -> None:
    """A long message whose football far from the disclosure holds the rules back: the model finds it, and the
    answer gives the sextortion steps the rule would have named (tests/test_disclosure_model.py, LONG), not the
    general ones."""
    said = ("mano o dia foi de boa, fui pra escola e depois joguei bola com os moleques, mas tem uma coisa que ta me "
            "deixando mal, um cara que eu conheci no free fire pegou meus nudes e ta pedindo dinheiro no pix senao "
            "ele manda pra minha familia toda")
    reply = await bot.user(3310, "pt").send(said)
    assert_disclosure(bot, reply, "pt", "sextortion", said)
    assert "Não pague" in reply.text


@pytest.mark.parametrize(
    ("locale", "kind", "said", "dont_pay"),
    [
        ("en", "ai_image", "a guy put my face on a naked picture with ai and now he wants real ones", "don't pay"),
        ("fr", "ai_image", "un gars a mis mon visage sur une photo nue avec l ia et maintenant il veut des vraies",
         "ne paie pas"),
        ("en", "image_shared", "my ex is sharing my nudes and says he will stop if i send more", "don't pay"),
        ("es", "image_shared", "mi ex esta pasando mis fotos intimas y dice q para si le mando mas", "no pagues"),
    ],
)
async def test_pictures_held_over_a_child_get_dont_pay_whatever_kind_is_read(bot: BotHarness, locale: str, kind: str,
                                                                             said: str, dont_pay: str) -> None:
    """A fake nude, or pictures already shared, are often used to demand money or more pictures (in the open sets 93
    AI-image and 227 image-shared readings name money, a demand or a condition, and 199 sextortion disclosures are read
    as an image shared): the AI-image and image-shared steps say not to pay or send anything, as the sextortion steps
    do, before the evidence and reporting."""
    reply = await bot.user(3400, locale).send(said)
    assert_disclosure(bot, reply, locale, kind, said)
    bullets = t(bot, locale, f"steps-{kind}").split("\n")
    assert dont_pay in bullets[1]
    assert bullets[1] in reply.text


@pytest.mark.parametrize(
    ("locale", "kind", "said", "face_to_face"),
    [
        # Threats (two in three the rules read in the labelled sets name no app, account or message): tell an adult,
        # stay near people.
        ("en", "threat", "a guy from the other school said he will stab me if he sees me at the bus stop",
         "stay close to people"),
        ("sw", "threat", "kuna jamaa ananifuata kila siku nikitoka shule", "kaa karibu na watu"),
        ("ar", "threat", "واحد من الحارة بيلحقني من المدرسة للبيت كل يوم", "ابقَ قريبًا"),
        # Grooming (a quarter of it, by a relative, a coach or a neighbour): don't be alone with them.
        ("en", "grooming", "my uncle gives me money and says its our secret and wants me to come to his room alone",
         "try not to be alone with them"),
        ("es", "grooming", "mi tio me da dinero y dice que es nuestro secreto", "evita quedarte a solas"),
        ("id", "grooming", "om aku suka kasih uang jajan terus bilang jangan bilang siapa siapa", "jangan berduaan"),
    ],
)
async def test_threat_and_grooming_steps_fit_face_to_face(bot: BotHarness, locale: str, kind: str, said: str,
                                                         face_to_face: str) -> None:
    reply = await bot.user(3110, locale).send(said)
    assert_disclosure(bot, reply, locale, kind, said)
    assert face_to_face in reply.text


def test_account_steps_say_they_are_for_when_it_happens_online() -> None:
    """Blocking and reporting an account is one step, said to be for threats or grooming online; telling an adult
    who is not this person comes first for threats and last for grooming."""
    threat = I18N.t("en", "steps-threat").split("\n")
    assert "not the person threatening you" in threat[1]
    assert threat[-1].startswith("• If the threats come by message or online:") and "block and report" in threat[-1]
    assert sum("block" in line for line in threat) == 1
    grooming = I18N.t("en", "steps-grooming").split("\n")
    assert grooming[1].startswith("• If it's online: stop replying") and "block and report the account" in grooming[1]
    assert sum("block" in line for line in grooming) == 1
    assert "(not this person)" in grooming[-1]
