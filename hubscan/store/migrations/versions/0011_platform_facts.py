"""the returns platform's facts on a return, test consolidations, holds with a reason
and an owner, and the ageing list

A pre-advice may say the return is a retailer's test, carry the retailer's approval, a
faulty return's own destination, and what the bench shows (order number, customer
reference, return type, reasons, an alert for hub staff). A test return is consolidated
apart from real ones; a bench keeps the parcel whose alert waits to be acknowledged.
A carrier's report (in transit, delivered back to the retailer) keeps its time. A
scanned item keeps its disposition (restock, recycle, ...). A hold
keeps its reason, note, owner and start; the parcels in the hub are indexed by
when they were received, for the list of those that stay too long.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

from hubscan.store.types import UtcTimestamp

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN: instant on a million returns, where a batch
    # operation may copy the table (and trip the foreign keys to it).
    op.add_column("returns", sa.Column("test", sa.Boolean(), nullable=False, server_default=sa.text("0")))
    op.add_column("returns", sa.Column("approval", sa.String(length=10), nullable=True))
    op.add_column("returns", sa.Column("faulty_destination", sa.String(length=40), nullable=True))
    op.add_column("returns", sa.Column("facts", sa.JSON(), nullable=True))
    op.add_column("consolidations", sa.Column("test", sa.Boolean(), nullable=False, server_default=sa.text("0")))
    op.add_column("workstation_context", sa.Column("alert", sa.String(length=40), nullable=True))
    op.add_column("returns", sa.Column("hold_reason", sa.String(length=40), nullable=True))
    op.add_column("returns", sa.Column("hold_note", sa.Text(), nullable=True))
    op.add_column("returns", sa.Column("held_by", sa.String(length=40), nullable=True))
    op.add_column("returns", sa.Column("held_at", UtcTimestamp(), nullable=True))
    op.add_column("returns", sa.Column("carrier_at", UtcTimestamp(), nullable=True))
    op.add_column("scanned_items", sa.Column("disposition", sa.String(length=30), nullable=True))
    op.create_index(
        "ix_returns_in_hub",
        "returns",
        ["received_at"],
        unique=False,
        sqlite_where=sa.text("status IN ('Depot Scan', 'Return Processed')"),
    )


def downgrade() -> None:
    with op.batch_alter_table("scanned_items", schema=None) as batch_op:
        batch_op.drop_column("disposition")
    op.drop_index("ix_returns_in_hub", table_name="returns")
    with op.batch_alter_table("returns", schema=None) as batch_op:
        for column in ("carrier_at", "held_at", "held_by", "hold_note", "hold_reason"):
            batch_op.drop_column(column)
    with op.batch_alter_table("workstation_context", schema=None) as batch_op:
        batch_op.drop_column("alert")
    with op.batch_alter_table("consolidations", schema=None) as batch_op:
        batch_op.drop_column("test")
    with op.batch_alter_table("returns", schema=None) as batch_op:
        batch_op.drop_column("facts")
        batch_op.drop_column("faulty_destination")
        batch_op.drop_column("approval")
        batch_op.drop_column("test")
