"""sealed_record: frozen rounds, reviews and lists (R15.2); credentials_review.kind

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03

Records closed, approved or published before this revision get their snapshot and seal at
the first start after the upgrade (services.records.seal_unsealed_records), not here: the
snapshot is built by the same service code that seals new records, so there is one canonical
form, and the audit entry of the seal is appended through the chain like any other.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'sealed_record',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('subject_id', sa.Integer(), nullable=False),
        sa.Column('term_id', sa.Integer(), nullable=False),
        sa.Column('content', sa.Text(), nullable=False),
        sa.Column('seal', sa.String(length=64), nullable=False),
        sa.Column('sealed_at', sa.DateTime(), nullable=False),
        sa.Column('sealed_by', sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(['term_id'], ['term.id'], name=op.f('fk_sealed_record_term_id_term'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sealed_record')),
        sa.UniqueConstraint('kind', 'subject_id', name='uq_sealed_record_subject'),
    )
    with op.batch_alter_table('sealed_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sealed_record_term_id'), ['term_id'], unique=False)
    with op.batch_alter_table('credentials_review', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=12), nullable=False,
                                      server_default='original'))


def downgrade() -> None:
    with op.batch_alter_table('credentials_review', schema=None) as batch_op:
        batch_op.drop_column('kind')
    with op.batch_alter_table('sealed_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sealed_record_term_id'))
    op.drop_table('sealed_record')
