"""delegate body: bodies of the congress, their members, status reviews, delegate category

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03

The delegate body over a term (第十六–二十条, 第二十六–三十四条): presidium, DMC, special
committees and delegations with dated membership; the confirmed status reviews (R17.1);
the category of invited and observer delegates (R20.1).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'congress_body',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('term_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=12), nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('unit_id', sa.Integer(), nullable=True),
        sa.Column('elected_on', sa.Date(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['term_id'], ['term.id'], name=op.f('fk_congress_body_term_id_term'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['unit_id'], ['election_unit.id'],
                                name=op.f('fk_congress_body_unit_id_election_unit')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_congress_body')),
    )
    with op.batch_alter_table('congress_body', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_congress_body_term_id'), ['term_id'], unique=False)
    op.create_table(
        'body_member',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('body_id', sa.Integer(), nullable=False),
        sa.Column('staff_id', sa.Integer(), nullable=False),
        sa.Column('role', sa.String(length=10), nullable=False),
        sa.Column('joined_on', sa.Date(), nullable=False),
        sa.Column('left_on', sa.Date(), nullable=True),
        sa.Column('approved_on', sa.Date(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['body_id'], ['congress_body.id'],
                                name=op.f('fk_body_member_body_id_congress_body'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_body_member_staff_id_staff')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_body_member')),
    )
    with op.batch_alter_table('body_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_body_member_body_id'), ['body_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_body_member_staff_id'), ['staff_id'], unique=False)
    op.create_table(
        'status_review',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('term_id', sa.Integer(), nullable=False),
        sa.Column('reviewed_on', sa.Date(), nullable=False),
        sa.Column('content', sa.Text(), nullable=False),
        sa.Column('digest', sa.String(length=64), nullable=False),
        sa.Column('confirmed_by', sa.String(length=80), nullable=False),
        sa.Column('confirmed_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['term_id'], ['term.id'], name=op.f('fk_status_review_term_id_term'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_status_review')),
    )
    with op.batch_alter_table('status_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_status_review_term_id'), ['term_id'], unique=False)
    with op.batch_alter_table('delegate', schema=None) as batch_op:
        batch_op.add_column(sa.Column('category', sa.String(length=40), server_default='',
                                      nullable=False))
        batch_op.add_column(sa.Column('source_election_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_delegate_source_election_id_unit_election'),
                                    'unit_election', ['source_election_id'], ['id'],
                                    ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('delegate', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_delegate_source_election_id_unit_election'),
                                 type_='foreignkey')
        batch_op.drop_column('source_election_id')
        batch_op.drop_column('category')
    with op.batch_alter_table('status_review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_status_review_term_id'))
    op.drop_table('status_review')
    with op.batch_alter_table('body_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_body_member_staff_id'))
        batch_op.drop_index(batch_op.f('ix_body_member_body_id'))
    op.drop_table('body_member')
    with op.batch_alter_table('congress_body', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_congress_body_term_id'))
    op.drop_table('congress_body')
