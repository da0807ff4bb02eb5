"""Topic rule families read by class of wording, each both ways (a question that now maps, one
that keeps its topic): a thing put up front in letters beyond a-z ("macramé", "papier-mâché") or
told in four words from its doing, weighed by "that" or "it", is that thing; the craft worked
by its material is the craft, not what it makes; a run of nights or weeks of bad sleep is the
condition; circuits done somewhere, a glen, the school of a therapy named in full and a dish of
one's own made at home are the canonical activities; a pastime's nights with a group are time
with them; "or not" closing a yes-or-no is no comparison; a thing put first, then how many
weeks it has been, asks for its last time. A held instrument beside a feeling stays the
activity asked about.

A thing the journal does not hold, weighed in these forms, is answered plainly: no items, even
when the feeling beside it has items and the learned classifier is sure of that feeling."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from neuroleaf_desktop.domain.insights import classify
from neuroleaf_desktop.domain.insights.gather import gather
from neuroleaf_desktop.domain.insights.named_activity import journal_writes
from neuroleaf_desktop.domain.models import MoodCheckIn
from tests.support.insight_topics import DEMO_ACTIVITIES, sure_of, topic_of

WRITES = journal_writes(["Tense all evening, did some yoga.", "Walked by the river with Sam."])
START = date(2026, 9, 1)


def _checkins() -> list[MoodCheckIn]:
    """Six weeks of check-ins with anxiety and mood every day, yoga every third day: an
    anxiety answer and a yoga answer both have items."""
    out = []
    for n in range(42):
        day = START + timedelta(days=n)
        at = datetime(day.year, day.month, day.day, 20, tzinfo=UTC)
        out.append(MoodCheckIn(id=f"c{n}", logged_at=at, tz_offset_min=0, mood=2 + n % 5,
                               sleep_hours=5.0 + (n % 5) * 0.6, anxiety=1 + n % 4,
                               activities=("yoga",) if n % 3 == 0 else ()))  # fmt: skip
    return out


# ---- a thing put up front in any alphabet, or told from its doing ------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("papier-mâché with the kids on wet afternoons, does that calm me", ("activity",
                                                                             "papier-mâché")),
        ("crème brûlée making, does it cheer me up", ("activity", "crème brûlée making")),
        ("knotting macramé wall hangings of an evening, does that settle me", ("activity",
                                                                              "macramé")),
        ("folding origami lucky stars at night, does it calm me", ("activity", "origami")),
        # (what is knotted, named in two words, is the thing itself)
        ("knotting friendship bracelets on the sofa, does it calm me", ("activity",
                                                                       "friendship bracelets")),
        # unchanged: a craft named by its verb, a logged activity, a held instrument beside a
        # feeling (the activity asked about, however jittery the person)
        ("whittling spoons in the shed, does it help", ("activity", "whittling")),
        ("yoga on a sunday, does that settle me", ("activity", "yoga")),
        ("does the ukulele help when I'm nervy and on edge", ("activity", "music")),
        ("does the flute help when I'm on edge and shaky", ("activity", "music")),
    ],
)  # fmt: skip
def test_fronted_things_in_any_alphabet(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("papier-mâché on a rainy sunday, does that settle me", "papier-mâché"),
        ("knotting macramé wall hangings of an evening, does that calm my nerves", "macramé"),
        ("crème brûlée making on a friday, does it ease the panic", "crème brûlée making"),
        # ... and in the other slots a thing is weighed in, in any alphabet
        ("what about papier-mâché, does it calm my nerves", "papier-mâché"),
        ("since I took up macramé am I any less anxious", "macramé"),
    ],
)
def test_a_fronted_thing_not_held_borrows_no_feeling_items(question: str, thing: str) -> None:
    topic = classify(question, activities=DEMO_ACTIVITIES, written=WRITES,
                     learned=sure_of("anxiety"))  # fmt: skip
    assert (topic.kind, topic.subject) == ("activity", thing)
    found = gather(topic, _checkins(), [])
    assert not found.items
    assert found.gaps


@pytest.mark.parametrize(
    "question",
    [
        "yoga on a sunday, does that settle me",
        "a bit of yoga of an evening, does it calm me",
        "what about yoga, does it calm my nerves",
    ],
)
def test_a_fronted_thing_held_keeps_its_items(question: str) -> None:
    topic = classify(question, activities=DEMO_ACTIVITIES, written=WRITES)
    assert (topic.kind, topic.subject) == ("activity", "yoga")
    assert gather(topic, _checkins(), []).items
    # (the grounding check leaves a held thing to the reading: a sure classifier's feeling
    # still answers with that feeling's items, never a blank)
    sure = classify(question, activities=DEMO_ACTIVITIES, written=WRITES,
                    learned=sure_of("anxiety"))  # fmt: skip
    assert gather(sure, _checkins(), []).items


# ---- runs of bad sleep as the condition; canonical activities in new words ---------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("am I more tearful after days of broken sleep", ("low_mood", "")),
        ("am I more tearful following a fortnight of bad nights", ("low_mood", "")),
        ("do circuits at the leisure centre lift me", ("activity", "exercise")),
        ("is doing circuits good for my head", ("activity", "exercise")),
        ("do quiet afternoons up the glen do me good", ("activity", "nature")),
        ("is the cognitive-behavioral course helping", ("activity", "therapy")),
        ("is making my own bread doing me good", ("activity", "cooking")),
        # unchanged: the sleep after a run of stress, a loop of the park walked, my own way home
        ("do I sleep worse after weeks of stress", ("sleep", "")),
        ("does a circuit round the park help", ("activity", "walk")),
        ("making my own way home late, does it wear me out", ("energy", "")),
    ],
)  # fmt: skip
def test_runs_of_bad_sleep_and_canonical_words(question: str, expected: tuple[str, str]) -> None:
    activities = DEMO_ACTIVITIES | {"therapy"}
    assert topic_of(question, activities) == expected


# ---- a pastime's nights with a group; "or not"; how many weeks since a thing -------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("card game evenings with my mates, good for me or not", ("activity", "friends")),
        ("film nights with the family, do they cheer me up", ("activity", "family")),
        ("a long walk by the river, how many days has it been", ("last_time", "walk")),
        # unchanged: a pastime alone, two sides weighed, how long a feeling has gone on
        ("does yoga help or not", ("activity", "yoga")),
        ("yoga at the studio, how many weeks has it been since", ("last_time", "yoga")),
        ("gaming nights on my own, good for me or not", ("activity", "gaming")),
        ("is yoga or a walk better for me", ("activity", "yoga")),
        ("the anxiety, how long has it been going on", ("anxiety", "")),
    ],
)  # fmt: skip
def test_company_tags_and_weeks_since(question: str, expected: tuple[str, str]) -> None:
    activities = DEMO_ACTIVITIES | {"gaming"}
    assert topic_of(question, activities) == expected
