"""index only the returns that are in a consolidation

The consolidation index held an entry for every return, and nearly all of them are in
none: a million pulled returns put megabytes of NULLs into it, and every transaction of the
pull wrote its pages again. A partial index keeps the members only; lookups by
consolidation (``consolidation_id = ?`` implies it is not NULL) still use it.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

INDEX = "ix_returns_consolidation_id"
MEMBERS = "consolidation_id IS NOT NULL"


def upgrade() -> None:
    op.drop_index(INDEX, table_name="returns")
    op.create_index(INDEX, "returns", ["consolidation_id"], sqlite_where=sa.text(MEMBERS))


def downgrade() -> None:
    op.drop_index(INDEX, table_name="returns")
    op.create_index(INDEX, "returns", ["consolidation_id"])
