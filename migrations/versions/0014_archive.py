"""archive: the document register per session (第四十八条, R48.1/R48.2)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03

One new table; the school's fonds number and organisation code already exist (0001).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('archive_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('group_no', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('doc_number', sa.String(length=100), nullable=False),
    sa.Column('doc_date', sa.Date(), nullable=False),
    sa.Column('retention', sa.String(length=3), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('source', sa.String(length=80), nullable=False),
    sa.Column('source_seal', sa.String(length=64), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.CheckConstraint('group_no BETWEEN 1 AND 9', name=op.f('ck_archive_item_group_no')),
    sa.CheckConstraint("kind IN ('generated', 'imported')", name=op.f('ck_archive_item_kind_code')),
    sa.CheckConstraint("retention IN ('Y', 'D30', 'D10')", name=op.f('ck_archive_item_retention_code')),
    sa.CheckConstraint('pages >= 0 AND size >= 0', name=op.f('ck_archive_item_counts')),
    sa.ForeignKeyConstraint(['session_id'], ['congress_session.id'], name=op.f('fk_archive_item_session_id_congress_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_archive_item')),
    sa.UniqueConstraint('session_id', 'source', name='uq_archive_item_source')
    )
    with op.batch_alter_table('archive_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_archive_item_session_id'), ['session_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('archive_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_archive_item_session_id'))

    op.drop_table('archive_item')
