"""Evidence for "what helped when I felt low?": recent recoveries and the factors before them.

Wording is honest about levels: a rise is described against the person's own usual (the
median of their daily means), so "up to 3" after a slide to 1 reads "up to 3, still low",
never simply "better".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from neuroleaf_desktop.domain.insights.evidence import EvidenceItem
from neuroleaf_desktop.domain.insights.facts import fmt
from neuroleaf_desktop.domain.insights.recovery import (
    NOT_HELPERS,
    SLEEP_FACTOR,
    FactorStat,
    InsightReport,
    Recovery,
)

LOW_MOOD_LINE: Final = 4.0  # without a personal 15th percentile, 4 of 10 or less is low


def rise_text(best: float, usual: float | None, low_line: float | None) -> tuple[str, bool]:
    """ "up to 7" or "up to 3, still low; your usual is 6"; and whether it is still low."""
    if usual is None or best >= usual:
        return f"up to {fmt(best)}", False
    line = low_line if low_line is not None else LOW_MOOD_LINE
    if best <= line:
        return f"up to {fmt(best)}, still low; your usual is {fmt(usual)}", True
    return f"up to {fmt(best)}, still below your usual {fmt(usual)}", True


def _recovery_summary(r: Recovery, report: InsightReport, hidden: frozenset[str]) -> str:
    p = r.period
    if p.kind == "decline":
        slide = "→".join(fmt(v) for v in p.values)
        low = f"Your mood fell {slide} from {p.start.isoformat()} to {p.end.isoformat()}"
    else:
        span = p.start.isoformat() if p.start == p.end else f"{p.start} to {p.end}"
        low = f"Low days {span} (mood {fmt(p.low)})"
    rise, _still = rise_text(r.best, report.usual_mood, report.low_threshold)
    text = f"{low}; it rose on {r.day.isoformat()} ({rise})."
    activities = recovery_activities(r, hidden)
    if activities:
        text += f" Logged that day: {', '.join(activities)}."
    if SLEEP_FACTOR in r.factors:
        text += " You slept more than usual the night before."
    if r.emotions:
        text += f" You felt {', '.join(r.emotions[:2])}."
    return text


def recovery_activities(r: Recovery, hidden: frozenset[str] = frozenset()) -> list[str]:
    """Activities logged on the recovery day, minus routine ones and those of the lows."""
    return sorted(
        name
        for key in r.factors
        for kind, _, name in [key.partition(":")]
        if kind == "activity" and key not in hidden
    )


def _factor_summary(f: FactorStat) -> str:
    return (
        f"'{f.label}' came before {f.count} of {f.recoveries} recoveries "
        f"(vs {round(100 * f.base_rate)}% of all days)."
    )


def hidden_factors(report: InsightReport) -> frozenset[str]:
    """Not the routine (on half of all days, e.g. work) nor what belongs to the lows."""
    return NOT_HELPERS | frozenset(
        f.key for f in report.factors if f.base_rate >= 0.5 or f.low_rate >= f.share
    )


def build_evidence(
    report: InsightReport,
    *,
    max_recoveries: int = 3,
    max_factors: int = 3,
) -> list[EvidenceItem]:
    """Recent recoveries (newest first), then the top helpers. Stable for a given input."""
    items: list[EvidenceItem] = []
    hidden = hidden_factors(report)
    recent = sorted(report.recoveries, key=lambda r: r.day, reverse=True)[:max_recoveries]
    for r in recent:
        _rise, still = rise_text(r.best, report.usual_mood, report.low_threshold)
        items.append(
            EvidenceItem(
                number=len(items) + 1,
                day=r.day,
                kind="recovery",
                summary=_recovery_summary(r, report, hidden),
                quote=r.quote,
                citations=r.citations,
                dates=(r.day, r.period.start, r.period.end),
                terms=(*recovery_activities(r, hidden), *r.emotions[:2]),
                direction="up",
                still_low=still,
            )
        )
    by_day = {r.day: r for r in report.recoveries}
    for f in report.helpers[:max_factors]:
        cites = tuple(c for d in f.days for c in by_day[d].citations if c.day == d)
        name = f.key.partition(":")[2]
        items.append(
            EvidenceItem(
                number=len(items) + 1,
                day=f.days[0],
                kind="factor",
                summary=_factor_summary(f),
                citations=cites,
                dates=f.days,
                terms=(name,) if f.kind != "sleep" else ("slept",),
            )
        )
    return items


def low_mood_gap(report: InsightReport) -> list[str]:
    """Why there is nothing to show yet, and what to log."""
    if report.observed_days == 0:
        return ["There are no mood check-ins yet. A short daily check-in is what this needs."]
    if report.unresolved and not report.recoveries:
        return [
            "Your check-ins show a low stretch, but not yet a day when your mood came back up, "
            "so there is nothing to say about what helped. Keep logging check-ins, and note "
            "what you did on the days that feel a little lighter."
        ]
    return [
        f"Your {report.observed_days} day(s) of check-ins don't show a low period followed by "
        "a recovery yet, so there is nothing to say about what helped. Daily check-ins with "
        "the activities of the day will show it over time."
    ]


def recovery_items(items: Sequence[EvidenceItem]) -> list[EvidenceItem]:
    return [i for i in items if i.kind == "recovery"]
