"""index the manifest delta by hub and change

A hub's delta page was found through the hub index and then sorted: every page cost
the whole backlog, so a 1,000,000-return pull slowed as it went. With (hub, change_seq)
each page is two short range scans.

Revision ID: c002
Revises: c001
"""

from alembic import op

revision = "c002"
down_revision = "c001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("returns", schema=None) as batch_op:
        batch_op.create_index("ix_returns_hub_change_seq", ["hub", "change_seq"], unique=False)
        batch_op.drop_index("ix_returns_hub")


def downgrade() -> None:
    with op.batch_alter_table("returns", schema=None) as batch_op:
        batch_op.create_index("ix_returns_hub", ["hub"], unique=False)
        batch_op.drop_index("ix_returns_hub_change_seq")
