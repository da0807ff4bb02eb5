"""A senior nurse called by her title ("the ward sister", "charge sister", "theatre sister",
"night sister") is the one over the writer's shift: the work's strain when she is the trouble,
never the writer's family. The writer's own sister stays family.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Ward sister tore a strip off me at handover",
        "Charge sister made me redo every obs chart, I'm exhausted",
        "Theatre sister snapped at me twice during the morning list",
        "The night sister put me on the stroke bay again, short staffed and knackered",
        "Our ward sister keeps changing my shifts at the last minute, so annoying",
        "Got a dressing-down from the senior sister in front of the patients",
        "The junior sister shouted at me in front of the whole bay, mortifying",
    ],
)
def test_a_nursing_sister_is_the_work_not_family(text: str) -> None:
    stress = predict(text).stress
    assert "family" not in stress
    assert "work" in stress


@pytest.mark.parametrize(
    "text",
    [
        "My sister is driving me mad about the wedding seating",
        "My sister keeps borrowing money and never pays it back",
    ],
)
def test_the_writers_own_sister_stays_family(text: str) -> None:
    assert "family" in predict(text).stress


def test_a_kind_ward_sister_is_no_strain() -> None:
    assert predict("Ward sister helped me finish the notes, what a star").stress == frozenset()
