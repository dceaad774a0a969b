"""statistics: reach over whole histories from first days (`reach_firsts`), `reach_daily` by person, and funnel
rows per single dimension (`funnel_daily.dimension`)

Reach over the whole history counted every person's rows in `reach_daily`, so it grew with the number of people;
`reach_firsts` holds, per day and dimension value, how many people were first counted then (bot/services/stats.py,
"Reach from first days"). The index of `reach_daily` by person lets the refresh find whether someone active today
was seen before. A funnel filtered on one value of one dimension (country=KE) read the rows keeping every
dimension, which grow with the variety of people; it now reads rows keeping only that dimension. The refresh
state is reset, so the next refresh (the server starts one in the background) rebuilds every rollup from all
events, as after migration 0014.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "reach_firsts",
        sa.Column("id", ID, primary_key=True),
        sa.Column("grain", sa.String(1), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("dimension", sa.String(16), nullable=False),
        sa.Column("value", sa.String(32)),
        sa.Column("metric", sa.String(16), nullable=False),
        sa.Column("people", sa.BigInteger(), nullable=False),
    )
    op.create_index("ix_reach_firsts_scope", "reach_firsts", ["dimension", "grain", "day"])
    op.create_index("ix_reach_daily_person", "reach_daily", ["person", "day"])
    op.add_column("funnel_daily", sa.Column("dimension", sa.String(16)))
    op.drop_index("ix_funnel_daily_scope", table_name="funnel_daily")
    op.create_index("ix_funnel_daily_scope", "funnel_daily", ["overall", "dimension", "grain", "day"])
    # The next refresh rebuilds everything, so `reach_firsts` gets the whole history.
    op.execute("UPDATE stats_state SET final_before = NULL, refreshed_at = NULL")


def downgrade() -> None:
    op.drop_index("ix_funnel_daily_scope", table_name="funnel_daily")
    op.execute("DELETE FROM funnel_daily WHERE dimension IS NOT NULL")
    with op.batch_alter_table("funnel_daily") as batch:
        batch.drop_column("dimension")
    op.create_index("ix_funnel_daily_scope", "funnel_daily", ["overall", "grain", "day"])
    op.drop_index("ix_reach_daily_person", table_name="reach_daily")
    op.drop_index("ix_reach_firsts_scope", table_name="reach_firsts")
    op.drop_table("reach_firsts")
