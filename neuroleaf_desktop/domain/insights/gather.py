"""The evidence for a topic: one builder per topic, numbered, never borrowed from another.

A question that singles out days of the week gets their comparison first (``weekdays``); one
asked the other way round ("what doesn't help?") gets what goes with a worse measure
(``worse``) instead of what came before recoveries.

A topic with too little data gets no items and a *gap*: a plain sentence saying what is
missing and what to log. The answer is then that sentence; nothing about another topic is
offered in its place. A comparison ("tai chi versus a run, which calms me more?") with a side
the data does not hold is such a gap too: the held side alone would answer another question
than "which of them", so it is named as askable on its own, not shown. Each builder's items
are marked with what they are about, and the list is checked against the topic once it is put
together (``grounded.kept``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from neuroleaf_desktop.domain.insights.evidence import EvidenceItem, TopicEvidence, renumber
from neuroleaf_desktop.domain.insights.facts import DayFacts, day_facts
from neuroleaf_desktop.domain.insights.feelings import (
    anxiety_evidence,
    energy_evidence,
    stress_evidence,
)
from neuroleaf_desktop.domain.insights.grounded import about, kept
from neuroleaf_desktop.domain.insights.low_mood import build_evidence, low_mood_gap
from neuroleaf_desktop.domain.insights.recovery import analyse
from neuroleaf_desktop.domain.insights.scope import (
    day_times,
    empty_window,
    other_times,
    times_limit,
    window_limit,
)
from neuroleaf_desktop.domain.insights.sleep import sleep_evidence
from neuroleaf_desktop.domain.insights.subjects import (
    last_time_evidence,
    subject_days,
    subject_evidence,
)
from neuroleaf_desktop.domain.insights.topic import LABELS, SPLIT_KINDS, Topic
from neuroleaf_desktop.domain.insights.weekdays import Measured, weekday_evidence
from neuroleaf_desktop.domain.insights.worse import worse_evidence
from neuroleaf_desktop.domain.models import JournalEntry, MoodCheckIn
from neuroleaf_desktop.domain.timeutil import local_date

UNKNOWN_GAP = (
    "I can only answer questions about your own journal and check-ins, and I'm not sure what "
    "in them this is about, so I won't guess. I can look at low mood, anxiety, sleep, stress "
    "and work, energy, an activity, person or place you name, or when you last did something "
    '(e.g. "What helps when I sleep badly?").'
)
MAX_ITEMS = 6
# The measures a feeling topic is read on, as the limits name them.
MEASURE_WORDS = {"low_mood": "mood", "stress": "mood and anxiety"}
_MOOD = Measured("Your mood", lambda f: f.mood)
_ANXIETY = Measured("Your anxiety", lambda f: f.anxiety)
# The measure each feeling topic is read on, when the question singles out days of the week.
DAY_MEASURES: dict[str, list[Measured]] = {
    "low_mood": [_MOOD],
    "anxiety": [_ANXIETY],
    "sleep": [
        Measured("Your sleep (hours)", lambda f: f.sleep, night=True),
        Measured("Your sleep quality", lambda f: f.sleep_quality, night=True),
    ],
    "stress": [_MOOD, _ANXIETY],
    "energy": [Measured("Your energy", lambda f: f.energy)],
}


def gather(
    topic: Topic, checkins: Iterable[MoodCheckIn], entries: Iterable[JournalEntry]
) -> TopicEvidence:
    """The topic's evidence within the question's scope, and what that scope leaves out."""
    if topic.kind == "unknown":
        return TopicEvidence(topic, (), (UNKNOWN_GAP,))
    checkin_list = list(checkins)
    entry_list = list(entries)
    window = topic.window
    if window is not None and window.start is not None and window.end is not None:
        start, end = window.start, window.end
        checkin_list = [c for c in checkin_list
                        if start <= local_date(c.logged_at, c.tz_offset_min) <= end]  # fmt: skip
        entry_list = [e for e in entry_list
                      if start <= local_date(e.created_at, e.tz_offset_min) <= end]  # fmt: skip
        if not checkin_list and not entry_list:
            return TopicEvidence(topic, (), (empty_window(window),))
    found = _gather(topic, checkin_list, entry_list)
    too_few: list[str] = []
    days: list[EvidenceItem] = []
    if topic.splits_days:
        days, too_few = weekday_evidence(
            day_facts(checkin_list, entry_list), day_times(topic.times), DAY_MEASURES[topic.kind]
        )
        days = about(days, topic.kind)
        found = replace(found, items=tuple(renumber([*days, *found.items][:MAX_ITEMS])))
    found = kept(found)
    limits = _limits(topic, too_few, compared=bool(days))
    # with nothing shown, how the items were read ("compared with your other days below", "on
    # all days") describes nothing: only the window looked at is said before the gap
    shown = limits if found.items else limits[: topic.window is not None]
    return replace(found, limits=shown)


def _limits(topic: Topic, too_few: list[str], *, compared: bool = False) -> tuple[str, ...]:
    """What the answer could not do as asked, said first; the window's sentence first of all."""
    limits: list[str] = []
    if topic.window is not None:
        limits.append(window_limit(topic.window))
    label = LABELS.get(topic.kind) or topic.subject
    if topic.worse:
        limits.append(
            f"You asked what does not help: this shows what goes with worse "
            f"{MEASURE_WORDS.get(topic.kind, label)}, not what helps."
        )
    rest = topic.times
    if topic.splits_days:
        days, rest = day_times(topic.times), other_times(topic.times)
        measure = MEASURE_WORDS.get(topic.kind, label)
        limits.append(
            f"You asked about {days}: your {measure} on those days is compared with your other "
            "days first."
            if compared
            else f"You asked about {days}."
        )
        limits.extend(too_few)
    if rest:
        limits.append(times_limit(rest, label, days_split=topic.splits_days))
    if topic.also:
        others = " and ".join(s for s, _k in topic.also)
        limits.append(
            f"You asked to compare {topic.subject} with {others}: each is compared with your "
            "other days below, not with each other directly."
        )
    return tuple(limits)


