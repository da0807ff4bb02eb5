"""Eleven classes of wording the topic rules read by the question's grammar, each both ways.

- A last time shared with someone, or theirs ("me and Oksana, when was *our* last catch-up",
  "when was Gran's last visit") asks for a date; "did our last night out help" weighs it.
- The state woken in ("when you wake up feeling hollow", "why do I wake up so sad") is the
  feeling asked after: the waking only says when; tired or groggy on waking is still sleep.
- Work started ("since I started working from home", "working nights") is no pursuit taken
  up: the feeling named is asked after; working out, running, volunteering still are.
- Low said of a thing's level ("at low tide", "low-key evenings", "a low light") is no mood;
  a low tide said of the person still is.
- The old parlour and folk instruments ("pumping away at the harmonium", "the melodeon") are
  music; pumping up a tyre is not.
- A session with a care service ("phone sessions with the wellbeing service", "check-ins
  with the mental health nurse", "my CPN") is therapy; a phone in bed is still the screen.
- The mind emptied into a notebook of any kind ("a spiral notebook", "an exercise book", "a
  battered old jotter") is journaling; an exercise book is no exercise, nor a book read.
- One journal kept by more than one person ("can two people share one journal on this
  laptop") is about the app; two people at work are not.
- A walk or a run with a word of what is walked, where, how fast or when before it ("dog
  walking", "power walking", "fell running") is that doing; a pursuit's own word before it
  ("tightrope walking", "sword fighting"), a capitalised style ("Nordic walking") and a swim
  by its water ("sea swimming") still name a practice of their own.
- A pursuit of two or three words said taken up ("since starting *tai chi* am I calmer",
  "since getting into Brazilian jiu jitsu") keeps all its words; "yoga classes" is yoga.
- A pastime done with company is the pastime ("bowling with the girls from sixth form",
  "canasta with the cousins", as a named activity is the subject); a meal, a catch-up or the
  nights it fills with them are time with them ("karaoke Thursdays with the girls").
"""

from __future__ import annotations

import pytest

from tests.support.insight_topics import DEMO_ACTIVITIES, topic_of

APP = ("unknown", "")
# the demo profile also logs these two
LOGS = DEMO_ACTIVITIES | {"journaling", "therapy"}


