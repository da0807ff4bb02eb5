"""How the ONNX embedder groups texts into model calls (pure: no model loaded)."""

from __future__ import annotations

from neuroleaf_desktop.ai.minilm_onnx import length_batches


def test_every_text_once_longest_first_within_rows_and_token_budget() -> None:
    lengths = [12, 250, 130, 128, 9, 11, 10, 256, 64, 64, 8]
    batches = length_batches(lengths, max_rows=3, budget=256)
    flat = [i for batch in batches for i in batch]
    assert sorted(flat) == list(range(len(lengths)))
    assert [lengths[i] for i in flat] == sorted(lengths, reverse=True)
    for batch in batches:
        assert len(batch) <= 3
        width = max(lengths[i] for i in batch)
        assert len(batch) == 1 or len(batch) * width <= 256  # padded tokens within the budget
    assert [7] in batches and [1] in batches  # a text at the limit runs alone
    assert [2, 3] not in batches  # 2 × 130 padded tokens would exceed the budget


def test_short_texts_share_a_call_up_to_the_row_cap() -> None:
    batches = length_batches([5] * 40, max_rows=16, budget=256)
    assert [len(b) for b in batches] == [16, 16, 8]
    assert length_batches([], max_rows=16, budget=256) == []
