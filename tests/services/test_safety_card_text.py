"""The safety card's rows as words: what each crisis line and plan step is called and copies."""

from __future__ import annotations

from neuroleaf_desktop.domain import crisis_lines
from neuroleaf_desktop.domain.crisis_lines import CrisisLine, RegionLines
from neuroleaf_desktop.services.safety_card_text import (
    CardRow,
    copied_announcement,
    level_of,
    line_name,
    line_rows,
    opening_announcement,
    plan_rows,
)

REGION = RegionLines(
    "XX",
    "Testland",
    "555",
    (
        CrisisLine("Night Line", "0800 11 22", note="free to call"),
        CrisisLine("Chat Room", "text CALM to 44", hours="18:00–02:00", note="text"),
    ),
)


def test_a_line_is_named_by_service_number_how_and_when_said_aloud() -> None:
    assert line_name(REGION.lines[0]) == "Night Line, 0800 11 22, free to call, 24 hours"
    assert line_name(REGION.lines[1]) == "Chat Room, text CALM to 44, text, 18:00–02:00"
    assert line_name(CrisisLine("Bare", "123", hours="")) == "Bare, 123"


def test_line_rows_end_with_the_emergency_number_and_copy_what_to_dial() -> None:
    rows = line_rows(REGION)
    assert [r.kind for r in rows] == ["line", "line", "emergency"]
    assert [r.copy for r in rows] == ["0800 11 22", "text CALM to 44", "555"]
    assert rows[0].details == "free to call · 24/7"  # shown as the table writes it
    assert rows[-1].name == "Emergency number, for immediate danger: 555"
    assert all(r.description for r in rows)


def test_an_unknown_country_gets_one_row_pointing_to_help_and_nothing_to_copy() -> None:
    (row,) = line_rows(crisis_lines.lines_for("ZZ"))
    assert row.kind == "fallback" and row.copy == ""
    assert "local emergency number" in row.name
    assert copied_announcement(row) == ""


def test_plan_steps_say_their_section_and_place_and_skip_blank_items() -> None:
    plan = {"people": ["Mum", "  ", "Dr Okafor 020 7946"], "reasons": ["My cat"], "other": ["x"]}
    titles = {"people": "People I can reach out to", "reasons": "My reasons for living"}
    rows = plan_rows(plan, ["warning_signs", "people", "reasons"], titles)
    assert [r.name for r in rows] == [
        "People I can reach out to, 1 of 2: Mum",
        "People I can reach out to, 2 of 2: Dr Okafor 020 7946",
        "My reasons for living, 1 of 1: My cat",
    ]
    assert [r.heading for r in rows] == ["People I can reach out to", "", "My reasons for living"]
    assert rows[1].copy == "Dr Okafor 020 7946"
    assert plan_rows({}, ["people"], titles) == []


def test_html_escapes_the_persons_words() -> None:
    (row,) = plan_rows({"reasons": ["<b>me</b> & you"]}, ["reasons"], {"reasons": "Reasons"})
    shown = row.html("#777777")
    assert "&lt;b&gt;me&lt;/b&gt; &amp; you" in shown and "<b>me</b>" not in shown
    assert "color:#777777" in shown
    assert "x-large" in line_rows(REGION)[0].html(big=True)


def test_the_opening_says_the_level_the_heading_and_the_row() -> None:
    first = line_rows(REGION)[0]
    said = opening_announcement("urgent", "You are not alone", first)
    assert said == (
        "Safety card, urgent. You are not alone. Night Line, 0800 11 22, free to call, 24 hours."
    )
    assert opening_announcement("concern", "Hi.", None) == "Safety card, concern. Hi."
    assert level_of("concern") == "concern"
    assert level_of("urgent") == level_of("anything else") == "urgent"
    assert copied_announcement(CardRow("line", "", "", "", "", copy="988")) == "Copied 988"
