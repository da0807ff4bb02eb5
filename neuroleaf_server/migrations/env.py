"""Alembic environment: runs on the connection that ``neuroleaf_server.db.migrate`` opens."""

from __future__ import annotations

from alembic import context

from neuroleaf_server.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata)
with context.begin_transaction():
    context.run_migrations()
