"""When the caring jobs are due, and whether a nudge may be shown. Pure functions of time.

Kept apart from APScheduler so the rules can be tested with any clock: APScheduler only
decides *when to ask*; these functions decide *what is due*. That split is what makes
"catch up exactly once after the app was closed" provable.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta


def parse_hhmm(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def latest_slot(now_local: datetime, at: time) -> datetime:
    """The most recent moment ≤ now at wall-clock time ``at`` (today's or yesterday's)."""
    today = now_local.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    return today if today <= now_local else today - timedelta(days=1)


def is_due(last_run: datetime | None, now_local: datetime, at: time) -> bool:
    """Due when the latest slot passed since the last run. Many missed days → due once."""
    slot = latest_slot(now_local, at)
    return last_run is None or last_run < slot


def in_quiet_hours(now_local: datetime, start: time, end: time) -> bool:
    """Quiet hours may wrap midnight (22:00–08:00). start == end means no quiet hours."""
    current = now_local.time()
    if start == end:
        return False
    if start < end:
        return start <= current < end
    return current >= start or current < end


@dataclass(frozen=True)
class NudgeDecision:
    allowed: bool
    reason: str  # why not, for the log and the tests ("already nudged today", …)


def may_nudge(
    now_local: datetime,
    *,
    enabled: bool,
    last_nudge_day: date | None,
    snoozed_until: datetime | None,
    quiet_start: time,
    quiet_end: time,
) -> NudgeDecision:
    """At most one nudge a day, never in quiet hours, never while snoozed or switched off."""
    if not enabled:
        return NudgeDecision(False, "nudges are switched off")
    if last_nudge_day == now_local.date():
        return NudgeDecision(False, "already nudged today")
    if snoozed_until is not None and now_local < snoozed_until:
        return NudgeDecision(False, "snoozed")
    if in_quiet_hours(now_local, quiet_start, quiet_end):
        return NudgeDecision(False, "quiet hours")
    return NudgeDecision(True, "ok")


def reminder_due(
    now_local: datetime, at: time, *, last_run: datetime | None, logged_today: bool
) -> bool:
    """A logging reminder fires once per slot, and not at all if the person already logged."""
    return is_due(last_run, now_local, at) and not logged_today
