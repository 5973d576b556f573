"""operators may have a PIN (a salted scrypt hash) for logging in without a badge

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("operators") as batch_op:
        batch_op.add_column(sa.Column("pin_hash", sa.String(200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("operators") as batch_op:
        batch_op.drop_column("pin_hash")
