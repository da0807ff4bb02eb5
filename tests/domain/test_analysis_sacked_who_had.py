"""A job lost by someone the writer names through a relative clause that ends on the writer
("the lad who had my locker before me got sacked", "the woman who trained me got fired") is
theirs, as "my mate got sacked" already was: the "me" belongs to the clause about them, not to
the one who lost the job. The writer losing their own ("I got sacked by the manager who hired
me", "They told me I'm being made redundant") stays work.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "The lad who had my locker before me got sacked for nicking tools, bit grim",
        "The woman who trained me got fired for being late, awful",
        "The girl who shared the desk with me got sacked on Friday, feel sick for her",
        "The bloke who did the round before me got fired for drink driving, grim",
        "The woman who had this desk before me was laid off, it feels awful sitting here",
        "The chap who trained alongside me has been made redundant, rotten luck",
    ],
)
def test_a_job_lost_by_one_described_through_the_writer_is_theirs(text: str) -> None:
    assert "work" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "I got sacked by the manager who hired me, I'm devastated",
        "They told me I'm being made redundant, the one who trained them all",
    ],
)
def test_the_writers_own_job_lost_stays_work(text: str) -> None:
    assert "work" in predict(text).stress
