"""Youth voice (MNR capability 14, child participation): lesson ratings, a one-tap question per series, youth polls
and "share with a friend" links. Plain async functions over a session; no Telegram types.

Everything is a tap on a button: option ids are stored, never free text. Poll results are shown only where at least
MIN_GROUP people answered. Each first rating or answer is also a pseudonymous event tagged with capability 14;
changing an answer later updates the row (what results show) without counting the person twice.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, delete, exists, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement

from bot.content.catalog import Catalog
from bot.content.polls import Poll
from bot.content.series import Series, VoiceQuestion
from bot.services.analytics import Analytics
from bot.services.checkins import MIN_GROUP
from bot.services.codes import new_code
from bot.services.countries import NOT_SAID
from bot.services.profiles import audience_key, lesson_audiences
from bot.store.models import (
    LessonProgress,
    LessonRating,
    PollAnnouncement,
    PollAnswer,
    ShareCode,
    ShareReferral,
    User,
    VoiceAnswer,
    utcnow,
)

CAPABILITY = 14  # MNR: child participation
# Button code -> stored rating, and the event value of each (1 helpful, 0 not sure, -1 not helpful).
RATINGS = {"h": "helpful", "u": "unsure", "n": "not_helpful"}
RATING_VALUES = {"helpful": 1, "unsure": 0, "not_helpful": -1}
SHARE_CODE_LENGTH = 16


class VoiceError(Exception):
    """The tap does not fit (stale or forged button, closed poll, someone the poll is not for)."""


# --- lesson ratings and the series question -------------------------------------------------------------


@dataclass(frozen=True)
class Rated:
    series: Series
    lesson_index: int
    rating: str
    first: bool
    # The series question to ask now: only after the last lesson of a completed series, once per person.
    ask: VoiceQuestion | None


async def _series_for(session: AsyncSession, catalog: Catalog, user: User, series_id: str) -> Series:
    keys = await lesson_audiences(session, user)
    series = catalog.series.get(series_id)
    if series is None or not any(key in series.audiences for key in keys):
        raise VoiceError("series not available")
    return series


async def rate_lesson(session: AsyncSession, catalog: Catalog, analytics: Analytics, user: User, series_id: str,
                      lesson_index: int, code: str) -> Rated:
    """A rating tapped on a lesson-done screen. Only for a lesson the person finished; a later tap changes it."""
    series = await _series_for(session, catalog, user, series_id)
    rating = RATINGS.get(code)
    if rating is None or not 0 <= lesson_index < len(series.lessons):
        raise VoiceError("no such rating or lesson")
    lesson = series.lessons[lesson_index]
    progress = await session.get(LessonProgress, (user.id, series.id))
    row = await session.get(LessonRating, (user.id, series.id, lesson.id))
    finished = progress is not None and (progress.lessons_done > lesson_index or progress.completed_at is not None)
    if not finished and row is None:
        raise VoiceError("lesson not finished")
    first = row is None
    if row is None:
        session.add(LessonRating(user_id=user.id, series=series.id, lesson=lesson.id, rating=rating))
        analytics.record(session, user, "lesson_rated", capability=CAPABILITY, series=series.id, lesson=lesson.id,
                         cohort_id=progress.cohort_id if progress else None, value=RATING_VALUES[rating])
    else:
        row.rating = rating
    ask = None
    last = lesson_index == len(series.lessons) - 1
    if last and series.voice_question is not None and progress is not None and progress.completed_at is not None:
        asked = await session.get(VoiceAnswer, (user.id, series.id))
        if asked is None:
            session.add(VoiceAnswer(user_id=user.id, series=series.id, question=series.voice_question.id))
            ask = series.voice_question
    await session.flush()
    return Rated(series, lesson_index, rating, first, ask)


async def current_rating(session: AsyncSession, user: User, series: Series, lesson_index: int) -> str | None:
    row = await session.get(LessonRating, (user.id, series.id, series.lessons[lesson_index].id))
    return row.rating if row else None


@dataclass(frozen=True)
class VoiceAnswered:
    series: Series
    question: VoiceQuestion
    option: str
    first: bool


async def answer_voice(session: AsyncSession, catalog: Catalog, analytics: Analytics, user: User, series_id: str,
                       option: str) -> VoiceAnswered:
    """An option of a series question tapped. Only once it was asked; tapping another option changes the answer."""
    series = await _series_for(session, catalog, user, series_id)
    question = series.voice_question
    row = await session.get(VoiceAnswer, (user.id, series.id))
    if question is None or option not in question.options or row is None or row.question != question.id:
        raise VoiceError("question not asked or no such option")
    first = row.option is None
    row.option, row.answered_at = option, utcnow()
    if first:
        analytics.record(session, user, "voice_answered", capability=CAPABILITY, series=series.id,
                         value=question.options.index(option))
    return VoiceAnswered(series, question, option, first)


# --- polls ------------------------------------------------------------------------------------------------


def targets(poll: Poll, user: User) -> bool:
    """Whether the poll is meant for this person (audience and country), open or not."""
    key = audience_key(user)
    return user.onboarded and key is not None and key in poll.audiences and poll.for_country(user.country)


def open_polls(catalog: Catalog, user: User, now: datetime) -> list[Poll]:
    """Polls open now for this person, closing soonest first."""
    found = [p for p in catalog.polls.values() if p.is_open(now) and targets(p, user)]
    return sorted(found, key=lambda p: (p.closes, p.id))


def poll_for(catalog: Catalog, user: User, poll_id: str) -> Poll:
    poll = catalog.polls.get(poll_id)
    if poll is None or not targets(poll, user):
        raise VoiceError("no such poll for this person")
    return poll


async def my_answer(session: AsyncSession, user: User, poll: Poll) -> str | None:
    row = await session.get(PollAnswer, (user.id, poll.id))
    return row.option if row else None


async def answer_poll(session: AsyncSession, catalog: Catalog, analytics: Analytics, user: User, poll_id: str,
                      option: str, now: datetime) -> tuple[Poll, bool]:
    """Answer or change an answer while the poll is open. Returns the poll and whether it was the first answer."""
    poll = poll_for(catalog, user, poll_id)
    if option not in poll.options or not poll.is_open(now):
        raise VoiceError("no such option, or the poll is closed")
    row = await session.get(PollAnswer, (user.id, poll.id))
    if row is not None:
        row.option = option
        return poll, False
    session.add(PollAnswer(user_id=user.id, poll=poll.id, option=option))
    # Events have no poll column: the poll id goes in `series` as "poll:<id>" so reach can be split per poll.
    analytics.record(session, user, "poll_answered", capability=CAPABILITY, series=f"poll:{poll.id}",
                     value=poll.options.index(option))
    await session.flush()
    return poll, True


@dataclass(frozen=True)
class Tally:
    """Answers to one poll in one place. `counts` is empty (suppressed) when fewer than MIN_GROUP answered."""

    total: int
    counts: dict[str, int]

    @property
    def shown(self) -> bool:
        return self.total >= MIN_GROUP

    def share(self, option: str) -> int:
        return round(100 * self.counts.get(option, 0) / self.total) if self.shown else 0


@dataclass(frozen=True)
class PollResults:
    poll: Poll
    country: str | None  # None when the person did not say where they live
    in_country: Tally | None
    overall: Tally


def _tally(rows: list[str]) -> Tally:
    total = len(rows)
    return Tally(total, dict(Counter(rows)) if total >= MIN_GROUP else {})


async def poll_results(session: AsyncSession, poll: Poll, country: str | None) -> PollResults:
    """Shares of each option, overall and in one country (the answerer's current country), each only from
    MIN_GROUP answers up. Countries are never compared with each other."""
    rows = (await session.execute(
        select(PollAnswer.option, User.country).join(User, User.id == PollAnswer.user_id)
        .where(PollAnswer.poll == poll.id)
    )).all()
    options = set(poll.options)
    valid = [(option, where) for option, where in rows if option in options]  # content may have dropped one
    place = country if country and country != NOT_SAID else None
    in_country = _tally([o for o, where in valid if where == place]) if place else None
    return PollResults(poll, place, in_country, _tally([o for o, _ in valid]))


def _audience_clause(poll: Poll) -> ColumnElement[bool]:
    parts = []
    for key in poll.audiences:
        if key == "caregiver":
            parts.append(User.audience == "caregiver")
        else:
            parts.append(and_(User.audience == "youth", User.age_band == key.removeprefix("youth_").replace("_", "-")))
    return or_(*parts)


async def enqueue_poll_announcements(session: AsyncSession, catalog: Catalog, now: datetime,
                                     limit: int | None = None) -> list[tuple[User, Poll]]:
    """Who to tell about each open poll, once: people it is meant for who were not told yet and have not answered
    it (they may have found it in the menu), who finished onboarding and did not /stop or block the bot.

    Records a poll_announcements row for each, inside the caller's transaction, and returns (user, poll) pairs for
    the sender (build the message with bot.features.voice.poll_announcement_screen). Polls that closed are skipped;
    people who join while a poll is open are found by the next call.
    """
    pairs: list[tuple[User, Poll]] = []
    for poll in sorted(catalog.polls.values(), key=lambda p: (p.opens, p.id)):
        if not poll.is_open(now) or (limit is not None and len(pairs) >= limit):
            continue
        query = select(User).where(
            User.consent_at.is_not(None),
            User.stopped.is_(False),
            User.inactive.is_(False),
            _audience_clause(poll),
            ~exists().where(PollAnnouncement.poll == poll.id, PollAnnouncement.user_id == User.id),
            ~exists().where(PollAnswer.poll == poll.id, PollAnswer.user_id == User.id),
        ).order_by(User.id)
        if poll.countries != ["all"]:
            query = query.where(User.country.in_(poll.countries))
        if limit is not None:
            query = query.limit(limit - len(pairs))
        for user in (await session.scalars(query)).all():
            session.add(PollAnnouncement(poll=poll.id, user_id=user.id, announced_at=now))
            pairs.append((user, poll))
    await session.flush()
    return pairs


# --- share with a friend ------------------------------------------------------------------------------------


async def share_code(session: AsyncSession, analytics: Analytics, user: User) -> ShareCode:
    """The person's own share code, made (and counted as a shared_link event) the first time they ask for it."""
    row = await session.scalar(select(ShareCode).where(ShareCode.user_id == user.id))
    if row is None:
        row = ShareCode(code=new_code(SHARE_CODE_LENGTH), user_id=user.id, joins=0)
        session.add(row)
        analytics.record(session, user, "shared_link", capability=CAPABILITY)
        await session.flush()
    return row


async def note_share_link(session: AsyncSession, user: User, code: str, new: bool) -> bool:
    """Someone opened /start f_<code>. Only a person new to the bot (still onboarding) can count as a friend who
    joined; they count once they finish onboarding (settle_referral). Returns whether they may count."""
    if not new or user.onboarded:
        return False
    row = await session.get(ShareCode, code)
    if row is None or row.user_id == user.id or await session.get(ShareReferral, user.id) is not None:
        return False
    session.add(ShareReferral(user_id=user.id, code=code))
    await session.flush()
    return True


async def settle_referral(session: AsyncSession, analytics: Analytics, user: User) -> bool:
    """Once a person who came through a share link has finished onboarding: the sharer's count goes up by one,
    a friend_joined event is recorded for the newcomer, and the link between the two is deleted."""
    referral = await session.get(ShareReferral, user.id)
    if referral is None or not user.onboarded:
        return False
    await session.execute(update(ShareCode).where(ShareCode.code == referral.code)
                          .values(joins=ShareCode.joins + 1))
    analytics.record(session, user, "friend_joined", capability=CAPABILITY)
    await session.execute(delete(ShareReferral).where(ShareReferral.user_id == user.id))
    return True


async def friends_joined(session: AsyncSession, user: User) -> int:
    joins = await session.scalar(select(ShareCode.joins).where(ShareCode.user_id == user.id))
    return joins or 0


# --- /mydata ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class VoiceData:
    ratings: int
    voice_answers: int  # series questions answered
    poll_answers: int
    share_link: bool
    friends_joined: int


async def voice_data(session: AsyncSession, user: User) -> VoiceData:
    async def count(model: type, *where: ColumnElement[bool]) -> int:
        return int(await session.scalar(select(func.count()).select_from(model).where(*where)) or 0)

    share = await session.scalar(select(ShareCode).where(ShareCode.user_id == user.id))
    return VoiceData(
        ratings=await count(LessonRating, LessonRating.user_id == user.id),
        voice_answers=await count(VoiceAnswer, VoiceAnswer.user_id == user.id, VoiceAnswer.option.is_not(None)),
        poll_answers=await count(PollAnswer, PollAnswer.user_id == user.id),
        share_link=share is not None,
        friends_joined=share.joins if share else 0,
    )
