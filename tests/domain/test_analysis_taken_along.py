"""Someone the writer takes somewhere is company on an outing, not a strain.

Why: "Took my daughter to the heritage open day …, she was unimpressed" chipped family, where
no writer who told one labelled the person taken (fourteen rows, nine writers): taking a child
to the park or a parent to the shops is the writer's outing or errand, and what happened there
is read by its own words ("took mum to A&E, the scan showed a bleed" keeps its health). A
relative who is the trouble itself ("my son refused to go to school again") is no one taken.
Each case shows the rule both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Took my son to the aquarium, he was bored and wanted the gift shop.", False),
        ("Taking the kids to the cinema tonight, they were a nightmare last time.", False),
        ("My son refused to go to school again and we had a massive row.", True),
        ("Mum keeps ringing me at work about nothing, I can't cope.", True),
    ],
)
def test_a_relative_taken_somewhere_is_company(text: str, family: bool) -> None:
    assert ("family" in predict(text).stress) is family


def test_what_happened_on_the_errand_is_still_read() -> None:
    got = predict("Took my dad to the hospital and the scan showed a bleed, I'm terrified.")
    assert "health" in got.stress
    assert "anxiety" in got.emotions
