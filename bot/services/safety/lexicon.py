"""Which concepts the words of a message stand for.

Every language's words are loaded together: children mix languages, and a Moroccan teenager may write French,
Darija and Arabizi in one message. A word is found, in this order of cost:
- whole (`nudes`), after taking off a known prefix (Arabic `wa-`/`bi-`/`ka-`, French `j'`/`l'` written
  without the apostrophe) or ending (Indonesian `-ku`, `-nya`: telanjangku, pacarnya);
- by its stem (`sextort*` for sextort, sextorted, sextorting, sextortion);
- by a root inside it (`*بتز*` for يبتزني, بيبتزها, ابتزاز; Swahili `*tishi*` in ananitishia), unless some
  language lists the word whole, or its ending (`*ني`, "me", in يهددني);
- with one typo (two in words of nine letters or more) against words and stems of six letters or more
  (`blackmaling`, `chantajiada`), unless the entry says `=word`, the concept only makes a message harmless,
  or the word is itself part of a phrase in some language or listed among a language's `real_words`.
Phrases (`dont tell`, `keep it between us`) are words that follow each other, each whole or by its stem.
A word typed with Arabizi digits (7it, ba3at: normalize.Folded.arabizi) is an Arabic word: it is looked up only among
the words of the languages written in Arabizi and the words other languages spell with such digits (ps5).
Lookups of single words are cached: most messages reuse the same few thousand words."""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import chain
from typing import Any, NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.content.help import SafetyLanguage
from bot.services.safety.normalize import fold, fold_words
from bot.services.safety.sharing import bitmask, tuple_sharer

FUZZY_MIN = 6  # shorter words are too often another real word one letter away (treat/threat, hits/hints)
FUZZY_TWO = 9  # from this length two typos are tolerated
# A prefix is taken off only if this much of the word is left: Latin "bani" is not b + "ani", but Arabic
# الصور is ال + صور (Arabic words are written without short vowels, so three letters are a whole word).
_MIN_LEFT = 4
_MIN_LEFT_ARABIC = 3
_CACHE = 50_000
# French elided words (j', l', m', t', s', qu') are only glued before a vowel or h: "jenvoie" is j' + envoie,
# "tomorrow" is not t' + omorrow.
_ELIDED = frozenset({"j", "l", "m", "t", "s", "qu"})
# Only "and" and "so" are glued before a two-letter word at the start of a phrase (ومش is و + مش): لما ("when")
# is not ل + ما ("what"), so "لما هي" is not "ما هي" ("what is").
_SHORT_REST_PREFIXES = frozenset({"و", "ف"})
_VOWELS = frozenset("aeiouyh")
# An entry that may spell a word with Arabizi digits (ps5, 3eme): the fold tells.
_ARABIZI_SPELT = re.compile("[A-Za-z][2356789]|[2356789][A-Za-z]")


def _is_arabic(token: str) -> bool:
    return "\u0600" <= token[:1] <= "\u06ff"


def _allowed_typos(length: int) -> int:
    return 2 if length >= FUZZY_TWO else 1


@dataclass(frozen=True)
class _Pattern:
    text: str
    stem: bool = False  # `text*`: any ending

    def matches(self, token: str) -> bool:
        return token.startswith(self.text) if self.stem else token == self.text


# Up to this many next words are in the node's tuple, not a dict (most nodes have one or none): searched in C (see
# _Node.next), as fast as a dict this small, and smaller (as dicts, the 460 nodes of 5 to 16 words took 54 KiB more).
_SMALL = 16

# The rest of a phrase once no other phrase shares it: (concepts, stems, word, word, ...), where bit i of `stems`
# says the i-th word is a stem. A leaf is a tail of no words. Most of the trie was such chains of one-word nodes.
_Tail = tuple[Any, ...]


