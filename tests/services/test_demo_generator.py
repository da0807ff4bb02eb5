"""The demo generator: deterministic, valid, believable, and honest about its ground truth.

Other features (decline nudges, "what helped last time?", sleep insights) are tested against
this data, so here we pin down that the patterns they rely on are really in it.
"""

from __future__ import annotations

import hashlib
import os
import re
import statistics
import subprocess
import sys
from collections import defaultdict
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from neuroleaf_desktop.demo import (
    DEMO_PASSPHRASE,
    DemoData,
    create_demo_profile,
    generate,
    populate,
)
from neuroleaf_desktop.demo.generator import (
    HOME_OFFSET_MIN,
    POSITIVE_ACTIVITIES,
    to_journal_entry,
    to_mood_checkin,
)
from neuroleaf_desktop.domain.emotions import EMOTION_GRID, EMOTION_WORDS
from neuroleaf_desktop.domain.models import EntrySource
from neuroleaf_desktop.domain.passphrase import check_passphrase
from neuroleaf_desktop.errors import ValidationError
from neuroleaf_desktop.services.mood_service import validate_checkin
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session

END = date(2026, 3, 1)
PLEASANTNESS = {e.word: e.pleasantness for e in EMOTION_GRID}


@cache
def two_years(seed: int = 7) -> DemoData:
    return generate(2, seed=seed, end=END)


def local_day(moment: datetime | None) -> date:
    assert moment is not None and moment.tzinfo is not None
    return moment.date()  # generated datetimes carry the writer's local offset


def daily_means(data: DemoData) -> dict[date, float]:
    moods: dict[date, list[int]] = defaultdict(list)
    for c in data.checkins:
        moods[local_day(c.logged_at)].append(c.mood)
    return {day: sum(v) / len(v) for day, v in sorted(moods.items())}


def daily_activities(data: DemoData) -> dict[date, set[str]]:
    found: dict[date, set[str]] = defaultdict(set)
    for c in data.checkins:
        found[local_day(c.logged_at)].update(c.activities)
    return found


def first_sleep(data: DemoData) -> dict[date, float]:
    found: dict[date, float] = {}
    for c in data.checkins:
        if c.sleep_hours is not None:
            found.setdefault(local_day(c.logged_at), c.sleep_hours)
    return found


# ---- determinism ------------------------------------------------------------------------------
def test_same_inputs_give_identical_data() -> None:
    assert generate(1, seed=3, end=END) == generate(1, seed=3, end=END)


def test_other_seed_or_end_gives_other_data() -> None:
    base = generate(1, seed=3, end=END)
    assert generate(1, seed=4, end=END) != base
    assert generate(1, seed=3, end=END + timedelta(days=1)) != base


_DIGEST = (
    "import hashlib, datetime; from neuroleaf_desktop.demo import generate; "
    "d = generate(0.5, seed=11, end=datetime.date(2026, 3, 1)); "
    "print(hashlib.sha256(repr(d).encode()).hexdigest())"
)


def test_deterministic_across_processes_and_hash_seeds() -> None:
    """Set iteration order changes with PYTHONHASHSEED; the generator must not depend on it."""
    digests = set()
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = subprocess.run(
            [sys.executable, "-c", _DIGEST], env=env, capture_output=True, text=True, check=True
        )
        digests.add(out.stdout.strip())
    here = hashlib.sha256(repr(generate(0.5, seed=11, end=END)).encode()).hexdigest()
    assert digests == {here}


def test_default_end_is_today_and_nothing_is_in_the_future() -> None:
    data = generate(0.05)
    assert data.end == date.today()
    assert all(local_day(c.logged_at) < data.end for c in data.checkins)
    assert all(local_day(e.created_at) < data.end for e in data.entries)


def test_rejects_non_positive_years() -> None:
    with pytest.raises(ValueError, match="positive"):
        generate(0)


# ---- validity ---------------------------------------------------------------------------------
def assert_valid(data: DemoData) -> None:
    for c in data.checkins:
        assert validate_checkin(c) == c  # already clean: labels lower-case, no duplicates
        assert 1 <= c.mood <= 10
        assert c.logged_at is not None and c.logged_at.tzinfo is not None
        assert c.tz_offset_min == c.logged_at.utcoffset() // timedelta(minutes=1)  # type: ignore[operator]
        assert data.start <= local_day(c.logged_at) < data.end
        assert set(c.emotions) <= EMOTION_WORDS
        to_mood_checkin(c)
    for e in data.entries:
        assert 40 <= len(e.body.split()) <= 300, e.body
        assert e.title and "\n" not in e.title
        assert e.created_at is not None and e.tz_offset_min is not None
        assert data.start <= local_day(e.created_at) < data.end
        stored = to_journal_entry(e)
        assert stored.title == e.title and stored.body == e.body and stored.tags == e.tags
        if e.source is EntrySource.VOICE:
            assert e.voice_duration_s is not None and e.voice_duration_s > 0
        else:
            assert e.voice_duration_s is None


