"""Check-in rounds as FLOIP Flow Results packages (a Frictionless data package with one response resource).

Rows are [timestamp, row_id, contact_id, session_id, question_id, response, response_metadata]; the contact is
the respondent's pseudonym (as in the CSV export: pseudonymous by design, for staff analysis only).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import AsyncIterator, Callable
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.content.catalog import Catalog
from bot.services.checkins import CheckinError
from bot.store.models import CheckinAnswer, CheckinRespondent, CheckinRound

SPECIFICATION_VERSION = "1.0.0"
RESOURCE_NAME = "flow-results-data"
DATA_PATH = f"data/{RESOURCE_NAME}.json"
FIELDS = [
    {"name": "timestamp", "title": "Timestamp", "type": "datetime"},
    {"name": "row_id", "title": "Row ID", "type": "string"},
    {"name": "contact_id", "title": "Contact ID", "type": "string"},
    {"name": "session_id", "title": "Session ID", "type": "string"},
    {"name": "question_id", "title": "Question ID", "type": "string"},
    {"name": "response", "title": "Response", "type": "any"},
    {"name": "response_metadata", "title": "Response Metadata", "type": "object"},
]
# A fixed namespace, so that the same round always gets the same package id.
_NAMESPACE = uuid.UUID("6f1d3c2e-9a57-4a8e-8f0e-2d4b7c1a9e55")
_TAGS = re.compile(r"<[^>]+>")


def _stamp(value: datetime) -> str:
    return value.isoformat()  # always UTC: "+00:00", as the specification asks, never "Z"


def package_id(round_row: CheckinRound) -> str:
    """A version 4 UUID (the specification requires v4) derived from the round, stable across exports."""
    digest = uuid.uuid5(_NAMESPACE, f"{round_row.id}:{round_row.questionnaire}:{round_row.code}")
    return str(uuid.UUID(bytes=digest.bytes, version=4))


BATCH = 2000  # rows fetched from the database at a time while streaming


def _responses(round_id: int) -> Select[Any]:
    return (
        select(CheckinAnswer.answered_at, CheckinRespondent.id, CheckinRespondent.pseudonym, CheckinAnswer.item,
               CheckinAnswer.answer, CheckinRespondent.country, CheckinRespondent.sector,
               CheckinRespondent.verified)
        .join(CheckinRespondent, CheckinRespondent.id == CheckinAnswer.respondent_id)
        .where(CheckinRespondent.round_id == round_id)
        .order_by(CheckinRespondent.id, CheckinAnswer.item)
    )


def _row(round_id: int, record: Any) -> list[Any]:
    answered_at, respondent, pseudonym, item, answer, country, sector, verified = record
    return [_stamp(answered_at), f"{respondent}-{item}", pseudonym, f"{round_id}-{respondent}", item, answer,
            {"country": country, "sector": sector, "verified": bool(verified)}]


async def _round(session: AsyncSession, round_id: int) -> CheckinRound:
    row = await session.get(CheckinRound, round_id)
    if row is None:
        raise CheckinError(f"no round {round_id}")
    return row


async def response_batches(session: AsyncSession, round_id: int,
                           batch: int | None = None) -> AsyncIterator[list[list[Any]]]:
    """The response rows of one round, a batch at a time, read with a server-side cursor (PostgreSQL) so that a
    round of any size is never held in memory whole. CheckinError, before any row, for an unknown round."""
    await _round(session, round_id)
    batch = batch or BATCH
    result = await session.stream(_responses(round_id).execution_options(yield_per=batch))
    async for records in result.partitions(batch):
        yield [_row(round_id, record) for record in records]


async def descriptor(session: AsyncSession, catalog: Catalog, round_id: int, label: Callable[[str], str],
                     data_path: str = DATA_PATH) -> dict[str, Any]:
    """The descriptor (datapackage.json) of one round. `label` turns a Fluent id into English text for the
    question labels."""
    row = await _round(session, round_id)
    last = await session.scalar(
        select(func.max(CheckinAnswer.answered_at))
        .join(CheckinRespondent, CheckinRespondent.id == CheckinAnswer.respondent_id)
        .where(CheckinRespondent.round_id == round_id)
    )
    questionnaire = catalog.questionnaires.get(row.questionnaire)
    questions: dict[str, Any] = {}
    for item in questionnaire.items if questionnaire else []:
        text = _TAGS.sub("", label(f"ci-{row.questionnaire}-{item.id}")).strip()
        questions[item.id] = {
            "type": "select_one",
            "label": text,
            "type_options": {"choices": list(item.answer_values())},
            "mnr_capabilities": item.capabilities,
        }
    name = re.sub(r"[^a-z0-9._-]+", "-", f"checkin-{row.questionnaire}-{row.code}".lower()).strip("-")
    return {
        "profile": "flow-results-package",
        "flow_results_specification_version": SPECIFICATION_VERSION,
        "name": name,
        "title": f"{_TAGS.sub('', label(f'ci-{row.questionnaire}-title')).strip()} {row.code}",
        "id": package_id(row),
        "created": _stamp(row.created_at),
        "modified": _stamp(last) if last is not None else _stamp(row.created_at),
        "resources": [{
            "name": RESOURCE_NAME,
            "path": data_path,
            "mediatype": "application/json",
            "encoding": "utf-8",
            "schema": {"language": "eng", "fields": FIELDS, "questions": questions},
        }],
    }


async def flow_results(session: AsyncSession, catalog: Catalog, round_id: int, label: Callable[[str], str],
                       data_path: str = DATA_PATH) -> tuple[dict[str, Any], list[list[Any]]]:
    """The descriptor and all the response rows of one round, in memory (the CLI's export writes one file)."""
    found = await descriptor(session, catalog, round_id, label, data_path)
    rows = [row async for rows in response_batches(session, round_id) for row in rows]
    return found, rows
