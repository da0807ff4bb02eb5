"""Care: the daily trend check and its nudge, reminders, questionnaires, breathing sessions,
the safety plan and the safety check of a saved entry. Plain Python; the scheduler and the UI
call into it."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from neuroleaf_desktop.domain import care_schedule as cs
from neuroleaf_desktop.domain.questionnaires import INSTRUMENTS, QuestionnaireResult, score
from neuroleaf_desktop.domain.safety import RECENT_DAYS, Severity, assess, with_recent_days
from neuroleaf_desktop.domain.timeutil import local_date, offset_of
from neuroleaf_desktop.errors import NotFoundError, ValidationError
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.clock import Clock
from neuroleaf_desktop.services.events import Change, EventBus, Topic
from neuroleaf_desktop.services.journal_service import JournalService
from neuroleaf_desktop.services.mood_service import MoodService
from neuroleaf_desktop.services.notifications import Notifier
from neuroleaf_desktop.services.safety_scorer import (
    SemanticScorerSource,
    TranslatorSource,
    with_translation,
)
from neuroleaf_desktop.services.settings_service import SettingsService
from neuroleaf_desktop.services.trend_service import TrendReport, TrendService
from neuroleaf_desktop.storage.repositories.care_repo import (
    CareRepository,
    NudgeRecord,
    QuestionnaireRecord,
)
from neuroleaf_desktop.storage.repositories.safety_days_repo import SafetyDaysRepository
from neuroleaf_desktop.storage.vault import Vault

log = get_logger("care")

DAILY_CHECK = "daily_check"
WEEKLY_REFLECTION = "weekly_reflection"
QUESTIONNAIRE_REMINDER = "questionnaire_reminder"
QUESTIONNAIRE_INTERVAL = timedelta(days=14)
BREATHING_PATTERNS = ("box", "4-7-8", "coherent")
SAFETY_PLAN_SECTIONS = ("warning_signs", "coping_steps", "people", "professionals", "reasons")


def reminder_run_name(at: str) -> str:
    return f"reminder_{at}"


@dataclass(frozen=True)
class CheckOutcome:
    ran: bool
    report: TrendReport | None
    nudge: NudgeRecord | None
    skipped_because: str = ""


@dataclass(frozen=True)
class EntryCheck:
    """The safety check of one saved entry: whether (and how strongly) it sounds like crisis."""

    entry_id: str
    flagged: bool
    severity: Severity
    escalation: str = ""  # "combined" or "recent_days" when raised to urgent, else ""


class CareService:
    def __init__(
        self,
        vault: Vault,
        events: EventBus,
        mood: MoodService,
        settings: SettingsService,
        clock: Clock,
        *,
        journal: JournalService,
        scorers: SemanticScorerSource | None = None,
        translators: TranslatorSource | None = None,
        local_tz: tzinfo | None = None,
    ) -> None:
        self.vault = vault
        self.journal = journal
        self.scorers = scorers
        self.translators = translators
        self.events = events
        self.mood = mood
        self.settings = settings
        self.clock = clock
        self.local_tz = local_tz
        self.trends = TrendService(mood)
        self.reflection_hook: Callable[[], None] | None = None  # set by the insights feature

    def check_entry(self, entry_id: str) -> EntryCheck:
        """Check a saved entry for crisis language (title and body together).

        With the embedding model installed, paraphrases the phrase rules miss are caught too
        (its child process starts on demand: callers run this on a worker thread); without
        it, or if it fails, the phrase rules answer alone. With the language model installed,
        German, French, Spanish, Portuguese and Italian sentences the rules pass over are
        also read in an English translation (seconds each, in memory only). A flag is
        remembered in the vault as the entry's day and level only (never words), and signs
        on several recent days raise a new flag to "urgent".
        """
        # the entry as its writer's own words: a template's unchanged questions are not theirs
        entry = self.journal.readable(entry_id)
        scorer = self.scorers.scorer() if self.scorers is not None else None
        text = f"{entry.title}\n{entry.body}"
        result = assess(text, scorer=scorer)
        translator = self.translators.translator() if self.translators is not None else None
        result = with_translation(text, result, translator, scorer)
        day = local_date(entry.created_at, entry.tz_offset_min)
        with self.vault.transaction() as conn:
            days = SafetyDaysRepository(conn)
            if result.flagged and not result.past_only:
                days.set_flag(entry.id, day, str(result.severity))
            else:
                days.clear_flag(entry.id)
            others = days.other_days_with_flags(
                day - timedelta(days=RECENT_DAYS - 1), day, besides=day
            )
        result = with_recent_days(result, others)
        return EntryCheck(entry.id, result.flagged, result.severity, result.escalation)

    def now_local(self) -> datetime:
        now = self.clock()
        return now.astimezone(self.local_tz) if self.local_tz else now.astimezone()

    # ---- the daily trend check --------------------------------------------------------------
    def trend_report(self, today: date | None = None) -> TrendReport:
        day = today or self.now_local().date()
        return self.trends.report(day, length=self.settings.snapshot().decline_length)

    def daily_check(self, notifier: Notifier | None, *, force: bool = False) -> CheckOutcome:
        """Run the check if due (once per 09:00 slot, however many days were missed)."""
        now = self.now_local()
        at = cs.parse_hhmm(self.settings.snapshot().daily_check_time)
        with self.vault.reading() as conn:
            last = CareRepository(conn).last_run(DAILY_CHECK)
        if not force and not cs.is_due(last.astimezone(now.tzinfo) if last else None, now, at):
            return CheckOutcome(False, None, None, "not due")
        report = self.trend_report(now.date())
        nudge = None
        reason = "no decline"
        if report.current is not None:
            decision = self._nudge_decision(now)
            reason = decision.reason
            if decision.allowed:
                nudge = self._record_nudge(now, "breathing", report.current.explanation)
                if notifier is not None:
                    notifier.notify(
                        "A gentle check-in",
                        f"{report.current.explanation}. Would a two-minute breathing "
                        "exercise help?",
                        action="breathing",
                    )
        with self.vault.transaction() as conn:
            CareRepository(conn).record_run(DAILY_CHECK, self.clock(), reason)
        log.info("care.daily_check", nudged=nudge is not None, outcome=reason)
        return CheckOutcome(True, report, nudge, "" if nudge else reason)

    def _nudge_decision(self, now: datetime) -> cs.NudgeDecision:
        with self.vault.reading() as conn:
            last_day = CareRepository(conn).last_nudge_day()
        settings = self.settings.snapshot()  # one consistent read for the whole decision
        snoozed = settings.nudge_snoozed_until
        return cs.may_nudge(
            now,
            enabled=settings.nudges_enabled,
            last_nudge_day=date.fromisoformat(last_day) if last_day else None,
            snoozed_until=datetime.fromisoformat(snoozed) if snoozed else None,
            quiet_start=cs.parse_hhmm(settings.quiet_hours_start),
            quiet_end=cs.parse_hhmm(settings.quiet_hours_end),
        )

    def _record_nudge(self, now: datetime, kind: str, reason: str) -> NudgeRecord:
        record = NudgeRecord(
            id=str(uuid.uuid4()),
            kind=kind,
            created_at=self.clock(),
            local_day=now.date().isoformat(),
            reason=reason,
            state="shown",
        )
        with self.vault.transaction() as conn:
            CareRepository(conn).add_nudge(record)
        self.events.publish(Change(Topic.SETTINGS, "nudge", record.id))
        return record

    def nudges(self, limit: int = 100) -> list[NudgeRecord]:
        with self.vault.reading() as conn:
            return CareRepository(conn).nudges(limit)

    def mark_nudge(self, nudge_id: str, state: str) -> None:
        if state not in ("opened", "dismissed"):
            raise ValidationError("A nudge can be marked opened or dismissed.")
        with self.vault.transaction() as conn:
            if not CareRepository(conn).set_nudge_state(nudge_id, state):
                raise NotFoundError(f"No nudge {nudge_id}.")

    def snooze(self, hours: float) -> datetime:
        until = self.now_local() + timedelta(hours=hours)
        self.settings.set("nudge_snoozed_until", until.isoformat())
        return until

    # ---- reminders and the weekly reflection --------------------------------------------------
    def reminder_check(self, at_text: str, notifier: Notifier | None) -> bool:
        """Remind to log at ``at_text`` unless already logged today. Returns True if shown."""
        now = self.now_local()
        name = reminder_run_name(at_text)
        with self.vault.reading() as conn:
            last = CareRepository(conn).last_run(name)
        if not cs.is_due(
            last.astimezone(now.tzinfo) if last else None, now, cs.parse_hhmm(at_text)
        ):
            return False
        start_of_day = now.replace(hour=0, minute=0, second=0, microsecond=0)
        logged_today = bool(self.mood.list(start_of_day, None, limit=1))
        with self.vault.transaction() as conn:
            CareRepository(conn).record_run(name, self.clock(), "skipped" if logged_today else "")
        if logged_today:
            return False
        if notifier is not None:
            notifier.notify("How are you today?", "A 10-second mood check-in.", action="mood")
        return True

    def weekly_reflection(self) -> bool:
        now = self.now_local()
        with self.vault.reading() as conn:
            last = CareRepository(conn).last_run(WEEKLY_REFLECTION)
        if last is not None and now - last.astimezone(now.tzinfo) < timedelta(days=7):
            return False
        if self.reflection_hook is not None:
            self.reflection_hook()
        with self.vault.transaction() as conn:
            CareRepository(conn).record_run(WEEKLY_REFLECTION, self.clock())
        return True

    def run_due(self, notifier: Notifier | None) -> list[str]:
        """Everything due now, each at most once: what the scheduler calls at start and on time."""
        ran = []
        if self.daily_check(notifier).ran:
            ran.append(DAILY_CHECK)
        for at_text in self.settings.snapshot().reminder_times:
            if self.reminder_check(at_text, notifier):
                ran.append(reminder_run_name(at_text))
        if self.questionnaire_reminder_check(notifier):
            ran.append(QUESTIONNAIRE_REMINDER)
        return ran

    def questionnaire_reminder_check(self, notifier: Notifier | None) -> bool:
        """The optional two-weekly PHQ-9/GAD-7 reminder: at most every 14 days, only when the
        last questionnaire is 14+ days old, never in quiet hours."""
        settings = self.settings.snapshot()
        if not settings.questionnaire_reminders:
            return False
        now = self.now_local()
        quiet = cs.in_quiet_hours(
            now, cs.parse_hhmm(settings.quiet_hours_start), cs.parse_hhmm(settings.quiet_hours_end)
        )
        with self.vault.reading() as conn:
            repo = CareRepository(conn)
            last_reminder = repo.last_run(QUESTIONNAIRE_REMINDER)
            results = repo.results()
        last_taken = max((r.taken_at for r in results), default=None)
        utc_now = self.clock()
        if quiet or any(
            t is not None and utc_now - t < QUESTIONNAIRE_INTERVAL
            for t in (last_reminder, last_taken)
        ):
            return False
        with self.vault.transaction() as conn:
            CareRepository(conn).record_run(QUESTIONNAIRE_REMINDER, utc_now)
        if notifier is not None:
            notifier.notify(
                "Two-weekly check-in",
                "A 2-minute PHQ-9 / GAD-7 check-in is due. It is a screening, not a diagnosis.",
                action="questionnaire",
            )
        return True

    # ---- questionnaires ---------------------------------------------------------------------
    def record_questionnaire(
        self, instrument: str, answers: Sequence[object]
    ) -> QuestionnaireResult:
        if instrument not in INSTRUMENTS:
            raise ValidationError(f"Unknown questionnaire {instrument!r}: use phq9 or gad7.")
        result = score(INSTRUMENTS[instrument], answers)
        now = self.clock()
        record = QuestionnaireRecord(
            id=str(uuid.uuid4()), instrument=instrument, taken_at=now,
            tz_offset_min=offset_of(self.now_local()), answers=result.answers,
            total=result.total, band=result.band.value,
        )  # fmt: skip
        with self.vault.transaction() as conn:
            CareRepository(conn).add_result(record)
        log.info("care.questionnaire", instrument=instrument)
        return result

    def questionnaire_history(self, instrument: str | None = None) -> list[QuestionnaireRecord]:
        with self.vault.reading() as conn:
            return CareRepository(conn).results(instrument)

    # ---- breathing and the safety plan --------------------------------------------------------
    def record_breathing(
        self, pattern: str, duration_s: int, before: int | None, after: int | None,
        nudge_id: str | None = None,
    ) -> str:  # fmt: skip
        if pattern not in BREATHING_PATTERNS:
            raise ValidationError(f"Unknown breathing pattern {pattern!r}.")
        for value in (before, after):
            if value is not None and not 1 <= value <= 10:
                raise ValidationError("How you feel is rated from 1 to 10.")
        session_id = str(uuid.uuid4())
        with self.vault.transaction() as conn:
            CareRepository(conn).add_breathing(
                session_id, pattern, self.clock(), duration_s, before, after, nudge_id
            )
        return session_id

    def breathing_sessions(self) -> list[dict[str, Any]]:
        with self.vault.reading() as conn:
            return CareRepository(conn).breathing_sessions()

    def safety_plan(self) -> dict[str, list[str]]:
        with self.vault.reading() as conn:
            stored = CareRepository(conn).safety_plan() or {}
        return {k: [str(x) for x in stored.get(k, [])] for k in SAFETY_PLAN_SECTIONS}

    def set_safety_plan(self, plan: dict[str, list[str]]) -> None:
        unknown = set(plan) - set(SAFETY_PLAN_SECTIONS)
        if unknown:
            raise ValidationError(f"Unknown safety-plan sections: {', '.join(sorted(unknown))}.")
        clean = {k: [s.strip() for s in plan.get(k, []) if s.strip()] for k in SAFETY_PLAN_SECTIONS}
        with self.vault.transaction() as conn:
            CareRepository(conn).set_safety_plan(clean, self.clock())
