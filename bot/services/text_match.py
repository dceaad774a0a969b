"""Text normalisation for matching words typed in any of the five languages."""

from __future__ import annotations

import re
import unicodedata

_TATWEEL = "\u0640"
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})
_NOT_WORD = re.compile(r"[^\w']+")


def normalize(text: str) -> str:
    """Casefold, drop accents and Arabic diacritics, unify apostrophes, collapse punctuation to spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_APOSTROPHES))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch) and ch != _TATWEEL)
    return " ".join(_NOT_WORD.sub(" ", stripped).split())
