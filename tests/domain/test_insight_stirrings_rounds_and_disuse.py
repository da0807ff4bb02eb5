"""Nine classes of wording the topic rules read by the question's grammar, each both ways.

- The body caught in a stir, said as a state ("chest all aflutter", "hands atremble", "insides
  all of a flutter") is fear felt in the body: anxiety; bunting or flags aflutter are not.
- A drink by its mixed name ("a few spritzers", "shandies", "a Pimm's") is alcohol; a water
  spritzer for the plants is not.
- A therapy by its initials or its school ("the EMDR sessions", "DBT", "psychodynamic") is
  therapy; other initials are not.
- A round of the ground a walk goes over ("a loop of the cemetery paths", "a circuit of the
  allotments") is the walk; laps of a pool or a track, a loop of a ring road are not.
- Not stirring in the night ("I didn't stir once before the alarm", "never stirred till
  seven") is the night's sleep, as waking is; a spoon stirred or a sofa not left is not.
- How long a thing of a doing has lain unused ("my running shoes, how long have they sat by
  the door unused") is the last time it was done; a time spent sitting is not.
- A flat bread worked by hand, in either order ("homemade tortillas rolled out", "rolling out
  chapatis", "flipping pancakes") is cooking; a red carpet or new rules rolled out are not.
- A thing practised ("practising the diabolo in the yard, has it chilled me out") is the thing
  weighed, as a thing played or done is.
- A thing put first and weighed by how the person is after it ("rock-pooling along the shore,
  how am I afterwards", "bouldering, am I more relaxed afterwards") is that thing; a pursuit
  with a name of its own (rock pooling, as blocks R and AJ read such doings) stays as written.
- Wild creatures watched where they live ("watching the herons from the riverbank", "spotting
  otters") are nature; watching the kids or the football is not.
"""

from __future__ import annotations

import pytest

from tests.support.insight_topics import DEMO_ACTIVITIES, topic_of

# the demo profile also logs these two
LOGS = DEMO_ACTIVITIES | {"journaling", "therapy"}


# ---- the body caught in a stir, said as a state, is anxiety ------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("chest all aflutter since the kids went back to school", ("anxiety", "")),
        ("my tummy's aflutter before every school run, what calms it", ("anxiety", "")),
        ("her stomach was all aflutter before the interview, what helped", ("anxiety", "")),
        ("insides all of a flutter when the post comes, any tips", ("anxiety", "")),
        ("my heart goes all aquiver whenever the boss emails", ("anxiety", "")),
        ("hands atremble before a presentation, how do I stop that", ("anxiety", "")),
        ("stomach in a flutter all morning before the hospital appointment", ("anxiety", "")),
        ("my nerves all of a jitter this week, what settled them last time", ("anxiety", "")),
        # unchanged: a thing aflutter is no body stirred
        ("the bunting was all aflutter at the fete, did it cheer me up", ("low_mood", "")),
        ("the flags aflutter on the pier, does a seaside walk help", ("activity", "walk")),
    ],
)
def test_a_body_in_a_stir(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a drink by its mixed name is alcohol ------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "a few spritzers at the tennis club bar, what are they doing to my mood",
            ("activity", "alcohol"),
        ),
        ("do shandies in the beer garden leave me low the next day", ("activity", "alcohol")),
        ("the Aperol spritzes on Friday nights, worth it", ("activity", "alcohol")),
        (
            "she poured me a Pimm's and I felt better, does that happen a lot",
            ("activity", "alcohol"),
        ),
        ("white wine spritzers with the girls, do they wreck my sleep", ("activity", "alcohol")),
        ("has the odd shandy after cricket made me more anxious", ("activity", "alcohol")),
        ("a Pimm's or two at the fete, did it lift me", ("activity", "alcohol")),
        ("spritzers on the patio every evening, good for me or not", ("activity", "alcohol")),
        ("why am I so flat the morning after a few spritzers", ("activity", "alcohol")),
        (
            "a couple of shandies with Dad after the match, do they help me unwind",
            ("activity", "alcohol"),
        ),
        # unchanged: a spritzer of water is no drink
        ("spraying the plants with a spritzer bottle, does gardening calm me", ("anxiety", "")),
        ("a water spritzer on the balcony plants, does it calm me", ("activity", "water spritzer")),
    ],
)
def test_a_mixed_drink(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a therapy by its initials or its school is therapy ----------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the EMDR sessions at the clinic since spring, are they working", ("activity", "therapy")),
        ("has DBT helped me manage the panic", ("activity", "therapy")),
        ("my MBCT course on Wednesdays, any good for the low mood", ("activity", "therapy")),
        ("psychodynamic sessions every fortnight, am I calmer since", ("activity", "therapy")),
        ("we did EMDR for the trauma in spring, has my sleep improved", ("activity", "therapy")),
        ("the DBT skills group at the hospital, worth sticking with", ("activity", "therapy")),
        # unchanged: other initials are no therapy
        ("did the DMV paperwork stress me out", ("stress", "")),
        ("has the DBS check for the new job been stressing me", ("stress", "")),
    ],
)
def test_a_therapy_by_its_school(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question, LOGS) == expected


