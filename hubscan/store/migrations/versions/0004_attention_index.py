"""index the returns that need attention

The Exceptions view lists held, unexpected and refused returns; without this partial
index that is a scan of every return (a million, with a large manifest).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

ATTENTION = "on_hold OR unexpected OR exception IS NOT NULL"


def upgrade() -> None:
    op.create_index("ix_returns_attention", "returns", ["tracking"], sqlite_where=sa.text(ATTENTION))


def downgrade() -> None:
    op.drop_index("ix_returns_attention", table_name="returns")
