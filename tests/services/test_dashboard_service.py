"""DashboardService on a 1-year demo profile and on an empty one."""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from neuroleaf_desktop.domain.analysis.analyzer import ANALYSER_NAME, analyse
from neuroleaf_desktop.domain.analysis.stress_keywords import category_of
from neuroleaf_desktop.domain.dashboard import (
    EMOTION_THRESHOLD,
    MIN_SLEEP_PAIRS,
    NEGATIVE_AFFECT,
    activity_effects,
    analysis_choices,
    build_heatmap,
    build_sleep_mood,
    build_timeline,
)
from neuroleaf_desktop.domain.models import MoodCheckIn, NewCheckIn
from neuroleaf_desktop.domain.trend_detector import daily_means
from neuroleaf_desktop.services.cache import session_caches
from neuroleaf_desktop.services.dashboard_service import DashboardService
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.storage.repositories.analysis_repo import AnalysisRepository
from tests.support.dashboard_data import DEMO_END, make_demo, make_empty, private_home


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    with private_home(tmp_path_factory.mktemp("dash") / "home") as store:
        session = make_demo(store)
    yield session
    session.close()


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Session]:
    with private_home(tmp_path / "home") as store:
        session = make_empty(store)
    yield session
    session.close()


def ci(mood: int, day: date, hour: int = 20, **kw: object) -> MoodCheckIn:
    return MoodCheckIn(id=f"{day}{hour}", logged_at=datetime.combine(day, datetime.min.time(), UTC)
                       + timedelta(hours=hour), tz_offset_min=0, mood=mood, **kw)  # type: ignore[arg-type]  # fmt: skip


def test_demo_summary_shapes(demo: Session) -> None:
    svc = DashboardService(demo)
    s = svc.summary(None, DEMO_END)
    assert s.first_day == DEMO_END - timedelta(days=365)
    assert len(s.timeline.days) == 366  # first day .. DEMO_END (the last day has no data)
    assert len(s.timeline.daily_mean) == len(s.timeline.rolling_mean) == 366
    assert s.checkin_count == len(s.timeline.checkins) > 400
    assert s.entry_count == s.analysed_count > 150
    assert s.keywords and s.keywords[0].weight >= s.keywords[-1].weight
    last30 = svc.summary(DEMO_END - timedelta(days=29), DEMO_END)
    assert len(last30.timeline.days) == 30 and last30.checkin_count < s.checkin_count


def test_rolling_mean_is_the_trailing_seven_day_mean(demo: Session) -> None:
    t = DashboardService(demo).summary(None, DEMO_END).timeline
    checked = 0
    for i in range(6, len(t.days)):
        window = [v for v in t.daily_mean[i - 6 : i + 1] if v is not None]
        if len(window) >= 3:
            assert t.rolling_mean[i] == pytest.approx(sum(window) / len(window))
            checked += 1
        else:
            assert t.rolling_mean[i] is None
    assert checked > 300


def test_heatmap_counts(demo: Session) -> None:
    s = DashboardService(demo).summary(None, DEMO_END)
    totals = sum(sum(r) for r in s.heatmap.totals)
    assert totals == s.checkin_count + s.analysed_count
    neg = s.heatmap.grid(NEGATIVE_AFFECT)
    assert len(neg) == 7 and all(len(r) == 6 for r in neg)
    assert 0 < s.heatmap.total(NEGATIVE_AFFECT) < totals
    assert all(n <= t for rn, rt in zip(neg, s.heatmap.totals, strict=True)
               for n, t in zip(rn, rt, strict=True))  # fmt: skip
    # a hand-made case: Monday 09:00 "anxious" check-in and a Sunday 22:00 sad entry
    monday = date(2025, 3, 3)
    # plus a Tuesday 13:00 entry with a stressor but no emotion word, and a calm one
    hm = build_heatmap(
        [ci(4, monday, 9, emotions=("anxious",)), ci(8, monday, 9, emotions=("calm",))],
        [
            (datetime(2025, 3, 9, 22), analyse("", "I felt so sad tonight.")),
            (datetime(2025, 3, 4, 13), analyse("", "Rent went up again and money is tight.")),
            (datetime(2025, 3, 4, 14), analyse("", "A calm, lovely walk by the river.")),
        ],
    )
    assert hm.grid("anxiety")[0][2] == 1 and hm.grid("calm")[0][2] == 1
    assert hm.grid(NEGATIVE_AFFECT)[0][2] == 1 and hm.grid(NEGATIVE_AFFECT)[6][5] == 1
    assert hm.grid("joy")[6][5] == 0  # no joy in that entry
    assert hm.totals[0][2] == 2
    # the stress cloud's entry counts as negative affect; the calm entry does not
    assert hm.grid(NEGATIVE_AFFECT)[1][3] == 1 and hm.totals[1][3] == 2
    assert hm.grid("calm")[1][3] == 1


def test_sleep_correlation_matches_the_demo(demo: Session) -> None:
    sleep = DashboardService(demo).summary(None, DEMO_END).sleep
    corr = sleep.same_day.correlation
    assert corr is not None and corr.n == sleep.same_day.n >= 200
    assert 0.35 < corr.r < 0.7  # the generator's sleep effect gives r ≈ 0.5
    assert corr.low < corr.r < corr.high
    half = math.atanh(corr.high) - math.atanh(corr.r)
    assert half == pytest.approx(1.959964 / math.sqrt(corr.n - 3), rel=1e-6)
    assert sleep.same_day.fit is not None and sleep.same_day.fit[0] > 0