def test_two_years_are_valid() -> None:
    assert_valid(two_years())


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    years=st.floats(min_value=0.01, max_value=0.6),
    seed=st.integers(min_value=0, max_value=2**32),
    offset=st.integers(min_value=-4000, max_value=4000),
)
def test_any_short_span_is_valid(years: float, seed: int, offset: int) -> None:
    data = generate(years, seed=seed, end=END + timedelta(days=offset))
    assert_valid(data)
    assert_declines_hold(data)


def test_demo_passphrase_is_acceptable() -> None:
    check_passphrase(DEMO_PASSPHRASE)


# ---- declines -----------------------------------------------------------------------------------
def assert_declines_hold(data: DemoData) -> None:
    means = daily_means(data)
    activities = daily_activities(data)
    days = list(means)
    episode_days: set[date] = set()
    for ep in data.declines:
        span = [ep.start + timedelta(days=k) for k in range((ep.end - ep.start).days + 1)]
        assert 3 <= len(span) <= 5
        assert [means[d] for d in span] == list(ep.daily_values)
        assert all(a > b for a, b in zip(ep.daily_values, ep.daily_values[1:], strict=False))
        assert ep.daily_values[0] - ep.daily_values[-1] >= 3  # pronounced, not noise
        assert ep.recovery_date == ep.end + timedelta(days=1)
        assert means[ep.recovery_date] > ep.daily_values[-1]
        assert set(ep.recovery_activities) <= activities[ep.recovery_date]
        for d in span:  # nothing that usually helps happens during the slide
            assert not activities[d] & POSITIVE_ACTIVITIES
        recovery_entries = [
            e.body for e in data.entries if local_day(e.created_at) == ep.recovery_date
        ]
        assert any(ep.recovery_text in body for body in recovery_entries)
        episode_days.update(span)
    # The planted episodes are the only 3-day strictly declining runs (gaps skipped).
    for i in range(2, len(days)):
        a, b, c = days[i - 2 : i + 1]
        if means[a] > means[b] > means[c]:
            assert {a, b, c} <= episode_days, (a, b, c)


def test_declines_are_real_and_recover_after_named_activities() -> None:
    data = two_years()
    assert 7 <= len(data.declines) <= 9  # about four a year
    assert_declines_hold(data)
    assert len({ep.recovery_activities for ep in data.declines}) >= 3


def test_ten_years_of_declines_hold() -> None:
    data = generate(10, seed=1, end=END)
    assert 38 <= len(data.declines) <= 42
    assert_declines_hold(data)


# ---- believable patterns ------------------------------------------------------------------------
@pytest.mark.parametrize("seed", [7, 8, 9])
def test_sleep_predicts_the_next_days_mood(seed: int) -> None:
    """``sleep_hours`` is last night's sleep; it goes with the mood of the day that follows."""
    data = two_years(seed)
    means, sleep = daily_means(data), first_sleep(data)
    days = sorted(sleep)
    r = statistics.correlation([sleep[d] for d in days], [means[d] for d in days])
    assert 0.4 <= r <= 0.65


def test_weekends_are_better_and_winter_is_harder() -> None:
    means = daily_means(two_years())
    weekend = statistics.mean(m for d, m in means.items() if d.weekday() >= 5)
    weekday = statistics.mean(m for d, m in means.items() if d.weekday() < 5)
    winter = statistics.mean(m for d, m in means.items() if d.month in (12, 1, 2))
    summer = statistics.mean(m for d, m in means.items() if d.month in (6, 7, 8))
    assert weekend > weekday + 0.3
    assert summer > winter + 0.4


def test_helpful_activities_lift_the_next_day() -> None:
    data = generate(3, seed=7, end=END)
    means, acts = daily_means(data), daily_activities(data)

    def next_day_mood(activity: str) -> float:
        return statistics.mean(
            means[d + timedelta(days=1)]
            for d, names in acts.items()
            if activity in names and d + timedelta(days=1) in means
        )

    for good in ("walk", "exercise", "friends", "nature", "therapy"):
        for bad in ("alcohol", "screen late"):
            assert next_day_mood(good) > next_day_mood(bad), (good, bad)


def test_energy_and_anxiety_follow_mood() -> None:
    data = two_years()
    moods = [c.mood for c in data.checkins if c.energy is not None and c.anxiety is not None]
    energy = [c.energy for c in data.checkins if c.energy is not None and c.anxiety is not None]
    anxiety = [c.anxiety for c in data.checkins if c.energy is not None and c.anxiety is not None]
    assert statistics.correlation(moods, energy) > 0.3
    assert statistics.correlation(moods, anxiety) < -0.3


def test_emotion_words_match_the_mood() -> None:
    data = two_years()
    good = [PLEASANTNESS[w] for c in data.checkins if c.mood >= 8 for w in c.emotions]
    bad = [PLEASANTNESS[w] for c in data.checkins if c.mood <= 3 for w in c.emotions]
    assert statistics.mean(good) > 1 and statistics.mean(bad) < -1
    used = {w for c in data.checkins for w in c.emotions}
    assert len(used) >= 20


def test_checkin_rhythm_has_gaps_and_doubles() -> None:
    data = two_years()
    per_day: dict[date, int] = defaultdict(int)
    for c in data.checkins:
        per_day[local_day(c.logged_at)] += 1
    total_days = (data.end - data.start).days
    assert 0.02 < 1 - len(per_day) / total_days < 0.12  # some days without a check-in
    assert set(per_day.values()) == {1, 2}
    assert 1.3 < len(data.checkins) / total_days < 1.7
    assert sum(1 for c in data.checkins if c.note) > 50


def test_travel_changes_the_offset() -> None:
    data = two_years()
    assert data.travels
    away = {t.tz_offset_min for t in data.travels}
    offsets = {c.tz_offset_min for c in data.checkins}
    assert HOME_OFFSET_MIN in offsets and offsets - {HOME_OFFSET_MIN} <= away
    for c in data.checkins:
        on_trip = [t for t in data.travels if t.start <= local_day(c.logged_at) <= t.end]
        expected = on_trip[0].tz_offset_min if on_trip else HOME_OFFSET_MIN
        assert c.tz_offset_min == expected


# ---- entries ----------------------------------------------------------------------------------
def test_entries_are_varied() -> None:
    data = two_years()
    weeks = (data.end - data.start).days / 7
    assert 3.3 <= len(data.entries) / weeks <= 4.8
    titles = {e.title for e in data.entries}
    sentences = {
        s for e in data.entries for s in re.split(r"(?<=[.!?])\s+", e.body.replace("\n", " "))
    }
    assert len(titles) >= 200
    assert len(sentences) >= 500
    tags = {t for e in data.entries for t in e.tags}
    assert {"work", "family", "sleep", "therapy", "anxiety", "gratitude"} <= tags
    emotions_named = {w for e in data.entries for w in EMOTION_WORDS if f" {w}" in e.body}
    assert len(emotions_named) >= 15
    hours = {e.created_at.hour for e in data.entries if e.created_at is not None}
    assert len(hours) >= 12  # morning pages, lunch notes, late-night entries
    lengths = [len(e.body.split()) for e in data.entries]
    assert min(lengths) < 60 and max(lengths) > 200
    voice = [e for e in data.entries if e.source is EntrySource.VOICE]
    assert 5 <= len(voice) <= 0.12 * len(data.entries)
    assert sum(1 for e in data.entries if "\n\n" in e.body) > len(data.entries) / 4


# ---- writing into a real vault ----------------------------------------------------------------
def test_populate_writes_everything(session: Session) -> None:
    data = generate(0.3, seed=5, end=END)
    populate(session, data, batch=37)
    assert session.journal.count() == len(data.entries)
    stored = session.mood.list()
    assert len(stored) == len(data.checkins)
    assert sorted(c.logged_at for c in stored) == sorted(
        c.logged_at for c in data.checkins if c.logged_at is not None
    )
    assert {c.tz_offset_min for c in stored} == {c.tz_offset_min for c in data.checkins}
    ep = data.declines[0]
    hits = session.journal.search(" ".join(ep.recovery_text.split()[:4]))
    assert any(h.created_at.date() <= ep.recovery_date for h in hits)
    newest = session.journal.list()[0]
    assert newest.created_at == max(e.created_at for e in data.entries if e.created_at)


def test_populate_rejects_invalid_data_before_writing(session: Session) -> None:
    data = generate(0.05, seed=5, end=END)
    broken = replace(data.checkins[-1], mood=11)
    bad = replace(data, checkins=[*data.checkins[:-1], broken])
    with pytest.raises(ValidationError, match="Mood"):
        populate(session, bad)
    assert session.journal.count() == 0


def test_create_demo_profile_opens_with_the_demo_passphrase(store: ProfileStore) -> None:
    with create_demo_profile(store, 0.1, name="Demo", seed=2) as session:
        expected = generate(0.1, seed=2)
        assert session.journal.count() == len(expected.entries)
    with store.open("Demo", DEMO_PASSPHRASE) as reopened:
        assert len(reopened.mood.list()) == len(expected.checkins)
