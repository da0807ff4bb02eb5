"""Each topic's evidence: its own, honest, and stated in words the claim verifier accepts."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from neuroleaf_desktop.demo.generator import generate, to_journal_entry, to_mood_checkin
from neuroleaf_desktop.domain.insight_answer import template_answer
from neuroleaf_desktop.domain.insights import (
    Claim,
    Topic,
    classify,
    gather,
    name_candidates,
    names_in,
    verify_claim,
)
from neuroleaf_desktop.domain.models import JournalEntry, MoodCheckIn
from neuroleaf_desktop.domain.timeutil import local_date

TOPICS = (
    Topic("low_mood"),
    Topic("sleep"),
    Topic("anxiety"),
    Topic("stress"),
    Topic("energy"),
    Topic("activity", "walk", "activity"),
    Topic("activity", "alcohol", "activity"),
    Topic("activity", "Sam", "name"),
    Topic("last_time", "walk", "activity"),
    Topic("last_time", "anxiety", "feeling"),
)


@pytest.fixture(scope="module")
def demo() -> tuple[list[MoodCheckIn], list[JournalEntry]]:
    data = generate(years=1, seed=11, end=date(2026, 11, 1))
    return [to_mood_checkin(c) for c in data.checkins], [to_journal_entry(e) for e in data.entries]


def test_every_topic_has_its_own_evidence(demo: tuple) -> None:  # type: ignore[type-arg]
    checkins, entries = demo
    found = {t: gather(t, checkins, entries) for t in TOPICS}
    assert all(f.items for f in found.values())
    summaries = {t: tuple(i.summary for i in f.items) for t, f in found.items()}
    assert len(set(summaries.values())) == len(TOPICS)  # no two questions share evidence
    assert all("recoveries" not in s for t, ss in summaries.items() if t.kind != "low_mood"
               for s in ss)  # fmt: skip
    assert any("nights were poor" in s for s in summaries[Topic("sleep")])
    assert any("anxiety" in s.lower() for s in summaries[Topic("anxiety")])


def test_each_evidence_sentence_passes_the_verifier_as_a_claim(demo: tuple) -> None:  # type: ignore[type-arg]
    """The template answer says nothing the verifier would not let a model say."""
    checkins, entries = demo
    for topic in TOPICS:
        for item in gather(topic, checkins, entries).items:
            check = verify_claim(Claim(item.summary, (item.number,)), [item])
            assert check.ok, (topic, item.summary, check.reasons)


def test_associations_are_directions_only_when_the_interval_excludes_zero(demo: tuple) -> None:  # type: ignore[type-arg]
    checkins, entries = demo
    for topic in (Topic("activity", "walk", "activity"), Topic("stress"), Topic("energy")):
        for item in gather(topic, checkins, entries).items:
            if "95% interval" not in item.summary:
                continue
            low, high = (float(x) for x in item.summary.split("interval ")[1].split(";")[0]
                         .split(" to "))  # fmt: skip
            excludes_zero = low > 0 or high < 0
            assert (item.direction != "none") == excludes_zero, item.summary
            assert ("not clear yet" in item.summary) == (not excludes_zero)


def _checkin(day: date, mood: int, n: int, **kw: object) -> MoodCheckIn:
    at = datetime(day.year, day.month, day.day, 20, tzinfo=UTC)
    return MoodCheckIn(id=f"c{n}", logged_at=at, tz_offset_min=0, mood=mood, **kw)  # type: ignore[arg-type]


def test_too_little_data_gets_a_plain_gap_never_borrowed_evidence() -> None:
    start = date(2026, 10, 1)
    sleep_only = [
        _checkin(start + timedelta(days=i), 6, i, sleep_hours=(4.5, 7.5, 8.0, 6.0, 9.0)[i % 5])
        for i in range(15)
    ]
    assert gather(Topic("sleep"), sleep_only, []).items
    for topic in (Topic("anxiety"), Topic("low_mood"), Topic("energy"), Topic("stress")):
        found = gather(topic, sleep_only, [])
        assert not found.items and found.gaps, topic
        text = template_answer(found)
        assert "night" not in text and "sleep" not in text.replace("Add ", "")
    one = [_checkin(date(2026, 11, 30), 6, 0, note="Felt calmer than yesterday")]
    low = gather(Topic("low_mood"), one, [])
    assert not low.items and "1 day(s) of check-ins" in template_answer(low)
    assert "walk" not in template_answer(low)
    unknown = gather(Topic("unknown"), one, [])
    assert not unknown.items and "won't guess" in unknown.gaps[0]


def test_a_place_only_in_tags_gets_its_own_evidence() -> None:
    """The demo tags travel days with the place in lower case and rarely writes it: "Did
    Kerala do me good?" is about those days, not an unknown topic or a borrowed answer."""
    data = generate(years=1, seed=11, end=date(2026, 11, 1))
    checkins = [to_mood_checkin(c) for c in data.checkins]
    entries = [to_journal_entry(e) for e in data.entries]
    tagged = {t for e in entries for t in e.tags}
    place = next(t.place for t in data.travels if t.place.lower() in tagged and " " not in t.place)
    question = f"Did {place} do me good?"
    names = names_in(name_candidates(question), [e.body for e in entries], tagged)
    topic = classify(question, activities=(), names=names)
    assert (topic.kind, topic.subject, topic.subject_kind) == ("activity", place, "name")
    found = gather(topic, checkins, entries)
    assert found.items and place in found.items[0].summary
    tagged_days = {
        local_date(e.created_at, e.tz_offset_min) for e in entries if place.lower() in e.tags
    }
    assert found.items[0].day in tagged_days  # the newest day it was tagged
