"""The safety card as rows: each crisis line and each step of the person's own plan, with what
it shows, what a screen reader calls it and what copying it puts on the clipboard.

A person in crisis who cannot see the card or use a mouse reaches it one row at a time, so each
row's name must say, on its own, what the row is: the service, the number to dial or text, and
when and how it answers ("Samaritans, 116 123, free to call, 24 hours"); a plan step says which
part of the plan it belongs to and where it stands in it ("People I can reach out to, 2 of 3:
Sam"). The words are the ones the card shows; nothing is added that a sighted reader would not
see, and nothing is logged.

Pure and Qt-free. The crisis lines are a bundled table; the plan is read on a worker with the
vault and its rows are built there too.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from neuroleaf_desktop.domain import crisis_lines
from neuroleaf_desktop.domain.crisis_lines import CrisisLine, RegionLines

RowKind = Literal["line", "emergency", "fallback", "step"]
Level = Literal["concern", "urgent"]

#: How the table's hours are said aloud ("24/7" is read as "twenty-four slash seven").
SPOKEN_HOURS: dict[str, str] = {"24/7": "24 hours"}

COPY_HINT = "Enter or Ctrl+C copies the number."


@dataclass(frozen=True)
class CardRow:
    """One row of the card: ``heading`` (bold, may be empty), ``main`` and ``details`` are
    shown; ``name`` and ``description`` are read; ``copy`` is what copying it gives ("" when
    there is nothing to dial)."""

    kind: RowKind
    heading: str
    main: str
    details: str
    name: str
    description: str = ""
    copy: str = ""

    def html(self, muted: str = "", *, big: bool = False, bold: bool = False) -> str:
        """The row as shown: the heading, the main text (large for a number, or bold), the
        details."""
        parts: list[str] = []
        tone = f' style="color:{muted}"' if muted else ""
        if self.heading:
            parts.append(f"<span{tone}>{html.escape(self.heading)}</span>")
        main = html.escape(self.main)
        if big:
            main = f'<span style="font-size:x-large"><b>{main}</b></span>'
        elif bold:
            main = f"<b>{main}</b>"
        parts.append(main)
        if self.details:
            parts.append(f"<small{tone}>{html.escape(self.details)}</small>")
        return "<br>".join(parts)


def line_details(line: CrisisLine) -> str:
    """What the card prints under a number: "free to call · 24/7"."""
    return " · ".join(x for x in (line.note, line.hours) if x)


def line_name(line: CrisisLine) -> str:
    """ "Samaritans, 116 123, free to call, 24 hours": the service, what to dial, how and when."""
    spoken = [line.note, SPOKEN_HOURS.get(line.hours, line.hours)]
    return ", ".join(x for x in (line.name, line.contact, *spoken) if x)


def line_rows(region: RegionLines) -> list[CardRow]:
    """The region's crisis lines in the table's order, then its emergency number; a country the
    table does not know gets the one row that says where to find help instead."""
    if crisis_lines.is_fallback(region):
        text = crisis_lines.INTERNATIONAL_FALLBACK
        return [CardRow("fallback", "", text, "", text)]
    rows = [
        CardRow(
            "line",
            line.name,
            line.contact,
            line_details(line),
            line_name(line),
            COPY_HINT,
            line.contact,
        )
        for line in region.lines
    ]
    rows.append(
        CardRow(
            "emergency",
            "",
            f"In immediate danger, call {region.emergency}.",
            "",
            f"Emergency number, for immediate danger: {region.emergency}",
            COPY_HINT,
            region.emergency,
        )
    )
    return rows


def plan_rows(
    plan: Mapping[str, Sequence[str]],
    sections: Sequence[str],
    titles: Mapping[str, str],
) -> list[CardRow]:
    """Each step of the plan, section by section in ``sections`` order; the first step of a
    section carries the section's title as its heading, and every step's name says the section
    and the step's place in it."""
    rows: list[CardRow] = []
    for key in sections:
        items = [item for item in plan.get(key, ()) if item.strip()]
        title = titles.get(key, key)
        for number, item in enumerate(items, start=1):
            rows.append(
                CardRow(
                    "step",
                    title if number == 1 else "",
                    f"•  {item}",
                    "",
                    f"{title}, {number} of {len(items)}: {item}",
                    copy=item,
                )
            )
    return rows


def level_of(severity: str) -> Level:
    """The card's level: "concern" for a single warning sign, "urgent" for anything else."""
    return "concern" if severity == "concern" else "urgent"


def opening_announcement(level: Level, heading: str, first: CardRow | None) -> str:
    """What is said when the card opens: its level, its heading and the row the keyboard is on
    ("Safety card, urgent. You don't have to carry this alone. Samaritans, 116 123, …")."""
    said = f"Safety card, {level}. {heading.rstrip('.')}."
    if first is not None and first.name:
        said += f" {first.name.rstrip('.')}."
    return said


def copied_announcement(row: CardRow) -> str:
    """What is said once a row's number is on the clipboard."""
    return f"Copied {row.copy}" if row.copy else ""
