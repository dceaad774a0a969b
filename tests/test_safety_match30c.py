"""The classes worked on for batch 30 (branch match30c), en and fr: violence told indirectly (marks hidden under long
sleeves or a turtleneck, beaten with a belt or a cable even for a bad mark, strangling and burns, Wolof "may door"),
threats (being jumped, knowing where a sibling goes, a photo of the front door or window, harm announced in messages
or if the child talks, an ex's "you'll end up in hospital"), sextortion without the words (a countdown or a deadline
over pictures or money, "they have something of him", blocking forbidden under a condition), grooming (gifts then the
camera, a private chat app or a "watched" app, "boys your age can't understand you like me", an adult talking about
the child's body, an older man sending money and asking for pictures), images (sent only to him then seen, filmed
without consent and going round, an ex showing everything since the breakup, a body that is not the child's, a fake
nobody will believe is fake), home (a step-parent waiting until mum sleeps, afraid of going home because he will be
there or shaking at the thought of it, something that happened and keeps going round in the head, a "game" with a
grown-up); and their everyday near-misses: a check-up at the doctor's, the nurse's or the dentist's, a phone battery,
a karate belt, a countdown to a sale, a gift from a parent, talk about a body in biology. The sentences are written
for these tests, not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from bot.services.safety import SafetyMatcher

DISCLOSURES_EN = [
    # violence told indirectly
    ("i wear a turtleneck every day so nobody sees the bruises", "abuse"),
    ("if i fail a test my dad gets the belt out", "abuse"),
    ("my stepmum hits us with a cable when she is angry", "abuse"),
    # threats
    ("some boys from the other school keep texting me that theyll jump me on friday", "threat"),
    ("a man messaged me that he knows where my brother plays football", "threat"),
    ("somebody sent me a photo of my front door at night", "threat"),
    ("my daughter keeps getting messages that they will hurt her if she goes to school", "threat"),
    ("my ex said if i leave him i will end up in hospital", "threat"),
    # sextortion without the words
    ("he sent the video with a timer and says 2 hours left to pay", "sextortion"),
    ("my brother is paying some guy because they have something on him", "sextortion"),
    ("if i block him he says the video goes on my schools insta", "sextortion"),
    # grooming
    ("a guy gave me v bucks and now he keeps asking me to go on cam", "grooming"),
    ("he told me to download telegram so my parents cant read our messages", "grooming"),
    ("he is 26 and says boys your age are too immature for you", "grooming"),
    ("my swim coach messages me at night and comments on my body", "grooming"),
    # images
    ("i only sent it to him and now the whole year has seen it", "image_shared"),
    ("someone recorded me in the shower at camp and posted it on tiktok", "image_shared"),
    ("the face is mine but the body isnt mine, someone made it with ai", "ai_image"),
    # home
    ("scared to go home, my stepdad will be home tonight and hell be there", "general"),
    ("something happened at my uncles and i cant get it out of my head", "general"),
]

DISCLOSURES_FR = [
    # violence dite de biais
    ("je mets des manches longues meme en ete pour cacher mes bleus", "abuse"),
    ("quand j'ai une mauvaise note mon pere sort la ceinture", "abuse"),
    ("mon oncle m'a serre le cou jusqu'a ce que je pleure", "abuse"),
    # menaces
    ("un mec m'a ecrit qu'il sait ou ma soeur va a la danse", "threat"),
    ("j'ai recu une photo de ma porte d'entree prise la nuit", "threat"),
    ("ils ont dit qu'ils vont me tabasser si je parle aux profs", "threat"),
    # sextorsion sans les mots
    ("il m'a envoye la video avec un compte a rebours, faut que je paie avant ce soir", "sextortion"),
    ("mon fils donne son argent a quelqu'un qui a quelque chose sur lui", "sextortion"),
    # grooming
    ("il veut qu'on parle sur une autre appli parce que insta c'est surveille", "grooming"),
    ("il a 30 ans et il dit que personne me comprend comme lui", "grooming"),
    ("mon entraineur m'envoie des messages le soir et commente mon corps", "grooming"),
    # images
    ("je l'avais envoyee qu'a lui et maintenant tout le college l'a vue", "image_shared"),
    ("depuis la rupture il a tout montre a ses potes", "image_shared"),
    ("c'est un montage ia, personne va me croire", "ai_image"),
    ("sur la photo qui tourne le visage c'est moi mais le corps c'est pas le mien", "ai_image"),
    # la maison
    ("le copain de ma mere attend que maman dorme pour entrer dans ma chambre", "abuse"),
    ("j'ai peur de rentrer, mon beau pere sera la ce soir, il va etre la", "general"),
]

NEAR_MISSES_EN = [
    "the nurse asked me to take off my jumper for the vaccine",
    "the dentist touched my tooth and it hurt a bit",
    "my phone battery is dying help me find a charger",
    "i got my yellow belt in karate today",
    "black friday countdown, 3 hours left to get the trainers",
    "my mum bought me airpods and wants a pic of me wearing them for grandma",
    "in biology we talked about the body and puberty",
    "i only sent the meme to him but now everyone in the group has seen it lol",
    "i dont want to go home, this holiday is too good",
    "something happened in the match and i cant stop thinking about it, we lost in the last minute",
    "my little brother and i play a game when mum sleeps, we build forts",
    "my big sister wears long sleeves because she is always cold",
]

NEAR_MISSES_FR = [
    "le medecin m'a demande d'enlever mon pull pour m'ausculter",
    "l'infirmiere m'a fait le vaccin, j'ai eu mal au bras",
    "ma batterie est morte aidez moi",
    "j'ai eu ma ceinture jaune au judo",
    "le compte a rebours des soldes, il reste 3 heures",
    "ma mere m'a offert des airpods et veut une photo pour mamie",
    "en svt on a parle du corps humain",
    "j'ai peur de rentrer tard, ma mere va me gronder",
    "le corps de la sculpture c'est pas le mien mdr",
    "mon petit frere et moi on a notre jeu de cabanes le dimanche",
]


@pytest.mark.parametrize(("text", "kind"), DISCLOSURES_EN + DISCLOSURES_FR)
def test_batch30_class_disclosure(matcher: SafetyMatcher, text: str, kind: str) -> None:
    assert matcher.disclosure_kind(text) == kind


@pytest.mark.parametrize("text", NEAR_MISSES_EN + NEAR_MISSES_FR)
def test_batch30_everyday_near_miss(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None


def test_battery_is_not_battering(matcher: SafetyMatcher) -> None:
    # The stem batter* (battered, battering) also starts "battery" and French "batterie": the doubt keeps the phone
    # out, but a battery named beside someone who hits still reads as abuse.
    assert "HIT" in matcher.concepts("ma batterie est a 2% au secours")
    assert matcher.disclosure_kind("ma batterie est a 2% au secours") is None
    assert matcher.disclosure_kind("my stepdad battered me because my phone battery died") == "abuse"


def test_checkup_doubt_lifts_when_alone_or_secret(matcher: SafetyMatcher) -> None:
    # The check-up doubt names the examination; being alone with the doctor or asked to keep it secret is not one.
    assert matcher.disclosure_kind("the doctor asked me to take my top off to listen to my chest") is None
    assert matcher.disclosure_kind("the doctor asked me to take my top off and said to keep it our secret") is not None
