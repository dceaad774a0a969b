"""Youth polls (content/polls/)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from typing import Any, Literal

from pydantic import (
    Field,
    field_validator,
    model_validator,
)

from bot.content.base import StrictModel, capability_ids, check_id, option_ids, yaml_booleans


class Poll(StrictModel):
    """A youth poll (MNR capability 14): one question, 2-6 options, open from `opens` to the end of `closes`
    (UTC days) for the audiences and countries listed."""

    id: str
    options: list[str] = Field(min_length=2, max_length=6)
    audiences: list[Literal["youth_13_15", "youth_16_17", "caregiver"]] = Field(min_length=1)
    countries: list[str] = Field(min_length=1)
    opens: date
    closes: date
    capabilities: list[int] = Field(default_factory=lambda: [14])

    _id = field_validator("id")(check_id)
    _booleans = field_validator("options", mode="before")(yaml_booleans)
    _options = field_validator("options")(option_ids)

    @field_validator("countries", mode="before")
    @classmethod
    def _all_or_list(cls, value: Any) -> Any:
        return ["all"] if value == "all" else value

    @field_validator("countries")
    @classmethod
    def _iso_codes(cls, value: list[str]) -> list[str]:
        if value == ["all"]:
            return value
        for code in value:
            if not re.fullmatch(r"[A-Z]{2}", code):
                raise ValueError(f"must be 'all' or a list of ISO 3166-1 alpha-2 codes; got {code!r}")
        return value

    _capabilities = field_validator("capabilities")(capability_ids)

    @model_validator(mode="after")
    def _window(self) -> Poll:
        if self.closes < self.opens:
            raise ValueError(f"closes ({self.closes}) is before opens ({self.opens})")
        return self

    @property
    def opens_at(self) -> datetime:
        return datetime.combine(self.opens, time.min, tzinfo=UTC)

    @property
    def closes_at(self) -> datetime:
        """The last moment the poll is open: the end of its closing day, UTC."""
        return datetime.combine(self.closes, time.max, tzinfo=UTC)

    def is_open(self, now: datetime) -> bool:
        return self.opens_at <= now <= self.closes_at

    def for_country(self, country: str | None) -> bool:
        return self.countries == ["all"] or country in self.countries


def poll_message_ids(poll: Poll) -> list[str]:
    """`poll-<id>` is the question; `poll-<id>-<option>` each option's button label."""
    return [f"poll-{poll.id}", *(f"poll-{poll.id}-{option}" for option in poll.options)]
