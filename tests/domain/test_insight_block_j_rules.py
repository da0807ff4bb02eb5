"""Topic rule families of round 21, each both ways (a question that now maps, one that keeps
its topic): the body braced in fear, a mood where nothing matters, eyes that will not stay open,
slang for sleep, "leave me" as an effect, a feeling put aside, the occasion of a feeling asked
"what helped when …", a dish made from scratch, slang names of the default activities, texting
by sound, "any sign that X …" and "what about X", a last time named first and dated after, the
weather and questions about people in general, printing the journal, someone on the phone or
ringing as company, a month word after a title, and the frame a thing is taken in; then the
families found on the third written corpus (family words before names, calendar dates and last
days, feeling phrases and occasions, a thing put up front, questions about the world)."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights.things import bare
from neuroleaf_desktop.domain.insights.wording import repaired
from tests.support.insight_topics import DEMO_ACTIVITIES, topic_of


# ---- the body braced in fear: "my throat clamps up", "hands go sweaty" ------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("whenever the landlord emails my throat clamps up, what settled that before",
         ("anxiety", "")),
        ("my hands go all sweaty before calls with the bank, what helped", ("anxiety", "")),
        ("heart pounding at 3am over nothing, anything that calmed it", ("anxiety", "")),
        ("I keep fretting about the mortgage, what's helped before", ("anxiety", "")),
        # unchanged: a chest that is not fear, a meeting that is work
        ("is yoga good for my chest", ("activity", "yoga")),
        ("what helps when meetings pile up at work", ("stress", "")),
    ],
)  # fmt: skip
def test_the_body_braced(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- nothing matters; can't be bothered with anyone ---------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("nothing really matters at the moment, what got me out of this last year",
         ("low_mood", "")),
        ("lost interest in pretty much everything, what helped before", ("low_mood", "")),
        ("can't be bothered to see anyone this month, what lifted me last time",
         ("low_mood", "")),
        # unchanged: plain "can't be bothered" is energy; "flat out" busy at work is not a mood
        ("can't be bothered to get off the sofa, what gives me energy", ("energy", "")),
        ("I've been working flat out on the report, what eases the stress", ("stress", "")),
    ],
)  # fmt: skip
def test_nothing_matters(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- eyes that will not stay open; get-up-and-go; flat out on the sofa --------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("mid-afternoon my eyelids start drooping in meetings, why", ("energy", "")),
        ("where has my get up and go gone this month", ("energy", "")),
        ("flat out on the couch every evening after the school run, is that normal for me",
         ("energy", "")),
        # unchanged: eyes at night are sleep, a flat mood is low mood
        ("why can't I close my eyes at night", ("sleep", "")),
        ("feeling flat all week, what helps", ("low_mood", "")),
    ],
)  # fmt: skip
def test_eyes_and_get_up_and_go(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- slang for sleep: kip, shut-eye, forty winks ------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("barely any kip this week, what sorted it before", ("sleep", "")),
        ("what gets me some decent shut-eye", ("sleep", "")),
        ("do I need forty winks after lunch more on work days", ("sleep", "")),
        # unchanged: a word holding "kip" is not sleep
        ("do I skip breakfast when I'm stressed", ("stress", "")),
    ],
)
def test_sleep_slang(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- "leave me more …" is an effect: the feeling it leaves is asked about ----------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does a stressful shift leave me more anxious at night", ("anxiety", "")),
        ("do worrying evenings leave me drained the next day", ("energy", "")),
        # unchanged: no feeling after the verb
        ("when I left work early was I less stressed", ("stress", "")),
    ],
)
def test_leave_me_as_an_effect(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a feeling put aside is not asked about ------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("forget my sleep for a second, what helps when I'm this anxious", ("anxiety", "")),
        ("leaving the stress aside, what lifts me when I'm low", ("low_mood", "")),
        ("never mind work, how do I get more energy", ("energy", "")),
        # unchanged: a feeling named and not put aside; "never mind" ending the question
        ("what helps my sleep when I'm anxious", ("sleep", "")),
        ("I can't sleep, never mind", ("sleep", "")),
    ],
)
def test_a_feeling_put_aside(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- "what helped when I was <feeling> before <occasion>": the occasion sets the scene ---------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what helped when I was nervous before my revision sessions", ("anxiety", "")),
        ("anything that worked when I got panicky ahead of my exams", ("anxiety", "")),
        # unchanged: the activity weighed itself, or asked about after the feeling
        ("does studying help when I'm anxious", ("activity", "study")),
        ("do exams make me anxious", ("activity", "study")),
    ],
)
def test_occasion_of_a_feeling(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a dish made from scratch is cooking --------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the nights I make soup for the week, am I calmer", ("activity", "cooking")),
        ("does making bread from scratch settle me", ("activity", "cooking")),
        ("is making a stew on Sundays good for my mood", ("activity", "cooking")),
        # unchanged: a dish eaten, something else made
        ("am I sluggish after a big curry", ("energy", "")),
        ("does making music help", ("activity", "music")),
    ],
)
def test_a_dish_from_scratch(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- slang names of the default activities -------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("do a few bevvies on a Friday wreck my sleep", ("activity", "alcohol")),
        ("am I worse the day after a night on the lash", ("activity", "alcohol")),
        ("does parkrun on a Saturday lift me", ("activity", "exercise")),
        ("is a sea dip before work good for my anxiety", ("activity", "exercise")),
        ("am I calmer after a box set evening", ("activity", "tv")),
        ("is youtube in bed keeping me up", ("activity", "screen late")),
        ("do lattes after 4pm mess with my sleep", ("activity", "caffeine late")),
        ("do a couple of pints wreck my sleep", ("activity", "alcohol")),
        # unchanged: a dip in mood, the school run
        ("why does my mood dip on Sundays", ("low_mood", "")),
        ("am I more stressed after the school run", ("stress", "")),
    ],
)
def test_slang_activities(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- texting by sound; "-n" for "-ing"; "4" for "for" --------------------------------------------
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("wot helpd wen i cudnt sleep", "what helped when i cudnt sleep"),
        ("is joggn gud 4 me", "is jogging good for me"),
        ("awake at 4 my time", "awake at 4 my time"),  # a time stays a number
        ("i have seen a cabin", "i have seen a cabin"),  # "-n" words that are no "-ing" stay
    ],
)
def test_texting_by_sound(typed: str, meant: str) -> None:
    assert repaired(typed) == meant


def test_texting_reaches_thetopic_of() -> None:
    assert topic_of("wen im stresd wot helps") == ("stress", "")
    assert topic_of("swimmn evry wk any gud 4 my mood") == ("activity", "exercise")


# ---- "any sign that X …", "what about X" ---------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("any sign that the allotment soothes me", ("activity", "allotment")),
        ("is there any evidence that birdwatching eases my worry", ("activity", "birdwatching")),
        ("what about archery, is it doing me any good", ("activity", "archery")),
        ("how about paddleboarding?", ("activity", "paddleboarding")),
        # unchanged: a known activity, a feeling asked about
        ("what about yoga, does it help", ("activity", "yoga")),
        ("any sign my sleep is improving", ("sleep", "")),
    ],
)
def test_signs_and_what_about(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a last time named first and dated after -----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the last time I felt properly rested, when was that", ("last_time", "sleep")),
        ("my last walk in the woods, how long ago was it", ("last_time", "nature")),
        ("last time I was this wound up - when was it?", ("last_time", "anxiety")),
        # unchanged: a last time whose help is asked, not its date
        ("last time I was this stressed, what helped?", ("stress", "")),
        ("when my last exam was over, did I sleep better", ("activity", "study")),
    ],
)
def test_last_time_dated_after(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- the weather, people in general, the app printing the journal --------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is it going to be cold and grim in Leeds tomorrow", ("unknown", "")),
        ("will it snow this weekend", ("unknown", "")),
        ("how much sleep is normal for a woman my age, generally speaking", ("unknown", "")),
        ("can I print out my entries for my GP", ("unknown", "")),
        ("can you send my check-ins to my counsellor", ("unknown", "")),
        # unchanged: the person's own weather, their own sleep
        ("does grey weather make me low", ("activity", "grey weather")),
        ("is seven hours enough sleep for me", ("sleep", "")),
    ],
)
def test_the_world_and_the_app(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- someone on the phone or ringing is company; a month word after a title ----------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Uncle Ray on the phone every Sunday, does it lift me", ("activity", "Ray")),
        ("am I calmer after I'm on the phone to Marguerite", ("activity", "Marguerite")),
        ("Dr Okafor rang with results and I was shaky after, is that a pattern",
         ("activity", "Okafor")),
        ("when did Auntie May and I last go shopping", ("last_time", "May")),
        ("last time uncle Bode visited, when was that", ("last_time", "Bode")),
        # unchanged: the phone as screen time, a month as a time
        ("is my phone at midnight ruining my sleep", ("activity", "screen late")),
        ("was I calmer in June", ("anxiety", "")),
    ],
)  # fmt: skip
def test_people_on_the_phone_and_titles(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- the frame a thing is taken in is not part of it ---------------------------------------------
def test_bare() -> None:
    assert bare("pottery course") == "pottery"
    assert bare("life drawing classes") == "life drawing"
    assert bare("lessons") == "lessons"  # a frame alone is kept
    assert bare("bowls club") == "bowls club"  # a club is a thing of its own


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("has the watercolour course done me any good", ("activity", "watercolour")),
        ("do I sleep better after fencing practice", ("activity", "fencing")),
        # unchanged: a frame of a known activity
        ("is the yoga class helping", ("activity", "yoga")),
    ],
)
def test_frames_left_off(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- found on the third written corpus: family words before names, calendar dates, last days ----
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a family word or title before a name: the person, not "family"
        ("does my cousin Marisol cheer me up", ("activity", "Marisol")),
        ("Uncle Tayo always stresses me out, does the journal show that", ("activity", "Tayo")),
        ("visits from Nonna Pia, are they good for me", ("activity", "Pia")),
        # a calendar date asked is a last time, not a date out
        ("what date did I last go for a swim", ("last_time", "exercise")),
        ("the date of my last counselling session?", ("last_time", "therapy")),
        ("the most recent night I slept through, which was it", ("last_time", "sleep")),
        # a feeling phrase is no thing; an occasion after a feeling sets the scene
        ("what helps after a panic attack", ("anxiety", "")),
        ("what eased the jitters before my viva", ("anxiety", "")),
        # a thing put up front and weighed
        ("reflexology — helping my sleep or not?", ("activity", "reflexology")),
        # questions about the world in the person's words
        ("what are the symptoms of seasonal depression", ("unknown", "")),
        ("does yoga lower cortisol, scientifically speaking", ("unknown", "")),
        # unchanged: a date out, a last week that is a window, family alone
        ("do dates help my mood", ("activity", "date")),
        ("last week I went running a lot, did it help", ("activity", "exercise")),
        ("does time with family help", ("activity", "family")),
    ],
)
def test_corpus_three_families(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question, DEMO_ACTIVITIES | {"date", "therapy"}) == expected
