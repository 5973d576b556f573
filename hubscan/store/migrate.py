"""Alembic migrations, run on open: back up first, refuse a database from a newer program.

Alembic is imported only when the schema is not already current: its import is a
noticeable part of start-up, which every ``hubscan`` command and the window would
otherwise pay.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from hubscan.store.database import StoreError, backup_copy

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions; a test keeps the two in step.
SCHEMA_HEAD = "0014"


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, path: Path) -> None:
    """Bring the database at ``path`` to the newest schema this program knows."""
    current = current_revision(engine)
    if current == SCHEMA_HEAD:
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config(engine)
    script = ScriptDirectory.from_config(config)
    if current is not None:
        known = {rev.revision for rev in script.walk_revisions()}
        if current not in known:
            raise StoreError(
                f"the database {path} was written by a newer HubScan (schema {current}). "
                "Install that version or newer; nothing was changed."
            )
        backup_copy(path)
    command.upgrade(config, "head")
