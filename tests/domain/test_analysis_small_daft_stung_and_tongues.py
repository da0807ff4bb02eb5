"""Feelings told by how small, daft or stung the writer felt, a tongue bitten, and rates due.

Why: shame told as feeling made small or foolish ("felt about two inches tall", "felt daft
doing it"), a slight that still hurts told as a sting ("which stings a bit", "still stings")
and words held back in a clash ("I'm biting my tongue", "bit my tongue till home") carried no
feeling the lexicon knew, where every writer who wrote one labelled shame, sadness, and anger
with the quarrel. An insect's or a cut's sting and a sting told as past stay unread. Business
rates, the tax a shop pays on its premises, named no money. Each case shows the rule both ways.
The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "emotion", "felt"),
    [
        ("The new manager corrected my sums in front of everyone. Felt about an inch tall.",
         "shame", True),
        ("Asked the nurse the same question three times and felt daft.", "shame", True),
        ("The tree is only two inches tall but it's growing.", "shame", False),
        ("My cousin didn't invite me to her hen do, which stings.", "sadness", True),
        ("Got passed over for team lead again and it still stings.", "sadness", True),
        ("Got stung by a wasp on the patio and it stings like mad.", "sadness", False),
        ("My sister rewrote the whole menu without asking and I'm biting my tongue.",
         "anger", True),
        ("Bit my tongue on a crust at lunch, ouch.", "anger", False),
    ],
)  # fmt: skip
def test_feelings_told_by_their_shape(text: str, emotion: str, felt: bool) -> None:
    assert (emotion in predict(text).emotions) is felt


@pytest.mark.parametrize(
    ("text", "conflict"),
    [
        ("Boss blamed me for his mistake in the meeting and I bit my tongue all afternoon.", True),
        ("My brother keeps criticising my cooking and I'm biting my tongue.", True),
        ("Chewing gum, bit my tongue, bleeding everywhere.", False),
    ],
)
def test_a_tongue_held_back_in_a_clash_is_a_quarrel(text: str, conflict: bool) -> None:
    assert ("conflict" in predict(text).stress) is conflict


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Business rates bill came this morning and I've felt sick since.", True),
        ("The business rates went up again and takings are down, awful.", True),
        ("Paid the business rates on time, one less thing.", False),
    ],
)
def test_business_rates_are_money(text: str, money: bool) -> None:
    assert ("money" in predict(text).stress) is money
