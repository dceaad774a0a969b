"""MNR pulse check-ins: rounds, answering (once per round, revisable until it closes), and private aggregates.

Individual answers never leave this module except to their own author. Every figure shown to anyone else is an
aggregate over at least MIN_GROUP respondents; countries are never ranked.
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.content.catalog import Catalog
from bot.content.checkins import CheckinItem, Questionnaire
from bot.services.analytics import Analytics
from bot.store.models import CheckinAnswer, CheckinRespondent, CheckinRound, User, utcnow

MIN_GROUP = 5


class CheckinError(Exception):
    """The action does not fit: closed round, another item, unknown value, not a professional."""


class AmbiguousRound(CheckinError):
    """A round code typed by staff that several questionnaires use: `candidates` are (number, questionnaire)."""

    def __init__(self, code: str, rounds: list[CheckinRound]) -> None:
        self.code = code
        self.candidates = [(r.id, r.questionnaire) for r in rounds]  # plain values: they outlive the session
        listed = ", ".join(f"#{number} {questionnaire}" for number, questionnaire in self.candidates)
        super().__init__(f"round {code!r} exists in several questionnaires ({listed}): add the questionnaire "
                         "or use the number")


@dataclass(frozen=True)
class Progress:
    round: CheckinRound
    questionnaire: Questionnaire
    items: list[CheckinItem]
    respondent: CheckinRespondent
    answers: dict[str, str]

    @property
    def index(self) -> int:
        return self.respondent.position

    @property
    def finished(self) -> bool:
        return self.index >= len(self.items)

    @property
    def item(self) -> CheckinItem:
        return self.items[self.index]


@dataclass(frozen=True)
class Distribution:
    """Share of each answer among `total` respondents (only built when total >= MIN_GROUP)."""

    item: CheckinItem
    total: int
    counts: dict[str, int]


@dataclass
class ItemResult:
    item_id: str
    kind: str
    capabilities: list[int]
    country: str | None
    verified: bool
    respondents: int
    counts: dict[str, int] = field(default_factory=dict)
    suppressed: bool = False


def end_of_day(day: str) -> datetime:
    """'2026-12-31' -> the last moment of that day in UTC."""
    parsed = datetime.strptime(day, "%Y-%m-%d").date()
    return datetime.combine(parsed, time.max, tzinfo=UTC)


class Checkins:
    def __init__(self, catalog: Catalog, analytics: Analytics) -> None:
        self.catalog = catalog
        self.analytics = analytics

    # --- staff: rounds -------------------------------------------------------------------------------

    async def open_round(self, session: AsyncSession, questionnaire_id: str, code: str, closes_at: datetime,
                         opens_at: datetime | None = None) -> CheckinRound:
        questionnaire = self.catalog.questionnaires.get(questionnaire_id)
        if questionnaire is None:
            raise CheckinError(f"unknown questionnaire {questionnaire_id!r}")
        opens = opens_at or utcnow()
        if closes_at <= opens:
            raise CheckinError("the round must close after it opens")
        existing = await session.scalar(
            select(CheckinRound).where(CheckinRound.code == code, CheckinRound.questionnaire == questionnaire_id)
        )
        if existing is not None:
            raise CheckinError(f"round {code!r} of {questionnaire_id!r} already exists")
        row = CheckinRound(code=code, questionnaire=questionnaire_id, version=questionnaire.version,
                           opens_at=opens, closes_at=closes_at)
        session.add(row)
        await session.flush()
        return row

    async def find_round(self, session: AsyncSession, ref: str, questionnaire: str | None = None) -> CheckinRound:
        """A round as staff type it: its code ("2026-Q4", with the questionnaire when several use that code), or
        the number /rounds shows ("#3" or "3")."""
        ref = ref.strip()
        query = select(CheckinRound).where(CheckinRound.code == ref)
        if questionnaire is not None:
            query = query.where(CheckinRound.questionnaire == questionnaire)
        matches = list(await session.scalars(query.order_by(CheckinRound.id)))
        if len(matches) > 1:
            raise AmbiguousRound(ref, matches)
        if matches:
            return matches[0]
        number = ref.removeprefix("#")
        row = await session.get(CheckinRound, int(number)) if number.isdigit() and len(number) < 10 else None
        if row is None or (questionnaire is not None and row.questionnaire != questionnaire):
            raise CheckinError(f"no round {ref!r}" + (f" of {questionnaire!r}" if questionnaire else ""))
        return row

    async def close_round(self, session: AsyncSession, round_id: int) -> CheckinRound:
        row = await session.get(CheckinRound, round_id)
        if row is None:
            raise CheckinError(f"no round {round_id}")
        row.closes_at = min(row.closes_at, utcnow())
        return row

    async def rounds(self, session: AsyncSession) -> list[tuple[CheckinRound, int]]:
        """Every round with its number of respondents, newest first."""
        counts = (
            select(CheckinRespondent.round_id, func.count().label("n"))
            .group_by(CheckinRespondent.round_id)
            .subquery()
        )
        rows = await session.execute(
            select(CheckinRound, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.round_id == CheckinRound.id)
            .order_by(CheckinRound.opens_at.desc(), CheckinRound.id.desc())
        )
        return [(r, int(n)) for r, n in rows.all()]

    # --- respondents ---------------------------------------------------------------------------------

    async def open_rounds_for(self, session: AsyncSession, user: User) -> list[CheckinRound]:
        now = utcnow()
        rows = await session.scalars(
            select(CheckinRound)
            .where(CheckinRound.opens_at <= now, CheckinRound.closes_at > now)
            .order_by(CheckinRound.closes_at)
        )
        return [
            r for r in rows
            if (q := self.catalog.questionnaires.get(r.questionnaire)) is not None and q.offered_to(user.sector)
        ]

    async def _open_round(self, session: AsyncSession, user: User, round_id: int) -> tuple[CheckinRound, Questionnaire]:
        if user.audience != "professional":
            raise CheckinError("check-ins are for professionals")
        row = await session.get(CheckinRound, round_id)
        now = utcnow()
        if row is None or not (row.opens_at <= now < row.closes_at):
            raise CheckinError("round is not open")
        questionnaire = self.catalog.questionnaires.get(row.questionnaire)
        if questionnaire is None or not questionnaire.offered_to(user.sector):
            raise CheckinError("questionnaire not offered to this sector")
        return row, questionnaire

    async def _load(self, session: AsyncSession, row: CheckinRound, questionnaire: Questionnaire,
                    respondent: CheckinRespondent) -> Progress:
        answers = dict(
            (await session.execute(
                select(CheckinAnswer.item, CheckinAnswer.answer).where(CheckinAnswer.respondent_id == respondent.id)
            )).all()
        )
        return Progress(row, questionnaire, questionnaire.items_for(respondent.sector), respondent, answers)

    async def open_round_for(self, session: AsyncSession, user: User, round_id: int) -> CheckinRound:
        row, _ = await self._open_round(session, user, round_id)
        return row

    async def existing(self, session: AsyncSession, user: User, round_id: int) -> Progress | None:
        """The person's progress in an open round, without starting it."""
        row, questionnaire = await self._open_round(session, user, round_id)
        respondent = await self._respondent(session, user, round_id)
        return None if respondent is None else await self._load(session, row, questionnaire, respondent)

    async def _respondent(self, session: AsyncSession, user: User, round_id: int) -> CheckinRespondent | None:
        return await session.scalar(
            select(CheckinRespondent).where(CheckinRespondent.round_id == round_id,
                                            CheckinRespondent.user_id == user.id)
        )

    async def begin(self, session: AsyncSession, user: User, round_id: int, *, revise: bool = False) -> Progress:
        """Start a round, resume it where the person stopped, or (revise=True) go back to its first item."""
        row, questionnaire = await self._open_round(session, user, round_id)
        respondent = await self._respondent(session, user, round_id)
        if respondent is None:
            respondent = CheckinRespondent(
                round_id=round_id, user_id=user.id, pseudonym=self.analytics.pseudonym(user.telegram_id),
                sector=user.sector, country=user.country, programme=user.programme, verified=user.verified,
                position=0,
            )
            session.add(respondent)
            await session.flush()
            self.analytics.record(session, user, "checkin_started", value=round_id)
        elif revise:
            respondent.position = 0
        return await self._load(session, row, questionnaire, respondent)

    async def current(self, session: AsyncSession, user: User, round_id: int, index: int) -> Progress:
        """The person's progress if `index` is the item they are at (a button from another item is stale)."""
        progress = await self.begin(session, user, round_id)
        if progress.index != index or progress.finished:
            raise CheckinError("button from another question")
        return progress

    async def answer(self, session: AsyncSession, user: User, round_id: int, index: int, value: str) -> Progress:
        """Answer (or revise) the current item and move on."""
        progress = await self.current(session, user, round_id, index)
        item = progress.item
        if value not in item.answer_values():
            raise CheckinError("unknown answer")
        stored = await session.get(CheckinAnswer, (progress.respondent.id, item.id))
        if stored is None:
            session.add(CheckinAnswer(respondent_id=progress.respondent.id, item=item.id, answer=value))
        else:
            stored.answer = value
        return await self._move(session, user, progress, index + 1)

    async def skip(self, session: AsyncSession, user: User, round_id: int, index: int) -> Progress:
        progress = await self.current(session, user, round_id, index)
        return await self._move(session, user, progress, index + 1)

    async def back(self, session: AsyncSession, user: User, round_id: int, index: int) -> Progress:
        progress = await self.current(session, user, round_id, index)
        return await self._move(session, user, progress, max(index - 1, 0))

    async def _move(self, session: AsyncSession, user: User, progress: Progress, index: int) -> Progress:
        respondent = progress.respondent
        respondent.position = index
        if index >= len(progress.items) and respondent.finished_at is None:
            respondent.finished_at = utcnow()
            self.analytics.record(session, user, "checkin_completed", value=progress.round.id)
        await session.flush()
        return await self._load(session, progress.round, progress.questionnaire, respondent)

    async def country_distributions(self, session: AsyncSession, progress: Progress) -> list[Distribution]:
        """Phase distributions in the respondent's country for this round, only where >= MIN_GROUP answered."""
        country = progress.respondent.country
        phase_items = [i for i in progress.items if i.kind == "phase"]
        if not country or not phase_items:
            return []
        rows = await session.execute(
            select(CheckinAnswer.item, CheckinAnswer.answer, func.count())
            .join(CheckinRespondent, CheckinRespondent.id == CheckinAnswer.respondent_id)
            .where(CheckinRespondent.round_id == progress.round.id, CheckinRespondent.country == country,
                   CheckinAnswer.item.in_([i.id for i in phase_items]))
            .group_by(CheckinAnswer.item, CheckinAnswer.answer)
        )
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for item_id, answer, n in rows:
            counts[item_id][answer] += n
        result = []
        for item in phase_items:
            total = sum(counts[item.id].values())
            if total >= MIN_GROUP:
                result.append(Distribution(item, total, dict(counts[item.id])))
        return result

    # --- staff: results and export -------------------------------------------------------------------

    async def results(self, session: AsyncSession, round_id: int) -> list[ItemResult]:
        """Answer counts per item, country and verified flag; cells under MIN_GROUP respondents suppressed."""
        row = await session.get(CheckinRound, round_id)
        if row is None:
            raise CheckinError(f"no round {round_id}")
        questionnaire = self.catalog.questionnaires.get(row.questionnaire)
        items = {i.id: i for i in questionnaire.items} if questionnaire else {}
        data = await session.execute(
            select(CheckinAnswer.item, CheckinRespondent.country, CheckinRespondent.verified, CheckinAnswer.answer,
                   func.count())
            .join(CheckinRespondent, CheckinRespondent.id == CheckinAnswer.respondent_id)
            .where(CheckinRespondent.round_id == round_id)
            .group_by(CheckinAnswer.item, CheckinRespondent.country, CheckinRespondent.verified, CheckinAnswer.answer)
        )
        cells: dict[tuple[str, str | None, bool], ItemResult] = {}
        for item_id, country, verified, answer, n in data:
            item = items.get(item_id)
            key = (item_id, country, bool(verified))
            cell = cells.setdefault(key, ItemResult(
                item_id, item.kind if item else "?", list(item.capabilities) if item else [], country,
                bool(verified), 0))
            cell.counts[answer] = cell.counts.get(answer, 0) + n
            cell.respondents += n
        for cell in cells.values():
            if cell.respondents < MIN_GROUP:
                cell.suppressed, cell.counts = True, {}
        return sorted(cells.values(), key=lambda c: (c.item_id, c.country or "", c.verified))

    async def export_csv(self, session: AsyncSession, round_id: int) -> str:
        """One row per respondent and item, pseudonymous (for staff analysis; never shown in the chat)."""
        row = await session.get(CheckinRound, round_id)
        if row is None:
            raise CheckinError(f"no round {round_id}")
        data = await session.execute(
            select(CheckinRespondent.pseudonym, CheckinRespondent.sector, CheckinRespondent.country,
                   CheckinRespondent.programme, CheckinRespondent.verified, CheckinAnswer.item, CheckinAnswer.answer,
                   CheckinAnswer.answered_at)
            .join(CheckinAnswer, CheckinAnswer.respondent_id == CheckinRespondent.id)
            .where(CheckinRespondent.round_id == round_id)
            .order_by(CheckinRespondent.pseudonym, CheckinAnswer.item)
        )
        questionnaire = self.catalog.questionnaires.get(row.questionnaire)
        capabilities = {i.id: i.capabilities for i in questionnaire.items} if questionnaire else {}
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["round", "questionnaire", "version", "respondent", "sector", "country", "programme",
                         "verified", "item", "capabilities", "answer", "answered_at"])
        for pseudonym, sector, country, programme, verified, item, answer, answered_at in data:
            writer.writerow([row.code, row.questionnaire, row.version, pseudonym, sector or "", country or "",
                             programme or "", int(bool(verified)), item,
                             " ".join(str(c) for c in capabilities.get(item, [])), answer,
                             answered_at.isoformat()])
        return out.getvalue()


def default_close(days: int = 30) -> datetime:
    return utcnow() + timedelta(days=days)
