"""delegate: the delegate number (代表编号), stable over the term

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03

The number printed on the delegate card and typed (or scanned) at the check-in desk.
Delegates published before this revision have none until numbers are assigned.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('delegate', schema=None) as batch_op:
        batch_op.add_column(sa.Column('number', sa.String(length=20), nullable=True))
        batch_op.create_unique_constraint('uq_delegate_number', ['term_id', 'number'])


def downgrade() -> None:
    with op.batch_alter_table('delegate', schema=None) as batch_op:
        batch_op.drop_constraint('uq_delegate_number', type_='unique')
        batch_op.drop_column('number')
