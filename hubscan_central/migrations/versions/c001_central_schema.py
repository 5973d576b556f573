"""central schema

Revision ID: c001
Revises:
Create Date: 2026-11-22 04:22:56.679954
"""

import sqlalchemy as sa
from alembic import op

revision = "c001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "counters",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "events",
        sa.Column("arrival", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("hub", sa.String(length=10), nullable=True),
        sa.Column("workstation", sa.String(length=10), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=True),
        sa.Column("type", sa.String(length=40), nullable=False),
        sa.Column("tracking", sa.String(length=40), nullable=True),
        sa.Column("occurred_at", sa.String(length=40), nullable=False),
        sa.Column("station", sa.String(length=20), nullable=True),
        sa.Column("operator", sa.String(length=40), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("received_at", sa.String(length=40), nullable=False),
        sa.Column("result", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("arrival"),
        sa.UniqueConstraint("id"),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_tracking"), ["tracking"], unique=False)

    op.create_table(
        "returns",
        sa.Column("tracking", sa.String(length=40), nullable=False),
        sa.Column("retailer", sa.String(length=200), nullable=True),
        sa.Column("destination", sa.JSON(), nullable=True),
        sa.Column("origin_country", sa.String(length=2), nullable=True),
        sa.Column("hub", sa.String(length=10), nullable=True),
        sa.Column("faulty", sa.Boolean(), nullable=False),
        sa.Column("items", sa.JSON(), nullable=True),
        sa.Column("created_at", sa.String(length=40), nullable=True),
        sa.Column("change_seq", sa.Integer(), nullable=True),
        sa.Column("received_hub", sa.String(length=10), nullable=True),
        sa.Column("received_at", sa.String(length=40), nullable=True),
        sa.Column("exported_connote", sa.String(length=40), nullable=True),
        sa.Column("exported_hub", sa.String(length=10), nullable=True),
        sa.Column("rejected", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("tracking"),
    )
    with op.batch_alter_table("returns", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_returns_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_returns_hub"), ["hub"], unique=False)

    op.create_table(
        "tokens",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("hub", sa.String(length=10), nullable=True),
        sa.Column("workstation", sa.String(length=10), nullable=True),
        sa.PrimaryKeyConstraint("token_hash"),
    )


def downgrade() -> None:

    op.drop_table("tokens")
    with op.batch_alter_table("returns", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_returns_hub"))
        batch_op.drop_index(batch_op.f("ix_returns_change_seq"))

    op.drop_table("returns")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_tracking"))

    op.drop_table("events")
    op.drop_table("counters")
