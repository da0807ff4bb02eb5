"""Daily trend check, nudges, reminders and the scheduler, with a controlled clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from neuroleaf_desktop.domain import care_schedule as cs
from neuroleaf_desktop.domain.models import NewCheckIn
from neuroleaf_desktop.errors import ValidationError
from neuroleaf_desktop.services.notifications import CollectingNotifier
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.scheduler import CareScheduler
from neuroleaf_desktop.services.session import Session
from tests.conftest import PASSPHRASE
from tests.support.cli_helpers import run_cli, run_json

TZ = timezone(timedelta(hours=1))


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def set_local(self, *args: int) -> None:
        self.now = datetime(*args, tzinfo=TZ).astimezone(UTC)  # type: ignore[misc]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 8, 0, tzinfo=UTC))  # Mon 09:00 local


@pytest.fixture
def care_session(store: ProfileStore, clock: FakeClock) -> Iterator[Session]:
    store.clock = clock
    session, _ = store.create("Care", PASSPHRASE)
    session.care.local_tz = TZ
    yield session
    session.close()


def log_decline(session: Session) -> None:
    """Mood 7 → 6 → 4 on Mon 2 – Wed 4 March (local noon)."""
    for day, mood in ((2, 7), (3, 6), (4, 4)):
        session.mood.log(NewCheckIn(mood, logged_at=datetime(2026, 3, day, 12, tzinfo=TZ)))


def test_decline_check_nudges_with_explanation(care_session: Session, clock: FakeClock) -> None:
    log_decline(care_session)
    clock.set_local(2026, 3, 5, 9, 0)
    notifier = CollectingNotifier()
    outcome = care_session.care.daily_check(notifier)
    assert outcome.ran and outcome.nudge is not None
    assert outcome.nudge.reason == "Your mood went 7 → 6 → 4 over Mon–Wed"
    [(_title, message, action)] = notifier.sent
    assert action == "breathing" and "7 → 6 → 4" in message
    assert [n.reason for n in care_session.care.nudges()] == [outcome.nudge.reason]


def test_no_nudge_without_decline(care_session: Session, clock: FakeClock) -> None:
    for day, mood in ((2, 5), (3, 6), (4, 4)):
        care_session.mood.log(NewCheckIn(mood, logged_at=datetime(2026, 3, day, 12, tzinfo=TZ)))
    clock.set_local(2026, 3, 5, 9, 0)
    outcome = care_session.care.daily_check(CollectingNotifier())
    assert outcome.ran and outcome.nudge is None and outcome.skipped_because == "no decline"


def test_catch_up_runs_exactly_once_after_closed_days(
    store: ProfileStore, care_session: Session, clock: FakeClock
) -> None:
    clock.set_local(2026, 3, 1, 10, 0)
    assert "daily_check" in care_session.care.run_due(None)
    care_session.close()
    log_days = store.open("Care", PASSPHRASE)
    log_days.care.local_tz = TZ
    log_decline(log_days)
    log_days.close()
    clock.set_local(2026, 3, 5, 10, 30)  # app closed over four 09:00 slots
    reopened = store.open("Care", PASSPHRASE)
    reopened.care.local_tz = TZ
    notifier = CollectingNotifier()
    scheduler = CareScheduler(reopened.care, notifier)
    try:
        ran = scheduler.start()
        assert ran.count("daily_check") == 1
        assert scheduler.catch_up().count("daily_check") == 0  # nothing due twice
        assert [a for _, _, a in notifier.sent].count("breathing") == 1
    finally:
        scheduler.stop()
        reopened.close()


def test_scheduler_fires_daily_check_at_configured_time(care_session: Session) -> None:
    scheduler = CareScheduler(care_session.care, None)
    scheduler._schedule()
    job = scheduler.jobs()["daily_check"]
    local = datetime(2026, 3, 2, 7, 15).astimezone()
    nxt = job.trigger.get_next_fire_time(None, local)
    assert (nxt.hour, nxt.minute, nxt.date()) == (9, 0, local.date())
    care_session.settings.set("daily_check_time", "07:30")
    scheduler._schedule()
    nxt = scheduler.jobs()["daily_check"].trigger.get_next_fire_time(None, local)
    assert (nxt.hour, nxt.minute) == (7, 30)
    assert "reminder_20:30" in scheduler.jobs() and "weekly_reflection" in scheduler.jobs()


def test_never_two_nudges_in_a_day(care_session: Session, clock: FakeClock) -> None:
    log_decline(care_session)
    clock.set_local(2026, 3, 5, 9, 0)
    notifier = CollectingNotifier()
    first = care_session.care.daily_check(notifier, force=True)
    clock.set_local(2026, 3, 5, 15, 0)
    second = care_session.care.daily_check(notifier, force=True)
    assert first.nudge is not None and second.nudge is None
    assert second.skipped_because == "already nudged today"
    assert len(notifier.sent) == 1 and len(care_session.care.nudges()) == 1


def test_quiet_hours_snooze_and_off_switch(care_session: Session, clock: FakeClock) -> None:
    log_decline(care_session)
    care_session.settings.set("daily_check_time", "23:00")
    clock.set_local(2026, 3, 4, 23, 5)
    assert care_session.care.daily_check(None).skipped_because == "quiet hours"
    clock.set_local(2026, 3, 5, 12, 0)
    care_session.care.snooze(hours=6)
    assert care_session.care.daily_check(None, force=True).skipped_because == "snoozed"
    care_session.settings.set("nudges_enabled", False)
    clock.set_local(2026, 3, 5, 19, 0)
    outcome = care_session.care.daily_check(None, force=True)
    assert outcome.skipped_because == "nudges are switched off"


def test_reminders_skip_when_already_logged(care_session: Session, clock: FakeClock) -> None:
    notifier = CollectingNotifier()
    clock.set_local(2026, 3, 2, 20, 45)
    assert care_session.care.reminder_check("20:30", notifier) is True
    assert care_session.care.reminder_check("20:30", notifier) is False  # once per slot
    clock.set_local(2026, 3, 3, 19, 0)
    care_session.mood.log(NewCheckIn(6))
    clock.set_local(2026, 3, 3, 20, 31)
    assert care_session.care.reminder_check("20:30", notifier) is False
    assert [a for _, _, a in notifier.sent] == ["mood"]


def test_weekly_reflection_hook_runs_weekly(care_session: Session, clock: FakeClock) -> None:
    calls: list[int] = []
    care_session.care.reflection_hook = lambda: calls.append(1)
    assert care_session.care.weekly_reflection() is True
    clock.now += timedelta(days=3)
    assert care_session.care.weekly_reflection() is False
    clock.now += timedelta(days=5)
    assert care_session.care.weekly_reflection() is True
    assert len(calls) == 2


def test_questionnaires_breathing_and_safety_plan(care_session: Session) -> None:
    result = care_session.care.record_questionnaire("phq9", [1, 1, 2, 1, 0, 1, 1, 0, 1])
    assert result.total == 8 and result.needs_safety_card
    with pytest.raises(ValidationError):
        care_session.care.record_questionnaire("gad7", [4] * 7)
    [stored] = care_session.care.questionnaire_history("phq9")
    assert stored.total == 8 and stored.band == result.band.value
    care_session.care.record_breathing("box", 120, before=4, after=6)
    assert care_session.care.breathing_sessions()[0]["after"] == 6
    with pytest.raises(ValidationError):
        care_session.care.record_breathing("box", 60, before=11, after=None)
    care_session.care.set_safety_plan({"people": ["Sam 0123", " "], "coping_steps": ["walk"]})
    plan = care_session.care.safety_plan()
    assert plan["people"] == ["Sam 0123"] and plan["warning_signs"] == []


@given(
    st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)),
    st.integers(0, 23),
    st.integers(0, 59),
    st.integers(0, 20),
)
def test_due_once_per_slot_whatever_the_gap(
    now: datetime, hour: int, minute: int, gap_days: int
) -> None:
    at = time(hour, minute)
    slot = cs.latest_slot(now, at)
    assert slot <= now < slot + timedelta(days=1)
    assert cs.is_due(None, now, at)
    last = slot - timedelta(days=gap_days, minutes=1)
    assert cs.is_due(last, now, at)  # any number of missed slots → due
    assert not cs.is_due(now, now, at)  # just ran → not due again until the next slot


def test_care_cli_round_trip(home: Path) -> None:
    run_json(home, "init", "--name", "Cli")
    for day, mood in ((1, 8), (2, 6), (3, 3)):
        run_cli(home, "mood", "log", str(mood), "--at", f"2026-01-0{day}T12:00")
    report = run_json(home, "trends", "--days", "3650")
    assert [d["explanation"] for d in report["declines"]] == [
        "Your mood went 8 → 6 → 3 over Thu–Sat"
    ]
    assert "No current decline" in run_cli(home, "trends", "--days", "3650").stdout
    result = run_json(home, "checkin", "gad7", "--answers", "3,3,3,3,3,3,3")
    assert result["total"] == 21 and result["band"] == "severe"
    assert "not a diagnosis" in result["disclaimer"]
    phq = run_cli(home, "checkin", "phq9", "--answers", "0,0,0,0,0,0,0,0,1").stdout
    assert "not carry that alone" in phq or "don't have to carry" in phq
    bad = run_cli(home, "checkin", "phq9", "--answers", "1,2", check=False)
    assert bad.returncode == 2 and "9 questions" in bad.stderr
    ran = run_json(home, "nudges", "run")
    assert "daily_check" in ran["ran"]
    assert run_json(home, "nudges") == []  # the decline was in January: not current


def test_two_weekly_questionnaire_reminder(care_session: Session, clock: FakeClock) -> None:
    notifier = CollectingNotifier()
    clock.set_local(2026, 3, 2, 12, 0)
    assert care_session.care.questionnaire_reminder_check(notifier) is False  # off by default
    care_session.settings.set("questionnaire_reminders", True)
    assert care_session.care.questionnaire_reminder_check(notifier) is True
    clock.set_local(2026, 3, 9, 12, 0)
    assert care_session.care.questionnaire_reminder_check(notifier) is False  # < 14 days
    clock.set_local(2026, 3, 16, 12, 0)
    care_session.care.record_questionnaire("gad7", [0] * 7)  # just taken: not due
    assert care_session.care.questionnaire_reminder_check(notifier) is False
    clock.set_local(2026, 3, 30, 23, 30)
    assert care_session.care.questionnaire_reminder_check(notifier) is False  # quiet hours
    clock.set_local(2026, 3, 31, 9, 0)
    assert care_session.care.questionnaire_reminder_check(notifier) is True
    assert [a for _, _, a in notifier.sent] == ["questionnaire", "questionnaire"]
