"""Whether the database's schema is the newest, without importing Alembic (11 MB that a bot whose schema is
already current would keep for nothing): the head revision is read from the migration files' `revision` and
`down_revision` assignments, the database's from Alembic's own `alembic_version` table."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

VERSION_TABLE = "alembic_version"  # Alembic's default, which migrations/env.py keeps


def _assigned(path: Path) -> dict[str, object]:
    """The module-level constants `revision` and `down_revision` of one migration file."""
    found: dict[str, object] = {}
    for node in ast.parse(path.read_text(encoding="utf-8"), str(path)).body:
        target = node.target if isinstance(node, ast.AnnAssign) else (
            node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else None)
        value = node.value if isinstance(node, ast.AnnAssign | ast.Assign) else None
        if isinstance(target, ast.Name) and target.id in ("revision", "down_revision") and value is not None:
            try:
                found[target.id] = ast.literal_eval(value)
            except ValueError:  # computed: not a constant this reading can trust
                found[target.id] = value
    return found


@cache
def head_revision(versions_dir: Path) -> str | None:
    """The one revision no other revises; None when that cannot be told this way (several heads, or a file
    whose revisions are not plain constants): then Alembic decides."""
    revisions: set[str] = set()
    revised: set[str] = set()
    for path in sorted(versions_dir.glob("*.py")):
        assigned = _assigned(path)
        revision, down = assigned.get("revision"), assigned.get("down_revision")
        if not isinstance(revision, str):
            return None
        revisions.add(revision)
        downs = (down,) if down is None or isinstance(down, str) else down
        if not isinstance(downs, tuple | list) or not all(d is None or isinstance(d, str) for d in downs):
            return None
        revised.update(d for d in downs if d is not None)
    heads = revisions - revised
    return heads.pop() if len(heads) == 1 else None


def current_revisions(connection: Connection) -> set[str]:
    """The revisions the database is at (empty for a database never migrated)."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return set()
    return set(connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars())


def is_current(connection: Connection, versions_dir: Path) -> bool | None:
    """True when the database is at the head revision, False when behind; None when only Alembic can tell."""
    head = head_revision(versions_dir)
    return None if head is None else current_revisions(connection) == {head}