# ---- a last time shared with someone, or theirs, asks for a date -------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("me and Jonty, when was our last night out", ("last_time", "Jonty")),
        ("Priya and I, when was our latest proper chat", ("last_time", "Priya")),
        ("when were our last few days away, me and Tom", ("last_time", "Tom")),
        ("when was Gran's last visit", ("last_time", "Gran")),
        ("when was our last family meal together", ("last_time", "family")),
        ("my sister and me - when was our most recent trip to the coast", ("last_time", "family")),
        ("when did we have our last proper chat, Ola and me", ("last_time", "Ola")),
        # unchanged: a shared last time weighed, not dated
        ("did our last night out help my mood", ("low_mood", "")),
        ("what helped after our last row", ("low_mood", "")),
    ],
)
def test_a_shared_last_time(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- the state woken in is the feeling asked after ---------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("when you wake up feeling hollow, what gets you going", ("low_mood", "")),
        ("why do I wake up so sad on Sundays", ("low_mood", "")),
        ("mornings I wake up miserable, what lifts it", ("low_mood", "")),
        (
            "I woke up feeling utterly hopeless again, what got me through last time",
            ("low_mood", ""),
        ),
        ("I wake up feeling empty most mornings, what helps", ("low_mood", "")),
        ("when I wake up anxious, what calms me", ("anxiety", "")),
        ("he wakes up panicky every day, what helps", ("anxiety", "")),
        # unchanged: tired, groggy or awake too early on waking is the night's sleep
        ("why do I wake up tired", ("sleep", "")),
        ("waking up groggy every morning, what helps", ("sleep", "")),
        ("I wake up at 4am and can't get back to sleep", ("sleep", "")),
    ],
)
def test_the_state_woken_in(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- work started is no pursuit taken up --------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("my sleep's gone haywire since I started working from home", ("sleep", "")),
        ("my anxiety's been worse since I started working nights", ("anxiety", "")),
        ("have I been more drained since I started working shifts", ("energy", "")),
        ("is my mood worse since I began working weekends", ("low_mood", "")),
        ("since starting the new job my sleep is rubbish, why", ("sleep", "")),
        ("we've been so anxious since we started working longer hours", ("anxiety", "")),
        # unchanged: working out, running and a pursuit taken up are still the doing
        ("since I started working out, do I sleep better", ("activity", "exercise")),
        ("since I started running my sleep has improved, is that real", ("activity", "exercise")),
        (
            "since I started volunteering at the food bank, am I happier",
            ("activity", "volunteering"),
        ),
    ],
)
def test_work_started_is_no_pursuit(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- low said of a thing's level is no mood -----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("fishing off the rocks at low tide, does it calm me", ("activity", "fishing")),
        ("a walk on the sand at low tide, good for me", ("activity", "walk")),
        ("a dog walk after low tide, good for me", ("activity", "walk")),
        ("a stroll before low tide, does it lift me", ("activity", "walk")),
        ("low-key evenings in with a film, do they help my mood", ("activity", "tv")),
        ("reading by a low light at night, is it bad for my sleep", ("activity", "reading")),
        # unchanged: low said of the person, a low tide said as a mood
        ("why am I so low lately", ("low_mood", "")),
        ("feeling lower than usual, what helps", ("low_mood", "")),
        ("my mood's been low since the clocks changed", ("low_mood", "")),
        ("I'm a low tide lately, what brought the tide back in before", ("low_mood", "")),
    ],
)
def test_low_of_a_thing(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- the old parlour and folk instruments are music ---------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "pumping away at the old harmonium in the front room, does it lift me",
            ("activity", "music"),
        ),
        ("wheezing away on the melodeon, does it cheer me", ("activity", "music")),
        ("playing the church organ on Sundays, good for me", ("activity", "music")),
        ("a hammered dulcimer of an evening, any good", ("activity", "music")),
        ("has the zither calmed her down", ("activity", "music")),
        ("did practising the harpsichord help my nerves", ("activity", "music")),
        # unchanged: pumping and squeezing things that are not instruments
        ("pumping up my bike tyres, does it help", ("activity", "exercise")),
        ("scrolling my phone in bed, is it bad for me", ("activity", "screen late")),
    ],
)
def test_old_instruments_are_music(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a session with a care service is therapy ---------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "my fortnightly phone sessions with the wellbeing service, are they helping",
            ("activity", "therapy"),
        ),
        ("check-ins with the mental health nurse every week, worth it", ("activity", "therapy")),
        ("my sessions at the wellbeing hub, are they doing anything", ("activity", "therapy")),
        (
            "has seeing the mental health team every month made a difference",
            ("activity", "therapy"),
        ),
        ("do the calls with my CPN help", ("activity", "therapy")),
        (
            "weekly phone appointments with the talking therapies team, any good",
            ("activity", "therapy"),
        ),
        # unchanged: a call with family, a phone in bed
        ("phone calls with my mum, do they help", ("activity", "family")),
        ("is my phone in bed till one making me grumpy", ("activity", "screen late")),
    ],
)
def test_a_care_service_is_therapy(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question, LOGS) == expected


# ---- the mind emptied into a notebook of any kind is journaling ---------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "emptying my head into a spiral notebook before bed, does it help",
            ("activity", "journaling"),
        ),
        (
            "pouring it all out into an exercise book before sleep, does it calm me",
            ("activity", "journaling"),
        ),
        (
            "dumping my thoughts into a battered old jotter at night, worth it",
            ("activity", "journaling"),
        ),
        (
            "getting my worries down onto a scrap of paper before lights out, any good",
            ("activity", "journaling"),
        ),
        (
            "does tipping my mind out into a cheap notepad help me settle at night",
            ("activity", "journaling"),
        ),
        (
            "he empties his head into a notebook before bed, does that help him sleep",
            ("activity", "journaling"),
        ),
        # unchanged: an exercise book is no exercise, nor a book read; exercises still are
        ("my daughter's exercise books are everywhere, is the mess stressing me", ("stress", "")),
        ("doing my physio exercises, any good", ("activity", "exercise")),
        ("reading in bed before sleep, does it help", ("activity", "reading")),
    ],
)
def test_a_notebook_of_any_kind(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question, LOGS) == expected


