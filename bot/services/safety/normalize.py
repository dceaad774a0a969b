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
# Leet and Indonesian alay: digits standing for the Latin letters they look like (4ku d1anc4m, p0t0, s3x, n00ds).
# 0, 1 and 4 are not Arabizi letters, so a message with one of them inside a word is read as leet throughout
# (its 3 is e, not the Arabic ain); amounts and sizes (10k, 500rb, 4k) stay as they are. Inside means between
# letters or before two: a code or a model ending in digits (ps4, iphone14, D17) is not leet, and one in a Tunisian
# message had turned its wa7ed and t9oul into leet.
_LEET = str.maketrans("013456789", "oieasgtbg")
_LEET_SIGN = re.compile(r"[a-z][014]+[a-z]|(?<![a-z0-9])[014][a-z]{2}")
_AMOUNT = re.compile(r"\d+(k|rb|jt|m|mb|gb|p|h|hrs|yo|y|yr|yrs|st|nd|rd|th|ksh|usd|lei|dh)?")
# Indonesian writes a repeated word with a 2 (cowok2, temen2, dimana2), also before an ending (sebar2in,
# begitu2an, temen2nya): the word once, with its ending.
_REDUPLICATED = re.compile(r"([a-z]{2,})2(an|in|nya|ku|mu|kan)?")
_LATIN_LETTER = re.compile("[a-z]")
_REPEATED = re.compile(r"([^\W\d_])\1{2,}")  # three or more of the same letter: "pleaseee", "خايفففة"
_TOKEN = re.compile(r"\w+")
# Portuguese laughter ("kkkk", "kkkkkk") folds to "k": a laugh, not letters drawn out in strong feeling.
_LAUGH_RUN = "k"
# Laughing emoji are read as the word "lol" (the lexicon's LAUGH), not dropped with the other symbols: "im gonna end
# him 😂" is a joke as much as "im gonna end him lol". Not 😅 (an awkward laugh, also typed by a child telling
# something hard) nor 😭 (crying, or laughing: it cannot be told). bench/README.md, "Batch 55".
_LAUGHING_EMOJI = re.compile("[\U0001F602\U0001F923\U0001F639\U0001F480\U0001F606]")  # 😂 🤣 😹 💀 😆


@dataclass(frozen=True)
class Folded:
    tokens: tuple[str, ...]
    emphatic: bool  # letters drawn out ("meeee", "خايفففة", tatweel): a sign of strong feeling
    # The positions of tokens read from Arabizi digits (7it, wa7ed, ba3at): Arabic words, which the lexicon looks up
    # only among the words of the languages written in Arabizi. Darija "7it" (because) reads "hit".
    arabizi: frozenset[int] = frozenset()


def _arabizi(token: str, leet: bool) -> tuple[str, bool]:
    """The token with its digits read as letters, and whether they were Arabizi ones."""
    if token.isdigit() or not _LATIN_LETTER.search(token) or _AMOUNT.fullmatch(token):
        return token, False
    reduplicated = _REDUPLICATED.fullmatch(token)
    if reduplicated:
        return reduplicated.group(1) + (reduplicated.group(2) or ""), False
    if leet:
        return token.translate(_LEET), False
    if _ARABIZI_DIGIT.search(token):
        return "".join(_ARABIZI.get(ch, ch) for ch in token), True
    return token, False


def fold(text: str) -> Folded:
    """Laughing emoji as "lol"; casefold; drop accents, Arabic diacritics and tatweel; unify Arabic letter variants
    and digits; split on anything that is not a letter or digit (apostrophes too: "j'ai" is "j ai"); shorten runs of
    three or more equal letters to one; read Arabizi (or leet) digits as letters, marking the tokens read from
    Arabizi."""
    emphatic = _TATWEEL in text
    decomposed = unicodedata.normalize("NFKD", _LAUGHING_EMOJI.sub(" lol ", text).casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch) and ch != _TATWEEL)
    tokens = []
    raws = _TOKEN.findall(stripped.translate(_ARABIC).translate(_DIGITS).replace("_", " "))
    leet = any(_LEET_SIGN.search(raw) and not _AMOUNT.fullmatch(raw) for raw in raws)
    arabizi: set[int] = set()
    for raw in raws:
        # Runs are shortened before Arabizi digits are read: "ba3at" (sent) is "baaat", not "bat".
        shortened, runs = _REPEATED.subn(r"\1", raw)
        token, is_arabizi = _arabizi(shortened, leet)
        if not is_arabizi:
            token, more = _REPEATED.subn(r"\1", token)  # leet: "n000dz" is "nooodz" before it is "nodz"
            runs += more
        else:
            arabizi.add(len(tokens))
        emphatic = emphatic or (runs > 0 and token != _LAUGH_RUN)
        # French "j'ai" typed with the apostrophe is "jai", as most children type it: the "ai" left alone would
        # be English "AI" in every French sentence.
        if token == "ai" and tokens and tokens[-1] == "j":
            tokens[-1] = "jai"
            continue
        tokens.append(token)
    return Folded(tuple(tokens), emphatic, frozenset(arabizi))


def fold_words(text: str) -> tuple[str, ...]:
    return fold(text).tokens

