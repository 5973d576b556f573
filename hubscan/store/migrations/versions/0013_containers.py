"""containers: the bags, cages and pallets a consolidation is packed into, and the
handover of closed consolidations' containers to the linehaul carrier

Each container is known by its SSCC (printed by HubScan or pre-printed), holds the
consolidated parcels scanned while it was the bench's latest, and is weighed (on the
scale, or typed by a supervisor) before its consolidation closes. A closed
consolidation's containers, this bench's and the hub's other benches', wait in
``closed_containers`` until a handover loads them onto the carrier's trailer.

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
    op.create_table(
        "closed_containers",
        sa.Column("sscc", sa.String(length=18), primary_key=True),
        sa.Column("connote", sa.String(length=40), nullable=False),
        sa.Column("destination", sa.String(length=40), nullable=False),
        sa.Column("bench", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("members", sa.Text(), nullable=False),
        sa.Column("weight_kg", sa.String(length=12), nullable=False),
        sa.Column("closed_at", UtcTimestamp(), nullable=False),
        sa.Column("handover_id", sa.Integer(), nullable=True),
        sa.Column("handed_over_at", UtcTimestamp(), nullable=True),
        sa.Column("loaded_by", sa.String(length=10), nullable=True),
    )
    op.create_index("ix_closed_containers_connote", "closed_containers", ["connote"])
    op.create_table(
        "handovers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("carrier", sa.String(length=40), nullable=False),
        sa.Column("trailer", sa.String(length=60), nullable=False),
        sa.Column("opened_at", UtcTimestamp(), nullable=False),
        sa.Column("opened_by", sa.String(length=40), nullable=False),
        sa.Column("closed_at", UtcTimestamp(), nullable=True),
        sa.Column("warned", sa.Text(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("handovers")
    op.drop_index("ix_closed_containers_connote", table_name="closed_containers")
    op.drop_table("closed_containers")
    op.drop_index("ix_container_parcels_sscc", table_name="container_parcels")
    op.drop_table("container_parcels")
    op.drop_index("ix_containers_consolidation", table_name="containers")
    op.drop_table("containers")
