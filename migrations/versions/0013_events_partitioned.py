"""growth: on PostgreSQL, `events` becomes a table partitioned by month of `occurred_at` (SQLite: unchanged)

A partition per UTC month (`events_y2026m03`) from the month of the oldest event to two months ahead, and a
default partition (`events_default`) for anything outside them; the bot creates the months ahead as time goes on
and old months can be detached (bot/store/partitions.py, `python -m bot partitions`). The primary key becomes
(id, occurred_at): a partitioned table's unique keys must contain the partition key. Nothing refers to events.id
(the statistics rollup keeps a person's first event id as a plain number), and ids keep coming from the same
sequence, so they stay unique and increasing.

Existing events are copied into the new table in this migration, in one transaction: nothing is lost if it stops
half-way. `events` is locked for the whole of it (replicas still running the previous version wait on it), so stop
them first on a large database. Measured on the shared 2-core development machine (bench/README.md, "Events
growth"): 136 s for 10 million events, indexes included, about 14 s per million. A statement may take at most 600 s
at start (MIGRATION_TIMEOUT): from a few tens of millions of events on, run `python -m bot migrate --timeout 0`
before starting the new version.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02
"""

from collections.abc import Sequence
from datetime import UTC, date, datetime

from alembic import op
from sqlalchemy import text

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("id, pseudonym, kind, occurred_at, audience, age_band, sector, country, locale, capability, series, "
           "lesson, cohort_id, value")
DEFINITION = """
    id BIGINT NOT NULL DEFAULT nextval('events_id_seq'),
    pseudonym VARCHAR(32) NOT NULL,
    kind VARCHAR(32) NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    audience VARCHAR(16),
    age_band VARCHAR(8),
    sector VARCHAR(24),
    country VARCHAR(2),
    locale VARCHAR(8),
    capability INTEGER,
    series VARCHAR(32),
    lesson VARCHAR(32),
    cohort_id INTEGER,
    value INTEGER
"""
INDEXES = {
    "ix_events_occurred_at": "occurred_at",
    "ix_events_pseudonym": "pseudonym",
    "ix_events_kind_occurred_at": "kind, occurred_at",
}
MONTHS_AHEAD = 2


def _month(day: date, offset: int = 0) -> date:
    index = day.year * 12 + day.month - 1 + offset
    return date(index // 12, index % 12 + 1, 1)


def _bound(month: date) -> str:
    return f"'{month.isoformat()} 00:00:00+00'"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE events RENAME TO events_unpartitioned")
    op.execute("ALTER TABLE events_unpartitioned RENAME CONSTRAINT events_pkey TO events_unpartitioned_pkey")
    for name in INDEXES:
        op.execute(f"ALTER INDEX {name} RENAME TO {name}_unpartitioned")
    op.execute(f"CREATE TABLE events ({DEFINITION}, PRIMARY KEY (id, occurred_at)) PARTITION BY RANGE (occurred_at)")
    op.execute("ALTER SEQUENCE events_id_seq OWNED BY events.id")

    oldest = bind.execute(text("SELECT min(occurred_at) FROM events_unpartitioned")).scalar()
    this_month = _month(datetime.now(UTC).date())
    month = _month(oldest.astimezone(UTC).date()) if oldest is not None else this_month
    month = min(month, this_month)
    while month <= _month(this_month, MONTHS_AHEAD):
        name = f"events_y{month.year:04d}m{month.month:02d}"
        op.execute(f"CREATE TABLE {name} PARTITION OF events "
                   f"FOR VALUES FROM ({_bound(month)}) TO ({_bound(_month(month, 1))})")
        month = _month(month, 1)
    op.execute("CREATE TABLE events_default PARTITION OF events DEFAULT")

    # Copy first, index after: building an index once is cheaper than keeping it up to date row by row.
    op.execute(f"INSERT INTO events ({COLUMNS}) SELECT {COLUMNS} FROM events_unpartitioned")
    op.execute("DROP TABLE events_unpartitioned")
    for name, columns in INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON events ({columns})")
    op.execute("ANALYZE events")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE events RENAME TO events_partitioned")
    op.execute("ALTER TABLE events_partitioned RENAME CONSTRAINT events_pkey TO events_partitioned_pkey")
    for name in INDEXES:
        op.execute(f"ALTER INDEX {name} RENAME TO {name}_partitioned")
    op.execute(f"CREATE TABLE events ({DEFINITION}, CONSTRAINT events_pkey PRIMARY KEY (id))")
    op.execute("ALTER SEQUENCE events_id_seq OWNED BY events.id")
    op.execute(f"INSERT INTO events ({COLUMNS}) SELECT {COLUMNS} FROM events_partitioned")
    op.execute("DROP TABLE events_partitioned")  # and its partitions
    for name, columns in INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON events ({columns})")
