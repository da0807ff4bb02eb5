"""A meeting room is a place in the building, not a meeting: what happens there ("Soaked right
through my shirt in a freezing meeting room", "cried in an empty meeting room") is the trouble,
if any, as "before work" says when. Meetings themselves ("three hours of back-to-back
meetings") stay work.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Sweated through my shirt in a stuffy meeting room again, everyone noticed, mortified",
        "The ceiling in the meeting room is leaking again, right onto my lunch",
        "Cried in an empty meeting room after the call about Dad's scan",
        "Hid in the meeting room to take the call from the clinic, shaking",
        "Ate my sad salad alone in a meeting room again, nobody to talk to",
        "Spilled coffee all down my white shirt in the meeting room, so embarrassing",
    ],
)
def test_a_meeting_room_is_a_place(text: str) -> None:
    assert "work" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Three hours of back-to-back meetings and nothing decided, I'm fried",
        "The meeting ran over and my manager tore my slides apart",
    ],
)
def test_meetings_stay_work(text: str) -> None:
    assert "work" in predict(text).stress
