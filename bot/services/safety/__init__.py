"""Recognising help, stop and a child in trouble in free text, in any language, the way young people write.

normalize.py folds text into tokens (case, accents, Arabic letter variants, Arabizi digits, repeated letters);
lexicon.py finds the concepts each word or phrase stands for (whole words, stems, roots, typo tolerance);
rules.py combines concepts into a disclosure of some kind; matcher.py puts them together."""

from bot.services.safety.matcher import Reading, SafetyMatcher, Signal

__all__ = ["Reading", "SafetyMatcher", "Signal"]