def _missing_sides(facts: dict[date, DayFacts], topic: Topic) -> list[str]:
    """The subjects of a comparison ("tai chi versus a run") the data does not hold."""
    if not topic.also:
        return []
    sides = [(topic.subject, topic.subject_kind), *topic.also]
    return [s for s, k in sides
            if not subject_days(facts, Topic("activity", s, k))]  # type: ignore[arg-type]  # fmt: skip


def _not_comparable(topic: Topic, missing: list[str]) -> str:
    """A comparison with a side the journal lacks cannot be made: the side it holds alone would
    answer another question than "which of them", so none of its items are shown."""
    sides = [topic.subject, *(s for s, _k in topic.also)]
    held = [s for s in sides if s not in missing]
    gap = (
        f"I can't find {' or '.join(missing)} in your journal or check-ins, so I can't compare "
        f"{' with '.join(sides)}."
    )
    if held:
        gap += f" Ask about {' or '.join(held)} on its own to see those days."
    return gap + " Log it as an activity (or write about it) on the days it happens."


def _gather(
    topic: Topic, checkin_list: list[MoodCheckIn], entry_list: list[JournalEntry]
) -> TopicEvidence:
    notes: tuple[str, ...] = ()
    if topic.kind == "low_mood" and not topic.worse:
        report = analyse(checkin_list, entry_list)
        items: list[EvidenceItem] = build_evidence(report)
        gaps = [] if items else low_mood_gap(report)
        notes = tuple(n for n in report.notes if "No recovery" not in n)
    else:
        facts = day_facts(checkin_list, entry_list)
        if not facts:
            return TopicEvidence(topic, (), ("There are no check-ins or entries yet.",))
        if topic.worse:
            items, gaps = worse_evidence(facts, topic.kind)
        elif topic.kind == "sleep":
            items, gaps = sleep_evidence(facts)
        elif topic.kind == "anxiety":
            items, gaps = anxiety_evidence(facts)
        elif topic.kind == "stress":
            items, gaps = stress_evidence(facts)
        elif topic.kind == "energy":
            items, gaps = energy_evidence(facts)
        elif topic.kind == "activity" and (missing := _missing_sides(facts, topic)):
            items, gaps = [], [_not_comparable(topic, missing)]
        elif topic.kind == "activity":
            items, gaps = subject_evidence(facts, topic)
            items = about(items[: MAX_ITEMS // (1 + len(topic.also))], topic.subject)
            for subject, kind in topic.also:
                other = Topic("activity", subject, kind, focus=topic.focus)  # type: ignore[arg-type]
                more, more_gaps = subject_evidence(facts, other)
                items += about(more[: MAX_ITEMS // (1 + len(topic.also))], subject)
                gaps += more_gaps
        else:
            items, gaps = last_time_evidence(facts, topic)
            items = about(items, topic.subject)
    if topic.kind in SPLIT_KINDS:
        items = about(items, topic.kind)
    return TopicEvidence(topic, tuple(renumber(items[:MAX_ITEMS])), tuple(gaps), notes)
