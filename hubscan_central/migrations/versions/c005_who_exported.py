"""who exported a return: bench, operator and time

A second Return Exported of a parcel is refused naming the export that was kept: the
hub, the bench, the operator and when, so the bench that lost can tell its supervisor.

Revision ID: c005
Revises: c004
"""

import sqlalchemy as sa
from alembic import op

revision = "c005"
down_revision = "c004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("returns", schema=None) as batch_op:
        batch_op.add_column(sa.Column("exported_workstation", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("exported_by", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("exported_at", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("returns", schema=None) as batch_op:
        batch_op.drop_column("exported_at")
        batch_op.drop_column("exported_by")
        batch_op.drop_column("exported_workstation")
