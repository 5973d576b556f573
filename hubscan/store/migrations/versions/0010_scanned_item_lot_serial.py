"""the lot and serial number of a scanned item, from its GS1 barcode

A returned product's GS1 DataMatrix, GS1-128 or Digital Link may carry its batch/lot
(AI 10) and serial number (AI 21): they are kept with the item, shown at the process
station and sent with Return Processed.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("scanned_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lot", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("serial", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("scanned_items", schema=None) as batch_op:
        batch_op.drop_column("serial")
        batch_op.drop_column("lot")
