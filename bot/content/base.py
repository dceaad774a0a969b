"""Shared pieces of the content models: strict models, id rules, the error that names file and field."""

from __future__ import annotations

import re
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    ValidationInfo,
)

CONTENT_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,23}$")
IMAGE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
# Audiences a cohort (and a poll) can have; a series may also be for professionals (bot/content/series.py).
AUDIENCES = ("youth_13_15", "youth_16_17", "caregiver")


class ContentError(Exception):
    """Broken content. The message names the file and the field and is fit to print as is."""


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def languages_of(info: ValidationInfo) -> tuple[str, ...]:
    """The languages the content must serve, passed by the loader as validation context."""
    context = info.context if isinstance(info.context, dict) else {}
    return tuple(context.get("languages", ()))


def check_id(value: str) -> str:
    if not CONTENT_ID.match(value):
        raise ValueError("must be 1-24 lowercase ASCII letters, digits or '-', starting with a letter or digit")
    return value


def yaml_booleans(value: Any) -> Any:
    """YAML reads yes/no/on/off/true/false as booleans: say so instead of "should be a valid string"."""
    if isinstance(value, list) and any(isinstance(v, bool) for v in value):
        raise ValueError("an option id was read as true/false: quote yes, no, on, off, true and false ('no')")
    return value


def option_ids(value: list[str]) -> list[str]:
    for option in value:
        check_id(option)
    if len(set(value)) != len(value):
        raise ValueError("option ids must be unique")
    return value


def capability_ids(value: list[int]) -> list[int]:
    if not value or any(not 1 <= c <= 21 for c in value):
        raise ValueError("must be MNR capability ids between 1 and 21")
    return value
