"""Shared projects: a revision counter, the change log and who has the project open.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("project") as batch:
        batch.add_column(sa.Column("revision", sa.Integer(), nullable=False,
                                   server_default="0"))
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("who", sa.String(200), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("old", sa.Text(), nullable=False),
        sa.Column("new", sa.Text(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("role_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
    )
    op.create_index("ix_change_log_revision", "change_log", ["revision"])
    op.create_index("ix_change_log_activity_id", "change_log", ["activity_id"])
    op.create_index("ix_change_log_role_id", "change_log", ["role_id"])
    op.create_index("ix_change_log_person_id", "change_log", ["person_id"])
    op.create_table(
        "presence",
        sa.Column("session", sa.String(64), primary_key=True),
        sa.Column("who", sa.String(200), nullable=False),
        sa.Column("host", sa.String(200), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seen", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("presence")
    op.drop_table("change_log")
    with op.batch_alter_table("project") as batch:
        batch.drop_column("revision")
