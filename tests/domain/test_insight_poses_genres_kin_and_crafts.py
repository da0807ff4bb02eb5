"""Eight classes of wording the topic rules read by meaning, each both ways.

- A circuit drill named on its own is exercise ("burpees and bear crawls", "squat thrusts");
  a figure skater watched on telly is not.
- A yoga pose named without "pose" is yoga ("cat stretches", "thread the needle", "supine
  twists"); a needle threaded on a sewing machine, or the cat stretching in the sun, is not.
- Verse read, or pages read of anything, is reading ("a few pages of poetry", "some verse on
  the bus"); poetry being written is not.
- Music named by its genre is music ("northern soul", "Motown", "drum and bass"); the blues
  had all week, or a soul-destroying week, is not.
- Someone named first and then told by their role in the person's life is that person
  ("Lysander, my half-brother, when did we last speak"), not the family or friends the role
  word names; a family word alone still is.
- The everyday play shared with people is time with them ("a kickabout in the park with my
  stepsons", "a playdate with her cousins"); a game of its own played with them is the game's.
- A doing put first for a pursuit of two words, asked by the change it makes ("swirling inks
  for paper marbling, am I calmer for it"), is that pursuit; a thing done for a use is not.
- A thing made as a craft, kept up making since a time, is its making ("I've been hooking a
  rag rug most evenings" is rag rug making); a meal made every night is cooking.
"""

from __future__ import annotations

import pytest

from tests.support.insight_topics import topic_of


# ---- a circuit drill ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "burpees and bear crawls in the back garden, do they wake me up",
        "he does inchworms and russian twists at lunch, is he less stressed",
        "donkey kicks on the lounge floor before work, worth it",
        "we did twenty squat thrusts in PE, was I livelier after",
        "you do squat thrusts between meetings, do they help your energy",
        "a few rounds of burpees on the patio last spring, did I sleep better",
    ],
)
def test_a_circuit_drill_is_exercise(question: str) -> None:
    assert topic_of(question) == ("activity", "exercise")


@pytest.mark.parametrize(
    "question",
    [
        "watching the figure skaters on telly, does it relax me",
        "crawling into bed at nine most nights, is it helping my mood",
    ],
)
def test_a_drill_look_alike_is_not_exercise(question: str) -> None:
    assert topic_of(question) != ("activity", "exercise")


# ---- a yoga pose -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "child's pose and a few supine twists before bed, do I sleep better",
        "thread the needle and cat stretches on the mat first thing, any good for my mood",
        "she does spinal twists at her desk, does it calm her",
        "a few cat stretches when I wake up, do they help my energy",
        "we held child's pose for ages at the end, was I calmer after",
        "threading the needle on the rug every evening, is it worth it",
    ],
)
def test_a_pose_named_alone_is_yoga(question: str) -> None:
    assert topic_of(question) == ("activity", "yoga")


@pytest.mark.parametrize(
    "question",
    [
        "threading the needle on my sewing machine makes me tense, what helps",
        "the cat stretches out in the sun and I feel calmer watching, does nature help",
    ],
)
def test_a_pose_look_alike_is_not_yoga(question: str) -> None:
    assert topic_of(question) != ("activity", "yoga")


