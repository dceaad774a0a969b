"""statistics: counts of answers per item, option, day and profile; deliveries per push, members per cohort

The quiz, rating, poll and series-question statistics counted the per-person tables, so their cost grew with the
people. Database triggers now write a +1/-1 row to `answer_deltas` for every change that moves one of those counts:
an answer given, revised (old option -1, new +1) or deleted, a person's profile changing (each of their answers
leaves the old values and joins the new), a person joining or leaving a cohort in a series, and a person being
deleted (/forget, retention). `bot/services/answer_counts.py` folds the deltas into `answer_counts` and reads both.
Triggers, rather than code at each write, because profiles change in many places and people go by cascade.

The same for two plain counters that grew with the people: deliveries per push and status, members per cohort
(`counter_deltas`, folded into `counters` by bot/services/counters.py).

Existing answers, deliveries and members are written as deltas here, so the first fold builds the counts.

A later migration that rebuilds one of the watched tables on SQLite (batch mode copies the table) drops its
triggers with it and must create them again; tests/test_answer_counts.py checks they are all in place.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02
"""

from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
DELTA_COLUMNS = ("kind, item, part, sub, option, day, audience, age_band, country, locale, cohort_id, change")
EMPTY = sa.text("people = 0")  # rows a fold brought to zero, deleted by the same fold
PROFILE = ("audience", "age_band", "country", "locale")


@dataclass(frozen=True)
class Answers:
    """How one per-person table counts: its kind, item keys, option, the column giving the day (None: counted
    without a period) and whether its rows belong to a series (then the cohort comes from lesson_progress)."""

    table: str
    kind: str
    keys: tuple[str, str, str]
    option: str
    day: str | None
    series: bool


ANSWERS = (
    Answers("quiz_answers", "quiz", ("series", "lesson", "quiz"), "option", "answered_at", True),
    Answers("lesson_ratings", "rating", ("series", "lesson", "''"), "rating", "rated_at", True),
    Answers("voice_answers", "voice", ("series", "question", "''"), "option", None, True),
    Answers("poll_answers", "poll", ("poll", "''", "''"), "option", None, False),
)


def _day(dialect: str, column: str) -> str:
    return f"date({column})" if dialect == "sqlite" else f"(({column}) AT TIME ZONE 'UTC')::date"


def _select(dialect: str, spec: Answers, row: str, person: str, change: int, cohort: str | None = None) -> str:
    """The delta columns for answer row `row` (NEW, OLD or an alias) of a person whose profile is `person`."""
    keys = ", ".join(key if key.startswith("'") else f"{row}.{key}" for key in spec.keys)
    day = _day(dialect, f"{row}.{spec.day}") if spec.day else "NULL"
    if cohort is None:
        cohort = (f"(SELECT lp.cohort_id FROM lesson_progress lp WHERE lp.user_id = {row}.user_id "
                  f"AND lp.series = {row}.series)") if spec.series else "NULL"
    profile = ", ".join(f"{person}.{name}" for name in PROFILE)
    return f"SELECT '{spec.kind}', {keys}, {row}.{spec.option}, {day}, {profile}, {cohort}, {change}"


def _answered(spec: Answers, row: str) -> str:
    return f" AND {row}.option IS NOT NULL" if spec.kind == "voice" else ""


def _insert(select: str) -> str:
    return f"INSERT INTO answer_deltas ({DELTA_COLUMNS}) {select};"


def _distinct(dialect: str, columns: Sequence[str]) -> str:
    operator = "IS NOT" if dialect == "sqlite" else "IS DISTINCT FROM"
    return " OR ".join(f"OLD.{c} {operator} NEW.{c}" for c in columns)


