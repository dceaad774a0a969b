"""/help for people onboarded in France, Brazil, Morocco, Kenya and Indonesia, over the real Application and the
fake Bot API: their country's numbers come first, labelled in their language and worded for who they are; numbers
stay left-to-right in Arabic; a country without a confirmed child helpline says so and points to the directories."""

from __future__ import annotations

import re

from tests.auxil.conversations import ARABIC, onboard, t
from tests.auxil.harness import BotHarness

LRM = "\u200e"


def _before(text: str, first: str, then: str) -> bool:
    return first in text and then in text and text.index(first) < text.index(then)


async def test_france_in_french(bot: BotHarness) -> None:
    user = await onboard(bot, 3000, "fr", country="FR")
    text = (await user.send("/help")).text
    assert t(bot, "fr", "help-intro-country", country="France") in text
    assert _before(text, "Allô Enfance en Danger", "Take It Down (NCMEC)")
    assert f"📞 <b>119</b> ({t(bot, 'fr', 'help-hours-24-7')})" in text
    assert t(bot, "fr", "help-chat", url="https://www.allo119.gouv.fr") in text
    assert t(bot, "fr", "help-kind-child_helpline") in text  # "parle à quelqu'un": tu, for a young person
    assert _before(text, t(bot, "fr", "help-kind-online_help"), "<b>3018</b>")
    assert "3018\n" not in text and text.count("3018") == 2  # named by its number: shown once (and its chat)
    assert "PHAROS" in text and "https://www.internet-signalement.gouv.fr" in text
    assert "<b>116 111</b>" not in text  # France does not operate it
    assert t(bot, "fr", "help-footer-emergency", number="112") in text
    assert "StopNCII" not in text and t(bot, "fr", "help-kind-takedown_adult") not in text
    assert t(bot, "fr", "help-no-helpline", country="France") not in text


async def test_brazil_in_portuguese(bot: BotHarness) -> None:
    user = await onboard(bot, 3001, "pt", country="BR")
    text = (await user.send("ajuda")).text
    assert t(bot, "pt", "help-intro-country", country="Brasil") in text
    first_local = text.index("<b>190</b>")
    assert first_local < text.index("Disque 100") < text.index("Take It Down (NCMEC)")
    assert t(bot, "pt", "help-kind-emergency") in text and t(bot, "pt", "help-kind-abuse_report_line") in text
    assert "SaferNet Brasil Helpline" in text and "https://helpline.org.br" in text
    assert t(bot, "pt", "help-kind-online_help") in text
    # No confirmed child helpline: said, right before the directories that stand in for one.
    gap = t(bot, "pt", "help-no-helpline", country="Brasil")
    assert _before(text, "SaferNet", gap) and _before(text, gap, "Child Helpline International")
    assert t(bot, "pt", "help-footer-emergency", number="190") in text


async def test_morocco_in_arabic_keeps_numbers_left_to_right(bot: BotHarness) -> None:
    user = await onboard(bot, 3002, "ar", country="MA")
    text = (await user.send("مساعدة")).text
    assert ARABIC.search(text) and text.startswith(t(bot, "ar", "help-title"))
    assert _before(text, "ONDE 2511", "Take It Down (NCMEC)")
    assert t(bot, "ar", "help-kind-child_helpline") in text
    assert f"📞 {LRM}<b>2511</b>{LRM}" in text
    assert f"🔗 {LRM}https://www.2511.ma{LRM}" in text
    numbers = re.findall(r"(.)<b>([0-9 +-]+)</b>(.)", text)
    assert numbers and all(before == after == LRM for before, _, after in numbers), numbers
    assert t(bot, "ar", "help-footer-local") in text  # no sourced emergency number for Morocco
    assert "\u2068" not in text and "\u2069" not in text


async def test_arabic_emergency_footer_marks_the_number(bot: BotHarness) -> None:
    user = await onboard(bot, 3003, "ar", audience="caregiver", country="FR")
    text = (await user.send("مساعدة")).text
    assert t(bot, "ar", "help-footer-emergency-adult", number=f"{LRM}112{LRM}") in text
    assert f"{LRM}<b>119</b>{LRM}" in text and f"{LRM}<b>3018</b>{LRM}" in text


async def test_kenya_in_english(bot: BotHarness) -> None:
    user = await onboard(bot, 3004, "en", country="KE")
    text = (await user.send("help")).text
    assert t(bot, "en", "help-intro-country", country="Kenya") in text
    assert f"• {t(bot, 'en', 'help-kind-child_helpline')}\n  Childline Kenya\n  📞 <b>116</b> (24/7)" in text
    assert _before(text, "Childline Kenya", "Take It Down (NCMEC)")
    assert t(bot, "en", "help-footer-local") in text
    assert LRM not in text


async def test_indonesia_in_english_shows_whatsapp_and_the_indonesian_portal(bot: BotHarness) -> None:
    user = await onboard(bot, 3005, "en", country="ID")
    text = (await user.send("/help")).text
    assert _before(text, "SAPA 129\n  📞 <b>129</b>\n  WhatsApp <b>08111129129</b>", "Take It Down (NCMEC)")
    assert "https://report.iwf.org.uk/id" in text
    assert t(bot, "en", "help-kind-hotline") in text


async def test_caregivers_get_wording_for_adults_and_stopncii(bot: BotHarness) -> None:
    parent = await onboard(bot, 3006, "fr", audience="caregiver", country="FR")
    text = (await parent.send("aide")).text
    assert t(bot, "fr", "help-intro-country", country="France") in text
    assert t(bot, "fr", "help-kind-child_helpline-adult") in text
    assert t(bot, "fr", "help-kind-takedown_minor-caregiver") in text
    assert t(bot, "fr", "help-kind-takedown_minor") not in text  # about the reader: not for a parent
    assert "StopNCII.org" in text and t(bot, "fr", "help-kind-takedown_adult-adult") in text
    assert t(bot, "fr", "help-footer-emergency-adult", number="112") in text
    teacher = await onboard(bot, 3007, "en", audience="professional", country="KE")
    text = (await teacher.send("help")).text
    assert t(bot, "en", "help-kind-takedown_minor-professional") in text
    assert "your child" not in text and "StopNCII.org" in text
