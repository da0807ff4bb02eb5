"""Questions worth asking this journal: the Insights screen offers a few, built from the
person's own data.

A suggestion is a promise that the journal can answer it, so one is offered only when it
keeps that promise by the same path a question takes: the question is read to its topic by
:meth:`InsightService.topic` (it must come out as the topic it was written for, with the same
subject), and that topic's evidence is gathered; a question whose evidence is empty is never
offered. So a new journal is offered nothing, one with only sleep logged is offered the sleep
question, and an activity is named only once it has been logged on enough days to say
something about it.

Built on the worker (it reads the vault and may use the embedding model); the questions hold
the person's activity names, so the screen drops them on lock. Nothing here is logged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from neuroleaf_desktop.domain.insights.gather import gather
from neuroleaf_desktop.domain.insights.topic import TopicKind
from neuroleaf_desktop.domain.models import JournalEntry, MoodCheckIn
from neuroleaf_desktop.domain.timeutil import local_time
from neuroleaf_desktop.services.insight_service import InsightService

# The feelings and measures the Insights answer knows, each with one plain question.
FEELING_QUESTIONS: tuple[tuple[TopicKind, str], ...] = (
    ("low_mood", "What helped last time I felt low?"),
    ("sleep", "What helps when I sleep badly?"),
    ("anxiety", "What helps when I feel anxious?"),
    ("energy", "What goes with days I have more energy?"),
    ("stress", "What helps when I'm stressed?"),
)
MAX_SUGGESTIONS = 4
MIN_ACTIVITY_DAYS = 5  # fewer days say nothing about an activity's link with mood


@dataclass(frozen=True)
class Suggestion:
    """A question the journal can answer, and the topic it was checked to read as."""

    question: str
    kind: TopicKind
    subject: str = ""


def activity_question(activity: str) -> str:
    """Asked neutrally: an activity may go with worse days as well as better ones.

    The activity is the person's own label, quoted as they wrote it: a label is often a bare
    noun ("walk", "gym", "date night") that reads wrongly inside a sentence ("days with walk"),
    and guessing an article or a plural could change what it names."""
    return f"How do my days with \u201c{activity}\u201d go?"


def frequent_activities(checkins: Sequence[MoodCheckIn], *, least_days: int) -> list[str]:
    """Activities logged on at least ``least_days`` check-in days, most days first (ties in
    alphabetical order, so the offer does not change from one opening to the next)."""
    days: dict[str, set[str]] = {}
    for checkin in checkins:
        day = local_time(checkin.logged_at, checkin.tz_offset_min).date().isoformat()
        for activity in checkin.activities:
            name = activity.strip().lower()
            if name:
                days.setdefault(name, set()).add(day)
    ranked = sorted(days.items(), key=lambda item: (-len(item[1]), item[0]))
    return [name for name, on in ranked if len(on) >= least_days]


def suggest(service: InsightService, *, limit: int = MAX_SUGGESTIONS) -> list[Suggestion]:
    """Up to ``limit`` questions this journal can answer, each kept only when it reads as its
    topic and has evidence: low mood and sleep, the most logged activity, anxiety, a second
    activity, then energy and stress."""
    checkins, entries = service.data()
    feelings = [Suggestion(question, kind) for kind, question in FEELING_QUESTIONS]
    activities: list[Suggestion] = []
    for name in frequent_activities(checkins, least_days=MIN_ACTIVITY_DAYS):
        candidate = Suggestion(activity_question(name), "activity", name)
        if answerable(service, candidate, checkins, entries):
            activities.append(candidate)
        if len(activities) == 2:
            break
    ordered = [*feelings[:2], *activities[:1], feelings[2], *activities[1:], *feelings[3:]]
    offered: list[Suggestion] = []
    for candidate in ordered:
        if len(offered) >= limit:
            break
        if candidate.kind == "activity" or answerable(service, candidate, checkins, entries):
            offered.append(candidate)
    return offered


def answerable(
    service: InsightService,
    candidate: Suggestion,
    checkins: Sequence[MoodCheckIn],
    entries: Sequence[JournalEntry],
) -> bool:
    """Whether the question reads as the topic it was written for and that topic has
    evidence in this journal."""
    topic = service.topic(candidate.question, checkins, entries)
    if topic.kind != candidate.kind:
        return False
    if candidate.subject and topic.subject.lower() != candidate.subject:
        return False
    return gather(topic, checkins, entries).enough
