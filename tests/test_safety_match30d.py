"""The classes worked on for batch 30 in Spanish and Portuguese (branch match30d), with their everyday near-misses:
what a couple sent each other now shown around ("lo q le mande", "o que ela mandou pra ele") and "everyone has them
now"; a friend's or sister's boyfriend ("su novio", "o ex dela"); secrecy and refusal written with q for que; a
mother's partner in slang ("el novio de mi vieja") throwing things when drunk ("en pedo", "chupado"); avoiding home
for a reason kept hidden; a child who changed since someone "did something" to them; feeling dirty and not knowing
how to tell; kidnap threats ("lo van a levantar", "vao sequestrar ele"); pocket money paid to someone holding
pictures, and charging money so pictures are not spread ("cobrando pra nao vazar"); bruises ("cheia de roxo");
a video from a changing room going round while the child cries; not daring to tell ("no me animo", "nao tenho
coragem"); bruises in Mexico and Spain (moretes, morados). Near-misses: "pegar" as sticking gum or catching a
cold, "me toco" + a verb (being assigned), a greeting kiss on the forehead or cheek, a report card ("boletin"), a
teacher or coach who "will kill me" over schoolwork, a goal scored (Romanian "gol" is naked), a check-up or a blood
test, burning oneself cooking, a debt to a sibling; and a check-up where private parts are touched with a secret,
which the doctor words must not hide. The sentences are written for these tests, not taken from the
evaluation sets."""

from __future__ import annotations

import pytest

from bot.services.safety import SafetyMatcher


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("mi ex le enseño a sus amigos lo q le mande y ahora me dicen cosas", "image_shared"),
        ("su ex publico lo que nos mandabamos en su historia", "image_shared"),
        ("las fotos que le mande a ese chavo ya las tienen todos en la escuela", "image_shared"),
        ("le dije q no y aun asi me obligo", "abuse"),
        ("el novio de mi vieja me tira cosas cuando llega en pedo", "abuse"),
        ("mi prima dejo de comer desde que alguien le hizo algo", "general"),
        ("no quiero regresar a mi casa y no te puedo decir por que", "general"),
        ("me siento sucio y no se como decirle a mis papas", "general"),
        ("me mandaron notas de voz diciendo que me van a secuestrar", "threat"),
        ("a mi hijo le mandan mensajes de que lo van a levantar", "threat"),
        ("meu ex mostrou pra sala toda o q eu mandei pra ele", "image_shared"),
        ("minha amiga ta mal pq o ex dela espalhou as fotos q ela mandou", "image_shared"),
        ("meu primo ta dando toda a mesada pra um cara que tem umas fotos dele", "sextortion"),
        ("estao cobrando minha filha pra nao vazar um video dela", "sextortion"),
        ("minha colega aparece cheia de roxo e diz q o padrasto fica bravo", "abuse"),
        ("ele falou q vai fazer alguma coisa com meu irmao se eu contar", "threat"),
        ("nao quero ir pra casa e nao posso dizer por que", "general"),
        ("meu amigo parou de comer e disse q fizeram algo com ele", "general"),
        ("mandaram audio pro meu filho falando q vao sequestrar ele", "threat"),
        ("uma menina da minha sala ta chorando pq passaram um video dela no vestiario", "image_shared"),
        ("no me animo a contarle a nadie lo que me paso", "general"),
        ("mi amiga tiene moretes en los brazos y dice que su papa se enoja", "abuse"),
        ("o namorado da minha coroa chega de porre e quebra tudo", "abuse"),
        ("nao tenho coragem de contar o que fizeram comigo", "general"),
    ],
)
def test_disclosure(matcher: SafetyMatcher, text: str, kind: str) -> None:
    assert matcher.disclosure_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "mi primo me pego su gripa y no fui a la escuela",
        "me toco ir al pizarron primero",
        "mi abuela me dio un beso en el cachete al despedirnos",
        "mi jefa me va a regañar por el boletin",
        "la entrenadora me va a matar si no termino los ejercicios",
        "meti el gol del empate y todos me abrazaron",
        "en el centro de salud me sacaron sangre para un chequeo",
        "me queme con el sarten haciendo huevos",
        "mi tia dice que te van a levantar temprano para el viaje",
        "le debo lana a mi hermano y ya me la esta cobrando",
        "meu irmao grudou chiclete na minha mochila",
        "minha avo me deu um beijo na testa quando cheguei",
        "o professor vai me matar se eu nao entregar o trabalho",
        "fiz um gol de cabeça e o time todo me abraçou",
        "fui no posto de saude tomar vacina e tiraram sangue",
        "me queimei no forno fazendo bolo",
        "minha irma ta me cobrando os 10 reais que eu devo",
        "la pediatra me reviso las partes intimas con mi mama ahi",
        "o medico examinou minhas partes intimas com minha mae do lado",
        "no me animo a decirle a nadie que me gusta mi compañero",
        "nao tenho coragem de contar pra minha mae que tirei nota baixa",
        "me doy asco despues de comer tanto",
        "o meu pai enche a cara todo sabado no churrasco",
    ],
)
def test_everyday_near_miss(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "fui ao posto de saude e o enfermeiro me pediu pra tirar a roupa e falou pra eu nao contar",
        "en el chequeo el doctor me toco mis partes y me dijo que no le dijera a nadie",
        "o medico mexeu nas minhas partes e disse pra eu nao contar pra ninguem",
        "mi abuelo me da besos en el cachete cuando estamos solos y no me gusta",
        "el profe me va a matar si le cuento a alguien lo que me hizo",
    ],
)
def test_harmless_context_does_not_hide_a_disclosure(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is not None
