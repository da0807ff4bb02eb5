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


LEDGER = "\n".join(
    [
        "| file | what | figures | where |",
        "| `analysis_test9.tsv` | 180 | before → after | **here**, blind (studied next round) |",
        "| `truth_block_c.py` | 50 | before → after | **here**, blind (studied next round) but"
        " for the two questions named above |",
        "| `fresh9_*.tsv` | 220 | before → after | **here**, blind (studied next round) |",
        "| `fresh8_*.tsv` | 220 | before → after | studied, `tests/data/safety/fresh/` |",
    ]
)


def test_the_ledger_rows_say_where_each_part_went_riders_included() -> None:
    rows = move_in.studied_ledger(LEDGER, "test9", "C", "fresh9", "truth_blocks_blind").split("\n")
    assert rows[1].endswith("| studied, split `test9` of `sentences.tsv` |")
    assert rows[2].endswith("| before → after | studied, in `truth_blocks_blind.py` |")
    assert rows[3].endswith("| studied, `tests/data/safety/fresh/` |")
    assert rows[4] == LEDGER.split("\n")[4]
    assert "**here**" not in "".join(rows[1:4])


def test_a_missing_ledger_row_stops_the_move_before_anything_moves() -> None:
    with pytest.raises(SystemExit, match="2 of the batch's 3"):
        move_in.studied_ledger(LEDGER, "test9", "C", "fresh10", "truth_blocks_blind")


def test_a_split_is_appended_to_a_skipped_tuple_and_only_once(tmp_path: Path) -> None:
    """The gate's split lists are hand-wrapped tuples: the new split goes after the last item,
    on a new line when the line would pass 100 columns, and a second move of it stops."""
    script = tmp_path / "train.py"
    long_line = "    " + ", ".join(f'"test{n}"' for n in range(10, 20)) + ","
    script.write_text(
        f'A = (\n    "test1", "test2",\n)  # fmt: skip\nB = (\n{long_line}\n)  # fmt: skip\n',
        encoding="utf-8",
    )
    move_in._append_to_tuple(script, "A", "test3")
    move_in._append_to_tuple(script, "B", "test20")
    text = script.read_text(encoding="utf-8")
    assert '    "test1", "test2", "test3",\n)' in text
    assert f'{long_line}\n    "test20",\n)' in text
    with pytest.raises(SystemExit):
        move_in._append_to_tuple(script, "A", "test3")
