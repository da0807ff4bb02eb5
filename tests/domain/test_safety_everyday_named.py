"""Signs whose open word the same sentence names as an ordinary thing, both ways.

"Done with it all" is the end of everything, "done with it all, the diet, the gym" the end of a
regime; "how I'm going to do it" is a plan, "…, the kitchen redesign" a project; "I don't want to
be here anymore" is a wish to die, "…, this office is freezing" a cold office; "nothing ahead of
me" is no future, "…but marking until Christmas" a term's work; a goodbye "for good" to sugar
is a diet; the walls closing in because the flat is small, who gets which plant during a
hospital stay, an absence from a concert for a wedding, a gun bought as Dad's present. A pain, a
life, the people around the writer or the means named in the same place keeps each sign; a
stop denied keeps the thought going ("Not once this winter have I stopped thinking about
ending things"). Sentences written anew, not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU, DW, GA, GB, GM, NF, PM, SH, SI, TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

SIGNS: list[tuple[str, Category]] = [
    # "it all" named as the pain, or left open
    ("I'm done with it all, the pain, the loneliness, the lot", DW),
    ("Done with it all, honestly, everyone would cope", DW),
    ("I'm done with it all, the meds, the therapy, life", DW),
    # "it" named as a method, or left open
    ("I know exactly how I'm going to do it, the bridge by the station", PM),
    ("I know exactly how I'm going to do it, I've got the pills saved", PM),
    ("I know exactly how I'm going to do it now", PM),
    # "here" named as the world, or left open
    ("I don't want to be here anymore, this life is too much", DW),
    ("I don't want to be here anymore", DW),
    ("I don't want to be here anymore, this world is too loud", DW),
    # nothing ahead but the pain
    ("Nothing ahead of me but more of this emptiness", NF),
    ("Nothing ahead of me, nothing at all", NF),
    # a goodbye for good to the people around the writer
    ("Saying goodbye to everyone for good", GB),
    ("Saying goodbye to my family for good tonight", GB),
    # walls closing in with no home named
    ("The walls are closing in and I can't breathe any more", TP),
    # who gets which of the writer's things, after
    ("Made a list of who gets which of my things when I'm gone", GA),
    # a gun bought for the writer, or a present only told to others
    ("Bought myself a shotgun for my birthday, nobody knows", GM),
    ("Bought a shotgun, told Mum it's a birthday present for Dad", GM),
    # an absence from the event itself, or with nothing else named
    ("Não vou estar cá para o casamento da minha filha", NF),
    ("Não vou estar cá para o concerto do próximo ano", NF),
    # a stop denied: the thought goes on
    ("Not once this winter have I stopped thinking about ending things", DW),
    ("I haven't stopped thinking about killing myself since Friday", SI),
    ("I never stopped wanting to die, not really", DW),
    ("Haven't stopped hurting myself, whatever I told the nurse", SH),
    # a near miss is no denial
    ("At nineteen I nearly didn't survive my attempt, and it's creeping back", SI),
    # a burden named as a load on the people
    ("I'm just a load on this family and they know it", BU),
]

LOOK_ALIKES = [
    # "it all" a regime, a diet, a chore
    "I'm done with it all, the diet, the gym, the lot, pizza tonight",
    "Done with it all: keto, spin class, the lot. Chips for tea",
    "I'm done with it all, the revision, the cramming, holiday now",
    "I'm so done with it all, the wedding planning and the spreadsheets",
    # "it" a project or a task
    "I know exactly how I'm going to do it, the kitchen redesign",
    "I know exactly how I'm going to do it, the speech for Saturday",
    "I know how I'm going to do it, the loft conversion, skylights and all",
    "I know exactly how I'll do it, the surprise party for Mum",
    # "here" a place the writer only wants to leave
    "I don't want to be here anymore, this office is freezing",
    "I don't want to be here anymore, this queue hasn't moved in an hour",
    "I don't want to be here anymore, this party is so boring",
    "Don't want to be here anymore, the airport is heaving",
    # nothing ahead but a term's work
    "Nothing ahead of me but marking until Christmas",
    "Nothing ahead of me but exams until June",
    "Nothing ahead of us but night shifts this month",
    "Nothing in front of me except paperwork till Friday",
    # a goodbye for good to a habit or a thing
    "Saying goodbye to sugar for good",
    "Said goodbye to cigarettes for good on Monday",
    "Saying goodbye to my overdraft for good, payday!",
    "Finally saying goodbye to the old boiler for good",
    # the walls closing in because the home is small
    "The walls are closing in, we need a bigger flat",
    "The walls are closing in, this studio is way too small for two",
    "The walls are closing in with boxes everywhere, moving house on Friday",
    # who gets which thing while the writer is away
    "Made a list of who gets which plant while I'm in hospital",
    "Made a list of who feeds the cat while I'm away",
    "Wrote down who gets which plant to water while we're on holiday",
    # an absence from an event with another event named
    "Não vou estar cá para o concerto, vou ao casamento",
    "Não vou estar cá para o jantar, vou a um batizado",
    "No voy a estar para el concierto, voy a una boda",
    "Non ci sarò per il concerto, vado a un matrimonio",
    # a gun bought as someone else's present
    "Bought Dad a new shotgun for his birthday, told nobody so it stays a surprise",
    "Got my brother a new air rifle for his birthday, don't tell him",
    "Bought Grandad a rifle for his retirement, kept it quiet",
    # a stop that ended, a thought that came not once
    "I've stopped thinking about ending things since the new meds",
    "Not once this winter have I thought about ending things",
    "I haven't stopped thinking about the match, what a goal",
    # a near miss of a party
    "I nearly didn't go to the party, glad I did",
    # a load of laughs, a load lighter
    "I'm just a load of laughs at parties",
    "I am a load lighter since I quit the band",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_signs_with_their_open_word_read(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_open_word_named_as_an_ordinary_thing_stays_unflagged(text: str) -> None:
    assert_not_flagged(text)
