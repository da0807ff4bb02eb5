"""Topic rule families of round 22, each both ways (a question that now maps, one that keeps
its topic): a breath held or cut short in fear, the colour gone out of things, pulling away
from people (the people are the sign, not the activity), getting through a stretch like the
one just told, a verb that is itself the energy taken, "since I took up X", lengths and laps
swum, the practice words of yoga, a walk among trees, the verbs of making a dish, "take my mind
off", a last time placed by what it fell near or by its distance, and "is it normal for
everyone"."""

from __future__ import annotations

import pytest

from tests.support.insight_topics import topic_of


# ---- a breath held or cut short -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("I hold my breath whenever the school's number comes up, what has eased that",
         ("anxiety", "")),
        ("short of breath before every appraisal, anything that helped", ("anxiety", "")),
        ("my breathing goes shallow on the bus, what settled me before", ("anxiety", "")),
        ("I forget to breathe when the phone rings at work, what has helped", ("anxiety", "")),
        # unchanged: breathing weighed after an activity, an activity named
        ("is my breathing any better after yoga", ("activity", "yoga")),
        ("does swimming help my mood", ("activity", "exercise")),
    ],
)  # fmt: skip
def test_a_breath_held(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- the colour gone out of things --------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("life feels so grey at the moment, what helped me last spring", ("low_mood", "")),
        ("everything seems bleak since Christmas, anything that lifted it", ("low_mood", "")),
        ("been under a cloud all week, what got me out of it before", ("low_mood", "")),
        # unchanged: a grey thing that is not a mood, a feeling named
        ("is my sleep worse when the grey mornings come", ("sleep", "")),
        ("what calms me when I'm panicking", ("anxiety", "")),
    ],
)  # fmt: skip
def test_colour_gone(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- pulling away from people ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("I keep ignoring my mates' texts for no reason, what brought me back last time",
         ("low_mood", "")),
        ("been avoiding my family for weeks, what helped me before", ("low_mood", "")),
        ("pushing people away again, what's worked before", ("low_mood", "")),
        ("I've gone silent on the group chat, what got me out of it last time",
         ("low_mood", "")),
        ("haven't rung my dad for weeks, what helped before", ("low_mood", "")),
        # unchanged: time with friends or family weighed
        ("does seeing my friends lift me", ("activity", "friends")),
        ("am I calmer after a weekend with family", ("activity", "family")),
    ],
)  # fmt: skip
def test_pulling_away(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a stretch like the one told; someone's share as well as mine ------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the boiler's gone, the kids are off school and the tax return is due, how did I cope "
         "with a week like this before", ("stress", "")),
        ("covering my colleague's clients as well as my own this month, what kept me sane",
         ("stress", "")),
        # unchanged: a feeling names the stretch; an ordinary week asked about
        ("how did I get through a sad week like this, what lifted me", ("low_mood", "")),
        ("how did I sleep this week", ("sleep", "")),
    ],
)  # fmt: skip
def test_a_stretch_like_this(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a verb that is itself the energy taken -----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does worrying about the kids tire me out", ("energy", "")),
        ("do deadlines sap my energy by Thursday", ("energy", "")),
        ("does anxiety wipe me out the day after", ("energy", "")),
        # unchanged: the energy word is the cause, the feeling asked is the outcome
        ("does being exhausted make me more anxious", ("anxiety", "")),
        ("what helps with stress at work", ("stress", "")),
    ],
)  # fmt: skip
def test_energy_taken(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- "since I took up X" names X ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("has my sleep changed since I took up birdwatching", ("activity", "birdwatching")),
        ("am I less anxious since I started tai chi", ("activity", "tai chi")),
        ("is my mood any better since we joined the choir", ("activity", "choir")),
        # unchanged: a job started is work, a known activity keeps its name
        ("have I been more stressed since I started the new role", ("stress", "")),
        ("have I been more anxious since I started the new job", ("anxiety", "")),
        ("is my mood better since I started running", ("activity", "exercise")),
    ],
)  # fmt: skip
def test_since_taken_up(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- lengths and laps, yoga's own words, a walk among trees, making a dish ---------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("a few lengths before my shift, do I feel any calmer", ("activity", "exercise")),
        ("swimming laps at lunchtime, worth it for my mood", ("activity", "exercise")),
        ("does a downward dog before bed help me sleep", ("activity", "yoga")),
        ("a vinyasa class on Thursdays, does it settle me", ("activity", "yoga")),
        ("strolling among the trees on Sunday, does it lift me", ("activity", "nature")),
        ("does rustling up a curry after work cheer me up", ("activity", "cooking")),
        ("when I whip up a big soup am I calmer", ("activity", "cooking")),
        ("a pot of stew on the hob on Sundays, does it relax me", ("activity", "cooking")),
        # unchanged: a plain walk, hot baths (no swim: a thing of its own), lengths of time
        ("does a walk in the park help my mood", ("activity", "walk")),
        ("do hot baths help me sleep", ("activity", "hot baths")),
        ("does going to great lengths at work stress me out", ("stress", "")),
    ],
)  # fmt: skip
def test_activities_in_new_words(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- "take my mind off", "clear my head" weigh a thing ------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does fencing take my mind off work", ("activity", "fencing")),
        ("does sketching clear my head", ("activity", "sketching")),
        ("is karaoke good when I'm feeling flat", ("activity", "karaoke")),
        # unchanged: a known activity, and no thing weighed
        ("does reading take my mind off things", ("activity", "reading")),
        ("what takes my mind off the panic", ("anxiety", "")),
    ],
)  # fmt: skip
def test_take_my_mind_off(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a last time placed by what it fell near, or by its distance -------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("my last swim, was it around my birthday", ("last_time", "exercise")),
        ("the last proper night's sleep I had, what month was that", ("last_time", "sleep")),
        ("haven't felt this calm in ages, how long ago was the last time",
         ("last_time", "anxiety")),
        # unchanged: what helped last time, and a comparison of before and after
        ("last time I was this low, what helped", ("low_mood", "")),
        ("was I calmer before or after the holiday", ("anxiety", "")),
    ],
)  # fmt: skip
def test_last_time_placed(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- people at large -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is it common for everybody to sleep badly in a heatwave", ("unknown", "")),
        ("is it normal for teenagers to be so tired", ("unknown", "")),
        ("is it usual for night nurses to sleep this badly", ("unknown", "")),
        # unchanged: the person's own normal
        ("is it normal for me to feel this tired", ("energy", "")),
        ("is it normal for my sleep to be this broken", ("sleep", "")),
    ],
)  # fmt: skip
def test_people_at_large(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected
