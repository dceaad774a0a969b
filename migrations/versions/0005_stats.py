"""statistics: API tokens, the daily reach rollup and its refresh state

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("revoked_at", TS),
    )
    op.create_table(
        "reach_daily",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("person", sa.BigInteger(), nullable=False),
        sa.Column("capability", sa.Integer()),
        sa.Column("audience", sa.String(16)),
        sa.Column("age_band", sa.String(8)),
        sa.Column("country", sa.String(2)),
        sa.Column("locale", sa.String(8)),
        sa.Column("series", sa.String(32)),
        sa.Column("cohort_id", sa.Integer()),
        sa.Column("cards", sa.Integer(), nullable=False),
        sa.Column("lessons", sa.Integer(), nullable=False),
        sa.Column("series_done", sa.Integer(), nullable=False),
        sa.Column("quizzes", sa.Integer(), nullable=False),
        sa.Column("correct", sa.Integer(), nullable=False),
    )
    op.create_index("ix_reach_daily_day", "reach_daily", ["day"])
    op.create_table(
        "stats_state",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("final_before", sa.Date()),
        sa.Column("refreshed_at", TS),
    )
    op.bulk_insert(sa.table("stats_state", sa.column("id", sa.Integer())), [{"id": 1}])


def downgrade() -> None:
    op.drop_table("stats_state")
    op.drop_index("ix_reach_daily_day", table_name="reach_daily")
    op.drop_table("reach_daily")
    op.drop_table("api_tokens")
