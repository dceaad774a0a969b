"""Whatever the bot did not ask for: free text, media, unknown commands, group chats, blocked chats."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import ChatMember, Update

from bot.delivery.screen import Screen
from bot.features.common import Context, guess_locale, runtime, user_id
from bot.features.help import on_disclosure, on_stop, show_help
from bot.features.lessons import step_screen as lesson_step_screen
from bot.features.menus import help_row, menu_screen
from bot.features.onboarding import step_screen, typed_country
from bot.features.screen import show
from bot.services.profiles import find_user
from bot.services.runtime import Runtime
from bot.services.safety import Signal
from bot.store.models import User


async def on_safety_signal(update: Update, context: Context, text: str) -> bool:
    """Help, stop and disclosures pre-empt everything else. True when the text was one of them."""
    rt = runtime(context)
    # Classified already if the intake or the update processor asked whether it is urgent (the same update id).
    reading = rt.readings.take(update.update_id, text, rt.safety.classify)
    if reading is None:
        return False
    if reading.signal is Signal.DISCLOSURE:
        await on_disclosure(update, context, reading.kind)
    elif reading.signal is Signal.HELP:
        await show_help(update, context)
    else:
        await on_stop(update, context)
    return True


async def where_screen(rt: Runtime, session: AsyncSession, user: User) -> Screen:
    """The screen of where the person is: the question they are answering, the lesson card they were on in the
    last hour, or the menu."""
    if user.step or not user.onboarded:
        return step_screen(rt, user)
    if await rt.lessons.available(session, user):
        position = await rt.lessons.resume(session, user)
        if position is not None:
            return lesson_step_screen(rt, user.locale, position)
    return menu_screen(rt, user)


def _with_gentle_line(rt: Runtime, locale: str, hint: str, screen: Screen) -> Screen:
    """Nothing a child types is a dead end: every "I didn't catch that" says where help is, with its button."""
    screen.text = f"{hint}\n\n{screen.text}\n\n{rt.i18n.t(locale, 'unknown-text-gentle')}"
    if not any(button.data == "hlp" for row in screen.rows for button in row):
        screen.add_row(*help_row(rt, locale))
    return screen


async def on_text(update: Update, context: Context) -> None:
    """Free text. Never stored, never logged: only classified and dropped."""
    message = update.effective_message
    text = message.text if message and message.text else ""
    if await on_safety_signal(update, context, text):
        return
    rt = runtime(context)
    async with rt.store.transaction() as session:
        user = await find_user(session, user_id(update))
    if user is not None and await typed_country(update, context, user, text):
        return
    async with rt.store.transaction() as session:
        user = await find_user(session, user_id(update))
        if user is None:
            locale = guess_locale(rt, update)
            screen = Screen(rt.i18n.t(locale, "not-started"))
            screen.text += f"\n\n{rt.i18n.t(locale, 'unknown-text-gentle')}"
            screen.add_row(*help_row(rt, locale))
        else:
            hint = rt.i18n.t(user.locale, "unknown-text" if user.onboarded else "finish-onboarding")
            screen = _with_gentle_line(rt, user.locale, hint, await where_screen(rt, session, user))
    await show(update, screen, rt=rt)


async def on_back_to_where(update: Update, context: Context, _arg: str) -> None:
    """"Back to where I was" under a help answer."""
    rt = runtime(context)
    async with rt.store.transaction() as session:
        user = await find_user(session, user_id(update))
        if user is None:
            locale = guess_locale(rt, update)
            screen = Screen(rt.i18n.t(locale, "not-started")).add_row(*help_row(rt, locale))
        else:
            screen = await where_screen(rt, session, user)
    await update.callback_query.answer()  # type: ignore[union-attr]
    await show(update, screen, rt=rt)


async def on_media(update: Update, context: Context) -> None:
    message = update.effective_message
    if message and message.caption and await on_safety_signal(update, context, message.caption):
        return
    rt = runtime(context)
    async with rt.store.transaction() as session:
        user = await find_user(session, user_id(update))
    locale = user.locale if user else guess_locale(rt, update)
    await show(update, Screen(rt.i18n.t(locale, "unsupported-media")))


async def on_unknown_command(update: Update, context: Context) -> None:
    rt = runtime(context)
    async with rt.store.transaction() as session:
        user = await find_user(session, user_id(update))
    locale = user.locale if user else guess_locale(rt, update)
    await show(update, Screen(rt.i18n.t(locale, "unknown-command")))


async def on_group_command(update: Update, context: Context) -> None:
    rt = runtime(context)
    await show(update, Screen(rt.i18n.t(guess_locale(rt, update), "group-only-private")))


async def on_chat_member(update: Update, context: Context) -> None:
    """A private chat blocked (kicked) or unblocked: mark the person inactive or active."""
    change = update.my_chat_member
    if change is None or change.chat.type != "private":
        return
    rt = runtime(context)
    blocked = change.new_chat_member.status in (ChatMember.BANNED, ChatMember.LEFT)
    async with rt.store.transaction() as session:
        user = await find_user(session, change.from_user.id)
        if user is not None:
            user.inactive = blocked
