"""The disclosure model (bot/services/safety/model.py), the statistical second opinion after the rules: its weights
match the labelled data they were trained on, a broken or missing weights file is named in the error, and in the
matcher it never overrides a rule's kind, help or stop (a doubt holds the rules back, not the model); it drops a
rule's disclosure only when it is all but sure the message is everyday talk (its veto), never a clear one. Its figures
on held-out data are in bench/README.md ("Sixth iteration" to "Doubts and the model"), made by
`python -m bench.disclosure_cv`."""

from __future__ import annotations

import json
import logging
import re
import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from bot.content.base import ContentError
from bot.content.disclosure_model import MAGIC, MODEL_FILE, TRAIN_COMMAND, Header, parse_model
from bot.devtools.train_disclosure_model import (
    L2,
    LEXICON,
    LONG_VETO,
    LONG_WORDS,
    THRESHOLD,
    VETO,
    data_files,
    data_sha256,
    load_examples,
    train,
)
from bot.services.safety import Reading, SafetyMatcher, Signal
from bot.services.safety.model import DisclosureModel, concept_features, load_model
from bot.services.safety.normalize import fold
from bot.services.startup import disclosure_model
from bot.settings import PROJECT_ROOT

CONTENT = PROJECT_ROOT / "content"


@pytest.fixture(scope="module")
def matcher(matcher_with_model: SafetyMatcher) -> SafetyMatcher:
    return matcher_with_model


def always(threshold: float = 0.5) -> DisclosureModel:
    """A model that calls every message a disclosure: what the matcher lets it decide is then plain to see."""
    return DisclosureModel.from_floats([0.0] * 16, 30.0, threshold=threshold, data_sha256="x", trained="x")


def test_the_weights_were_trained_on_the_current_labelled_data() -> None:
    model = load_model(CONTENT)
    assert model.header.data_sha256 == data_sha256(), (
        f"tests/data/disclosures*/ changed since {MODEL_FILE} was trained: run `{TRAIN_COMMAND}`")


def test_the_weights_go_stale_when_the_rules_word_lists_change(tmp_path: Path) -> None:
    # The model weighs the concepts the word lists find: a changed word list asks for a retrain too.
    content = tmp_path / "content"
    shutil.copytree(CONTENT / LEXICON, content / LEXICON)
    assert data_sha256(content_dir=content) == data_sha256()
    with (content / LEXICON / "en.yaml").open("a", encoding="utf-8") as words:
        words.write("\n# one more line\n")
    assert data_sha256(content_dir=content) != data_sha256()


def test_the_weights_carry_the_threshold_and_veto_chosen_by_cross_validation() -> None:
    model = load_model(CONTENT)
    assert model.threshold == THRESHOLD
    assert model.veto == VETO
    assert 0 < VETO < 0.2 < THRESHOLD
    assert (model.header.long_words, model.header.long_veto) == (LONG_WORDS, LONG_VETO)
    assert VETO <= LONG_VETO < 0.5 < THRESHOLD


def test_training_is_deterministic_and_its_regularisation_shrinks_the_weights() -> None:
    """The same data gives the same weights (items in file order, a fixed seed). The L2 penalty shrinks them: 3e-4
    (bench/README.md, "Batch 37 and a weaker L2") keeps weights smaller than the seventh iteration's 1e-4 and larger
    than the eighth's 1e-3, which held the model back once it had 28,000 examples."""
    examples = load_examples(data_files(("disclosures",)))[:300]
    small = {"buckets": 1 << 12, "epochs": 3}
    weights, bias = train(examples, **small)
    assert train(examples, **small) == (weights, bias)
    assert L2 == 3e-4

    def size(l2: float) -> float:
        return sum(w * w for w in train(examples, l2=l2, **small)[0])

    assert size(1e-3) < sum(w * w for w in weights) < size(1e-4)


def test_the_weights_stay_small() -> None:
    model = load_model(CONTENT)
    assert model.size_bytes <= 128 * 1024  # 2^17 int8 weights: the bot's idle memory is counted to the tenth of a MB
    assert (CONTENT / MODEL_FILE).stat().st_size <= 256 * 1024


