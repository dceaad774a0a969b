"""A statistical second opinion beside the rules: a logistic regression over hashed features of the folded text.

The rules recognise the combinations of words they were written for; the model has seen every labelled sentence
(tests/data/disclosures*/, never the blind set) and weighs pieces of words (character 3-5 grams of each folded
token, with its boundaries), words, pairs of words, and the rules' concepts the lexicon found in the message, alone
and in pairs (which concepts were there even though no rule's combination fired). Its weights live in
content/help/disclosure_model.bin (format: bot/content/disclosure_model.py), made by
`python -m bot.devtools.train_disclosure_model`.

The weights are int8 in an array('b'): 2^17 buckets are 128 KB in memory. The matcher consults the model when no
rule found a disclosure (a doubt may have held the rules back) and the message is not a help or stop phrase
(matcher.py), and, when a rule did find one, to overrule it only if the model is all but sure the message is harmless
(probability below the file's `veto`; `long_veto` for a message of more than `long_words` words: bench/README.md,
"Batches 100-102 and a veto for long messages")."""

from __future__ import annotations

import math
import zlib
from array import array
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import combinations, pairwise
from pathlib import Path

from bot.content.disclosure_model import TRAIN_COMMAND, Header, model_bytes, read_model

_NGRAMS = (3, 4, 5)
_CACHE = 2048  # tokens whose piece-of-word sums are kept (about 220 bytes each, 0.45 MB when full)


def _hash(feature: str) -> int:
    # zlib.crc32, not hash(): str hashes change with every process (PYTHONHASHSEED).
    return zlib.crc32(feature.encode("utf-8"))


def token_features(token: str) -> list[int]:
    """The hashed features of one folded token: the word itself and its character 3-5 grams with boundaries.
    Each is a 32-bit hash; the bucket is its low bits, its sign the top bit."""
    padded = f"<{token}>"
    found = [_hash("w:" + token)]
    for n in _NGRAMS:
        found += [_hash(padded[i:i + n]) for i in range(len(padded) - n + 1)]
    return found


def pair_features(tokens: Sequence[str]) -> list[int]:
    return [_hash(f"b:{a} {b}") for a, b in dict.fromkeys(pairwise(tokens))]


def concept_features(concepts: Iterable[str]) -> list[int]:
    """The rules' concepts found in the message (lexicon.py), each alone and each pair of them: what the word lists
    recognised even when no rule's exact combination fired (an adult and a secret, a picture and a demand)."""
    found = sorted(concepts)
    return [_hash("c:" + c) for c in found] + [_hash(f"cc:{a}+{b}") for a, b in combinations(found, 2)]


def features(tokens: Sequence[str], concepts: Iterable[str] = ()) -> list[int]:
    """Every hashed feature of a folded message and its concepts (training uses exactly this). Each distinct token
    and each distinct pair counts once: with the 1/sqrt(count) scaling, a text pasted 80 times would otherwise weigh
    sqrt(80) times as much as once and pass any threshold (bench/README.md, "Eighth iteration")."""
    found: list[int] = []
    for token in dict.fromkeys(tokens):
        found += token_features(token)
    return found + pair_features(tokens) + concept_features(concepts)


class DisclosureModel:
    def __init__(self, header: Header, weights: array) -> None:
        self.header = header
        self.weights = weights
        self.mask = header.buckets - 1
        self.threshold = header.threshold
        self.veto = header.veto
        self._token_sum = lru_cache(maxsize=_CACHE)(self._token_sum_uncached)

    def _signed(self, hashed: Iterable[int]) -> float:
        weights, mask = self.weights, self.mask
        return sum(weights[h & mask] * (-1 if h >> 31 else 1) for h in hashed)

    def _token_sum_uncached(self, token: str) -> tuple[float, int]:
        hashed = token_features(token)
        return self._signed(hashed), len(hashed)

    def cache_clear(self) -> None:
        self._token_sum.cache_clear()

    def probability(self, tokens: Sequence[str], concepts: Iterable[str] = ()) -> float:
        """`concepts`: what the lexicon found in the message (SafetyMatcher.concepts), as in training."""
        if not tokens:
            return 0.0
        total, count = 0.0, 0
        for token in dict.fromkeys(tokens):  # each distinct token once, as features() counts them
            part, n = self._token_sum(token)
            total += part
            count += n
        pairs = pair_features(tokens) + concept_features(concepts)
        total += self._signed(pairs)
        count += len(pairs)
        z = self.header.bias + total * self.header.scale / math.sqrt(count)
        return 1 / (1 + math.exp(-z)) if z > -30 else 0.0

    def says_disclosure(self, tokens: Sequence[str], concepts: Iterable[str] = ()) -> bool:
        return self.probability(tokens, concepts) >= self.threshold

    def says_harmless(self, tokens: Sequence[str], concepts: Iterable[str] = ()) -> bool:
        """All but sure the message is everyday talk: enough to overrule a rule (never with veto 0)."""
        veto = self.header.veto_for(len(tokens))
        return veto > 0 and self.probability(tokens, concepts) < veto

    @property
    def size_bytes(self) -> int:
        return self.weights.buffer_info()[1] * self.weights.itemsize

    # Writing and reading the file.

    @classmethod
    def from_floats(cls, weights: Sequence[float], bias: float, *, threshold: float, data_sha256: str,
                    trained: str, command: str = TRAIN_COMMAND, veto: float = 0.0, long_words: int = 0,
                    long_veto: float | None = None) -> DisclosureModel:
        """Quantise trained weights to int8 (the largest magnitude becomes 127)."""
        largest = max((abs(w) for w in weights), default=0.0) or 1.0
        scale = largest / 127
        quantised = array("b", (max(-127, min(127, round(w / scale))) for w in weights))
        header = Header(data_sha256, trained, command, len(weights), bias, scale, threshold, veto, long_words,
                        veto if long_veto is None else long_veto)
        return cls(header, quantised)

    def to_bytes(self) -> bytes:
        return model_bytes(self.header, self.weights)


def load_model(content_dir: Path) -> DisclosureModel:
    """The model in `content_dir`; ContentError naming the file when it is missing or broken."""
    return DisclosureModel(*read_model(content_dir))
