"""seat plan: the main leaders' posts per unit

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

R13.6: each unit of a saved seat plan records which of the main party, administration and
union leaders' posts are held by its on-duty staff (their seats stand in that unit).
Plans saved before this revision keep an empty value.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('seat_plan_unit', schema=None) as batch_op:
        batch_op.add_column(sa.Column('leaders', sa.String(length=200), server_default='',
                                      nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('seat_plan_unit', schema=None) as batch_op:
        batch_op.drop_column('leaders')
