"""Time left counted to a limit, beside work told unfinished, is a deadline.

Why: "the test is in nine days and I still mix up the dates" names a limit near as plainly as
"due Friday", yet only dated words were read. Counted time left ("is in three weeks", "nine
days from now", "four weeks to go") names a deadline where the part tells the work unfinished
("still can't", "haven't started", "still mix up"): not beside a calm date ("the exam is in two
weeks, plenty of time") nor a sum running out ("down to my last fifty quid with six weeks to
go"). Each case shows the rule both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("My driving theory is in five days and I still forget the stopping distances.", True),
        ("The audition is in two weeks and I still can't get through the second verse.", True),
        ("Portfolio review is in ten days and I haven't started the last piece.", True),
        ("The exam is in two weeks, plenty of time to revise calmly.", False),
        ("Down to my last fifty quid with six weeks to go till payday.", False),
        ("Our holiday is in three weeks, can't wait for the sun.", False),
    ],
)
def test_time_left_beside_unfinished_work(text: str, deadline: bool) -> None:
    assert ("deadlines" in predict(text).stress) is deadline
