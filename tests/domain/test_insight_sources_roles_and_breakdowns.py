"""Eleven classes of wording the topic rules read by meaning, each with look-alikes both ways.

- The journal kept from someone's eyes ("hide my entries from my nosy flatmate", "stop my sister
  reading my journal") is about the app; hiding a feeling from someone is not.
- The journal run on a device ("does the journal work on a smartwatch", "will this app run on my
  old tablet") is about the app; "my work on the laptop" is not.
- A spirit named with its mixer, or a mixed drink by name ("rum and cokes", "an Aperol spritz"),
  is alcohol; a rum cake or a glass of coke is not.
- A running session named by its drill ("hill sprints", "fartlek", "interval training") is
  exercise; a sprint at work is not.
- A diary of a named kind, or a lone doing done in one ("filling in my one-line-a-day diary",
  "scribbling in my bullet journal"), is journaling; a full diary of appointments is not.
- Gone flat or limp by an hour of the day ("flat as a pancake by two every afternoon", "wilting
  by mid-afternoon") is energy; flat for weeks or since a loss stays low mood.
- Two demands juggled or balanced at once ("juggling a poorly parent and a new manager") are
  stress; juggling balls, or with a nephew in the garden, is the pastime.
- A thing the household runs on giving out ("the month the boiler died", "the car failed its
  MOT") is stress; a person who died is a loss.
- A worry named by its source ("exam worries", "revision nerves") is the worry, and in a "when"
  clause only the condition of the feeling asked after; revising for exams is still study.
- Low since someone else moved to a place ("since my best friend moved to Nanaimo") is the low
  mood; the place one moved to oneself stays the subject.
- A part played at a sport ("marshalling at parkrun", "belaying for my kid at the climbing
  wall") is that part, not the sport's exercise; swimming at the lido is still the sport.
"""

from __future__ import annotations

import pytest

from tests.support.insight_topics import topic_of

APP = ("unknown", "")


