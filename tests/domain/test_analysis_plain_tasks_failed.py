"""A hand or a body that cannot do a plain task is the writer's health: a light thing it
cannot grip, hold or lift ("can barely grip a mug", "couldn't lift the kettle first thing",
"can barely hold a pen today"), or standing up, turning the head, bending down. Prices held,
a mood lifted and someone else's hands are none of the writer's health.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Thumb went black after the hammer slipped, can barely grip a mug",
        "Couldn't lift the kettle with my right hand first thing",
        "Benefit form is thirty pages and I can barely hold a pen today",
        "Could hardly hold the drill by three, had to pack up early",
        "Can barely turn my head this morning, the whole left side has locked",
        "Couldn't stand up from the sofa without holding the table",
        "Fingers so stiff I couldn't even pick up a fork at tea",
    ],
)
def test_a_plain_task_the_body_fails_is_health(text: str) -> None:
    assert "health" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Can't hold my prices much longer with these feed costs",
        "Nothing could lift the mood in the office after the announcement",
        "Finally got a grip on the spreadsheet, I can hold a meeting without notes now",
    ],
)
def test_a_look_alike_is_no_health(text: str) -> None:
    assert "health" not in predict(text).stress
