"""What schema comparisons (Alembic autogenerate, the models-match-migrations test) leave out."""

from __future__ import annotations

from typing import Any

from bot.store.partitions import is_partition_table


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """The monthly partitions of `events` are made by the bot, not by the models; their indexes come from the
    partitioned parent's."""
    if type_ == "table":
        return name is None or not is_partition_table(name)
    if type_ == "index":
        table = parent_names.get("table_name") if parent_names else None
        return table is None or not is_partition_table(table)
    return True
