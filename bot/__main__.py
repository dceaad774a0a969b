"""Command line: python -m bot run | migrate | check-content | ..."""

from __future__ import annotations

import argparse
import asyncio
import sys

from bot.content.base import ContentError
from bot.settings import SettingsError, load_settings


def _run(_args: argparse.Namespace) -> int:
    # httpx (under python-telegram-bot) imports its command line client whenever click, rich and pygments are
    # installed, as in a development install (import-linter and schemathesis need them): 6 MB the bot never uses.
    # Marked absent, httpx takes its own fallback (a stub `httpx.main`).
    sys.modules.setdefault("httpx._main", None)  # type: ignore[assignment]
    from bot.observability.logs import configure_logging
    from bot.services.startup import load_content

    settings = load_settings()
    configure_logging(settings.log_level, settings.log_format)
    # The content is built before SQLAlchemy, the chat, python-telegram-bot and aiohttp are imported (the runtime,
    # bot.cli.runner): building parses every content file and the safety words, and the memory their intermediate
    # objects leave free is then filled by those modules' code instead of staying free beside it. 4 MB less RSS for
    # the same objects (bench/README.md, "Memory of the bot's process", sixth pass).
    content = load_content(settings)
    from bot.services.runtime import Runtime

    runtime = Runtime.build(settings, content=content)
    from bot.cli.runner import StartupError, run

    try:
        asyncio.run(run(runtime))
    except StartupError as error:
        print(error, file=sys.stderr)
        return 2
    return 0


def _migrate(args: argparse.Namespace) -> int:
    from bot.store.db import Store

    settings = load_settings()

    async def migrate() -> None:
        store = Store(settings.database_url)
        try:
            await store.migrate(timeout=args.timeout or None)
        finally:
            await store.close()

    asyncio.run(migrate())
    print("database is at the latest schema")
    return 0


def _check_content(args: argparse.Namespace) -> int:
    from pathlib import Path

    from bot.content.check import check_content
    from bot.settings import PROJECT_ROOT

    report = check_content(
        Path(args.content or PROJECT_ROOT / "content"), Path(args.locales or PROJECT_ROOT / "locales")
    )
    print(report.render())
    return 0 if report.ok else 1


def _preview(args: argparse.Namespace) -> int:
    from pathlib import Path

    from bot.cli.preview import preview_series
    from bot.settings import PROJECT_ROOT

    color = sys.stdout.isatty() and not args.no_color
    print(preview_series(args.series, args.locale, Path(args.content or PROJECT_ROOT / "content"),
                         Path(args.locales or PROJECT_ROOT / "locales"), color=color))
    return 0


def _try(args: argparse.Namespace) -> int:
    from pathlib import Path

    from bot.devtools.simulator import SimulatorOptions, run_simulator
    from bot.observability.logs import configure_logging

    configure_logging("WARNING")
    options = SimulatorOptions(
        locale=args.locale, user_id=args.user_id, role=args.as_role, db=Path(args.db) if args.db else None,
        color=sys.stdout.isatty() and not args.no_color,
    )
    asyncio.run(run_simulator(options, Path(args.script) if args.script else None))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Online-safety Telegram bot")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("run", help="run the bot with long polling").set_defaults(func=_run)
    migrate = commands.add_parser("migrate", help="create or upgrade the database schema")
    migrate.add_argument("--timeout", type=float, default=600.0,
                         help="seconds one migration statement may take (default 600; 0: no limit, for a large "
                              "database, e.g. when migration 0013 copies many millions of events)")
    migrate.set_defaults(func=_migrate)
    check = commands.add_parser("check-content", help="validate content/ and locales/")
    check.add_argument("--content", help="content directory (default: ./content)")
    check.add_argument("--locales", help="locales directory (default: ./locales)")
    check.set_defaults(func=_check_content)
    preview = commands.add_parser("preview", help="print a lesson series as a learner sees it")
    preview.add_argument("series", help="series id, e.g. in-control")
    preview.add_argument("--locale", default="en", help="a language code of locales/ (en, fr, sw, ...)")
    preview.add_argument("--no-color", action="store_true", help="plain text, no ANSI bold/italic")
    preview.add_argument("--content", help="content directory (default: ./content)")
    preview.add_argument("--locales", help="locales directory (default: ./locales)")
    preview.set_defaults(func=_preview)
    from bot.cli import admin, tokens, upkeep

    admin.register(commands)
    tokens.register(commands)
    upkeep.register(commands)
    try_cmd = commands.add_parser("try", help="chat with the bot in this terminal: no token, no network")
    try_cmd.add_argument("--locale", default="en", help="your Telegram app language (en, fr, es, pt, ar, ...)")
    try_cmd.add_argument("--user-id", type=int, default=1001, help="play several people in turn with different ids")
    try_cmd.add_argument("--as", dest="as_role", choices=["staff", "trainer"], help="give yourself a role")
    try_cmd.add_argument("--db", help="SQLite file to keep or reuse (default: a temporary one)")
    try_cmd.add_argument("--script", help="play the inputs in this file (one per line) and print the transcript")
    try_cmd.add_argument("--no-color", action="store_true", help="no ANSI bold/italic")
    try_cmd.set_defaults(func=_try)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except SettingsError as error:
        print(error, file=sys.stderr)
        return 2
    except ContentError as error:
        print(f"content error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
