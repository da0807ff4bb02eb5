"""two-factor sign-in: TOTP secret (pending and active), last used step, recovery codes

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("accounts", sa.Column("totp_secret", sa.String(64), nullable=True))
    op.add_column("accounts", sa.Column("totp_pending", sa.String(64), nullable=True))
    op.add_column("accounts", sa.Column("totp_last_step", sa.BigInteger, nullable=True))
    op.create_table(
        "recovery_codes",
        sa.Column("code_hash", sa.String(64), primary_key=True),
        sa.Column(
            "account_id",
            sa.String(36),
            sa.ForeignKey("accounts.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("recovery_codes")
    op.drop_column("accounts", "totp_last_step")
    op.drop_column("accounts", "totp_pending")
    op.drop_column("accounts", "totp_secret")
