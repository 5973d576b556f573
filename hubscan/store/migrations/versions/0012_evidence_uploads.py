"""photos to upload to the central service, items rejected at process, parcels linked
to their pre-advice, and misrouted parcels forwarded to their hub

A photo named in a recorded event (a rejection, an item set aside at process) waits in
``evidence_uploads`` until the central service holds it whole; the sync sends it in
parts after the events. A scanned item may be rejected on its own, with a reason and
its photos, while the rest of the parcel goes on. A pre-advised return whose parcel
arrived under another tracking number keeps that number (``arrived_as``). A misrouted
parcel sent on to the hub it was pre-advised to keeps that hub (``forwarded_to``).

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

from hubscan.store.types import UtcTimestamp

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evidence_uploads",
        sa.Column("sha256", sa.String(length=64), primary_key=True),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("tracking", sa.String(length=40), nullable=False),
        sa.Column("queued_at", UtcTimestamp(), nullable=False),
        sa.Column("sent_at", UtcTimestamp(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default=sa.text("0")),
        sa.Column("last_error", sa.Text(), nullable=True),
    )
    op.create_index(
        "ix_evidence_uploads_waiting",
        "evidence_uploads",
        ["queued_at"],
        unique=False,
        sqlite_where=sa.text("sent_at IS NULL"),
    )
    op.add_column("scanned_items", sa.Column("rejected", sa.String(length=40), nullable=True))
    op.add_column("scanned_items", sa.Column("evidence", sa.Text(), nullable=True))
    op.add_column("returns", sa.Column("arrived_as", sa.String(length=40), nullable=True))
    op.add_column("returns", sa.Column("forwarded_to", sa.String(length=10), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("returns", schema=None) as batch_op:
        batch_op.drop_column("forwarded_to")
        batch_op.drop_column("arrived_as")
    with op.batch_alter_table("scanned_items", schema=None) as batch_op:
        batch_op.drop_column("evidence")
        batch_op.drop_column("rejected")
    op.drop_index("ix_evidence_uploads_waiting", table_name="evidence_uploads")
    op.drop_table("evidence_uploads")
