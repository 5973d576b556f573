"""the returns platform's optional facts on a return, and its carrier status

Test returns, the retailer's approval, a faulty return's destination, order number,
customer reference, return type, return-level reasons and an alert for hub staff: kept
as the portal gave them and sent to the hubs with the pre-advice. The furthest status a
carrier reported (in transit, at the sorting facility, delivered back to the retailer)
is kept on the return and sent to the hubs too. A return a hub gave a parcel that was
not pre-advised keeps that hub.

Revision ID: c006
Revises: c005
"""

import sqlalchemy as sa
from alembic import op

revision = "c006"
down_revision = "c005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("returns", sa.Column("platform", sa.JSON(), nullable=True))
    op.add_column("returns", sa.Column("carrier_status", sa.String(length=40), nullable=True))
    op.add_column("returns", sa.Column("carrier_at", sa.String(length=40), nullable=True))
    op.add_column("returns", sa.Column("created_hub", sa.String(length=10), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("returns", schema=None) as batch_op:
        batch_op.drop_column("created_hub")
        batch_op.drop_column("carrier_at")
        batch_op.drop_column("carrier_status")
        batch_op.drop_column("platform")
