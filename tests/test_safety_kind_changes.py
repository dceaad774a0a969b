"""Kind changes (content/help/safety/rules.yaml `kind_changes`): a disclosure a rule names is answered with another
kind's first steps when the message says so (a threat from someone at home gets the abuse steps), and whether a
disclosure is recognised never changes."""

from __future__ import annotations

import pytest

from bot.content.catalog import load_catalog
from bot.content.help import SafetyContent, SafetyKindChange
from bot.services.safety import SafetyMatcher
from bot.services.safety.rules import Rule, RuleBook
from bot.settings import PROJECT_ROOT


@pytest.fixture(scope="module")
def content() -> SafetyContent:
    return load_catalog(PROJECT_ROOT / "content").safety


def _book() -> RuleBook:
    threat = Rule("threat", (("KILL",), ("TELL",)), (), None)
    image = Rule("image_shared", (("SHARE",), ("IMAGE",)), (), None)
    change = SafetyKindChange(kind="threat", becomes="abuse", when=["RELATIVE"], unless=["PLATFORM"], why="a test")
    return RuleBook([threat, image], (), [(change.kind, Rule.compile(change))])


def test_a_kind_change_answers_the_rule_with_another_kind() -> None:
    book = _book()
    assert book.kind({"KILL", "TELL"}, 5) == "threat"
    assert book.kind({"KILL", "TELL", "RELATIVE"}, 5) == "abuse"
    assert book.kind({"KILL", "TELL", "RELATIVE", "PLATFORM"}, 5) == "threat"  # its unless keeps the rule's kind


def test_a_kind_change_applies_only_to_its_own_kind_and_never_makes_a_disclosure() -> None:
    book = _book()
    assert book.kind({"SHARE", "IMAGE", "RELATIVE"}, 5) == "image_shared"
    assert book.kind({"RELATIVE"}, 5) is None
    assert book.kind({"KILL", "RELATIVE"}, 5) is None


@pytest.mark.parametrize(("change", "error"), [
    ({"kind": "threat", "becomes": "abuse", "when": ["RELATIVEE"], "why": "a misspelt concept"}, "RELATIVEE"),
    ({"kind": "threat", "becomes": "threat", "when": ["RELATIVE"], "why": "no change"}, "the kind it changes"),
])
def test_a_broken_kind_change_is_refused(content: SafetyContent, change: dict[str, object], error: str) -> None:
    data = content.rules.model_dump()
    data["kind_changes"].append(change)
    with pytest.raises(ValueError, match=error):
        type(content.rules).model_validate(data)


@pytest.mark.parametrize(("text", "kind"), [
    # someone at home or in the child's life: the abuse steps (tell an adult who is not the one threatening you)
    ("mi padrastro me dijo q si le cuento a mi mama la mata a ella primero", "abuse"),
    ("meu padrasto disse q se eu contar pra minha mae ele mata ela primeiro", "abuse"),
    ("mon oncle a dit que si je raconte il tue ma mere", "abuse"),
    ("ابن عمي قال اذا حكيت لحدا رح يقتل امي", "abuse"),
    ("papah tiri bilang kalo aku cerita sm mama, mama yg bakal dibunuh", "abuse"),
    ("sepupuku bilang kalo aku cerita dia bakal bunuh aku", "abuse"),
    ("o vizinho fica me espiando pela janela quando eu to no banho", "abuse"),
    # online, or a parent or a teacher the child would tell: the threat steps (don't reply, block, tell an adult)
    ("un mec sur insta dit qu'il va me tuer", "threat"),
    ("he said id regret it if i told the teacher", "threat"),
    ("me dijo que me voy a arrepentir si le cuento a mi mama", "threat"),
])
def test_the_steps_follow_who_threatens(matcher: SafetyMatcher, text: str, kind: str) -> None:
    assert matcher.disclosure_kind(text) == kind
