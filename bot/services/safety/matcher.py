"""Help, stop or a disclosure (and what kind), from one message, whatever the person's own language."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.content.help import SafetyContent, WordFamily
from bot.services.safety.lexicon import Lexicon
from bot.services.safety.model import DisclosureModel
from bot.services.safety.normalize import Folded, fold
from bot.services.safety.rules import EMPHATIC, RuleBook

# A help word inside a message this short is a call for help ("please help", "help!!").
_SHORT_MESSAGE_WORDS = 4


class Signal(StrEnum):
    HELP = "help"
    STOP = "stop"
    DISCLOSURE = "disclosure"


@dataclass(frozen=True)
class Reading:
    signal: Signal
    kind: str | None = None  # for a disclosure: sextortion, image_shared, ai_image, grooming, abuse, threat, general


def _phrases(families: list[list[WordFamily]]) -> frozenset[str]:
    return frozenset(
        " ".join(fold(entry).tokens) for group in families for family in group for entry in family.words
    ) - {""}


@dataclass(frozen=True)
class SafetyMatcher:
    lexicon: Lexicon
    rules: RuleBook
    help_phrases: frozenset[str]
    stop_phrases: frozenset[str]
    # The statistical second opinion (model.py), asked when the rules found nothing and the message is not a help or
    # stop phrase; None: rules alone.
    model: DisclosureModel | None = None
    # (concept, the concepts it takes back), in rules.yaml's order: "no es broma" is no joke (SafetyCancel).
    cancels: tuple[tuple[str, frozenset[str]], ...] = ()

    @classmethod
    def from_content(cls, content: SafetyContent, model: DisclosureModel | None = None) -> SafetyMatcher:
        languages = list(content.languages.values())
        rules = content.rules.rules
        doubts = content.rules.doubts
        # Concepts that only make a message harmless (a rule's `unless`, a doubt's `when`) must be meant, never
        # found through a typo; the ones that can make it a disclosure may be misspelt.
        needed = {c for rule in rules for term in rule.when for c in term.split("|")}
        needed |= {c for doubt in doubts for term in doubt.unless for c in term.split("|")}
        vetoes = {c for rule in rules for term in rule.unless for c in term.split("|")}
        vetoes |= {c for doubt in doubts for term in doubt.when for c in term.split("|")}
        vetoes -= needed
        return cls(
            Lexicon(languages, content.rules.concepts, exact_concepts=vetoes),
            RuleBook.compile(content.rules.rules, doubts, content.rules.kind_changes),
            _phrases([language.help for language in languages]),
            _phrases([language.stop for language in languages]),
            model,
            tuple((c.concept, frozenset(c.cancels)) for c in content.rules.cancels),
        )

    def _concepts(self, folded: Folded) -> set[str]:
        found = self.lexicon.concepts_in(folded.tokens, folded.arabizi)
        if folded.emphatic:
            found.add(EMPHATIC)
        for concept, cancelled in self.cancels:
            if concept in found:
                found -= cancelled
        return found

    def concepts(self, text: str) -> set[str]:
        """The concepts found in a message (for tests and for explaining a verdict)."""
        return self._concepts(fold(text))

    def _kind(self, folded: Folded) -> str | None:
        return self.rules.kind(self._concepts(folded), len(folded.tokens)) if folded.tokens else None

    def disclosure_kind(self, text: str) -> str | None:
        return self._kind(fold(text))

    def rules_reading(self, text: str) -> tuple[Reading | None, bool]:
        """The rules' reading alone, and whether the model may still be asked (no rule found a disclosure, not a
        help or stop phrase; a doubt holds the rules back, not the model: bench/README.md, "Doubts and the
        model")."""
        reading, ask_model, _ = self._rules(fold(text))
        return reading, ask_model

    def _rules(self, folded: Folded) -> tuple[Reading | None, bool, set[str]]:
        """The rules' reading, whether the model may be asked, and the concepts found (the model weighs them)."""
        if not folded.tokens:
            return None, False, set()
        found = self._concepts(folded)
        kind = self.rules.kind(found, len(folded.tokens))
        if kind is not None:
            return Reading(Signal.DISCLOSURE, kind), False, found
        phrase = self._phrase_reading(folded)
        return phrase, phrase is None, found

    def _phrase_reading(self, folded: Folded) -> Reading | None:
        """A help or stop phrase, or nothing."""
        norm = " ".join(folded.tokens)
        if norm in self.help_phrases:
            return Reading(Signal.HELP)
        padded = f" {norm} "
        if len(folded.tokens) <= _SHORT_MESSAGE_WORDS and any(f" {p} " in padded for p in self.help_phrases):
            return Reading(Signal.HELP)
        if norm in self.stop_phrases:
            return Reading(Signal.STOP)
        return None

    def classify(self, text: str) -> Reading | None:
        """Disclosure first (it needs the warmest answer), then help, then stop; then, when the rules found
        nothing (a doubt may have held them back), the model's second opinion: a disclosure with the first steps of
        the kind a rule would have named but for a harmless word or a doubt, else general ones. A rule's disclosure
        that the model is all but sure is everyday talk (below its veto) is dropped: the message is read as if no
        rule had fired, help and stop phrases included (bench/README.md, "The model's veto")."""
        folded = fold(text)
        reading, ask_model, found = self._rules(folded)
        if self.model is None:
            return reading
        if ask_model and self.model.says_disclosure(folded.tokens, found):
            return Reading(Signal.DISCLOSURE, self.rules.kind_held_back(found, len(folded.tokens)) or "general")
        if reading is not None and reading.signal is Signal.DISCLOSURE and self.model.says_harmless(folded.tokens,
                                                                                                      found):
            return self._phrase_reading(folded)
        return reading

    def disclosure_kind_with_model(self, text: str) -> str | None:
        """As disclosure_kind, with the model's second opinion (for the benchmark and tests)."""
        reading = self.classify(text)
        return reading.kind if reading is not None and reading.signal is Signal.DISCLOSURE else None
