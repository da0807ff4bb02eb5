"""Topic rule families of round 31, each both ways (a question that now maps, one that keeps
its topic): the side a comparison opens with, a thing named with when it recurs ("the Tuesday
pottery class"), a stretch of time at a place ("an hour down at the allotment"), a person met or
spoken to by a title with no "me" in the question, a frame alone ("the sessions with my
counsellor"), a count of times in a row ("fourth night running"), what a craft makes ("knitting
jumpers"), and everyday words for an instrument played idly, a pan on the hob, morning pages and
a slow run."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from neuroleaf_desktop.domain.insights import classify, gather
from neuroleaf_desktop.domain.insights.things import bare
from neuroleaf_desktop.domain.models import MoodCheckIn
from tests.support.insight_topics import DEMO_ACTIVITIES, topic_of


# ---- the side a comparison opens with ---------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "subject", "also"),
    [
        ("Bell ringing at the church versus a walk, which leaves me calmer?", "bell ringing",
         ("walk",)),
        ("Karaoke or the gym, which cheers me up more?", "karaoke", ("exercise",)),
        # a time of day before a known activity is when it happens, not a new thing
        ("pottery vs a lunchtime swim, which is better for my mood", "pottery", ("exercise",)),
        # unchanged: a known activity first; a person's visits are the person's
        ("Is yoga or walking better for my mood?", "yoga", ("walk",)),
        ("Auntie Mei's visits versus Uncle Joe's, which do I feel better after", "Mei",
         ("Joe",)),
    ],
)  # fmt: skip
def test_the_side_a_comparison_opens_with(question: str, subject: str, also: tuple[str]) -> None:
    topic = classify(question, activities=DEMO_ACTIVITIES)
    assert (topic.kind, topic.subject) == ("activity", subject)
    assert tuple(s for s, _k in topic.also) == also
    assert subject in topic.heading and all(s in topic.heading for s in also)


# ---- a thing named with when it recurs, or by a stretch of time at a place --------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Has the Tuesday pottery class been worth it?", ("activity", "pottery")),
        ("Is the weekly ceilidh worth the effort for my nerves?", ("activity", "ceilidh")),
        ("Does a morning down at the allotment settle me?", ("activity", "allotment")),
        ("When I'm frazzled, does an afternoon up at the cabin sort me out?",
         ("activity", "cabin")),
        # unchanged: a default activity with its time; a chat is had for its company
        ("do my evening walks help me sleep", ("activity", "walk")),
        ("Do my Sunday chats with the girls help?", ("activity", "friends")),
        ("have the Friday calls with my sister helped?", ("activity", "family")),
        # a stretch of time alone names nothing: the hour is the yoga teacher's
        ("is the hour with my yoga teacher on Zoom worth it", ("activity", "yoga")),
    ],
)  # fmt: skip
def test_when_it_recurs_and_a_stretch_at_a_place(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a person met or spoken to by a title, the question holding no "me" --------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is chatting to Doctor Achebe making the exam nerves worse?", ("activity", "Achebe")),
        ("Are the sessions with Coach Brennan making the dread worse?", ("activity", "Brennan")),
        # unchanged: a thing making a feeling worse is that feeling's question
        ("is the wood burner making my sleep worse", ("sleep", "")),
    ],
)  # fmt: skip
def test_a_titled_person_spoken_to(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a frame alone, a count in a row, what a craft makes ------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Have the lessons with my guitar teacher been helping?", ("activity", "music")),
        ("Have the classes with my yoga teacher been helping?", ("activity", "yoga")),
        ("Rubbish sleep, fourth night running.", ("sleep", "")),
        ("Absolutely exhausted, second week running.", ("energy", "")),
        ("Does knitting jumpers calm me down?", ("activity", "knitting")),
        ("Does painting landscapes lift my mood?", ("activity", "painting")),
        # unchanged: running as a run, a handled thing, a frame beside a thing
        ("does running help my mood", ("activity", "exercise")),
        ("does playing chess help me unwind", ("activity", "chess")),
        ("has the pottery course helped me", ("activity", "pottery")),
    ],
)  # fmt: skip
def test_frames_counts_and_crafts(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


def test_what_a_craft_makes_is_dropped_only_after_a_doing() -> None:
    assert bare("carving spoons") == "carving"
    assert bare("breathing exercises") == "breathing exercises"  # a known word: kept whole
    assert bare("making candles") == "making candles"  # a verb that says little alone
    assert bare("playing chess") == "chess"
    assert bare("Friday pottery class") == "pottery"


# ---- everyday words ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Does plinking away on the piano cheer me up?", ("activity", "music")),
        ("Am I calmer after stirring a big pot of soup?", ("activity", "cooking")),
        ("Does doing my morning pages before work help?", ("activity", "journaling")),
        ("Is a slow trot round the park good for my head?", ("activity", "exercise")),
        ("Do my Sunday 10k loops help my sleep?", ("activity", "exercise")),
        # unchanged: a 10k that is money, a pot that is no cooking
        ("is the 10k loan stressing me out", ("stress", "")),
    ],
)  # fmt: skip
def test_everyday_words(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question, DEMO_ACTIVITIES | {"journaling"}) == expected


# ---- what the journal lacks is answered plainly, saying what was looked at --------------------
def _walks(first: date, n: int) -> list[MoodCheckIn]:
    out = []
    for i in range(n):
        d = first + timedelta(days=i)
        out.append(MoodCheckIn(id=i + 1, mood=3 + i % 6, logged_at=datetime(d.year, d.month,
                   d.day, 20, tzinfo=UTC), tz_offset_min=0, sleep_hours=5.0 + i % 4,
                   anxiety=2 + i % 7, activities=("walk",) if i % 2 else ("tv",)))  # fmt: skip
    return out


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("Bell ringing at the church versus a walk, which leaves me calmer?", "bell ringing"),
        ("walks or the Thursday ceilidh class, which lifts me more?", "ceilidh"),
        ("Is chatting to Doctor Achebe making the exam nerves worse?", "Achebe"),
        ("Does carving spoons in the garage settle my nerves?", "carving"),
    ],
)
def test_a_subject_the_journal_lacks_gets_no_item_of_another(question: str, missing: str) -> None:
    checkins = _walks(date(2026, 8, 1), 60)  # walks, telly, anxious days: nothing asked about
    topic = classify(question, activities={"walk", "tv"}, written=lambda _w: False)
    found = gather(topic, checkins, [])
    assert missing in (topic.subject, *(s for s, _k in topic.also))
    assert found.items == () and f"can't find {missing}" in found.gaps[0]
    assert missing in topic.heading  # "Looking at: …" names what was looked for


# ---- feelings by meaning, a statement of what cannot stop, a count since "now" ----------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Skittish all week, what has helped?", ("anxiety", "")),
        ("Spooked by every little noise lately", ("anxiety", "")),
        # "can't" states what the person cannot stop: the exams are the worry's occasion
        ("can't stop fretting before exams, what worked", ("anxiety", "")),
        ("It's been how many months already since I went for a walk?", ("last_time", "walk")),
        ("How many days now since I last slept properly?", ("last_time", "sleep")),
        # unchanged: a question that asks with "can", and the exams weighed
        ("can exams make me sleep worse?", ("activity", "study")),
        ("does revising for exams help my mood", ("activity", "study")),
    ],
)  # fmt: skip
def test_feelings_statements_and_counts(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected
