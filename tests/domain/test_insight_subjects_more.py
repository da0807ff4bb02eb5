"""Subjects read more exactly: a name after a title, a thing without its plural frame or an adverb
of truth, a name of several words after "last", and a person an activity is done with in a
comparison. (The parameters are not named "question…": these phrasings are not training rows.)"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights import classify

ACTIVITIES = {"walk", "exercise", "friends", "family", "yoga", "therapy", "reading", "cooking"}


@pytest.mark.parametrize(
    ("phrasing", "names", "want"),
    [
        # the journal names "Grandpa"; the question says which one
        ("do visits to Grandpa Eli settle me", {"Grandpa"}, ("activity", "Eli")),
        ("when did I last ring Auntie May", {"Auntie"}, ("last_time", "May")),
        ("does seeing Grandpa help", {"Grandpa"}, ("activity", "Grandpa")),
        # an adverb of truth is not part of the thing weighed
        ("does the weighted blanket really help me", set(), ("activity", "weighted blanket")),
        ("do board games honestly cheer me up", set(), ("activity", "board games")),
        # a plural of occasions is the thing itself
        ("do the fishing trips help my head", set(), ("activity", "fishing")),
        ("have the mosque services calmed me this month", set(), ("activity", "mosque")),
        # a name of two or three words after "last"
        ("when did I last do qi gong?", set(), ("last_time", "qi gong")),
        (
            "when did I last go paddle boarding, ages ago I bet",
            set(),
            ("last_time", "paddle boarding"),
        ),
        ("when did I last have the kung fu class", set(), ("last_time", "kung fu")),
        ("the last time I played squash was when?", set(), ("last_time", "squash")),
        ("when did I last go bowling with Tom", set(), ("last_time", "Tom")),
        # an activity done with a named person, weighed against doing it alone, is that person
        (
            "my walks with Priya, do they help more than walking alone?",
            set(),
            ("activity", "Priya"),
        ),
        (
            "is yoga with Marta better or worse for me than yoga at home",
            set(),
            ("activity", "Marta"),
        ),
    ],
)
def test_subject_is_read_whole(phrasing: str, names: set[str], want: tuple[str, str]) -> None:
    topic = classify(phrasing, activities=ACTIVITIES, names=names)
    assert (topic.kind, topic.subject) == want
