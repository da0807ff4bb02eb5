"""Illnesses, injuries and operations named by their medical names ("tonsillitis", "arthritis",
"a fractured ankle", "a sprain", "concussion", "earache", a limb "in plaster" or "in a cast",
"my op") are the writer's health trouble in a bad part, as "infection" and "surgery" already
were. A theatre cast, a photo op, plastering a wall, a condition outgrown or someone else's
operation that went well are none.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Tonsillitis again, third time since Christmas, can barely swallow",
        "Arthritis in my fingers is getting worse and I hate it",
        "Six weeks in plaster and I'm going stir crazy",
        "Op date's been moved again, fed up of waiting",
        "Earache all night, miserable",
        "Fractured ankle and the stairs at work are a nightmare",
        "Can't wash my own hair with this cast on, so frustrating",
        "Concussion from Saturday's match and the light still hurts",
        "Bronchitis has knocked me flat for a fortnight, so fed up",
    ],
)
def test_a_condition_named_by_its_name_is_health(text: str) -> None:
    assert "health" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "The cast were brilliant in the school play tonight",
        "Photo op with the mayor this morning, cringe but fine",
        "Plastered the ceiling in the spare room all weekend, proud of it",
        "Mum's hysterectomy went well, she's home and comfy",
    ],
)
def test_a_look_alike_is_no_health_trouble(text: str) -> None:
    assert "health" not in predict(text).stress
