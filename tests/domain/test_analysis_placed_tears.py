"""Tears or laughter of someone named just before a place.

Why: someone named with a short placing phrase between them and their tears ("the little girl
on him cried", "Kid in peds cried the whole time") chipped the writer's sadness, where "the
little girl cried" and "Kid cried" already read as theirs: the place says where they are, and
the tears stay theirs. The writer's own tears with a place ("I cried in the car") and a
relative's tears the writer shares ("cried with my mum") are not changed. Each case shows the
rule both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "sadness"),
    [
        ("The goalkeeper lost the penalty shoot-out and the boy in goal cried.", False),
        ("Ride stopped halfway and a kid on the top seat sobbed the whole way down.", False),
        ("A woman at the bus stop cried when the last bus didn't come.", False),
        ("I cried in the car park for twenty minutes after the appointment.", True),
        ("Sat on the stairs and cried after the phone call.", True),
    ],
)
def test_tears_of_someone_named_before_a_place_are_theirs(text: str, sadness: bool) -> None:
    assert ("sadness" in predict(text).emotions) is sadness
