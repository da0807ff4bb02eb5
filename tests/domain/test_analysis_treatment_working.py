"""A treatment told to be working is good news.

"Physio exercises seem to be helping, managed the stairs twice today" reads positive, as
"going well" does; "nothing seems to be working" stays a bad part. The sentences are written
for these tests, not taken from the labelled set.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.analysis.quality import predict


def test_a_treatment_working_is_good_news() -> None:
    text = "Physio exercises seem to be helping, managed the stairs twice today"
    assert predict(text).polarity == "pos"


def test_nothing_working_stays_bad() -> None:
    assert predict("Nothing seems to be working and I'm running out of ideas").polarity == "neg"
