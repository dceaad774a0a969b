"""outbox: a partial index on pending deliveries in claim order

The sender claims `WHERE status = 'pending' AND due_at <= now ORDER BY due_at, id LIMIT n`. With only
(status, due_at), PostgreSQL sorted every pending row of a push (they share one due_at) at each claim; this index
hands it the first n in order, and stays small because rows leave it once sent.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PENDING = sa.text("status = 'pending'")


def upgrade() -> None:
    op.create_index("ix_deliveries_pending_due", "deliveries", ["due_at", "id"],
                    postgresql_where=PENDING, sqlite_where=PENDING)


def downgrade() -> None:
    op.drop_index("ix_deliveries_pending_due", table_name="deliveries")
