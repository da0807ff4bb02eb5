"""Topic rule families read by class of wording, each both ways (a question that now maps, one
that keeps its topic): words typed as they sound ("goin", "fone"); a day that is a write-off,
not a request to write; messages left unanswered as low mood; the person as a phone nearly out
of charge as energy; what the person worries about as the condition, not a doing; a log of
good things as journaling; a doing named by its capitalised style ("Morris dancing") as that
thing, not a person; one thing weighed as beating another as a comparison; the journal carried
onto an e-reader as a question about the app; a last time asked of a state told first ("a calm
week, when did that last happen") or of something not done for ages ("haven't … in forever,
when was it")."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights import classify
from tests.support.insight_topics import DEMO_ACTIVITIES, topic_of


# ---- texting by sound; a write-off ------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("chest goin ten to the dozen evry time the fone buzzes, wat calms it", ("anxiety", "")),
        ("so wiped aftr the school run, wat helps", ("energy", "")),
        ("the whole weekend felt like a write-off, totally out of puff", ("energy", "")),
        # unchanged: a request to write still asks the app for something
        ("can you write me a poem about autumn", ("unknown", "")),
        ("does doin yoga before bed help me sleep", ("activity", "yoga")),
    ],
)  # fmt: skip
def test_texting_by_sound_and_write_offs(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- messages left lying; the person as a phone on low charge -----------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("left all my messages unread for a week, what pulled me out last time", ("low_mood", "")),
        ("leaving emails unopened all week, what's that about", ("low_mood", "")),
        ("I'm like a phone on 4% by mid-morning, what's going on", ("energy", "")),
        ("this phone-at-2%-by-lunch thing every day, any pattern", ("energy", "")),
        # unchanged: the phone itself on charge, and leaving the phone out of the bedroom
        ("does leaving my phone downstairs help me sleep", ("activity", "screen late")),
    ],
)  # fmt: skip
def test_messages_left_and_phone_charge(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a worry's object is the condition ----------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does fretting about my daughter's exams keep me awake", ("sleep", "")),
        ("does stressing over my partner's homework marking wreck my sleep", ("sleep", "")),
        # unchanged: the person's own revision weighed, and a doing that helps with a worry
        ("does my revision for exams make me anxious", ("activity", "study")),
        ("does swimming help when I'm stressed about exams", ("activity", "exercise")),
    ],
)  # fmt: skip
def test_what_is_worried_about(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a log of good things; a style of a doing; one thing beating another ------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("keeping a gratitude notebook by the bed, worth it", ("activity", "journaling")),
        ("does a gratitude log at bedtime settle me", ("activity", "journaling")),
        ("has Nordic walking with the club lifted me at all", ("activity", "Nordic walking")),
        ("am I calmer since I took up Irish dancing", ("activity", "Irish dancing")),
        ("does fencing at the sports hall beat the gym for my head", ("activity", "fencing")),
        # unchanged: what beats a feeling weighs the doing alone, and a plain "or" compares
        ("does a run beat the blues", ("activity", "exercise")),
        ("is a jog or yoga better for my sleep", ("activity", "exercise")),
    ],
)  # fmt: skip
def test_logs_styles_and_beats(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


def test_a_compared_side_that_beats_the_other_keeps_the_other_in_also() -> None:
    topic = classify("does archery beat yoga for my nerves", activities=DEMO_ACTIVITIES)
    assert (topic.kind, topic.subject) == ("activity", "archery")
    assert ("yoga", "activity") in topic.also


# ---- the journal on an e-reader ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("will the diary entries go on the Kindle too", ("unknown", "")),
        ("could I take my journal entries on the e-reader on holiday", ("unknown", "")),
        # unchanged: reading on the e-reader is reading
        ("does reading on my Kindle before bed help me sleep", ("activity", "reading")),
    ],
)  # fmt: skip
def test_journal_onto_a_device(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a last time of a state told first, or of a thing not done for ages --------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("a calm evening without any worry, when did that last happen", ("last_time", "anxiety")),
        ("a full night's sleep, when did that last happen", ("last_time", "sleep")),
        ("Oksana and I haven't had a proper natter for ages, when was that",
         ("last_time", "Oksana")),
        # unchanged: when it was worst asks for a pattern, and a plain "when did that happen"
        # is no last time
        ("haven't been sleeping well for weeks, when was it worst", ("sleep", "")),
        ("a morning with no dread, when did that happen", ("anxiety", "")),
    ],
)  # fmt: skip
def test_last_time_of_a_state_or_of_long_ago(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected
