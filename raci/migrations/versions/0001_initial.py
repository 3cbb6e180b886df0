"""Initial schema: project, roles, people, staffing, phases, activities, assignments.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "project",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("scheme", sa.String(20), nullable=False),
        sa.Column("overload_threshold", sa.Integer(), nullable=False),
        sa.Column("max_responsible", sa.Integer(), nullable=False),
        sa.Column("max_consulted", sa.Integer(), nullable=False),
    )
    op.create_table(
        "role",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("code", sa.String(20), nullable=False, unique=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_table(
        "phase",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_table(
        "staffing",
        sa.Column(
            "person_id", sa.Integer(), sa.ForeignKey("person.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "role_id", sa.Integer(), sa.ForeignKey("role.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_table(
        "activity",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "phase_id", sa.Integer(), sa.ForeignKey("phase.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("provenance", sa.Text(), nullable=False),
    )
    op.create_table(
        "assignment",
        sa.Column(
            "activity_id", sa.Integer(), sa.ForeignKey("activity.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "role_id", sa.Integer(), sa.ForeignKey("role.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("letters", sa.String(20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    for table in ("assignment", "activity", "staffing", "phase", "person", "role", "project"):
        op.drop_table(table)
