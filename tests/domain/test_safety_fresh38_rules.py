"""The English mechanisms added after studying ``fresh38``, both ways: new wordings of each sign
that must be flagged, and the look-alikes that must not.

Mechanisms: a past attempt told by the waking after it ("the last time I tried I woke up in
…", a veiled overdose and a waking, ``rules_past_woke``), the stay in care as a night of the
writer's life and an attempt dated "from when I tried" (``rules_past_frames``); a day chosen
with the others away, a place that can kill before anyone is about, "it" set after someone's
big day that the writer will not spoil (``rules_en_day_chosen``); not being "in" the year
ahead, a gap where the writer should be (``rules_en_future_absent``); a way to climb out or a
door out of it denied (``trapped_words``, ``rules_en_signs``); a lighter that was someone
else's, a head struck till the noise goes, nails dug in till there was blood; a payout better
than the writer; letters others will "see" after (``rules_core_acts``, ``everyday_occasions``);
something bought at a chemist and put where nobody will look (``rules_en_logistics``); a form's
question to the writer, answered no (``disclosure.asked``); "I'd never end it" read as the
denial it is (``rules_en_journal``).

The sentences are written anew, as other writers would say the same things (not copied from
``fresh38_en.tsv``), so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess_phrases
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import MatchStatus
from tests.support.safety_categories import BU as _BU
from tests.support.safety_categories import GB as _GB
from tests.support.safety_categories import GM as _GM
from tests.support.safety_categories import NF as _NF
from tests.support.safety_categories import PM as _PM
from tests.support.safety_categories import SH as _SH
from tests.support.safety_categories import SI as _SI
from tests.support.safety_categories import TP as _TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

SIGNS = [
    # a past attempt told by the waking after it
    ("The last time I tried it I woke up in St James's with a drip in my arm.", _SI),
    ("Last time I tried and came round in the Royal, nobody even visited.", _SI),
    ("I swallowed what I shouldn't have and woke up on a ward in Leeds.", _SI),
    (
        "Three years since the night in the Cork A&E after the pills, and tonight it feels close.",
        _SI,
    ),
    ("I kept the visitor pass from when I tried, it's still in my purse.", _SI),
    # a day, a place or a date chosen, the act unnamed
    (
        "Saturday after the county final is the one. They'll all be away at the pub and the "
        "house quiet.",
        _PM,
    ),
    ("It'll be the viaduct, early, before the joggers are out.", _PM),
    ("It'll be after my brother's christening. I won't spoil it for them.", _PM),
    # the year ahead without the writer
    ("Everyone keeps planning next summer and I know I'm not in it.", _NF),
    (
        "I tried to picture what I'd be doing by Easter and there was only a gap where I "
        "should be.",
        _NF,
    ),
    # no way out of it
    ("I'm in a hole and I can't see any way to crawl out.", _TP),
    ("So tired of this fight. Can't see a door out of it.", _TP),
    ("I'm stuck with this and nothing is going to ever make it stop hurting.", _TP),
    # self-harm in other words
    ("Took my brother's old lighter to my arm again, only thing that quiets my head.", _SH),
    ("Kept thumping my head against the bathroom door till the noise stopped.", _SH),
    ("Dug my fingernails into my palms until there was blood after the meeting.", _SH),
    # a payout better than the writer
    (
        "The policy pays out a fortune, my girls would do better with that cheque than with a "
        "dad like me.",
        _BU,
    ),
    # letters others will see after, the means put where nobody looks
    ("Letters for Tom and Ellie are in my bedside drawer, they'll see them after.", _GB),
    ("Picked up the stuff from the pharmacy, it's in the garage now. No one will look there.", _GM),
]

ORDINARY = [
    # a waking at an hour, someone else's, an operation
    "Last time I tried I woke up at six and still missed the train.",
    "The last time Dad woke up in hospital he didn't know who I was.",
    "Last time I woke up in hospital it was after my knee operation.",
    # a day for a party, a place for photos, news kept for after a wedding
    "Saturday is the one for the party, they'll all be away at the coast.",
    "It'll be the pier at dawn for the photos.",
    (
        "I'll tell Mum about the new job. It will be after the wedding, I don't want to ruin it "
        "for her."
    ),
    # a cast the writer is not in
    "Next year's panto is cast and I'm not in it, gutted.",
    # a form's question answered no
    "Any thoughts of suicide? Honestly no, just worn out.",
    # a knee, a cat, a cupboard door, a sponsor, a present
    "My knee, nothing will ever make it stop hurting.",
    "The cat dug her claws into my leg till there was blood.",
    "Cracked my head on the cupboard door, ouch.",
    "The club would do better with that cheque than with me as captain.",
    (
        "Got the stuff from the garden centre, it's in the shed. Nobody will look there before "
        "her birthday."
    ),
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_new_wording_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)


def test_a_forms_question_answered_yes_still_counts() -> None:
    assert_flagged_as("Any thoughts of suicide? Yes, most nights lately.", _SI)


@pytest.mark.parametrize(
    "text", ["I'd never end it, I couldn't do that to my girls.", "I could never end it."]
)
def test_the_act_denied_is_read_as_denied(text: str) -> None:
    result = assess_phrases(text)
    assert not result.flagged
    assert MatchStatus.NEGATED in {s.status for s in result.ignored_spans}, result
