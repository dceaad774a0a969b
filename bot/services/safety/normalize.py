"""Folds a message into the tokens the lexicon is written in: one function for the words in content files and
for what people type, so both sides always agree."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_TATWEEL = "\u0640"
# Arabic letters typed interchangeably: alef maqsura / ya, ta marbuta / ha, Persian and Urdu keyboard forms.
# Hamza seats (أ إ آ ؤ ئ) lose their hamza with the other combining marks.
_ARABIC = str.maketrans({"ى": "ي", "ة": "ه", "ٱ": "ا", "ی": "ي", "ک": "ك", "گ": "ك", "ڤ": "ف", "پ": "ب"})
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# Arabizi: digits standing for Arabic letters inside Latin words (wa7ed, 5ayfa, 3ayez, sa2al, 9a7bi).
_ARABIZI = {"2": "a", "3": "a", "5": "kh", "7": "h", "9": "s", "6": "t", "8": "gh"}
_ARABIZI_DIGIT = re.compile("[2356789]")
_LATIN_LETTER = re.compile("[a-z]")
_REPEATED = re.compile(r"([^\W\d_])\1{2,}")  # three or more of the same letter: "pleaseee", "خايفففة"
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class Folded:
    tokens: tuple[str, ...]
    emphatic: bool  # letters drawn out ("meeee", "خايفففة", tatweel): a sign of strong feeling


def _arabizi(token: str) -> str:
    if _ARABIZI_DIGIT.search(token) and _LATIN_LETTER.search(token) and not token.isdigit():
        return "".join(_ARABIZI.get(ch, ch) for ch in token)
    return token


def fold(text: str) -> Folded:
    """Casefold; drop accents, Arabic diacritics and tatweel; unify Arabic letter variants and digits; split on
    anything that is not a letter or digit (apostrophes too: "j'ai" is "j ai"); read Arabizi digits as letters;
    shorten runs of three or more equal letters to one."""
    emphatic = _TATWEEL in text
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch) and ch != _TATWEEL)
    tokens = []
    for raw in _TOKEN.findall(stripped.translate(_ARABIC).translate(_DIGITS).replace("_", " ")):
        token, runs = _REPEATED.subn(r"\1", _arabizi(raw))
        emphatic = emphatic or runs > 0
        tokens.append(token)
    return Folded(tuple(tokens), emphatic)


def fold_words(text: str) -> tuple[str, ...]:
    return fold(text).tokens

