"""The blame landing on the writer, and the work calling at a late hour.

Why: the blame told as landing on the writer ("Barrier machine swallowed a lady's card and I got
the blame", "I'm the one who gets blamed") chipped no quarrel, where every writer who told one
labelled conflict, as "blamed me" already was. Someone the writer works for calling or writing
at a late hour ("My manager rang at 9pm about a spreadsheet", "Bride emailed at 11pm asking
why …") chipped nothing or read neutral, where every writer who told one labelled the work's
strain; a relative or a friend ringing late, a call in the day and thanks at a late hour are
not it. Each case shows the rule both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "conflict"),
    [
        ("The till was short by a tenner and guess who got the blame.", True),
        ("Whenever the printer jams I get the blame, every single time.", True),
        ("Somebody left the freezer open and I got blamed for it.", True),
        ("Nobody was to blame for the flood, it was just the rain.", False),
        ("Can't say I blame her for leaving.", False),
    ],
)
def test_the_blame_landing_on_the_writer_is_a_quarrel(text: str, conflict: bool) -> None:
    assert ("conflict" in predict(text).stress) is conflict


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Boss texted at 11pm asking for the figures.", True),
        ("A client emailed me at midnight about a missing invoice.", True),
        ("The supervisor rang at 10pm to swap my Saturday.", True),
        ("My sister rang at 11pm for a chat about the wedding.", False),
        ("Boss rang at 10am to say well done on the launch, lovely.", False),
    ],
)
def test_someone_the_writer_works_for_calling_late_is_the_works(text: str, work: bool) -> None:
    assert ("work" in predict(text).stress) is work
