"""Someone gone silent on the writer ("ghosted me", "ghosting me") is a bad part.

Why: "Promoter's ghosting me about the money from the show" read neutral, so the money in it
chipped nothing and the sentence read as logistics, where every writer who told of a client, a
promoter or a date ghosting them labelled the part bad (and its money or work the writer's
strain). A ghost story or a ghost tour is no one gone silent. Each case shows the rule both
ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "category", "chipped", "polarity"),
    [
        ("The agency's been ghosting me about my money for March", "money", True, "neg"),
        ("Client ghosted us the week the invoice fell due", "money", True, "neg"),
        ("Did the ghost tour round York with the kids, brilliant", "money", False, "pos"),
        (
            "Ghost walk round Edinburgh with my partner, spooky and brilliant",
            "relationships",
            False,
            "pos",
        ),
    ],
)
def test_ghosting_the_writer_is_a_bad_part(
    text: str, category: str, chipped: bool, polarity: str
) -> None:
    got = predict(text)
    assert (category in got.stress) is chipped
    assert got.polarity == polarity
