"""Reasons set aside: a partner left for good, an everyday use ruled out.

The verbs of leaving ("dejé", "deixei", "left") take a person as readily as a thing; with a
partner as the object the sentence tells of a break-up, not a treasured thing handed on. A
thing given *to* a partner, or left with someone for good, is still read. An everyday use
(the barn, the tent) clears a means only when the writer keeps it: set aside by a bare "not"
after a comma ("I know what it's for, not the barn") it explains nothing.
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


@pytest.mark.parametrize(
    "text",
    [
        "Picked up a coil of rope from the co-op Saturday and I know what it's for, not the barn.",
        "Bought rope, and not for the barn.",
    ],
)
def test_an_everyday_use_set_aside_by_a_bare_not_does_not_clear_the_means(text: str) -> None:
    assert assess_phrases(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        "Bought rope at the co-op for the barn, not the house.",
        "Got a rope for the tent, not the hammock.",
    ],
)
def test_an_everyday_use_kept_beside_a_set_aside_one_still_clears(text: str) -> None:
    assert not assess_phrases(text).flagged
