"""retention: when each person was last active, counts left of old deliveries, anonymised check-in rounds

`users.last_seen` starts as the day of the person's last profile change (the best that is known); from now on the
bot writes it at most once a day per person. It is nullable only because SQLite cannot add a NOT NULL column
without a constant default (and rebuilding `users` on SQLite would cascade deletes to every table that refers to
it); every row gets a value here and on insert.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("users", sa.Column("last_seen", sa.Date()))
    if op.get_bind().dialect.name == "postgresql":
        op.execute("UPDATE users SET last_seen = (updated_at AT TIME ZONE 'UTC')::date")
    else:
        op.execute("UPDATE users SET last_seen = date(updated_at)")
    op.create_index("ix_users_last_seen", "users", ["last_seen"])
    op.add_column("checkin_rounds", sa.Column("anonymised_at", sa.DateTime(timezone=True)))
    op.create_table(
        "delivery_counts",
        sa.Column("push_id", sa.Integer(), sa.ForeignKey("pushes.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("status", sa.String(12), primary_key=True),
        sa.Column("count", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("delivery_counts")
    with op.batch_alter_table("checkin_rounds") as batch:
        batch.drop_column("anonymised_at")
    op.drop_index("ix_users_last_seen", table_name="users")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("last_seen")
