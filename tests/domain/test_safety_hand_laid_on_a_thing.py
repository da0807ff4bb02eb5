"""A hand pressed or held on a thing uses the hand; it marks the writer only when the thing
burns or freezes, or the writer's own body is what is pressed.

"On purpose" beside a pressed hand was read as self-harm wherever the hand went: on a cut to
stop the bleeding, in dough for a print, against a window for a child. And "cut" or "burn" as
the wound being tended ("on the cut on purpose") was read as the act. Both ways here: the
tended wound, the print and the wave stay quiet; the hob, the radiator, the hot pan, the candle
and nails dug into the writer's own skin stay flagged.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import SH
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

SIGNS = [
    ("pressed my hand onto the hob on purpose", SH),
    ("I pressed my hands against the radiator on purpose", SH),
    ("held my arm against the hot pan on purpose", SH),
    ("I held my palm over the candle flame on purpose till it blistered", SH),
    ("I pressed my fingers into my thighs until they bruised", SH),
    ("Held my wrist against the iron on purpose, it's the only thing that helps", SH),
    ("I cut my arm on purpose again last night", SH),
    ("burned my hand on purpose with the lighter", SH),
]

LOOK_ALIKES = [
    "I pressed my hand on the cut on purpose to stop the bleeding.",
    "Pressed my palm on the dough on purpose to make a print for the kids.",
    "I held my hand against the window on purpose so the baby could high-five it.",
    "Kept pressing my hand over the graze on purpose until the plaster arrived.",
    "I held my hand on the dog's back on purpose so she'd settle at the vet's.",
    "pressed my hands into the clay on purpose, the kids wanted a mould of them",
    "Put my palm over my cut on purpose to keep the dirt out.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_a_hand_on_something_that_burns_or_on_the_own_body_is_read(
    text: str, category: Category
) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_hand_laid_on_an_ordinary_thing_or_a_wound_stays_quiet(text: str) -> None:
    assert_not_flagged(text)
