"""'What helped last time?': the evidence, checked against the demo generator's ground truth."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from neuroleaf_desktop.demo.generator import (
    DemoData,
    generate,
    to_journal_entry,
    to_mood_checkin,
)
from neuroleaf_desktop.domain.insight_answer import build_messages, template_answer
from neuroleaf_desktop.domain.insights import (
    InsightReport,
    Topic,
    analyse,
    build_evidence,
    gather,
    percentile,
    rise_text,
)
from neuroleaf_desktop.domain.insights.claim_fields import brief
from neuroleaf_desktop.domain.models import JournalEntry, MoodCheckIn
from neuroleaf_desktop.domain.timeutil import local_date

END = date(2026, 11, 1)


@pytest.fixture(scope="module")
def demo() -> tuple[DemoData, list[MoodCheckIn], list[JournalEntry], InsightReport]:
    data = generate(years=2, end=END)
    checkins = [to_mood_checkin(c) for c in data.checkins]
    entries = [to_journal_entry(e) for e in data.entries]
    return data, checkins, entries, analyse(checkins, entries)


def test_declines_and_their_recoveries_match_the_ground_truth(demo: tuple) -> None:  # type: ignore[type-arg]
    data, _c, _e, report = demo
    assert len(data.declines) >= 6
    found = [
        (r.period.start, r.period.end, r.day)
        for r in report.recoveries
        if r.period.kind == "decline"
    ]
    truth = [(d.start, d.end, d.recovery_date) for d in data.declines]
    assert found == truth
    assert not [p for p in report.unresolved if p.kind == "decline"]


def test_each_recovery_window_holds_its_named_activities_and_entry(demo: tuple) -> None:  # type: ignore[type-arg]
    data, _c, entries, report = demo
    by_day = {r.day: r for r in report.recoveries}
    by_id = {e.id: e for e in entries}
    for episode in data.declines:
        recovery = by_day[episode.recovery_date]
        for activity in episode.recovery_activities:
            assert f"activity:{activity}" in recovery.factors
        cited_bodies = [by_id[c.id].body for c in recovery.citations if c.kind == "entry"]
        assert any(episode.recovery_text in body for body in cited_bodies)
        assert recovery.quote and recovery.quote in episode.recovery_text


def test_top_factors_include_the_recovery_activities(demo: tuple) -> None:  # type: ignore[type-arg]
    data, _c, _e, report = demo
    truth = {a for d in data.declines for a in d.recovery_activities}
    top = [f.key.split(":", 1)[1] for f in report.helpers[:10]]
    assert len(truth & set(top)) >= 4, (truth, top)
    # the slide's own habits are not offered as helpers
    assert "screen late" not in top and "alcohol" not in top
    for f in report.factors:
        assert 0 < f.count <= f.recoveries == len(report.recoveries)
        assert f.lift == pytest.approx(f.share / f.base_rate)


def test_every_citation_exists_and_is_not_after_the_recovery(demo: tuple) -> None:  # type: ignore[type-arg]
    _d, checkins, entries, report = demo
    entry_days = {e.id: local_date(e.created_at, e.tz_offset_min) for e in entries}
    checkin_days = {c.id: local_date(c.logged_at, c.tz_offset_min) for c in checkins}
    for recovery in report.recoveries:
        assert recovery.citations
        for c in recovery.citations:
            days = entry_days if c.kind == "entry" else checkin_days
            assert days[c.id] == c.day
            assert recovery.day - timedelta(days=1) <= c.day <= recovery.day
    items = build_evidence(report)
    assert [i.number for i in items] == list(range(1, len(items) + 1))
    for item in items:
        for c in item.citations:
            assert c.id in entry_days or c.id in checkin_days
            assert c.day <= max(item.dates)


def test_small_n_is_said_and_nothing_is_invented() -> None:
    start = date(2025, 1, 1)
    moods = [7, 7, 6, 5, 3, 6, 7, 7]
    checkins = [_checkin(start + timedelta(days=i), m, i) for i, m in enumerate(moods)]
    report = analyse(checkins, [])
    assert [r.day for r in report.recoveries] == [date(2025, 1, 6)]
    assert report.tentative and report.low_threshold is None
    assert any("tentative" in n for n in report.notes)
    assert analyse([], []).recoveries == ()
    empty = gather(Topic("low_mood"), [], [])
    assert not empty.items and "no mood check-ins" in template_answer(empty)


def _checkin(day: date, mood: int, n: int, activities: tuple[str, ...] = ()) -> MoodCheckIn:
    at = datetime(day.year, day.month, day.day, 20, tzinfo=UTC)
    return MoodCheckIn(id=f"c{n}", logged_at=at, tz_offset_min=0, mood=mood, activities=activities)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(1, 10), min_size=0, max_size=60))
def test_any_mood_series_gives_consistent_reports(moods: list[int]) -> None:
    start = date(2025, 1, 1)
    checkins = [
        _checkin(start + timedelta(days=i), m, i, ("walk",) if i % 3 == 0 else ())
        for i, m in enumerate(moods)
    ]
    report = analyse(checkins)
    for r in report.recoveries:
        assert r.day > r.period.end
        lowest = min(
            m for i, m in enumerate(moods) if r.period.start <= start + timedelta(days=i) < r.day
        )
        assert r.mean >= r.period.pre_level or r.best >= lowest + 2
    for f in report.factors:
        assert 1 <= f.count <= f.recoveries
    items = build_evidence(report)
    allowed = {d for i in items for d in i.dates}
    assert all(i.day in allowed for i in items)


def test_percentile_is_nearest_rank() -> None:
    assert percentile([5, 1, 3, 2, 4], 0.15) == 1
    assert percentile(list(range(1, 101)), 0.15) == 15


# ---- honest wording and the prompt -------------------------------------------------------------
def test_a_rise_that_stays_below_the_usual_is_called_still_low() -> None:
    assert rise_text(3, 6, None) == ("up to 3, still low; your usual is 6", True)
    assert rise_text(5, 6.5, 4) == ("up to 5, still below your usual 6.5", True)
    assert rise_text(7, 6, None) == ("up to 7", False)
    start = date(2025, 1, 1)
    moods = [7, 7, 7, 6, 4, 3, 1, 3, 7, 7, 7]
    report = analyse([_checkin(start + timedelta(days=i), m, i) for i, m in enumerate(moods)])
    item = build_evidence(report)[0]
    assert "up to 3, still low" in item.summary and item.still_low and item.direction == "up"
    assert "better" not in item.summary


def test_prompt_holds_only_the_topic_evidence(demo: tuple) -> None:  # type: ignore[type-arg]
    _d, checkins, entries, _report = demo
    found = gather(Topic("sleep"), checkins, entries)
    messages = build_messages("What helps when I sleep badly?", found.topic, found.items)
    assert [m["role"] for m in messages] == ["system", "user"]
    user = messages[1]["content"]
    assert user.startswith("Topic: sleep")
    for item in found.items:
        assert brief(item) in user and len(brief(item)) < len(item.line()) + 60
    assert "recoveries" not in user  # nothing borrowed from the low-mood evidence
    assert not [e for e in entries if len(e.body) > 200 and e.body in user]
