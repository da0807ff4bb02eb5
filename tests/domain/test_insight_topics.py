"""Questions → topics: keywords, the person's named activities and people, similarity fallback."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from neuroleaf_desktop.domain.insights import Topic, classify, name_candidates
from neuroleaf_desktop.domain.insights.topics import names_in

ACTIVITIES = {"walk", "exercise", "friends", "yoga", "alcohol", "work", "therapy", "reading"}
NAMES = {"Sam", "Lisbon"}


@pytest.mark.parametrize(
    ("question", "kind", "subject"),
    [
        ("What helps when I sleep badly?", "sleep", ""),
        ("Why can't I sleep?", "sleep", ""),
        ("What helped last time I felt anxious before work?", "anxiety", ""),
        ("How do I calm down when I'm nervous?", "anxiety", ""),
        ("What helped last time I felt low?", "low_mood", ""),
        ("What helped last time?", "low_mood", ""),
        ("Is work stressing me out?", "stress", ""),
        ("Why am I so exhausted lately?", "energy", ""),
        ("Does walking help me?", "activity", "walk"),
        ("Is the gym good for my mood?", "activity", "exercise"),
        ("Does drinking make my sleep worse?", "activity", "alcohol"),
        ("How am I after seeing Sam?", "activity", "Sam"),
        ("When did I last go for a walk?", "last_time", "walk"),
        ("When was the last time I felt anxious?", "last_time", "anxiety"),
        ("When did I last see Sam?", "last_time", "Sam"),
        ("What's the capital of France?", "unknown", ""),
    ],
)
def test_questions_get_their_topic(question: str, kind: str, subject: str) -> None:
    topic = classify(question, activities=ACTIVITIES, names=NAMES)
    assert (topic.kind, topic.subject) == (kind, subject)
    if kind != "unknown":
        assert topic.matched and topic.method in ("keywords", "subject")


def test_the_label_is_what_the_person_sees() -> None:
    assert classify("What helps when I sleep badly?").heading == "Looking at: sleep"
    assert classify("Is work stressful?").heading == "Looking at: stress and work"
    walk = classify("Does walking help?", activities={"walk"})
    assert walk.heading == "Looking at: walk"


def test_an_activity_the_person_never_logged_is_not_a_subject() -> None:
    assert classify("Does yoga help my anxiety?", activities={"walk"}).kind == "anxiety"


def test_names_are_capitalised_words_that_are_not_question_words() -> None:
    assert name_candidates("When did I last see Sam in Lisbon?") == ["Sam", "Lisbon"]
    assert name_candidates("What helped on Monday?") == []
    # a name the journal never mentions is still the subject: its answer says it is not there
    paris = classify("Did Paris help?", names=NAMES)
    assert (paris.kind, paris.subject, paris.subject_kind) == ("activity", "Paris", "name")


def test_similarity_decides_only_without_keywords() -> None:
    calls: list[str] = []

    def similarity(question: str, descriptions: Sequence[str]) -> list[float]:
        calls.append(question)
        return [0.9 if "insomnia" in d else 0.1 for d in descriptions]

    topic = classify("Those restless hours counting sheep", similarity=similarity)
    assert topic.kind == "anxiety" and not calls  # "restless" is a keyword: no similarity
    topic = classify("I spend hours counting sheep", similarity=similarity)
    assert topic == Topic("sleep", method="similarity", score=pytest.approx(0.9))
    assert classify("I spend hours counting sheep",
                    similarity=lambda _q, d: [0.1] * len(d)) == Topic("unknown")  # fmt: skip
    # a question not about the person is never matched by meaning: nothing is guessed
    assert classify("Hours counting sheep", similarity=similarity) == Topic("unknown")
    assert calls == ["I spend hours counting sheep"]


@pytest.mark.parametrize(
    ("question", "kind", "subject"),
    [
        ("When did I last feel properly rested?", "last_time", "sleep"),
        ("What helps me wake up refreshed?", "sleep", ""),
        ("Why do I never feel rested?", "sleep", ""),
    ],
)
def test_rested_and_refreshed_are_about_sleep(question: str, kind: str, subject: str) -> None:
    topic = classify(question, activities=ACTIVITIES, names=set())
    assert (topic.kind, topic.subject) == (kind, subject)


def test_a_name_logged_only_as_an_activity_is_that_activity() -> None:
    activities = {*ACTIVITIES, "lisbon trip", "walk in the park"}
    topic = classify("Did Lisbon do me good?", activities=activities, names=set())
    assert (topic.kind, topic.subject, topic.subject_kind) == (
        "activity",
        "lisbon trip",
        "activity",
    )
    last = classify("When did I last go to Lisbon?", activities=activities, names=set())
    assert (last.kind, last.subject) == ("last_time", "lisbon trip")
    # an ordinary word of an activity's name is not a name: "park" stays unknown
    assert classify("Is the park nice?", activities=activities, names=set()).kind == "unknown"


def test_a_name_only_in_tags_is_still_the_persons() -> None:
    candidates = name_candidates("Did Lisbon do me good with Sam?")
    texts = ["Lunch with Sam by the river."]
    assert names_in(candidates, texts, tags=["lisbon", "holiday"]) == {"Lisbon", "Sam"}
    assert names_in(candidates, texts, tags=["porto"]) == {"Sam"}
    assert names_in(candidates, ["sam is a word here"], tags=[]) == set()  # case matters in text
    names = names_in(candidates, texts, tags=["lisbon"])
    topic = classify("Did Lisbon do me good?", activities=ACTIVITIES, names=names)
    assert (topic.kind, topic.subject, topic.subject_kind) == ("activity", "Lisbon", "name")