def _triggers(dialect: str) -> list[tuple[str, str, str, str]]:
    """(name, event, table, body): each body is the statements of one row trigger, which may name OLD and NEW."""
    found = []
    for spec in ANSWERS:
        person = "FROM users u WHERE u.id = {row}.user_id"
        changed = [spec.option, *([spec.day] if spec.day else [])]
        found += [
            (f"{spec.table}_counted", "INSERT", spec.table,
             _insert(_select(dialect, spec, "NEW", "u", 1) + " " + person.format(row="NEW") + _answered(spec, "NEW"))),
            (f"{spec.table}_revised", f"UPDATE WHEN {_distinct(dialect, changed)}", spec.table,
             _insert(_select(dialect, spec, "OLD", "u", -1) + " " + person.format(row="OLD") + _answered(spec, "OLD"))
             + " " + _insert(_select(dialect, spec, "NEW", "u", 1) + " " + person.format(row="NEW")
                             + _answered(spec, "NEW"))),
            # Only while the person exists: deleting them (below) took all their answers out already.
            (f"{spec.table}_removed", "DELETE", spec.table,
             _insert(_select(dialect, spec, "OLD", "u", -1) + " " + person.format(row="OLD") + _answered(spec, "OLD"))),
        ]
    moves, leaves = [], []
    for spec in ANSWERS:
        every = f"FROM {spec.table} a WHERE a.user_id = {{person}}.id{_answered(spec, 'a')}"
        moves += [_insert(_select(dialect, spec, "a", "OLD", -1) + " " + every.format(person="OLD")),
                  _insert(_select(dialect, spec, "a", "NEW", 1) + " " + every.format(person="NEW"))]
        leaves.append(_insert(_select(dialect, spec, "a", "OLD", -1) + " " + every.format(person="OLD")))
    found += [("users_profile_counted", f"UPDATE WHEN {_distinct(dialect, PROFILE)}", "users", " ".join(moves)),
              ("users_answers_removed", "BEFORE DELETE", "users", " ".join(leaves))]
    for name, event, old, new in (("lesson_progress_cohort_joined", "INSERT WHEN NEW.cohort_id IS NOT NULL", "NULL",
                                   "NEW.cohort_id"),
                                  ("lesson_progress_cohort_changed",
                                   f"UPDATE WHEN {_distinct(dialect, ['cohort_id'])}", "OLD.cohort_id",
                                   "NEW.cohort_id"),
                                  ("lesson_progress_cohort_left", "DELETE WHEN OLD.cohort_id IS NOT NULL",
                                   "OLD.cohort_id", "NULL")):
        row = "NEW" if new != "NULL" else "OLD"
        body = []
        for spec in ANSWERS:
            if not spec.series:
                continue
            # Joined with users: when the person is being deleted, their row is gone and nothing moves.
            every = (f"FROM {spec.table} a JOIN users u ON u.id = a.user_id WHERE a.user_id = {row}.user_id "
                     f"AND a.series = {row}.series" + _answered(spec, "a"))
            body += [_insert(_select(dialect, spec, "a", "u", -1, old) + " " + every),
                     _insert(_select(dialect, spec, "a", "u", 1, new) + " " + every)]
        found.append((name, event, "lesson_progress", " ".join(body)))
    return found


# (table, counter, owner column, name column or constant): +1 for a row inserted, -1 deleted, both when it moves.
COUNTERS = (
    ("deliveries", "push", "push_id", "status"),
    ("cohort_members", "cohort", "cohort_id", "'members'"),
)


def _counter_triggers(dialect: str) -> list[tuple[str, str, str, str]]:
    def change(row: str, sign: int, counter: str, owner: str, name: str) -> str:
        named = name if name.startswith("'") else f"{row}.{name}"
        return (f"INSERT INTO counter_deltas (counter, owner, name, change) "
                f"VALUES ('{counter}', {row}.{owner}, {named}, {sign});")

    found = []
    for table, *spec in COUNTERS:
        name = spec[2]
        found += [(f"{table}_counted", "INSERT", table, change("NEW", 1, *spec)),
                  (f"{table}_removed", "DELETE", table, change("OLD", -1, *spec))]
        if not name.startswith("'"):
            found.append((f"{table}_moved", f"UPDATE WHEN {_distinct(dialect, [name])}", table,
                          change("OLD", -1, *spec) + " " + change("NEW", 1, *spec)))
    return found


