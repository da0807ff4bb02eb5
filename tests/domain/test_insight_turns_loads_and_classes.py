"""Topic rule families read by class of wording, each both ways (a question that now maps, one
that keeps its topic): the gut turning over, a talk replayed in the head and a name showing up
on the phone as fear; the world turned the colour of something dull as low mood; a battery at
zero and a tank run to its last drops as energy; tossing about as sleep; a load flattening the
person as it goes on as stress; a workout class by its made-up name, racing boats rowed with a
club, a wet wood of alders, the talking therapies, a long go at a dish and the work once shared
with old colleagues as their activities; a stepbrother by name as the person; what a thing has
done for someone as its weighing; a child of an age asked of no one as the world."""

from __future__ import annotations

import pytest

from tests.support.insight_topics import topic_of


# ---- fear in the body and the head ------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("my stomach does a somersault whenever the boss emails, what settled it before",
         ("anxiety", "")),
        ("I keep rehearsing the meeting in my head, what calms that", ("anxiety", "")),
        ("when a withheld number flashes up on my phone my chest tightens, what helped",
         ("anxiety", "")),
        # unchanged: the phone held in bed is the late screen, and a talk replayed at 4am sleep
        ("is my phone in bed keeping me up", ("activity", "screen late")),
        ("replaying conversations at 4am, anything that got me sleeping", ("sleep", "")),
    ],
)  # fmt: skip
def test_fear_in_body_and_head(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- the world dulled, the tank emptied, a night tossed about, a load pressing ----------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("everything's gone the colour of dishwater lately, what's lifted it before",
         ("low_mood", "")),
        ("my battery's at nothing by four most days, what gives me a lift", ("energy", "")),
        ("getting by on the dregs by mid-afternoon, what's helped", ("energy", "")),
        ("tossing around all night again, any pattern in what I did", ("sleep", "")),
        ("the admin is burying me at the moment, what took the edge off before", ("stress", "")),
        # unchanged: flattened afterwards is energy spent, and a run on a track is a run
        ("long shifts leave me flattened, what helps me recover", ("energy", "")),
        ("running on the track before work, does it lift me", ("activity", "exercise")),
    ],
)  # fmt: skip
def test_world_tank_night_load(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- canonical activities in new words; a stepbrother by name ---------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("do the Monday HIIT sessions at the leisure centre help my mood",
         ("activity", "exercise")),
        ("has rowing regattas in the summer done anything for my nerves",
         ("activity", "exercise")),
        ("is a ramble round the willow carr good for me", ("activity", "nature")),
        ("has the talking-therapies course at the surgery helped me", ("activity", "therapy")),
        ("are my Saturday dumplings sessions good for me or not", ("activity", "cooking")),
        ("are the quiz nights with my former workmates doing me any good", ("activity", "friends")),
        ("is my half-sister Priya good for me", ("activity", "Priya")),
        ("weekends with the stepkids, do they wear me out", ("activity", "family")),
        # unchanged: a race is a run, a lone rower names their own doing, plain colleagues are
        # work, and a film marathon is screen time, not a race
        ("did training for the half marathon lift my mood", ("activity", "exercise")),
        ("are my colleagues stressing me out", ("stress", "")),
        ("is a film marathon on a Sunday good for me", ("activity", "tv")),
    ],
)  # fmt: skip
def test_activities_and_people(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- what a thing has done for someone; a child's age asked of no one ---------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what has fly fishing done for my mood", ("activity", "fly fishing")),
        ("what did the pottery course do for me", ("activity", "pottery")),
        ("how much sleep does a nine-year-old need", ("unknown", "")),
        ("how many naps should a six-month-old have", ("unknown", "")),
        # unchanged: an age of the person's own child is about the person's night
        ("does my three-year-old waking at five wreck my sleep", ("sleep", "")),
        ("what did I do last time I felt low", ("low_mood", "")),
        ("what has previously lifted me when I've been downhearted", ("low_mood", "")),
    ],
)  # fmt: skip
def test_done_for_and_ages(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected
