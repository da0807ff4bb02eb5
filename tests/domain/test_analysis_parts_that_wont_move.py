"""A part of the writer's body that will not do its work is a health trouble by itself.

Why: a blind batch (test46) missed health where the writer's face "wouldn't move" and they
"can't shut my eye"; no feeling word is needed for a part that has stopped working. "Can't
close my eyes" is left out: it tells a night or a memory that will not let go. The sentences
are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Can't bend my knee this morning, had to shuffle to the bathroom.",
        "My right hand wouldn't move when I woke up, terrifying.",
        "Still can't shut my mouth properly since the dentist.",
    ],
)
def test_a_part_that_will_not_work_is_health(text: str) -> None:
    assert "health" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "The shed door won't shut properly since the storm.",
        "Can't move my car till the plumber's van goes.",
        "Can't close my eyes without seeing the crash again.",
    ],
)
def test_things_that_will_not_move_and_eyes_kept_open_are_no_health(text: str) -> None:
    assert "health" not in predict(text).stress
