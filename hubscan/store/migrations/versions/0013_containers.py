"""containers: the bags, cages and pallets a consolidation is packed into

Each container is known by its SSCC (printed by HubScan or pre-printed), holds the
consolidated parcels scanned while it was the bench's latest, and is weighed (on the
scale, or typed by a supervisor) before its consolidation closes.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

from hubscan.store.types import UtcTimestamp

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "containers",
        sa.Column("sscc", sa.String(length=18), primary_key=True),
        sa.Column("consolidation_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("opened_at", UtcTimestamp(), nullable=False),
        sa.Column("opened_by", sa.String(length=40), nullable=False),
        sa.Column("printed", sa.Boolean(), nullable=False),
        sa.Column("touched_at", UtcTimestamp(), nullable=False),
        sa.Column("weight_g", sa.Integer(), nullable=True),
        sa.Column("weight_source", sa.String(length=10), nullable=True),
        sa.Column("weighed_by", sa.String(length=40), nullable=True),
        sa.Column("weighed_at", UtcTimestamp(), nullable=True),
    )
    op.create_index("ix_containers_consolidation", "containers", ["consolidation_id"])
    op.create_table(
        "container_parcels",
        sa.Column("tracking", sa.String(length=40), primary_key=True),
        sa.Column("sscc", sa.String(length=18), nullable=False),
    )
    op.create_index("ix_container_parcels_sscc", "container_parcels", ["sscc"])


def downgrade() -> None:
    op.drop_index("ix_container_parcels_sscc", table_name="container_parcels")
    op.drop_table("container_parcels")
    op.drop_index("ix_containers_consolidation", table_name="containers")
    op.drop_table("containers")
