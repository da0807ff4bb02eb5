"""Households and places that are the work's, and a hardship taken as the work's lot.

Why: an au pair's "host mum" chipped family where both writers who named one labelled none
(the household is the work's); "mates rates" spelt with an s chipped a friend where "mate
rates" was already read as the price asked; ", comes with the job I guess" after an ailment
chipped work though the job only says where the ailment came from ("Cottage comes with the
job" keeps the job). Each case shows the rule both ways. The sentences are new, written for
these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Host family moved my day off again without a word, fuming.", False),
        ("My mum moved my day off again without a word, fuming.", True),
    ],
)
def test_an_au_pairs_host_family_is_no_kin(text: str, family: bool) -> None:
    assert ("family" in predict(text).stress) is family


@pytest.mark.parametrize(
    ("text", "relationships"),
    [
        ("Cousin wants mates rates on a full rewire, again. Sigh.", False),
        ("My mates keep leaving me out of everything, again. Sigh.", True),
    ],
)
def test_mates_rates_is_a_price_asked(text: str, relationships: bool) -> None:
    assert ("relationships" in predict(text).stress) is relationships


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Back aches every night, comes with the job I suppose.", False),
        ("Hate this job, the back aches every night.", True),
    ],
)
def test_a_hardship_taken_as_the_jobs_lot_is_no_work_strain(text: str, work: bool) -> None:
    assert ("work" in predict(text).stress) is work
