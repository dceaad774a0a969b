"""Youth voice (MNR capability 14): lesson ratings, the series question, youth polls and "share with a friend".

Button data (every part checked against the catalog and the stored state; anything else is stale):
rate:<series>:<lesson index>:<h|u|n> (rate a finished lesson; again to change), vq:<series>:<option> (the series
question), poll (open polls), poll:<poll> (one poll), pv:<poll>:<option> (answer or change), pr:<poll> (results),
shr (share link). Deep link: /start f_<code> (a friend's share link).
"""

from __future__ import annotations

import logging
from urllib.parse import quote

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Update

from bot.content.polls import Poll
from bot.content.series import Series, VoiceQuestion
from bot.delivery.screen import Button, Screen
from bot.features.common import (
    Context,
    answer_stale,
    format_date,
    format_percent,
    guess_locale,
    number,
    runtime,
    translator,
    user_id,
)
from bot.features.lessons import finished_screen, lesson_done_screen
from bot.features.menus import help_row
from bot.features.screen import show
from bot.services import voice
from bot.services.countries import country_name
from bot.services.lessons import Position
from bot.services.profiles import find_user
from bot.services.runtime import Runtime
from bot.services.voice import PollResults, Tally, VoiceError
from bot.store.db import OUTAGE_ERRORS
from bot.store.models import User

log = logging.getLogger(__name__)
BAR_CELLS = 10


def bar(share: int) -> str:
    """A small text bar chart: bar(62) == '▇▇▇▇▇▇▁▁▁▁'."""
    filled = round(share * BAR_CELLS / 100)
    return "▇" * filled + "▁" * (BAR_CELLS - filled)


def _mark(label: str, chosen: bool) -> str:
    return f"✓ {label}" if chosen else label


def _split(arg: str, parts: int) -> list[str] | None:
    pieces = arg.split(":")
    return pieces if len(pieces) == parts and all(pieces) else None


async def _stale(update: Update, rt: Runtime, user: User | None) -> None:
    await answer_stale(update, rt, user.locale if user else guess_locale(rt, update))


# --- lesson ratings and the series question -------------------------------------------------------------------


def voice_question_screen(rt: Runtime, locale: str, series: Series, question: VoiceQuestion,
                          chosen: str | None = None) -> Screen:
    t = translator(rt, locale)
    base = f"s-{series.id}-voice-{question.id}"
    head = t("voice-thanks") if chosen else t("voice-ask")
    screen = Screen(f"{head}\n\n<b>{t(base)}</b>")
    for option in question.options:
        screen.add_row(Button(_mark(t(f"{base}-{option}"), option == chosen), f"vq:{series.id}:{option}"))
    if chosen:
        screen.add_row(Button(t("btn-all-lessons"), "les"), Button(t("btn-share"), "shr"))
    screen.add_row(*help_row(rt, locale))
    return screen


async def on_rate(update: Update, context: Context, arg: str) -> None:
    rt = runtime(context)
    parts = _split(arg, 3)
    async with rt.store.transaction() as session:
        user = await find_user(session, user_id(update))
        try:
            lesson = number(parts[1]) if parts is not None else None
            if user is None or parts is None or lesson is None:
                raise VoiceError("malformed")
            rated = await voice.rate_lesson(session, rt.catalog, rt.analytics, user, parts[0], lesson, parts[2])
        except VoiceError:
            await _stale(update, rt, user)
            return
        locale = user.locale
    position = Position(rated.series, rated.lesson_index, 0)
    if rated.lesson_index == len(rated.series.lessons) - 1:
        screen = finished_screen(rt, locale, position, rated.rating)
    else:
        screen = lesson_done_screen(rt, locale, position, rated.lesson_index + 1, rated.rating)
    await update.callback_query.answer()  # type: ignore[union-attr]
    await show(update, screen, edit=True)
    if rated.ask is not None:
        await show(update, voice_question_screen(rt, locale, rated.series, rated.ask))


async def on_voice_answer(update: Update, context: Context, arg: str) -> None:
    rt = runtime(context)
    parts = _split(arg, 2)
    async with rt.store.transaction() as session:
        user = await find_user(session, user_id(update))
        try:
            if user is None or parts is None:
                raise VoiceError("malformed")
            answered = await voice.answer_voice(session, rt.catalog, rt.analytics, user, parts[0], parts[1])
        except VoiceError:
            await _stale(update, rt, user)
            return
        locale = user.locale
    await update.callback_query.answer()  # type: ignore[union-attr]
    await show(update, voice_question_screen(rt, locale, answered.series, answered.question, answered.option),
               edit=True)


# --- polls ------------------------------------------------------------------------------------------------


def poll_screen(rt: Runtime, locale: str, poll: Poll, chosen: str | None = None, intro: str | None = None) -> Screen:
    """A poll's question and options (✓ on the person's current answer). Also the outbox announcement's body."""
    t = translator(rt, locale)
    text = t("poll-head", question=t(f"poll-{poll.id}"), closes=format_date(poll.closes, locale))
    screen = Screen(f"{intro}\n\n{text}" if intro else text)
    for option in poll.options:
        screen.add_row(Button(_mark(t(f"poll-{poll.id}-{option}"), option == chosen), f"pv:{poll.id}:{option}"))
    if chosen:
        screen.add_row(Button(t("btn-poll-results"), f"pr:{poll.id}"))
    screen.add_row(Button(t("btn-menu"), "menu"), *help_row(rt, locale))
    return screen


def poll_announcement_screen(rt: Runtime, user: User, poll: Poll) -> Screen:
    """The message the outbox sends for each (user, poll) pair of voice.enqueue_poll_announcements."""
    return poll_screen(rt, user.locale, poll, intro=rt.i18n.t(user.locale, "poll-new"))


def _tally_lines(rt: Runtime, locale: str, poll: Poll, tally: Tally) -> list[str]:
    lines = []
    for option in poll.options:
        share = tally.share(option)
        lines += [rt.i18n.t(locale, f"poll-{poll.id}-{option}"), f"{bar(share)} {format_percent(share / 100, locale)}"]
    return lines


def results_text(rt: Runtime, locale: str, results: PollResults) -> str:
    t = translator(rt, locale)
    poll = results.poll
    blocks = []
    if results.in_country is not None and results.country is not None:
        where = country_name(results.country, locale)
        if results.in_country.shown:
            blocks.append([t("poll-results-country", country=where, total=results.in_country.total),
                           *_tally_lines(rt, locale, poll, results.in_country)])
        else:
            blocks.append([t("poll-results-country-hidden", country=where)])
    if results.country is None or poll.countries != [results.country]:  # a one-country poll: the same numbers
        if results.overall.shown:
            blocks.append([t("poll-results-all", total=results.overall.total),
                           *_tally_lines(rt, locale, poll, results.overall)])
        else:
            blocks.append([t("poll-results-all-hidden")])
    return "\n\n".join("\n".join(block) for block in blocks)


def results_screen(rt: Runtime, locale: str, results: PollResults, chosen: str, is_open: bool) -> Screen:
    t = translator(rt, locale)
    poll = results.poll
    head = t("poll-answered", answer=t(f"poll-{poll.id}-{chosen}"))
    if is_open:
        head += "\n" + t("poll-change-until", closes=format_date(poll.closes, locale))
    screen = Screen(f"{head}\n\n{results_text(rt, locale, results)}")
    if is_open:
        screen.add_row(Button(t("btn-poll-change"), f"poll:{poll.id}"))
    screen.add_row(Button(t("btn-menu"), "menu"), *help_row(rt, locale))
    return screen


async def _poll_list(rt: Runtime, session: AsyncSession, user: User) -> Screen:
    t = translator(rt, user.locale)
    polls = voice.open_polls(rt.catalog, user, rt.clock.now())
    if len(polls) == 1:
        return poll_screen(rt, user.locale, polls[0], await voice.my_answer(session, user, polls[0]))
    if not polls:
        return Screen(t("polls-none")).add_row(Button(t("btn-menu"), "menu"), *help_row(rt, user.locale))
    screen = Screen(t("polls-pick"))
    for poll in polls:
        done = await voice.my_answer(session, user, poll) is not None
        screen.add_row(Button(_mark(t(f"poll-{poll.id}"), done), f"poll:{poll.id}"))
    screen.add_row(Button(t("btn-menu"), "menu"), *help_row(rt, user.locale))
    return screen


async def on_polls(update: Update, context: Context, arg: str) -> None:
    """'poll': the open polls (straight to the poll when there is one); 'poll:<id>': that poll, while open."""
    rt = runtime(context)
    async with rt.store.transaction() as session:
        user = await find_user(session, user_id(update))
        try:
            if user is None or not user.onboarded:
                raise VoiceError("not onboarded")
            if arg:
                poll = voice.poll_for(rt.catalog, user, arg)
                if not poll.is_open(rt.clock.now()):
                    raise VoiceError("closed")
                screen = poll_screen(rt, user.locale, poll, await voice.my_answer(session, user, poll))
            else:
                screen = await _poll_list(rt, session, user)
        except VoiceError:
            await _stale(update, rt, user)
            return
    await update.callback_query.answer()  # type: ignore[union-attr]
    await show(update, screen, edit=bool(arg))


