"""A partner left for good is a parting, not a treasured thing handed on.

The verbs of leaving ("dejé", "deixei", "left") take a person as readily as a thing; with a
partner as the object the sentence tells of a break-up. A thing given *to* a partner, or a
thing left with someone for good, is still read.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess_phrases


@pytest.mark.parametrize(
    "text",
    [
        "Dejé a mi novio para siempre.",
        "Deixei o meu namorado para sempre.",
        "Left my boyfriend for good.",
    ],
)
def test_a_partner_left_for_good_is_not_giving_away(text: str) -> None:
    assert not assess_phrases(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        "Dejé mi guitarra a mi primo para siempre.",
        "Deixei a minha guitarra com o meu irmão para sempre.",
        "Left my rods with Declan for good.",
        "Le di a mi novia mi reloj para siempre, ya no lo voy a necesitar.",
    ],
)
def test_a_thing_left_or_given_for_good_still_flags(text: str) -> None:
    assert assess_phrases(text).flagged