def _tail_matches(tail: _Tail, tokens: tuple[str, ...], start: int) -> bool:
    """Whether the tail's words are the tokens from `start` on."""
    end = start + len(tail) - 2
    if end > len(tokens):
        return False
    stems = tail[1]
    if not stems:
        return tokens[start:end] == tail[2:]
    for offset, word in enumerate(tail[2:]):
        token = tokens[start + offset]
        if not (token.startswith(word) if stems >> offset & 1 else token == word):
            return False
    return True


class _Node(tuple[Any, ...]):
    """A word trie of phrases: (concepts, stems, word, next, word, next, ...), the concepts of the phrases that end
    here, the stems that may come next as a flat tuple (stem, next, ...), then the words that may; one dict
    {word: next} when more than _SMALL. Where only one phrase goes on (or several end together) the next is a
    _Tail, not a node: of the 7,600 nodes of 2026-12, 5,300 only led on to one word. One tuple rather than an
    object holding a tuple of words: 3,600 objects fewer (115 KiB)."""

    __slots__ = ()

    @property
    def concepts(self) -> tuple[str, ...]:
        return self[0]

    @classmethod
    def of(cls, phrases: list[_Tail], share: Callable[[Iterable[str]], tuple[str, ...]]) -> _Node:
        """The trie of these phrases, each (concept, stems, word, word, ...), built at once rather than node by node:
        what the build frees stays in Python's arenas, so its peak is memory a running bot keeps."""
        root = _branch(phrases, 0, share, {})
        assert isinstance(root, _Node)  # the root is never a tail
        return root

    def next(self, token: str) -> list[_Node | _Tail]:
        if len(self) == 3 and isinstance(self[2], dict):
            found = [self[2][token]] if token in self[2] else []
        elif token in self:  # only a word can equal it: the concepts, the stems and what follows a word are tuples
            found = [self[self.index(token, 2) + 1]]
        else:
            found = []
        stems = self[1]
        found += [stems[i + 1] for i in range(0, len(stems), 2) if token.startswith(stems[i])]
        return found


def _branch(phrases: list[_Tail], depth: int, share: Callable[[Iterable[str]], tuple[str, ...]],
            tails: dict[_Tail, _Tail]) -> _Node | _Tail:
    """What follows `depth` words that these phrases share: a node, or a tail where no phrase branches off (equal
    tails one object). The root (depth 0) is always a node. Recursive: as deep as the longest phrase."""
    ending: list[str] = []
    words: dict[str, Any] = {}
    stems: dict[str, Any] = {}
    for phrase in phrases:
        if len(phrase) == depth + 2:
            ending.append(phrase[0])
        else:
            (stems if phrase[1] >> depth & 1 else words).setdefault(phrase[depth + 2], []).append(phrase)
    concepts = share(ending)
    words = {word: _branch(group, depth + 1, share, tails) for word, group in words.items()}
    stems = {stem: _branch(group, depth + 1, share, tails) for stem, group in stems.items()}
    tail: _Tail | None = None
    if depth == 0:
        pass
    elif not words and not stems:
        tail = (concepts, 0)
    elif not concepts and len(words) + len(stems) == 1:
        (word, after), is_stem = (next(iter(stems.items())), 1) if stems else (next(iter(words.items())), 0)
        if not isinstance(after, _Node):
            tail = (after[0], after[1] << 1 | is_stem, word, *after[2:])
    if tail is not None:
        return tails.setdefault(tail, tail)
    next_words = (words,) if len(words) > _SMALL else chain.from_iterable(words.items())
    return _Node((concepts, tuple(chain.from_iterable(stems.items())), *next_words))


class _Word(NamedTuple):
    """What a word (or a stem) stands for. Sets of concepts are sorted tuples and sets of languages bitmasks (bit n:
    language n), for memory (sharing.py): they are only added to what a message is found to say."""

    concepts: tuple[str, ...]  # in any language
    by_language: tuple[Any, ...]  # flat: language, concepts, language, concepts, ...
    typo_concepts: tuple[str, ...]  # what a word one typo away stands for (empty: not read through typos)
    languages: int = 0  # bits of the languages that list the word whole, alone or in a phrase (words only)
    real: bool = False  # used in a phrase or listed as a real word: never a typo of another word (words only)


_NO_WORD = _Word((), (), ())


def _in_languages(word: _Word, languages: int) -> set[str]:
    """What the word stands for in these languages (bit n: language n)."""
    by_language = word.by_language
    found: set[str] = set()
    for index in range(0, len(by_language), 2):
        if languages >> by_language[index] & 1:
            found.update(by_language[index + 1])
    return found


_REAL = 1  # in a word's marks: used in a phrase or listed as a real word (bit n + 1: language n lists it whole)


@dataclass
class _Tables:
    """What the words files say, while building: compact, because the build's peak stays in the process (above)."""

    # word or stem -> its entries as a flat list: language, concept, whether typos find it, language, ...
    words: dict[str, list[Any]] = field(default_factory=lambda: defaultdict(list))
    stems: dict[str, list[Any]] = field(default_factory=lambda: defaultdict(list))
    typo_words: dict[str, None] = field(default_factory=dict)  # in the order the files list them
    typo_stems: dict[str, None] = field(default_factory=dict)
    marks: dict[str, int] = field(default_factory=lambda: defaultdict(int))  # word -> _REAL | languages' bits
    infixes: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    infix_languages: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    suffixes: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    suffix_languages: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    phrases: list[_Tail] = field(default_factory=list)  # (concept, stems, word, word, ...)
    prefixes: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))  # prefix -> languages
    endings: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    strings: dict[str, str] = field(default_factory=dict)  # one string object per word, while building


def _patterns(entry: str, strings: dict[str, str]) -> tuple[list[_Pattern], str, bool]:
    """The folded words of an entry, whether it is an "infix" or "suffix" pattern, and whether typos are off.
    Markers apply to the word they touch: in "beau-pere*" the stem is "pere". `strings`: one string per word."""
    patterns: list[_Pattern] = []
    inside, exact = "", False
    for raw in entry.split():
        exact = exact or raw.startswith("=")
        raw = raw.removeprefix("=")
        stem = raw.endswith("*")
        if raw.startswith("*"):
            inside = "infix" if stem else "suffix"
        # One string per word: the same word is a key of several tables, from entries of several languages (8,400
        # words were 16,300 strings).
        folded = [strings.setdefault(word, word) for word in fold_words(raw.strip("*"))]
        patterns += [_Pattern(word) for word in folded[:-1]]
        if folded:
            patterns.append(_Pattern(folded[-1], stem=stem))
    if not patterns:
        raise ValueError(f"{entry!r} has no letters")
    return patterns, inside, exact


def _add(tables: _Tables, entry: str, concept: str, exact_concept: bool, language: int) -> None:
    patterns, inside, exact = _patterns(entry, tables.strings)
    exact = exact or exact_concept
    for each in patterns:
        if not each.stem and not inside:
            tables.marks[each.text] |= 2 << language
    if len(patterns) > 1:
        stems = 0
        for index, each in enumerate(patterns):
            tables.marks[each.text] |= _REAL
            stems |= each.stem << index
        tables.phrases.append((concept, stems, *(each.text for each in patterns)))
        return
    pattern = patterns[0]
    by_typo = not exact and len(pattern.text) >= FUZZY_MIN
    if inside == "infix":
        tables.infixes[pattern.text].append(concept)
        tables.infix_languages[pattern.text].append(language)
    elif inside == "suffix":
        tables.suffixes[pattern.text].append(concept)
        tables.suffix_languages[pattern.text].append(language)
    elif pattern.stem:
        tables.stems[pattern.text] += (language, concept, by_typo)
        if by_typo:
            tables.typo_stems.setdefault(pattern.text)
    else:
        tables.words[pattern.text] += (language, concept, by_typo)
        if by_typo:
            tables.typo_words.setdefault(pattern.text)


