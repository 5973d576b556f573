"""Alembic migrations, run on open: back up first, refuse a database from a newer program."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from hubscan.store.database import StoreError, backup_copy

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, path: Path) -> None:
    """Bring the database at ``path`` to the newest schema this program knows."""
    config = alembic_config(engine)
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current == head:
        return
    if current is not None:
        known = {rev.revision for rev in script.walk_revisions()}
        if current not in known:
            raise StoreError(
                f"the database {path} was written by a newer HubScan (schema {current}). "
                "Install that version or newer; nothing was changed."
            )
        backup_copy(path)
    command.upgrade(config, "head")
