"""Days of the week a question singles out ("on Mondays", "every friday", "weekends vs
weeknights"), compared with the person's other days on the topic's own measure.

The comparison is the one the work-days evidence uses (``compare``: both means, the
difference, its 95 % interval and both counts; a direction only when the interval excludes
zero). With too few rated days on either side the answer says so plainly instead.

Which days a rating belongs to: a check-in's day, except for sleep, whose hours are the night
*before* the check-in ("Sunday night" is the sleep logged on Monday), so a sleep question about
Fridays or weekends reads the nights that begin on those evenings. Weekdays and weeknights are
Monday to Friday; weekends Saturday and Sunday (for sleep: Friday and Saturday nights, the
nights before a free day, as people mean them).

Times of day and seasons are not split here: the evidence holds one value per day.
Pure.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from neuroleaf_desktop.domain.insights.compare import MIN_GROUP, compare
from neuroleaf_desktop.domain.insights.evidence import EvidenceItem
from neuroleaf_desktop.domain.insights.facts import DayFacts
from neuroleaf_desktop.domain.insights.scope import DAY_RX

DAY_NAMES: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WORKDAYS: Final = frozenset(range(5))
WEEKEND: Final = frozenset({5, 6})
# The evenings a night begins on, for sleep ("weekend nights" are Friday and Saturday).
WORKDAY_NIGHTS: Final = frozenset({6, 0, 1, 2, 3})
WEEKEND_NIGHTS: Final = frozenset({4, 5})
MAX_GROUPS: Final = 2

Measure = Callable[[DayFacts], float | None]


@dataclass(frozen=True)
class DayGroup:
    label: str  # "Mondays", "weekends"
    weekdays: frozenset[int]  # 0 = Monday


@dataclass(frozen=True)
class Measured:
    what: str  # "Your anxiety"
    measure: Measure
    night: bool = False  # a sleep value: its night begins the evening before its day


def day_groups(times: str, *, night: bool = False) -> list[DayGroup]:
    """The days the question singles out, in its order ("weekends or weekdays" is one
    comparison: weekends against the rest)."""
    groups: list[DayGroup] = []
    for m in DAY_RX.finditer(times):
        if m["d"]:
            group = DayGroup(
                m["d"].capitalize() + "s", frozenset({DAY_NAMES.index(m["d"].lower())})
            )
        elif m["g"].lower().startswith("weekend"):
            group = DayGroup("weekends", WEEKEND_NIGHTS if night else WEEKEND)
        else:
            label = "weeknights" if m["g"].lower().startswith("weeknight") else "weekdays"
            group = DayGroup(label, WORKDAY_NIGHTS if night else WORKDAYS)
        covered = {d for g in groups for d in g.weekdays}
        if group.weekdays <= covered or (covered and group.weekdays | covered == set(range(7))):
            continue  # the same days again, or "the other days" of one already named
        groups.append(group)
    return groups[:MAX_GROUPS]


def _evening(day: date, night: bool) -> date:
    return day - timedelta(days=1) if night else day


def _night_label(label: str) -> str:
    if label in ("weekends",):
        return "weekend nights (Friday and Saturday)"
    if label in ("weekdays", "weeknights"):
        return "weeknights (Sunday to Thursday)"
    return f"{label[:-1]} nights"


def weekday_evidence(
    facts: dict[date, DayFacts], times: str, measures: list[Measured]
) -> tuple[list[EvidenceItem], list[str]]:
    """One comparison per measure and day group; sentences saying which were too few."""
    items: list[EvidenceItem] = []
    too_few: list[str] = []
    for m in measures:
        values = {d: v for d, f in facts.items() if (v := m.measure(f)) is not None}
        if not values:
            continue  # a measure never rated (sleep quality) is not a comparison asked for
        for group in day_groups(times, night=m.night):
            inside = sorted(
                (d for d in values if _evening(d, m.night).weekday() in group.weekdays),
                reverse=True,
            )
            on = [values[d] for d in inside]
            off = [v for d, v in values.items() if d not in set(inside)]
            label = _night_label(group.label) if m.night else group.label
            other = "on your other nights" if m.night else "on your other days"
            result = compare(m.what, f"on {label}", on, other, off)
            if result is None:
                too_few.append(
                    f"{m.what} has {len(on)} rated day(s) on {label} and {len(off)} on the "
                    f"other days: too few to compare them (at least {MIN_GROUP} each)."
                )
                continue
            recent = tuple(inside[:3])
            evenings = tuple(_evening(d, True) for d in recent) if m.night else ()
            items.append(
                EvidenceItem(
                    0,
                    recent[0],
                    "pattern",
                    result.text,
                    dates=(*recent, *evenings),
                    terms=(m.what.lower().split()[1], group.label.lower()),
                    direction=result.direction,
                )
            )
    return items, too_few