class Lexicon:
    def __init__(self, languages: Iterable[SafetyLanguage], concepts: Iterable[str] | None = None,
                 exact_concepts: Iterable[str] = ()) -> None:
        """`concepts`: the ones to load (default all); `exact_concepts`: never found through a typo (the words that
        make a message harmless must be meant: "chabon" is not "chaton")."""
        wanted = set(concepts) if concepts is not None else None
        exact_only = set(exact_concepts)
        tables = _Tables()
        languages = list(languages)
        # A word typed with Arabizi digits is looked up only among the words of the languages written in Arabizi
        # and the words some other language spells with such digits (English "ps5"): one more language's bit.
        spelt_with_digits = len(languages)
        self._arabizi_languages = bitmask(
            [n for n, language in enumerate(languages) if language.arabizi] + [spelt_with_digits])
        for number, language in enumerate(languages):
            for prefix in language.prefixes:
                for folded in fold_words(prefix):
                    tables.prefixes[folded].add(number)
            for word in language.real_words:
                for w in fold_words(word):
                    tables.marks[tables.strings.setdefault(w, w)] |= _REAL
            for suffix in language.suffixes:
                for folded in fold_words(suffix):
                    tables.endings[folded].add(number)
            for concept, families in language.concepts.items():
                if wanted is not None and concept not in wanted:
                    continue
                concept = sys.intern(concept)  # one string in every language's tables and in the rules
                for family in families:
                    for entry in family.words:
                        _add(tables, entry, concept, concept in exact_only, number)
                        if language.arabizi or not _ARABIZI_SPELT.search(entry):
                            continue
                        folded = fold(entry)
                        if folded.arabizi and len(folded.tokens) == 1:
                            _add(tables, entry, concept, concept in exact_only, spelt_with_digits)
        # Most words stand for the same few sets of concepts (and languages): equal sets are one object.
        share = tuple_sharer()
        self._stem_lengths = sorted({len(s) for s in tables.stems})
        self._infixes = tuple((i, share(c), bitmask(tables.infix_languages[i]))
                              for i, c in tables.infixes.items())
        self._suffixes = tuple((s, share(c), bitmask(tables.suffix_languages[s]))
                               for s, c in tables.suffixes.items())
        self._prefixes = tuple(sorted(tables.prefixes, key=len, reverse=True))
        self._prefix_languages = {p: bitmask(n) for p, n in tables.prefixes.items()}
        self._endings = tuple((e, bitmask(tables.endings[e]))
                              for e in sorted(tables.endings, key=len, reverse=True))
        # word or stem -> (language, concepts, language, concepts, ...): most words are one language's, with the
        # same few concepts, so equal tuples are one object too (a dict per word was 0.9 MB), and flat (a pair per
        # language was 0.1 MB more).
        by_language: dict[tuple[Any, ...], tuple[Any, ...]] = {}

        def per_language(by: dict[int, list[str]]) -> tuple[Any, ...]:
            value = tuple(chain.from_iterable((n, share(c)) for n, c in by.items()))
            return by_language.setdefault(value, value)

        # One table for words and one for stems, of records (equal records one object) rather than a table per
        # question: five tables keyed by the same 9,500 words were 0.7 MB.
        records: dict[_Word, _Word] = {}

        def record(entries: list[Any], **more: Any) -> _Word:
            by: dict[int, list[str]] = {}
            for index in range(0, len(entries), 3):
                by.setdefault(entries[index], []).append(entries[index + 1])
            typos = [entries[i + 1] for i in range(0, len(entries), 3) if entries[i + 2]]
            value = _Word(share(entries[1::3]), per_language(by), share(typos), **more)
            return records.setdefault(value, value)

        # The words that stand for concepts apart from the ones only used in phrases or listed as real words (7,200
        # of 12,200 in 2026-12): a dict's table doubles once two thirds full, and two tables of 5,000 and 7,200
        # words were 0.31 MB where one of 12,200 was 0.41 MB.
        self._word_table: dict[str, _Word] = {}
        self._phrase_words: dict[str, _Word] = {}
        for w, marks in tables.marks.items():
            word = record(tables.words.get(w, []), real=bool(marks & _REAL), languages=marks >> 1)
            (self._word_table if word.by_language else self._phrase_words)[w] = word
        self._stem_table = {s: record(entries) for s, entries in tables.stems.items()}
        # In the order the words files list them: of two words a typo away, the first is the one found.
        by_length: dict[int, list[str]] = defaultdict(list)
        for word in tables.typo_words:
            by_length[len(word)].append(word)
        self._fuzzy_words_by_length = dict(by_length)
        stems_by_length: dict[int, list[str]] = defaultdict(list)
        for stem in tables.typo_stems:
            stems_by_length[len(stem)].append(stem)
        self._fuzzy_stems_by_length = dict(stems_by_length)
        self._phrases = _Node.of(tables.phrases, share)
        self.concepts_of = lru_cache(maxsize=_CACHE)(self._concepts_of)
        self.arabizi_concepts_of = lru_cache(maxsize=_CACHE)(partial(self._concepts_of,
                                                                     languages=self._arabizi_languages))
        self.phrases_from = lru_cache(maxsize=_CACHE)(self._phrases_from)

    # --- single words -----------------------------------------------------------------------------------

    def _word(self, token: str) -> _Word:
        """What the word stands for, or only that it is a word of phrases or a real word (which languages)."""
        return self._word_table.get(token) or self._phrase_words.get(token, _NO_WORD)

    def _variants(self, token: str, min_left: int | None = None) -> list[str]:
        if min_left is None:
            min_left = _MIN_LEFT_ARABIC if _is_arabic(token) else _MIN_LEFT
        variants = [token]
        for prefix in self._prefixes:
            if token.startswith(prefix) and len(token) - len(prefix) >= min_left:
                rest = token[len(prefix) :]
                if prefix in _ELIDED and rest[0] not in _VOWELS:
                    continue
                if len(rest) < _MIN_LEFT_ARABIC and _is_arabic(token) and prefix not in _SHORT_REST_PREFIXES:
                    continue
                # Only a phrase of a language that glues this prefix: "send me" is not French s' + "end me".
                if not self._word(rest).languages & self._prefix_languages[prefix]:
                    continue
                variants.append(rest)
        return variants

    def _glued(self, token: str) -> list[tuple[str, int]]:
        """The token without a prefix or an ending some language glues to its words, with those languages' bits."""
        min_left = _MIN_LEFT_ARABIC if _is_arabic(token) else _MIN_LEFT
        found = []
        for prefix in self._prefixes:
            if token.startswith(prefix) and len(token) - len(prefix) >= min_left:
                rest = token[len(prefix) :]
                if prefix not in _ELIDED or rest[0] in _VOWELS:
                    found.append((rest, self._prefix_languages[prefix]))
        for ending, languages in self._endings:
            if token.endswith(ending) and len(token) - len(ending) >= _MIN_LEFT:
                found.append((token[: -len(ending)], languages))
        return found

    def _whole_in(self, token: str, languages: int) -> set[str]:
        """Whole words and stems of these languages only: a prefix or ending of one language is not taken off a
        word of another (Spanish "manos" is not French m' + "anos")."""
        found = _in_languages(self._word_table.get(token, _NO_WORD), languages)
        for length in self._stem_lengths:
            if length > len(token):
                break
            found.update(_in_languages(self._stem_table.get(token[:length], _NO_WORD), languages))
        return found

    def _exact(self, token: str, languages: int | None) -> set[str]:
        """Whole, by its stem, a root inside or an ending; `languages`: only these languages' (None: any)."""
        word = self._word(token)
        if languages is not None:
            found = self._whole_in(token, languages)
        else:
            found = set(word.concepts)
            for length in self._stem_lengths:
                if length > len(token):
                    break
                found.update(self._stem_table.get(token[:length], _NO_WORD).concepts)
        # A word another language lists whole (or in a phrase) is that word, not a root inside or an ending of a
        # word of this one: Spanish "papas" is not Swahili "*papas*" (papasa, to grope), Swahili "nini" (what)
        # is not Arabizi "*ni" (me).
        listed_in = word.languages
        for suffix, concepts, of in self._suffixes:
            if token.endswith(suffix) and len(token) > len(suffix) + 1 and (
                    not listed_in or listed_in & of) and (languages is None or languages & of):
                found.update(concepts)
        for infix, concepts, of in self._infixes:
            if infix in token and (not listed_in or listed_in & of) and (languages is None or languages & of):
                found.update(concepts)
        return found

    def _typo_concepts(self, word: _Word, languages: int | None) -> tuple[str, ...]:
        """What a word one typo away stands for, if one of these languages lists it (None: any)."""
        return word.typo_concepts if languages is None or _in_languages(word, languages) else ()

    def _fuzzy(self, token: str, languages: int | None) -> set[str]:
        found: set[str] = set()
        size = len(token)
        typos = _allowed_typos(size)
        for length in range(size - typos, size + typos + 1):
            choices = self._fuzzy_words_by_length.get(length)
            if choices and length >= FUZZY_MIN:
                hit = process.extractOne(token, choices, scorer=OSA.distance,
                                         score_cutoff=_allowed_typos(min(size, length)))
                if hit:
                    found.update(self._typo_concepts(self._word_table[hit[0]], languages))
        for length, stems in self._fuzzy_stems_by_length.items():
            allowed = _allowed_typos(length)
            # The stem may have lost or gained a letter in the word: compare with the word's start of each size.
            for cut in range(length - allowed, length + allowed + 1):
                if cut > size or cut < FUZZY_MIN - 1:
                    continue
                hit = process.extractOne(token[:cut], stems, scorer=OSA.distance, score_cutoff=allowed)
                if hit:
                    found.update(self._typo_concepts(self._stem_table[hit[0]], languages))
                    break
        return found

    def _concepts_of(self, token: str, languages: int | None = None) -> frozenset[str]:
        """What the token stands for; `languages`: in these languages only (bits; None: any)."""
        found = self._exact(token, languages)
        # Without a glued prefix or ending (والصور, jenvoie, fotoku) only whole words and stems of the languages
        # that glue it.
        for rest, gluing in self._glued(token):
            if languages is not None:
                gluing &= languages
            if gluing:
                found |= self._whole_in(rest, gluing)
        # A word that a phrase uses, or a language lists as a real word, is not a typo of another one.
        if (not found and len(token) >= FUZZY_MIN and not token.isdigit()
                and not self._word(token).real):
            found = self._fuzzy(token, languages)
        return frozenset(found)

    # --- a whole message ----------------------------------------------------------------------------------

    def _phrases_from(self, token: str) -> tuple[_Node | _Tail, ...]:
        """Where phrases starting with this token (or the token without a prefix: ومش is و + مش) go on."""
        # The words after it must match too, so a short remainder is safe here.
        return tuple(node for variant in self._variants(token, min_left=2) for node in self._phrases.next(variant))

    def _phrases_at(self, tokens: tuple[str, ...], start: int) -> set[str]:
        found: set[str] = set()
        reached = self.phrases_from(tokens[start])
        for position in range(start + 1, len(tokens) + 1):
            nodes = []
            for each in reached:
                if isinstance(each, _Node):
                    found.update(each.concepts)
                    nodes.append(each)
                elif _tail_matches(each, tokens, position):
                    found.update(each[0])
            if not nodes or position == len(tokens):
                break
            token = tokens[position]
            reached = [after for node in nodes for after in node.next(token)]
        return found

    def concepts_in(self, tokens: tuple[str, ...], arabizi: frozenset[int] = frozenset()) -> set[str]:
        """`arabizi`: the positions of tokens read from Arabizi digits (normalize.Folded)."""
        found: set[str] = set()
        for index, token in enumerate(tokens):
            found |= self.arabizi_concepts_of(token) if index in arabizi else self.concepts_of(token)
            if self.phrases_from(token):
                found |= self._phrases_at(tokens, index)
        return found

    def cache_clear(self) -> None:
        self.concepts_of.cache_clear()
        self.arabizi_concepts_of.cache_clear()
        self.phrases_from.cache_clear()
