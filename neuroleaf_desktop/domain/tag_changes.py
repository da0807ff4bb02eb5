"""What renaming, merging or removing a tag does to one entry's tags. Pure.

A tag manager changes many entries at once; each entry's new tags come from here, so the
rules are the same for the app and the command line:

* a merge (and a rename onto a name already in use, which is a merge) keeps the kept tag
  once, at the first position any of the merged tags had in that entry;
* every other tag keeps its place;
* removing drops the tag and closes the gap.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass


@dataclass(frozen=True)
class TagUsage:
    """One tag and how many entries hold it, live and in the trash (counted, never cached)."""

    name: str
    live: int
    trashed: int

    @property
    def total(self) -> int:
        return self.live + self.trashed


def merged(tags: tuple[str, ...], sources: Collection[str], into: str) -> tuple[str, ...]:
    """``tags`` with every tag of ``sources`` (and ``into`` itself) replaced by one ``into``
    at the first place any of them stood; unchanged when none of them is there."""
    folded = {*sources, into}
    out: list[str] = []
    placed = False
    for tag in tags:
        if tag in folded:
            if not placed:
                out.append(into)
                placed = True
        else:
            out.append(tag)
    return tuple(out)


def without(tags: tuple[str, ...], tag: str) -> tuple[str, ...]:
    """``tags`` without ``tag``; the others keep their order."""
    return tuple(t for t in tags if t != tag)


def sort_key(usage: TagUsage) -> tuple[str, str]:
    """Tags sorted by name as a person reads a list: case and accents aside first."""
    return (usage.name.casefold(), usage.name)
