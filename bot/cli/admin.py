"""Operator commands that work on the database without Telegram: grant, round, invite, invites."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.content.catalog import load_catalog
from bot.content.checkins import SECTOR_CODES
from bot.content.i18n import FALLBACK_LOCALE, I18n
from bot.services import invites, profiles
from bot.services.analytics import Analytics
from bot.services.checkins import CheckinError, Checkins, end_of_day
from bot.services.flow_results import DATA_PATH, flow_results
from bot.settings import load_settings, pseudonym_key
from bot.store.db import ReadStore, Store
from bot.store.models import utcnow

Command = Callable[[Store, Checkins, argparse.Namespace], Awaitable[int]]


def _run(command: Command, args: argparse.Namespace) -> int:
    settings = load_settings()

    async def main() -> int:
        store = Store(settings.database_url)
        try:
            await store.migrate()
            checkins = Checkins(load_catalog(settings.content_dir), Analytics(pseudonym_key(settings)))
            return await command(store, checkins, args)
        except CheckinError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        finally:
            await store.close()

    return asyncio.run(main())


async def _grant(store: Store, _c: Checkins, args: argparse.Namespace) -> int:
    async with store.transaction() as session:
        user = await profiles.find_user(session, args.telegram_id)
        if user is None:
            # Someone who has not talked to the bot yet: a row with only the id, so the role waits for them.
            user = await profiles.begin_onboarding(session, args.telegram_id, "en")
        if args.revoke:
            changed = await profiles.revoke_role(session, user, args.role)
        else:
            changed = await profiles.grant_role(session, user, args.role)
    verb = "revoked from" if args.revoke else "granted to"
    print(f"{args.role} {verb} {args.telegram_id}" if changed else "nothing to change")
    return 0


async def _round(store: Store, checkins: Checkins, args: argparse.Namespace) -> int:
    if args.action == "export":
        return await _export(store, checkins, args)
    async with store.transaction() as session:
        if args.action == "open":
            row = await checkins.open_round(session, args.questionnaire, args.code, end_of_day(args.closes))
            print(f"round #{row.id} {row.code} of {row.questionnaire} open until {row.closes_at:%Y-%m-%d}")
        elif args.action == "close":
            row = await checkins.find_round(session, args.round, args.questionnaire)
            row = await checkins.close_round(session, row.id)
            print(f"round #{row.id} {row.code} of {row.questionnaire} closed")
        else:
            for row, respondents in await checkins.rounds(session):
                print(f"#{row.id}\t{row.code}\t{row.questionnaire} v{row.version}\t{respondents} respondents\t"
                      f"{row.opens_at:%Y-%m-%d} .. {row.closes_at:%Y-%m-%d}")
    return 0


async def _export(store: Store, checkins: Checkins, args: argparse.Namespace) -> int:
    """Exports read where statistics do (STATS_DATABASE_URL's replica when set, else the primary), with as long
    to run as statistics have (STATS_TIMEOUT)."""
    settings = load_settings()
    primary = store.sibling(timeout=settings.stats_timeout)
    reads = ReadStore.for_url(primary, settings.stats_database_url)
    try:
        async with reads.transaction() as session:
            row = await checkins.find_round(session, args.round, args.questionnaire)
            if args.format == "floip":
                if not args.output:
                    print("error: --format floip writes a folder: give it with -o DIR", file=sys.stderr)
                    return 1
                await _export_floip(session, checkins, row.id, Path(args.output))
                return 0
            data = await checkins.export_csv(session, row.id)
    finally:
        await reads.close()
        await primary.close()
    if args.output:
        await asyncio.to_thread(Path(args.output).write_text, data, encoding="utf-8")
        print(f"wrote {args.output}")
    else:
        sys.stdout.write(data)
    return 0


async def _export_floip(session: AsyncSession, checkins: Checkins, round_id: int, folder: Path) -> None:
    i18n = I18n(load_settings().locales_dir, [FALLBACK_LOCALE])
    descriptor, rows = await flow_results(session, checkins.catalog, round_id, lambda key: i18n.t(FALLBACK_LOCALE, key))

    def write() -> None:
        (folder / DATA_PATH).parent.mkdir(parents=True, exist_ok=True)
        (folder / "datapackage.json").write_text(json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n",
                                                 encoding="utf-8")
        (folder / DATA_PATH).write_text(json.dumps(rows, ensure_ascii=False) + "\n", encoding="utf-8")

    await asyncio.to_thread(write)
    print(f"wrote {folder / 'datapackage.json'} and {folder / DATA_PATH} ({len(rows)} responses)")


async def _invite(store: Store, checkins: Checkins, args: argparse.Namespace) -> int:
    try:
        async with store.transaction() as session:
            invite = await invites.create(session, args.sector, args.country, args.programme, utcnow(),
                                          uses=args.uses, days=args.days)
    except invites.InviteError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"https://t.me/{args.bot_username}?start=pro_{invite.code}" if args.bot_username
          else f"start payload: pro_{invite.code}  (link: https://t.me/<your_bot>?start=pro_{invite.code})")
    print(f"verifies up to {invite.max_uses} people until {invite.expires_at:%Y-%m-%d %H:%M} UTC; "
          f"revoke with: python -m bot invites revoke {invite.code}")
    return 0


async def _invites(store: Store, _c: Checkins, args: argparse.Namespace) -> int:
    now = utcnow()
    async with store.transaction() as session:
        if args.action == "revoke":
            try:
                invite = await invites.revoke(session, args.code.removeprefix("pro_"), now)
            except invites.InviteError as error:
                print(f"error: {error}", file=sys.stderr)
                return 1
            print(f"invite {invite.code} revoked; the {invite.uses} people it verified stay verified")
            return 0
        for invite in await invites.recent(session, args.limit):
            limit = invite.max_uses if invite.max_uses is not None else "no limit"
            expires = f"{invite.expires_at:%Y-%m-%d}" if invite.expires_at else "never"
            print(f"{invite.code}\t{invite.sector}\t{invite.country}\t{invite.programme or '-'}\t"
                  f"used {invite.uses}/{limit}\tuntil {expires}\t{invites.state_of(invite, now).value}")
    return 0


def register(commands: Any) -> None:
    grant = commands.add_parser("grant", help="grant (or --revoke) the trainer or staff role")
    grant.add_argument("role", choices=profiles.ROLES)
    grant.add_argument("telegram_id", type=int)
    grant.add_argument("--revoke", action="store_true")
    grant.set_defaults(func=lambda a: _run(_grant, a))

    rounds = commands.add_parser("round", help="check-in rounds: list, open, close, export")
    actions = rounds.add_subparsers(dest="action", required=True)
    actions.add_parser("list")
    opening = actions.add_parser("open")
    opening.add_argument("questionnaire")
    opening.add_argument("code", help="e.g. 2026-Q4")
    opening.add_argument("closes", help="last day, YYYY-MM-DD")
    closing = actions.add_parser("close")
    export = actions.add_parser("export", help="CSV: one row per respondent and item, pseudonymous")
    for parser in (closing, export):
        parser.add_argument("round", help="the round's code (e.g. 2026-Q4) or its number in `round list`")
        parser.add_argument("--questionnaire", "-q", help="when several questionnaires have a round with that code")
    export.add_argument("--output", "-o", help="file (csv) or folder (floip)")
    export.add_argument("--format", choices=("csv", "floip"), default="csv",
                        help="csv (default) or a FLOIP Flow Results package: DIR/datapackage.json + DIR/data/")
    rounds.set_defaults(func=lambda a: _run(_round, a))

    invite = commands.add_parser("invite", help="create a professional's invite link")
    invite.add_argument("sector", choices=SECTOR_CODES)
    invite.add_argument("country", help="ISO 3166-1 alpha-2, e.g. KE")
    invite.add_argument("--programme")
    invite.add_argument("--uses", type=int, default=invites.DEFAULT_USES,
                        help=f"how many people it may verify (default {invites.DEFAULT_USES})")
    invite.add_argument("--days", type=int, default=invites.DEFAULT_DAYS,
                        help=f"how long it works (default {invites.DEFAULT_DAYS} days)")
    invite.add_argument("--bot-username", help="to print the full t.me link")
    invite.set_defaults(func=lambda a: _run(_invite, a))

    listing = commands.add_parser("invites", help="invite links: list (newest first) or revoke CODE")
    invite_actions = listing.add_subparsers(dest="action", required=True)
    invite_actions.add_parser("list").add_argument("--limit", type=int, default=50)
    invite_actions.add_parser("revoke").add_argument(
        "code", help="the code as listed, or pro_CODE (a code made before 2026-12-07 may start with '-': -- CODE)")
    listing.set_defaults(func=lambda a: _run(_invites, a))
