"""The classes worked on for batch 23 and the leftovers of batch 22 (branch match24): a parent's "will kill me if i
tell him" over a mark, Portuguese "tocar", French "si je dis quoi que ce soit", Gulf "عشان ما"; livestream and
camera coercion, pressure with a slur, groups made with someone's pictures, private snaps, a group photo posted.
The sentences are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from bot.services.safety import SafetyMatcher


@pytest.mark.parametrize(
    "text",
    [
        # a parent's idiom over a mark, a broken thing, a lost phone (telling is confessing it to the parent)
        "my dad will kill me if I tell him I failed",
        "my mom will kill me if i tell her i lost my phone",
        "mon pere va me tuer si je lui dis que jai casse son telephone",
        "mi papa me va a matar si le digo que reprobe",
        "tata ma omoara daca ii spun ca am pierdut cheile",
        "mama ataniua nikimwambia nimepoteza simu",
        "mama bakal bunuh aku kalo tau aku ngilangin hp",
        "ابوي بيذبحني اذا قلت له اني رسبت في الرياضيات",
        "se eu falar alguma coisa minha mae me mata kkk",
        # Portuguese tocar: playing, ringing, being moved
        "meu primo aprendeu a tocar bateria com o professor",
        "o sinal tocou e o professor saiu da sala",
        "o discurso do professor me tocou",
        # Gulf 'so that ... not' as the writer's own reason
        "مسحت الصور القديمه عشان ما تاخذ مساحه",
        "ارسلت صوري لصاحبتي عشان ما تنساني",
        # cameras, groups and photos in everyday use
        "can you show more of the map on your camera",
        "my friend made a group chat for the class trip with all our pics",
        "she put a pic of us from the sleepover on her story",
        "turn on your camera or ill show everyone your room lol",
        "i made a group chat with my pics from the trip",
        "am facut un grup cu pozele mele de la mare",
    ],
)
def test_harmless(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # real threats to keep the writer silent stay disclosures
        ("he said he will kill me if i tell anyone", "threat"),
        ("my dad will kill me if i tell anyone what he did", "abuse"),
        ("my dad hits me and said he will kill me if i tell", "abuse"),
        ("mon beau pere a dit quil me tue si je dis quoi que ce soit", "abuse"),
        # Portuguese: a named adult's touch during a lesson
        ("o professor me tocou durante a aula", "abuse"),
        ("o treinador ficava me tocando no vestiario", "abuse"),
        # a camera and a command with a condition; showing more in private; a private call
        ("he told me to put the cam on and do what he says or my parents see everything", "sextortion"),
        ("um cara na live falou que me da presente se eu mostrar mais no privado", "grooming"),
        ("a man from the stream wants a private call where i do things on cam", "grooming"),
        # pictures demanded with a slur; a group made with the writer's pictures; a private snap sent round
        ("the boys keep asking for pics and say theyll call me a slut if i dont", "sextortion"),
        ("some girls from my school made a page with my pics", "image_shared"),
        ("my friend forwarded my private snap to the whole team", "image_shared"),
        # Gulf 'so that ... not' with a demand is a condition
        ("يبيني ارسل له صور ثانيه عشان ما ينشر اللي عنده", "sextortion"),
    ],
)
def test_disclosures(matcher: SafetyMatcher, text: str, kind: str) -> None:
    assert matcher.disclosure_kind(text) == kind
