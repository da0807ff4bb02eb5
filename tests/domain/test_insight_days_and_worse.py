"""Days of the week compared, questions asked the other way round, and unknown phrases.

* a question that singles out a weekday (or weekends / weekdays) compares the topic's measure
  on those days with the other days (means, difference, 95 % interval, counts), or says
  plainly that there are too few days;
* "what doesn't help / makes it worse" shows what goes with the measure getting worse, never
  what came before recoveries;
* a thing of two or three words the data does not hold ("tai chi") is said to be missing,
  while known phrases ("screen late", "time with family") keep their topic.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from neuroleaf_desktop.domain.insights import classify, gather
from neuroleaf_desktop.domain.insights.claims import Claim, verify_claim
from neuroleaf_desktop.domain.insights.weekdays import day_groups
from neuroleaf_desktop.domain.models import MoodCheckIn

TODAY = date(2026, 11, 30)
FIRST = date(2026, 8, 3)  # a Monday


def _checkins(n: int = 84) -> list[MoodCheckIn]:
    """Mondays anxious (8) and others calm (3 or 4); 'screen late' days lower the mood and
    the next night; walks neither."""
    out = []
    for i in range(n):
        d = FIRST + timedelta(days=i)
        late = i % 3 == 0
        slept_after_late = (i - 1) % 3 == 0
        out.append(
            MoodCheckIn(
                id=i + 1,
                mood=(4 if late else 7) + i % 2,
                logged_at=datetime(d.year, d.month, d.day, 20, tzinfo=UTC),
                tz_offset_min=0,
                sleep_hours=(5.5 if slept_after_late else 7.5) + (i % 2) * 0.5,
                anxiety=8 if d.weekday() == 0 else 3 + i % 2,
                energy=5 + i % 3,
                activities=tuple(
                    a for a, on in (("screen late", late), ("walk", i % 2 == 0)) if on
                ),
            )
        )
    return out


@pytest.mark.parametrize(
    ("times", "labels"),
    [
        ("mondays", ["Mondays"]),
        ("weekends or weekdays", ["weekends"]),
        ("friday", ["Fridays"]),
        ("mondays or fridays", ["Mondays", "Fridays"]),
    ],
)
def test_day_groups(times: str, labels: list[str]) -> None:
    assert [g.label for g in day_groups(times)] == labels


def test_weekend_nights_are_friday_and_saturday() -> None:
    assert day_groups("weekends", night=True)[0].weekdays == frozenset({4, 5})


def test_a_weekday_is_compared_with_the_other_days() -> None:
    topic = classify("is there a pattern with my anxiety on mondays", today=TODAY)
    found = gather(topic, _checkins(), [])
    first = found.items[0]
    assert topic.kind == "anxiety" and "mondays against your other days" in topic.heading
    assert first.summary.startswith("Your anxiety averaged 8 on Mondays and 3.5")
    assert "higher" in first.summary and "n = 12 and 72 days" in first.summary
    assert all(d.weekday() == 0 for d in first.dates)
    assert "compared with your other days" in found.limits[0]
    assert verify_claim(Claim("Your anxiety is higher on Mondays.", (1,)), found.items).ok
    wrong = verify_claim(Claim("Your anxiety is higher on Fridays.", (1,)), found.items)
    assert not wrong.ok


def test_too_few_days_are_said_plainly() -> None:
    topic = classify("how's my energy on saturdays", today=TODAY)
    found = gather(topic, _checkins(5), [])  # Mon..Fri only
    assert not any("Saturdays" in i.summary for i in found.items)
    assert any("0 rated day(s) on Saturdays" in x and "too few" in x for x in found.limits)


def test_times_of_day_still_say_they_are_not_split() -> None:
    topic = classify("is my anxiety worse in the mornings or evenings", today=TODAY)
    found = gather(topic, _checkins(), [])
    assert "I can't split your data" in found.limits[0]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("what doesn't help my mood?", "low_mood"),
        ("what makes my anxiety worse?", "anxiety"),
        ("what hurts my sleep?", "sleep"),
        ("what should I avoid when I'm stressed?", "stress"),
    ],
)
def test_negative_questions_are_marked(question: str, kind: str) -> None:
    topic = classify(question, today=TODAY)
    assert (topic.kind, topic.worse) == (kind, True)
    assert "getting worse" in topic.heading


@pytest.mark.parametrize("question", ["what helps my mood?", "does yoga help my sleep?"])
def test_positive_questions_are_not(question: str) -> None:
    assert not classify(question, activities={"yoga"}, today=TODAY).worse


def test_what_doesnt_help_shows_only_worse_or_unclear_links() -> None:
    found = gather(classify("what doesn't help my mood?", today=TODAY), _checkins(), [])
    first = found.items[0]
    assert "screen late" in first.terms and "lower" in first.summary
    assert all("higher" not in i.summary for i in found.items)  # nothing that helps
    assert not any(i.kind == "recovery" for i in found.items)
    assert "not what helps" in found.limits[0]
    assert verify_claim(Claim("Your mood is lower on screen late days.", (1,)), found.items).ok
    assert not verify_claim(Claim("Your mood is higher on walk days.", (1,)), found.items).ok


def test_what_hurts_sleep_reads_the_night_after() -> None:
    found = gather(classify("what hurts my sleep?", today=TODAY), _checkins(), [])
    assert found.items[0].summary.startswith("Your sleep (hours) averaged 5.8 after screen late")
    assert found.items[0].direction == "down"


def test_nothing_worse_is_said_plainly() -> None:
    calm = [
        MoodCheckIn(id=i + 1, mood=6 + i % 2, logged_at=datetime(2026, 9, 1, 20, tzinfo=UTC)
                    + timedelta(days=i), tz_offset_min=0, activities=("walk",) if i % 2 else ())
        for i in range(30)
    ]  # fmt: skip
    found = gather(classify("what doesn't help my mood?", today=TODAY), calm, [])
    assert all("lower" not in i.summary for i in found.items)
    assert any("Nothing you log is clearly linked with worse mood" in g for g in found.gaps)


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("am I calmer after tai chi?", "tai chi"),
        ("does cold water swimming help my mood", "cold water swimming"),
        ("do I sleep better after hot yoga?", "hot yoga"),
        ("do board games cheer me up", "board games"),
    ],
)
def test_unknown_phrases_are_the_subject(question: str, subject: str) -> None:
    topic = classify(question, activities={"yoga", "exercise"}, today=TODAY)
    assert (topic.kind, topic.subject) == ("activity", subject)
    found = gather(topic, _checkins(), [])
    assert not found.items and f"can't find {subject}" in found.gaps[0]


@pytest.mark.parametrize(
    ("question", "kind", "subject"),
    [
        ("does screen late affect my sleep", "activity", "screen late"),
        ("do I feel better after time with family", "activity", "family"),
        ("does work stress affect my sleep", "sleep", ""),
        ("how do I feel after a long day?", "energy", ""),  # a kind of day, not a thing
        ("do I sleep better after yoga?", "activity", "yoga"),
    ],
)
def test_known_phrases_keep_their_topic(question: str, kind: str, subject: str) -> None:
    topic = classify(question, activities={"screen late", "family", "yoga"}, today=TODAY)
    assert (topic.kind, topic.subject) == (kind, subject)
