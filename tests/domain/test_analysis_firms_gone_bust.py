"""A firm gone bust is bad news, told or not with a feeling word.

Why: "went bust" named no trouble the analyser knew, so "Supplier went bust holding two of my
deposits" and "The café next door has gone bust" read neutral, where every writer who told one
in the present labelled it a bad part (six rows, six writers). One told as long past and left
behind ("Ten years ago the firm I was with went bust … never looked back") now reads as a bad
part too, where its writer labelled the good story it ends as: that story's turn is left to the
rules of troubles overcome. Each case shows the rule both ways. The sentences are new, written
for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("The scaffolding firm went bust on Friday.", "neg"),
        ("Bakery on the corner has gone bust after forty years.", "neg"),
        ("Printing firm going bust with our order half done.", "neg"),
        ("Took the bus into town and bought a new kettle.", "neutral"),
    ],
)
def test_a_firm_gone_bust_is_a_bad_part(text: str, polarity: str) -> None:
    assert predict(text).polarity == polarity
