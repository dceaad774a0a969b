"""invites: a number of uses and an expiry chosen by staff, and when a link was revoked

New links are single-use by default. Links made before this migration could verify anyone who opened them: they
become single-use too (a link already used is used up; staff issue new links, with uses=N where a group needs one).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("invites") as batch:
        batch.add_column(sa.Column("max_uses", sa.Integer()))
        batch.add_column(sa.Column("expires_at", TS))
        batch.add_column(sa.Column("revoked_at", TS))
    invites = sa.table("invites", sa.column("revoked", sa.Boolean()), sa.column("revoked_at", TS),
                       sa.column("created_at", TS), sa.column("uses", sa.Integer()),
                       sa.column("max_uses", sa.Integer()))
    op.execute(invites.update().where(invites.c.revoked.is_(True)).values(revoked_at=invites.c.created_at))
    # Verified status is only as good as the link: no old link keeps verifying whoever opens it.
    op.execute(invites.update().values(max_uses=sa.case((invites.c.uses > 1, invites.c.uses), else_=1)))
    with op.batch_alter_table("invites") as batch:
        batch.drop_column("revoked")


def downgrade() -> None:
    with op.batch_alter_table("invites") as batch:
        batch.add_column(sa.Column("revoked", sa.Boolean(), nullable=False, server_default=sa.false()))
    invites = sa.table("invites", sa.column("revoked", sa.Boolean()), sa.column("revoked_at", TS))
    op.execute(invites.update().where(invites.c.revoked_at.is_not(None)).values(revoked=True))
    with op.batch_alter_table("invites") as batch:
        batch.drop_column("revoked_at")
        batch.drop_column("expires_at")
        batch.drop_column("max_uses")
