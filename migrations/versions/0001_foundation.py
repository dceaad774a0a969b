"""foundation: users, roles, pseudonymous events

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("telegram_id", sa.BigInteger(), nullable=False, unique=True),
        sa.Column("locale", sa.String(8), nullable=False),
        sa.Column("audience", sa.String(16)),
        sa.Column("age_band", sa.String(8)),
        sa.Column("sector", sa.String(24)),
        sa.Column("country", sa.String(2)),
        sa.Column("step", sa.String(32)),
        sa.Column("consent_at", TS),
        sa.Column("stopped", sa.Boolean(), nullable=False),
        sa.Column("inactive", sa.Boolean(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_table(
        "roles",
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("role", sa.String(16), primary_key=True),
        sa.Column("granted_at", TS, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True),
        sa.Column("pseudonym", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("occurred_at", TS, nullable=False),
        sa.Column("audience", sa.String(16)),
        sa.Column("age_band", sa.String(8)),
        sa.Column("sector", sa.String(24)),
        sa.Column("country", sa.String(2)),
        sa.Column("locale", sa.String(8)),
        sa.Column("capability", sa.Integer()),
        sa.Column("series", sa.String(32)),
        sa.Column("lesson", sa.String(32)),
        sa.Column("cohort_id", sa.Integer()),
        sa.Column("value", sa.Integer()),
    )
    op.create_index("ix_events_occurred_at", "events", ["occurred_at"])
    op.create_index("ix_events_pseudonym", "events", ["pseudonym"])
    op.create_index("ix_events_kind_occurred_at", "events", ["kind", "occurred_at"])


def downgrade() -> None:
    op.drop_table("events")
    op.drop_table("roles")
    op.drop_table("users")
