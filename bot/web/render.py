"""Statistics as JSON (each figure as {"value", "suppressed"}) or CSV (a suppressed figure is an empty cell)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from aiohttp import web

from bot.services.stats import Figure, Row
from bot.services.suppression import MIN_COUNT

FORMATS = ("json", "csv")


class FormatError(ValueError):
    pass


def wants_csv(request: web.Request) -> bool:
    """`format=csv|json` wins; otherwise CSV when the Accept header prefers text/csv to application/json."""
    chosen = request.query.get("format")
    if chosen is not None:
        if chosen not in FORMATS:
            raise FormatError("format: json or csv")
        return chosen == "csv"
    weights = {"text/csv": 0.0, "application/json": 0.0}
    for part in request.headers.get("Accept", "").split(","):
        media, *options = (piece.strip() for piece in part.split(";"))
        if media.lower() in weights:
            weight = 1.0
            for option in options:
                name, _, value = option.partition("=")
                if name.strip() == "q":
                    try:
                        weight = float(value)
                    except ValueError:
                        weight = 0.0
            weights[media.lower()] = max(weights[media.lower()], weight)
    return weights["text/csv"] > weights["application/json"]


def figure_json(figure: Figure) -> dict[str, Any]:
    return {"value": figure.value, "suppressed": figure.suppressed}


def row_json(row: Row) -> dict[str, Any]:
    return {**row.key, **{name: figure_json(figure) for name, figure in row.figures.items()}}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return " ".join(str(part) for part in value)
    return str(value)


def csv_text(rows: Sequence[Row], keys: Sequence[str], figures: Sequence[str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*keys, *figures])
    for row in rows:
        writer.writerow([*(_cell(row.key.get(k)) for k in keys), *(_cell(row.figures[f].value) for f in figures)])
    return out.getvalue()


def csv_response(text: str, filename: str) -> web.Response:
    response = web.Response(text=text, content_type="text/csv", charset="utf-8")
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def table_response(request: web.Request, rows: Sequence[Row], keys: Sequence[str], figures: Sequence[str],
                   meta: dict[str, Any], filename: str) -> web.Response:
    if wants_csv(request):
        return csv_response(csv_text(rows, keys, figures), filename)
    return web.json_response({**meta, "min_count": MIN_COUNT, "rows": [row_json(row) for row in rows]})
