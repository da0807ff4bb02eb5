"""Which calendar days count as "this day" in earlier years, and how their entries group.

Pure rules for the Journal's "On this day" line and ``neuroleaf journal onthisday``: the
storage layer finds the entries, these decide the days asked for and the years shown.

A person born on, married on or bereaved on 29 February has that day only one year in four;
in the other three it is remembered on 28 February, so 28 February of a non-leap year also
brings back what was written on the 29th.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class YearOnThisDay:
    """What one earlier year holds for today: counts and ids, never a title or a word.

    ``day`` is the local day of the year's newest entry (28 or 29 February may both count);
    ``entry_ids`` are newest first; ``starred`` says whether the person starred any of them.
    """

    year: int
    day: date
    entry_ids: tuple[str, ...]
    starred: bool

    @property
    def count(self) -> int:
        return len(self.entry_ids)


def same_days(today: date) -> tuple[tuple[int, int], ...]:
    """The (month, day) pairs that are "this day" in earlier years."""
    if (today.month, today.day) == (2, 28) and not calendar.isleap(today.year):
        return ((2, 28), (2, 29))
    return ((today.month, today.day),)


def by_year(found: Iterable[tuple[str, date, bool]]) -> list[YearOnThisDay]:
    """Group (id, local day, starred) rows, newest first, into one item per year, newest year
    first; ids keep the order they came in."""
    ids: dict[int, list[str]] = {}
    newest: dict[int, date] = {}
    starred: dict[int, bool] = {}
    for entry_id, day, star in found:
        ids.setdefault(day.year, []).append(entry_id)
        newest[day.year] = max(newest.get(day.year, day), day)
        starred[day.year] = starred.get(day.year, False) or star
    return [
        YearOnThisDay(year, newest[year], tuple(ids[year]), starred[year])
        for year in sorted(ids, reverse=True)
    ]
