"""unit order: the school's chosen order of election units (issue 15)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03

One nullable column: ``election_unit.position`` (1, 2, … as the school chose; NULL: not
chosen, listed in stroke order of the name after the chosen ones).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('election_unit', schema=None) as batch_op:
        batch_op.add_column(sa.Column('position', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('election_unit', schema=None) as batch_op:
        batch_op.drop_column('position')
