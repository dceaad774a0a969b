"""Lesson illustrations: hand-written SVG in content/images/<name>.svg, rendered to PNG when Telegram needs one.

The PNG is only needed for an image's first upload (after that the bot sends Telegram's file_id, see
bot/services/images.py), so it is rendered on demand, with resvg (a wheel, no system library), and never
committed. Renders are kept in memory and, best effort, in a cache folder keyed by the SVG's hash, so that
`check-content` (which renders every image to check it) is quick the second time. resvg is imported on the first
render, not at start: a running bot rarely renders (only an image's first upload), and its library is 1.3 MB.
"""

from __future__ import annotations

import hashlib
import logging
import re
import struct
import tempfile
from dataclasses import dataclass
from html import unescape
from pathlib import Path

log = logging.getLogger(__name__)

IMAGES_FOLDER = "images"
RENDER_WIDTH = 1280  # Telegram shows photos at most 1280 pixels wide
# Telegram's limits for a photo (sendPhoto): 10 MB, width + height at most 10000, sides at most 20:1.
MAX_PHOTO_BYTES = 10 * 1024 * 1024
MAX_PHOTO_SIDES = 10_000
MAX_PHOTO_RATIO = 20
SVG_SOFT_LIMIT = 20 * 1024
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
# One picture serves every language: no words in it, nothing loaded from elsewhere, nothing that runs.
FORBIDDEN_ELEMENTS = frozenset({"text", "tspan", "textPath", "image", "script", "foreignObject", "font", "iframe"})
CACHE_DIR = Path(tempfile.gettempdir()) / "safety-bot-images"
CAPTION_LIMIT = 1024  # Telegram's limit for a photo caption, counted after the HTML is parsed
_TAG = re.compile(r"<[^>]*>")


def visible_length(html: str) -> int:
    """Length as Telegram counts it (UTF-16 code units of the text after the HTML is parsed)."""
    return len(unescape(_TAG.sub("", html)).encode("utf-16-le")) // 2


def caption_fits(text: str) -> bool:
    return visible_length(text) <= CAPTION_LIMIT


class ImageError(Exception):
    """An illustration cannot be read or rendered; the message names the file."""


@dataclass(frozen=True)
class Illustration:
    name: str
    path: Path
    # sha256 of the SVG and the render width: when it changes, the picture is uploaded again.
    digest: str


def _local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def svg_problems(svg: bytes) -> list[str]:
    """What makes an SVG unfit for a lesson: not SVG, words, bitmaps, scripts or outside references."""
    import xml.etree.ElementTree as ET  # only the content check needs it: not imported by a running bot

    try:
        root = ET.fromstring(svg)
    except ET.ParseError as error:
        return [f"not well-formed XML ({error})"]
    if _local_name(root.tag) != "svg":
        return ["the root element is not <svg>"]
    problems: list[str] = []
    for element in root.iter():
        name = _local_name(element.tag)
        if name in FORBIDDEN_ELEMENTS:
            problems.append(f"<{name}> is not allowed (no words, bitmaps or scripts: one picture serves every "
                            "language)")
        for attribute, value in element.attrib.items():
            if _local_name(attribute) == "href" and not value.startswith("#"):
                problems.append(f"{_local_name(attribute)}={value[:40]!r} refers outside the file")
            if "url(" in value and "url(#" not in value.replace(" ", ""):
                problems.append(f"{_local_name(attribute)} refers outside the file")
            if _local_name(attribute).startswith("on"):
                problems.append(f"event attribute {_local_name(attribute)} is not allowed")
    return sorted(set(problems))


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header."""
    if not png.startswith(PNG_MAGIC) or len(png) < 24:
        raise ValueError("not a PNG")
    width, height = struct.unpack(">II", png[16:24])
    return int(width), int(height)


def photo_problems(png: bytes) -> list[str]:
    """Where a rendered PNG breaks Telegram's photo limits."""
    width, height = png_size(png)
    problems = []
    if len(png) > MAX_PHOTO_BYTES:
        problems.append(f"PNG is {len(png)} bytes, Telegram takes photos up to {MAX_PHOTO_BYTES}")
    if width + height > MAX_PHOTO_SIDES:
        problems.append(f"PNG is {width}x{height}, Telegram needs width + height <= {MAX_PHOTO_SIDES}")
    if max(width, height) > MAX_PHOTO_RATIO * max(1, min(width, height)):
        problems.append(f"PNG is {width}x{height}, Telegram needs sides within {MAX_PHOTO_RATIO}:1")
    return problems


class Illustrations:
    """The illustrations of one content folder."""

    def __init__(self, content_dir: Path, cache_dir: Path | None = CACHE_DIR) -> None:
        self.folder = content_dir / IMAGES_FOLDER
        self.cache_dir = cache_dir
        self._rendered: dict[str, bytes] = {}

    def path(self, name: str) -> Path:
        return self.folder / f"{name}.svg"

    def names(self) -> list[str]:
        return sorted(path.stem for path in self.folder.glob("*.svg"))

    def _svg(self, name: str) -> bytes:
        try:
            return self.path(name).read_bytes()
        except OSError as error:
            raise ImageError(f"{self.path(name)}: cannot read ({error.strerror})") from None

    def get(self, name: str) -> Illustration:
        svg = self._svg(name)
        digest = hashlib.sha256(svg + f"|width={RENDER_WIDTH}".encode()).hexdigest()
        return Illustration(name, self.path(name), digest)

    def png(self, name: str) -> bytes:
        """The picture as a PNG (RENDER_WIDTH wide). Slow the first time (a few hundred ms): call it in a thread."""
        svg = self._svg(name)
        digest = hashlib.sha256(svg + f"|width={RENDER_WIDTH}".encode()).hexdigest()
        if (png := self._rendered.get(digest)) is not None:
            return png
        png = self._read_cache(digest)
        if png is None:
            import resvg_py  # lazily: see the module's docstring

            try:
                png = bytes(resvg_py.svg_to_bytes(svg_string=svg.decode("utf-8"), width=RENDER_WIDTH,
                                                  skip_system_fonts=True))
            except (ValueError, UnicodeDecodeError) as error:
                raise ImageError(f"{self.path(name)}: cannot be rendered ({error})") from None
            self._write_cache(digest, png)
        self._rendered[digest] = png
        return png

    def _read_cache(self, digest: str) -> bytes | None:
        if self.cache_dir is None:
            return None
        try:
            png = (self.cache_dir / f"{digest}.png").read_bytes()
        except OSError:
            return None
        return png if png.startswith(PNG_MAGIC) else None

    def _write_cache(self, digest: str, png: bytes) -> None:
        if self.cache_dir is None:
            return
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            partial = self.cache_dir / f"{digest}.{id(png)}.tmp"
            partial.write_bytes(png)
            partial.replace(self.cache_dir / f"{digest}.png")  # atomic: a reader never sees half a file
        except OSError as error:  # a read-only or full disk only costs a render next time
            log.debug("cannot cache a rendered image: %s", error.strerror)
