"""The wish to die in the grammatical shapes of ``rules_en_explicit_shapes``, and the
look-alike each shape has (a band genre, a lyric, a bus home, a hair dye, a quoted film).

The sentences are written anew (not copied from ``fresh15_en.tsv``) so they test a family of
wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess
from neuroleaf_desktop.domain.safety.normalize import normalize
from neuroleaf_desktop.domain.safety.rules_en_explicit_shapes import RULES
from neuroleaf_desktop.domain.safety.spelling_en import respell

# (sentence, the shape's rule)
STATEMENTS = [
    ("being dead seems so peaceful compared to this", "xs_death_sounds_nice"),
    ("honestly suicide is looking more and more like the answer", "xs_death_sounds_nice"),
    ("not waking up would feel like such a relief", "xs_death_sounds_nice"),
    ("SUICIDE SOUNDS BETTER EVERY DAY", "xs_death_sounds_nice"),
    ("perhaps dying is the only way out.", "xs_death_sounds_nice"),
    ("dying would honestly solve everything", "xs_death_sounds_nice"),
    ("i'd gladly welcome death at this point", "xs_welcome_death"),
    ("i would choose death over another winter of this", "xs_welcome_death"),
    ("i really wouldnt mind being dead", "xs_welcome_death"),
    ("if i didn't wake up tomorrow i'd be relieved", "xs_glad_if_i_died"),
    ("if i died tonight i would be at peace.", "xs_glad_if_i_died"),
    ("everyone would be fine if i just ended it all", "xs_if_i_ended_it"),
    ("honestly the kids would cope if i ended it.", "xs_if_i_ended_it"),
    ("i'm hoping i don't wake up in the morning", "xs_hope_i_die"),
    ("i just hope i die soon", "xs_hope_i_die"),
    ("i wish a bus would hit me on the walk home", "xs_pray_for_an_accident"),
    ("been hoping a lorry runs me over", "xs_pray_for_an_accident"),
    ("why do i keep waking up every morning", "xs_why_am_i_still_alive"),
    ("why the hell am i still alive", "xs_why_am_i_still_alive"),
    ("is it okay if i just die", "xs_why_am_i_still_alive"),
    ("what is even the point of being alive", "xs_point_of_being_alive"),
    ("whats the point in staying alive", "xs_point_of_being_alive"),
    ("i'm so sick of being alive", "xs_had_enough_of_living"),
    ("fed up with living, honestly", "xs_had_enough_of_living"),
    ("suicide has been on my mind a lot", "xs_suicide_on_my_mind"),
    ("sewer slide is all i can think about", "xs_suicide_on_my_mind"),
    ("all i ask is for me to be gone for good.", "xs_for_me_to_be_over"),
    ("i want myself gone", "xs_for_me_to_be_over"),
    ("i'd sooner be dead than go back to that house", "xs_sooner_be_dead"),
    ("i keep thinking i'd be happier dead", "xs_sooner_be_dead"),
    ("probably should just end it tbh", "xs_should_just_end_it"),
    ("might as well end it all tonight.", "xs_should_just_end_it"),
    ("god just let me die already", "xs_let_me_die"),
    ('"just die already" is what i tell myself every morning', "xs_you_should_die_i_tell_myself"),
    ("kill yourself, nobody cares, i keep saying to myself", "xs_you_should_die_i_tell_myself"),
    ("my head keeps telling me to kill myself", "xs_brain_tells_me_to_die"),
    ("i keep telling myself i should just die", "xs_brain_tells_me_to_die"),
    ("i have zero desire to keep going", "xs_no_will_to_live"),
    ("lost all will to live, it's been months", "xs_no_will_to_live"),
    ("life just isn't worth the fight anymore", "xs_life_not_worth_it"),
    ("i was never supposed to survive that", "xs_not_meant_to_be_alive"),
    ("i'm not meant to be alive.", "xs_not_meant_to_be_alive"),
    ("might as well die tbh", "xs_should_just_die"),
    ("i should just disappear permanently", "xs_should_just_die"),
    ("i feel like dying every single day", "xs_feel_like_dying"),
    ("i'd give anything to not wake up", "xs_feel_like_dying"),
    ("counting the days till i can end it all.", "xs_counting_down_to_the_end"),
    ("thinking about catching the bus for good", "xs_catch_the_bus"),
    ("gonna catch the bus soon, you know what i mean", "xs_catch_the_bus"),
]

# Typed fast: respelt before the rules read it.
TYPED = ["wanna dei tbh", "i want to dei", "sewerslide is looking better every day"]

LOOK_ALIKES = [
    "death metal sounds great live",
    "the death scene looks good in the trailer",
    "his death seems so unfair, he was 40",
    "i'd take death by chocolate over salad any day",
    "i wouldn't mind dying my hair red",
    "if i died tomorrow i'd be happy with the life i've had",
    "i hope i die before i get old, the who had it right",
    "i hope i die peacefully at 95 surrounded by grandkids",
    "hoping a bus comes soon, freezing at the stop",
    "why am i still awake at 3am",
    "why am i still here at the office at 9pm",
    "what's the point of living in london if you never go out",
    "had enough of living in this flat with damp walls",
    "sick of living with my parents",
    "i'm done with life admin for today",
    "my brain says i should dye my hair blue",
    "my mind tells me to end it with him, the relationship is dead",
    "caught the bus home and read my book",
    "i'm catching the bus, you know the one that goes past the park",
    "we should just end it here and pick up on monday",
    "we should just end it, we fight every day",
    "let me die of embarrassment, i called my teacher mum",
    "i'd rather be dead tired from a long walk than bored indoors",
    "this song makes me want to dance till i die",
    'the song on repeat was "i want to die in your arms"',
    'in the film the hero says "i\'d rather die than run"',
    "i don't want to die, i want the pain to stop",
    "i used to think i wanted to die but i don't anymore",
    "dei libri che ho letto quest'anno, due erano belli",
    "no desire to live in a big city ever again",
    "lost the will to live during that meeting lol",
    "i'm not meant to be here, i'm meant to be at work",
    "i could just die, he's so cute",
    "we should dye our hair for the festival",
    "i feel like dying after that leg day",
    "i'd do anything to not be at work tomorrow",
    "counting down the days until i can end my contract",
    "i should just disappear for a weekend to the coast",
]


@pytest.mark.parametrize(("text", "name"), STATEMENTS)
def test_statement_is_flagged_by_its_shape(text: str, name: str) -> None:
    assert assess(text).flagged, text
    norm, _ = respell(*normalize(text, fold=True))
    shape = next(r for r in RULES if r.name == name)
    assert shape.may_match(norm), (name, text)
    assert shape.pattern.search(norm), (name, text)


@pytest.mark.parametrize("text", TYPED)
def test_typed_statement_is_flagged(text: str) -> None:
    assert assess(text).flagged, text


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


def test_every_shape_is_gated_and_has_a_statement() -> None:
    assert all(r.gate for r in RULES)
    assert {r.name for r in RULES} == {name for _, name in STATEMENTS}
