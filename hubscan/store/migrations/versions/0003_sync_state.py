"""sync state

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 04:23:47.477336
"""

import sqlalchemy as sa
from alembic import op

from hubscan.store.types import UtcTimestamp  # noqa: F401 - autogenerate renders it

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:

    op.drop_table("sync_state")
