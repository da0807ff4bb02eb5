"""The writer's shaking told by when it came: after a scare, on the way home, never letting up.

Why: shaking told by its time rather than with "I" ("Shaking after.", "Reported it, shaking a
bit after", "I still drove home shaking", "Hands shaking on the drive home", "my hands didn't
stop shaking till I got home") chipped no feeling, where every writer who told one labelled
the writer's fright, as "I'm still shaking" already was. Someone else shaking ("she was shaking
afterwards", "the puppy was shaking after its bath") is theirs, as "she was crying" is, and
shaking with laughter is no fright. Each case shows the rule both ways. The sentences are new,
written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "anxiety"),
    [
        ("Car skidded on the ice right in front of me, shaking afterwards.", True),
        ("Security had to walk a man out of the branch. Shaking a bit after.", True),
        ("Near miss on the roundabout and I drove home shaking.", True),
        ("Told the family the news myself, shaking on the way home.", True),
        ("Smoke alarm went at work and my hands wouldn't stop shaking for an hour.", True),
        ("She was shaking afterwards so I sat with her till her mum came.", False),
        ("The puppy was shaking after its bath, bless him.", False),
        ("Danced till two and drove home shaking with laughter, best night.", False),
    ],
)
def test_shaking_told_by_when_is_the_writers_fright(text: str, anxiety: bool) -> None:
    assert ("anxiety" in predict(text).emotions) is anxiety