def _create_trigger(dialect: str, name: str, event: str, table: str, body: str) -> None:
    timing = "BEFORE" if event.startswith("BEFORE ") else "AFTER"
    event = event.removeprefix("BEFORE ")
    operation, _, when = event.partition(" WHEN ")
    if dialect == "sqlite":
        condition = f" WHEN {when}" if when else ""
        op.execute(f"CREATE TRIGGER {name} {timing} {operation} ON {table} FOR EACH ROW{condition} BEGIN {body} END")
        return
    result = "OLD" if timing == "BEFORE" else "NULL"
    op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} RETURN {result}; "
               f"END $$")
    condition = f" WHEN ({when})" if when else ""
    op.execute(f"CREATE TRIGGER {name} {timing} {operation} ON {table} FOR EACH ROW{condition} "
               f"EXECUTE FUNCTION {name}()")


def _dimensions() -> list[sa.Column[object]]:
    return [
        sa.Column("audience", sa.String(16)),
        sa.Column("age_band", sa.String(8)),
        sa.Column("country", sa.String(2)),
        sa.Column("locale", sa.String(8)),
    ]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        "answer_deltas",
        sa.Column("id", ID, primary_key=True),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("item", sa.String(32), nullable=False),
        sa.Column("part", sa.String(32), nullable=False),
        sa.Column("sub", sa.String(32), nullable=False),
        sa.Column("option", sa.String(32), nullable=False),
        sa.Column("day", sa.Date()),
        *_dimensions(),
        sa.Column("cohort_id", sa.Integer()),
        sa.Column("change", sa.Integer(), nullable=False),
    )
    op.create_table(
        "answer_counts",
        sa.Column("id", ID, primary_key=True),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("item", sa.String(32), nullable=False),
        sa.Column("part", sa.String(32), nullable=False),
        sa.Column("sub", sa.String(32), nullable=False),
        sa.Column("option", sa.String(32), nullable=False),
        sa.Column("grain", sa.String(1), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("overall", sa.Boolean(), nullable=False),
        sa.Column("audience", sa.String(16), nullable=False),
        sa.Column("age_band", sa.String(8), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("locale", sa.String(8), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
    )
    op.create_index("ux_answer_counts_key", "answer_counts",
                    ["kind", "overall", "grain", "day", "item", "part", "sub", "option", "audience", "age_band",
                     "country", "locale", "cohort_id"], unique=True)
    op.create_index("ix_answer_counts_empty", "answer_counts", ["id"], postgresql_where=EMPTY, sqlite_where=EMPTY)
    op.create_table(
        "counter_deltas",
        sa.Column("id", ID, primary_key=True),
        sa.Column("counter", sa.String(8), nullable=False),
        sa.Column("owner", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(16), nullable=False),
        sa.Column("change", sa.Integer(), nullable=False),
    )
    op.create_table(
        "counters",
        sa.Column("id", ID, primary_key=True),
        sa.Column("counter", sa.String(8), nullable=False),
        sa.Column("owner", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(16), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
    )
    op.create_index("ux_counters_key", "counters", ["counter", "owner", "name"], unique=True)
    for name, event, table, body in [*_triggers(dialect), *_counter_triggers(dialect)]:
        _create_trigger(dialect, name, event, table, body)
    for table, counter, owner, name in COUNTERS:
        op.execute(f"INSERT INTO counter_deltas (counter, owner, name, change) SELECT '{counter}', {owner}, {name}, "
                   f"count(*) FROM {table} GROUP BY {owner}" + ("" if name.startswith("'") else f", {name}"))
    for spec in ANSWERS:
        op.execute(_insert(_select(dialect, spec, "a", "u", 1) + f" FROM {spec.table} a JOIN users u "
                           "ON u.id = a.user_id WHERE 1 = 1" + _answered(spec, "a")))


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name, _event, table, _body in [*_triggers(dialect), *_counter_triggers(dialect)]:
        op.execute(f"DROP TRIGGER {name}" + ("" if dialect == "sqlite" else f" ON {table}"))
        if dialect != "sqlite":
            op.execute(f"DROP FUNCTION {name}()")
    op.drop_index("ux_counters_key", table_name="counters")
    op.drop_table("counters")
    op.drop_table("counter_deltas")
    op.drop_index("ix_answer_counts_empty", table_name="answer_counts")
    op.drop_index("ux_answer_counts_key", table_name="answer_counts")
    op.drop_table("answer_counts")
    op.drop_table("answer_deltas")
