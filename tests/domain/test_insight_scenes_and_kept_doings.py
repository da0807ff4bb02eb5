"""Topic rule families read by class of wording, each both ways (a question that now maps, one
that keeps its topic): a feeling word of being shaken ("rattled"); sleep a worry costs or robs;
the place someone else moved away to only sets the scene; the phone picked up or answered is no
screen time; a wander through what grows wild in a wood is nature; a time of day said in one
hyphenated word ("after-tea") is no part of the thing; batch cooking of any dish; a pastime's
nights held at a place the activity names are time with the group; a doing kept up since a
time and asked after by the change in the person; a craft named by its verb is the craft; a
reminder the app gives to write is a question about the app; a thing put first, then "how long
ago", asks for its last time.

A thing the journal does not hold, read in these forms, is answered plainly: no items, even when
the feeling beside it has items and the learned classifier is sure of that feeling."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from neuroleaf_desktop.domain.insights import classify
from neuroleaf_desktop.domain.insights.extract import kept_up
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


# ---- feelings: being rattled, sleep a worry costs, a place someone else moved to ---------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("am I more rattled on the weeks I'm short of sleep", ("anxiety", "")),
        ("do I get rattled before big meetings, what helps", ("anxiety", "")),
        ("are money worries robbing me of sleep", ("sleep", "")),
        ("is the fretting about my exams costing me sleep", ("sleep", "")),
        ("ever since my old flatmate moved to Canada I've been down, what helps", ("low_mood", "")),
        ("been low since my closest friend relocated to Dubai, what's helped", ("low_mood", "")),
        # unchanged: the outcome asked after, a worry with no sleep taken, a place of my own
        ("am I more tired in the weeks I'm rattled", ("energy", "")),
        ("is the panic costing me friendships", ("anxiety", "")),
        ("since I moved to Leeds am I happier", ("activity", "Leeds")),
        ("does visiting Perth cheer me up", ("activity", "Perth")),
    ],
)  # fmt: skip
def test_feelings_and_scenes(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- the phone not as a screen; a wood's wild plants; a time in one word; batch cooking --------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("can't face answering my phone for days, what has helped", ("low_mood", "")),
        ("a ramble in the heather up top, does it calm me", ("activity", "nature")),
        ("a stroll through the wild garlic by the stream, any good for me", ("activity", "nature")),
        ("does a post-work mooch round town help my mood", ("activity", "walk")),
        ("batch cook some veggie chilli on a Sunday, is it good for me", ("activity", "cooking")),
        ("batch-cooking mushroom risotto of an evening, does it calm me", ("activity", "cooking")),
        # unchanged: the phone scrolled, a wander round the shops, a dish only eaten
        ("does scrolling my phone in bed keep me up", ("activity", "screen late")),
        ("does wandering round the shops help my mood", ("activity", "walk")),
        ("does walking the dog round the block help", ("activity", "walk")),
    ],
)  # fmt: skip
def test_canonical_activities_in_new_words(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- nights at a place with a group; kept-up doings; crafts by their verb; the app; how long ago
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("darts nights down the pub with the lads, good for me?", ("activity", "friends")),
        ("curry evenings at the club with the family, do they cheer me up", ("activity",
                                                                             "family")),
        ("I've been bouldering every week since spring, is it helping", ("activity",
                                                                         "bouldering")),
        ("I've been out kitesurfing since May, any difference in me", ("activity",
                                                                       "kitesurfing")),
        ("does crocheting granny squares help me unwind", ("activity", "crochet")),
        ("embroidering cushion covers of an evening, does it calm me", ("activity",
                                                                        "embroidery")),
        ("could it remind me on Sundays to fill in my check-in", ("unknown", "")),
        ("what if I forget to write my journal for a week, will it buzz me", ("unknown", "")),
        ("Ife and I, a proper catch-up over coffee: how far back", ("last_time", "Ife")),
        ("a walk along the canal with Tomasz - how long ago was that", ("last_time", "Tomasz")),
        # unchanged: late nights at the pub alone, a feeling or work kept up, a plain craft
        # verb, a reminder from a person, a feeling's start asked
        ("late nights down the pub, do they make me worse", ("activity", "alcohol")),
        ("I've been sleeping badly since June, any change in me", ("sleep", "")),
        ("I've been feeling low since June, any change", ("low_mood", "")),
        ("I've been walking since March, any difference in my mood", ("activity", "walk")),
        ("does knitting help me", ("activity", "knitting")),
        ("do I forget to eat when I'm low", ("low_mood", "")),
        ("the panic at the station, how long ago did it start", ("anxiety", "")),
    ],
)  # fmt: skip
def test_company_doings_app_and_last_time(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


def test_kept_up_reads_only_a_doing_asked_after() -> None:
    assert kept_up("I've been out paddling since April, any change in me") == (
        "paddling",
        "activity",
    )
    assert kept_up("I've been out paddling since April and I love it") is None
    assert kept_up("I've been working since June, any change in me") is None


# ---- a thing the journal lacks, in these forms, borrows no feeling's items ---------------------
@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("I've been out kitesurfing since May, any change in me", "kitesurfing"),
        ("I've been bouldering every week since spring, is it calming me", "bouldering"),
        ("crocheting granny squares of an evening, does it settle my nerves", "crochet"),
    ],
)
def test_a_kept_up_thing_not_held_borrows_no_feeling_items(question: str, thing: str) -> None:
    topic = classify(question, activities=DEMO_ACTIVITIES, written=WRITES,
                     learned=sure_of("anxiety"))  # fmt: skip
    assert (topic.kind, topic.subject) == ("activity", thing)
    found = gather(topic, _checkins(), [])
    assert not found.items
    assert found.gaps


def test_a_kept_up_thing_held_keeps_its_items() -> None:
    question = "I've been doing yoga since June, any change in me"
    topic = classify(question, activities=DEMO_ACTIVITIES, written=WRITES)
    assert (topic.kind, topic.subject) == ("activity", "yoga")
    assert gather(topic, _checkins(), []).items


# ---- a reminder the app gives is about the app: nothing of the person's sleep ------------------
@pytest.mark.parametrize(
    "question",
    [
        "will it ping me at bedtime when I haven't made an entry",
        "can it nudge me before bed if I forget to do my check-in",
    ],
)
def test_the_apps_reminder_borrows_no_sleep_items(question: str) -> None:
    topic = classify(question, activities=DEMO_ACTIVITIES, written=WRITES,
                     learned=sure_of("sleep"))  # fmt: skip
    assert topic.kind == "unknown"
    found = gather(topic, _checkins(), [])
    assert not found.items


def test_sleep_at_bedtime_keeps_its_items() -> None:
    topic = classify("what helps me drop off at bedtime", activities=DEMO_ACTIVITIES,
                     written=WRITES, learned=sure_of("sleep"))  # fmt: skip
    assert topic.kind == "sleep"
    assert gather(topic, _checkins(), []).items
