"""Check-in rounds as FLOIP Flow Results packages (a Frictionless data package with one response resource).

Rows are [timestamp, row_id, contact_id, session_id, question_id, response, response_metadata]; the contact is
the respondent's pseudonym (as in the CSV export: pseudonymous by design, for staff analysis only).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import select
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


async def flow_results(session: AsyncSession, catalog: Catalog, round_id: int, label: Callable[[str], str],
                       data_path: str = DATA_PATH) -> tuple[dict[str, Any], list[list[Any]]]:
    """The descriptor (datapackage.json) and the response rows of one round. `label` turns a Fluent id into
    English text for the question labels."""
    row = await session.get(CheckinRound, round_id)
    if row is None:
        raise CheckinError(f"no round {round_id}")
    data = await session.execute(
        select(CheckinAnswer.answered_at, CheckinRespondent.id, CheckinRespondent.pseudonym, CheckinAnswer.item,
               CheckinAnswer.answer, CheckinRespondent.country, CheckinRespondent.sector,
               CheckinRespondent.verified)
        .join(CheckinRespondent, CheckinRespondent.id == CheckinAnswer.respondent_id)
        .where(CheckinRespondent.round_id == round_id)
        .order_by(CheckinRespondent.id, CheckinAnswer.item)
    )
    rows = [
        [_stamp(answered_at), f"{respondent}-{item}", pseudonym, f"{round_id}-{respondent}", item, answer,
         {"country": country, "sector": sector, "verified": bool(verified)}]
        for answered_at, respondent, pseudonym, item, answer, country, sector, verified in data
    ]
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
    modified = max((r[0] for r in rows), default=_stamp(row.created_at))
    descriptor = {
        "profile": "flow-results-package",
        "flow_results_specification_version": SPECIFICATION_VERSION,
        "name": name,
        "title": f"{_TAGS.sub('', label(f'ci-{row.questionnaire}-title')).strip()} {row.code}",
        "id": package_id(row),
        "created": _stamp(row.created_at),
        "modified": modified,
        "resources": [{
            "name": RESOURCE_NAME,
            "path": data_path,
            "mediatype": "application/json",
            "encoding": "utf-8",
            "schema": {"language": "eng", "fields": FIELDS, "questions": questions},
        }],
    }
    return descriptor, rows

