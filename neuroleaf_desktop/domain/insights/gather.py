"""The evidence for a topic: one builder per topic, numbered, never borrowed from another.

A topic with too little data gets no items and a *gap*: a plain sentence saying what is
missing and what to log. The answer is then that sentence; nothing about another topic is
offered in its place.
"""

from __future__ import annotations

from collections.abc import Iterable

from neuroleaf_desktop.domain.insights.evidence import EvidenceItem, TopicEvidence, renumber
from neuroleaf_desktop.domain.insights.facts import day_facts
from neuroleaf_desktop.domain.insights.feelings import (
    anxiety_evidence,
    energy_evidence,
    stress_evidence,
)
from neuroleaf_desktop.domain.insights.low_mood import build_evidence, low_mood_gap
from neuroleaf_desktop.domain.insights.recovery import analyse
from neuroleaf_desktop.domain.insights.sleep import sleep_evidence
from neuroleaf_desktop.domain.insights.subjects import last_time_evidence, subject_evidence
from neuroleaf_desktop.domain.insights.topics import Topic
from neuroleaf_desktop.domain.models import JournalEntry, MoodCheckIn

UNKNOWN_GAP = (
    "I can only answer questions about your own journal and check-ins, and I'm not sure what "
    "in them this is about, so I won't guess. I can look at low mood, anxiety, sleep, stress "
    "and work, energy, an activity, person or place you name, or when you last did something "
    '(e.g. "What helps when I sleep badly?").'
)
MAX_ITEMS = 6


def gather(
    topic: Topic, checkins: Iterable[MoodCheckIn], entries: Iterable[JournalEntry]
) -> TopicEvidence:
    checkin_list = list(checkins)
    entry_list = list(entries)
    if topic.kind == "unknown":
        return TopicEvidence(topic, (), (UNKNOWN_GAP,))
    notes: tuple[str, ...] = ()
    if topic.kind == "low_mood":
        report = analyse(checkin_list, entry_list)
        items: list[EvidenceItem] = build_evidence(report)
        gaps = [] if items else low_mood_gap(report)
        notes = tuple(n for n in report.notes if "No recovery" not in n)
    else:
        facts = day_facts(checkin_list, entry_list)
        if not facts:
            return TopicEvidence(topic, (), ("There are no check-ins or entries yet.",))
        if topic.kind == "sleep":
            items, gaps = sleep_evidence(facts)
        elif topic.kind == "anxiety":
            items, gaps = anxiety_evidence(facts)
        elif topic.kind == "stress":
            items, gaps = stress_evidence(facts)
        elif topic.kind == "energy":
            items, gaps = energy_evidence(facts)
        elif topic.kind == "activity":
            items, gaps = subject_evidence(facts, topic)
        else:
            items, gaps = last_time_evidence(facts, topic)
    return TopicEvidence(topic, tuple(renumber(items[:MAX_ITEMS])), tuple(gaps), notes)
