"""What a dashboard page is made of, independent of HTML: sections of tables (each with the chart drawn from it and
the CSV it downloads as), headline cards and filters. The templates render these; pages.py builds them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from bot.services.stats import Row
from bot.web.render import csv_text


@dataclass(frozen=True)
class Cell:
    text: str
    numeric: bool = False
    href: str | None = None
    level: int | None = None  # 0-4: shading of a grid cell by share
    muted: bool = False  # a suppressed or empty figure

    @property
    def css(self) -> str:
        classes = ["num"] if self.numeric else []
        if self.muted:
            classes.append("muted")
        if self.level is not None:
            classes.append(f"l{self.level}")
        return " ".join(classes)


@dataclass
class Table:
    """A table as shown, and the rows it downloads as: the same `Row`s and columns as the matching API answer."""

    id: str
    caption: str
    headers: list[str]
    rows: list[list[Cell]]
    csv_rows: Sequence[Row]
    csv_keys: Sequence[str]
    csv_figures: Sequence[str]
    filename: str
    chart: Markup | None = None
    note: str | None = None
    row_headers: bool = True  # the first cell of each row names it
    wide: bool = False  # a wide table: the chart goes under it rather than beside it
    csv_url: str = ""

    def csv(self) -> str:
        return csv_text(self.csv_rows, self.csv_keys, self.csv_figures)

    def numeric_columns(self) -> list[bool]:
        """Columns whose cells are all figures (their headers align with the figures)."""
        return [bool(self.rows) and all(len(row) > i and row[i].numeric for row in self.rows)
                for i in range(len(self.headers))]


@dataclass(frozen=True)
class Card:
    label: str
    value: str
    previous: str
    change: str
    trend: str  # up | down | flat | none


@dataclass
class Section:
    heading: str
    tables: list[Table] = field(default_factory=list)
    cards: list[Card] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    definitions: list[tuple[str, str]] = field(default_factory=list)
    id: str = ""


@dataclass(frozen=True)
class Option:
    value: str
    label: str


@dataclass
class Select:
    name: str
    label: str
    options: list[Option]
    selected: str = ""


@dataclass
class Filters:
    selects: list[Select] = field(default_factory=list)
    dates: tuple[str, str] | None = None  # from, to as given (custom period)
    hidden: dict[str, str] = field(default_factory=dict)


@dataclass
class Page:
    nav: str  # which menu entry is current
    title: str
    lead: str = ""
    filters: Filters | None = None
    sections: list[Section] = field(default_factory=list)
    actions: list[tuple[str, str]] = field(default_factory=list)  # (label, href) links under the title
    printable: bool = False
    error: str | None = None

    def tables(self) -> list[Table]:
        return [table for section in self.sections for table in section.tables]

    def table(self, table_id: str) -> Table | None:
        return next((t for t in self.tables() if t.id == table_id), None)


def muted(text: str) -> Cell:
    return Cell(text, numeric=True, muted=True)


def level_of(share: float | None) -> int | None:
    """Shading step of a grid cell: 0 (none) to 4 (most)."""
    if share is None:
        return None
    return min(4, int(share * 5 + 0.9999)) if share > 0 else 0


def key_row(**values: Any) -> Row:
    """A Row holding only key columns (for CSVs of tables the API has no endpoint for)."""
    return Row(dict(values), {})