# ---- verse and pages read ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "a few pages of a crime novel before bed, does it help me sleep",
        "some verse on the bus in, does it lift my mood",
        "a couple of poems from the anthology at lunch, am I calmer",
        "she reads poetry in the bath, does it settle her",
        "twenty pages of the new thriller each night, does it wind me down",
        "a handful of pages before lights out last winter, did I sleep any better",
    ],
)
def test_verse_or_pages_read_is_reading(question: str) -> None:
    assert topic_of(question) == ("activity", "reading")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("writing poetry in my notebook, is it good for me", ("activity", "writing poetry")),
        ("write me a poem about spring", ("unknown", "")),
    ],
)
def test_verse_written_is_not_reading(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- music by its genre ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Motown on the kitchen radio while I wash up, does it lift me",
        "a bit of jazz on a Sunday morning, am I happier",
        "drum and bass on the way to work, does it wake me up",
        "old reggae in the garden, does it cheer me",
        "he blasts heavy metal in the car, is he less tense",
        "some lo-fi beats while I study, does it help me focus",
    ],
)
def test_a_genre_is_music(question: str) -> None:
    assert topic_of(question) == ("activity", "music")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("I've had the blues all week, what helps", ("low_mood", "")),
        ("what a soul-destroying week at work, how did I cope", ("low_mood", "")),
    ],
)
def test_a_genre_look_alike_is_not_music(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- someone named, then told by their role ----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Oona - my stepmum - when did I last see her", ("last_time", "Oona")),
        ("Ingrid, my old flatmate, when did we last catch up", ("last_time", "Ingrid")),
        ("Perpetua, my half-sister, how long since we spoke", ("last_time", "Perpetua")),
        ("Benedikt, our neighbour, when did I last have him round", ("last_time", "Benedikt")),
        ("Casimir, my stepbrother, when did I last hear from him", ("last_time", "Casimir")),
        ("Wilhelmina, my cousin, am I brighter after her visits", ("activity", "Wilhelmina")),
    ],
)
def test_a_name_told_by_its_role_is_the_person(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("my half-sister and I, when did we last speak", ("last_time", "family")),
        ("Sunday lunch with my stepsons, does it cheer me", ("activity", "family")),
    ],
)
def test_a_role_alone_is_still_its_people(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- the everyday play shared with people ------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("a kickabout on the rec with my nephews, am I brighter after", ("activity", "family")),
        ("a knockabout with the lads on a Sunday, am I happier after", ("activity", "friends")),
        ("we had a playdate with her cousins, was I calmer that evening", ("activity", "family")),
        ("kickabouts with my mates after work, do they lift me", ("activity", "friends")),
        ("a kick-about with the grandkids, does it cheer you up", ("activity", "family")),
        ("a runaround in the garden with my stepdaughter, any good", ("activity", "family")),
    ],
)
def test_play_shared_is_time_with_them(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("kickabouts in the park, how do I feel afterwards", ("activity", "kickabouts")),
        ("canasta with the cousins, does it help", ("activity", "canasta")),
    ],
)
def test_a_game_with_people_is_the_game(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a doing put first for a pursuit of two words ----------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("shaping bowls on the lathe for wood turning, does it calm me", "woodturning"),
        (
            "pressing flowers in blotting paper for botanical framing, was I happier for it",
            "botanical framing",
        ),
        ("cutting card for paper marbling, am I calmer for it", "paper marbling"),
        ("sorting seeds for seed saving, are you any calmer for it", "seed saving"),
        ("mixing glazes for pottery painting, was she happier after it", "pottery painting"),
        ("soaking reeds for chair caning, am I more settled for it", "chair caning"),
    ],
)
def test_a_step_names_the_pursuit_it_serves(question: str, expected: str) -> None:
    assert topic_of(question) == ("activity", expected)


@pytest.mark.parametrize(
    "question",
    [
        "chopping wood for the stove, am I calmer for it",
        "practising a card trick for hours, was I happier after it",
    ],
)
def test_a_step_for_a_use_names_no_pursuit(question: str) -> None:
    assert topic_of(question)[1] not in ("the stove", "hours")


# ---- a craft kept up making --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "I've been weaving willow baskets every weekend, any difference in me",
            "willow basket making",
        ),
        ("I have been making soap every Sunday, does it calm me", "soap making"),
        ("I've been knotting a rope rug for weeks, is it helping my mood", "rope rug making"),
        ("I've been making lanterns most nights, is it good for me", "lantern making"),
        (
            "she's been dipping beeswax candles since the spring, has it helped her",
            "beeswax candle making",
        ),
        ("we've been plaiting rag rugs every evening, is it doing us good", "rag rug making"),
    ],
)
def test_a_craft_kept_up_is_its_making(question: str, expected: str) -> None:
    assert topic_of(question) == ("activity", expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("I've been making dinner every night, is it helping", ("activity", "cooking")),
        ("I've been feeling low since June, does anything help", ("low_mood", "")),
    ],
)
def test_a_meal_or_a_feeling_kept_up_is_no_craft(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected
