"""A statistical second opinion beside the rules: a logistic regression over hashed features of the folded text.

The rules recognise the combinations of words they were written for; the model has seen every labelled sentence
(tests/data/disclosures*/, never the blind set) and weighs pieces of words (character 3-5 grams of each folded
token, with its boundaries) and words and pairs of words. Its weights live in one file,
content/help/disclosure_model.bin, made by `python -m bot.devtools.train_disclosure_model`:

    disclosure-model 1                      (magic and format version)
    data_sha256: <hash of the training data> (a test fails when the labelled sets change and nobody retrained)
    trained: <date>
    command: python -m bot.devtools.train_disclosure_model
    buckets: <a power of two>
    bias: <float>
    scale: <float>                           (weight = int8 value * scale)
    threshold: <probability above which the model calls a message a disclosure>
    payload_sha256: <hash of the compressed weights>
    <blank line>
    <zlib-compressed int8 weights, one per bucket>

The weights are int8 in an array('b'): 2^17 buckets are 128 KB in memory. The matcher consults the model only
when no rule found a disclosure, no doubt holds and the message is not a help or stop phrase (matcher.py)."""

from __future__ import annotations

import hashlib
import math
import zlib
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from bot.content.base import ContentError

MAGIC = "disclosure-model 1"
MODEL_FILE = Path("help") / "disclosure_model.bin"  # inside the content folder
TRAIN_COMMAND = "python -m bot.devtools.train_disclosure_model"
_KEYS = ("data_sha256", "trained", "command", "buckets", "bias", "scale", "threshold", "payload_sha256")
_NGRAMS = (3, 4, 5)
_CACHE = 8192  # tokens whose piece-of-word features are kept summed: most messages reuse a few thousand words


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
    return [_hash(f"b:{a} {b}") for a, b in pairwise(tokens)]


def features(tokens: Sequence[str]) -> list[int]:
    """Every hashed feature of a folded message (training uses exactly this)."""
    found: list[int] = []
    for token in tokens:
        found += token_features(token)
    return found + pair_features(tokens)


@dataclass(frozen=True)
class Header:
    data_sha256: str
    trained: str
    command: str
    buckets: int
    bias: float
    scale: float
    threshold: float


class DisclosureModel:
    def __init__(self, header: Header, weights: array) -> None:
        self.header = header
        self.weights = weights
        self.mask = header.buckets - 1
        self.threshold = header.threshold
        self._token_sum = lru_cache(maxsize=_CACHE)(self._token_sum_uncached)

    def _signed(self, hashed: Iterable[int]) -> float:
        weights, mask = self.weights, self.mask
        return sum(weights[h & mask] * (-1 if h >> 31 else 1) for h in hashed)

    def _token_sum_uncached(self, token: str) -> tuple[float, int]:
        hashed = token_features(token)
        return self._signed(hashed), len(hashed)

    def cache_clear(self) -> None:
        self._token_sum.cache_clear()

    def probability(self, tokens: Sequence[str]) -> float:
        if not tokens:
            return 0.0
        total, count = 0.0, 0
        for token in tokens:
            part, n = self._token_sum(token)
            total += part
            count += n
        pairs = pair_features(tokens)
        total += self._signed(pairs)
        count += len(pairs)
        z = self.header.bias + total * self.header.scale / math.sqrt(count)
        return 1 / (1 + math.exp(-z)) if z > -30 else 0.0

    def says_disclosure(self, tokens: Sequence[str]) -> bool:
        return self.probability(tokens) >= self.threshold

    @property
    def size_bytes(self) -> int:
        return self.weights.buffer_info()[1] * self.weights.itemsize

    # Writing and reading the file.

    @classmethod
    def from_floats(cls, weights: Sequence[float], bias: float, *, threshold: float, data_sha256: str,
                    trained: str, command: str = TRAIN_COMMAND) -> DisclosureModel:
        """Quantise trained weights to int8 (the largest magnitude becomes 127)."""
        largest = max((abs(w) for w in weights), default=0.0) or 1.0
        scale = largest / 127
        quantised = array("b", (max(-127, min(127, round(w / scale))) for w in weights))
        header = Header(data_sha256, trained, command, len(weights), bias, scale, threshold)
        return cls(header, quantised)

    def to_bytes(self) -> bytes:
        payload = zlib.compress(self.weights.tobytes(), 9)
        h = self.header
        lines = [MAGIC, f"data_sha256: {h.data_sha256}", f"trained: {h.trained}", f"command: {h.command}",
                 f"buckets: {h.buckets}", f"bias: {h.bias!r}", f"scale: {h.scale!r}", f"threshold: {h.threshold!r}",
                 f"payload_sha256: {hashlib.sha256(payload).hexdigest()}"]
        return ("\n".join(lines) + "\n\n").encode("ascii") + payload

    @classmethod
    def from_bytes(cls, data: bytes, name: str) -> DisclosureModel:
        """Raises ContentError naming the file (`name`) and what is wrong with it."""
        head, sep, payload = data.partition(b"\n\n")
        if not sep:
            raise ContentError(f"{name}: no header (the weights follow a blank line after it)")
        try:
            lines = head.decode("ascii").split("\n")
        except UnicodeDecodeError:
            raise ContentError(f"{name}: the header is not ASCII text") from None
        if lines[0] != MAGIC:
            raise ContentError(f"{name}: first line must be {MAGIC!r}, found {lines[0][:40]!r}")
        fields = dict(line.partition(": ")[::2] for line in lines[1:])
        missing = [key for key in _KEYS if key not in fields]
        if missing:
            raise ContentError(f"{name}: header lacks {', '.join(missing)}")
        try:
            buckets = int(fields["buckets"])
            bias, scale, threshold = float(fields["bias"]), float(fields["scale"]), float(fields["threshold"])
        except ValueError as error:
            raise ContentError(f"{name}: header: {error}") from None
        if buckets < 2 or buckets & (buckets - 1):
            raise ContentError(f"{name}: buckets: {buckets} is not a power of two")
        if not 0 < threshold < 1 or not math.isfinite(bias) or not (math.isfinite(scale) and scale > 0):
            raise ContentError(f"{name}: threshold must be between 0 and 1, bias finite, scale positive")
        if hashlib.sha256(payload).hexdigest() != fields["payload_sha256"]:
            raise ContentError(f"{name}: the weights do not match payload_sha256 (truncated or edited?)")
        try:
            raw = zlib.decompress(payload)
        except zlib.error as error:
            raise ContentError(f"{name}: the weights cannot be decompressed: {error}") from None
        if len(raw) != buckets:
            raise ContentError(f"{name}: {len(raw)} weights, the header says {buckets}")
        weights = array("b")
        weights.frombytes(raw)
        header = Header(fields["data_sha256"], fields["trained"], fields["command"], buckets, bias, scale, threshold)
        return cls(header, weights)


def load_model(content_dir: Path) -> DisclosureModel:
    """The model in `content_dir`; ContentError naming the file when it is missing or broken."""
    path = content_dir / MODEL_FILE
    name = (Path(content_dir.name) / MODEL_FILE).as_posix()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ContentError(f"{name}: file is missing (make it with `{TRAIN_COMMAND}`)") from None
    return DisclosureModel.from_bytes(data, name)
