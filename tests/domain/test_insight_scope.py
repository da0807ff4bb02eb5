"""The scope a question asks for: time windows honoured or named, times and subjects compared.

The answer must answer the question asked: a window the calendar can place limits the
evidence to its days (and with no data there says so, borrowing nothing); a window only the
person knows, or times the evidence cannot split by, are said plainly first.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from neuroleaf_desktop.domain.insight_answer import fallback_text, template_answer
from neuroleaf_desktop.domain.insights import classify, gather
from neuroleaf_desktop.domain.insights.scope import find_window, singled_out_times
from neuroleaf_desktop.domain.models import MoodCheckIn

TODAY = date(2026, 11, 18)


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("how was my sleep last month?", date(2026, 10, 1), date(2026, 10, 31)),
        ("how's my energy been over the past two weeks", date(2026, 11, 5), TODAY),
        ("anxious in the last 10 days?", date(2026, 11, 9), TODAY),
        ("was I stressed in october", date(2026, 10, 1), date(2026, 10, 31)),
        ("what helped in march", date(2026, 3, 1), date(2026, 3, 31)),
        ("did my sleep get better this year", date(2026, 1, 1), TODAY),
        ("how anxious was I last week", date(2026, 11, 9), date(2026, 11, 15)),
        ("what helped my mood this winter", date(2025, 12, 1), date(2026, 2, 28)),
        ("what helped me sleep last summer", date(2026, 6, 1), date(2026, 8, 31)),
        ("more stressed since the summer?", date(2026, 6, 1), TODAY),
        ("since christmas my mood has been rubbish", date(2025, 12, 25), TODAY),
    ],
)
def test_windows_the_calendar_places(question: str, start: date, end: date) -> None:
    window = find_window(question, TODAY)
    assert window is not None and (window.start, window.end) == (start, end)


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("have I been more anxious since I started the new job?", "since I started the new job"),
        ("since the move, have I been lower?", "since the move"),
    ],
)
def test_windows_only_the_person_knows(question: str, words: str) -> None:
    window = find_window(question, TODAY)
    assert window is not None and window.words == words and not window.placed


@pytest.mark.parametrize(
    "question",
    ["when did I last go for a walk", "what helped last time?", "why can't I sleep lately",
     "am I more anxious in winter or summer"],
)  # fmt: skip
def test_no_window(question: str) -> None:
    assert find_window(question, TODAY) is None


@pytest.mark.parametrize(
    ("question", "times"),
    [
        ("Do I sleep better on weekends than on weeknights?", "weekends or weeknights"),
        ("am I more anxious in winter or summer", "winter or summer"),
        ("why am I always wiped on Mondays?", "mondays"),
        ("Do I have more energy on days off?", ""),  # work days are compared already
        ("what helped my mood this winter", ""),  # a window, not a comparison
    ],
)
def test_times_singled_out(question: str, times: str) -> None:
    assert singled_out_times(question, find_window(question, TODAY)) == times


def _checkins(first: date, n: int) -> list[MoodCheckIn]:
    out = []
    for i in range(n):
        d = first + timedelta(days=i)
        out.append(MoodCheckIn(id=i + 1, mood=3 + i % 6, logged_at=datetime(d.year, d.month,
                   d.day, 20, tzinfo=UTC), tz_offset_min=0, sleep_hours=5.0 + i % 4,
                   anxiety=2 + i % 7, activities=("walk",) if i % 2 else ()))  # fmt: skip
    return out


def test_a_window_limits_the_evidence_to_its_days_and_says_so() -> None:
    checkins = _checkins(date(2026, 8, 1), 80)  # 2026-08-01 .. 2026-10-19
    topic = classify("how was my sleep last month?", today=TODAY)
    found = gather(topic, checkins, [])
    assert "2026-10-01 to 2026-10-31" in topic.heading
    assert found.items and all(
        date(2026, 10, 1) <= d <= date(2026, 10, 31) for i in found.items for d in i.all_dates
    )
    assert template_answer(found).startswith("This looks only at last month")


def test_an_empty_window_says_so_and_borrows_nothing() -> None:
    checkins = _checkins(date(2026, 3, 1), 60)  # nothing after April
    found = gather(classify("how anxious was I last week", today=TODAY), checkins, [])
    assert found.items == ()
    assert "no check-ins or entries from last week" in found.gaps[0]


def test_an_unplaced_window_and_singled_out_times_are_said_first() -> None:
    checkins = _checkins(date(2026, 8, 1), 80)
    for question, words in (
        ("have I been more anxious since I started the new job?", "all your data"),
        ("Do I sleep better on weekends than on weeknights?", "compared with your other days"),
        ("is my anxiety worse in the mornings or evenings", "not that comparison"),
    ):
        found = gather(classify(question, today=TODAY), checkins, [])
        assert found.items and words in found.limits[0]
        assert fallback_text(found).startswith(found.limits[0])


def _with_yoga(checkins: list[MoodCheckIn]) -> list[MoodCheckIn]:
    return [replace(c, activities=("yoga",)) if i % 3 == 0 else c for i, c in enumerate(checkins)]


def test_compared_subjects_each_get_their_evidence_and_the_named_measure_first() -> None:
    checkins = _with_yoga(_checkins(date(2026, 8, 1), 80))
    topic = classify("do I sleep better after walks or after yoga?", activities={"walk", "yoga"},
                     today=TODAY)  # fmt: skip
    found = gather(topic, checkins, [])
    assert (topic.subject, topic.also, topic.focus) == ("walk", (("yoga", "activity"),), "sleep")
    assert found.items[1].summary.startswith("Your sleep")
    assert {i.about for i in found.items} == {"walk", "yoga"}
    assert "compare walk with yoga" in found.limits[0]


@pytest.mark.parametrize(
    "question",
    [
        "do I sleep better after walks or after sauna?",
        # the side the journal lacks said first, where it was done beside it
        "Bouldering at the wall versus walks, which leaves me calmer?",
    ],
)
def test_a_comparison_with_a_side_the_journal_lacks_shows_no_items(question: str) -> None:
    # "which of them" cannot be answered from one side: the walks alone would answer another
    # question, so the answer is the plain gap naming what is missing and what is held
    checkins = _checkins(date(2026, 8, 1), 80)
    topic = classify(question, activities={"walk"}, today=TODAY)
    found = gather(topic, checkins, [])
    missing = next(s for s in (topic.subject, *(s for s, _k in topic.also)) if s != "walk")
    assert "walk" in (topic.subject, *(s for s, _k in topic.also))
    assert found.items == ()
    assert f"can't find {missing}" in found.gaps[0] and "Ask about walk" in found.gaps[0]
    assert missing in topic.heading  # the answer says what it looked at
