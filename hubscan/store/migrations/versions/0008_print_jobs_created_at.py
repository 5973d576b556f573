"""index print jobs by when they were made

A scan's labels are made in its transaction, with its time: the Last scans list looks
up the labels of each of its scans by that time, to mark a scan whose label has not
printed (a paper-out printer must not leave a green tick beside the closing scan).

Revision ID: 0008
Revises: 0007
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

INDEX = "ix_print_jobs_created_at"


def upgrade() -> None:
    op.create_index(INDEX, "print_jobs", ["created_at"])


def downgrade() -> None:
    op.drop_index(INDEX, table_name="print_jobs")