def test_not_enough_sleep_data_below_fourteen_days() -> None:
    start = date(2025, 1, 1)
    rows = [ci(5 + i % 3, start + timedelta(days=i), 8, sleep_hours=6 + i % 4) for i in range(13)]
    data = build_sleep_mood(rows)
    assert data.same_day.n == 13 and not data.same_day.enough
    assert data.same_day.correlation is None and data.same_day.fit is None
    rows.append(ci(7, start + timedelta(days=13), 8, sleep_hours=8))
    data = build_sleep_mood(rows)
    assert data.same_day.n == MIN_SLEEP_PAIRS and data.same_day.correlation is not None


def test_activity_effects_match_the_demo(demo: Session) -> None:
    s = DashboardService(demo).summary(None, DEMO_END)
    effects = {e.activity: e for e in s.activities_next_day}
    assert effects["walk"].effect.diff > 0
    assert effects["friends"].effect.diff > 0
    assert effects["alcohol"].effect.diff < 0
    diffs = [e.effect.diff for e in s.activities_next_day]
    assert diffs == sorted(diffs, reverse=True)
    for e in s.activities_next_day + s.activities_same_day:
        assert e.n_with >= 5 and e.n_without >= 5
        assert e.effect.low <= e.effect.diff <= e.effect.high


def test_activity_effects_need_five_days_each_side() -> None:
    start = date(2025, 1, 6)
    rows = [ci(8 if i < 4 else 5, start + timedelta(days=i),
               activities=("walk",) if i < 4 else ("tv",)) for i in range(12)]  # fmt: skip
    assert activity_effects(rows) == ()  # walk: 4 days with it
    rows.append(ci(8, start + timedelta(days=12), activities=("walk",)))
    names = [e.activity for e in activity_effects(rows)]
    assert names == ["walk", "tv"]


def test_empty_profile(empty: Session) -> None:
    svc = DashboardService(empty)
    s = svc.summary(None, DEMO_END)
    assert s.is_empty and s.first_day is None and not svc.has_any_data()
    assert s.timeline.days == () and s.keywords == ()
    assert s.sleep.same_day.n == 0 and s.sleep.same_day.correlation is None
    assert s.activities_next_day == ()
    assert sum(sum(r) for r in s.heatmap.totals) == 0
    ranged = svc.summary(DEMO_END - timedelta(days=29), DEMO_END)
    assert len(ranged.timeline.days) == 30 and all(v is None for v in ranged.timeline.daily_mean)


def test_summary_is_cached_and_a_checkin_invalidates_it(empty: Session) -> None:
    svc = DashboardService(empty)
    first = svc.summary(None, DEMO_END)
    assert svc.summary(None, DEMO_END) is first
    empty.mood.log(NewCheckIn(mood=6, logged_at=datetime(2025, 5, 30, 12, tzinfo=UTC)))
    second = svc.summary(None, DEMO_END)
    assert second is not first and second.checkin_count == 1
    assert session_caches(empty).dashboard.hits >= 1


def test_timeline_builder_on_a_tiny_profile() -> None:
    day = date(2025, 2, 1)
    t = build_timeline([ci(6, day), ci(8, day, 9)], [day], day, day)
    assert t.days == (day,) and t.daily_mean == (7.0,) and t.rolling_mean == (None,)
    assert t.entry_days == (day,)
    assert [d.mean for d in daily_means([ci(6, day)])] == [6.0]


def test_stress_cloud_and_heatmap_follow_the_same_rules(demo: Session) -> None:
    """Every cloud word is a lexicon stressor, and every entry that puts one there is counted
    as negative affect by the heatmap: the two panels cannot contradict each other."""
    s = DashboardService(demo).summary(None, DEMO_END)
    words = {k.keyword for k in s.keywords}
    assert words and all(category_of(w) is not None for w in words)
    assert not {"slept", "sky", "usual", "news", "day"} & words
    with demo.vault.reading() as conn:
        dated = AnalysisRepository(conn).in_range(ANALYSER_NAME)
    stressed = [d.analysis for d in dated if d.analysis.stress_keywords]
    assert stressed
    assert all(analysis_choices(a, EMOTION_THRESHOLD) >= {NEGATIVE_AFFECT} for a in stressed)
    assert s.heatmap.total(NEGATIVE_AFFECT) >= len(stressed)


def test_outdated_analyses_stay_out_of_the_panels(empty: Session) -> None:
    """An analysis by an older analyser (its free-text "keywords" such as "sky") is waiting
    for re-analysis: the panels leave it out rather than mix two rule sets."""
    from dataclasses import replace

    from neuroleaf_desktop.domain.models import NewEntry

    day = datetime(DEMO_END.year, DEMO_END.month, DEMO_END.day, 9, tzinfo=UTC)
    old = empty.journal.add(NewEntry("", "The sky was ridiculous.", created_at=day))
    new = empty.journal.add(NewEntry("", "Deadline panic at work.", created_at=day))
    stale = replace(analyse("", old.body), analyser_version=1, stress_keywords=(("sky", 1.0),))
    with empty.vault.transaction() as conn:
        AnalysisRepository(conn).upsert(old.id, stale, day)
        AnalysisRepository(conn).upsert(new.id, analyse("", new.body), day)
    s = DashboardService(empty).summary(DEMO_END, DEMO_END)
    assert s.entry_count == 2 and s.analysed_count == 1
    assert {k.keyword for k in s.keywords} == {"deadline", "work"}
