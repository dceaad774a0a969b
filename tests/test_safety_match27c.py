"""The classes worked on for batch 26 (branch match27c), en and fr: indirect disclosures told without a keyword, by
what they leave (no sleep, wetting the bed, washing again and again, a stomach ache when he visits, pain and blood
"down there"), saying no (anger, "everyone does it", pushed every night, hit when refusing), home at night (a bed
shared with a step-parent, bath-time "checks", a night "check" that lasts too long, pretending to sleep, a door that
does not lock, a game when everyone sleeps), online escalation (age, parents' schedule, camera when alone, a test of
trust, an age lie, "a certain kind" of picture), peers (filmed asleep or drunk, a bet on pictures), survival needs (a
driver, a landlord, school fees, a sponsor, money and fear, papers kept abroad), violence told indirectly (sleeves
hiding marks, things thrown, "she fell again", flinching), threats (a photo of the house, the family's names, waiting
at the bus stop), euphemisms ("he did that thing again", "it happened again last night") and caregivers' signs; and
their everyday near-misses. The sentences are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from bot.services.safety import SafetyMatcher

DISCLOSURES_EN = [
    # what it leaves
    ("i havent slept properly since that night at my stepdads", "abuse"),
    ("my son keeps wetting the bed since he started staying at his coachs house", "abuse"),
    ("i scrub myself in the shower every time since he came over and i still feel dirty", "abuse"),
    ("my tummy hurts every time my step dad comes back from work", "general"),
    ("i wont go to my uncles farm anymore and i cant tell mum why", "general"),
    ("it burns when i pee and theres blood, nobody my age touched me", "abuse"),
    # saying no
    ("he gets so mad if i dont send him what he wants", "grooming"),
    ("my boyfriend is 23 and says everyone does it at my age", "grooming"),
    ("when i refuse he hits the door next to me", "abuse"),
    ("i said no and he did it anyway", "abuse"),
    # home at night
    ("i have to sleep in my stepdads bed when mum is at work", "abuse"),
    ("mums boyfriend comes to tuck me in and it takes way too long", "abuse"),
    ("i pretend to be asleep when my uncle comes in", "abuse"),
    ("there is a game we play when everyone is asleep and i cant tell anyone", "abuse"),
    ("my bedroom door doesnt lock and my stepdad knows", "general"),
    # online escalation
    ("a man on discord keeps asking if im alone and what time my dad gets home", "grooming"),
    ("he says if i trust him i will turn my camera on", "grooming"),
    ("he told me he was 15 but he looked way older on facetime", "grooming"),
    ("my daughter has a second phone and money and wont say who from", "grooming"),
    # peers
    ("someone filmed me when i was passed out at a party and put it on their story", "image_shared"),
    ("they made a bet about my pics and now theyre in every chat", "image_shared"),
    # survival needs
    ("the boda driver gives me free rides but now he wants something in return", "grooming"),
    ("my sponsor pays my school fees and wants me to spend weekends at his place", "grooming"),
    ("the woman i work for abroad took my passport and i cant leave", "general"),
    # violence, threats, euphemisms
    ("i wear hoodies in summer so nobody sees my arms after he gets angry", "abuse"),
    ("dad throws stuff at me when he drinks", "abuse"),
    ("he sent me a pic of my house yesterday", "threat"),
    ("my stepbrother did that thing again", "abuse"),
    ("it happened again last night", "general"),
    ("i dont know if its normal what my coach does when we are alone", "abuse"),
]

DISCLOSURES_FR = [
    # ce que ca laisse
    ("jarrive plus a dormir depuis cette nuit chez mon beau pere", "abuse"),
    ("mon fils refait pipi au lit depuis quil dort chez son oncle", "abuse"),
    ("je me frotte sous la douche depuis quil est venu et je me sens toujours sale", "abuse"),
    ("jai mal au ventre chaque fois que mon beau pere rentre", "general"),
    ("je veux plus aller chez mon oncle et jose pas dire pourquoi", "general"),
    ("jai mal en bas et il y a du sang, personne de mon age ma touchee", "abuse"),
    # dire non
    ("il fait la gueule si je lui envoie pas ce quil veut", "grooming"),
    ("mon copain a 24 ans et il dit que tout le monde le fait", "grooming"),
    ("quand je refuse il frappe la porte a cote de moi", "abuse"),
    ("jai dit non et il la fait quand meme", "abuse"),
    # la nuit a la maison
    ("je dois dormir dans le lit de mon beau pere quand maman est au travail", "abuse"),
    ("le copain de ma mere vient me border et ca dure trop longtemps", "abuse"),
    ("je fais semblant de dormir quand mon oncle rentre dans ma chambre", "abuse"),
    ("on a un jeu quand tout le monde dort et je dois rien dire", "abuse"),
    ("ma porte ferme pas a cle et mon beau pere le sait", "general"),
    # en ligne
    ("un monsieur sur discord me demande si je suis seule et a quelle heure mon pere rentre", "grooming"),
    ("il dit que si jai confiance jallume la camera", "grooming"),
    ("il disait avoir 15 ans mais en facetime il etait beaucoup plus vieux", "grooming"),
    ("ma fille a un deuxieme telephone et de largent et veut pas dire qui", "grooming"),
    # entre jeunes
    ("quelquun ma filmee quand jetais bourree a la soiree et la mis en story", "image_shared"),
    ("ils ont fait un pari sur mes photos et maintenant elles tournent partout", "image_shared"),
    # survie
    ("le chauffeur du clando me ramene gratuit mais maintenant il veut quelque chose en echange", "grooming"),
    ("mon sponsor paie ma scolarite et il veut que je passe le weekend chez lui", "grooming"),
    ("la dame chez qui je travaille a garde mon passeport et je peux pas partir", "general"),
    # violence, menaces, euphemismes
    ("je mets des manches longues pour que personne voie mes bras quand il sest fache", "abuse"),
    ("papa lance des trucs sur moi quand il boit", "abuse"),
    ("il ma envoye une photo de chez moi hier", "threat"),
    ("mon demi frere a refait le truc", "abuse"),
    ("cest encore arrive cette nuit", "general"),
    ("je sais pas si cest normal ce que mon entraineur fait quand on est seuls", "abuse"),
]

NEAR_MISSES_EN = [
    "i cant sleep since the new game came out lol",
    "my tummy hurts every time i eat spicy food",
    "i refuse to go to my aunties because its boring and theres no wifi",
    "mum works nights so i make breakfast for my little sister",
    "we share a bed with my cousins at grandmas, its fun",
    "bath time for the baby is my job now",
    "the coach checks our boots before the match",
    "i locked myself out again, waiting for dad",
    "the bus driver was so rude today",
    "our team got a new sponsor for the tournament",
    "i wear long sleeves because i like the style",
    "he laughs when i say no to his jokes lol",
    "it happened again, my laptop froze during the test",
    "he did that thing again where he sings in class",
    "i pretend to be asleep when my brother wants to play",
    "my door doesnt lock so my little brother keeps walking in",
    "my brother says i owe him for the pizza",
    "i bet my friend that we win on saturday",
    "my boyfriend made our selfie his wallpaper",
    "my daughter changed schools this year and loves it",
]

NEAR_MISSES_FR = [
    "jarrive plus a dormir depuis que jai un nouveau jeu mdr",
    "jai mal au ventre chaque fois que je mange epice",
    "je veux plus aller chez ma tante parce que cest trop nul et ya pas de wifi",
    "maman travaille de nuit donc je prepare le petit dej pour ma soeur",
    "le bain du bebe cest moi qui le donne maintenant",
    "le coach verifie nos crampons avant le match",
    "je me suis enfermee dehors, jattends papa",
    "le chauffeur du bus etait trop mechant aujourdhui",
    "notre equipe a un nouveau sponsor pour le tournoi",
    "je mets des manches longues parce que jaime le style",
    "il rigole quand je dis non a ses blagues mdr",
    "cest encore arrive, mon ordi a plante pendant le controle",
    "il a refait le truc ou il chante en cours",
    "je fais semblant de dormir quand mon frere veut jouer",
    "ma porte ferme pas a cle donc mon petit frere rentre tout le temps",
    "mon frere dit que je lui dois la pizza",
    "jai parie avec ma pote quon gagne samedi",
    "mon copain a mis notre selfie en fond decran",
    "ma fille a change decole cette annee et elle adore",
    "on dort dans le meme lit avec mes cousines chez mamie",
]


@pytest.mark.parametrize(("text", "kind"), DISCLOSURES_EN + DISCLOSURES_FR)
def test_indirect_disclosure(matcher: SafetyMatcher, text: str, kind: str) -> None:
    assert matcher.disclosure_kind(text) == kind


@pytest.mark.parametrize("text", NEAR_MISSES_EN + NEAR_MISSES_FR)
def test_everyday_near_miss(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("i couldnt sleep for weeks after what my cousin did", "abuse"),
        ("my sister wets the bed again since our stepdad moved in", "abuse"),
        ("the bus conductor says i can ride free if i sit with him at the back", "grooming"),
        ("my landlord keeps asking me to come to his room when mum is out", "grooming"),
        ("some guy on free fire asks when my parents go to work", "grooming"),
        ("someone sent me a picture of my school gate and said see you soon", "threat"),
        ("je dors plus depuis que mon cousin est venu", "abuse"),
        ("le conducteur du bus me laisse monter gratuit si je massois a cote de lui", "grooming"),
    ],
)
def test_word_families_reach_other_forms(matcher: SafetyMatcher, text: str, kind: str) -> None:
    # Other forms of the same classes (could not sleep, since our stepdad, a conductor, sitting by the driver, a
    # landlord's room when mum is out, a school gate photographed), not the batch's wording.
    assert matcher.disclosure_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "i cant sleep since my exams started",
        "depuis que mon frere a une ps5 je dors plus mdr",
        "the bus driver lets me ride free if i show my student card",
        "tout le monde a eu un ticket gratuit pour le concert",
        "it happened again last night, wifi died",
        "cest encore arrive hier soir, plus de wifi",
        "we had a bet on who could send the funniest pic to the group",
    ],
)
def test_word_families_keep_everyday_forms_out(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None

def test_week_end_is_not_an_english_word_in_french(matcher: SafetyMatcher) -> None:
    # A French phrase with "week end" listed "end" as a French word, so "send me" read as s' + "end me" (a threat to
    # kill): the French words of this branch must not make English "send me" a threat.
    assert "KILL_ME" not in matcher.concepts("can someone send me the video of the match last night")
    assert matcher.disclosure_kind("can someone send me the video of the match last night") is None
