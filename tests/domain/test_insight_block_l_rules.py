"""Topic rule families of round 23, each both ways (a question that now maps, one that keeps
its topic): the mind running ahead (what-ifs, spiralling thoughts, a flap), no point in an
everyday act, pressure from every side, the load of tasks, a battery or a body running low, a
number brought down (not a low mood), a race distance, drinks by the glass, the instruments,
the journal read by the app (not reading), a weighing that needs no "me", things weighed with
their place or with "all the", claims about the world and the app's features, and a last time
asked in any order or in fragments."""

from __future__ import annotations

import pytest

from tests.support.insight_topics import topic_of


def _check(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- the mind running ahead ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the what-ifs are back before the hearing, what quietened them", ("anxiety", "")),
        ("my thoughts keep spiralling before the hearing, what helped", ("anxiety", "")),
        ("I get in a right flap about the move, anything that worked", ("anxiety", "")),
        ("catastrophising about the biopsy results, what eased it before", ("anxiety", "")),
        # unchanged: a feeling of its own named, "what if" asking a plan
        ("what if I tried yoga, would my mood lift", ("activity", "yoga")),
        ("feeling low again, what helped", ("low_mood", "")),
    ],
)  # fmt: skip
def test_the_mind_running_ahead(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


# ---- no point in an everyday act, a washed-out spell -----------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("some days I don't see the point of getting up, what has helped", ("low_mood", "")),
        ("no point even showering lately, what pulled me out before", ("low_mood", "")),
        ("I've had a face like a wet weekend all month, what cheered me up", ("low_mood", "")),
        # unchanged: the point of a thing asked about, a wet day that is weather
        ("does walking in the rain help my mood", ("activity", "walk")),
        ("I sleep badly when it's wet and windy, what helped", ("sleep", "")),
    ],
)  # fmt: skip
def test_no_point_and_a_wet_spell(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


# ---- pressure from every side, the load of tasks ---------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("deadlines hitting me from all angles this month, what got me through", ("stress", "")),
        ("being squeezed between the kids and the shop, what eased it before", ("stress", "")),
        ("my to-do list never ends, what helped last spring", ("stress", "")),
        ("300 unread emails after the holiday, anything that worked", ("stress", "")),
        ("I've been run off my feet on the ward, what helped", ("stress", "")),
        ("the renovation is doing my head in, what helped before", ("stress", "")),
        ("money's tight this winter, what helped me cope", ("stress", "")),
        # unchanged: squeezing in an activity, a place after "from", a strained muscle
        ("when I squeeze in a swim before the office, am I calmer", ("activity", "exercise")),
        ("I strained my back, is my sleep worse", ("sleep", "")),
    ],
)  # fmt: skip
def test_pressure_and_load(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


# ---- a battery or a body running low ---------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("running at ten percent battery most afternoons, what perked me up", ("energy", "")),
        ("my battery's at one bar by lunch, what gave me a lift before", ("energy", "")),
        ("my legs are like lead on the stairs, what helped last month", ("energy", "")),
        ("totally sapped by Thursday, what restored me", ("energy", "")),
        ("feeling weak and slow all week, anything that worked", ("energy", "")),
        # unchanged: a phone battery asked as screen use, a feeling named
        ("does my phone at night hurt my sleep", ("activity", "screen late")),
        ("I'm so stressed, what helps", ("stress", "")),
    ],
)  # fmt: skip
def test_running_low(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


# ---- a number brought down is the measure named, not a low mood --------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("my nerves are a nine out of ten, what got it down before", ("anxiety", "")),
        ("pressure at work is through the roof, what made it go down", ("stress", "")),
        # unchanged: feeling down is a mood
        ("I've been feeling down since the move, what helped", ("low_mood", "")),
        ("the dark evenings get me down, anything that helped", ("low_mood", "")),
    ],
)  # fmt: skip
def test_brought_down(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


# ---- activities in new words: a race distance, a glass of something, instruments -------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("do I sleep better after my 10k on Sundays", ("activity", "exercise")),
        ("training for a half marathon, is it good for my mood", ("activity", "exercise")),
        ("does a bottle of white with dinner affect my sleep", ("activity", "alcohol")),
        ("is cider on a Friday bad for my sleep", ("activity", "alcohol")),
        ("does practising the banjo lift me", ("activity", "music")),
        ("my mandolin's in the cupboard, how long since I last played", ("last_time", "music")),
        # unchanged: steps are not a run, a glass of milk is not a drink of alcohol
        ("is 10k steps a day enough for most people in general", ("unknown", "")),
        ("does a glass of warm milk before bed help me sleep", ("sleep", "")),
    ],
)  # fmt: skip
def test_new_activity_words(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


# ---- the journal read by the app is not the reading activity ----------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("you've read all my entries, what calms me best", ("anxiety", "")),
        ("reading back through my diary, what helps on bad nights", ("sleep", "")),
        # unchanged: reading a book
        ("does reading before bed help me sleep", ("activity", "reading")),
        ("do novels lift my mood", ("activity", "reading")),
    ],
)  # fmt: skip
def test_the_journal_read(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


# ---- weighed with no "me", with its place, with "all the" ------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is a coffee with Marguerite on Fridays worth it", ("activity", "Marguerite")),
        ("those archery lessons at the club, any use", ("activity", "archery")),
        ("has all the foraging done anything for my sleep", ("activity", "foraging")),
        # unchanged: a clause put first is no thing, a known activity weighed
        ("when I'm worn out, does it hurt my mood", ("low_mood", "")),
        ("is the gym worth it", ("activity", "exercise")),
    ],
)  # fmt: skip
def test_weighed(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


# ---- the world and the app --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is it true that sugar makes anxiety worse", ("unknown", "")),
        ("does lavender cure insomnia", ("unknown", "")),
        ("how long does it take to cycle from Bath to Bristol", ("unknown", "")),
        ("can I attach a .pdf of my sleep study", ("unknown", "")),
        ("does dictation understand a Welsh accent", ("unknown", "")),
        # unchanged: the person's own claim, a cure asked of the journal
        ("is it true I sleep worse after wine", ("activity", "alcohol")),
        ("what cured my insomnia last time", ("sleep", "")),
    ],
)  # fmt: skip
def test_world_and_app(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


# ---- a last time asked in any order or in fragments ------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("my most recent sauna — which week was that", ("last_time", "sauna")),
        ("final proper lie-in. date?", ("last_time", "sleep")),
        ("last calm morning, when", ("last_time", "anxiety")),
        ("was it before Easter that I last rang Oksana", ("last_time", "Oksana")),
        ("is it months since I last went swimming", ("last_time", "exercise")),
        ("count the nights since my latest good sleep", ("last_time", "sleep")),
        ("how far back do I need to scroll to find a day I felt rested", ("last_time", "sleep")),
        ("can't remember when I last felt cheerful, help me find it", ("last_time", "low_mood")),
        ("the previous quiet week at work, when was that", ("last_time", "stress")),
        # unchanged: a window, a weighing, a pattern asked
        ("was I more anxious last week", ("anxiety", "")),
        ("what helped the last time I was this tired", ("energy", "")),
        ("which day of the week do I sleep worst", ("sleep", "")),
        ("did my last run help my mood", ("activity", "exercise")),
        ("was it the wine, the last time I slept badly?", ("activity", "alcohol")),
    ],
)  # fmt: skip
def test_last_time_in_any_order(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


# ---- spoken fillers, as voice typing writes them ----------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("um okay so like does the gym uh help my sleep", ("activity", "exercise")),
        ("hang on let me think, erm, do the ice baths calm me", ("activity", "ice baths")),
        # unchanged: words that only look like fillers
        ("does summer make me happier", ("low_mood", "")),
        ("is my humming at work a sign of stress", ("stress", "")),
    ],
)  # fmt: skip
def test_spoken_fillers(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)
