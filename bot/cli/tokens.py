"""python -m bot token create NAME | revoke NAME | list: bearer tokens for the staff HTTP API."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from bot.services.api_tokens import TokenError, create_token, list_tokens, revoke_token
from bot.settings import load_settings
from bot.store.db import Store


async def _main(args: argparse.Namespace) -> int:
    store = Store(load_settings().database_url)
    try:
        await store.migrate()
        async with store.transaction() as session:
            if args.action == "create":
                row, token = await create_token(session, args.name)
                print(f"token {row.name!r} created; it is shown only now, keep it secret:")
                print(token)
            elif args.action == "revoke":
                count = await revoke_token(session, args.name)
                print(f"revoked {args.name!r}" if count else f"no active token named {args.name!r}")
                return 0 if count else 1
            else:
                rows = await list_tokens(session)
                for row in rows:
                    state = f"revoked {row.revoked_at:%Y-%m-%d %H:%M}" if row.revoked_at else "active"
                    print(f"{row.name}\tcreated {row.created_at:%Y-%m-%d %H:%M} UTC\t{state}")
                if not rows:
                    print("no tokens")
        return 0
    except TokenError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    finally:
        await store.close()


def register(commands: Any) -> None:
    token = commands.add_parser("token", help="HTTP API tokens: create, revoke, list")
    actions = token.add_subparsers(dest="action", required=True)
    actions.add_parser("create", help="create a token and print it once").add_argument("name")
    actions.add_parser("revoke", help="revoke the active token with this name").add_argument("name")
    actions.add_parser("list", help="names, creation times and whether revoked (never the tokens)")
    token.set_defaults(func=lambda args: asyncio.run(_main(args)))
