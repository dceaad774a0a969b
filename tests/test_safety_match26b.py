"""The classes worked on for batch 25 (branch match26b): indirect disclosures in en, fr, es, pt with no keyword:
fame, modelling or a job promised with being alone or a secret; a boss, a teacher trading marks, a boarding-school
warden calling a child in at night; a "sponsor" paying school fees for a girlfriend; "he'll go to jail"; being held
down until the child cannot breathe; a drunk parent the children hide from; "last time i couldnt walk"; filmed
through the window; the same man everywhere; threats to out the writer unless they keep sending; what was done on a
call; a catfish; live-stream gifts for poses; children on paid video calls with foreigners; a hand on the leg; and
their everyday near-misses. 34 of the 45 disclosures here were missed or given another kind by the rules before this
branch (content of 636fea5). The sentences are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from bot.content.catalog import load_catalog
from bot.services.safety import SafetyMatcher
from bot.settings import PROJECT_ROOT


@pytest.fixture(scope="module")
def matcher() -> SafetyMatcher:
    return SafetyMatcher.from_content(load_catalog(PROJECT_ROOT / "content").safety)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # fame, modelling, a job or a flat promised
        ("this photographer says he can make me famous but i have to come to his studio alone", "grooming"),
        ("un mec dit quil peut me faire signer dans une agence mais faut venir seule chez lui", "grooming"),
        ("un señor me dijo que me hace famosa si le mando fotos en bikini", "grooming"),
        ("um cara disse que me coloca numa agencia de modelo se eu for no apartamento dele sozinha", "grooming"),
        ("a woman on insta promised my sister a job in qatar and told her not to tell our parents", "grooming"),
        ("un homme sur tiktok ma promis un appart si je viens a lyon", "grooming"),
        ("mi prima se escapo con un señor que conocio en facebook", "grooming"),
        ("he booked the flights already so i cant back out now", "grooming"),
        # a boss, a teacher, a warden, a sponsor
        ("my boss says i get a raise if im nice to him after closing", "grooming"),
        ("mi patron dice que me sube el sueldo si le dejo tomarme fotos", "grooming"),
        ("le prof de physique dit que si je veux passer je dois venir chez lui samedi", "grooming"),
        ("o professor falou que se eu quiser passar tenho que ir na casa dele sozinha", "grooming"),
        ("the warden calls me to his office at night and locks the door", "grooming"),
        ("un man de 35 dice que me paga el celular si soy su novia", "grooming"),
        ("my bf is 25 and says if my mum finds out he will go to prison", "grooming"),
        ("meu namorado tem 24 e disse que se alguem souber ele vai preso", "grooming"),
        # held down, a drunk parent, hurt so badly
        ("my stepdad holds me down on the bed and i cant breathe", "abuse"),
        ("mon beau pere se couche sur moi et je peux plus respirer", "abuse"),
        ("when my dad comes home drunk we hide in the bathroom", "abuse"),
        ("mi papa llega borracho y me escondo debajo de la cama", "abuse"),
        ("ma mere a dit que la derniere fois je pouvais plus marcher et ca va recommencer", "abuse"),
        ("his hand on my thigh every time he drives me home", "abuse"),
        ("o treinador faz massagem em mim e passa do limite", "abuse"),
        # watched, followed
        ("a man records me through my window every night", "threat"),
        ("un hombre me graba por la ventana de mi cuarto", "threat"),
        ("i see the same guy everywhere i go, school, gym, my street", "threat"),
        ("vejo o mesmo carro toda vez que saio de casa", "threat"),
        ("un inconnu a trouve mon lycee et dit quil mattend a la sortie", "threat"),
        # outed, a call, a catfish
        ("she says shell tell my whole school that im gay if i stop sending", "sextortion"),
        ("il va dire a tout le monde que je suis lesbienne si jarrete de lui envoyer des photos", "sextortion"),
        ("dicen que van a contar lo que hice en la camara si no pago", "sextortion"),
        ("o menino na verdade era um cara velho e agora pede dinheiro", "sextortion"),
        ("the girl i was talking to was actually a man and he wants money now", "sextortion"),
        ("a man on insta sent me money and now he wants pics of me in my pyjamas", "grooming"),
        # lives and paid calls
        ("when im live a guy sends gifts and asks me to turn around slowly", "grooming"),
        ("quand je suis en live un monsieur envoie des cadeaux et me demande de me tourner", "grooming"),
        ("my aunt makes my cousins do video calls with foreigners for money", "abuse"),
        # when the other grown-up is out, feeling dirty, shaking
        ("mi padrastro me hace cosas cuando mi mama trabaja", "abuse"),
        ("meu padrinho faz coisas comigo quando minha mae sai", "abuse"),
        ("i feel dirty, my coach did something and says its my fault", "general"),
        ("she promised me a modelling job in lagos but i must not tell my parents", "grooming"),
        ("a man keeps filming me through my bedroom window", "threat"),
        ("il rentre bourre et je me cache dans ma chambre avec ma soeur", "abuse"),
        ("o professor disse que pra eu passar tenho que ir sozinha na casa dele", "grooming"),
        ("aconteceu algo no retiro da igreja e eu tremo quando lembro", "general"),
    ],
)
def test_indirect_disclosure(matcher: SafetyMatcher, text: str, kind: str) -> None:
    assert matcher.disclosure_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "my manager asked me to cover a shift on sunday",
        "mon patron ma demande de fermer le snack ce soir",
        "mi jefe me pago el turno extra",
        "im going to a modelling agency open day with my mum",
        "my mum promised me a trip to paris if i pass",
        "mi amiga se fue con su mama al mercado",
        "i cant back out of the school play now lol",
        "my teacher said if i want to pass i should revise more",
        "the principal called me to his office because i was late",
        "my brother pinned me down and tickled me lol",
        "i couldnt walk after leg day lol",
        "my neighbour waved at me through the window",
        "i see the same cat everywhere on my street",
        "the same guy won every round in fortnite",
        "i told my mum im gay and she was really nice about it",
        "what i did on the call was present my project",
        "i go live on twitch every friday",
        "my grandma does video calls with our cousins abroad",
        "mi abuela me cuida cuando mi mama trabaja",
        "i feel dirty after gym class need a shower",
        "mum told me to delete my old chats because my phone is full",
        "ma mere ma dit de vider mon tel parce quil est plein",
        "he still has my hoodie from the trip",
        "ele ainda tem meu carregador",
        "my bf is 16 and picked me up from school",
        "le surveillant nous a dit de ranger nos tels apres lextinction des feux",
        "il dit que si je veux ma moyenne je dois faire mes devoirs",
        "i took a selfie by my bedroom window",
        "my dad gets drunk at christmas and sings lol",
        "we hide the presents in my room so my sister wont find them",
        "mi tia consiguio trabajo en el extranjero",
        "se eu quiser passar tenho que estudar mais",
        "my uncle sent me money for my birthday and asked for a pic of my cake",
    ],
)
def test_everyday_near_miss(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None


def test_a_mother_who_posts_a_photo_without_asking_is_still_a_parent_sharing(matcher: SafetyMatcher) -> None:
    # Lifting the doubt parent_shares for a child filmed changing must not lift it for "without asking".
    assert matcher.disclosure_kind("my mom posted a photo of me on facebook without asking") is None
    assert matcher.disclosure_kind("my cousin filmed me while i was changing and posted it") == "image_shared"
