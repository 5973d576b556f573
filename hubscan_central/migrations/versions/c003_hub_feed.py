"""the hub feed, and who received a return

Every workstation of a hub follows the hub's feed: the events the service took from
the hub's workstations, in its order. A Depot Scan keeps the workstation and operator
that received the parcel, so a second bench's Depot Scan is refused naming them.

Revision ID: c003
Revises: c002
"""

import sqlalchemy as sa
from alembic import op

revision = "c003"
down_revision = "c002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hub_feed",
        sa.Column("hub", sa.String(length=10), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("arrival", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["arrival"], ["events.arrival"]),
        sa.PrimaryKeyConstraint("hub", "position"),
    )
    with op.batch_alter_table("returns", schema=None) as batch_op:
        batch_op.add_column(sa.Column("received_workstation", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("received_by", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("returns", schema=None) as batch_op:
        batch_op.drop_column("received_by")
        batch_op.drop_column("received_workstation")
    op.drop_table("hub_feed")
