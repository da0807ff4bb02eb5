"""A friend named as one of the writer's many ("a mate of mine") is someone whose news is told.

Why: "Mate of mine lost the hearing in one ear" read as a strain in the writer's friendships,
where every writer who told one ("a friend of mine was laid off", "mate of mine fell off a
ladder") labelled no relationships chip: the trouble is the friend's. A friend who is the
trouble with the writer ("my best friend keeps cancelling on me") stays relationships. Each
case shows the rule both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "relationships"),
    [
        ("Friend of mine can't walk after the crash, we're all shaken.", False),
        ("Mate of mine lost the sight in one eye and can't drive, we're all scared.", False),
        ("Mates of mine are struggling with money and I'm worried.", False),
        ("My best friend keeps cancelling on me and I'm hurt.", True),
        ("Fell out with my friends over the group chat, I feel awful.", True),
    ],
)
def test_a_friend_of_mine_is_someone_whose_news_is_told(text: str, relationships: bool) -> None:
    assert ("relationships" in predict(text).stress) is relationships
