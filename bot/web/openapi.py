"""The OpenAPI 3 document of /api/v1/, served at /api/v1/openapi.json and checked by a schemathesis test."""

from __future__ import annotations

from typing import Any

from bot.services.stats import DIMENSIONS, FUNNEL_FILTERS, MAX_FILTER_VALUES, MAX_ID, METRICS
from bot.services.stats_items import PERSON_FILTERS, POLL_FILTERS, PUSH_FIGURES, RATINGS

_TOKEN = {"type": "string", "pattern": "^[A-Za-z0-9_.-]{1,32}$"}
_YEAR_2000_TO_2999 = r"^2[0-9]{3}-[0-9]{2}-[0-9]{2}$"  # what the API accepts as a day (with format: date)
# Each filter is a comma-separated list (style form, explode false): its items, and what they are.
_FILTERS: dict[str, tuple[str, dict[str, Any]]] = {
    "capability": ("MNR capability numbers, 1-21, e.g. 13 or 13,14", {"type": "integer", "minimum": 1, "maximum": 21}),
    "audience": ("audiences: youth, caregiver, professional", _TOKEN),
    "age_band": ("age bands: 13-15, 16-17", _TOKEN),
    "country": ("ISO 3166-1 alpha-2 codes, e.g. KE,RO (ZZ: not said)", {"type": "string", "pattern": "^[A-Za-z]{2}$"}),
    "locale": ("languages, e.g. en,fr", _TOKEN),
    "series": ("lesson series ids, e.g. in-control", _TOKEN),
    "cohort": ("cohort ids", {"type": "integer", "minimum": 1, "maximum": MAX_ID}),
    "week": ("weeks, each named by any of its days, YYYY-MM-DD (published as its Monday)",
             {"type": "string", "format": "date"}),
    "month": ("months, YYYY-MM, 2000-2999", {"type": "string", "pattern": "^2[0-9]{3}-(0[1-9]|1[0-2])$"}),
}
_DIMENSION_TYPES = {"capability": "integer", "cohort": "integer"}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _query(name: str, description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "description": description, "schema": schema}


def _period() -> list[dict[str, Any]]:
    return [
        _query("from", "first day (UTC), YYYY-MM-DD, from 2000-01-01; default: 29 days before `to`, not before "
                       "2000-01-01",
               {"type": "string", "format": "date", "pattern": _YEAR_2000_TO_2999}),
        _query("to", "last day (UTC), included, until 2999-12-31; default: today",
               {"type": "string", "format": "date", "pattern": _YEAR_2000_TO_2999}),
    ]


