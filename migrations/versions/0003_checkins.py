"""check-ins: invites, rounds, respondents, answers; verified professionals

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("verified", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("programme", sa.String(40)))
    op.create_table(
        "invites",
        sa.Column("code", sa.String(24), primary_key=True),
        sa.Column("sector", sa.String(24), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("programme", sa.String(40)),
        sa.Column("uses", sa.Integer(), nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "checkin_rounds",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("code", sa.String(24), nullable=False),
        sa.Column("questionnaire", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("opens_at", TS, nullable=False),
        sa.Column("closes_at", TS, nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_index("ux_checkin_rounds_code_questionnaire", "checkin_rounds", ["code", "questionnaire"], unique=True)
    op.create_table(
        "checkin_respondents",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("round_id", sa.Integer(), sa.ForeignKey("checkin_rounds.id", ondelete="CASCADE"), nullable=False),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="SET NULL")),
        sa.Column("pseudonym", sa.String(32), nullable=False),
        sa.Column("sector", sa.String(24)),
        sa.Column("country", sa.String(2)),
        sa.Column("programme", sa.String(40)),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("started_at", TS, nullable=False),
        sa.Column("finished_at", TS),
    )
    op.create_index("ux_checkin_respondents_round_user", "checkin_respondents", ["round_id", "user_id"], unique=True)
    op.create_index("ix_checkin_respondents_round_country", "checkin_respondents", ["round_id", "country"])
    op.create_table(
        "checkin_answers",
        sa.Column("respondent_id", sa.Integer(), sa.ForeignKey("checkin_respondents.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("item", sa.String(32), primary_key=True),
        sa.Column("answer", sa.String(24), nullable=False),
        sa.Column("answered_at", TS, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("checkin_answers")
    op.drop_table("checkin_respondents")
    op.drop_table("checkin_rounds")
    op.drop_table("invites")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("programme")
        batch.drop_column("verified")
