"""A frame's own verb is no thing, and a side singled out by "it" opens a comparison, both ways
(a thing the data lacks is answered as not there with no items; one it holds keeps its
reading), and the topic rules by class of wording that came with them: fear in the body told
adjective first, freedom from worry, another app on the phone, a thing's place on the app's
screen, a load snowed under with, the good of the day written down, and a person set apart and
then met as "we"."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights import classify
from neuroleaf_desktop.domain.insights.extract import names_thing, subject_in
from neuroleaf_desktop.domain.insights.gather import gather
from neuroleaf_desktop.domain.insights.grounded import unheld
from neuroleaf_desktop.domain.insights.named_activity import journal_writes
from neuroleaf_desktop.domain.insights.things import fronted_side
from neuroleaf_desktop.domain.insights.topic import Topic
from tests.support.insight_topics import DEMO_ACTIVITIES, topic_of

# A journal that writes the everyday verbs of starting and joining, as any journal does.
WRITES = journal_writes(
    ["Started a new book, joined the gym queue, began the week badly.", "Gave up early."]
)


def _sure(kind: str) -> dict[str, float]:
    """A classifier very sure of ``kind``."""
    return {k: (0.97 if k == kind else 0.01) for k in ("anxiety", "low_mood", "activity", "sleep")}


# ---- the verb of a frame whose thing is said elsewhere names nothing -----------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("has pottery made me any calmer since I began", ("pottery", "activity")),
        ("did choir do anything for my mood since I joined", ("choir", "activity")),
        ("has archery done me any good since I took it up", ("archery", "activity")),
        # the frame with its thing after it still names that thing
        ("since I took up fencing am I sleeping better", ("fencing", "activity")),
    ],
)  # fmt: skip
def test_the_thing_is_read_wherever_the_frame_leaves_it(
    question: str, expected: tuple[str, str]
) -> None:
    assert subject_in(question) == expected


@pytest.mark.parametrize(
    "question", ["has my mood lifted since I quit", "since I gave up, am I calmer", "when did I go"]
)
def test_a_frame_alone_names_nothing(question: str) -> None:
    assert subject_in(question) is None


def test_names_thing_tells_a_frame_from_a_thing() -> None:
    assert not names_thing("started")
    assert not names_thing("gave up")
    assert names_thing("sea kayaking")
    assert names_thing("long call")


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("has pottery made me any calmer since I began", "pottery"),
        ("did choir do anything for my mood since I joined", "choir"),
    ],
)  # fmt: skip
def test_a_sure_classifier_never_takes_the_frame_verb_as_the_subject(
    question: str, missing: str
) -> None:
    # the journal writes "began" and "joined": a subject read from the verb would borrow items
    topic = classify(question, activities=DEMO_ACTIVITIES, written=WRITES,
                     learned=lambda _q: _sure("activity"))  # fmt: skip
    assert (topic.kind, topic.subject) == ("activity", missing)
    found = gather(topic, [], [])
    assert not found.items and found.gaps


def test_a_reading_of_a_frame_verb_is_passed_over_by_the_grounding_check() -> None:
    # the reading is given wrong on purpose: the check must not depend on the rules
    wrong = Topic("activity", "began", "activity", "learned", ("began",))
    question = "has pottery made me any calmer since I began"
    topic = unheld(wrong, question, DEMO_ACTIVITIES, (), WRITES)
    assert topic is not None and (topic.kind, topic.subject) == ("activity", "pottery")


def test_a_thing_the_data_holds_keeps_its_reading_after_the_frame() -> None:
    topic = classify("has yoga made me any calmer since I started", activities=DEMO_ACTIVITIES,
                     written=WRITES, learned=lambda _q: _sure("activity"))  # fmt: skip
    assert (topic.kind, topic.subject) == ("activity", "yoga")
    right = Topic("activity", "yoga", "activity", "subject", ("yoga",))
    assert unheld(right, "has yoga made me any calmer since I started", DEMO_ACTIVITIES, (),
                  WRITES) is None  # fmt: skip


# ---- a side singled out by "it" opens the comparison ----------------------------------------
@pytest.mark.parametrize(
    ("question", "side"),
    [
        ("is it tap dancing or the gym that lifts me more", "tap dancing"),
        ("was it the pottery class or the choir that calmed me", "pottery"),
        # no side: "it" is the thing weighed, or a person
        ("is it worth it or not", ""),
        ("is it me or the weather", ""),
    ],
)  # fmt: skip
def test_a_cleft_comparison_opens_with_its_first_side(question: str, side: str) -> None:
    assert fronted_side(question) == side


def test_a_cleft_side_the_data_lacks_is_the_subject_not_the_known_side() -> None:
    question = "is it tap dancing or a walk that puts me in a better mood"
    topic = classify(question, activities=DEMO_ACTIVITIES, written=WRITES)
    assert (topic.kind, topic.subject) == ("activity", "tap dancing")
    assert not gather(topic, [], []).items
    # the reading taken wrongly as the other side is passed over by the grounding check too
    wrong = Topic("activity", "walk", "activity", "subject", ("walk",))
    passed = unheld(wrong, question, DEMO_ACTIVITIES, (), WRITES)
    assert passed is not None and passed.subject == "tap dancing"


def test_a_cleft_between_two_held_sides_keeps_both() -> None:
    topic = classify("is it yoga or a walk that settles me more", activities=DEMO_ACTIVITIES,
                     written=WRITES)  # fmt: skip
    assert (topic.kind, topic.subject) == ("activity", "yoga")
    assert [s for s, _k in topic.also] == ["walk"]


# ---- topic rules by class of wording ---------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # fear in the body told adjective first, and freedom from worry as calm's other names
        ("sweaty hands whenever the school's number comes up, what settles it",
         ("anxiety", "")),
        ("trembling hands before every meeting, anything that's helped?", ("anxiety", "")),
        ("when did I last feel properly carefree", ("last_time", "anxiety")),
        ("what was my last unworried weekend", ("last_time", "anxiety")),
        # another app on the phone is no question about this one; a thing on this one's screen is
        ("clammy palms whenever my parking app pings, anything in here that's eased it?",
         ("anxiety", "")),
        ("can I put a PIN on the journal app", ("unknown", "")),
        ("the little bell at the top of the screen, what does it do", ("unknown", "")),
        ("what's the red dot in the corner of the screen for", ("unknown", "")),
        # a load snowed under with is the load, not an activity asked about
        ("snowed under with my dissertation and the twins' exams, what got me through before",
         ("stress", "")),
        ("swamped with my brother's wedding plans, what eased it last time", ("stress", "")),
        ("does yoga help when I'm swamped with work", ("activity", "yoga")),
        # the good of the day written down is journaling
        ("jotting down what went right each night, any good for my mood",
         ("activity", "journaling")),
        ("writing down the best bits of my day before bed, worth it?",
         ("activity", "journaling")),
        ("three things that went well at work today, was it a good week", ("stress", "")),
        # a person set apart first, then met as "we"
        ("Ines, when did we last catch up properly?", ("last_time", "Ines")),
        ("Dimitri, how many months since we got together?", ("last_time", "Dimitri")),
        ("Honestly, when did we last go out for dinner", ("unknown", "")),
    ],
)  # fmt: skip
def test_rules_by_class_of_wording(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected
