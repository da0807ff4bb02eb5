"""The passphrase rule and a strength estimate for the meter in the UI.

Rule: at least 10 characters. Why not composition rules (a digit, a symbol…): NIST SP 800-63B
recommends length over composition; a few random words beat "P@ssw0rd!". The estimate is a
simple character-pool entropy, penalised for repeats and very common passwords, good enough
to nudge people towards longer phrases.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from neuroleaf_desktop.errors import ValidationError

MIN_LENGTH = 10
_COMMON = frozenset(
    {
        "password",
        "password1",
        "password123",
        "123456789",
        "1234567890",
        "qwertyuiop",
        "iloveyou",
        "letmein123",
        "welcome123",
        "passw0rd",
        "neuroleaf",
        "journal123",
    }
)


@dataclass(frozen=True)
class Strength:
    bits: float
    score: int  # 0 (very weak) .. 4 (strong)
    label: str
    acceptable: bool


def estimate_strength(passphrase: str) -> Strength:
    if not passphrase:
        return Strength(0.0, 0, "empty", False)
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() and c.isascii() for c in passphrase):
        pool += 33
    if any(not c.isascii() for c in passphrase):
        pool += 100
    distinct = len(set(passphrase))
    effective_len = min(len(passphrase), distinct * 2)
    bits = effective_len * math.log2(max(pool, 2))
    if passphrase.lower() in _COMMON:
        bits = min(bits, 10.0)
    score = 0 if bits < 28 else 1 if bits < 40 else 2 if bits < 60 else 3 if bits < 80 else 4
    labels = ["very weak", "weak", "fair", "good", "strong"]
    acceptable = len(passphrase) >= MIN_LENGTH and passphrase.lower() not in _COMMON
    return Strength(round(bits, 1), score, labels[score], acceptable)


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_LENGTH:
        raise ValidationError(
            f"Please choose a passphrase of at least {MIN_LENGTH} characters. "
            "A few unrelated words work well."
        )
    if passphrase.lower() in _COMMON:
        raise ValidationError("That passphrase is too common. Please choose another.")
