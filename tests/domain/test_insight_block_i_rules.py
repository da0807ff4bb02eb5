"""Topic rule families of round 20, each both ways (a question that now maps, one that keeps
its topic): a body's image of fear in its contracted form, making a meal as cooking, a last
time shared with someone, "done anything for", fillers typed fast or as adverbs beside an
activity, a person and what they do after "after", a person met or spoken to as company, a
thing taken up and asked about as "it", days named by what happens on them, a long story
ending in a general ask (its people and places only set the scene), a title before a name,
and a person a weighed phrase is done with when the journal names no one."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights import classify
from neuroleaf_desktop.domain.insights.extract import person_in, taken_up
from neuroleaf_desktop.domain.insights.told_things import (
    on_days,
)
from neuroleaf_desktop.domain.insights.wording import repaired

ACTIVITIES = {"walk", "exercise", "friends", "family", "yoga", "alcohol", "work", "reading",
              "music", "cooking", "tv", "nature", "screen late", "study"}  # fmt: skip


def _topic(question: str, activities: set[str] = ACTIVITIES) -> tuple[str, str]:
    topic = classify(question, activities=activities)
    return topic.kind, topic.subject


# ---- a knot of fear, contracted: "my gut's in knots", "tummy's churning" ----------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("my gut's in knots about the tribunal, what calmed me before", ("anxiety", "")),
        ("tummy's been churning all week about the move, what helps", ("anxiety", "")),
        ("my stomach gets tied in knots on Sunday nights, what helps", ("anxiety", "")),
        # unchanged: a stomach that is not fear, a knot that is not a body
        ("is yoga good for my stomach", ("activity", "yoga")),
        ("what helps when I feel low", ("low_mood", "")),
    ],
)
def test_knots_of_fear(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


# ---- making a meal is cooking ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does making a big family meal lift my mood", ("activity", "cooking")),
        ("is preparing lunch for the week good for my stress", ("activity", "cooking")),
        ("am I calmer on evenings I make dinner for everyone", ("activity", "cooking")),
        # unchanged: making something else, a meal eaten
        ("does making time for friends help", ("activity", "friends")),
        ("am I more tired after a big dinner", ("energy", "")),
    ],
)
def test_making_a_meal(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


# ---- a last time shared: "when did Femi and I last …" ------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("when did Femi and I last talk properly", ("last_time", "Femi")),
        ("when did Rosa and I last go for a walk", ("last_time", "Rosa")),
        ("when did my brother and I last meet up", ("last_time", "family")),
        # unchanged: one's own last time, and a question that is not a last time
        ("when did I last go for a walk", ("last_time", "walk")),
        ("did Femi and I argue more in winter", ("activity", "Femi")),
    ],
)
def test_last_time_together(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


# ---- "done anything for", and fillers beside an activity ---------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("has reiki done anything for my sleep", ("activity", "reiki")),
        ("has the gym done me any good lately", ("activity", "exercise")),
        ("did aqua aerobics do anything for my back", ("activity", "aqua aerobics")),
        ("is yoga evn helping my anxiety", ("activity", "yoga")),
        ("does cycling honestly help my mood", ("activity", "exercise")),
        # unchanged: what the person did, not a thing weighed; a new thing of two words
        ("what have I done for my anxiety before", ("anxiety", "")),
        ("does sea swimming help my mood", ("activity", "sea swimming")),
    ],
)
def test_done_anything_and_fillers(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("evn", "even"),
        ("eveen", "even"),
        ("christmas eve", "christmas eve"),  # a real word one slip from "even" stays
    ],
)
def test_even_repaired(typed: str, meant: str) -> None:
    assert repaired(typed) == meant


# ---- a person and what they do, met or spoken to: the person is the subject -------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("do I sleep worse after Declan stays over", ("activity", "Declan")),
        ("is my anxiety worse after Imogen drops by", ("activity", "Imogen")),
        ("do I sleep better on days I see Amara and go for a run", ("activity", "Amara")),
        ("is my mood better when Ravi and I cook together", ("activity", "Ravi")),
        ("am I calmer after I speak to Tunde and do yoga", ("activity", "Tunde")),
        # unchanged: a family role, a two-word thing after "after", a place beside an activity
        ("am I anxious after Mum rings", ("activity", "family")),
        ("am I calmer after tai chi", ("activity", "tai chi")),
        ("do I run more in Lisbon", ("activity", "exercise")),
    ],
)
def test_a_person_and_what_they_do(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


# ---- a thing taken up, asked about as "it" -----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("I took up calligraphy in spring, has it helped my mood?", ("activity", "calligraphy")),
        # an instrument is music, as a known word taken up is its activity (wild swimming)
        ("I took up the ukulele in spring, has it helped my mood?", ("activity", "music")),
        ("I've joined a book club, is it doing me any good", ("activity", "reading")),
        ("I've started wild swimming, any sign it helps my sleep?", ("activity", "exercise")),
        ("ive signed up for pottery, think it's calming me down?", ("activity", "pottery")),
        # unchanged: no "it" asked about, a new job (work), a feeling started
        ("I've started a new job, is that why I'm so tired", ("energy", "")),
        ("I've started waking at 4am, does it mean anything", ("sleep", "")),
        ("I've taken up knitting and I love it, what else helps my mood", ("low_mood", "")),
    ],
)
def test_taken_up_and_asked_as_it(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


def test_taken_up_reads_only_a_thing_asked_about() -> None:
    assert taken_up("I've taken up crochet, any sign it settles me?") == ("crochet", "activity")
    assert taken_up("I've taken up crochet and I love the colours") is None
    assert taken_up("I've started feeling low, is it the weather") is None


# ---- days named by what happens on them ----------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is my sleep worse on karaoke nights", ("activity", "karaoke")),
        ("how do I feel on pottery mornings", ("activity", "pottery")),
        ("how anxious am I on my volunteering days", ("activity", "volunteering")),
        # unchanged: days named by what they are like, work days, a known activity's days
        ("is my mood worse on rainy days", ("low_mood", "")),
        ("am I more tired on school nights", ("energy", "")),
        ("what did I do on my best days", ("low_mood", "")),
        ("how is my anxiety on work days", ("anxiety", "")),
        ("is my mood better on gym days", ("activity", "exercise")),
    ],
)
def test_days_named_by_a_thing(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


def test_on_days_reads_one_or_two_words_only() -> None:
    assert on_days("how is my mood on bouldering nights") == "bouldering"
    assert on_days("late evenings on the laptop and weekends at my desk") == ""


# ---- a long story ending in a general ask: the story's feeling ---------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "the dog's been ill, my sister keeps ringing about mum's care home and I'm running on "
            "fumes by lunchtime every single day this month, anything in here about what gets me "
            "going again",
            ("energy", ""),
        ),
        (
            "we moved house in March, I go to the gym before work but I still lie awake most "
            "nights until three or four, is there anything about what got me sleeping before",
            ("sleep", ""),
        ),
        # unchanged: the ask names the activity ("it"), a short question
        (
            "we moved house in March, I go to the gym before work but I still lie awake most "
            "nights until three or four, is it the gym that does it",
            ("activity", "exercise"),
        ),
        ("does seeing my sister help my mood", ("activity", "family")),
    ],
)
def test_long_story_general_ask(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


# ---- people and places only in a long story's background set its scene ------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "my cousin Bea flew back to Manila on Sunday and the flat's quiet again, I've been "
            "tearful every evening since, what pulled me out of this before",
            ("low_mood", ""),
        ),
        (
            "the twins are teething, my partner Luis is working away in Hamburg and I'm doing "
            "every school run alone, I'm running on empty, anything that helped before",
            ("energy", ""),
        ),
        # unchanged: a person asked about in the asking part, a short question with a name
        (
            "my cousin Bea flew back to Manila on Sunday and the flat's quiet again, I've been "
            "tearful every evening since, does talking to Bea help",
            ("activity", "Bea"),
        ),
        ("is my mood better after I see Bea", ("activity", "Bea")),
    ],
)
def test_story_background_names(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


# ---- a title or family word before a name: the name is the person ----------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("do my chats with Dr Okoro help my anxiety", ("activity", "Okoro")),
        ("does lunch with Auntie Mei lift me", ("activity", "Mei")),
        ("after a chat with dr mensah am I calmer", ("activity", "Mensah")),
        ("do I sleep better after seeing mrs oduya", ("activity", "Oduya")),
        # unchanged: a family word alone
        ("does time with Nana help me", ("activity", "Nana")),
    ],
)
def test_titles_before_names(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


# ---- a person a weighed phrase is done with, when the journal names no one ---------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("do calls with Priya help", ("activity", "Priya")),
        ("does lunch with Omar help my mood", ("activity", "Omar")),
        ("do chats with NADIA help", ("activity", "Nadia")),
        ("do walks with Tomasz help", ("activity", "Tomasz")),
        # unchanged: company that names no one, an activity with its own words
        ("do walks with the dog help", ("activity", "walk")),
        ("does time with friends help me", ("activity", "friends")),
    ],
)
def test_person_in_a_weighed_phrase(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected
    assert _topic(question, set()) == expected or expected[1] in ("walk", "friends")


def test_person_in() -> None:
    assert person_in("do calls with Priya help") == "Priya"
    assert person_in("does time with LENA help") == "Lena"
    assert person_in("does time with friends help") == ""
    assert person_in("do walks with the dog help") == ""
