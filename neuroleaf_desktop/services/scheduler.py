"""The in-process scheduler (APScheduler) for the daily check, reminders and the weekly
reflection.

APScheduler only decides *when to ask*. Every job calls ``CareService.run_due`` (or the weekly
hook), which reads the run records in the vault and does only what is due. So:

* a check missed while the app was closed runs **once** at the next start (``catch_up``), not
  once per missed day, because a single run satisfies every missed slot;
* a job firing twice (a clock change, a slow machine) cannot nudge twice: the run record and
  the one-nudge-a-day rule both stop it.
"""

from __future__ import annotations

from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger

from neuroleaf_desktop.domain.care_schedule import parse_hhmm
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.care_service import CareService
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.services.notifications import Notifier

log = get_logger("scheduler")
WEEKLY_DAY = "sun"
WEEKLY_TIME = "19:00"


class CareScheduler:
    def __init__(self, care: CareService, notifier: Notifier | None) -> None:
        self.care = care
        self.notifier = notifier
        self.scheduler: Any = BackgroundScheduler(
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600},
        )
        self._unsubscribe = care.events.subscribe(self._on_settings, Topic.SETTINGS)

    def start(self, *, catch_up: bool = True) -> list[str]:
        """Schedule the jobs; with ``catch_up`` run what was missed while the app was closed."""
        ran = self.catch_up() if catch_up else []
        self._schedule()
        self.scheduler.start()
        log.info("scheduler.started", caught_up=len(ran))
        return ran

    def catch_up(self) -> list[str]:
        return self.care.run_due(self.notifier)

    def _schedule(self) -> None:
        self.scheduler.remove_all_jobs()
        daily = parse_hhmm(str(self.care.settings.get("daily_check_time")))
        self.scheduler.add_job(
            self.care.daily_check, CronTrigger(hour=daily.hour, minute=daily.minute),
            args=[self.notifier], id="daily_check",
        )  # fmt: skip
        for at_text in self.care.settings.get("reminder_times"):
            at = parse_hhmm(str(at_text))
            self.scheduler.add_job(
                self.care.reminder_check, CronTrigger(hour=at.hour, minute=at.minute),
                args=[str(at_text), self.notifier], id=f"reminder_{at_text}",
            )  # fmt: skip
        weekly = parse_hhmm(WEEKLY_TIME)
        self.scheduler.add_job(
            self.care.weekly_reflection,
            CronTrigger(day_of_week=WEEKLY_DAY, hour=weekly.hour, minute=weekly.minute),
            id="weekly_reflection",
        )

    def jobs(self) -> dict[str, Any]:
        """Job id → APScheduler job (for the settings screen and tests)."""
        return {job.id: job for job in self.scheduler.get_jobs()}

    def _on_settings(self, change: Change) -> None:
        if change.id in ("daily_check_time", "reminder_times") and self.scheduler.running:
            self._schedule()

    def stop(self) -> None:
        self._unsubscribe()
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
