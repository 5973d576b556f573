"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 03:10:38.434412
"""

import sqlalchemy as sa
from alembic import op

from hubscan.store.types import UtcTimestamp

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "consolidations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("destination", sa.String(length=40), nullable=False),
        sa.Column("opened_at", UtcTimestamp(), nullable=False),
        sa.Column("opened_by", sa.String(length=40), nullable=False),
        sa.Column("connote", sa.String(length=40), nullable=True),
        sa.Column("closed_at", UtcTimestamp(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("connote"),
    )
    with op.batch_alter_table("consolidations", schema=None) as batch_op:
        batch_op.create_index(
            "ix_consolidations_open", ["destination"], unique=False, sqlite_where=sa.text("connote IS NULL")
        )

    op.create_table(
        "destinations",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("code"),
    )
    op.create_table(
        "events",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("type", sa.String(length=40), nullable=False),
        sa.Column("tracking", sa.String(length=40), nullable=True),
        sa.Column("occurred_at", UtcTimestamp(), nullable=False),
        sa.Column("hub", sa.String(length=10), nullable=False),
        sa.Column("workstation", sa.String(length=10), nullable=False),
        sa.Column("station", sa.String(length=20), nullable=False),
        sa.Column("operator", sa.String(length=40), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("id"),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_tracking"), ["tracking"], unique=False)

    op.create_table(
        "operators",
        sa.Column("badge", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("badge"),
    )
    op.create_table(
        "scans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scanned_at", UtcTimestamp(), nullable=False),
        sa.Column("raw", sa.Text(), nullable=False),
        sa.Column("station", sa.String(length=20), nullable=False),
        sa.Column("operator", sa.String(length=40), nullable=True),
        sa.Column("result", sa.String(length=10), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("tracking", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "sequences",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "workstation_context",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("station", sa.String(length=20), nullable=False),
        sa.Column("operator", sa.String(length=40), nullable=True),
        sa.Column("parcel", sa.String(length=40), nullable=True),
        sa.Column("reason", sa.String(length=40), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("consolidation_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("synced_at", UtcTimestamp(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["seq"],
            ["events.seq"],
        ),
        sa.PrimaryKeyConstraint("seq"),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_pending", ["seq"], unique=False, sqlite_where=sa.text("synced_at IS NULL"))

    op.create_table(
        "returns",
        sa.Column("tracking", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("retailer", sa.String(length=200), nullable=True),
        sa.Column("destination", sa.String(length=40), nullable=True),
        sa.Column("origin_country", sa.String(length=2), nullable=True),
        sa.Column("hub", sa.String(length=10), nullable=True),
        sa.Column("faulty", sa.Boolean(), nullable=False),
        sa.Column("unexpected", sa.Boolean(), nullable=False),
        sa.Column("on_hold", sa.Boolean(), nullable=False),
        sa.Column("exception", sa.Text(), nullable=True),
        sa.Column("received_at", UtcTimestamp(), nullable=True),
        sa.Column("received_by", sa.String(length=40), nullable=True),
        sa.Column("processed_at", UtcTimestamp(), nullable=True),
        sa.Column("processed_by", sa.String(length=40), nullable=True),
        sa.Column("consolidation_id", sa.Integer(), nullable=True),
        sa.Column("connote", sa.String(length=40), nullable=True),
        sa.Column("reject_reason", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["consolidation_id"],
            ["consolidations.id"],
        ),
        sa.PrimaryKeyConstraint("tracking"),
    )
    with op.batch_alter_table("returns", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_returns_consolidation_id"), ["consolidation_id"], unique=False)

    op.create_table(
        "expected_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tracking", sa.String(length=40), nullable=False),
        sa.Column("sku", sa.String(length=80), nullable=False),
        sa.Column("barcode", sa.String(length=80), nullable=True),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("qty", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(["tracking"], ["returns.tracking"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("expected_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_expected_lines_tracking"), ["tracking"], unique=False)

    op.create_table(
        "scanned_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tracking", sa.String(length=40), nullable=False),
        sa.Column("item", sa.String(length=200), nullable=False),
        sa.Column("grade", sa.String(length=10), nullable=False),
        sa.Column("line_sku", sa.String(length=80), nullable=True),
        sa.Column("scanned_at", UtcTimestamp(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tracking"],
            ["returns.tracking"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("scanned_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_scanned_items_tracking"), ["tracking"], unique=False)

    # The audit (events) and the scan journal are append-only: history is never edited.
    for table in ("events", "scans"):
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )


def downgrade() -> None:
    for table in ("events", "scans"):
        for action in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{action}")
    with op.batch_alter_table("scanned_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scanned_items_tracking"))

    op.drop_table("scanned_items")
    with op.batch_alter_table("expected_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_expected_lines_tracking"))

    op.drop_table("expected_lines")
    with op.batch_alter_table("returns", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_returns_consolidation_id"))

    op.drop_table("returns")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_pending", sqlite_where=sa.text("synced_at IS NULL"))

    op.drop_table("outbox")
    op.drop_table("workstation_context")
    op.drop_table("sequences")
    op.drop_table("scans")
    op.drop_table("operators")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_tracking"))

    op.drop_table("events")
    op.drop_table("destinations")
    with op.batch_alter_table("consolidations", schema=None) as batch_op:
        batch_op.drop_index("ix_consolidations_open", sqlite_where=sa.text("connote IS NULL"))

    op.drop_table("consolidations")