# ---- one journal kept by more than one person is about the app ---------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("can two people share one journal on this laptop", APP),
        ("can my wife and I share the same journal on one computer", APP),
        ("is it possible for two of us to keep separate journals on one PC", APP),
        ("do we need separate profiles if my son wants to use it too", APP),
        ("can my boyfriend and me share a single diary on the tablet", APP),
        ("we're three people on one family computer, can each keep a journal", APP),
        # unchanged: two people at work, both of us up with the baby
        ("two people at work stress me out, what helps", ("stress", "")),
        ("both of us were up all night with the baby, how's my sleep", ("sleep", "")),
    ],
)
def test_a_journal_kept_by_several(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a word of what is walked, where, how fast or when keeps the walk or the run ---------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does dog walking help", ("activity", "walk")),
        ("does dog walking help my mood", ("activity", "walk")),
        ("does power walking help my anxiety", ("activity", "walk")),
        ("does cross-country running lift me", ("activity", "exercise")),
        ("has hill walking made me calmer", ("activity", "walk")),
        ("fell running at the weekend, am I brighter after", ("activity", "exercise")),
        ("has evening jogging lifted my mood", ("activity", "exercise")),
        # unchanged: a pursuit's own word, a capitalised style, a swim by its water
        ("has tightrope walking helped my nerves", ("activity", "tightrope walking")),
        ("does sword fighting help me", ("activity", "sword fighting")),
        ("since I took up stilt walking, am I any cheerier", ("activity", "stilt walking")),
        ("is Nordic walking good for me", ("activity", "Nordic walking")),
        ("does sea swimming help my mood", ("activity", "sea swimming")),
    ],
)
def test_a_kept_word_keeps_the_doing(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a pursuit of several words said taken up keeps them all ------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("since starting tai chi am I calmer", ("activity", "tai chi")),
        (
            "since getting into Brazilian jiu jitsu, am I less anxious",
            ("activity", "Brazilian jiu jitsu"),
        ),
        ("since I took up krav maga have I slept better", ("activity", "krav maga")),
        ("since starting tai chi have I slept better", ("activity", "tai chi")),
        ("since taking up qi gong do I feel less wound up", ("activity", "qi gong")),
        ("since we got into ballroom dancing are we happier", ("activity", "ballroom dancing")),
        # unchanged: a default activity in a frame, a doing followed by the feeling
        ("since starting yoga am I calmer", ("activity", "yoga")),
        ("since starting yoga classes am I calmer", ("activity", "yoga")),
        ("since I started running my sleep has improved, is that real", ("activity", "exercise")),
    ],
)
def test_a_pursuit_taken_up_keeps_its_words(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a pastime done with company is the pastime -------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "bowling with the girls from sixth form, am I brighter the next day",
            ("activity", "bowling"),
        ),
        ("bowling with my mates, does it help", ("activity", "bowling")),
        ("canasta with the cousins, does it help", ("activity", "canasta")),
        ("karaoke with the girls from the office, does it cheer me up", ("activity", "karaoke")),
        ("does climbing with my mates help", ("activity", "exercise")),
        ("darts with the lads, good for me?", ("activity", "darts")),
        # the other way: a meal or the nights a pastime fills with them are time with them
        (
            "karaoke Thursdays with the girls from the office, do they cheer me up",
            ("activity", "friends"),
        ),
        ("bowling nights with the girls, do they help", ("activity", "friends")),
        (
            "a fish supper on the harbour wall with my mates, am I cheerier after",
            ("activity", "friends"),
        ),
    ],
)
def test_a_pastime_with_company(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected
