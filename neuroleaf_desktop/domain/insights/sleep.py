"""Sleep: poor nights measured against the person's own usual, and what came before better ones.

A check-in's ``sleep_hours`` is the night *before* its day. A night is *poor* when it is at
least an hour shorter than the person's median night or rated 1–2 of 5, *better* when half an
hour longer than the median or rated 4–5. "What came before" is the previous day's logged
activities, compared between better and poor nights (shares, with counts).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from neuroleaf_desktop.domain.insights.compare import compare
from neuroleaf_desktop.domain.insights.evidence import EvidenceItem
from neuroleaf_desktop.domain.insights.facts import DayFacts, fmt, median
from neuroleaf_desktop.domain.insights.recovery import NOT_HELPERS

MIN_NIGHTS: Final = 7
POOR_MARGIN_H: Final = 1.0
BETTER_MARGIN_H: Final = 0.5
MIN_ACTIVITY_NIGHTS: Final = 3
MIN_SHARE_GAP: Final = 0.15


@dataclass(frozen=True)
class Night:
    day: date  # the morning: the check-in day whose sleep this is
    hours: float | None
    quality: int | None


def nights(facts: dict[date, DayFacts]) -> list[Night]:
    return [
        Night(day, f.sleep, f.sleep_quality)
        for day, f in facts.items()
        if f.sleep is not None or f.sleep_quality is not None
    ]


def usual_hours(all_nights: Sequence[Night]) -> float | None:
    hours = [n.hours for n in all_nights if n.hours is not None]
    return median(hours) if len(hours) >= MIN_NIGHTS else None


def is_poor(n: Night, usual: float | None) -> bool:
    short = usual is not None and n.hours is not None and n.hours <= usual - POOR_MARGIN_H
    return short or (n.quality is not None and n.quality <= 2)


def is_better(n: Night, usual: float | None) -> bool:
    long = usual is not None and n.hours is not None and n.hours >= usual + BETTER_MARGIN_H
    return long or (n.quality is not None and n.quality >= 4)


def _night_text(n: Night) -> str:
    parts = []
    if n.hours is not None:
        parts.append(f"{fmt(n.hours)} h")
    if n.quality is not None:
        parts.append(f"rated {n.quality} of 5")
    return ", ".join(parts)


def sleep_evidence(facts: dict[date, DayFacts]) -> tuple[list[EvidenceItem], list[str]]:
    all_nights = nights(facts)
    if len(all_nights) < MIN_NIGHTS:
        return [], [
            f"You have logged sleep for {len(all_nights)} night(s); at least {MIN_NIGHTS} are "
            "needed to know what a usual night is for you. Add the hours you slept (and how "
            "well) to your check-ins."
        ]
    usual = usual_hours(all_nights)
    poor = [n for n in all_nights if is_poor(n, usual)]
    better = [n for n in all_nights if is_better(n, usual)]
    items: list[EvidenceItem] = []
    usual_text = f"Your usual night is {fmt(usual)} h" if usual is not None else "Your nights"
    recent = sorted(poor, key=lambda n: n.day, reverse=True)[:3]
    summary = f"{usual_text} (median of {len(all_nights)} nights). "
    if poor:
        summary += (
            f"{len(poor)} nights were poor (an hour or more under it, or rated 1–2 of 5); the "
            "latest: " + "; ".join(f"{n.day.isoformat()} ({_night_text(n)})" for n in recent) + "."
        )
    else:
        summary += "None were poor (an hour or more under it, or rated 1–2 of 5)."
    items.append(
        EvidenceItem(
            0, recent[0].day if recent else all_nights[-1].day, "sleep", summary,
            citations=tuple(c for n in recent for c in facts[n.day].citations()
                            if c.kind == "checkin"),
            dates=tuple(n.day for n in recent), terms=("sleep", "night", "poor", "short", "hours"),
        )
    )  # fmt: skip
    poor_days = {n.day for n in poor}
    after_poor = [m for d, f in facts.items() if d in poor_days and (m := f.mood) is not None]
    after_other = [
        m for d, f in facts.items()
        if d not in poor_days and f.sleep is not None and (m := f.mood) is not None
    ]  # fmt: skip
    mood = compare("Your mood", "on days after a poor night", after_poor,
                   "after your other nights", after_other)  # fmt: skip
    if mood is not None:
        items.append(
            EvidenceItem(0, recent[0].day, "sleep", mood.text, dates=tuple(n.day for n in recent),
                         terms=("mood", "poor", "night"), direction=mood.direction)
        )  # fmt: skip
    items.extend(_before_better(facts, better, poor))
    turn = _latest_turn(facts, all_nights, usual)
    if turn is not None:
        items.append(turn)
    return items, []


def _before(facts: dict[date, DayFacts], n: Night) -> set[str]:
    f = facts.get(n.day - timedelta(days=1))
    return set() if f is None else f.activities


def _before_better(
    facts: dict[date, DayFacts], better: Sequence[Night], poor: Sequence[Night]
) -> list[EvidenceItem]:
    """Activities of the day before, more common before better nights than before poor ones."""
    if len(better) < MIN_ACTIVITY_NIGHTS or len(poor) < MIN_ACTIVITY_NIGHTS:
        return []
    counts: dict[str, tuple[int, int]] = {}
    names = {a for n in [*better, *poor] for a in _before(facts, n)}
    for name in names:
        k_good = sum(name in _before(facts, n) for n in better)
        k_poor = sum(name in _before(facts, n) for n in poor)
        counts[name] = (k_good, k_poor)
    ranked = sorted(
        counts,
        key=lambda a: -abs(counts[a][0] / len(better) - counts[a][1] / len(poor)),
    )
    out: list[EvidenceItem] = []
    for name in ranked:
        k_good, k_poor = counts[name]
        share_good, share_poor = k_good / len(better), k_poor / len(poor)
        if abs(share_good - share_poor) < MIN_SHARE_GAP or max(k_good, k_poor) < 3:
            continue
        if f"activity:{name}" in NOT_HELPERS and share_good > share_poor:
            continue  # never present a habit like alcohol as coming before good sleep
        which = [n for n in better if name in _before(facts, n)]
        if not which:
            which = [n for n in poor if name in _before(facts, n)]
        days = tuple(sorted((n.day for n in which), reverse=True)[:3])
        summary = (
            f"The day before your {len(better)} better nights you had logged {name} on "
            f"{k_good} ({round(100 * share_good)}%); before your {len(poor)} poor nights, on "
            f"{k_poor} ({round(100 * share_poor)}%)."
        )
        out.append(EvidenceItem(0, days[0], "sleep", summary, dates=days,
                                terms=(name, "better", "poor", "night")))  # fmt: skip
        if len(out) == 3:
            break
    return out


def _latest_turn(
    facts: dict[date, DayFacts], all_nights: Sequence[Night], usual: float | None
) -> EvidenceItem | None:
    """The latest better night that followed a poor one within three days."""
    ordered = sorted(all_nights, key=lambda n: n.day)
    for i in range(len(ordered) - 1, 0, -1):
        n = ordered[i]
        if not is_better(n, usual):
            continue
        prior = [p for p in ordered[max(0, i - 3) : i] if (n.day - p.day).days <= 3]
        poor = [p for p in prior if is_poor(p, usual)]
        if not poor:
            continue
        activities = sorted(a for a in _before(facts, n) if f"activity:{a}" not in NOT_HELPERS)
        text = (
            f"After a poor night on {poor[-1].day.isoformat()} ({_night_text(poor[-1])}), you "
            f"slept better on {n.day.isoformat()} ({_night_text(n)})."
        )
        if activities:
            text += f" The day before you had logged {', '.join(activities)}."
        before = facts.get(n.day - timedelta(days=1))
        cites = tuple(before.citations()) if before is not None else ()
        return EvidenceItem(0, n.day, "sleep", text, citations=cites,
                            dates=(n.day, poor[-1].day, n.day - timedelta(days=1)),
                            terms=(*activities, "slept", "better", "poor", "night"),
                            direction="up")  # fmt: skip
    return None
