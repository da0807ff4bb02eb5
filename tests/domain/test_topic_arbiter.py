"""The arbiter's lead: where the rules' keyword decided a topic but the classifier gives that
kind almost nothing and another kind far more, the classifier's kind is taken even below the
``strong`` bar; a close call, "unknown", or a kind that needs a subject nobody found is not.

The rules' topics come from the real rules; the classifier's scores are written here, so each
test pins the policy, not a model's mood."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights import Topic, classify
from neuroleaf_desktop.domain.insights.arbiter import CHOSEN, Policy, decide, sure
from neuroleaf_desktop.domain.insights.topics import arbitrate

ACTIVITIES = ("walk", "yoga", "friends", "work", "reading")
NO_LEAD = Policy(CHOSEN.weak, CHOSEN.strong, CHOSEN.leave_subject, CHOSEN.to_unknown)


def rules(question: str) -> Topic:
    topic = classify(question, activities=ACTIVITIES)
    assert topic.method in ("keywords", "subject") and topic.score >= 1.0  # a confident answer
    return topic


def test_the_policy_uses_a_lead_and_no_lead_is_never() -> None:
    assert 0.0 < CHOSEN.lead < CHOSEN.strong
    assert NO_LEAD.lead > 1.0  # the default: a lead never decides


def test_a_far_lead_changes_a_confident_answer() -> None:
    # the keyword names the cause ("anxious"); the question asks about the outcome (rest)
    question = "does feeling anxious ruin my rest?"
    topic = rules(question)
    assert topic.kind == "anxiety"
    scores = {"sleep": 0.6, "anxiety": 0.05, "unknown": 0.0}
    assert max(scores.values()) < CHOSEN.strong  # below the bar: only the lead decides
    assert arbitrate(topic, scores, NO_LEAD, text=question) == topic
    changed = arbitrate(topic, scores, text=question)
    assert (changed.kind, changed.subject, changed.method) == ("sleep", "", "learned")


def test_a_far_lead_replaces_a_subject_a_story_only_passed_through() -> None:
    # the rules took a phrase of the story for the subject; the question is the feeling's
    story = Topic("activity", "every direction", "activity", "subject", ("every direction",), 1.0)
    scores = {"stress": 0.55, "activity": 0.02}
    assert arbitrate(story, scores, NO_LEAD) == story
    assert arbitrate(story, scores) == Topic("stress", method="learned")


@pytest.mark.parametrize(
    ("question", "scores"),
    [
        # close: the classifier leans away, but gives the rules' kind a fair share
        ("does feeling anxious ruin my rest?", {"sleep": 0.55, "anxiety": 0.3}),
        ("what helps when I'm stressed about work deadlines", {"anxiety": 0.5, "stress": 0.2}),
        # "unknown" is no kind: a rare word the rules read is not out-voted by it
        ("flagging.", {"unknown": 0.66, "energy": 0.01}),
        ("so tired", {"unknown": 0.65, "energy": 0.1}),
    ],
)
def test_a_close_call_or_unknown_leaves_a_confident_answer(
    question: str, scores: dict[str, float]
) -> None:
    topic = classify(question, activities=ACTIVITIES)
    assert not sure(topic, scores, max(scores, key=scores.__getitem__), CHOSEN)
    assert arbitrate(topic, scores, text=question) == topic


def test_a_lead_never_invents_a_subject() -> None:
    # the classifier is far surer of "a thing I did" than of the feeling, but the question
    # names no thing: the rules' feeling stays
    question = "why am I so anxious lately"
    topic = classify(question, activities=ACTIVITIES)
    assert topic.kind == "anxiety"
    scores = {"activity": 0.62, "anxiety": 0.05}
    assert arbitrate(topic, scores, text=question) == topic
    # ... and a subject it names is read from the question's own words
    named = "is my anxiety better after yoga"
    assert arbitrate(classify(named, activities=ACTIVITIES), scores, text=named).subject == "yoga"


def test_a_weak_answer_is_still_judged_by_the_weak_bar_alone() -> None:
    weak = classify("what helps", activities=ACTIVITIES)
    assert decide(weak, {"stress": CHOSEN.weak - 0.01, "unknown": 0.0}) is None
    switch = decide(weak, {"stress": CHOSEN.weak + 0.01, "unknown": 0.0})
    assert switch is None or switch.kind == "stress"
