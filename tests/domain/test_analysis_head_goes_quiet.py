"""A head or a mind that goes quiet is the writer's calm.

Why: "the only hour of the week my head goes quiet" tells calm as plainly as "my head is
quiet", which was read, while "goes" and "went" were not. A room or a crowd that goes quiet is
no feeling of the writer's. Each case shows the rule both ways. The sentences are new, written
for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "calm"),
    [
        ("Swimming laps is the one time my mind goes quiet.", True),
        ("Sat by the river for an hour and my head went quiet at last.", True),
        ("The whole pub went quiet when he walked in.", False),
    ],
)
def test_a_head_that_goes_quiet_is_calm(text: str, calm: bool) -> None:
    assert ("calm" in predict(text).emotions) is calm
