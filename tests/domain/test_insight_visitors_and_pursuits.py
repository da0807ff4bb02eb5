"""Two classes of question that must not borrow another topic's items, each both ways.

A visit by a named person, weighed by how the person feels after ("when Benedikt pops round am I
happier", "Mags coming to stay, does it help my anxiety"): the visit is about that person, a
plain gap when the journal never names them, their own entries when it does; never the low mood,
anxiety or sleep items the feeling words would lend. A visit with no name ("when friends visit"),
a family word ("after Mum visits") or a place visited ("visiting the gym") keeps what it had.

A pursuit named by a word before an everyday doing ("tightrope walking", "fire walking", "wire
walking"): the word says what is walked on or with, so the compound is the pursuit, a plain gap
when the journal never names it, never the walk's items. A word of place, pace, time, company or
manner ("dog walking", "hill walking", "power walking", "trail running") keeps the doing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from neuroleaf_desktop.domain.insights import classify
from neuroleaf_desktop.domain.insights.gather import gather
from neuroleaf_desktop.domain.insights.named_activity import journal_writes
from neuroleaf_desktop.domain.models import MoodCheckIn
from tests.support.insight_topics import DEMO_ACTIVITIES, topic_of

# A journal that writes about walks, runs, friends and family, never about the visitors or the
# pursuits asked after.
WRITES = journal_writes(["Long walk after work.", "Ran with friends, then tea with Mum."])
START = date(2026, 9, 1)


def _checkins() -> list[MoodCheckIn]:
    """Six weeks of check-ins, low and good days, anxiety and sleep every day, walks, runs,
    friends and family logged often: a feeling or an everyday doing always finds items."""
    out = []
    for n in range(42):
        day = START + timedelta(days=n)
        at = datetime(day.year, day.month, day.day, 20, tzinfo=UTC)
        done = ("walk", "exercise", "friends", "family") if n % 3 == 0 else ("tv",)
        out.append(MoodCheckIn(id=f"c{n}", logged_at=at, tz_offset_min=0, mood=2 + n % 7,
                               anxiety=2 + n % 6, energy=3 + n % 5,
                               sleep_hours=5.0 + (n % 5) * 0.5, activities=done))  # fmt: skip
    return out


def _borrows(question: str) -> bool:
    topic = classify(question, activities=DEMO_ACTIVITIES, written=WRITES)
    return bool(gather(topic, _checkins(), []).items)


# ---- a visit by a named person is about that person ---------------------------------------------
VISITS = [
    ("Ravi coming round - am I happier after?", "Ravi"),
    ("Benedikt popping round, any effect on my mood?", "Benedikt"),
    ("Mags coming to stay, does it help my anxiety", "Mags"),
    ("when ottoline drops by am i happier", "Ottoline"),
    ("when benedikt calls in do I feel brighter", "Benedikt"),
    ("when Will drops by do I feel better", "Will"),
    ("Zbigniew swinging by after work - does it cheer me up?", "Zbigniew"),
    ("Does Ottoline dropping by lift my mood?", "Ottoline"),
    ("Ravi coming over for tea - do I feel better after?", "Ravi"),
    ("did I sleep worse the nights Thaddeus stayed over", "Thaddeus"),
    ("does it lift me when Ingeborg stays the weekend", "Ingeborg"),
    ("do I feel less anxious after Benedikt has been round", "Benedikt"),
]


@pytest.mark.parametrize(("question", "name"), VISITS)
def test_a_named_visitor_is_the_subject(question: str, name: str) -> None:
    assert topic_of(question) == ("activity", name)


@pytest.mark.parametrize(("question", "name"), VISITS)
def test_a_visitor_the_journal_never_names_borrows_no_items(question: str, name: str) -> None:
    assert not _borrows(question), name


@pytest.mark.parametrize(
    "question",
    ["when priya pops round am I happier", "Priya coming over, does it help my mood?"],
)
def test_a_visitor_the_journal_holds_keeps_their_own_subject(question: str) -> None:
    topic = classify(question, activities=DEMO_ACTIVITIES, names=("Priya",))
    assert (topic.kind, topic.subject, topic.subject_kind) == ("activity", "Priya", "name")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a place visited, a visit with no name, a family word: unchanged
        ("does visiting the gym help my mood", ("activity", "exercise")),
        ("does my mood lift when friends visit", ("activity", "friends")),
        ("do I feel better after Mum visits", ("activity", "family")),
        ("when my sister comes to stay am I less anxious", ("activity", "family")),
        ("when the kids come round am I happier", ("low_mood", "")),
        ("does it help when people drop by", ("low_mood", "")),
    ],
)  # fmt: skip
def test_a_visit_with_no_name_keeps_its_reading(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a pursuit named by a word before an everyday doing -----------------------------------------
PURSUITS = [
    ("since I took up tightrope walking am I calmer", "tightrope walking"),
    ("since taking up fire walking, am I less anxious?", "fire walking"),
    ("since we started stilt walking have I been happier", "stilt walking"),
    ("has wing walking helped my nerves", "wing walking"),
    ("has string walking helped my mood", "string walking"),
    ("since starting ice climbing am I less stressed", "ice climbing"),
    ("I've started rope walking lessons - do they settle me?", "rope walking"),
    ("does wire walking keep my head clear", "wire walking"),
    ("Tightrope walking on Sundays - does it settle me?", "tightrope walking"),
    # a doing no rule reads, taken up: both words, not the first alone
    ("since taking up cage fighting am I less anxious", "cage fighting"),
    ("since I got into sword fighting am I sleeping better", "sword fighting"),
]


@pytest.mark.parametrize(("question", "pursuit"), PURSUITS)
def test_a_pursuit_named_before_a_doing_is_the_subject(question: str, pursuit: str) -> None:
    assert topic_of(question) == ("activity", pursuit)


@pytest.mark.parametrize(("question", "pursuit"), PURSUITS)
def test_a_pursuit_the_journal_never_names_borrows_no_items(question: str, pursuit: str) -> None:
    assert not _borrows(question), pursuit


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # place, pace, time, company or manner: still the walk or the run
        ("since I took up dog walking am I calmer", ("activity", "walk")),
        ("since taking up power walking am I less anxious", ("activity", "walk")),
        ("since I took up hill walking, am I happier", ("activity", "walk")),
        ("since I took up night walking am I calmer", ("activity", "walk")),
        ("since I took up Nordic walking am I calmer", ("activity", "walk")),
        ("since I started evening running have I slept better", ("activity", "exercise")),
        ("since I started fell running am I happier", ("activity", "exercise")),
        ("since starting trail running have I slept better", ("activity", "exercise")),
        ("does lunchtime walking help with stress", ("activity", "walk")),
        ("has regular walking helped me sleep", ("activity", "walk")),
        ("does going walking help my mood", ("activity", "walk")),
        # a person walking someone home is no pursuit
        ("does Kate walking me home help my nerves", ("activity", "walk")),
    ],
)  # fmt: skip
def test_a_doing_by_its_place_pace_or_company_keeps_the_doing(
    question: str, expected: tuple[str, str]
) -> None:
    assert topic_of(question) == expected
    assert _borrows(question)
