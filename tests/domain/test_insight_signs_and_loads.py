"""Topic rule families read by class of wording, each both ways (a question that now maps, one
that keeps its topic): a tremor where fear sits, the inside gone unsteady and a startled
animal's words as fear; limbs of matter with no strength, a head propped up at the desk and a
spark to get back as energy; surfacing in the small hours and getting back off as sleep;
demands landing together as stress (whatever is listed before it is the load); the kit of a
home workout, small woods, a flow, the other instruments and any dish made by the pot as their
activities; a platform a practice is learnt from and the phone's own screens as no screen time;
how the journal shows on a device as a question about the app; a doing taken up as that doing;
a last time counted in weekends; the holidays of the year as times, not names or nights."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights.asides import aside
from neuroleaf_desktop.domain.insights.things import bare
from tests.support.insight_topics import topic_of


# ---- fear felt in the body, or as a startled animal -------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("there's a flutter in my chest every time the school rings, what's helped",
         ("anxiety", "")),
        ("a tremor in my stomach before the appraisal, what settles that", ("anxiety", "")),
        ("why does my throat go all wobbly when I have to speak up in meetings", ("anxiety", "")),
        ("Jangly all morning.", ("anxiety", "")),
        ("Shaky inside again.", ("anxiety", "")),
        ("all of a quiver before the hospital letter, what calms me", ("anxiety", "")),
        ("tied up in knots about Friday", ("anxiety", "")),
        # unchanged: an activity weighed, a sore throat beside a low mood
        ("does walking help when I'm low", ("activity", "walk")),
        ("I have a sore throat and feel low, what helps", ("low_mood", "")),
    ],
)  # fmt: skip
def test_fear_in_the_body(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a body with no strength in it ------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("arms like cooked spaghetti by lunchtime, why", ("energy", "")),
        ("my legs have turned to jelly every afternoon this week", ("energy", "")),
        ("Floppy as a rag doll.", ("energy", "")),
        ("why am I holding my head up with both hands by four o'clock", ("energy", "")),
        ("what helps me get my oomph back after a long week", ("energy", "")),
        # unchanged: strings played are music
        ("does playing the guitar help my mood", ("activity", "music")),
    ],
)  # fmt: skip
def test_no_strength(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- surfacing in the small hours, and getting back off ---------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("I keep surfacing around four and can't settle, why", ("sleep", "")),
        ("what helps me drop back off when the baby stirs", ("sleep", "")),
        ("still wide eyed at 3ish most nights, what works", ("sleep", "")),
        ("zzz pls, what's helped", ("sleep", "")),
        # unchanged: a long run of z is a key held down
        ("zzzzzzzzzzzz", ("unknown", "")),
    ],
)  # fmt: skip
def test_back_off(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- demands landing together; whatever is listed before it is the load -----------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("The boiler, my sister's wedding, the tax return, it's all landing in the same week. "
         "What got me through before?", ("stress", "")),
        ("my dad's op, the move and year-end at work, it all came at once, what helped",
         ("stress", "")),
        ("The kids, my brother's divorce and the audit, everything is piling on me. Any ideas?",
         ("stress", "")),
        # unchanged: the person weighs a visit when it all lands at once
        ("does seeing my mum help when it all lands at once", ("activity", "family")),
    ],
)  # fmt: skip
def test_piled_on(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


def test_the_load_listed_is_an_aside() -> None:
    listed = "Work, my mum's hospital visits and the car, it's all at once. What helps?"
    assert aside(listed, ("family", "mum"))
    assert not aside("does seeing my mum help when it's all at once?", ("family", "mum"))


# ---- the activities in more of their words ----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("do ten minutes with the jump rope lift me", ("activity", "exercise")),
        ("is the punchbag in the shed good for my temper", ("activity", "exercise")),
        ("does an hour in the copse behind the church calm me", ("activity", "nature")),
        ("a stroll through the arboretum, does it help", ("activity", "nature")),
        ("does a gentle flow before bed help my sleep", ("activity", "yoga")),
        ("is playing the penny whistle good for me", ("activity", "music")),
        ("does practising my scales on the oboe settle me", ("activity", "music")),
        ("am I brighter on days I make a huge batch of gumbo", ("activity", "cooking")),
        ("do I feel better after putting on a big pot of pilau", ("activity", "cooking")),
        ("does following a TikTok workout in the lounge help my mood", ("activity", "exercise")),
        # unchanged: a platform watched in bed is the late screen
        ("does YouTube in bed till 1 wreck my sleep", ("activity", "screen late")),
    ],
)  # fmt: skip
def test_activity_words(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- the app on a device; a doing taken up; a last time by the calendar -----------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("can I put a widget for the journal on my lock screen", ("unknown", "")),
        ("how do I stop my partner reading this journal thing on the laptop", ("unknown", "")),
        ("Has taking up birdwatching done anything for my mood?", ("activity", "birdwatching")),
        ("how many Sundays ago did I last go for a walk", ("last_time", "walk")),
        ("the last time I felt this low, was it before Hogmanay?", ("last_time", "low_mood")),
        ("the last time I slept badly, was it before or after Burns Night?",
         ("last_time", "sleep")),
        # unchanged: screen time late at night stays the late screen
        ("does my phone screen at midnight keep me up", ("activity", "screen late")),
    ],
)  # fmt: skip
def test_app_and_calendar(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    ("phrase", "thing"),
    [("taking up beekeeping", "beekeeping"), ("getting into birding", "birding"),
     ("pick up a hook", "pick up a hook"), ("taking photos", "taking photos")],
)  # fmt: skip
def test_a_doing_taken_up_is_the_doing(phrase: str, thing: str) -> None:
    assert bare(phrase) == thing
