"""Seven classes of wording the topic rules read by meaning, each with look-alikes both ways.

- Someone lifted "back up" ("what pulls you back up", "what got my energy back up") is a way
  back from a low, not the app's backup; backing up the journal still is.
- A state felt despite what was granted ("wiped out even after eight hours in bed", "knackered
  despite a full night's sleep") asks after that state; the sleep granted is only its condition.
- Two demands said to clash ("when the tax return and the audit clashed") are stress; a quarrel
  with the person in it ("my partner and I clashed") is not.
- A screen kept on past the hour of sleep ("videos in bed long after lights out", "box sets way
  past my bedtime") is the late screen; a book read then is still reading.
- A counted few lines about one's day ("writing three lines about my day", "a page or two about
  my day") is journaling; pages of an essay or a note to someone are not.
- A thing put up front with where it is done in two words of place ("beatboxing *along to* the
  radio", "crabbing *down by* the harbour") is that thing; a verb's own "up" or "around" ("catching
  *up with* the lads", "scooting *around on* the paddleboard") is no place.
- A lower-case word after someone's role ("my running buddy oskar", "lunch w my coworker
  ngaire") is that person when it is no English word the shipped vocabulary holds; "my flatmate
  and I", "my teammate every week", "my coworker said" stay as they were.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights.english_words import known
from tests.support.insight_topics import topic_of


# ---- lifted "back up" is a way back, the app's backup is the app -------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what pulls you back up when you can't see the point of anything", ("low_mood", "")),
        ("I'm a wet rag today, what perked me back up last time", ("low_mood", "")),
        ("feeling gutted, what got me back up on my feet last time", ("low_mood", "")),
        ("when she's flat as a pancake what brings her back up", ("low_mood", "")),
        ("gutted after the funeral, what brought me back up", ("low_mood", "")),
        ("what helped me climb back up out of that hole in the winter", ("low_mood", "")),
        ("hollow and grey all week, what lifted you back up before", ("low_mood", "")),
        # unchanged: backing up the journal is about the app
        ("can I back up my journal to a USB stick", ("unknown", "")),
        ("how do you back up?", ("unknown", "")),
        ("will it back up my entries to the cloud", ("unknown", "")),
    ],
)
def test_lifted_back_up_is_a_way_back(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a state felt despite what was granted is the state asked after -----------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("wiped out by mid-morning even after eight hours in bed, why", ("energy", "")),
        ("knackered all afternoon despite a full night's sleep, what's going on", ("energy", "")),
        ("why was I so sluggish on Tuesday even though I slept nine hours", ("energy", "")),
        ("dead on my feet by lunch in spite of an early night, why", ("energy", "")),
        ("even with a solid night's kip, he's drained by ten, what helps", ("energy", "")),
        ("exhausted although I'd had a lie-in, what's that about", ("energy", "")),
        ("why do I sleep badly even after a calm day", ("sleep", "")),
        # unchanged: the feeling outside the concession is still the one asked after
        ("even though I'm exhausted, why can't I drop off", ("sleep", "")),
        ("why am I so tired after a bad night", ("energy", "")),
    ],
)
def test_a_state_despite_what_was_granted(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- two demands clashing are stress ------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what kept me afloat when the tax return and the audit clashed", ("stress", "")),
        ("what helped when the house move and my finals collided", ("stress", "")),
        ("the night shifts and the school run keep clashing, does anything help", ("stress", "")),
        ("what got me through when the wedding and the year-end close coincided", ("stress", "")),
        ("when Christmas and the stocktake overlapped last year, how was I", ("stress", "")),
        ("her exams and the new job clashing all spring, what kept her sane", ("stress", "")),
        # unchanged: a quarrel with the person in it is no pile of demands
        ("when my partner and I clashed, what helped", ("low_mood", "")),
        ("do I sleep worse when my sister and I clash", ("activity", "family")),
        ("my mum and I clashed over the holidays, what cheered me up", ("activity", "family")),
    ],
)
def test_two_demands_clashing_are_stress(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a screen kept on past the hour of sleep is the late screen --------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("thumbing through videos in bed long after lights out, why am I foggy next day",
         ("activity", "screen late")),
        ("watching clips in bed well after lights-out, does it wreck my sleep",
         ("activity", "screen late")),
        ("she binges shows in bed long after the lights go off, is that why she's shattered",
         ("activity", "screen late")),
        ("box sets way past my bedtime, is that why I'm knackered", ("activity", "screen late")),
        ("films in bed hours past bedtime, what do they do to me", ("activity", "screen late")),
        ("tiktoks in bed way past bedtime, why am I so groggy", ("activity", "screen late")),
        # unchanged: a book then is reading, the hour alone is sleep
        ("reading in bed long after lights out, does it help", ("activity", "reading")),
        ("after lights out I lie awake for hours, why", ("sleep", "")),
    ],
)  # fmt: skip
def test_a_screen_past_bedtime_is_the_late_screen(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a counted few lines about one's day are journaling -----------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("writing three lines about my day in a notebook at lunchtime, does it help",
         ("activity", "journaling")),
        ("penning five sentences about how my day went before bed, worth it",
         ("activity", "journaling")),
        ("jotting 3 sentences about my day before bed, is it worth it", ("activity", "journaling")),
        ("scribbling a handful of lines on how my day went, good for me?",
         ("activity", "journaling")),
        ("typing two short paragraphs about my day on the train, does that help me",
         ("activity", "journaling")),
        ("writing a page or two about my day after tea, has it helped me",
         ("activity", "journaling")),
        # unchanged: pages of an essay, a note to someone
        ("writing three pages of my dissertation every day, is the pressure getting to me",
         ("stress", "")),
        ("writing a few lines to my gran, does it cheer me up", ("low_mood", "")),
    ],
)  # fmt: skip
def test_counted_lines_about_the_day_are_journaling(
    question: str, expected: tuple[str, str]
) -> None:
    assert topic_of(question) == expected


# ---- a thing put up front, where it is done said in two words of place -------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("beatboxing along to the radio on my drive in, any good for me",
         ("activity", "beatboxing")),
        ("paddle boarding across to the island at weekends, any good for me",
         ("activity", "paddle boarding")),
        ("whittling down by the canal on a Sunday, worth it", ("activity", "whittling")),
        ("stone skimming down at the lake with the kids, any good for me",
         ("activity", "stone skimming")),
        ("tap dancing along to old musicals in the kitchen, any good for me",
         ("activity", "tap dancing")),
        ("fossil hunting down on the beach at low tide, worth it", ("activity", "fossil hunting")),
        ("crabbing down by the harbour with the kids, does it help", ("activity", "crabbing")),
        ("metal detecting over at the farm fields, any use", ("activity", "metal detecting")),
        # unchanged: a doing the rules know keeps its activity
        ("singing along to the radio, any good for me", ("activity", "music")),
        ("working out at the gym, any good for me", ("activity", "exercise")),
        # ... and a verb's own "up" is no place: catching up with them is time with them
        ("afternoons catching up with the lads from uni, good for me or not",
         ("activity", "friends")),
        ("zipping around on the paddleboard at the reservoir, good for me or not",
         ("activity", "paddleboarding")),
    ],
)  # fmt: skip
def test_a_fronted_thing_with_two_words_of_place(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a lower-case name after a role ------------------------------------------------------------
def test_the_shipped_vocabulary_is_read() -> None:
    # the voice models ship with the app: without their word list no lower-case name is read
    assert known()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("lunch w my coworker ngaire, does it lift me", ("activity", "Ngaire")),
        ("walks with my running buddy oskar, do they help", ("activity", "Oskar")),
        ("gym sessions with my gym buddy kwame, any good for me", ("activity", "Kwame")),
        ("when did I last see my mate ximena for a coffee", ("last_time", "Ximena")),
        ("did band practice with your bandmate tavita calm you down", ("activity", "Tavita")),
        ("coffee with our neighbour femi on sundays, does it cheer me up", ("activity", "Femi")),
        # unchanged: an English word after the role is no one
        ("my flatmate and I go running, does it help", ("activity", "friends")),
        ("coffee with my teammate every week, does it help", ("activity", "friends")),
        ("my coworker said yoga helps, does it", ("activity", "yoga")),
        ("yoga with my flatmate tbh, does it help", ("activity", "yoga")),
        ("my teammate evry week drags me to spin, does it help", ("activity", "friends")),
    ],
)
def test_a_lower_case_name_after_a_role(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected
