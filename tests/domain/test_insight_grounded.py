"""An answer shows only items about what it says it looks at (``grounded.kept``), and a thing the
question names that the data lacks is answered as not there, whatever feeling is beside it
(``grounded.unheld``, through ``classify``)."""

from __future__ import annotations

from datetime import date

import pytest

from neuroleaf_desktop.domain.insights import classify
from neuroleaf_desktop.domain.insights.evidence import EvidenceItem, TopicEvidence
from neuroleaf_desktop.domain.insights.gather import gather
from neuroleaf_desktop.domain.insights.grounded import about, kept, unheld
from neuroleaf_desktop.domain.insights.named_activity import journal_writes
from neuroleaf_desktop.domain.insights.topic import Topic
from neuroleaf_desktop.domain.insights.wording import repaired
from tests.support.insight_topics import DEMO_ACTIVITIES

DAY = date(2026, 10, 20)


def _item(summary: str, what: str, *terms: str) -> EvidenceItem:
    return EvidenceItem(0, DAY, "pattern", summary, terms=terms, about=what)


# ---- every item is about the topic the answer claims ---------------------------------------
def test_items_about_another_feeling_are_dropped_and_the_rest_renumbered() -> None:
    found = TopicEvidence(
        Topic("sleep"),
        (
            _item("Your anxiety averaged 6.", "anxiety"),
            _item("You slept 7.1 hours on average.", "sleep"),
            _item("Your mood averaged 5.", ""),  # marked with nothing: never shown
        ),
    )
    shown = kept(found)
    assert [i.summary for i in shown.items] == ["You slept 7.1 hours on average."]
    assert [i.number for i in shown.items] == [1]
    assert shown.gaps == ()


def test_a_subject_item_must_be_about_that_subject_and_name_it() -> None:
    topic = Topic("activity", "bowling", "activity", "subject")
    found = TopicEvidence(
        topic,
        (
            _item("Your mood on walk days averaged 6.", "walk", "walk"),
            _item("Your check-ins list bowling on 3 days.", "bowling", "walk"),  # names another
        ),
    )
    shown = kept(found)
    assert not shown.items
    # with nothing left the answer is the plain gap, never the neighbouring subject's items
    assert shown.gaps and "bowling" in shown.gaps[-1]


def test_the_subjects_a_comparison_names_each_keep_their_items() -> None:
    topic = Topic("activity", "yoga", "activity", "subject", also=(("walk", "activity"),))
    found = TopicEvidence(
        topic,
        (
            _item("Your mood on yoga days averaged 7.", "yoga", "yoga"),
            _item("Your mood on walk days averaged 6.", "walk", "walk"),
            _item("Your mood on tv days averaged 4.", "tv", "tv"),
        ),
    )
    assert [i.about for i in kept(found).items] == ["yoga", "walk"]


def test_a_question_not_about_the_journal_shows_no_item() -> None:
    found = TopicEvidence(Topic("unknown"), (_item("Your mood averaged 5.", "low_mood"),))
    assert not kept(found).items


def test_about_marks_every_item() -> None:
    marked = about([_item("a", ""), _item("b", "sleep")], "energy")
    assert [i.about for i in marked] == ["energy", "energy"]


# ---- a thing named in the question's grammar, beside a feeling -------------------------------
# A journal that writes about walks, work and the kids, and never about the things asked.
WRITES = journal_writes(["Long walk with the kids after work.", "Cooked a curry, slept badly."])


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # where the person is when the feeling comes: a place the journal never names
        ("are my nerves any better when I'm at the garden centre?", ("activity", "garden centre")),
        ("how's my mood when I'm up at the caravan", ("activity", "caravan")),
        # what the person does before it: a thing the journal never names
        ("do I sleep any better after choir practice", ("activity", "choir")),
        ("am I less on edge after an evening at the bingo hall", ("activity", "bingo hall")),
        # asked as a last time: where the person went, or what came before
        ("when did I last feel calm after a morning at the lido", ("last_time", "lido")),
        ("how long since I was down at the marina feeling calm", ("last_time", "marina")),
    ],
)  # fmt: skip
def test_a_thing_the_data_lacks_is_the_subject_not_the_feeling(
    question: str, expected: tuple[str, str]
) -> None:
    topic = classify(question, activities=DEMO_ACTIVITIES, written=WRITES)
    assert (topic.kind, topic.subject) == expected


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # the thing is one the data holds, or a feeling, or work: the feeling is asked about
        ("what helps my nerves when I'm with the kids?", "anxiety"),
        # asked what helps: the place is where the feeling comes, not a thing weighed
        ("what helps my nerves when I'm at the garden centre?", "anxiety"),
        ("I'm wiped out after a double shift, what's helped me recharge", "energy"),
        # a time the feeling is set in, not a thing weighed
        ("has my mood lifted at all since I retired", "low_mood"),
        ("what helps when I'm in a slump", "low_mood"),
        ("what helps me sleep after a bad day", "sleep"),
        ("am I calmer when I'm with the kids", "anxiety"),
        ("what settles me when I'm anxious", "anxiety"),
    ],
)
def test_a_thing_the_data_holds_leaves_the_feeling(question: str, kind: str) -> None:
    topic = classify(question, activities=DEMO_ACTIVITIES, written=WRITES)
    assert topic.kind == kind


