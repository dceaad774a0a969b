"""Co-occurrence rules: a disclosure is recognised when concepts appear together in one message ("a threat or a
demand" with "images"; "a secret" with "an adult"), not when one risky word appears alone."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.content.help import SafetyRule

# Concepts the normaliser adds itself rather than a word list.
EMPHATIC = "EMPHATIC"


@dataclass(frozen=True)
class Rule:
    kind: str
    when: tuple[frozenset[str], ...]  # every term needed; a term is satisfied by any of its concepts
    unless: frozenset[str]
    max_words: int | None

    @classmethod
    def compile(cls, rule: SafetyRule) -> Rule:
        return cls(
            rule.kind,
            tuple(frozenset(term.split("|")) for term in rule.when),
            frozenset(c for term in rule.unless for c in term.split("|")),
            rule.max_words,
        )

    def holds(self, found: set[str], words: int) -> bool:
        if self.max_words is not None and words > self.max_words:
            return False
        return all(not term.isdisjoint(found) for term in self.when) and self.unless.isdisjoint(found)


class RuleBook:
    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = tuple(rules)
        # Only rules whose first term meets a concept found can hold: index them by those concepts.
        self._by_concept: dict[str, list[int]] = {}
        for index, rule in enumerate(self.rules):
            for concept in rule.when[0]:
                self._by_concept.setdefault(concept, []).append(index)

    @classmethod
    def compile(cls, rules: Iterable[SafetyRule]) -> RuleBook:
        return cls(Rule.compile(r) for r in rules)

    def first(self, found: set[str], words: int) -> Rule | None:
        """The first rule that holds (the file lists the most specific first), or None."""
        candidates = sorted({i for concept in found for i in self._by_concept.get(concept, ())})
        return next((self.rules[i] for i in candidates if self.rules[i].holds(found, words)), None)
