"""A plan's precautions and checks (``rules_en_logistics``) and the errands that share their
words with an ordinary purpose.

The sentences are written for these tests (not copied from any benchmark batch).
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess
from neuroleaf_desktop.domain.safety.normalize import normalize
from neuroleaf_desktop.domain.safety.rules_en_logistics import RULES
from neuroleaf_desktop.domain.safety.spelling_en import respell
from tests.support.safety_gates import gated_matches

# (sentence, the family's rule)
FLAGGED = [
    ("told my flatmate i'm at my mum's so no one will look for me", "lg_not_stopped"),
    ("switched my phone off so nobody can stop me", "lg_not_stopped"),
    ("picked up my prescription again so i'd have enough", "lg_pills_without_questions"),
    ("got the paracetamol from two chemists so nobody would notice", "lg_pills_without_questions"),
    ("asked the pharmacy for the largest box they had", "lg_pills_without_questions"),
    ("tied a scarf round the banister to see", "lg_ligature_tested"),
    ("checked the height of the car park roof", "lg_drop_measured"),
    ("stood at the edge for ages looking down", "lg_drop_measured"),
    ("on the platform edge i let two trains go by", "lg_drop_measured"),
    ("i'm going to end it after christmas so i don't spoil it for them", "lg_after_their_day"),
    ("i'll do it on saturday while my husband takes the kids out", "lg_after_their_day"),
    ("the bag with the hose is in the trunk", "lg_means_stowed"),
    ("there's a stash of tablets behind my wardrobe", "lg_means_stowed"),
    ("found a place on the bridge where the railing is low", "lg_means_stowed"),
    ("worked out what time the house is empty", "lg_means_stowed"),
    ("the letters are finished and tucked away", "lg_note_put_away"),
    ("wrote my note and hid it under my pillow", "lg_note_put_away"),
    ("sorted the bills so my sister knows where everything is", "lg_order_for_after"),
    ("said goodbye to everyone today, they didn't know it", "lg_order_for_after"),
    (
        "got the stuff at the chemist, it's up in the loft, nobody'll look there",
        "lg_got_and_put_where_unlooked",
    ),
]

LOOK_ALIKES = [
    "locked the bathroom door so nobody walks in on me",
    "put my phone on silent so no one interrupts me while i study",
    "so nobody stops me from eating the last slice haha",
    "i filled my prescription early because i'm going on holiday",
    "bought two packs at a different shop so they wouldn't ask why i need so much glitter",
    "asked for the biggest pack they sell of nappies",
    "tied the rope to the tree for the kids' swing",
    "measured the drop from the balcony to hang the fairy lights",
    "measured the balcony for the new plant pots",
    "we sat at the top of the hill looking over the valley",
    "stood at the edge of the platform and watched the trains go past with my son",
    "i'll do it after the meeting so i don't forget",
    "put the hose in the boot to take to the allotment",
    "i know the spot where the fence is broken, the sheep keep getting out",
    "the note is written and in the drawer for the babysitter",
    "said my goodbyes to the team, they know i'll be back",
    "got the stuff at the chemist for her surprise, it's in the loft, nobody'll look there",
]


@pytest.mark.parametrize(("text", "name"), FLAGGED)
def test_precaution_or_check_is_flagged_by_its_family(text: str, name: str) -> None:
    assert assess(text).flagged, text
    norm, _ = respell(*normalize(text, fold=True))
    family = next(r for r in RULES if r.name == name)
    assert family.pattern.search(norm), (name, text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_errand_with_an_ordinary_purpose_is_not_flagged(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


def test_every_family_is_gated_and_has_a_statement() -> None:
    assert all(r.gate for r in RULES)
    assert {r.name for r in RULES} == {name for _, name in FLAGGED}
    assert gated_matches(RULES, [t for t, _ in FLAGGED] + LOOK_ALIKES) >= len(FLAGGED)
