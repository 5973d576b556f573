"""a pre-advised return linked to the parcel it arrived as

A parcel may reach a hub under a tracking number the pre-advice does not know; the
hub links it to its pre-advised return, which keeps the parcel's number.

Revision ID: c008
Revises: c007
"""

import sqlalchemy as sa
from alembic import op

revision = "c008"
down_revision = "c007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("returns", sa.Column("arrived_as", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("returns", schema=None) as batch_op:
        batch_op.drop_column("arrived_as")
