"""The real content's pictures, sources and figures, and the pieces that turn an SVG into a Telegram photo."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.catalog import load_catalog
from bot.content.check import MAX_ALT, figures_in
from bot.content.i18n import I18n
from bot.content.images import (
    CAPTION_LIMIT,
    MAX_PHOTO_BYTES,
    PNG_MAGIC,
    RENDER_WIDTH,
    Illustrations,
    ImageError,
    caption_fits,
    photo_problems,
    png_size,
    svg_problems,
    visible_length,
)
from bot.content.series import series_message_ids
from bot.settings import PROJECT_ROOT
from tests.auxil.languages import LANGUAGES as LOCALES
from tests.auxil.pending import pending_id

CATALOG = load_catalog(PROJECT_ROOT / "content")
I18N = I18n(PROJECT_ROOT / "locales")
ILLUSTRATIONS = Illustrations(PROJECT_ROOT / "content")
NEW_SERIES = ("caregivers-today", "trainer-guide")


def picture_cards() -> list[tuple[str, str]]:
    return [(f"s-{s.id}-{lesson.id}-{card.card}", card.image) for s in CATALOG.series.values()
            for lesson, card in s.cards() if card.image]


def test_new_series_are_there_with_their_audiences() -> None:
    for series_id in NEW_SERIES:
        assert series_id in CATALOG.series
    assert CATALOG.series["trainer-guide"].audiences == ["professional"]
    assert len(CATALOG.series) >= 5


@pytest.mark.parametrize("series_id", sorted(CATALOG.series))
def test_every_lesson_has_a_picture_and_every_series_its_sources(series_id: str) -> None:
    series = CATALOG.series[series_id]
    for lesson in series.lessons:
        assert any(getattr(step, "image", None) for step in lesson.steps), lesson.id
    assert series.sources and all(source.url.startswith("https://") for source in series.sources)


@pytest.mark.parametrize("series_id", sorted(CATALOG.series))
def test_every_id_resolves_in_every_language(series_id: str) -> None:
    """English has every word; other languages too, except the translations listed in tests/auxil/pending.py."""
    for message_id in series_message_ids(CATALOG.series[series_id]):
        for code in LOCALES:
            if code == "en" or not pending_id(message_id):
                assert I18N.has(code, message_id), (code, message_id)


@pytest.mark.parametrize(("card_id", "image"), picture_cards())
def test_every_picture_exists_with_alt_text(card_id: str, image: str) -> None:
    assert ILLUSTRATIONS.path(image).is_file()
    assert svg_problems(ILLUSTRATIONS.path(image).read_bytes()) == []
    for code in LOCALES:
        if I18N.has(code, f"{card_id}-alt"):
            alt = I18N.t(code, f"{card_id}-alt")
            assert 10 <= len(alt) <= MAX_ALT and "<" not in alt, (code, card_id)
    assert I18N.has("en", f"{card_id}-alt")


def test_every_figure_has_a_source_and_year() -> None:
    sourced = 0
    for series in CATALOG.series.values():
        for lesson, card in series.cards():
            text = I18N.t("en", f"s-{series.id}-{lesson.id}-{card.card}")
            if card.statistic is None:
                assert figures_in(text, english=True) == [], (series.id, lesson.id, card.card)
            else:
                sourced += 1
                assert card.statistic.url.startswith("https://") and str(card.statistic.year) in text
    assert sourced >= 4


def test_figures_are_found() -> None:
    assert figures_in("22% of teens", english=True) == ["22%"]
    assert figures_in("3 in 10 teens; one in five; 3 out of 10", english=True) == ["3 in 10", "one in five",
                                                                                    "3 out of 10"]
    assert figures_in("22 % des ados", english=False) == ["22 %"]
    assert figures_in("٪٢٢ 5٪", english=False) == ["5٪"]
    assert figures_in("116 111, in 1 hour, in 2026", english=True) == []


def test_rendering_and_the_cache(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "images").mkdir(parents=True)
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 450">'
           '<rect width="800" height="450" fill="#{}"/></svg>')
    (content / "images" / "a.svg").write_text(svg.format("2a9d8f"), encoding="utf-8")
    pictures = Illustrations(content, cache_dir=tmp_path / "cache")
    first = pictures.get("a")
    png = pictures.png("a")
    assert png.startswith(PNG_MAGIC) and png_size(png) == (RENDER_WIDTH, 720) and photo_problems(png) == []
    assert (tmp_path / "cache" / f"{first.digest}.png").read_bytes() == png
    # A redrawn picture is a new picture (a new upload); the same one keeps its digest.
    (content / "images" / "a.svg").write_text(svg.format("e76f51"), encoding="utf-8")
    assert pictures.get("a").digest != first.digest
    assert pictures.png("a") != png
    (content / "images" / "a.svg").write_text(svg.format("2a9d8f"), encoding="utf-8")
    assert pictures.get("a").digest == first.digest
    with pytest.raises(ImageError, match="cannot read"):
        pictures.get("missing")
    (content / "images" / "broken.svg").write_text("<svg", encoding="utf-8")
    with pytest.raises(ImageError, match="cannot be rendered"):
        pictures.png("broken")


def test_svg_rules() -> None:
    ok = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 4"><defs><linearGradient id="g"/></defs>' \
         b'<rect fill="url(#g)" width="8" height="4"/><use href="#g"/></svg>'
    assert svg_problems(ok) == []
    assert svg_problems(b"<html/>") == ["the root element is not <svg>"]
    bad = b'<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script><rect onclick="x()" ' \
          b'style="fill:url(https://e.org/p)"/></svg>'
    assert svg_problems(bad) == sorted({
        "<script> is not allowed (no words, bitmaps or scripts: one picture serves every language)",
        "event attribute onclick is not allowed", "style refers outside the file"})


def test_photo_limits() -> None:
    def header(width: int, height: int) -> bytes:
        return PNG_MAGIC + b"\x00\x00\x00\rIHDR" + width.to_bytes(4, "big") + height.to_bytes(4, "big")

    assert photo_problems(header(1280, 720)) == []
    assert photo_problems(header(6000, 5000)) == ["PNG is 6000x5000, Telegram needs width + height <= 10000"]
    assert photo_problems(header(2100, 100)) == ["PNG is 2100x100, Telegram needs sides within 20:1"]
    assert photo_problems(header(10, 10) + b"0" * MAX_PHOTO_BYTES)[0].startswith("PNG is 10485784 bytes")


def test_caption_length_counts_what_telegram_counts() -> None:
    assert visible_length("<b>Hi</b> &amp; <i>bye</i>") == len("Hi & bye")
    assert visible_length("🙂") == 2  # UTF-16 code units
    assert caption_fits("<b>x</b>" * 1000 + "y" * (CAPTION_LIMIT - 1000))
    assert not caption_fits("y" * (CAPTION_LIMIT + 1))
