"""Telling a current schema without Alembic: the head read from the migration files, the database's revision read
from alembic_version, and `migrate` upgrading only a database that is behind (on SQLite and PostgreSQL)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

from bot.settings import PROJECT_ROOT
from bot.store.db import VERSIONS_DIR, Store, alembic_config
from bot.store.schema_version import current_revisions, head_revision


def _revision(number: int, down: str | None, annotated: bool = True) -> str:
    kind = ": str" if annotated else ""
    return f'"""Revision {number}"""\nrevision{kind} = "{number:04d}"\ndown_revision{kind} = {down!r}\n'


def test_head_is_alembics_head() -> None:
    assert head_revision(VERSIONS_DIR) == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_head_of_a_chain_a_merge_and_two_heads(tmp_path: Path) -> None:
    chain = tmp_path / "chain"
    chain.mkdir()
    for number, down in ((1, None), (2, "0001"), (3, "0002")):
        (chain / f"{number:04d}.py").write_text(_revision(number, down, annotated=number != 2))
    assert head_revision(chain) == "0003"

    merge = tmp_path / "merge"
    merge.mkdir()
    for number, down in ((1, None), (2, "0001"), (3, "0001")):
        (merge / f"{number:04d}.py").write_text(_revision(number, down))
    assert head_revision(merge) is None  # two heads: only Alembic can tell
    merged = tmp_path / "merged"
    merge.rename(merged)
    (merged / "0004.py").write_text('revision = "0004"\ndown_revision = ("0002", "0003")\n')
    assert head_revision(merged) == "0004"

    computed = tmp_path / "computed"
    computed.mkdir()
    (computed / "0001.py").write_text('PREFIX = "00"\nrevision = PREFIX + "01"\ndown_revision = None\n')
    assert head_revision(computed) is None


async def test_migrate_upgrades_only_a_database_behind(empty_store: Store) -> None:
    async with empty_store.engine.connect() as connection:
        assert await connection.run_sync(current_revisions) == set()
    await empty_store.migrate()
    head = head_revision(VERSIONS_DIR)
    async with empty_store.engine.connect() as connection:
        assert await connection.run_sync(current_revisions) == {head}

    def one_back(connection: Connection) -> None:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "-1")

    async with empty_store.engine.begin() as connection:
        await connection.run_sync(one_back)
    assert await empty_store.pending_migrations() is True
    await empty_store.migrate()
    assert await empty_store.pending_migrations() is False
    async with empty_store.engine.connect() as connection:
        assert await connection.run_sync(current_revisions) == {head}


def test_a_current_database_is_migrated_without_importing_alembic(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    script = (
        "import asyncio, sys\n"
        "from bot.store.db import Store\n"
        "async def main():\n"
        f"    store = Store({url!r})\n"
        "    await store.migrate()\n"
        "    behind = await store.pending_migrations()\n"
        "    await store.close()\n"
        "    print('alembic' in sys.modules, behind)\n"
        "asyncio.run(main())\n"
    )

    def start() -> list[str]:
        return subprocess.run([sys.executable, "-c", script], cwd=PROJECT_ROOT, capture_output=True, text=True,
                              check=True, timeout=120).stdout.split()

    assert start() == ["True", "False"]  # a fresh database: Alembic migrates it
    assert start() == ["False", "False"]  # a current one: one query, no Alembic
