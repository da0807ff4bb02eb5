"""A weak unpleasant cue beside a pleasure the writer names, with no turn between, is good.

Set against it: the same two sides joined by a turn ("but", "still", "at least"), an
unpleasant feeling named strongly, sarcastic praise with no pleasure of the writer's, and a
stressor beside the pleasure (the chips then show both sides: mixed).

The sentences were written for these tests; none is taken from the labelled sets.
"""

from __future__ import annotations

import pytest

from tests.support.analysis_chips import chips


@pytest.mark.parametrize(
    "text",
    [
        "Fixed the old mower after three weekends of swearing at it, grinned all afternoon.",
        "Got the old Vespa running again, grinned all evening.",
        "The landlord cancelled the inspection, honestly relieved.",
        "My brother lost it over a board game, I nearly cried laughing.",
    ],
)
def test_a_weak_cue_beside_a_named_pleasure_is_good(text: str) -> None:
    assert chips(text)[2] == "pos"


@pytest.mark.parametrize(
    "text",
    [
        # a turn between the sides
        "Got the old Vespa running again, still grinned all evening.",
        "Got the old Vespa running again but grinned all evening.",
        "The landlord cancelled the inspection, relieved, at least for now.",
        "The landlord cancelled the inspection, relieved but worried it's just delayed.",
        # an unpleasant feeling named, not a weak cue
        "Sad to leave the old team, excited for the new job.",
        # praise with no pleasure of the writer's: irony
        "Someone nicked my bike again, love this town.",
        # a stressor beside the pleasure: the chips show both sides
        "Another double shift, lovely, really thrilled.",
    ],
)
def test_a_turn_a_named_hurt_irony_or_a_stressor_stay_mixed(text: str) -> None:
    assert chips(text)[2] == "mixed"


def test_a_strong_trouble_after_the_pleasure_keeps_its_side() -> None:
    text = (
        "Got the old Vespa running again, grinned all evening. "
        "Miserable by bedtime, can't stop worrying about the rent."
    )
    assert chips(text)[2] == "neg"
