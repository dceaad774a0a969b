"""Recognises help, stop and disclosure words in any locale, whatever the person's own language."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.content.help import SafetyWords
from bot.services.text_match import normalize

# A help word inside a message this short is a call for help ("please help", "help!!").
_SHORT_MESSAGE_WORDS = 4


class Signal(StrEnum):
    HELP = "help"
    STOP = "stop"
    DISCLOSURE = "disclosure"


@dataclass(frozen=True)
class SafetyMatcher:
    help_phrases: frozenset[str]
    stop_phrases: frozenset[str]
    disclosure_phrases: tuple[str, ...]

    @classmethod
    def from_words(cls, words: SafetyWords) -> SafetyMatcher:
        def flat(table: dict[str, list[str]]) -> set[str]:
            return {normalize(w) for items in table.values() for w in items if normalize(w)}

        return cls(
            frozenset(flat(words.help)),
            frozenset(flat(words.stop)),
            tuple(sorted(flat(words.disclosure), key=len, reverse=True)),
        )

    def classify(self, text: str) -> Signal | None:
        """Disclosure first (it needs the warmest answer), then help, then stop."""
        norm = normalize(text)
        if not norm:
            return None
        padded = f" {norm} "
        if any(f" {phrase} " in padded for phrase in self.disclosure_phrases):
            return Signal.DISCLOSURE
        if norm in self.help_phrases:
            return Signal.HELP
        tokens = norm.split()
        if len(tokens) <= _SHORT_MESSAGE_WORDS and any(
            f" {phrase} " in padded for phrase in self.help_phrases
        ):
            return Signal.HELP
        if norm in self.stop_phrases:
            return Signal.STOP
        return None
