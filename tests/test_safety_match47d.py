"""The classes worked on for batch 47 (branch match47d), in Portuguese (Brazil, Portugal, Mozambique, Angola):
Brazilian laughter "kkkk" no longer read as letters drawn out in strong feeling (which lifted the doubts that keep a
laugh harmless); a cousin, a classmate or a friend "blackmailing" over a snack, homework or a chore (doubt
peer_bargain; snacks, chores, notebooks and classmates in pt); being beaten up in a fighting game (more games);
a sale or a trade not paid for ("passado pra tras", "calote"); a buyer asking pictures of the thing sold (doubt
buyer_photos); a photo for a document or a form (doubt id_photo: "ficha", the Portuguese word for a form, is French
"fisha"); the writer's own edits with AI or a filter (doubt own_edit); fear for someone ill or in hospital (doubt
fear_for_the_ill); a neighbour or a customer threatening to call the police or to sue (doubt complaint_threat); the
seal of confession (doubt confession_seal); "calado" (quiet) no longer a typo of a nude word; a present for a
relative kept from them. And the disclosures next to each class, which the rules must still find; and general forms
that were missing: a knife shown ("mostrou a faca"), pawing in other tenses ("passando a mao"), harm in the gerund
("me fazendo mal"), beatings with an object ("apanhar de fio", "de cinto"). The sentences are written for these
tests, not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from bot.services.safety import SafetyMatcher
from bot.services.safety.normalize import fold


def test_brazilian_laughter_is_not_emphasis() -> None:
    assert fold("kkkkkk").tokens == ("k",) and not fold("kkkkkk").emphatic
    assert not fold("ele riu kkkk").emphatic
    assert fold("socorrooo kkkk").emphatic  # a word drawn out still is
    assert fold("aaaaah").emphatic  # a scream is not a laugh


@pytest.mark.parametrize(
    "text",
    [
        "meu primo disse que so me devolve o controle se eu arrumar o quarto dele, chantagem kkkkk",
        "o meu colega chantageia-me para lhe fazer o trabalho de grupo, que lata",
        "minha prima me chantageou por um pedaco de pizza kkkk",
        "o cara me espancou no tekken ontem kkkk nem consegui reagir",
        "troquei minha skin no free fire e o mano deu calote",
        "a compradora do enjoei quer foto da etiqueta e do defeito antes de pagar",
        "o cliente da olx pediu um video do produto funcionando",
        "a escola pediu uma foto 3x4 pra ficha de inscricao",
        "usei um filtro de IA na minha foto e fiquei parecendo um elfo kkkk",
        "minha tia ta internada e eu to com muito medo",
        "o sindico ameacou chamar a policia por causa do barulho",
        "o padre explicou que a confissao e segredo e ele nunca conta nada",
        "minha irma ficou calada o jantar todo kkkk",
        "comprei um presente pro meu pai mas e segredo ate domingo",
        "a medica pediu pra eu tirar a camisa pra ouvir o coracao kkkk",
    ],
)
def test_everyday_portuguese_is_not_a_disclosure(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("meu primo tem fotos minhas pelada e me chantageia kkkk", "sextortion"),
        ("um homem da olx pediu foto minha de biquini", "image_shared"),
        ("fiz uma foto com filtro e um cara pegou e fez montagem pelada", "ai_image"),
        ("tenho medo dele, ele me bateu e fui parar no hospital", "abuse"),
        ("o vizinho ameacou me matar se eu chamar a policia", "abuse"),
        ("o padre disse que o que ele faz comigo na sacristia e segredo", "abuse"),
        ("o cara da saida puxou a faca e disse que vai me matar", "threat"),
        ("meu tio fica passando a mao em mim quando ninguem ta vendo", "abuse"),
        ("meu padrasto ta me fazendo mal e eu nao sei o que fazer", "abuse"),
    ],
)
def test_disclosures_next_to_the_classes_are_still_found(matcher: SafetyMatcher, text: str, kind: str) -> None:
    assert matcher.disclosure_kind(text) == kind
