"""the hub feed: the other benches' events, and the bench whose consolidation holds a return

A hub's benches see each other's work through the hub feed. Its events are kept apart
from this bench's own audit (``events``), so counters count nothing twice; a return
another bench has put in its open consolidation is refused here, naming that bench.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

from hubscan.store.types import UtcTimestamp

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hub_feed",
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("type", sa.String(length=40), nullable=False),
        sa.Column("tracking", sa.String(length=40), nullable=True),
        sa.Column("occurred_at", UtcTimestamp(), nullable=False),
        sa.Column("hub", sa.String(length=10), nullable=False),
        sa.Column("workstation", sa.String(length=10), nullable=False),
        sa.Column("station", sa.String(length=20), nullable=True),
        sa.Column("operator", sa.String(length=40), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("result", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("position"),
        sa.UniqueConstraint("id"),
    )
    op.create_index("ix_hub_feed_tracking", "hub_feed", ["tracking"])
    with op.batch_alter_table("returns", schema=None) as batch_op:
        batch_op.add_column(sa.Column("consolidation_bench", sa.String(length=10), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("returns", schema=None) as batch_op:
        batch_op.drop_column("consolidation_bench")
    op.drop_index("ix_hub_feed_tracking", table_name="hub_feed")
    op.drop_table("hub_feed")
