"""The MNR model (content/mnr/) and the check-in questionnaires (content/checkins/)."""

from __future__ import annotations

from typing import Literal

from pydantic import (
    Field,
    field_validator,
    model_validator,
)

from bot.content.base import StrictModel, capability_ids, check_id

PHASES = ("building", "enhancement", "integration", "maturity")
SECTOR_CODES = ("gov", "police", "justice", "social", "health", "edu", "ngo", "tech", "other")
ANSWER_VALUES = {
    "phase": (*PHASES, "dk"),
    "agree5": ("1", "2", "3", "4", "5", "dk"),
    "yes_no": ("yes", "no", "dk"),
}


def _check_sectors(value: list[str] | None) -> list[str] | None:
    if value is None:
        return None
    allowed = {*SECTOR_CODES, "all"}
    unknown = [v for v in value if v not in allowed]
    if unknown or not value:
        raise ValueError(f"sectors must be 'all' or among {', '.join(SECTOR_CODES)}; got {unknown or value}")
    return value


class MnrDomain(StrictModel):
    id: Literal["policy", "justice", "victim", "societal", "industry", "media"]
    capabilities: list[int] = Field(min_length=1)


class MnrModel(StrictModel):
    phases: list[Literal["building", "enhancement", "integration", "maturity"]]
    domains: list[MnrDomain] = Field(min_length=6, max_length=6)

    @model_validator(mode="after")
    def _all_capabilities_once(self) -> MnrModel:
        listed = sorted(c for d in self.domains for c in d.capabilities)
        if listed != list(range(1, 22)):
            raise ValueError("domains must list capabilities 1..21, each exactly once")
        if tuple(self.phases) != PHASES:
            raise ValueError(f"phases must be {list(PHASES)} in this order")
        return self


class CheckinItem(StrictModel):
    id: str
    kind: Literal["phase", "agree5", "yes_no", "choice"]
    capabilities: list[int] = Field(min_length=1)
    options: list[str] | None = None
    sectors: list[str] | None = None

    _id = field_validator("id")(check_id)
    _sectors = field_validator("sectors")(_check_sectors)

    _capabilities = field_validator("capabilities")(capability_ids)

    @model_validator(mode="after")
    def _options_fit_kind(self) -> CheckinItem:
        if self.kind == "choice":
            if not self.options or not 2 <= len(self.options) <= 6:
                raise ValueError("a choice item needs 2-6 options")
            for option in self.options:
                check_id(option)
        elif self.options is not None:
            raise ValueError(f"a {self.kind} item takes no options")
        return self

    def answer_values(self) -> tuple[str, ...]:
        return (*(self.options or ()), "dk") if self.kind == "choice" else ANSWER_VALUES[self.kind]

    def seen_by(self, sector: str | None) -> bool:
        return self.sectors is None or "all" in self.sectors or sector in self.sectors


class Questionnaire(StrictModel):
    id: str
    version: int = Field(ge=1)
    sectors: list[str]
    minutes: int = Field(ge=1, le=60)
    items: list[CheckinItem] = Field(min_length=1, max_length=30)

    _id = field_validator("id")(check_id)
    _sectors = field_validator("sectors")(_check_sectors)

    @model_validator(mode="after")
    def _unique_items(self) -> Questionnaire:
        ids = [item.id for item in self.items]
        if len(set(ids)) != len(ids):
            raise ValueError("item ids must be unique")
        return self

    def offered_to(self, sector: str | None) -> bool:
        return "all" in self.sectors or sector in self.sectors

    def items_for(self, sector: str | None) -> list[CheckinItem]:
        return [item for item in self.items if item.seen_by(sector)]


def questionnaire_message_ids(questionnaire: Questionnaire) -> list[str]:
    prefix = f"ci-{questionnaire.id}"
    ids = [f"{prefix}-title", f"{prefix}-about"]
    for item in questionnaire.items:
        ids.append(f"{prefix}-{item.id}")
        ids += [f"{prefix}-{item.id}-{option}" for option in item.options or ()]
    return ids


def mnr_message_ids(model: MnrModel) -> list[str]:
    ids = [f"mnr-domain-{d.id}" for d in model.domains]
    for capability in range(1, 22):
        ids += [f"mnr-cap-{capability}", f"mnr-cap-{capability}-desc"]
    for phase in model.phases:
        ids += [f"mnr-phase-{phase}", f"mnr-phase-{phase}-desc"]
    return ids
