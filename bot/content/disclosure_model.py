"""The disclosure model's weights file, content/help/disclosure_model.bin (bot/services/safety/model.py uses it;
`python -m bot.devtools.train_disclosure_model` writes it):

    disclosure-model 2                       (magic and format version; 2: the features include the rules' concepts)
    data_sha256: <hash of the training data and the rules' word lists> (a test fails when they change and nobody
                                             retrained)
    trained: <date>
    command: python -m bot.devtools.train_disclosure_model
    buckets: <a power of two>
    bias: <float>
    scale: <float>                           (weight = int8 value * scale)
    threshold: <probability above which the model calls a message a disclosure>
    veto: <probability below which the model overrules a rule that found a disclosure (0: never)>
    long_words: <messages of more words than this are long (0: no message is; optional, 0 when absent)>
    long_veto: <the veto for a long message, at least `veto` (optional, `veto` when absent)>
    payload_sha256: <hash of the compressed weights>
    <blank line>
    <zlib-compressed int8 weights, one per bucket>

Read here, in the content layer, so that `check-content` names the file and what is wrong with it."""

from __future__ import annotations

import hashlib
import math
import zlib
from array import array
from dataclasses import dataclass
from pathlib import Path

from bot.content.base import ContentError

MAGIC = "disclosure-model 2"
MODEL_FILE = Path("help") / "disclosure_model.bin"  # inside the content folder
TRAIN_COMMAND = "python -m bot.devtools.train_disclosure_model"
_KEYS = ("data_sha256", "trained", "command", "buckets", "bias", "scale", "threshold", "veto", "payload_sha256")


@dataclass(frozen=True)
class Header:
    data_sha256: str
    trained: str
    command: str
    buckets: int
    bias: float
    scale: float
    threshold: float
    veto: float = 0.0
    long_words: int = 0
    long_veto: float = 0.0

    def veto_for(self, words: int) -> float:
        """The veto for a message of `words` words."""
        return self.long_veto if self.long_words and words > self.long_words else self.veto


def model_bytes(header: Header, weights: array) -> bytes:
    payload = zlib.compress(weights.tobytes(), 9)
    h = header
    lines = [MAGIC, f"data_sha256: {h.data_sha256}", f"trained: {h.trained}", f"command: {h.command}",
             f"buckets: {h.buckets}", f"bias: {h.bias!r}", f"scale: {h.scale!r}", f"threshold: {h.threshold!r}",
             f"veto: {h.veto!r}", f"long_words: {h.long_words}", f"long_veto: {h.long_veto!r}",
             f"payload_sha256: {hashlib.sha256(payload).hexdigest()}"]
    return ("\n".join(lines) + "\n\n").encode("ascii") + payload


def parse_model(data: bytes, name: str) -> tuple[Header, array]:
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
        veto = float(fields["veto"])
        # Written since 2026-12-08: the files of older commits, which bench/disclosure_first_looks.py reads, lack them.
        long_words = int(fields.get("long_words", "0"))
        long_veto = float(fields.get("long_veto", repr(veto)))
    except ValueError as error:
        raise ContentError(f"{name}: header: {error}") from None
    if buckets < 2 or buckets & (buckets - 1):
        raise ContentError(f"{name}: buckets: {buckets} is not a power of two")
    if not 0 < threshold < 1 or not math.isfinite(bias) or not (math.isfinite(scale) and scale > 0):
        raise ContentError(f"{name}: threshold must be between 0 and 1, bias finite, scale positive")
    if not 0 <= veto < threshold:
        raise ContentError(f"{name}: veto must be at least 0 and below the threshold ({threshold!r}), found {veto!r}")
    if long_words < 0:
        raise ContentError(f"{name}: long_words must be at least 0, found {long_words}")
    if not veto <= long_veto < threshold:
        raise ContentError(f"{name}: long_veto must be at least the veto ({veto!r}) and below the threshold "
                           f"({threshold!r}), found {long_veto!r}")
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
    header = Header(fields["data_sha256"], fields["trained"], fields["command"], buckets, bias, scale, threshold,
                    veto, long_words, long_veto)
    return header, weights


def read_model(content_dir: Path) -> tuple[Header, array]:
    """The weights file in `content_dir`; ContentError naming the file when it is missing or broken."""
    path = content_dir / MODEL_FILE
    name = (Path(content_dir.name) / MODEL_FILE).as_posix()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ContentError(f"{name}: file is missing (make it with `{TRAIN_COMMAND}`)") from None
    return parse_model(data, name)
