"""One vocabulary of ordinary purposes (``means_purposes``), read by a purchase and by a plan.

A means bought "for the move" and a day planned around the move are ordinary for the same
reason, so the purposes both know (a house move, an illness) are written once:
``purpose_clears`` reads them after a preposition of purpose, and ``rules_plans.drops``
reads them, with the other occasions, anywhere in an entry. The things that are a purpose
only after a preposition ("pro baixo", "for the plane") are never read bare, since alone
they are ordinary words of other kinds ("estou pra baixo"); a pastime after "for" clears no
purchase, since it may be the cover itself.

Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import rules_plans
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.means_purposes import ORDINARY_OCCASION, purpose_clears

GM = Category.GETTING_MEANS
HOARDED = "pt_plans_pills_hoarded"  # (the guard reads the entry, whatever its language)


@pytest.mark.parametrize(
    ("purchase", "plan"),
    [
        # a house move
        ("comprei uma corda para a mudanca", "a mudanca e no sabado. separo uns comprimidos"),
        # an illness
        ("comprei uns comprimidos pra febre", "a febre nao passa. separo uns comprimidos"),
        # an illness in another language, and one in English
        ("ho preso due pastiglie per la tosse", "la tosse non passa. le tengo da parte"),
        ("bought some tablets for the flu", "the flu is going round. i put some tablets aside"),
    ],
)
def test_a_purpose_is_known_to_the_purchase_and_to_the_plan(purchase: str, plan: str) -> None:
    assert purpose_clears(GM, purchase), purchase
    assert rules_plans.drops(HOARDED, plan), plan


@pytest.mark.parametrize(
    "text",
    [
        # "pra baixo" is "down", not the bass guitar
        "estou pra baixo. separo uns comprimidos",
        # a plane overhead, not a tarpaulin
        "the plane was loud. i put some tablets aside",
    ],
)
def test_a_thing_named_without_a_preposition_of_purpose_drops_no_plan(text: str) -> None:
    assert ORDINARY_OCCASION.search(text) is None
    assert not rules_plans.drops(HOARDED, text)


def test_a_pastime_named_for_a_means_clears_no_purchase() -> None:
    # (the gun-specific rules read "I don't even hunt"; a pastime must not clear them first)
    assert not purpose_clears(GM, "borrowed his rifle for hunting season and i don't even hunt")
    assert rules_plans.drops(HOARDED, "hunting season starts. i put some tablets aside")


def test_a_purpose_turned_towards_death_clears_no_purchase() -> None:
    assert not purpose_clears(GM, "comprei uma corda para a mudanca e pra me enforcar")
    # and the plan guard belongs to the plans' own rules only
    assert not rules_plans.drops("pt_some_other_rule", "a mudanca e no sabado")
