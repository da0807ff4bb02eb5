"""Pleased said as the writer's own, by a degree, a link of the writer's or a joining word
("really pleased", "so pleased for her", "I'm proper pleased with that", "quietly pleased") is
joy. Someone else pleased ("the director was pleased", "my boss was pleased") is theirs.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Finished the whole wall in a day and I'm really pleased with it",
        "My apprentice passed her final assessment, so pleased for her",
        "Got the quote in under budget, proper pleased with that",
        "Quietly pleased with how the talk went, nobody fell asleep",
        "Asked to run the Christmas rota, bit daunting but very pleased",
        "Three nights dry in a row for the little one, I'm pleased as punch",
    ],
)
def test_the_writer_pleased_is_joy(text: str) -> None:
    assert "joy" in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "Rehearsal went fine and the director was pleased, I'm just tired",
        "Inspection went ahead, my manager seemed pleased, I'm still wiped out",
    ],
)
def test_someone_else_pleased_is_theirs(text: str) -> None:
    assert "joy" not in predict(text).emotions
