"""The classes worked on for batch 32 (branch match32a), in Arabic (Egyptian, Levantine, Gulf, Iraqi, Sudanese,
Moroccan and Algerian Darija, Arabizi): a grown-up (a man in a game, an older stranger, a driver) giving gifts, game
currency, money or sweets and saying "don't tell" in the dialect forms (Iraqi لا تكولين, Gulf لا تعلم اهلك, Darija
ما تقولي لمك, Sudanese ما تكلمي زول, Arabizi ma t2oleesh); a neighbour's or stranger's kill threat to keep the child
quiet (Iraqi اكتلج with ك for ق, Darija الا قلتي ... غادي نقتلك); beaten with a belt until the skin goes blue
(Levantine القشاط, لحد ما نزرق); hitting in Arabizi typed without vowels (bydrbny); a Levantine friend's (رفيقتي)
video put on Telegram; a relative coming into the room (Levantine بيفوت ع غرفتي, Darija كيدخل لبيتي) when the mother
is out or everyone is asleep; a hand put under the blanket; a teacher looking in a bad way and coming too close;
"he'll set me on fire" (هيولع فيا); Algerian touching (يقيس فيا) when alone; pictures "not real" (مو حقيقية) made
with AI; a face put on a video (ركّب وجهي); "if I don't pay" (لو مدفعتش). And the harmless situations that share
their words: a relative's hug when greeting (سلمت على خالو وحضني), a grandparent's pocket money, a surprise kept
from a parent, a parent's "she'll kill me" for a bad mark, a belt bought in a shop, a friend's sweets, a mother
coming in to wake the child, playing on the phone when everyone sleeps, food burning in the oven. The sentences are
written for these tests, not taken from the evaluation sets."""

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
        # a relative coming into the room when the mother is out or everyone sleeps; a hand under the blanket
        ("جوز خالتي بس تكون امي مش بالبيت بيفوت ع غرفتي", "abuse"),
        ("خالي كيجي لبيتي ملي كلشي ناعس", "abuse"),
        ("ابن عمي بيدخل ايده تحت الغطا وانا نايمة", "abuse"),
        # a coach looking in a bad way and coming too close; a step-father's burning announced to keep quiet (abuse,
        # as for a step-parent's kill threat)
        ("المدرب بيبصلي بطريقه غريبه وبيقرب مني اوي", "abuse"),
        ("جوز امي قال لو اتكلمت هيولع فيا", "abuse"),
        # Algerian touching when alone; pictures "not real" made with AI; a face put on a video; "if I don't pay"
        ("ابن خالي يقيس فيا كي نكونو وحدنا فالدار", "abuse"),
        ("دارو ليا صور مش حقيقية بالذكاء الاصطناعي وصيفطوهم للقسم", "ai_image"),
        ("واحد ركب وشي على فيديو وبعتو للشلة كلها", "ai_image"),
        ("معاه صوري ولو مدفعتش هينشرها", "sextortion"),
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
        # a parent coming in to wake the child; a cousin's hand under the table for a dropped pen
        "ماما بتفوت ع غرفتي الصبح تصحيني للمدرسة",
        "لما الكل نايم بقعد العب على الموبايل",
        "الاكل هيولع في الفرن",
        # AI pictures of a cat, a face put on a footballer's picture for a laugh, a father recording a song
        "عملت صور مش حقيقية بالذكاء الاصطناعي لقطتي",
        "حط وشي على صورة لاعب كورة ضحكنا",
        "سجلني بابا وانا بغني في عيد ميلادي",
    ],
)
def test_batch_32_near_misses(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None
