"""proposals: collection windows, forms, proposers and seconders, answers (第三十五–四十条)

Revision ID: 0013
Revises: 0010
Create Date: 2026-12-03

New tables only; the default categories are filled by the service on first use.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0013'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('proposal_category',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proposal_category')),
    sa.UniqueConstraint('name', name=op.f('uq_proposal_category_name'))
    )
    op.create_table('proposal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('reasons', sa.Text(), nullable=False),
    sa.Column('suggestions', sa.Text(), nullable=False),
    sa.Column('filed_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('late', sa.Boolean(), nullable=False),
    sa.Column('late_exception', sa.String(length=500), nullable=False),
    sa.Column('merged_into_id', sa.Integer(), nullable=True),
    sa.Column('decision_reason', sa.String(length=1000), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('opinion_department', sa.String(length=100), nullable=False),
    sa.Column('dmc_approved_on', sa.Date(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('excellent', sa.Boolean(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('general', 'important')", name=op.f('ck_proposal_kind_code')),
    sa.CheckConstraint('number >= 1', name=op.f('ck_proposal_number_positive')),
    sa.ForeignKeyConstraint(['merged_into_id'], ['proposal.id'], name=op.f('fk_proposal_merged_into_id_proposal')),
    sa.ForeignKeyConstraint(['session_id'], ['congress_session.id'], name=op.f('fk_proposal_session_id_congress_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proposal')),
    sa.UniqueConstraint('session_id', 'number', name='uq_proposal_number')
    )
    with op.batch_alter_table('proposal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_proposal_merged_into_id'), ['merged_into_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_proposal_session_id'), ['session_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_proposal_status'), ['status'], unique=False)

    op.create_table('proposal_window',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('opens_on', sa.Date(), nullable=False),
    sa.Column('closes_on', sa.Date(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['congress_session.id'], name=op.f('fk_proposal_window_session_id_congress_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proposal_window')),
    sa.UniqueConstraint('session_id', name=op.f('uq_proposal_window_session_id'))
    )
    op.create_table('proposal_answer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('proposal_id', sa.Integer(), nullable=False),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.Column('department', sa.String(length=100), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('answered_on', sa.Date(), nullable=False),
    sa.Column('satisfaction', sa.String(length=20), nullable=False),
    sa.Column('comment', sa.String(length=1000), nullable=False),
    sa.Column('responded_on', sa.Date(), nullable=True),
    sa.Column('recorded_by', sa.String(length=80), nullable=False),
    sa.CheckConstraint('round >= 1', name=op.f('ck_proposal_answer_round_positive')),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposal.id'], name=op.f('fk_proposal_answer_proposal_id_proposal'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proposal_answer')),
    sa.UniqueConstraint('proposal_id', 'round', name='uq_proposal_answer_round')
    )
    with op.batch_alter_table('proposal_answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_proposal_answer_proposal_id'), ['proposal_id'], unique=False)

    op.create_table('proposal_department',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('proposal_id', sa.Integer(), nullable=False),
    sa.Column('department', sa.String(length=100), nullable=False),
    sa.Column('lead', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposal.id'], name=op.f('fk_proposal_department_proposal_id_proposal'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proposal_department')),
    sa.UniqueConstraint('proposal_id', 'department', name='uq_proposal_department')
    )
    with op.batch_alter_table('proposal_department', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_proposal_department_department'), ['department'], unique=False)
        batch_op.create_index(batch_op.f('ix_proposal_department_proposal_id'), ['proposal_id'], unique=False)

    op.create_table('proposal_person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('proposal_id', sa.Integer(), nullable=False),
    sa.Column('delegate_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.CheckConstraint("role IN ('proposer', 'seconder')", name=op.f('ck_proposal_person_role_code')),
    sa.ForeignKeyConstraint(['delegate_id'], ['delegate.id'], name=op.f('fk_proposal_person_delegate_id_delegate')),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposal.id'], name=op.f('fk_proposal_person_proposal_id_proposal'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proposal_person')),
    sa.UniqueConstraint('proposal_id', 'delegate_id', name='uq_proposal_person')
    )
    with op.batch_alter_table('proposal_person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_proposal_person_delegate_id'), ['delegate_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_proposal_person_proposal_id'), ['proposal_id'], unique=False)

    op.create_table('proposal_file',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('answer_id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['answer_id'], ['proposal_answer.id'], name=op.f('fk_proposal_file_answer_id_proposal_answer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proposal_file'))
    )
    with op.batch_alter_table('proposal_file', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_proposal_file_answer_id'), ['answer_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('proposal_file', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_proposal_file_answer_id'))

    op.drop_table('proposal_file')
    with op.batch_alter_table('proposal_person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_proposal_person_proposal_id'))
        batch_op.drop_index(batch_op.f('ix_proposal_person_delegate_id'))

    op.drop_table('proposal_person')
    with op.batch_alter_table('proposal_department', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_proposal_department_proposal_id'))
        batch_op.drop_index(batch_op.f('ix_proposal_department_department'))

    op.drop_table('proposal_department')
    with op.batch_alter_table('proposal_answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_proposal_answer_proposal_id'))

    op.drop_table('proposal_answer')
    op.drop_table('proposal_window')
    with op.batch_alter_table('proposal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_proposal_status'))
        batch_op.drop_index(batch_op.f('ix_proposal_session_id'))
        batch_op.drop_index(batch_op.f('ix_proposal_merged_into_id'))

    op.drop_table('proposal')
    op.drop_table('proposal_category')