# ---- a round of the ground a walk goes over is the walk ----------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("a loop of the cemetery paths on my lunch hour, good for my head", ("activity", "walk")),
        ("a lap of the canal towpath after tea, does it help", ("activity", "walk")),
        ("a circuit of the allotments before work, any good for my mood", ("activity", "walk")),
        ("doing a loop round the back lanes after dinner, am I calmer", ("activity", "walk")),
        (
            "we did a couple of laps round the school playing fields, did my mood lift",
            ("activity", "walk"),
        ),
        ("a loop of the churchyard on Sundays, worth it", ("activity", "walk")),
        (
            "she took me on a circuit of the castle grounds, was I happier that week",
            ("activity", "walk"),
        ),
        # unchanged: a pool or a track is gone round otherwise, a road by car
        ("a few laps of the running track, how's my mood after", ("activity", "exercise")),
        ("a loop of the ring road in the car, does driving help", ("low_mood", "")),
        ("a lap of the supermarket after work, does it stress me", ("activity", "lap")),
    ],
)
def test_a_round_walked(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- not stirring in the night is sleep, as waking is ------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("last time I didn't stir once before the alarm went off", ("last_time", "sleep")),
        ("how long since I slept so deeply I didn't stir at all", ("last_time", "sleep")),
        ("when did I last go a whole night and not stir once", ("last_time", "sleep")),
        ("I keep stirring at four every night, why", ("sleep", "")),
        ("why do I stir in the small hours on work nights", ("sleep", "")),
        ("the kids never stirred till seven and I still felt rough, why", ("sleep", "")),
        ("when was my last night of not stirring once", ("last_time", "sleep")),
        # unchanged: a spoon stirred or a sofa not left is no sleep
        ("last time I didn't stir my tea with a spoon", ("last_time", "didn't stir")),
        ("when did I last not stir from the sofa all weekend", ("unknown", "")),
        ("what helps when I keep stirring the pot at work", ("activity", "cooking")),
    ],
)
def test_not_stirring_is_sleep(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- how long a thing has lain unused is the last time it was done -----------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "my running shoes, how long have they sat by the door unused",
            ("last_time", "exercise"),
        ),
        ("how long has my bike been gathering dust in the shed", ("last_time", "exercise")),
        ("how long have my walking boots sat untouched", ("last_time", "walk")),
        ("my yoga mat, how long has it been rolled up in the corner", ("last_time", "yoga")),
        ("how many weeks has the guitar sat in its case unplayed", ("last_time", "music")),
        (
            "how long have my swimming things been sitting in the bag unused",
            ("last_time", "exercise"),
        ),
        # unchanged: a thing left as it is, or a time the person spent sitting, is no disuse
        ("how long has the shed sat empty since dad moved", ("activity", "family")),
        ("how long have I sat at this desk today", ("unknown", "")),
        ("how long have I been feeling idle and flat", ("low_mood", "")),
    ],
)
def test_a_thing_lain_unused(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a flat bread worked by hand is cooking ----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "homemade tortillas rolled out on a Friday night, am I more relaxed afterwards",
            ("activity", "cooking"),
        ),
        ("rolling out tortillas on a Friday, does it calm me", ("activity", "cooking")),
        ("chapatis rolled by hand on Sundays, any good for my mood", ("activity", "cooking")),
        ("pastry rolled out for a pie, does it help", ("activity", "cooking")),
        (
            "flipping pancakes with the kids on a Sunday, does it make me happier",
            ("activity", "cooking"),
        ),
        ("pizza dough stretched by hand, worth the effort", ("activity", "cooking")),
        ("hand-rolled flatbreads for the barbecue, does it help", ("activity", "cooking")),
        ("naans slapped onto the hot pan, am I calmer after", ("activity", "cooking")),
        # unchanged: what else is rolled out, or pancakes eaten out, is no cooking
        ("the red carpet rolled out at the premiere, did it stress me", ("stress", "")),
        ("the new rules rolled out at work, are they stressing me", ("stress", "")),
        ("flipping the mattress on Sunday, did my back ache less", ("unknown", "")),
        (
            "a hand-rolled cigarette after work, does it calm me",
            ("activity", "hand-rolled cigarette"),
        ),
    ],
)
def test_a_flat_bread_made(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a thing practised is the thing weighed ----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("practising the diabolo in the yard, has it chilled me out", ("activity", "diabolo")),
        ("practising the diabolo in the yard, does it help", ("activity", "diabolo")),
        ("practicing the kendama on the bus, any good for my nerves", ("activity", "kendama")),
        ("practising a kata in the garage, does it help", ("activity", "kata")),
        ("practising the yo-yo at lunch, worth it", ("activity", "yo-yo")),
        ("practising the piano, does it help", ("activity", "music")),
        ("practising the splits every morning, does it help", ("activity", "splits")),
        ("practising a card trick for hours, does it calm me", ("activity", "card trick")),
        # unchanged: the ropes learnt at a job are no pastime
        ("learning the ropes at the new job, has it stressed me", ("stress", "")),
    ],
)
def test_a_thing_practised(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a thing put first and weighed by how the person is after it -------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("rock-pooling along the shore, how am I afterwards", ("activity", "rock-pooling")),
        (
            "rock-pooling along the shore at low tide, how am I afterwards",
            ("activity", "rock-pooling"),
        ),
        ("knitting by the fire, how am I afterwards", ("activity", "knitting")),
        ("kickabouts in the park, how do I feel afterwards", ("activity", "kickabouts")),
        ("bouldering at the wall, am I more relaxed afterwards", ("activity", "bouldering")),
        ("pottery at the studio, how was I the next day", ("activity", "pottery")),
        # unchanged: a pursuit with a name of its own, weighed otherwise, stays as written
        (
            "Is rock pooling at low tide with the kids good for my head?",
            ("activity", "rock pooling"),
        ),
        # unchanged: a time or a feeling set first is no thing weighed
        ("when I'm tired, am I more irritable", ("low_mood", "")),
        ("after a bad night, how am I the next day", ("sleep", "")),
        ("the school run, how am I afterwards", ("unknown", "")),
    ],
)
def test_a_thing_weighed_by_how_i_am_after(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- wild creatures watched where they live are nature -----------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("watching the herons from the riverbank, does it settle me", ("activity", "nature")),
        ("watching the ducks on the pond, does it calm me", ("activity", "nature")),
        ("watching the deer in the park at dusk, does it help", ("activity", "nature")),
        ("spotting otters along the river, good for my head", ("activity", "nature")),
        ("watching the seals off the harbour wall, am I calmer", ("activity", "nature")),
        ("does listening to the birdsong in the garden lift me", ("activity", "nature")),
        # unchanged: people or a match watched are no wild things; a pursuit keeps its name
        ("birdwatching at the reservoir, does it help", ("activity", "birdwatching")),
        ("does watching the football on a Saturday stress me", ("stress", "")),
        ("watching the kids play in the garden, does it cheer me up", ("low_mood", "")),
    ],
)
def test_wild_creatures_watched(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected
