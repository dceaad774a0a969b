"""The classes worked on for batch 24 (branch match25): indirect disclosures with no keyword, in 8 languages: a
secret about what was done together, a present turned into a debt, "everyone will see" if the writer stops answering
or does not obey, what the writer sent now in a group or used for more, "age is just a number", a chair against the
door, hidden bruises, "he'll do it again" when everyone is asleep, "they'll take me away if i tell", "you'll regret
it if you tell", a caregiver's child who stopped eating, "nobody would believe you", a grown man's bed, a closed
door, a present for private talk; and their everyday near-misses. Every disclosure here was
missed by the rules before this branch (checked against the content of 37aa798), but the covert video
"my mum will get", which they read as image_shared. The sentences are written for
these tests, not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from bot.services.safety import SafetyMatcher


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("he bought me a new phone and now he says i owe him", "grooming"),
        ("the man from my moms work keeps telling me age is just a number", "grooming"),
        ("il dit que ce quon a fait hier cest notre secret", "grooming"),
        ("un homme ma achete des baskets et maintenant il dit que je lui dois un truc", "grooming"),
        ("je dors avec une chaise contre la porte a cause de mon oncle", "abuse"),
        ("un señor me compro tenis y ahora dice que le debo un favor", "grooming"),
        ("me dijo que me voy a arrepentir si le cuento a mi mama", "threat"),
        ("o cara do free fire diz que o que a gente fez e nosso segredinho", "grooming"),
        ("ela disse que a escola toda vai ver se eu parar de responder", "sextortion"),
        ("minha tia disse que se eu contar o que acontece em casa vao me levar embora", "abuse"),
        ("اللي عملناه سر بينا وما تقولي لحد", "grooming"),
        ("راجل كبير بيقولي العمر مجرد رقم", "grooming"),
        ("نمت وحاطة كرسي ورا الباب عشان عمي", "abuse"),
        ("wa7ed kaygoul liya law bt7ebeeny b gad", "grooming"),
        ("katanya satu sekolah bakal liat kalo aku berhenti bales chat dia", "sextortion"),
        ("dia beliin aku sepatu terus bilang aku utang budi sama dia", "grooming"),
        ("alisema kila mtu ataona nisipomjibu", "sextortion"),
        ("alisema nitajuta nikisimulia kwa mwalimu", "threat"),
        ("mjomba huweka mkono kwa paja langu mtu asipoangalia", "abuse"),
        ("un barbat mi a cumparat adidasi si acum zice ca ii sunt datoare", "grooming"),
        ("a zis ca toata clasa o sa vada daca nu ii mai raspund", "sextortion"),
        ("unchiul meu o sa faca iar cand doarme toata lumea", "abuse"),
        ("the man from my moms work keeps telling me age is just a number", "grooming"),
        ("someone screenshotted what i sent her and its on the school page now", "image_shared"),
        ("i sent him something i shouldnt have and he wants more or he shows it", "sextortion"),
        ("i put a chair against my door every night because of my stepdad", "abuse"),
        ("she said id regret it if i told the teacher", "threat"),
        ("mon entraineur dit que lage cest quun chiffre", "grooming"),
        ("je cache les bleus avec des manches longues pour que personne voie", "abuse"),
        ("ma fille mange plus et veut plus jamais voir son prof de piano", "general"),
        ("un tipo de roblox me dice que no soy como las de mi edad y quiere que vaya a su casa", "grooming"),
        ("alguien paso lo que le mande al grupo del salon", "image_shared"),
        ("um cara me deu um fone e agora fala que eu devo um favor pra ele", "grooming"),
        ("durmo com uma cadeira na porta por causa do namorado da minha mae", "abuse"),
        ("قال الكل هيشوف لو بطلت ارد عليه بعد كده", "sextortion"),
        ("لما الكل نايم ابن عمي بيجي الاوضة", "abuse"),
        ("b3atlo haja ma kan khasnich w daba kayteleb ktar wla ghadi ywarriha", "sextortion"),
        ("om om itu bilang umur cuma angka", "grooming"),
        ("aku nutupin memar pake jaket biar guru ga nanya", "abuse"),
        ("jamaa alininunulia viatu sasa anasema namdai", "grooming"),
        ("nalala na kiti mlangoni kwa sababu ya mjomba", "abuse"),
        ("antrenorul zice ca varsta e doar un numar", "grooming"),
        ("imi ascund vanataile cu maneci lungi ca sa nu vada nimeni", "abuse"),
        ("a zis ca o sa vada toata scoala daca nu fac ce zice", "sextortion"),
        # a second pass: what keeps a child quiet, a grown man's bed, a closed door, a present for private talk
        ("my uncle wants me to sleep in his bed when i visit", "abuse"),
        ("my teacher keeps me after class alone and closes the door", "grooming"),
        ("mi tio me dice que si le cuento a alguien nadie me va a creer", "abuse"),
        ("he told me no one would believe me anyway", "abuse"),
        ("my daughters tutor gave her a phone so they can talk privately", "grooming"),
        ("they have a video from the changing room and said my mum will get it", "sextortion"),
    ],
)
def test_indirect_disclosure(matcher: SafetyMatcher, text: str, kind: str) -> None:
    assert matcher.disclosure_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "what we do at practice is a secret from the other team lol",
        "she bought me a coffee so i owe her one",
        "everyone will see the new episode tonight",
        "je lui dois 5 euros pour le kebab",
        "lo que hacemos en el club es secreto jaja",
        "meu irmao vai me matar se eu contar que apaguei o jogo dele sem querer",
        "aku utang traktir bakso sama temenku",
        "naota ndoto mbaya kuhusu mtihani wa kesho",
        "am cosmaruri cu examenul de maine haha",
        "كنت اسوق مع ابوي وكنت خايفة شوي يعلمني السواقة",
        "my little sister has nightmares and comes into my room",
        "i deleted my old pics because my storage is full",
        "my brother waits for me outside school every day",
        "tu vois on se retrouve au parc dis rien a mon frere",
        "my teacher asked to talk privately about my grades",
        "i slept in my dads bed when i was sick",
        "nobody would believe me if i told them i met drake",
        "my teacher closes the door because the hallway is loud",
    ],
)
def test_everyday_near_miss(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "i dont want to go to my uncles house its so boring",
        "no quiero ir a casa de mi tio es muy aburrido",
        "je veux plus aller chez mon oncle c est trop loin",
        "nao quero ir na casa do meu tio, la nao tem wifi",
        "ما بدي روح عند عمي كتير ممل",
        "aku gak mau ke rumah om ku, bosen banget",
        "sitaki kwenda kwa mjomba ni boring",
        "nu mai vreau sa merg la unchiul meu, e plictisitor",
    ],
)
def test_a_dull_visit_is_not_a_disclosure(matcher: SafetyMatcher, text: str) -> None:
    # Not wanting to go somewhere for a plain reason (boring, no wifi, far) is a visit, not a danger.
    assert matcher.disclosure_kind(text) is None


def test_a_dull_visit_with_a_danger_is_still_a_disclosure(matcher: SafetyMatcher) -> None:
    assert matcher.disclosure_kind("i dont want to go to my uncles house its boring and he comes in my room at night")
