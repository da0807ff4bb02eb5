"""The move-in script spells batches and letters as the ledger does, and wraps its comment."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import move_in_held_out as move_in


@pytest.mark.parametrize(
    ("number", "spelt"),
    [(1, "first"), (12, "twelfth"), (40, "fortieth"), (52, "fifty-second"), (99, "ninety-ninth")],
)
def test_batch_numbers_are_spelt_out(number: int, spelt: str) -> None:
    assert move_in.ordinal(number) == spelt


@pytest.mark.parametrize(
    ("letters", "before"), [("B", "A"), ("AR", "AQ"), ("BA", "AZ"), ("AA", "Z")]
)
def test_the_block_before_is_found_by_its_letters(letters: str, before: str) -> None:
    assert move_in.previous_letter(letters) == before


def test_the_comment_stays_within_the_line_length() -> None:
    text = move_in.comment("word " * 80 + "a-hyphenated-word-kept-whole")
    lines = text.splitlines()
    assert len(lines) > 3
    assert all(line.startswith("# ") and len(line) <= 100 for line in lines)
    assert "a-hyphenated-word-kept-whole" in lines[-1]