async def on_poll_vote(update: Update, context: Context, arg: str) -> None:
    rt = runtime(context)
    parts = _split(arg, 2)
    async with rt.store.transaction() as session:
        user = await find_user(session, user_id(update))
        try:
            if user is None or parts is None:
                raise VoiceError("malformed")
            poll, _ = await voice.answer_poll(session, rt.catalog, rt.analytics, user, parts[0], parts[1],
                                              rt.clock.now())
            results = await voice.poll_results(session, poll, user.country)
        except VoiceError:
            await _stale(update, rt, user)
            return
        screen = results_screen(rt, user.locale, results, parts[1], is_open=True)
    await update.callback_query.answer()  # type: ignore[union-attr]
    await show(update, screen, edit=True)


async def on_poll_results(update: Update, context: Context, arg: str) -> None:
    """Results of a poll the person answered (also after it closed)."""
    rt = runtime(context)
    async with rt.store.transaction() as session:
        user = await find_user(session, user_id(update))
        try:
            if user is None:
                raise VoiceError("unknown")
            poll = voice.poll_for(rt.catalog, user, arg)
            chosen = await voice.my_answer(session, user, poll)
            if chosen is None:
                raise VoiceError("not answered")
            results = await voice.poll_results(session, poll, user.country)
        except VoiceError:
            await _stale(update, rt, user)
            return
        screen = results_screen(rt, user.locale, results, chosen, poll.is_open(rt.clock.now()))
    await update.callback_query.answer()  # type: ignore[union-attr]
    await show(update, screen, edit=True)


# --- share with a friend ------------------------------------------------------------------------------------


def share_link(bot_username: str, code: str) -> str:
    return f"https://t.me/{bot_username}?start=f_{code}"


def share_screens(rt: Runtime, locale: str, link: str, joined: int) -> tuple[Screen, Screen]:
    """What the sharer sees (with their count) and the short ready-to-forward message."""
    t = translator(rt, locale)
    forward = t("share-message", link=link)
    count = t("share-count", count=joined) if joined else t("share-count-none")
    screen = Screen(f"{t('share-intro')}\n\n{count}")
    screen.add_row(Button(t("btn-share-send"),
                          url=f"https://t.me/share/url?url={quote(link, safe='')}&text={quote(t('share-text'))}"))
    screen.add_row(Button(t("btn-menu"), "menu"), *help_row(rt, locale))
    return screen, Screen(forward)


async def on_share(update: Update, context: Context, _arg: str) -> None:
    rt = runtime(context)
    async with rt.store.transaction() as session:
        user = await find_user(session, user_id(update))
        if user is None or not user.onboarded:
            await _stale(update, rt, user)
            return
        row = await voice.share_code(session, rt.analytics, user)
        joined, locale, code = row.joins, user.locale, row.code
    intro, forward = share_screens(rt, locale, share_link(context.bot.username, code), joined)
    await update.callback_query.answer()  # type: ignore[union-attr]
    await show(update, intro)
    await show(update, forward)


async def friend_link(rt: Runtime, session: AsyncSession, user: User, code: str, new: bool) -> str | None:
    """/start f_<code>: a friend's share link. A newcomer counts for the sharer once they finish onboarding
    (settle_after_consent); an unknown or old code changes nothing and never stops anyone from joining."""
    await voice.note_share_link(session, user, code, new)
    return rt.i18n.t(user.locale, "friend-welcome") if new else None


async def settle_after_consent(update: Update, context: Context) -> None:
    """Runs after the consent button (a later handler group): a newcomer who came through a share link and has
    now finished onboarding counts as a friend who joined."""
    rt = runtime(context)
    try:
        async with rt.store.transaction() as session:
            user = await find_user(session, user_id(update))
            if user is not None and user.onboarded:
                await voice.settle_referral(session, rt.analytics, user)
    except OUTAGE_ERRORS as error:  # the consent handler has already told the person to try again
        log.warning("could not count a friend who joined: %s", type(error).__name__)


CALLBACKS = {
    "rate": on_rate,
    "vq": on_voice_answer,
    "poll": on_polls,
    "pv": on_poll_vote,
    "pr": on_poll_results,
    "shr": on_share,
}
