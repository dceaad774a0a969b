"""The classes worked on for batch 32 (branch match32a), in Arabic (Egyptian, Levantine, Gulf, Iraqi, Sudanese,
Moroccan and Algerian Darija, Arabizi): a grown-up (a man in a game, an older stranger, a driver) giving gifts, game
currency, money or sweets and saying "don't tell" in the dialect forms (Iraqi لا تكولين, Gulf لا تعلم اهلك, Darija
ما تقولي لمك, Sudanese ما تكلمي زول, Arabizi ma t2oleesh); a neighbour's or stranger's kill threat to keep the child
quiet (Iraqi اكتلج with ك for ق, Darija الا قلتي ... غادي نقتلك); beaten with a belt until the skin goes blue
(Levantine القشاط, لحد ما نزرق); hitting in Arabizi typed without vowels (bydrbny); a Levantine friend's (رفيقتي)
video put on Telegram. And the harmless situations that share their words: a relative's hug when greeting (سلمت على
خالو وحضني), a grandparent's pocket money, a surprise kept from a parent, a parent's "she'll kill me" for a bad
mark, a belt bought in a shop, a friend's sweets. The sentences are written for these tests, not taken from the
evaluation sets."""

from __future__ import annotations

import pytest

from bot.services.safety import SafetyMatcher


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a grown-up's gifts, money or sweets with "don't tell" in dialect forms
        ("رجال كبير بببجي كل يوم يشحنلي شدات ويقول لا تعلم اهلك", "grooming"),
        ("واحد كبير يدزلي رصيد كل اسبوع ويكلي لا تكولين لامج", "grooming"),
        ("السايق يعطيني فلوس ويقولي ما تقول لمك", "grooming"),
        ("زول كبير في السوق بقى يديني قروش وقال ما تكلم زول", "grooming"),
        ("sawa2 el bus bydini 7alawiyat w bi2oli ma t2olish l 7ad", "grooming"),
        # a non-relative's kill threat to keep the child quiet
        ("واحد بالمنطقة يكلي اذا كلتي لاحد اكتلج", "threat"),
        ("واحد فالحومة قالي الا هدرتي غادي نقتلك", "threat"),
        # beaten with a belt until blue; Arabizi hitting without vowels
        ("بابا بيضربني بالقشاط لحد ما ازرق", "abuse"),
        ("my dad bydrbni every night", "abuse"),
        # a Levantine friend's video on Telegram
        ("رفيقتي حدا نشر صورها بالتلي وهي عم تبكي", "image_shared"),
    ],
)
def test_batch_32_classes(matcher: SafetyMatcher, text: str, kind: str) -> None:
    assert matcher.disclosure_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        # a relative's hug when greeting
        "سلمت على خالي اول ما وصلنا وحضني جامد",
        "لما سلمت على جدو حضني وقال وحشتيني",
        # a grandparent's pocket money, a surprise kept from a parent
        "جدو اداني فلوس العيد وقالي ما تقولش لماما عشان متاخدهاش",
        "بنجهز مفاجأة لماما ما تقولي لمك",
        # a parent's "she'll kill me" for a bad mark; a belt in a shop; a friend's sweets
        "ماما هتقتلني لو عرفت درجتي في الرياضيات",
        "اشتريت قشاط جديد من المول لونه بني",
        "صاحبتي بتجيبلي حلويات كل يوم في الفسحة",
        "رفيقتي بعتتلي صور الرحلة عالتلي",
    ],
)
def test_batch_32_near_misses(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None
