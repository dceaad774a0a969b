"""Alembic environment. Always called by `bot.store.db` with an open connection (sync facade of the async
engine), so the same migrations run on SQLite and PostgreSQL."""

from alembic import context

from bot.store.migration_filters import include_name
from bot.store.models import Base, add_postgresql_index_options

connection = context.config.attributes.get("connection")
if connection is None:
    raise SystemExit("run migrations with `python -m bot migrate`")
if connection.dialect.name == "postgresql":
    add_postgresql_index_options(Base.metadata)  # the partial and covering indexes, for autogenerate

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
