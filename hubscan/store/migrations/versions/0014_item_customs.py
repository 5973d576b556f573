"""the customs data of an expected item

A pre-advised item may carry what a customs declaration of the returned goods needs: its
HS code, its country of origin and the value of one unit with its currency. The
consolidation's close names the parcels whose items lack it, when their destination is
in another customs territory than the hub.

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("expected_lines", schema=None) as batch_op:
        batch_op.add_column(sa.Column("hs_code", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("origin_country", sa.String(length=2), nullable=True))
        batch_op.add_column(sa.Column("unit_value", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("currency", sa.String(length=3), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("expected_lines", schema=None) as batch_op:
        batch_op.drop_column("currency")
        batch_op.drop_column("unit_value")
        batch_op.drop_column("origin_country")
        batch_op.drop_column("hs_code")
