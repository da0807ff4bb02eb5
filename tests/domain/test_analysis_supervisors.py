"""A supervisor is the work's or the study's by the words around them.

Why: "Supervisor bawled me out in front of the whole gang" and "the warehouse supervisor sighed
down the phone at me" were labelled work by every writer who told one, "Supervisor sent my
chapter back covered in red" study; "Our site supervisor's mum died last week" names whose
mother died, no strain of the writer's. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Supervisor had a go at me in front of the whole line for a pallet I never touched.",
        "Night supervisor sighed down the phone when I said I was off sick again.",
    ],
)
def test_a_supervisor_at_work_is_work(text: str) -> None:
    assert "work" in predict(text).stress


def test_a_supervisor_beside_a_thesis_is_study() -> None:
    got = predict("Supervisor sent my thesis chapter back covered in red, I feel like a fraud.")
    assert "study" in got.stress
    assert "work" not in got.stress


def test_a_supervisor_named_as_whose_relative_is_no_strain() -> None:
    text = "Our site supervisor's dad died last week and he's taken a fortnight off."
    assert "work" not in predict(text).stress
