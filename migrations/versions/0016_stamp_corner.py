"""stamp corner: papers filed with the top right corner of page 1 kept for the 归档章 (issue 15)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03

One column: ``archive_item.stamp_corner`` — true for a paper the app printed with page 1's top
right corner kept blank for the filing stamp (every paper filed from this revision on); false
for imported files and for papers filed before, whose stamp's place the export looks for.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('archive_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('stamp_corner', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('archive_item', schema=None) as batch_op:
        batch_op.drop_column('stamp_corner')
