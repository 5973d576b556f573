"""photos kept as evidence, uploaded by the hubs in parts

A hub uploads the photos of a rejection from its queue, in parts it can resume after a
cut: the service keeps the parts and, once they are all there, checks that they hash to
the photo's SHA-256 before the return's timeline links it. Each hub's upload is its own.

Revision ID: c007
Revises: c006
"""

import sqlalchemy as sa
from alembic import op

revision = "c007"
down_revision = "c006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evidence",
        sa.Column("sha256", sa.String(length=64), primary_key=True),
        sa.Column("hub", sa.String(length=10), primary_key=True),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("tracking", sa.String(length=40), nullable=False),
        sa.Column("workstation", sa.String(length=10), nullable=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("received", sa.Integer(), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("started_at", sa.String(length=40), nullable=False),
        sa.Column("completed_at", sa.String(length=40), nullable=True),
    )
    op.create_index("ix_evidence_tracking", "evidence", ["tracking"])
    op.create_table(
        "evidence_parts",
        sa.Column("sha256", sa.String(length=64), primary_key=True),
        sa.Column("hub", sa.String(length=10), primary_key=True),
        sa.Column("start", sa.Integer(), primary_key=True),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["sha256", "hub"], ["evidence.sha256", "evidence.hub"]),
    )


def downgrade() -> None:
    op.drop_table("evidence_parts")
    op.drop_index("ix_evidence_tracking", table_name="evidence")
    op.drop_table("evidence")
