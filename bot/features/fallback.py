"""Whatever the bot did not ask for: free text, media, unknown commands, group chats, blocked chats."""

from __future__ import annotations

from telegram import ChatMember, Update

from bot.delivery.screen import Screen
from bot.features.common import Context, guess_locale, runtime, user_id
from bot.features.help import on_disclosure, on_stop, show_help
from bot.features.menus import menu_screen
from bot.features.onboarding import step_screen, typed_country
from bot.features.screen import show
from bot.services.profiles import find_user
from bot.services.safety_words import Signal


async def on_safety_signal(update: Update, context: Context, text: str) -> bool:
    """Help, stop and disclosures pre-empt everything else. True when the text was one of them."""
    signal = runtime(context).safety.classify(text)
    if signal is Signal.DISCLOSURE:
        await on_disclosure(update, context)
    elif signal is Signal.HELP:
        await show_help(update, context)
    elif signal is Signal.STOP:
        await on_stop(update, context)
    return signal is not None


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
    if user is None:
        await show(update, Screen(rt.i18n.t(guess_locale(rt, update), "not-started")))
        return
    hint = rt.i18n.t(user.locale, "unknown-text" if user.onboarded else "finish-onboarding")
    screen = step_screen(rt, user) if user.step or not user.onboarded else menu_screen(rt, user)
    screen.text = f"{hint}\n\n{screen.text}"
    await show(update, screen)


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
