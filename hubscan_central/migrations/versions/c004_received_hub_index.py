"""index returns by the hub that received them

A bench joining a hub asks for the state of every return the hub still holds: the
returns it received, found through this index, not by reading every return.

Revision ID: c004
Revises: c003
"""

from alembic import op

revision = "c004"
down_revision = "c003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_returns_received_hub", "returns", ["received_hub"])


def downgrade() -> None:
    op.drop_index("ix_returns_received_hub", table_name="returns")
