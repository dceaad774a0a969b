"""youth voice: lesson ratings, series questions, polls, share links (MNR capability 14)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def _user(primary_key: bool = True) -> sa.Column:
    return sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE"),
                     primary_key=primary_key)


def upgrade() -> None:
    op.create_table(
        "lesson_ratings",
        _user(),
        sa.Column("series", sa.String(32), primary_key=True),
        sa.Column("lesson", sa.String(32), primary_key=True),
        sa.Column("rating", sa.String(12), nullable=False),
        sa.Column("rated_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_table(
        "voice_answers",
        _user(),
        sa.Column("series", sa.String(32), primary_key=True),
        sa.Column("question", sa.String(32), nullable=False),
        sa.Column("option", sa.String(32)),
        sa.Column("asked_at", TS, nullable=False),
        sa.Column("answered_at", TS),
    )
    op.create_table(
        "poll_answers",
        _user(),
        sa.Column("poll", sa.String(32), primary_key=True),
        sa.Column("option", sa.String(32), nullable=False),
        sa.Column("answered_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_index("ix_poll_answers_poll", "poll_answers", ["poll"])
    op.create_table(
        "poll_announcements",
        sa.Column("poll", sa.String(32), primary_key=True),
        _user(),
        sa.Column("announced_at", TS, nullable=False),
    )
    op.create_table(
        "share_codes",
        sa.Column("code", sa.String(24), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False,
                  unique=True),
        sa.Column("joins", sa.Integer(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "share_referrals",
        _user(),
        sa.Column("code", sa.String(24), sa.ForeignKey("share_codes.code", ondelete="CASCADE"), nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("share_referrals")
    op.drop_table("share_codes")
    op.drop_table("poll_announcements")
    op.drop_index("ix_poll_answers_poll", table_name="poll_answers")
    op.drop_table("poll_answers")
    op.drop_table("voice_answers")
    op.drop_table("lesson_ratings")