@pytest.mark.parametrize("text", [
    "he keeps saying he will send the video to my dad unless i give him more",
    "there is a man from fortnite who wants my address and told me not to tell my parents",
    "i am scared to go home because of what he does to me",
    "il menace de publier mes photos si je ne paie pas",
    "mi padrastro me pega cuando mi mama no esta",
])
def test_the_model_alone_reads_clear_disclosures_it_was_not_trained_on(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.model is not None
    tokens, found = fold(text).tokens, matcher.concepts(text)
    assert matcher.model.says_disclosure(tokens, found), matcher.model.probability(tokens, found)


@pytest.mark.parametrize("text", [
    "what time is the next lesson",
    "the photo of my dog got 100 likes",
    "we watched a scary movie about a killer last night",
    "el partido de ayer fue increible",
])
def test_the_model_alone_leaves_everyday_messages(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.model is not None
    assert not matcher.model.says_disclosure(fold(text).tokens, matcher.concepts(text))


def test_a_text_pasted_many_times_weighs_as_much_as_once(matcher: SafetyMatcher) -> None:
    """Each distinct token and pair counts once: with counts, the 1/sqrt(count) scaling made a harmless sentence
    repeated 80 times (a 4,000-character message) sqrt(80) times as strong, and it passed the threshold."""
    assert matcher.model is not None
    once = "Je raconte une très longue histoire sans queue ni tête"
    pasted = " ".join([once] * 80)
    found = matcher.concepts(once)
    assert matcher.concepts(pasted) == found
    # Two copies have the same distinct features as eighty: once's, and the pair where one copy meets the next
    # ("tete je"). Eighty copies weigh exactly as much as two, and about as much as one.
    twice = f"{once} {once}"
    probability = matcher.model.probability(fold(pasted).tokens, found)
    assert probability == matcher.model.probability(fold(twice).tokens, found)
    assert probability == pytest.approx(matcher.model.probability(fold(once).tokens, found), abs=0.05)
    assert not matcher.model.says_disclosure(fold(pasted).tokens, found)


def test_a_doubt_holds_the_rules_back_not_the_model(matcher: SafetyMatcher) -> None:
    """Until 2026-12-05 a doubt kept the model from being asked too. Over 66 held-out folds, asked anyway, the model
    found 76 disclosures a doubt had held back for 3 false alarms (bench/README.md, "Doubts and the model")."""
    said = "my mom will kill me if i fail"
    assert matcher.rules.doubt(matcher.concepts(said)) is not None  # the harmless reading holds the rules back
    assert matcher.rules_reading(said) == (None, True)  # the model is still asked
    eager = replace(matcher, model=always())
    # The kind is the one the rule the doubt held back names (the next test).
    assert eager.classify(said) == Reading(Signal.DISCLOSURE, matcher.rules.kind_held_back(matcher.concepts(said), 8))
    assert replace(matcher, model=None).classify(said) is None


# Everyday messages a doubt holds (written for this test, in several languages): the trained model leaves them too.
DOUBTED_EVERYDAY = [
    "my mom will kill me if i fail", "ma mere va me tuer si je rate mon bac", "mi mama me va a matar si repruebo",
    "minha mae vai me matar se eu tirar nota baixa", "امي هتموتني لو سقطت", "nyokap bakal bunuh gue kalo nilai jelek",
    "mama atakuua nikifeli mtihani", "mama ma omoara daca iau nota mica",
    "what should someone do if a stranger asks for pics", "the news said a man was arrested for blackmailing teens",
]


@pytest.mark.parametrize("text", DOUBTED_EVERYDAY)
def test_the_trained_model_leaves_doubted_everyday_messages(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.rules.doubt(matcher.concepts(text)) is not None
    assert matcher.classify(text) is None


def test_the_model_never_changes_a_rules_kind_help_or_stop(matcher: SafetyMatcher) -> None:
    eager = replace(matcher, model=always())
    said = "a guy has my nudes and says he will post them unless i pay"
    assert matcher.disclosure_kind(said) == "sextortion"
    assert eager.classify(said) == Reading(Signal.DISCLOSURE, "sextortion")
    assert eager.classify("help") == Reading(Signal.HELP)
    assert eager.classify("stop") == Reading(Signal.STOP)
    assert eager.classify("") is None


def never(veto: float = 0.0) -> DisclosureModel:
    """A model that is sure every message is everyday talk (probability about 1e-13)."""
    return DisclosureModel.from_floats([0.0] * 16, -30.0, threshold=0.5, data_sha256="x", trained="x", veto=veto)


def test_without_a_veto_the_model_never_suppresses_a_rule(matcher: SafetyMatcher) -> None:
    said = "my stepdad says he will beat me if i tell my mum"
    assert replace(matcher, model=never()).classify(said) == Reading(Signal.DISCLOSURE, "abuse")


def test_the_veto_drops_a_rules_disclosure_only_below_it(matcher: SafetyMatcher) -> None:
    said = "my stepdad says he will beat me if i tell my mum"
    assert matcher.disclosure_kind(said) == "abuse"
    assert replace(matcher, model=never(veto=0.05)).classify(said) is None
    # A model that is not sure enough (probability 0.5, veto 0.05) leaves the rule's reading.
    unsure = DisclosureModel.from_floats([0.0] * 16, 0.0, threshold=0.9, data_sha256="x", trained="x", veto=0.05)
    assert replace(matcher, model=unsure).classify(said) == Reading(Signal.DISCLOSURE, "abuse")
    assert replace(matcher, model=unsure).disclosure_kind_with_model(said) == "abuse"
    # Dropped, a message is read as if no rule had fired: a short plea for help is still help.
    plea = "help he touched me"
    assert matcher.disclosure_kind(plea) is not None
    assert replace(matcher, model=never(veto=0.05)).classify(plea) == Reading(Signal.HELP)


def test_a_long_message_has_its_own_veto(matcher: SafetyMatcher) -> None:
    # Probability 0.2 (bias ln 0.25): above the veto, below the long veto.
    unsure = DisclosureModel.from_floats([0.0] * 16, -1.3863, threshold=0.9, data_sha256="x", trained="x",
                                         veto=0.05, long_words=4, long_veto=0.3)
    short, long = "my stepdad beats me", "my stepdad says he will beat me if i tell"
    assert len(fold(short).tokens) == 4, "as many words as long_words: not long"
    for said in (short, long):
        assert matcher.disclosure_kind(said) == "abuse"
    assert replace(matcher, model=unsure).classify(short) == Reading(Signal.DISCLOSURE, "abuse")
    assert replace(matcher, model=unsure).classify(long) is None
    assert replace(unsure.header, long_words=0).veto_for(100) == 0.05, "long_words 0: no message is long"


# Disclosures the issue quoted and others as plain: the trained model must never veto one of them.
CLEAR = [
    "someone is sextorting me", "hes threatening to leak my nudes", "my ex is sharing my nudes",
    "someone made a fake nude of me with ai", "he threatened to post my pics", "my uncle touched me",
    "un mec menace de balancer mes nudes", "il veut de l'argent sinon il publie mes photos", "il m a touché",
    "me extorsionan con fotos intimas", "un wey me pide dinero o sube mis packs", "me tocó mi tio",
    "to sendo chantageada com nudes", "meu ex ta espalhando meus nudes", "يبتزنى بصورى", "لمسنى", "واحد كيبتزني",
    "wa7ed kaybtazni", "ada om om minta foto telanjang aku", "mjomba alinigusa vibaya", "m-a atins unchiul meu",
]


# The harm named outright, short, in every language (written for this test, in no labelled set). The model trained
# with batches 51 and 52 (lesson talk: "grooming" in 133 everyday messages and 32 disclosures, none of them short)
# put "he is grooming my daughter" at 0.05 and vetoed "nadhani ninafanyiwa grooming"; batch 53's named disclosures
# brought them back (bench/README.md, "Batches 51-53").
NAMED = [
    "a guy is grooming me on discord", "i think im being groomed", "i got sextorted", "he is grooming my daughter",
    "someone made a deepfake of me", "nadhani ninafanyiwa grooming", "aku kena sextortion",
    "aku lagi di-grooming sama om om", "je suis victime de sextorsion", "un mec me fait du grooming sur insta",
    "estoy sufriendo sextorsion", "me estan haciendo grooming", "to sofrendo sextorsao",
    "um cara ta fazendo grooming comigo", "sunt santajata", "cineva imi face grooming pe discord", "ana mabtazza",
    "في واحد بيعمل معايا grooming",
]


@pytest.mark.parametrize("text", CLEAR + NAMED)
def test_the_trained_veto_never_drops_a_clear_disclosure(matcher: SafetyMatcher, text: str) -> None:
    assert matcher.model is not None and matcher.model.veto > 0
    assert matcher.disclosure_kind(text) is not None, "the rules alone find it"
    assert matcher.classify(text) == Reading(Signal.DISCLOSURE, matcher.disclosure_kind(text))


# A laughing emoji reads as laughter, which holds most rules back (normalize.py); a child may laugh telling something
# hard, and the model must still hear it. Written for this test, in no labelled set.
NERVOUS_LAUGH = [
    "frr jsuis grille 😂 un mec a ma video il veut 300e sinon il envoie a ma mere",
    "a guy has my video and wants 300 or he sends it to my parents 😂",
    "he says he will post my nudes if i dont pay 😂😂 what do i do",
]


@pytest.mark.parametrize("text", NERVOUS_LAUGH)
def test_a_disclosure_told_with_a_laughing_emoji_still_gets_help(matcher: SafetyMatcher, text: str) -> None:
    reading = matcher.classify(text)
    assert reading is not None and reading.signal is Signal.DISCLOSURE


# Long messages that wander through the day before they disclose, in every language (written for this test, in no
# labelled set): the long veto (LONG_VETO, for messages over LONG_WORDS words) must never drop one. In the Portuguese
# and Romanian ones a harmless word far from the disclosure ("joguei bola", "test la romana") holds the rules back,
# and the model finds them (with the kind the rule would have named: the test after next).
LONG = [
    ('ok so school was fine today we had a maths test and i think i did ok but the real thing is there is '
     'this man from my mums work who keeps messaging me on insta at night saying im mature and he sent me '
     'money and wants me to meet him without telling my mum'),
    ('bon la semaine etait longue avec les controles et le match de hand samedi mais je voulais dire un '
     'truc, il y a un mec qui a mes photos nues et il dit que si je lui envoie pas 200 euros ce soir il '
     'les envoie a tout le lycee et a mes parents'),
    ('hoy fue un dia normal en la escuela, tuvimos educacion fisica y despues fui a comer con mi abuela '
     'pero ya no aguanto, el novio de mi mama me pega cuando ella no esta y me dice que si le cuento a '
     'alguien me va a ir peor'),
    ('mano o dia foi de boa, fui pra escola e depois joguei bola com os moleques, mas tem uma coisa que ta'
     ' me deixando mal, um cara que eu conheci no free fire pegou meus nudes e ta pedindo dinheiro no pix '
     'senao ele manda pra minha familia toda'),
    ('اليوم كان عادي في المدرسة وخلصنا امتحان العلوم ورحت مع صحابي نلعب كورة بس في حاجة مضايقاني جدا في '
     'واحد على الانستا معاه صوري الخاصة وبيهددني انه هينشرها لو مدفعتلوش فلوس ومش عارفة اعمل ايه ومش قادرة'
     ' اقول لاهلي'),
    ('hari ini biasa aja sih di sekolah ada ulangan matematika terus pulangnya makan bakso sama temen, '
     'tapi aku mau cerita ada om om yang kenal di game online dia sering kasih diamond terus sekarang '
     'minta foto aku pake baju tidur dan bilang jangan bilang siapa siapa'),
    ('leo shule ilikuwa sawa tu tulifanya mtihani wa hesabu na baadaye nikacheza mpira na marafiki zangu, '
     'lakini kuna kitu kinanisumbua sana, mjomba wangu ananigusa vibaya usiku wakati mama hayupo na '
     'ananiambia nisimwambie mtu yeyote la sivyo atanipiga'),
    ('azi a fost o zi normala la scoala am avut test la romana si dupa am iesit cu prietenii in parc dar '
     'vreau sa spun ceva, un tip pe care l am cunoscut pe tiktok are poze cu mine dezbracata si zice ca le'
     ' trimite la toata clasa daca nu ii dau bani'),
]


@pytest.mark.parametrize("text", LONG)
def test_the_trained_long_veto_never_drops_a_long_disclosure(matcher: SafetyMatcher, text: str) -> None:
    assert len(fold(text).tokens) > LONG_WORDS
    reading = matcher.classify(text)
    assert reading is not None and reading.signal is Signal.DISCLOSURE


def test_a_model_only_disclosure_gets_general_first_steps(matcher: SafetyMatcher) -> None:
    # Swahili, "he says he will send them to the school group": an item of tests/data/disclosures/sw.yaml (the model
    # was trained on it) that the rules miss.
    said = "anasema atazituma kwa group ya shule"
    assert matcher.disclosure_kind(said) is None  # the rules alone miss it
    assert matcher.classify(said) == Reading(Signal.DISCLOSURE, "general")


@pytest.mark.parametrize(("text", "kind"), [
    (LONG[3], "sextortion"),  # "joguei bola" far away holds the rules back
    (LONG[7], "sextortion"),  # "test la romana" far away
])
def test_a_disclosure_a_harmless_word_held_back_gets_the_steps_its_rule_names(
        matcher: SafetyMatcher, text: str, kind: str) -> None:
    """The model finds it, and the answer's first steps are those of the kind the rule would have named but for the
    harmless word (bench/README.md, "The kind of a disclosure only the model found"), not the general ones."""
    assert matcher.disclosure_kind(text) is None, "a harmless word or laughter holds the rules back"
    assert matcher.classify(text) == Reading(Signal.DISCLOSURE, kind)


def test_the_matcher_gives_the_model_the_concepts_it_found(matcher: SafetyMatcher) -> None:
    """A model whose only weight sits on the concept features of one message: it fires on that message only if the
    matcher passes the concepts the lexicon found (as in training), not on the words alone."""
    said = "my brother sent me a video of his game"
    found = matcher.concepts(said)
    assert len(found) >= 2
    assert matcher.rules_reading(said) == (None, True)  # no rule fired: the model is asked
    weights = [0.0] * (1 << 16)
    for h in concept_features(found):
        weights[h & 0xFFFF] += -10.0 if h >> 31 else 10.0
    only_concepts = DisclosureModel.from_floats(weights, -0.5, threshold=0.5, data_sha256="x", trained="x")
    tokens = fold(said).tokens
    assert only_concepts.probability(tokens) < 0.5 < only_concepts.probability(tokens, found)
    assert replace(matcher, model=only_concepts).classify(said) == Reading(Signal.DISCLOSURE, "general")
    assert replace(matcher, model=only_concepts).classify("what time is the next lesson") is None


def test_the_file_round_trips(matcher: SafetyMatcher) -> None:
    assert matcher.model is not None
    again = DisclosureModel(*parse_model(matcher.model.to_bytes(), "copy"))
    tokens = fold("someone is threatening to post my pics").tokens
    assert again.probability(tokens) == matcher.model.probability(tokens)
    assert again.header == matcher.model.header


def test_a_file_from_before_the_long_veto_reads_with_one_veto_for_all() -> None:
    # bench/disclosure_first_looks.py reads the weights files of older commits, written without the two keys.
    data = re.sub(rb"long_(words|veto): [^\n]*\n", b"", (CONTENT / MODEL_FILE).read_bytes())
    header, _ = parse_model(data, "old")
    assert b"long_" not in data.partition(b"\n\n")[0]
    assert (header.long_words, header.long_veto) == (0, header.veto)
    assert header.veto_for(500) == header.veto


def _broken(tmp_path: Path, data: bytes | None) -> Path:
    content = tmp_path / "content"
    (content / MODEL_FILE).parent.mkdir(parents=True)
    if data is not None:
        (content / MODEL_FILE).write_bytes(data)
    return content


def test_a_missing_weights_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match=r"^content/help/disclosure_model\.bin: file is missing"):
        load_model(_broken(tmp_path, None))


@pytest.mark.parametrize(("damage", "says"), [
    (lambda data: data[: len(data) - 100], "do not match payload_sha256"),
    (lambda data: data.replace(MAGIC.encode(), b"disclosure-model 1", 1), "first line must be"),
    (lambda data: data.replace(b"buckets: ", b"buckets: 3", 1), "is not a power of two"),
    (lambda data: data.replace(b"threshold: ", b"thresh: ", 1), "header lacks threshold"),
    (lambda data: data.replace(b"veto: ", b"vet: ", 1), "header lacks veto"),
    (lambda data: re.sub(rb"veto: [0-9.]+", b"veto: 0.9", data, count=1), "veto must be at least 0 and below the"),
    (lambda data: re.sub(rb"long_veto: [0-9.]+", b"long_veto: 0.01", data), "long_veto must be at least the veto"),
    (lambda data: re.sub(rb"long_words: [0-9]+", b"long_words: -3", data), "long_words must be at least 0"),
    (lambda data: re.sub(rb"long_words: [0-9]+", b"long_words: many", data), "header: invalid literal"),
    (lambda data: b"just text", "no header"),
])
def test_a_broken_weights_file_is_named_with_what_is_wrong(tmp_path: Path, damage: Callable[[bytes], bytes],
                                                           says: str) -> None:
    data = damage((CONTENT / MODEL_FILE).read_bytes())
    with pytest.raises(ContentError, match=r"^content/help/disclosure_model\.bin: ") as error:
        load_model(_broken(tmp_path, data))
    assert says in str(error.value)


def test_without_weights_the_bot_uses_the_rules_alone_and_check_content_fails(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from bot.content.check import check_content
    from bot.settings import Settings

    shutil.copytree(CONTENT, tmp_path / "content")
    shutil.copytree(PROJECT_ROOT / "locales", tmp_path / "locales")
    (tmp_path / "content" / MODEL_FILE).unlink()
    settings = Settings.model_construct(content_dir=tmp_path / "content")
    with caplog.at_level(logging.WARNING):
        assert disclosure_model(settings) is None
    assert "disclosure_model.bin: file is missing" in caplog.text
    errors = check_content(tmp_path / "content", tmp_path / "locales").errors
    assert any(e.startswith("content/help/disclosure_model.bin: file is missing") for e in errors)


def test_the_blind_table_prints_rules_alone_and_with_the_model_and_no_sentence(
        matcher: SafetyMatcher, capsys: pytest.CaptureFixture[str]) -> None:
    """Run on the retired set (never on the blind one here): the table the lead's last blind run will print."""
    from bench.disclosure import DATA_DIR, SETS, blind_table, load_set

    blind_table(matcher, DATA_DIR / SETS["retired"])
    out = capsys.readouterr().out
    assert "| rules: recall |" in out and "| rules+model: recall |" in out
    assert "| rules alone |" in out and "| rules+model |" in out
    assert not any(item.text in out for item in load_set("en", DATA_DIR / SETS["retired"]) if len(item.text) > 12)


def test_the_per_language_threshold_table_holds_each_fold_out(capsys: pytest.CaptureFixture[str]) -> None:
    """bench.disclosure_cv's per-language thresholds (bench/README.md, "Ninth iteration"): a language whose everyday
    messages score high gets a higher threshold than the pooled one, and the held-out sums count every fold once."""
    from bench.disclosure_cv import Scored, _lowest, _per_language, per_language_thresholds

    def fold_items(high_everyday: float) -> list[Scored]:
        items = []
        for language in ("en", "sw"):
            everyday = high_everyday if language == "sw" else 0.55
            items += [Scored(language, False, False, True, everyday)]
            items += [Scored(language, False, False, True, 0.1) for _ in range(99)]
            items += [Scored(language, True, False, True, 0.9), Scored(language, True, True, False, 0.99)]
        return items

    pooled = fold_items(0.95)
    assert _lowest([i for i in pooled if i.language == "en"]) == 0.50  # 1 false alarm in 100: within 1 %
    assert _lowest(pooled) == 0.50
    assert _lowest([Scored("sw", False, False, True, 0.95)] + [Scored("sw", False, False, True, 0.1)] * 50) == 0.96
    noisier = [*pooled, Scored("sw", False, False, True, 0.97)]  # sw: 2 false alarms in 101, pooled 3 in 201
    assert _lowest(noisier) == 0.56
    assert _per_language(noisier, shrink=1.0) == {"en": 0.50, "fr": 0.56, "es": 0.56, "pt": 0.56, "ar": 0.56,
                                                  "id": 0.56, "sw": 0.96, "ro": 0.56}
    assert _per_language(noisier, shrink=0.5)["sw"] == 0.76
    assert set(_per_language(noisier, shrink=0.0).values()) == {0.56}
    per_language_thresholds([("a", fold_items(0.95)), ("b", fold_items(0.95))])
    table = capsys.readouterr().out
    assert "(2 folds, 4 rules' misses, 400 everyday messages)" in table
    assert "| pooled | 0.50 | 4/4 | 4/400 |" in table


def test_the_long_veto_is_chosen_on_long_messages_alone(capsys: pytest.CaptureFixture[str]) -> None:
    """bench.disclosure_cv's veto for long messages: the highest that loses at most 1 in 2,000 of the rules' finds
    over LONG_WORDS words; a short find the model doubts does not hold it back."""
    from bench.disclosure_cv import Scored, choose_long_veto

    long = LONG_WORDS + 1
    finds = [Scored("en", True, True, False, 0.9, words=long) for _ in range(100)]
    alarms = [Scored("en", False, True, False, p, words=long) for p in (0.05, 0.2, 0.3, 0.6)]
    doubted_short_find = Scored("en", True, True, False, 0.02, words=LONG_WORDS)
    folds = [("a", [*finds, *alarms, doubted_short_find]), ("b", [*finds, Scored("en", True, True, False, 0.33,
                                                                                 words=long)])]
    assert choose_long_veto(folds) == 0.33  # 0.34 would lose the long find at 0.33
    table = capsys.readouterr().out
    assert (f"(over {LONG_WORDS} words: 201 disclosures, 4 everyday; the rules find 201 and raise 4 false "
            "alarms)") in table
    assert "| 0.33 | 0/201 | 3/4 |" in table and "| 0.34 | 1/201 | 3/4 |" in table


def test_no_blind_set_is_ever_training_data() -> None:
    """Every blind set in tests/data/ (disclosures_blind3/, 4/, 5/ ...) stays out of the trainer's sets: a model that
    had seen one would make its runs worthless."""
    from bench.disclosure import SETS
    from bot.devtools.train_disclosure_model import DATA_DIR, TRAINING_SETS

    blind = {path.name for path in DATA_DIR.iterdir() if path.name.startswith("disclosures_blind")}
    # every set the benchmark scores blind, spent or not, is on disk (bench/disclosure.py SETS names each once)
    assert {name for name in SETS.values() if name.startswith("disclosures_blind")} <= blind
    assert len(blind) >= 15
    assert not blind & set(TRAINING_SETS)
    assert all((DATA_DIR / name).is_dir() and "blind" not in name for name in TRAINING_SETS)


def test_the_veto_is_the_highest_that_loses_at_most_one_find_in_2000(capsys: pytest.CaptureFixture[str]) -> None:
    """bench.disclosure_cv's veto (bench/README.md, "The model's veto"): lost finds are the rules' disclosures whose
    probability is below the veto; the leave-one-fold-out sums count every fold once."""
    from bench.disclosure_cv import Scored, _highest_veto, _vetoed, choose_veto

    found = [Scored("en", True, True, False, p) for p in [0.9] * 3997 + [0.045, 0.045, 0.055]]
    alarms = [Scored("en", False, True, False, p) for p in (0.005, 0.03, 0.055, 0.5)]
    items = found + alarms
    assert _vetoed(items, 0.05) == (2, 2)
    assert _highest_veto(items) == 0.05  # 2 of 4,000 lost: 1 in 2,000
    assert _highest_veto([*items, Scored("en", True, True, False, 0.02)]) == 0.04  # 0.05 would lose 3
    assert _highest_veto([Scored("en", True, True, False, 0.001), *alarms]) == 0.0  # nothing may be lost
    choose_veto([("a", items), ("b", items)])
    out = capsys.readouterr().out
    assert "| 0.05 | 4/8000 | 4/8 |" in out and "| 0.06 | 6/8000 | 6/8 |" in out
    assert "Leave one fold out: 4/8000 finds lost, 4/8 false alarms dropped" in out


def test_the_threshold_is_chosen_on_the_folds_trained_like_todays_model() -> None:
    """bench.disclosure_cv chooses the threshold and the veto on the folds whose models were trained on at least 80 %
    of today's examples (bench/README.md, "Batches 48-50"), walking back from the newest fold and stopping after five
    in a row below the cut; a fold of a batch that had fewer examples than the one before it stays in."""
    from bench.disclosure_cv import Scored, recent_folds

    sizes = {"a": 100, "b": 900, "c": 1000, "d": 400, "e": 300, "f": 850, "g": 950, "h": 1000}
    folds = [(name, [Scored("en", True, False, True, 0.5)]) for name in sizes]
    asked: list[str] = []

    def size_of(name: str) -> int:
        asked.append(name)
        return sizes[name]

    assert [name for name, _ in recent_folds(folds, 1000, size_of)] == ["b", "c", "f", "g", "h"]
    assert [name for name, _ in recent_folds(folds, 1000, sizes.__getitem__, share=0.96)] == ["c", "h"]
    gap = [(name, []) for name in "zyxwv"]  # five folds in a row below the cut: the walk stops there
    tiny = {**sizes, **dict.fromkeys("zyxwv", 1)}
    assert [name for name, _ in recent_folds([*folds[:-1], *gap, folds[-1]], 1000, tiny.__getitem__)] == ["h"]
    assert asked == list(reversed(sizes))  # the walk asks each fold's size once, newest first


def test_cached_folds_are_reused_only_under_the_same_trainer_code(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """bench.disclosure_cv --cache: a fold scored before is reused while the trainer's code is the same (a new batch
    costs only its own folds), and every fold is scored again once that code changes; the folds come back in
    BATCHES order whatever was cached."""
    import bench.disclosure_cv as cv

    scored_now: list[str] = []

    def score(work: Path, batches: tuple[tuple[str, str], ...],
              jobs: int) -> list[tuple[str, list[cv.Scored], int]]:
        scored_now.extend(commit for commit, _ in batches)
        return [(commit, [cv.Scored("en", True, False, True, 0.5)], 100 * len(scored_now)) for commit, _ in batches]

    monkeypatch.setattr(cv, "rules_as_they_were", score)
    monkeypatch.setattr(cv, "BATCHES", (("aaa", "disclosures_dev"), ("bbb", "disclosures_train")))
    cache = tmp_path / "cv.json"
    folds, sizes = cv.cached_folds(cache, tmp_path, 2)
    assert [name for name, _ in folds] == ["aaa", "bbb"]
    assert scored_now == ["aaa", "bbb"]
    assert sizes == {"aaa": 200, "bbb": 200}

    monkeypatch.setattr(cv, "BATCHES", (("aaa", "disclosures_dev"), ("ccc", "disclosures_train"),
                                        ("bbb", "disclosures_train")))
    folds, sizes = cv.cached_folds(cache, tmp_path, 2)
    assert scored_now == ["aaa", "bbb", "ccc"]  # only the new batch
    assert [name for name, _ in folds] == ["aaa", "ccc", "bbb"]
    assert folds[0][1] == [cv.Scored("en", True, False, True, 0.5)]
    assert sizes == {"aaa": 200, "bbb": 200, "ccc": 300}  # the cached folds' training sizes come back with them

    monkeypatch.setattr(cv, "trainer_fingerprint", lambda: "other code")
    cv.cached_folds(cache, tmp_path, 2)
    assert scored_now[3:] == ["aaa", "ccc", "bbb"]

    cache.write_text('[["aaa", [["en", true, false, true, 0.5]]]]')  # the cache's format before 2026-12-05
    cv.cached_folds(cache, tmp_path, 2)
    assert scored_now[6:] == ["aaa", "ccc", "bbb"]

    stored = json.loads(cache.read_text())
    del stored["sizes"]  # the format before 2026-12-06: no training sizes
    cache.write_text(json.dumps(stored))
    cv.cached_folds(cache, tmp_path, 2)
    assert scored_now[9:] == ["aaa", "ccc", "bbb"]


def test_the_folds_fingerprint_follows_training_not_the_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cached fold is reused after the threshold or the veto changes (they are chosen from the folds, not used to
    score them), and scored again when a training setting changes."""
    import bench.disclosure_cv as cv
    import bot.devtools.train_disclosure_model as train_module

    before = cv.trainer_fingerprint()
    monkeypatch.setattr(train_module, "THRESHOLD", 0.5)
    monkeypatch.setattr(train_module, "VETO", 0.2)
    assert cv.trainer_fingerprint() == before
    monkeypatch.setattr(train_module, "L2", train_module.L2 * 10)
    assert cv.trainer_fingerprint() != before


def test_held_out_verdicts_apply_the_veto_to_rule_finds_and_the_threshold_to_the_rest() -> None:
    """bench.disclosure_held_out: a rule's find stands unless the model is below the veto; a message no rule found
    is a disclosure when it may be asked and the model reaches the threshold."""
    from bench.disclosure_cv import Scored
    from bench.disclosure_held_out import verdicts

    items = [
        Scored("en", True, True, False, 0.05),  # rule find, vetoed at 0.08, kept at 0.02
        Scored("en", True, False, True, 0.80),  # found by the model at 0.73
        Scored("en", True, False, False, 0.99),  # a help phrase: never asked
        Scored("en", True, True, False, 0.50),  # rule find, kept
        Scored("en", False, True, False, 0.03),  # rule false alarm, vetoed at 0.08
        Scored("en", False, False, True, 0.75),  # model false alarm at 0.73, not at 0.76
    ]
    def vetoes(veto: float, long_words: int = 0, long_veto: float = 0.0) -> Header:
        return Header("x", "x", "x", 16, 0.0, 1.0, 0.9, veto, long_words, max(veto, long_veto))

    assert verdicts([("a", items)], 0.73, vetoes(0.02)) == (0.75, 1.0)
    assert verdicts([("a", items)], 0.73, vetoes(0.08)) == (0.5, 0.5)
    assert verdicts([("a", items[:2]), ("b", items[2:])], 0.76, vetoes(0.08)) == (0.5, 0.0)
    # A long rule find (more words than long_words) meets the long veto; the short ones keep the veto.
    long_find = replace(items[3], words=31)
    assert verdicts([("a", [*items, long_find])], 0.73, vetoes(0.02, 30, 0.6)) == (0.6, 1.0)  # 3 of 5 found


def test_a_batch_fold_holds_only_the_items_its_commit_added(tmp_path: Path) -> None:
    """bench.disclosure_cv.added_examples (the folds of disclosure_cv and disclosure_first_looks): the items a commit
    added to one set, borderline apart; a language file the commit left as it was adds nothing."""
    from bench.disclosure_cv import added_examples

    def tree(name: str, files: dict[str, str]) -> Path:
        folder = tmp_path / name / "disclosures_train"
        folder.mkdir(parents=True)
        for language, text in files.items():
            (folder / f"{language}.yaml").write_text(text, encoding="utf-8")
        return tmp_path / name

    same = 'disclosures:\n  - {text: "he has my pics", kind: sextortion}\neveryday: []\n'
    old = tree("old", {"en": same, "fr": 'disclosures: []\neveryday:\n  - {text: "mon chat dort"}\n'})
    new = tree("new", {"en": same, "fr": 'disclosures:\n  - {text: "il me menace", kind: threat}\n'
                       '  - {text: "un mec en ligne veut me voir", kind: grooming, borderline: true}\n'
                       'everyday:\n  - {text: "mon chat dort"}\n  - {text: "ma mere cuisine"}\n',
                       "ro": 'disclosures: []\neveryday:\n  - {text: "ma bate la sah"}\n'})
    added = added_examples(old, new, "disclosures_train")
    assert [(language, e.text, e.disclosure) for language, e in added] == [
        ("fr", "il me menace", True), ("fr", "ma mere cuisine", False), ("ro", "ma bate la sah", False)]
