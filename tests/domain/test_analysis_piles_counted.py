"""A caseload or a backlog counted, and someone else's work put on the writer's.

Why: a caseload or a backlog the writer counts ("Caseload is 280 households, it was 190 when I
started", "The repairs backlog is 400 jobs") chipped nothing and read neutral, where every
writer who counted one labelled the work's strain and a bad day; a caseload named without a
count ("her caseload got shared round") or a pleasant one is only a topic. A count after "at"
is no clock time ("Backlog's at 300 tickets"), where "work at 8" is. Someone else's work put on
the writer's ("his patch is mine now", "Covered two of her classes on top of mine") chipped
nothing, where every writer who told one labelled the work's strain. Each case shows the
rule both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Caseload is 75 families now, was 40 last spring.", True),
        ("Backlog's at 300 tickets and two of us are off.", True),
        ("The planning backlog is nine hundred applications deep.", True),
        ("My caseload got handed to a locum while I was away.", False),
        ("Cleared the backlog at last, feels amazing.", False),
        # an hour after a work word is when the writer starts, still no strain of its own
        ("Work at 8 again tomorrow, then the dentist.", False),
    ],
)
def test_a_caseload_or_backlog_counted_is_the_works_strain(text: str, work: bool) -> None:
    assert ("work" in predict(text).stress) is work


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Sue's signed off, so her Year 9s are mine now.", True),
        ("Ran the evening clinic on top of my own list, exhausted.", True),
        ("Picked up two of his rounds as well as mine, no lunch.", True),
        ("The allotment plot next to ours is mine now, can't wait to dig it.", False),
        ("Her dog is lovely, as well as mine.", False),
        ("His old guitar is mine now, so happy.", False),
    ],
)
def test_someone_elses_work_put_on_the_writers_is_the_works(text: str, work: bool) -> None:
    assert ("work" in predict(text).stress) is work
