"""statistics: the funnel of one dimension value read from one index range (`funnel_daily.value`)

A funnel filtered on one value of one dimension (country=KE) read the rows keeping that dimension through the index
on (overall, dimension, grain, day): every value's rows of the period's days, each fetched from the table to find
the few of that value; and the occurrences coming back in the period (prev_day before its start) were found by
intersecting that range with an index on prev_day over the whole table. Both grew with the history (8.5x for the
whole history and 20.8x for 30 days, from 100k to 10M events). The rows keeping one dimension now also hold its
value as text in `value`, and one index on (overall, dimension, value, grain, day, prev_day) carrying series, step
and people (PostgreSQL: INCLUDE) answers the funnel's reads for one value, and without filters, from the index
alone. The index on prev_day alone is dropped: it only led the planner to that intersection.

Existing rows get their value here; nothing is rebuilt.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DIMENSIONS = ("capability", "audience", "age_band", "country", "locale", "cohort_id")
NUMERIC = ("capability", "cohort_id")


def backfill() -> str:
    """The value of each existing row keeping one dimension, as the refresh writes it (tested against it)."""
    value = " ".join(f"WHEN '{name}' THEN " + (f"CAST({name} AS VARCHAR(32))" if name in NUMERIC else name)
                     for name in DIMENSIONS)
    return f"UPDATE funnel_daily SET value = CASE dimension {value} END WHERE dimension IS NOT NULL"


def upgrade() -> None:
    op.add_column("funnel_daily", sa.Column("value", sa.String(32)))
    op.execute(backfill())
    op.create_index("ix_funnel_daily_value", "funnel_daily",
                    ["overall", "dimension", "value", "grain", "day", "prev_day"],
                    postgresql_include=["series", "step", "people"])
    op.drop_index("ix_funnel_daily_prev_day", table_name="funnel_daily")
    if op.get_bind().dialect.name == "postgresql":
        # Statistics for the new column now: until autovacuum gets to it, the planner would not use the index.
        op.execute("ANALYZE funnel_daily")


def downgrade() -> None:
    op.create_index("ix_funnel_daily_prev_day", "funnel_daily", ["prev_day"])
    op.drop_index("ix_funnel_daily_value", table_name="funnel_daily")
    with op.batch_alter_table("funnel_daily") as batch:
        batch.drop_column("value")
