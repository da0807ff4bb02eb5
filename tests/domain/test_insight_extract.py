"""The subject extractor (``extract``): the slots of a question's grammar that name its subject
when the kind is known and no rule found what, both ways; and the two places it is used: a
"when did I last …" the rules found nothing in, and a classifier sure the question is about a
subject the rules missed."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights import classify
from neuroleaf_desktop.domain.insights.extract import canonical, subject_in
from neuroleaf_desktop.domain.insights.topics import Topic, arbitrate

ACTIVITIES = {"walk", "exercise", "friends", "family", "yoga", "alcohol", "work", "reading",
              "music", "cooking", "tv", "nature", "screen late", "study"}  # fmt: skip


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        # what someone started or stopped
        ("have I been calmer since I started pottery", ("pottery", "activity")),
        ("since I took up going to the gym am I sleeping better", ("exercise", "activity")),
        # whom someone last saw, where they last went or were
        ("how long's it been since I saw Chiamaka", ("Chiamaka", "name")),
        ("last time I went to the allotment?", ("allotment", "activity")),
        ("when was I last up at the lake", ("lake", "activity")),
        ("when did I last get out to the woods", ("nature", "activity")),
        # where or with whom someone is
        ("am I more relaxed when I'm down in Brighton", ("Brighton", "name")),
        # what someone does before how they feel
        # the frame a thing is taken in is not part of it
        ("do I feel better after choir practice", ("choir", "activity")),
        ("do I sleep worse after a few pints of cider", ("alcohol", "activity")),
        ("am I happier after seeing Kofi", ("Kofi", "name")),
        # what a question weighs, in the default activity's everyday words
        ("does listening to music help when I'm tense", ("music", "activity")),
        ("has clay modelling made any difference", ("clay modelling", "activity")),
        # who opens the question by getting in touch
        ("Oyelaran phoned and I felt better after", ("Oyelaran", "name")),
    ],
)
def test_a_slot_names_the_subject(question: str, subject: tuple[str, str]) -> None:
    assert subject_in(question, ACTIVITIES) == subject


@pytest.mark.parametrize(
    "question",
    [
        "since I started feeling low what helped",  # a feeling, no thing
        "am I more on edge after a bad night",  # a time and a filler
        "does it help",  # says nothing
        "is work making me anxious",  # work is the stress topic's own
        "have I been more anxious since Christmas",  # a holiday is a time
        "what helps when I'm stressed",
        "after lunch I crash, why",  # a meal is a time
    ],
)
def test_no_slot_names_a_subject(question: str) -> None:
    assert subject_in(question, ACTIVITIES) is None


@pytest.mark.parametrize(
    ("question", "person"),
    [
        # the person done something with, in any case, is the subject over the activity
        ("does time with LENA help", "Lena"),
        ("does time with lena help", "Lena"),
        ("does time with Lena help", "Lena"),
        ("do calls with Priya help my mood", "Priya"),
        ("does dinner with ELLIE help me sleep", "Ellie"),
        ("does seeing kofi help", "Kofi"),
        ("does running with Sam help", "Sam"),  # an activity with a person: the person
        ("does time with Mary Jane help", "Mary Jane"),
        ("Does Time With Lena Help?", "Lena"),  # not "Lena Help"
        # right after a slot's phrase
        ("am I calmer after time with LENA", "Lena"),
        ("when did I last have coffee with Tendai", "Tendai"),
    ],
)
def test_a_person_next_to_an_activity_is_the_subject(question: str, person: str) -> None:
    assert subject_in(question, ACTIVITIES) == (person, "name")


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        # no one named: the phrase keeps its own subject, as before
        ("does time with friends help", ("friends", "activity")),
        ("does time with FRIENDS help", ("friends", "activity")),
        ("does time outside help", ("nature", "activity")),
        ("does time with the dog help", ("time with the dog", "activity")),
        ("does time with mum help", ("family", "activity")),
        ("do walks with the dog help my mood", ("walk", "activity")),
        ("does time with people help", None),
        ("am I calmer after time with my sister", None),
        ("am I calmer after time with NHS staff", None),  # capitals with no vowel: no name
        ("does time with CHRISTMAS help", None),  # a holiday, not a person
        # a "with" in another part of the question is not the phrase's
        ("since I started pottery and dinners with Sam", ("pottery", "activity")),
        # a new job is work: the stress topic's own, no subject
        ("have I been more anxious since I started my new job", None),
        ("since I started my new job what helped", None),
    ],
)
def test_no_person_next_to_the_phrase_keeps_its_subject(
    question: str, subject: tuple[str, str] | None
) -> None:
    assert subject_in(question, ACTIVITIES) == subject


def test_canonical_names_of_activities() -> None:
    assert canonical("long swims in the sea") == "exercise"
    assert canonical("a walk in the woods") == "nature"  # the outdoors over the walk
    assert canonical("my evening ukulele", {"ukulele"}) == "ukulele"  # the person's own word
    assert canonical("clay modelling") == ""


def test_a_last_time_the_rules_found_nothing_in_takes_the_slot() -> None:
    topic = classify("when did I last make it to choir practice", activities=ACTIVITIES)
    assert (topic.kind, topic.subject) == ("last_time", "choir")
    # a feeling is still the feeling's last time, not a thing
    topic = classify("when was I last this low", activities=ACTIVITIES)
    assert (topic.kind, topic.subject) == ("last_time", "low_mood")


def test_a_sure_classifier_takes_a_subject_only_from_the_words() -> None:
    weak = Topic("energy", method="similarity", score=0.4)
    sure = {"activity": 0.7, "energy": 0.2, "low_mood": 0.1}
    found = arbitrate(weak, sure, text="Oyelaran phoned and I felt better after")
    assert (found.kind, found.subject, found.subject_kind) == ("activity", "Oyelaran", "name")
    # a person next to an activity: the person, in a name's capitals
    found = arbitrate(weak, sure, text="does time with LENA help")
    assert (found.kind, found.subject, found.subject_kind) == ("activity", "Lena", "name")
    # no slot names a subject: the rules' answer stays, nothing is invented
    kept = arbitrate(weak, sure, text="I felt loads lighter after, is that a thing for me")
    assert kept == weak
    # not sure enough: the rules' answer stays
    unsure = {"activity": 0.4, "energy": 0.35, "low_mood": 0.25}
    assert arbitrate(weak, unsure, text="Oyelaran phoned and I felt better after") == weak
