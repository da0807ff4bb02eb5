"""Topic rule families read by class of wording, each both ways (a question that now maps, one
that keeps its topic): the place someone else studies or works at only sets the scene; someone
else's bedtime told as a time is no sleep of the person's; the app's look and voice are about
the app; the spring in a step is energy; going on foot is a walk; a thing put first and weighed
by "is it ... me" is the subject; more than one girlfriend are friends; paperwork due, messages
unread and two loads in one season are stress; a school's parents' evening is no family time.

A thing put first that the journal does not hold is answered plainly: no items, even when the
feeling beside it has items and the learned classifier is sure of that feeling."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from neuroleaf_desktop.domain.insights import classify
from neuroleaf_desktop.domain.insights.gather import gather
from neuroleaf_desktop.domain.insights.named_activity import journal_writes
from neuroleaf_desktop.domain.insights.owned_events import owner_in_event
from neuroleaf_desktop.domain.models import MoodCheckIn
from tests.support.insight_topics import DEMO_ACTIVITIES, sure_of, topic_of

WRITES = journal_writes(["Tense all evening, did some yoga.", "Walked by the river with Sam."])
START = date(2026, 9, 1)


def _checkins() -> list[MoodCheckIn]:
    """Six weeks of check-ins with mood, sleep and anxiety every day, yoga every third day: a
    low-mood answer and a yoga answer both have items."""
    out = []
    for n in range(42):
        day = START + timedelta(days=n)
        at = datetime(day.year, day.month, day.day, 20, tzinfo=UTC)
        out.append(MoodCheckIn(id=f"c{n}", logged_at=at, tz_offset_min=0, mood=2 + n % 5,
                               sleep_hours=5.0 + (n % 5) * 0.6, anxiety=1 + n % 4,
                               activities=("yoga",) if n % 3 == 0 else ()))  # fmt: skip
    return out


# ---- someone else's place and bedtime set the scene --------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("ever since my son went off to college in Glasgow I've felt flat, what helps",
         ("low_mood", "")),
        ("my wife's been working in Rotterdam all month and I can't sleep, what helps",
         ("sleep", "")),
        ("since our eldest started uni at Durham I'm so on edge, what settles me",
         ("anxiety", "")),
        ("my partner's been posted to Cyprus and I'm really low, what lifts it", ("low_mood", "")),
        ("once the kids are asleep I'm wiped out, what perks me up", ("energy", "")),
        ("after the baby's gone down I'm so on edge, what settles me", ("anxiety", "")),
        ("once the twins are down I feel hollow and flat, what lifts me", ("low_mood", "")),
        # unchanged: a place of my own, one I went to with others, my own bedtime
        ("since I moved to Leeds am I happier", ("activity", "Leeds")),
        ("how was my mood during that week in Whitby", ("activity", "Whitby")),
        ("can't drop off once the kids are in bed, what helps", ("sleep", "")),
        ("does letting the kids sleep in my bed ruin my nights", ("sleep", "")),
        ("feeling down once the kids are in bed, what helps", ("low_mood", "")),
    ],
)  # fmt: skip
def test_someone_elses_place_and_bedtime(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


def test_the_place_is_someone_elses_only_in_their_own_clause() -> None:
    assert owner_in_event("since my daughter started working in Bristol I'm low", "Bristol")
    assert owner_in_event("my brother's doing shifts out of Hull now", "Hull")
    assert not owner_in_event("my mates and I went to Bristol, was I happier", "Bristol")
    assert not owner_in_event("since I started working in Bristol I'm low", "Bristol")


# ---- the app's look and voice; the spring in a step; on foot -----------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("can I switch this journal to night mode, the glare keeps me awake", ("unknown", "")),
        ("does it have a high-contrast theme, my eyes are tired", ("unknown", "")),
        ("could the font size go up a bit, I can barely read my entries", ("unknown", "")),
        ("can it read my entries back to me when I'm too low to look", ("unknown", "")),
        ("is there a light mode for when I write outside", ("unknown", "")),
        ("when did I last have a spring in my step", ("last_time", "energy")),
        ("a bounce in my step, when was the latest day like that", ("last_time", "energy")),
        ("what gives me a spring in my step", ("energy", "")),
        ("does getting to work on foot lift my mood", ("activity", "walk")),
        ("I've been doing the school run on foot, is it helping my sleep", ("activity", "walk")),
        ("heading into town by foot on Saturdays, does it calm me", ("activity", "walk")),
        ("exploring the old town on foot, good for me?", ("activity", "walk")),
        # unchanged: reading aloud to the kids, dark evenings, a sore foot, on my feet all day
        ("does reading aloud to the kids at bedtime help me sleep", ("activity", "reading")),
        ("do dark evenings make me low", ("low_mood", "")),
        ("does being on my feet all day wear me out", ("energy", "")),
        ("do I have more pep in my step after a walk", ("activity", "walk")),
    ],
)  # fmt: skip
def test_app_energy_and_on_foot(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a thing put first and weighed by "it"; friends by more than one; loads; parents' evening --
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("a couple of pints on a Friday, a few more on Saturday, is it making me anxious",
         ("activity", "alcohol")),
        ("late-night telly, an hour or two, is that keeping me up", ("activity", "tv")),
        ("long walks, every weekend, do they lift my mood", ("activity", "walk")),
        ("do nights out with my girlfriends cheer me up", ("activity", "friends")),
        ("a natter over coffee with the gal pals, does it help", ("activity", "friends")),
        ("lunch with my old buddies, good for my mood?", ("activity", "friends")),
        ("the accounts due Friday and 40 unread emails, what helps me cope", ("stress", "")),
        ("a house move and a new baby, both in one year, what got me through", ("stress", "")),
        ("the bills are due and I'm skint, what eases it", ("stress", "")),
        ("I dread parents evening every term, what calms me", ("anxiety", "")),
        ("am I more on edge before a parent-teacher meeting", ("anxiety", "")),
        ("my stomach churns before the parents' night at school, what settles it",
         ("anxiety", "")),
        # unchanged: a story then "is it any wonder", one girlfriend, rain "due", my parents
        ("my partner's in hospital, the kids are off school, is it any wonder I'm anxious",
         ("anxiety", "")),
        ("is my girlfriend good for my mood", ("activity", "girlfriend")),
        ("due to the rain I stayed in, was I low", ("low_mood", "")),
        ("does seeing my parents cheer me up", ("activity", "family")),
        ("is Sunday lunch at my parents' good for my mood", ("activity", "family")),
    ],
)  # fmt: skip
def test_put_first_friends_loads_and_school(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a thing put first the journal lacks borrows no feeling's items ----------------------------
@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("kombucha at lunch, two bottles, is it dragging me down", "kombucha"),
        ("tarot cards of an evening, a spread or two, is it making me anxious", "tarot cards"),
    ],
)
def test_a_thing_put_first_not_held_borrows_no_feeling_items(question: str, thing: str) -> None:
    topic = classify(question, activities=DEMO_ACTIVITIES, written=WRITES,
                     learned=sure_of("low_mood"))  # fmt: skip
    assert (topic.kind, topic.subject) == ("activity", thing)
    found = gather(topic, _checkins(), [])
    assert not found.items
    assert found.gaps


def test_a_thing_put_first_held_keeps_its_items() -> None:
    question = "yoga before work, half an hour, is it lifting my mood"
    topic = classify(question, activities=DEMO_ACTIVITIES, written=WRITES)
    assert (topic.kind, topic.subject) == ("activity", "yoga")
    assert gather(topic, _checkins(), []).items


def test_a_place_someone_else_went_keeps_the_feelings_items() -> None:
    question = "so on edge since my sister went off to uni in Exeter, what settles me"
    topic = classify(question, activities=DEMO_ACTIVITIES, written=WRITES,
                     learned=sure_of("anxiety"))  # fmt: skip
    assert topic.kind == "anxiety"
    assert gather(topic, _checkins(), []).items
