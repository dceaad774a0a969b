"""statistics: the lesson funnel's rollup (`funnel_daily`, `funnel_mixed`)

The funnel counted distinct people straight from `events`, so its cost grew with the whole history; these tables
let it read a few sums instead (bot/services/stats.py, "The funnel rollup"). Both start empty and the refresh
state is reset, so the next refresh (the server starts one in the background) rebuilds both rollups from all
events, as after migration 0005.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _dimensions() -> list[sa.Column[object]]:
    return [
        sa.Column("capability", sa.Integer()),
        sa.Column("audience", sa.String(16)),
        sa.Column("age_band", sa.String(8)),
        sa.Column("country", sa.String(2)),
        sa.Column("locale", sa.String(8)),
        sa.Column("cohort_id", sa.Integer()),
    ]


def upgrade() -> None:
    op.create_table(
        "funnel_daily",
        sa.Column("id", ID, primary_key=True),
        sa.Column("grain", sa.String(1), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("prev_day", sa.Date()),
        sa.Column("overall", sa.Boolean(), nullable=False),
        sa.Column("series", sa.String(32), nullable=False),
        sa.Column("step", sa.String(40), nullable=False),
        *_dimensions(),
        sa.Column("people", sa.Integer(), nullable=False),
    )
    op.create_index("ix_funnel_daily_scope", "funnel_daily", ["overall", "grain", "day"])
    op.create_index("ix_funnel_daily_prev_day", "funnel_daily", ["prev_day"])
    op.create_table(
        "funnel_mixed",
        sa.Column("id", ID, primary_key=True),
        sa.Column("person", sa.BigInteger(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("series", sa.String(32), nullable=False),
        sa.Column("step", sa.String(40), nullable=False),
        *_dimensions(),
    )
    op.create_index("ix_funnel_mixed_person", "funnel_mixed", ["person"])
    op.create_index("ix_funnel_mixed_day", "funnel_mixed", ["day"])
    # The next refresh rebuilds everything, so the funnel rollup gets the whole history.
    op.execute("UPDATE stats_state SET final_before = NULL, refreshed_at = NULL")


def downgrade() -> None:
    op.drop_index("ix_funnel_mixed_day", table_name="funnel_mixed")
    op.drop_index("ix_funnel_mixed_person", table_name="funnel_mixed")
    op.drop_table("funnel_mixed")
    op.drop_index("ix_funnel_daily_prev_day", table_name="funnel_daily")
    op.drop_index("ix_funnel_daily_scope", table_name="funnel_daily")
    op.drop_table("funnel_daily")