def test_with_the_journal_unknown_nothing_is_said_missing() -> None:
    # the rules alone read the feeling; only a known journal can show the thing is not there
    question = "is my mood any better when I'm round at the snooker club"
    assert classify(question, activities=DEMO_ACTIVITIES).kind == "low_mood"
    topic = classify(question, activities=DEMO_ACTIVITIES, written=WRITES)
    assert (topic.kind, topic.subject) == ("activity", "snooker club")


# ---- the check reads the thing itself, whatever feeling the rules read -----------------------
@pytest.mark.parametrize(
    ("question", "feeling", "missing"),
    [
        # a frame of how much or when around the thing, a verb of rest or energy after it
        ("does a spot of whittling of a Sunday wind me down?", "stress", "whittling"),
        ("has a morning's crabbing off the harbour wall ever calmed me?", "anxiety", "crabbing"),
        ("does an afternoon of bell ringing recharge me", "energy", "bell ringing"),
        # a count or size before the thing, in figures
        ("do the 1000-piece jigsaws help me wind down", "stress", "jigsaws"),
        # put to the app's reading of the journal
        ("be honest, do my entries show the sauna lifts me?", "low_mood", "sauna"),
    ],
)  # fmt: skip
def test_a_weighed_thing_the_data_lacks_is_caught_whatever_the_rules_read(
    question: str, feeling: str, missing: str
) -> None:
    # the rules' reading is given as the feeling: the check must not depend on them being right
    topic = unheld(Topic(feeling), repaired(question), DEMO_ACTIVITIES, (), WRITES)  # type: ignore[arg-type]
    assert topic is not None and (topic.kind, topic.subject) == ("activity", missing)
    assert topic.heading == f"Looking at: {missing}"  # the answer says what it looked at
    # ... and the whole path reads the same
    found = classify(question, activities=DEMO_ACTIVITIES, written=WRITES)
    assert (found.kind, found.subject) == ("activity", missing)


def test_a_weighed_thing_the_data_holds_is_left_to_the_rules() -> None:
    # the journal writes about walks: a walk in the same frame is no missing thing
    question = "does a bit of a walk of an evening wind me down?"
    assert unheld(Topic("stress"), question, DEMO_ACTIVITIES, (), WRITES) is None


# ---- a thing the question names, passed over by the reading of an activity --------------------
@pytest.mark.parametrize(
    ("question", "read_as", "missing"),
    [
        # the place it is done at, what is on in the background, the other side of a comparison
        ("since taking up bouldering at the climbing centre, any change in how low I get",
         ("exercise", "climbing"), "bouldering"),
        ("do my crochet evenings with a film on help me unwind", ("tv", "film"), "crochet"),
        ("paddleboarding out on the estuary versus a session at the gym, what's better for me",
         ("exercise", "gym"), "paddleboarding"),
    ],
)  # fmt: skip
def test_a_named_thing_the_reading_passed_over_is_answered_as_not_there(
    question: str, read_as: tuple[str, str], missing: str
) -> None:
    # the reading is given wrong on purpose: the check must not depend on the rules
    wrong = Topic("activity", read_as[0], "activity", "subject", (read_as[1],))
    topic = unheld(wrong, repaired(question), DEMO_ACTIVITIES, (), WRITES)
    assert topic is not None and (topic.kind, topic.subject) == ("activity", missing)
    found = gather(topic, [], [])
    assert not found.items and found.gaps


@pytest.mark.parametrize(
    ("question", "read_as"),
    [
        # the slot's thing is the reading's own, or one the data holds
        ("do my strolls down the canal towpath after dinner make a difference",
         ("walk", "strolls")),
        ("does a long walk with the kids help me sleep", ("walk", "walk")),
        ("has cooking a curry on a Sunday helped my mood", ("cooking", "cooking")),
        ("yoga or a walk, which calms me more?", ("yoga", "yoga")),
        # the reading's word is how the thing is done, or whom it is done with
        ("is bashing away on the drums in the garage any good for me", ("music", "drums")),
        ("are the Catan evenings with my old colleagues doing me any good",
         ("friends", "colleagues")),
    ],
)  # fmt: skip
def test_a_named_thing_the_reading_took_or_the_data_holds_is_left_alone(
    question: str, read_as: tuple[str, str]
) -> None:
    topic = Topic("activity", read_as[0], "activity", "subject", (read_as[1],))
    assert unheld(topic, question, DEMO_ACTIVITIES, (), WRITES) is None
