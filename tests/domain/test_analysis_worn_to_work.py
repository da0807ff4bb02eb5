"""Clothes or an aid worn to work ("Wore my hair loose to the office", "wearing my hearing aids
to work now") took the writer there: the workplace is where, not what strains them, as "walked
to work" is (the labelling guide: where and when are not what), even when the part reads
uneasy ("and nobody said a thing"). A trouble at work told beside it ("my manager still piled
three extra jobs on me") or a job that grinds keeps the work.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Wearing my hearing aids to work now and honestly no one has noticed",
        "I wore trainers to the office all week and nobody said a thing",
        "Wore the cast to the office and nobody said a word about it",
        "Started wearing my cane to work and no one has said anything",
        "wore odd socks to work by accident lol, no one noticed",
        "She said I could wear my own jumper to work and nobody has said a word since",
    ],
)
def test_work_worn_to_is_where_the_writer_went(text: str) -> None:
    assert "work" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Wore my sling to work and my manager still piled three extra jobs on me",
        "I dread wearing the uniform to work, the whole job is grinding me down",
    ],
)
def test_a_trouble_at_work_beside_it_keeps_the_work(text: str) -> None:
    assert "work" in predict(text).stress
