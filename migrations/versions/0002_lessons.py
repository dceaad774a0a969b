"""lessons: per-series progress and first quiz answers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "lesson_progress",
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("series", sa.String(32), primary_key=True),
        sa.Column("lesson_index", sa.Integer(), nullable=False),
        sa.Column("step_index", sa.Integer(), nullable=False),
        sa.Column("lessons_done", sa.Integer(), nullable=False),
        sa.Column("completed_at", TS),
        sa.Column("cohort_id", sa.Integer()),
        sa.Column("started_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_table(
        "quiz_answers",
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("series", sa.String(32), primary_key=True),
        sa.Column("lesson", sa.String(32), primary_key=True),
        sa.Column("quiz", sa.String(32), primary_key=True),
        sa.Column("option", sa.String(32), nullable=False),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.Column("answered_at", TS, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("quiz_answers")
    op.drop_table("lesson_progress")
