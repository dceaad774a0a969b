"""INSERT ... ON CONFLICT for the store's dialect."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects.sqlite import insert as sqlite_insert


def dialect_insert(dialect_name: str) -> Any:
    """`insert` of PostgreSQL's or SQLite's dialect (both have on_conflict_do_update/do_nothing). PostgreSQL's is
    imported here, by a bot on PostgreSQL only: its dialect package costs a bot on SQLite 1.7 MB (issue #19)."""
    if dialect_name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert
    return sqlite_insert