# ---- the journal kept from someone's eyes is about the app -------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("any way to hide my entries from my nosy flatmate", APP),
        ("can I lock my diary away from the kids", APP),
        ("how do I keep my journal private from my husband", APP),
        ("is there a way to stop my sister reading my entries", APP),
        ("will it stop my mum from snooping through my journal", APP),
        ("she wants to hide her entries from her partner, can she", APP),
        ("my teenager keeps peeking at my journal, how do I keep the entries safe from him", APP),
        # unchanged: a feeling hidden from someone, a person who is only nosy
        ("hiding my feelings from my family, does it make me worse", ("activity", "family")),
        ("is my nosy flatmate stressing me out", ("activity", "friends")),
    ],
)
def test_the_journal_kept_from_someone(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- the journal run on a device is about the app -----------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does the journal work on a smartwatch", APP),
        ("will this app run on my old tablet", APP),
        ("can I use the diary on a Chromebook laptop", APP),
        ("does it work with an android phone", APP),
        ("would the journal thing run on my dad's ancient laptop", APP),
        ("does the app open on an iPad", APP),
        # unchanged: work done on a laptop; a laptop dying, asked about the journal on it
        ("does my work on the laptop stress me out", ("stress", "")),
        ("if my laptop dies, can I get my entries back", APP),
    ],
)
def test_the_journal_run_on_a_device(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a spirit with its mixer, or a mixed drink by name, is alcohol ------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("a couple of rum and cokes on the balcony of a Friday, what are they doing to me",
         ("activity", "alcohol")),
        ("vodka lemonades with the girls on a Saturday, do they leave me low",
         ("activity", "alcohol")),
        ("does a jack and coke before bed wreck my sleep", ("activity", "alcohol")),
        ("an Aperol spritz in the sun, how am I after", ("activity", "alcohol")),
        ("her gin tonics after work, are they making her anxious", ("activity", "alcohol")),
        ("margaritas at the Mexican place last night, is that why I felt rough",
         ("activity", "alcohol")),
        ("we had mojitos at the wedding, was I flat the day after", ("activity", "alcohol")),
        # unchanged: rum baked into a cake, mixers with no spirit in them
        ("the rum cake my nan bakes, does it cheer me", ("activity", "cooking")),
        ("I've been on lemonade and tonic water all month, am I sleeping better", ("sleep", "")),
    ],
)  # fmt: skip
def test_a_mixed_drink_is_alcohol(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a running session named by its drill is exercise -------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("hill sprints up the lane behind the house, do they lift me", ("activity", "exercise")),
        ("fartlek on the canal path twice a week, how am I after", ("activity", "exercise")),
        ("interval training at the track, does it calm me", ("activity", "exercise")),
        ("we did shuttle runs at football, was I brighter", ("activity", "exercise")),
        ("hill reps on Sundays, do they help my sleep", ("activity", "exercise")),
        ("has she been sleeping better since the beach sprints started",
         ("activity", "exercise")),
        # unchanged: a sprint at work is a stretch of work
        ("the two-week sprint at work is crushing me", ("stress", "")),
        ("we're in a release sprint at work, why am I so tense", ("anxiety", "")),
    ],
)  # fmt: skip
def test_a_running_drill_is_exercise(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a diary of a named kind, or a doing done in one, is journaling -----------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("filling in my one-line-a-day diary before lights out, does it help",
         ("activity", "journaling")),
        ("does scribbling in my bullet journal help", ("activity", "journaling")),
        ("jotting in my dream journal at dawn, any good for my nerves",
         ("activity", "journaling")),
        ("keeping a five-year diary, does it settle me", ("activity", "journaling")),
        ("my dream journal, has it calmed my nights", ("activity", "journaling")),
        ("writing in my pen-and-paper diary every night, is it helping",
         ("activity", "journaling")),
        # unchanged: a doing in a place no rule reads, in a book that is no diary
        ("pottering in the garden, does it help", ("activity", "pottering")),
        ("doodling in my sketchbook, does it calm me", ("activity", "doodling")),
    ],
)  # fmt: skip
def test_a_kind_of_diary_is_journaling(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- gone flat by an hour of the day is energy ---------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("flat as a pancake by two every afternoon, why", ("energy", "")),
        ("I'm wilting by mid-afternoon most days, what's behind it", ("energy", "")),
        ("why is she fading come four o'clock", ("energy", "")),
        ("flat by 3pm at my desk, what helps", ("energy", "")),
        ("totally deflated by lunchtime on Mondays, why", ("energy", "")),
        ("he's flat as a fart by teatime, any pattern", ("energy", "")),
        # unchanged: flat for weeks, or with tears, is the low mood
        ("I've felt flat for weeks since the funeral, what helps", ("low_mood", "")),
        ("flat and tearful all week, why", ("low_mood", "")),
        ("when she's flat as a pancake what brings her back up", ("low_mood", "")),
    ],
)
def test_flat_by_an_hour_is_energy(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- two demands juggled at once are stress ------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("juggling a poorly parent and a new manager, how do I stay on top of it", ("stress", "")),
        ("juggling the kids, the job and the house - what keeps me sane", ("stress", "")),
        ("she's juggling two jobs and a newborn, how does she cope", ("stress", "")),
        ("balancing night shifts with the kids, why am I so tense", ("stress", "")),
        ("keeping all the plates spinning at work and home, what helps", ("stress", "")),
        ("I was juggling the wedding and a house move in May, what got me through",
         ("stress", "")),
        # unchanged: juggling as a pastime
        ("juggling balls and clubs at circus class, does it lift me",
         ("activity", "juggling balls and clubs")),
        ("juggling with my nephew in the garden, good for me", ("activity", "juggling")),
    ],
)  # fmt: skip
def test_two_demands_juggled_are_stress(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a household thing giving out is stress ------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what got me through the month the boiler died and the car failed its MOT",
         ("stress", "")),
        ("the week the washing machine packed up and the roof leaked, how did I cope",
         ("stress", "")),
        ("when the pipes burst in January, what kept me going", ("stress", "")),
        ("my van got nicked in March, what helped me through", ("stress", "")),
        ("how did she get through the winter the heating kept breaking down", ("stress", "")),
        ("the car broke down twice this month and I'm frazzled, what helps", ("stress", "")),
        # unchanged: a person who died, a car only taken somewhere
        ("the month my grandad died, what helped", ("low_mood", "")),
        ("the car journey to my mum's, does it lift me", ("activity", "family")),
    ],
)  # fmt: skip
def test_a_household_breakdown_is_stress(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a worry named by its source is the worry ---------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("when exam worries build up do my nights get choppier", ("sleep", "")),
        ("when revision worries pile up do I sleep badly", ("sleep", "")),
        ("whenever money worries kick in, is my sleep worse", ("sleep", "")),
        ("when her exam stress peaks, does she sleep worse", ("sleep", "")),
        ("do exam nerves keep me up at night", ("sleep", "")),
        ("how do I cope with exam anxiety", ("anxiety", "")),
        ("do my gym nerves make me tense before class", ("anxiety", "")),
        # unchanged: the studying or the gym weighed (a feeling word done to someone is a verb),
        # the worry the only feeling asked
        ("does revising for exams help me sleep", ("activity", "study")),
        ("is the gym good for my anxiety", ("activity", "exercise")),
        ("does studying stress me out", ("activity", "study")),
        ("does the big weekly shop with my mum stress me out", ("activity", "family")),
        ("when exam worries build up, what calms me", ("anxiety", "")),
    ],
)
def test_a_worry_named_by_its_source(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- low since someone else moved away is the low mood ------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("down in the dumps ever since my best friend moved to Nanaimo", ("low_mood", "")),
        ("down since my best mate moved to Perth", ("low_mood", "")),
        ("feeling low since my best mate moved to Perth", ("low_mood", "")),
        ("I'm low since my brother emigrated to Canada", ("low_mood", "")),
        ("she's been tearful since her son headed off to Calgary", ("low_mood", "")),
        ("so flat ever since our Tom left for Berlin", ("low_mood", "")),
        # unchanged: the place the person moved to themselves
        ("I've been calmer since I moved to Leeds", ("activity", "Leeds")),
        ("was I happier since I moved to Whitby", ("activity", "Whitby")),
    ],
)
def test_low_since_someone_moved_away(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a part played at a sport is that part, not the sport ---------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("marshalling at parkrun every Saturday, does it lift me", ("activity", "marshalling")),
        ("belaying for my kid at the climbing wall, am I calmer after", ("activity", "belaying")),
        ("helping out at the rowing club regatta, does it lift me", ("activity", "helping out")),
        ("timekeeping at the athletics club, does it help", ("activity", "timekeeping")),
        ("coaching at the swimming club, does it help my mood", ("activity", "coaching")),
        ("stewarding at the gym's open day, was I brighter after", ("activity", "stewarding")),
        ("handing out water at the marathon, was I happier after", ("activity", "handing out")),
        # unchanged: the sport done there
        ("swimming at the lido, does it help", ("activity", "exercise")),
        ("training at the gym before work, worth it", ("activity", "exercise")),
        ("lifting weights at the gym, does it help", ("activity", "exercise")),
        ("parkrun every Saturday, does it lift me", ("activity", "exercise")),
    ],
)
def test_a_part_played_at_a_sport(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected
