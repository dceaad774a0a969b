"""The staff statistics API, version 1 (mounted at /api/v1/). Bearer tokens only; see bot/services/api_tokens.py.
Its routes, middlewares and start-up warm-up are declared in bot/web/staff.py, which imports this module on the
first request to the API.

Every figure comes from bot/services/stats.py, the same code /stats uses in the chat.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import Any

from aiohttp import web

from bot.content.i18n import FALLBACK_LOCALE
from bot.services import counters
from bot.services.answer_counts import fold_pending
from bot.services.api_tokens import verify_token
from bot.services.checkins import CheckinError
from bot.services.flow_results import FIELDS, descriptor, response_batches
from bot.services.stats import (
    DIMENSIONS,
    FUNNEL_FILTERS,
    MAX_ID,
    METRICS,
    Period,
    ReachQuery,
    Row,
    StatsQueryError,
    parse_filters,
    parse_group_by,
    parse_period,
    parse_value,
)
from bot.services.stats_items import (
    PERSON_FILTERS,
    POLL_FILTERS,
    PUSH_FIGURES,
    lesson_ratings,
    poll_results,
    push_progress,
    quiz_questions,
    series_questions,
)
from bot.web.base import RUNTIME, Handler, json_error
from bot.web.render import FormatError, table_response, wants_csv
from bot.web.staff import STATS

log = logging.getLogger(__name__)

PUBLIC_ROUTES = frozenset({"openapi"})
_PARAMETER_NAME = re.compile(r"^[A-Za-z0-9_]{1,40}$")

# The key columns of each table, in CSV order (the dashboard's downloads use the same).
REACH_FIGURES = METRICS
FUNNEL_KEYS = ("series", "step", "position")
ROUND_KEYS = ("id", "code", "questionnaire", "version", "opens", "closes")
RESULT_KEYS = ("item", "kind", "capabilities", "country", "verified", "answer")
CAPABILITY_KEYS = ("capability", "country")
COHORT_KEYS = ("id", "name", "audience", "locale", "country", "closed", "created")
QUIZ_KEYS = ("series", "lesson", "quiz", "option", "correct")
RATING_KEYS = ("series", "lesson", "rating")
POLL_KEYS = ("poll", "opens", "closes", "option")
VOICE_KEYS = ("series", "question", "option")
PUSH_KEYS = ("id", "cohort", "cohort_name", "series", "mode", "status", "created")


@web.middleware
async def bearer_auth(request: web.Request, handler: Handler) -> web.StreamResponse:
    """401 with the same body whether the token is missing, malformed, unknown or revoked."""
    if request.match_info.route.name in PUBLIC_ROUTES:
        return await handler(request)
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer":
        return json_error(401)
    async with request.app[RUNTIME].store.transaction() as session:
        found = await verify_token(session, token.strip())
    if found is None:
        return json_error(401)
    return await handler(request)


@web.middleware
async def bad_requests(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except (StatsQueryError, FormatError) as error:
        return json_error(400, str(error))
    except CheckinError:
        return json_error(404)


def _query(request: web.Request, allowed: set[str], *, tabular: bool = True) -> Mapping[str, str]:
    """The query parameters, each at most once and all known (a typo must not silently widen a statistic)."""
    for name in request.query:
        if name not in allowed and not (tabular and name == "format"):
            shown = name if _PARAMETER_NAME.match(name) else "a parameter"
            raise StatsQueryError(f"{shown}: unknown parameter")
        if len(request.query.getall(name)) > 1:
            raise StatsQueryError(f"{name}: give it once; separate several values with commas")
    if tabular:
        wants_csv(request)  # rejects a bad format before any work is done
    return request.query


def _round_id(request: web.Request) -> int:
    value = int(request.match_info["round_id"])
    if not 1 <= value <= MAX_ID:
        raise CheckinError("no such round")
    return value


def _echo(filters: Mapping[str, tuple[object, ...]]) -> dict[str, list[str]]:
    return {name: [str(v) for v in values] for name, values in filters.items()}


async def openapi(request: web.Request) -> web.Response:
    from bot.web.openapi import openapi_document  # the document and its module: only when first asked for

    return web.json_response(openapi_document())


def _period(request: web.Request, params: Mapping[str, str]) -> Period:
    return parse_period(params.get("from"), params.get("to"), request.app[RUNTIME].clock.now().date())


def _period_meta(period: Period, filters: Mapping[str, tuple[object, ...]]) -> dict[str, Any]:
    return {"from": period.start.isoformat(), "to": period.end.isoformat(), "filters": _echo(filters)}


async def reach(request: web.Request) -> web.Response:
    params = _query(request, {"from", "to", "group_by", *DIMENSIONS})
    period = _period(request, params)
    group_by = parse_group_by(params.get("group_by"))
    filters = parse_filters(params)
    rt, stats = request.app[RUNTIME], request.app[STATS]
    await stats.ensure_fresh(rt.stats_store)
    async with rt.stats_store.transaction() as session:
        rows = await stats.reach(session, ReachQuery(period, group_by, filters))
    meta = {"from": period.start.isoformat(), "to": period.end.isoformat(), "group_by": list(group_by),
            "filters": _echo(filters)}
    return table_response(request, rows, group_by, METRICS, meta, "reach.csv")


async def funnel(request: web.Request) -> web.Response:
    params = _query(request, {"from", "to", "series", *FUNNEL_FILTERS})
    period = _period(request, params)
    series = parse_filters(params, ("series",)).get("series", ())
    filters = parse_filters(params, FUNNEL_FILTERS)
    rt, stats = request.app[RUNTIME], request.app[STATS]
    await stats.ensure_fresh(rt.stats_store)
    async with rt.stats_store.transaction() as session:
        rows = await stats.funnel(session, period, series, filters)
    meta = _period_meta(period, filters)
    return table_response(request, rows, FUNNEL_KEYS, ("people",), meta, "funnel.csv")


async def checkin_rounds(request: web.Request) -> web.Response:
    _query(request, set())
    rt, stats = request.app[RUNTIME], request.app[STATS]
    async with rt.stats_store.transaction() as session:
        rows = await stats.rounds(session)
    return table_response(request, rows, ROUND_KEYS, ("respondents",), {}, "checkin-rounds.csv")


async def checkin_results(request: web.Request) -> web.Response:
    params = _query(request, {"capability", "country"})
    round_id = _round_id(request)
    capability = parse_value("capability", params["capability"]) if "capability" in params else None
    country = parse_value("country", params["country"]) if "country" in params else None
    rt, stats = request.app[RUNTIME], request.app[STATS]
    async with rt.stats_store.transaction() as session:
        rows = await stats.checkin_results(session, round_id, capability, country)
    return table_response(request, rows, RESULT_KEYS, ("respondents", "count"), {"round": round_id},
                          f"checkin-round-{round_id}-results.csv")


async def checkin_capabilities(request: web.Request) -> web.Response:
    _query(request, set())
    round_id = _round_id(request)
    rt, stats = request.app[RUNTIME], request.app[STATS]
    async with rt.stats_store.transaction() as session:
        rows = await stats.checkin_capabilities(session, round_id)
    return table_response(request, rows, CAPABILITY_KEYS, ("respondents", "answers"), {"round": round_id},
                          f"checkin-round-{round_id}-capabilities.csv")


def _label(request: web.Request) -> Callable[[str], str]:
    rt = request.app[RUNTIME]
    return lambda key: rt.i18n.t(FALLBACK_LOCALE, key)


async def flow_results_descriptor(request: web.Request) -> web.Response:
    _query(request, set(), tabular=False)
    rt, round_id = request.app[RUNTIME], _round_id(request)
    async with rt.stats_store.transaction() as session:
        # Relative to this descriptor's URL (.../flow-results), "flow-results/responses" is the responses URL.
        found = await descriptor(session, rt.catalog, round_id, _label(request), data_path="flow-results/responses")
    return web.json_response(found)


async def flow_results_responses(request: web.Request) -> web.StreamResponse:
    """The rows as they come from the database, a batch at a time: a round of any size is never in memory whole.
    The bytes are those `web.json_response(rows)` (or the CSV writer over all rows) would give."""
    _query(request, set())
    rt, round_id = request.app[RUNTIME], _round_id(request)
    as_csv = wants_csv(request)
    response = web.StreamResponse()
    if as_csv:
        response.content_type, response.charset = "text/csv", "utf-8"
        response.headers["Content-Disposition"] = (
            f'attachment; filename="checkin-round-{request.match_info["round_id"]}-flow-results.csv"')
    else:
        response.content_type, response.charset = "application/json", "utf-8"
    async with rt.stats_store.transaction() as session:
        batches = response_batches(session, round_id)
        first = await anext(batches, None)  # an unknown round raises here, before anything is sent
        await response.prepare(request)
        if as_csv:
            await response.write(_csv_lines([[field["name"] for field in FIELDS]]))
        else:
            await response.write(b"[")
        written = 0
        while first is not None:
            if as_csv:
                await response.write(_csv_lines([*row[:-1], json.dumps(row[-1], separators=(",", ":"))]
                                                for row in first))
            else:
                text = ", ".join(json.dumps(row) for row in first)
                await response.write(((", " if written else "") + text).encode())
            written += len(first)
            first = await anext(batches, None)
        if not as_csv:
            await response.write(b"]")
    await response.write_eof()
    return response


def _csv_lines(rows: Iterable[Sequence[object]]) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue().encode()


async def cohorts(request: web.Request) -> web.Response:
    _query(request, set())
    rt, stats = request.app[RUNTIME], request.app[STATS]
    await counters.fold_pending(rt.stats_store)
    async with rt.stats_store.transaction() as session:
        rows = await stats.cohorts(session)
    return table_response(request, rows, COHORT_KEYS, ("members",), {}, "cohorts.csv")


async def _per_question_table(request: web.Request, query: Callable[..., Awaitable[list[Row]]],
                              keys: Sequence[str], counts: Sequence[str], filename: str) -> web.Response:
    """A table per quiz question or lesson, for a period and the person filters."""
    params = _query(request, {"from", "to", *PERSON_FILTERS})
    period = _period(request, params)
    filters = parse_filters(params, PERSON_FILTERS)
    rt = request.app[RUNTIME]
    await fold_pending(rt.stats_store)
    async with rt.stats_store.transaction() as session:
        rows = await query(session, rt.catalog, period, filters)
    return table_response(request, rows, keys, counts, _period_meta(period, filters), filename)


async def quizzes(request: web.Request) -> web.Response:
    return await _per_question_table(request, quiz_questions, QUIZ_KEYS, ("answered", "people"), "quizzes.csv")


async def ratings(request: web.Request) -> web.Response:
    return await _per_question_table(request, lesson_ratings, RATING_KEYS, ("rated", "people"), "ratings.csv")


async def polls(request: web.Request) -> web.Response:
    params = _query(request, set(POLL_FILTERS))
    filters = parse_filters(params, POLL_FILTERS)
    rt = request.app[RUNTIME]
    await fold_pending(rt.stats_store)
    async with rt.stats_store.transaction() as session:
        rows = await poll_results(session, rt.catalog, filters)
    return table_response(request, rows, POLL_KEYS, ("answered", "people"), {"filters": _echo(filters)}, "polls.csv")


async def voice_questions(request: web.Request) -> web.Response:
    params = _query(request, set(PERSON_FILTERS))
    filters = parse_filters(params, PERSON_FILTERS)
    rt = request.app[RUNTIME]
    await fold_pending(rt.stats_store)
    async with rt.stats_store.transaction() as session:
        rows = await series_questions(session, rt.catalog, filters)
    return table_response(request, rows, VOICE_KEYS, ("answered", "people"), {"filters": _echo(filters)},
                          "series-questions.csv")


async def pushes(request: web.Request) -> web.Response:
    _query(request, set())
    rt = request.app[RUNTIME]
    await counters.fold_pending(rt.stats_store)
    async with rt.stats_store.transaction() as session:
        rows = await push_progress(session)
    return table_response(request, rows, PUSH_KEYS, PUSH_FIGURES, {}, "pushes.csv")
