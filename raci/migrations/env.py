"""Alembic environment: runs migrations on the connection RACI Planner hands in."""

from alembic import context

from raci.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached from the alembic CLI
    raise RuntimeError("RACI Planner migrations run through raci.db.upgrade()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
