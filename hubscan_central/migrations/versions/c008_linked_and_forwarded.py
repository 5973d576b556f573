"""a pre-advised return linked to the parcel it arrived as; a misrouted parcel forwarded;
the office's list of escalated refusals

A parcel may reach a hub under a tracking number the pre-advice does not know; the
hub links it to its pre-advised return, which keeps the parcel's number. A misrouted
parcel may be sent on to the hub it was pre-advised to, which keeps that hub. A refusal
a hub does not accept is listed for the office.

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
    op.add_column("returns", sa.Column("forwarded_to", sa.String(length=10), nullable=True))
    op.create_table(
        "escalations",
        sa.Column("position", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(length=36), nullable=False, unique=True),
        sa.Column("tracking", sa.String(length=40), nullable=False),
        sa.Column("hub", sa.String(length=10), nullable=False),
        sa.Column("workstation", sa.String(length=10), nullable=False),
        sa.Column("operator", sa.String(length=40), nullable=True),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("exception", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("escalations")
    with op.batch_alter_table("returns", schema=None) as batch_op:
        batch_op.drop_column("forwarded_to")
        batch_op.drop_column("arrived_as")