def _list(items: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": items, "minItems": 1, "maxItems": MAX_FILTER_VALUES}


def _list_query(name: str, description: str, items: dict[str, Any]) -> dict[str, Any]:
    return {**_query(name, description, _list(items)), "style": "form", "explode": False}


def _filters(names: tuple[str, ...]) -> list[dict[str, Any]]:
    return [_list_query(n, f"keep only these {_FILTERS[n][0]}", _FILTERS[n][1]) for n in names]


_FORMAT = _query("format", "json (default) or csv; `Accept: text/csv` works too",
                 {"type": "string", "enum": ["json", "csv"]})
_ROUND = {"name": "round_id", "in": "path", "required": True,
          "schema": {"type": "integer", "minimum": 1, "maximum": MAX_ID}}


def _table(schema: str, description: str) -> dict[str, Any]:
    return {
        "200": {"description": description, "content": {
            "application/json": {"schema": _ref(schema)},
            "text/csv": {"schema": {"type": "string"}},
        }},
        "400": _BAD_REQUEST,
        "401": {"description": "missing, unknown or revoked token", "content": _error()},
    }


def _error() -> dict[str, Any]:
    return {"application/json": {"schema": _ref("Error")}}


# A request line or header too long for the HTTP server (over 8 KB) is refused before the API sees it, in plain text.
_BAD_REQUEST = {"description": "a parameter is wrong (`detail` names it), or the request is too long (plain text)",
                "content": {**_error(), "text/plain": {"schema": {"type": "string"}}}}


def _rows(row: dict[str, Any], meta: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["rows", "min_count"],
        "properties": {**(meta or {}), "min_count": {"type": "integer"}, "rows": {"type": "array", "items": row}},
    }


def _row(keys: dict[str, Any], figures: tuple[str, ...]) -> dict[str, Any]:
    return {
        "type": "object",
        "required": list(figures),
        "properties": {**keys, **{name: _ref("Figure") for name in figures}},
    }


def _nullable(kind: str) -> dict[str, Any]:
    return {"type": kind, "nullable": True}


def openapi_document() -> dict[str, Any]:
    period_meta = {"from": {"type": "string", "format": "date"}, "to": {"type": "string", "format": "date"},
                   "filters": {"type": "object", "additionalProperties": {"type": "array",
                                                                          "items": {"type": "string"}}}}
    reach_row = _row({d: _nullable(_DIMENSION_TYPES.get(d, "string")) for d in DIMENSIONS}, METRICS)
    funnel_row = _row({"series": {"type": "string"}, "step": {"type": "string"}, "position": {"type": "integer"}},
                      ("people",))
    round_row = _row({"id": {"type": "integer"}, "code": {"type": "string"}, "questionnaire": {"type": "string"},
                      "version": {"type": "integer"}, "opens": {"type": "string", "format": "date"},
                      "closes": {"type": "string", "format": "date"}}, ("respondents",))
    result_row = _row({"item": {"type": "string"}, "kind": {"type": "string"},
                       "capabilities": {"type": "array", "items": {"type": "integer"}},
                       "country": _nullable("string"), "verified": {"type": "boolean"},
                       "answer": {"type": "string"}}, ("respondents", "count"))
    capability_row = _row({"capability": {"type": "integer"}, "country": _nullable("string")},
                          ("respondents", "answers"))
    cohort_row = _row({"id": {"type": "integer"}, "name": {"type": "string"}, "audience": {"type": "string"},
                       "locale": {"type": "string"}, "country": _nullable("string"), "closed": {"type": "boolean"},
                       "created": {"type": "string", "format": "date"}}, ("members",))
    string, integer, date = {"type": "string"}, {"type": "integer"}, {"type": "string", "format": "date"}
    quiz_row = _row({"series": string, "lesson": string, "quiz": string, "option": string,
                     "correct": {"type": "boolean"}}, ("answered", "people"))
    rating_row = _row({"series": string, "lesson": string, "rating": {"type": "string", "enum": list(RATINGS)}},
                      ("rated", "people"))
    poll_row = _row({"poll": string, "opens": date, "closes": date, "option": string}, ("answered", "people"))
    voice_row = _row({"series": string, "question": string, "option": string}, ("answered", "people"))
    push_row = _row({"id": integer, "cohort": integer, "cohort_name": string, "series": string, "mode": string,
                     "status": string, "created": date}, PUSH_FIGURES)
    filter_meta = {"filters": period_meta["filters"]}
    not_found = {"404": {"description": "no such round", "content": _error()}}
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Safety bot statistics API",
            "version": "1.0.0",
            "description": (
                "Prevention-pillar reach, lesson funnels, check-in results and cohorts for programme staff. "
                "Every count of people under 5 is suppressed (value null, suppressed true; an empty CSV cell), "
                "and where exactly one cell of a breakdown is suppressed the next-smallest is too, so that totals "
                "cannot reveal it. Days are UTC."
            ),
        },
        "servers": [{"url": "/api/v1"}],
        "security": [{"bearer": []}],
        "paths": {
            "/openapi.json": {"get": {
                "summary": "this document", "security": [],
                "responses": {"200": {"description": "OpenAPI 3 document",
                                      "content": {"application/json": {"schema": {"type": "object"}}}}},
            }},
            "/reach": {"get": {
                "summary": "reach: unique people per MNR capability, audience, age band, country, locale, series, "
                           "cohort, week or month",
                "parameters": [
                    *_period(),
                    _list_query("group_by", "dimensions to break down by, comma-separated: " + ", ".join(DIMENSIONS),
                                {"type": "string", "enum": list(DIMENSIONS)}),
                    *_filters(DIMENSIONS), _FORMAT,
                ],
                "responses": _table("ReachTable", "one row per combination of the group_by values"),
            }},
            "/funnel": {"get": {
                "summary": "lesson funnel per series: started, each lesson completed, series completed",
                "parameters": [*_period(), *_filters(("series",)), *_filters(FUNNEL_FILTERS), _FORMAT],
                "responses": _table("FunnelTable", "one row per series and step, in order"),
            }},
            "/checkins": {"get": {
                "summary": "check-in rounds with their number of respondents",
                "parameters": [_FORMAT],
                "responses": _table("RoundTable", "rounds, newest first"),
            }},
            "/checkins/{round_id}": {"get": {
                "summary": "answers per item, country and verified flag (e.g. maturity phase distributions)",
                "parameters": [_ROUND, _query("capability", "keep items about this MNR capability",
                                              {"type": "integer", "minimum": 1, "maximum": 21}),
                               _query("country", "keep this country", {"type": "string", "pattern": "^[A-Za-z]{2}$"}),
                               _FORMAT],
                "responses": {**_table("ResultTable", "one row per item, country, verified flag and answer"),
                              **not_found},
            }},
            "/checkins/{round_id}/capabilities": {"get": {
                "summary": "respondents and answers per MNR capability and country",
                "parameters": [_ROUND, _FORMAT],
                "responses": {**_table("CapabilityTable", "one row per capability and country"), **not_found},
            }},
            "/checkins/{round_id}/flow-results": {"get": {
                "summary": "the round as a FLOIP Flow Results package descriptor (pseudonymous)",
                "parameters": [_ROUND],
                "responses": {
                    "200": {"description": "datapackage.json; the resource path points at .../responses",
                            "content": {"application/json": {"schema": _ref("FlowResultsPackage")}}},
                    "400": _BAD_REQUEST,
                    "401": {"description": "missing, unknown or revoked token", "content": _error()},
                    **not_found,
                },
            }},
            "/checkins/{round_id}/flow-results/responses": {"get": {
                "summary": "the package's response rows: [timestamp, row_id, contact_id, session_id, question_id, "
                           "response, response_metadata]",
                "parameters": [_ROUND, _FORMAT],
                "responses": {
                    "200": {"description": "row arrays", "content": {
                        "application/json": {"schema": {"type": "array", "items": {
                            "type": "array", "minItems": 7, "maxItems": 7}}},
                        "text/csv": {"schema": {"type": "string"}},
                    }},
                    "400": _BAD_REQUEST,
                    "401": {"description": "missing, unknown or revoked token", "content": _error()},
                    **not_found,
                },
            }},
            "/cohorts": {"get": {
                "summary": "cohorts with their member counts",
                "parameters": [_FORMAT],
                "responses": _table("CohortTable", "every cohort"),
            }},
            "/quizzes": {"get": {
                "summary": "each quiz question's first answers by option (people), and the people who answered it; "
                           "filters apply to the person's current profile",
                "parameters": [*_period(), *_filters(PERSON_FILTERS), _FORMAT],
                "responses": _table("QuizTable", "one row per question and option, in content order"),
            }},
            "/ratings": {"get": {
                "summary": "lesson ratings (helpful, unsure, not_helpful) of people who first rated in the period",
                "parameters": [*_period(), *_filters(PERSON_FILTERS), _FORMAT],
                "responses": _table("RatingTable", "one row per lesson and rating, in content order"),
            }},
            "/polls": {"get": {
                "summary": "youth poll answers by option (people), and the people who answered each poll",
                "parameters": [*_filters(POLL_FILTERS), _FORMAT],
                "responses": _table("PollTable", "one row per poll and option"),
            }},
            "/series-questions": {"get": {
                "summary": "answers to each series' one-tap question by option (people)",
                "parameters": [*_filters(PERSON_FILTERS), _FORMAT],
                "responses": _table("SeriesQuestionTable", "one row per series question and option"),
            }},
            "/pushes": {"get": {
                "summary": "pushes to cohorts with their deliveries by outcome (newest first)",
                "parameters": [_FORMAT],
                "responses": _table("PushTable", "one row per push"),
            }},
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                                           "description": "created with `python -m bot token create NAME`"}},
            "schemas": {
                "Figure": {"type": "object", "required": ["value", "suppressed"], "properties": {
                    "value": {"type": "number", "nullable": True},
                    "suppressed": {"type": "boolean"},
                }},
                "Error": {"type": "object", "required": ["error"], "properties": {
                    "error": {"type": "string"}, "detail": {"type": "string"}}},
                "ReachTable": _rows(reach_row, {**period_meta, "group_by": {"type": "array",
                                                                            "items": {"type": "string"}}}),
                "FunnelTable": _rows(funnel_row, period_meta),
                "RoundTable": _rows(round_row),
                "ResultTable": _rows(result_row, {"round": {"type": "integer"}}),
                "CapabilityTable": _rows(capability_row, {"round": {"type": "integer"}}),
                "CohortTable": _rows(cohort_row),
                "QuizTable": _rows(quiz_row, period_meta),
                "RatingTable": _rows(rating_row, period_meta),
                "PollTable": _rows(poll_row, filter_meta),
                "SeriesQuestionTable": _rows(voice_row, filter_meta),
                "PushTable": _rows(push_row),
                "FlowResultsPackage": {"type": "object", "required": ["profile", "resources"], "properties": {
                    "profile": {"type": "string", "enum": ["flow-results-package"]},
                    "flow_results_specification_version": {"type": "string"},
                    "id": {"type": "string", "format": "uuid"},
                    "resources": {"type": "array", "minItems": 1, "maxItems": 1, "items": {"type": "object"}},
                }},
            },
        },
    }
