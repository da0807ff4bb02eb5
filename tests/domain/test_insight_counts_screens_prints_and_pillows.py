"""Eight classes of wording the topic rules read by meaning, each both ways.

- A rough count is no second side: "a poem or two from an anthology", "a crossword or two
  with my cuppa" weigh one thing, not a comparison of "poem" with the anthology; a number with
  its own thing after it still is one ("an hour of yoga or two hours of gaming").
- What is read on a phone or a laptop is the screen, not a book ("reading the news on my phone
  in bed"); a book read there, or a Kindle, is still reading.
- Prints named by the process that makes them are that printing ("lino prints" → lino
  printing); screen printing is no screen time.
- The feeling put into words on paper is journaling ("writing out how I feel", "jot down what
  was on my mind"); telling someone is not.
- A cloud over the person, of any colour, is a low mood ("a cloud hanging over me"); a cloud
  over the hills is weather.
- Lying down for the night, told by the pillow ("the second my head hits the pillow", "the
  minute I hit the sack"), is sleep; a thing put on the pillow is that thing.
- A change weighed "for it" ("am I calmer for it") points back to the visit the question told
  ("when Bongani drops in"), so the visitor is asked about.
- A game or a film had at someone's home is time with them ("board games at my parents'");
  with them at home it is the game's ("board games with the kids").
"""

from __future__ import annotations

import pytest

from tests.support.insight_topics import DEMO_ACTIVITIES, topic_of

# The demo's activities with games logged too, as the demo profiles log them.
WITH_GAMES = {*DEMO_ACTIVITIES, "gaming"}


# ---- a rough count ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "a chapter or two of a thriller before lights out, does it help me drop off",
            ("activity", "reading"),
        ),
        (
            "a sonnet or two from my poetry book before bed, does it help me drop off",
            ("activity", "reading"),
        ),
        ("a crossword or two with my cuppa, does it settle me", ("activity", "crossword")),
        ("a jigsaw or two over the winter, did they cheer me up", ("activity", "jigsaw")),
        ("a rum punch or three at the beach bar, how am I the next day", ("activity", "alcohol")),
        ("three or four downward dogs when I get up, am I calmer", ("activity", "yoga")),
    ],
)
def test_a_rough_count_weighs_one_thing(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("an hour of yoga or two hours of gaming, which settles me more", ("activity", "yoga")),
        ("a walk or a swim, which lifts me more", ("activity", "walk")),
        ("reading or music before bed, which helps me sleep", ("activity", "reading")),
        ("fruit punch at the party, did it lift me", ("activity", "fruit punch")),
    ],
)
def test_two_sides_stay_a_comparison(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- read on a screen ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("reading the news on my phone in bed, does it keep me up", ("activity", "screen late")),
        ("reading comments on my phone at 2am, does it wind me up", ("activity", "screen late")),
        (
            "scrolling and reading threads on the laptop till gone midnight, am I wired after",
            ("activity", "screen late"),
        ),
    ],
)
def test_what_is_read_on_a_phone_is_the_screen(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("reading a paperback in bed, does it help me drop off", ("activity", "reading")),
        ("reading a book on my phone on the train, does it calm me", ("activity", "reading")),
        ("does reading on my Kindle before bed help me sleep", ("activity", "reading")),
    ],
)
def test_a_book_read_anywhere_is_reading(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- prints by their process --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("lino prints at the kitchen table, do they calm me", ("activity", "lino printing")),
        (
            "screen prints at the community studio, do they lift me",
            ("activity", "screen printing"),
        ),
        ("my botanical prints on a Sunday afternoon, worth it", ("activity", "botanical printing")),
    ],
)
def test_prints_name_their_printing(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


def test_screen_time_is_still_the_screen() -> None:
    assert topic_of("too much screen time before bed, does it keep me up") == (
        "activity",
        "screen late",
    )


# ---- the feeling written down -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("when did I last jot down what was on my mind", ("last_time", "journaling")),
        ("does writing out how I feel before bed help me sleep", ("activity", "journaling")),
        (
            "scribbling down what's going on in my head at lunch, any use",
            ("activity", "journaling"),
        ),
        ("how long since I last wrote down my thoughts", ("last_time", "journaling")),
    ],
)
def test_the_feeling_written_down_is_journaling(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("can I write down how I feel in the app", ("unknown", "")),
        ("how long since I told my sister how I was feeling", ("last_time", "family")),
    ],
)
def test_the_feeling_told_or_asked_of_the_app(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a cloud over the person --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("there's been a cloud hanging over me all week, what lifts it", "low_mood"),
        ("when you wake up with a cloud over your head, what shifts it", "low_mood"),
        ("why is there always a cloud over me on Sundays", "low_mood"),
    ],
)
def test_a_cloud_over_the_person_is_a_low_mood(question: str, kind: str) -> None:
    assert topic_of(question) == (kind, "")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("a walk when the cloud is over the hills, does it lift me", ("activity", "walk")),
        ("why do I wake up with a headache", ("sleep", "")),
    ],
)
def test_weather_and_waking_are_no_cloud(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- the pillow ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("as soon as my head touches the pillow my brain switches on, what helps", "sleep"),
        ("the minute I hit the sack my thoughts start whirring, what helps", "sleep"),
        ("why does my brain start buzzing once my head's on the pillow", "sleep"),
    ],
)
def test_the_head_on_the_pillow_is_sleep(question: str, kind: str) -> None:
    assert topic_of(question) == (kind, "")


def test_a_thing_on_the_pillow_is_that_thing() -> None:
    assert topic_of("lavender oil on my pillow, does it help or is it placebo") == (
        "activity",
        "lavender oil",
    )


# ---- a change weighed for it --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("after football, when Bongani drops in, am I calmer for it", ("activity", "Bongani")),
        (
            "after the school run, when Kwame pops in, am I any the better for it",
            ("activity", "Kwame"),
        ),
        (
            "on Sundays, when Grandad Eustace drops in, am I brighter for it",
            ("activity", "Eustace"),
        ),
    ],
)
def test_a_change_for_it_weighs_the_visit(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


def test_a_scene_with_no_one_in_it_asks_the_feeling() -> None:
    assert topic_of("after church, when the choir sings, am I happier") == ("low_mood", "")


# ---- a game at someone's home -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("board games at my parents' of a Sunday, do they lift me", ("activity", "family")),
        ("a film round at my sister's, do I feel better after", ("activity", "family")),
        (
            "video games over at my mates' flat on a Friday, am I calmer after",
            ("activity", "friends"),
        ),
    ],
)
def test_a_game_at_someones_home_is_time_with_them(
    question: str, expected: tuple[str, str]
) -> None:
    assert topic_of(question, WITH_GAMES) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("board games with the kids, do they cheer me up", ("activity", "gaming")),
        ("gaming on my own of an evening, does it calm me", ("activity", "gaming")),
        ("Sunday lunch at my parents', good for my mood", ("activity", "family")),
    ],
)
def test_a_game_played_with_them_is_the_games(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question, WITH_GAMES) == expected
