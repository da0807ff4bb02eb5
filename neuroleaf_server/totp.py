"""TOTP checks (RFC 6238, 30 s steps, ±1 step) that refuse a code used before.

The last accepted step is stored per account: a code (or any code from an earlier step) is
accepted once, so an observed code cannot be replayed within its validity window.
"""

from __future__ import annotations

import hmac
import secrets
import time
from datetime import UTC, datetime

import pyotp

WINDOW = 1  # steps either side of now


def new_secret() -> str:
    return pyotp.random_base32()


def uri(secret: str, identifier: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=identifier, issuer_name="NeuroLeaf")


def accepted_step(
    secret: str, code: str, last_step: int | None, now: float | None = None
) -> int | None:
    """The step this code belongs to, if it is valid now and newer than ``last_step``."""
    code = code.strip().replace(" ", "")
    if not code.isdigit() or len(code) != 6:
        return None
    totp = pyotp.TOTP(secret)
    current = totp.timecode(_utc(now))
    for step in range(current - WINDOW, current + WINDOW + 1):
        if hmac.compare_digest(totp.generate_otp(step), code):
            return step if last_step is None or step > last_step else None
    return None


def _utc(now: float | None) -> datetime:
    return datetime.fromtimestamp(time.time() if now is None else now, UTC)


def new_recovery_codes(count: int = 10) -> list[str]:
    """Ten codes like ``k3f9-x2m7-p4qa`` (60 random bits each)."""
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    return [
        "-".join("".join(secrets.choice(alphabet) for _ in range(4)) for _ in range(3))
        for _ in range(count)
    ]
