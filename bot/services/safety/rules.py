"""Co-occurrence rules: a disclosure is recognised when concepts appear together in one message ("a threat or a
demand" with "images"; "a secret" with "an adult"), not when one risky word appears alone; and doubts, harmless
readings that outweigh every rule ("what should someone do if...", "my mom will kill me", the news) unless the
message shows the writer is involved after all."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bot.content.help import SafetyDoubt, SafetyKindChange, SafetyRule
from bot.services.safety.sharing import tuple_sharer

# Concepts the normaliser adds itself rather than a word list.
EMPHATIC = "EMPHATIC"


@dataclass(frozen=True)
class Rule:
    kind: str
    # Sets of concepts as sorted tuples (sharing.py: a tenth of the memory of 1,400 frozensets), tested against the
    # found set, which does the lookups.
    when: tuple[tuple[str, ...], ...]  # every term needed; a term is satisfied by any of its concepts
    unless: tuple[str, ...]
    max_words: int | None

    @classmethod
    def compile(cls, rule: SafetyRule | SafetyDoubt | SafetyKindChange,
                share: Callable[[Iterable[str]], tuple[str, ...]] | None = None) -> Rule:
        """`share`: gives one object for equal sets of concepts (200 rules name the same 170 concepts)."""
        share = share or tuple_sharer()
        when = tuple(share(map(sys.intern, term.split("|"))) for term in rule.when)
        unless = share(sys.intern(c) for term in rule.unless for c in term.split("|"))
        if isinstance(rule, SafetyDoubt):
            return cls(rule.name, when, unless, None)
        if isinstance(rule, SafetyKindChange):
            return cls(rule.becomes, when, unless, None)
        return cls(rule.kind, when, unless, rule.max_words)

    def holds(self, found: set[str], words: int) -> bool:
        return self.would_hold(found, words) and found.isdisjoint(self.unless)

    def would_hold(self, found: set[str], words: int) -> bool:
        """Holds but for its `unless`."""
        if self.max_words is not None and words > self.max_words:
            return False
        return all(not found.isdisjoint(term) for term in self.when)


class RuleBook:
    def __init__(self, rules: Iterable[Rule], doubts: Iterable[Rule] = (),
                 kind_changes: Iterable[tuple[str, Rule]] = ()) -> None:
        self.rules = tuple(rules)
        self.doubts = tuple(doubts)
        # (the kind a rule names, the change whose `kind` is the kind the answer gives), in the file's order
        self.kind_changes = tuple(kind_changes)
        self._by_concept = _by_first_term(self.rules)
        self._doubts_by_concept = _by_first_term(self.doubts)

    @classmethod
    def compile(cls, rules: Iterable[SafetyRule], doubts: Iterable[SafetyDoubt] = (),
                kind_changes: Iterable[SafetyKindChange] = ()) -> RuleBook:
        share = tuple_sharer()
        return cls((Rule.compile(r, share) for r in rules), (Rule.compile(d, share) for d in doubts),
                   ((c.kind, Rule.compile(c, share)) for c in kind_changes))

    def doubt(self, found: set[str]) -> Rule | None:
        """The first doubt that holds: the message reads as harmless whatever rule it meets."""
        candidates = _candidates(self._doubts_by_concept, found)
        return next((self.doubts[i] for i in candidates if self.doubts[i].holds(found, 0)), None)

    def first(self, found: set[str], words: int) -> Rule | None:
        """The first rule that holds (the file lists the most specific first), or None; None too when a doubt
        holds."""
        candidates = _candidates(self._by_concept, found)
        rule = next((self.rules[i] for i in candidates if self.rules[i].holds(found, words)), None)
        if rule is None or self.doubt(found) is not None:
            return None
        return rule

    def kind(self, found: set[str], words: int) -> str | None:
        """The kind of disclosure the first rule names (None: no disclosure), as the first kind change that holds
        answers it."""
        rule = self.first(found, words)
        return None if rule is None else self._changed(rule, found, words)

    def kind_held_back(self, found: set[str], words: int) -> str | None:
        """The kind the first rule would name but for its `unless` and the doubts: for a message the model reads as
        a disclosure that a harmless word held the rules back from (bench/README.md, "The kind of a disclosure only
        the model found")."""
        candidates = _candidates(self._by_concept, found)
        rule = next((self.rules[i] for i in candidates if self.rules[i].would_hold(found, words)), None)
        return None if rule is None else self._changed(rule, found, words)

    def _changed(self, rule: Rule, found: set[str], words: int) -> str:
        change = next((c for kind, c in self.kind_changes if kind == rule.kind and c.holds(found, words)), None)
        return change.kind if change else rule.kind


def _by_first_term(rules: tuple[Rule, ...]) -> dict[str, tuple[int, ...]]:
    """The rules' indices by the concepts of their first term: only a rule whose first term meets a concept found
    can hold (every rule and doubt has a term). Doubts too: testing all 55 against every message was 24 µs."""
    indices: dict[str, list[int]] = {}
    for index, rule in enumerate(rules):
        for concept in rule.when[0]:
            indices.setdefault(concept, []).append(index)
    return {concept: tuple(each) for concept, each in indices.items()}


def _candidates(by_concept: dict[str, tuple[int, ...]], found: set[str]) -> list[int]:
    """The indices of the rules that may hold, in the file's order (the first that holds wins)."""
    return sorted({i for concept in found for i in by_concept.get(concept, ())})
