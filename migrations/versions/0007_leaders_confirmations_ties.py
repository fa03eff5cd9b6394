"""leaders' titles and holders (R13.6), R12.1 confirmations per candidate, seat ties (RA.1)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03

leader_title: the exact post titles the school counts as 党委书记 / 校长 / 工会主席;
leader_holder: who holds each role from a date (staff_id NULL: recorded vacant);
candidate: political rights, willingness and ability, each yes/no with its date;
seat_plan.tie_decision: how the office settled a tie for the last seat (JSON, "" if none).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'leader_title',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('role', sa.String(length=20), nullable=False),
        sa.Column('title', sa.String(length=100), nullable=False),
        sa.Column('recorded_by', sa.String(length=80), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_leader_title')),
        sa.UniqueConstraint('role', 'title', name='uq_leader_title_role_title'),
    )
    op.create_table(
        'leader_holder',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('role', sa.String(length=20), nullable=False),
        sa.Column('staff_id', sa.Integer(), nullable=True),
        sa.Column('since', sa.Date(), nullable=False),
        sa.Column('note', sa.String(length=500), nullable=False),
        sa.Column('recorded_by', sa.String(length=80), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['staff_id'], ['staff.id'],
                                name=op.f('fk_leader_holder_staff_id_staff')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_leader_holder')),
    )
    with op.batch_alter_table('leader_holder', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_leader_holder_role'), ['role'], unique=False)
    with op.batch_alter_table('candidate', schema=None) as batch_op:
        for name in ('political_rights', 'willing', 'able'):
            batch_op.add_column(sa.Column(name, sa.Boolean(), nullable=True))
            batch_op.add_column(sa.Column(f'{name}_on', sa.Date(), nullable=True))
    with op.batch_alter_table('seat_plan', schema=None) as batch_op:
        batch_op.add_column(sa.Column('tie_decision', sa.Text(), server_default='',
                                      nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('seat_plan', schema=None) as batch_op:
        batch_op.drop_column('tie_decision')
    with op.batch_alter_table('candidate', schema=None) as batch_op:
        for name in ('able', 'willing', 'political_rights'):
            batch_op.drop_column(f'{name}_on')
            batch_op.drop_column(name)
    with op.batch_alter_table('leader_holder', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_leader_holder_role'))
    op.drop_table('leader_holder')
    op.drop_table('leader_title')
