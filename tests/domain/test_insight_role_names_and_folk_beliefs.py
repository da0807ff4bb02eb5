"""Two classes of question that must not borrow another topic's items, each both ways.

A shared doing with someone named by their role and their name ("walks with my running buddy
Oskar", "jamming with my bandmate Tavita"): the named person is the subject, as with "my friend
Chidi", whatever the role's word; a role alone ("my running buddies", "my colleagues") keeps the
companion or the doing. A belief about what a thing does to anyone, doubted and asked of no one
("does cheese late really give you nightmares", "do folk sleep worse when the clocks change"):
a question about the world, not the journal; asked of "me" it stays the person's own."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights import classify
from tests.support.insight_topics import DEMO_ACTIVITIES, topic_of


# ---- someone named by their role and name is the subject ---------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("walks with my running buddy Oskar — do they help?", ("activity", "Oskar")),
        ("do practice sessions with my bandmate Tavita help my mood?", ("activity", "Tavita")),
        ("does training with my teammate Rangi make me less anxious", ("activity", "Rangi")),
        ("coffee with my coworker Siosaia, does it help", ("activity", "Siosaia")),
        ("do runs with my gym buddy Kwame help", ("activity", "Kwame")),
        ("yoga with my classmate Ayesha, does it settle me", ("activity", "Ayesha")),
        ("does reading with my workmate Tomasz help me sleep", ("activity", "Tomasz")),
        ("do walks with my runnin buddy Oskar help", ("activity", "Oskar")),
        ("did cooking with my roommate Yusuf cheer me up last month", ("activity", "Yusuf")),
        ("do walks with your running buddy Oskar help you?", ("activity", "Oskar")),
        ("did my one-to-ones with my line manager Grete leave me more stressed",
         ("activity", "Grete")),
        # unchanged: a role alone is the companion or the doing
        ("do walks with my running buddies help?", ("activity", "walk")),
        ("does time with friends help", ("activity", "friends")),
        ("does band practice with my bandmates help my mood", ("activity", "band")),
    ],
)  # fmt: skip
def test_a_person_named_by_role_and_name_is_the_subject(
    question: str, expected: tuple[str, str]
) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("walks with my running buddy Oskar — do they help?", "Oskar"),
        ("coffee with my coworker Siosaia, does it help", "Siosaia"),
    ],
)
def test_a_role_named_person_the_journal_holds_keeps_their_own_items(
    question: str, name: str
) -> None:
    topic = classify(question, activities=DEMO_ACTIVITIES, names=(name,))
    assert (topic.kind, topic.subject, topic.subject_kind) == ("activity", name, "name")


# ---- a doubted belief about anyone is a question about the world ------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "does eating cheese late really give you nightmares",
        "does a full moon really keep you awake",
        "can drinking warm milk actually help you drop off",
        "does chamomile tea really make you drowsy",
        "does sugar really make kids hyper",
        "does cheese before bed rly give u weird dreams",
        "do folk sleep worse when the clocks change",
        "do ppl get moodier in winter",
        "does a hot bath genuinely help people sleep",
    ],
)
def test_a_doubted_belief_about_anyone_is_about_the_world(question: str) -> None:
    assert topic_of(question) == ("unknown", "")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does eating cheese late give me nightmares", ("sleep", "")),
        ("does cheese really give me nightmares", ("sleep", "")),
        ("does a walk really help me sleep", ("activity", "walk")),
        ("do walks really help you sleep, going by my journal", ("activity", "walk")),
        ("does yoga really help", ("activity", "yoga")),
        ("do I get moodier in winter", ("low_mood", "")),
        ("is it true I sleep better after a bath?", ("activity", "bath")),
    ],
)  # fmt: skip
def test_a_belief_asked_of_me_stays_about_the_journal(
    question: str, expected: tuple[str, str]
) -> None:
    assert topic_of(question) == expected
