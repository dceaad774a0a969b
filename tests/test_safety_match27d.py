"""The classes worked on for batch 26 (branch match27d): indirect disclosures in Spanish (Mexico, Central America,
Colombia, Rioplatense, Spain, Spanglish) and Portuguese (Brazil, Portugal, Angola, Mozambique) told without a
keyword: what abuse leaves (not sleeping since, pain down there, washing again and again, waking up screaming, a
stomach ache when he visits, self-blame); saying no (he keeps going, sulks or stops paying, "everyone does it", "if
you loved me", a partner who will leave); home at night (sharing his bed, "checks" at bath time, the game we play,
pretending to sleep, a door without a lock, waiting up when mum is out); online escalation (the parents' timetable,
moving where nobody sees, a "test of trust", his own pictures, the age asked); pictures going round or shown around;
sponsors, drivers and papers kept; things thrown, long sleeves, locked out or not fed; veiled threats (a photo of
the house, "you'll regret it, watch out", "something will happen to your mum", knowing the bus and the hour);
euphemisms ("he did it again", "it happened again", "can i tell something without my mum knowing"); and caregivers'
signs (changed since the coach, bedwetting since a stay, a hidden phone with money arriving). And their everyday
near-misses. The sentences are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from bot.services.safety import SafetyMatcher


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # what it leaves
        ("desde lo que paso con mi padrastro no puedo dormir nada", "abuse"),
        ("tengo sangre alla abajo desde el sabado y me arde mucho", "abuse"),
        ("me baño muchas veces y me sigo sintiendo sucio", "abuse"),
        ("cada noche me despierto gritando, sueño con el vecino", "general"),
        ("cada vez que viene mi abuelo me duele el estomago y me escondo", "abuse"),
        ("creo que fue mi culpa por ir sola a su casa esa noche", "abuse"),
        # saying no
        ("le digo que no y el sigue como si nada, no se que hacer", "abuse"),
        ("mi novio dice que todas lo hacen y que no sea mojigata", "grooming"),
        ("dice que si lo amara de verdad le mandaria fotos sin ropa", "grooming"),
        ("el señor que me compra todo dice que ahora le debo y que le pague", "grooming"),
        # home at night
        ("mi padrastro me hace dormir en la misma cama y no me gusta lo que hace", "abuse"),
        ("el novio de mi mama dice que me tiene que revisar el cuerpo cuando me baño", "abuse"),
        ("me hago la dormida pero el se acerca igual", "abuse"),
        ("la puerta de mi cuarto no tiene seguro y mi tio entra en la noche", "abuse"),
        # online escalation
        ("un vato de fortnite me pregunta si estoy sola en la casa", "grooming"),
        ("dice que nos pasemos a telegram para que nadie nos vea", "grooming"),
        ("me pide que prenda la camara como prueba de confianza", "grooming"),
        ("un señor en discord me mando una foto de su cuerpo desnudo", "grooming"),
        # peers
        ("mi video de la fiesta anda por todos lados, estaba dormida", "image_shared"),
        ("el wey va enseñando las fotos que le mande en privado", "image_shared"),
        # sponsors, drivers, papers
        ("mi patrocinador me paga la escuela pero quiere que vaya a un hotel con el", "grooming"),
        ("el taxista me lleva gratis y me soba la pierna", "abuse"),
        ("me llevaron a trabajar y tienen mi pasaporte, no me dejan salir", "general"),
        # violence at home
        ("cuando llega borracho avienta cosas y me dio en la cabeza", "abuse"),
        ("uso manga larga para que no vean las marcas del cinturon", "abuse"),
        # threats
        ("un tipo me mando una foto de mi casa y me dijo que ya sabe donde vivo", "threat"),
        ("me dijo que me iba a arrepentir y que tuviera cuidado", "threat"),
        ("dice que si lo bloqueo le va a pasar algo a mi hermana", "threat"),
        # euphemisms, caregivers
        ("mi tio lo hizo otra vez y no se a quien decirle", "abuse"),
        ("mi hija esconde el celular y le llegan recargas de un señor", "grooming"),
        ("mi hijo cambio mucho desde que empezo con el profe de guitarra y llora", "general"),
    ],
)
def test_batch_26_spanish_classes(matcher: SafetyMatcher, text: str, kind: str) -> None:
    assert matcher.disclosure_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # what it leaves
        ("desde aquilo com meu padrasto n consigo dormir", "abuse"),
        ("doi muito la embaixo e ta saindo sangue", "abuse"),
        ("tomo banho varias vezes e continuo me sentindo suja", "abuse"),
        ("acordo gritando toda noite por causa dele", "general"),
        ("toda vez q meu tio vem aqui me da dor de barriga", "abuse"),
        ("sinto q a culpa foi minha pq fiquei sozinha com ele", "abuse"),
        # saying no
        ("eu digo nao e ele continua mesmo assim", "abuse"),
        ("ele diz q todas as meninas fazem e q eu sou boba", "grooming"),
        ("se eu amasse ele de verdade mandava nude, é o q ele diz", "grooming"),
        ("ele fica bravo e para de me dar dinheiro se eu n mando foto", "grooming"),
        # home at night
        ("tenho q dormir na mesma cama q meu padrasto e n gosto do q ele faz", "abuse"),
        ("meu tio diz q precisa me examinar no banho", "abuse"),
        ("finjo q to dormindo mas ele chega perto mesmo assim", "abuse"),
        ("minha porta n tranca e ele entra qnd todos dormem", "abuse"),
        # online escalation
        ("um cara do free fire pergunta se to sozinha em casa", "grooming"),
        ("ele quer q a gente va pro telegram pra ninguem ver", "grooming"),
        ("quer q eu abra a camera e diz q é prova de confianca", "grooming"),
        ("um senhor do discord perguntou minha idade e disse q era perfeito", "grooming"),
        # peers
        ("me filmaram dormindo na festa e o video ta rodando", "image_shared"),
        ("o menino anda mostrando pra todo mundo o que eu mandei pra ele", "image_shared"),
        # sponsors, drivers, papers
        ("um kota paga minhas propinas mas quer q eu durma na pensao com ele", "grooming"),
        ("o motorista da van me leva de graca e passa a mao em mim", "abuse"),
        ("me levaram pra trabalhar fora e ficaram com meu passaporte", "general"),
        # violence at home
        ("qnd ele bebe joga as coisas em mim", "abuse"),
        ("uso manga comprida pra ninguem ver as marcas do cinto", "abuse"),
        # threats
        ("um cara mandou foto da minha casa e disse q sabe onde eu moro", "threat"),
        ("disse q vou me arrepender e q é melhor eu tomar cuidado", "threat"),
        ("falou q se eu bloquear vai acontecer alguma coisa com meu irmao", "threat"),
        # euphemisms, caregivers
        ("meu padrasto fez aquilo de novo e n sei pra quem contar", "abuse"),
        ("meu filho esconde o celular e recebe pix de um homem", "grooming"),
        ("minha filha voltou a fazer xixi na cama desde que ficou com o tio", "abuse"),
    ],
)
def test_batch_26_portuguese_classes(matcher: SafetyMatcher, text: str, kind: str) -> None:
    assert matcher.disclosure_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "no puedo dormir porque mi vecino tiene fiesta",
        "me duele la panza cada vez que como picante",
        "me baño como tres veces al dia en verano",
        "me despierto temprano todos los dias para la escuela",
        "mi hermano se rie cuando le digo que no a su plan",
        "todas mis amigas lo hacen, van a la fiesta de la prepa",
        "dormimos en la misma cama mi prima y yo en la pijamada jaja",
        "le doy el baño a mi sobrino y llora mucho",
        "el juego que jugamos en la fiesta fue muy divertido",
        "me hago la dormida para no ir a misa",
        "la puerta del baño no cierra bien",
        "mi mama me pregunto a que hora salgo de clases",
        "mis amigas y yo nos pasamos a whatsapp porque insta no carga",
        "el patrocinador del torneo nos dio balones",
        "el chofer del camion escolar nos lleva a la excursion",
        "me gusta usar manga larga en invierno",
        "me dijo que me voy a arrepentir de no comprar los tenis",
        "lo volvio a hacer, mi gato tiro el vaso jaja",
        "paso otra vez, se fue la luz en toda la colonia",
        "vi en las noticias que detuvieron a un señor por extorsion",
    ],
)
def test_batch_26_spanish_near_misses(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "n consigo dormir pq tem prova amanha",
        "me da dor de barriga toda vez q como acaraje",
        "tomo banho duas vezes por dia no verao",
        "acordo cedo todo dia pra escola",
        "meu irmao ri qnd eu digo nao pra ele",
        "todo mundo faz isso no tiktok, é so uma trend",
        "eu e minha prima dormimos na mesma cama na casa da vo kkk",
        "dei banho no meu sobrinho e ele chorou",
        "a brincadeira da festa foi mt divertida",
        "finjo q to dormindo pra n ir pra missa",
        "a porta do banheiro n fecha direito",
        "minha mae perguntou q horas eu saio da aula",
        "eu e minhas amigas fomos pro whats pq o insta ta bugado",
        "o patrocinador do campeonato deu bolas pra gente",
        "qual onibus eu pego pra ir no shopping?",
        "gosto de usar manga comprida no inverno",
        "ele disse q vou me arrepender de n comprar o tenis",
        "aconteceu de novo, a luz acabou no bairro todo",
        "vi no jornal q prenderam um homem por extorsao",
        "sabe onde eu moro? manda tua localizacao q eu te explico o caminho",
    ],
)
def test_batch_26_portuguese_near_misses(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.disclosure_kind(text) is None


def test_portuguese_i_catch_the_bus_is_not_spanish_i_hit(matcher: SafetyMatcher) -> None:
    assert matcher.disclosure_kind("qual onibus eu pego pra chegar no estadio?") is None
    assert matcher.disclosure_kind("ele sabe qual onibus eu pego pra escola e fica me esperando") == "threat"


def test_spanish_wakes_me_up_is_not_undressing(matcher: SafetyMatcher) -> None:
    assert "UNDRESS" not in matcher.concepts("mi mama me despierta temprano")
    assert "UNDRESS" in matcher.concepts("ele mandou eu me despir na camera")
