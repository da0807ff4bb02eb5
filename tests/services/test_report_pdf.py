"""The PDF report, checked the way a person sees it: pages rendered, text extracted."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from neuroleaf_desktop.domain.models import NewCheckIn, NewEntry
from neuroleaf_desktop.services import report_pdf
from neuroleaf_desktop.services.report_pdf import ReportOptions
from neuroleaf_desktop.services.session import Session

T0 = datetime(2025, 5, 5, 18, 0, tzinfo=UTC)


def pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def page_count(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(
        next(line for line in out.stdout.splitlines() if line.startswith("Pages:")).split()[1]
    )


@pytest.fixture
def month(session: Session) -> Session:
    for day in range(28):
        at = T0 + timedelta(days=day)
        session.mood.log(NewCheckIn(mood=3 + (day % 5), sleep_hours=6 + day % 3,
                                    activities=("walk",) if day % 2 else ("work",),
                                    logged_at=at, tz_offset_min=120))  # fmt: skip
        if day % 4 == 0:
            tags = ("private-stuff",) if day == 8 else ("week",)
            session.journal.add(NewEntry(f"Day {day}: <friends> & co", f"Body {day}\nשלום",
                                         tags, created_at=at, tz_offset_min=120))  # fmt: skip
    session.care.record_questionnaire("phq9", [1, 1, 2, 0, 1, 0, 1, 0, 0])
    session.care.record_questionnaire("gad7", [2, 2, 1, 1, 0, 0, 1])
    return session


def test_full_report(month: Session, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    info = report_pdf.write_report(month, out, ReportOptions.preset(None))
    assert out.read_bytes().startswith(b"%PDF")
    assert info.pages == page_count(out) >= 3 and info.entries == 7 and info.charts >= 1
    text = pdftotext(out)
    for heading in ("NeuroLeaf report", "Summary", "Charts", "Questionnaire scores",
                    "Journal entries", "Best week", "Hardest week", "PHQ-9", "GAD-7"):  # fmt: skip
        assert heading in text, heading
    assert "Mood check-ins" in text and "28" in text
    assert "Day 4: <friends> & co" in text  # markup escaped, not interpreted
    assert "6 / 27" in text and "7 / 21" in text
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]  # fmt: skip
    assert len(images) >= 1


def test_therapist_preset_has_no_entries(month: Session, tmp_path: Path) -> None:
    out = tmp_path / "therapist.pdf"
    info = report_pdf.write_report(month, out, ReportOptions.preset("therapist"))
    text = pdftotext(out)
    assert "For my therapist" in text and "Questionnaire scores" in text
    assert "Journal entries" not in text and "Body 4" not in text and info.entries == 0
    with_entries = report_pdf.write_report(
        month,
        tmp_path / "t2.pdf",
        replace(ReportOptions.preset("therapist", include_entries=True), charts=False),
    )
    assert with_entries.entries == 7


def test_redacted_tags_leave_no_trace(month: Session, tmp_path: Path) -> None:
    out = tmp_path / "redacted.pdf"
    info = report_pdf.write_report(
        month,
        out,
        replace(ReportOptions.preset(None, redact_tags=["#Private-Stuff"]), charts=False),
    )
    text = pdftotext(out)
    assert info.withheld == 1 and info.entries == 6
    assert "private-stuff" not in text and "Day 8" not in text
    assert "1 entry was left out" in text


def test_range_and_rendered_pages(month: Session, tmp_path: Path) -> None:
    out = tmp_path / "range.pdf"
    options = ReportOptions.preset(None, since=date(2025, 5, 10), until=date(2025, 5, 16))
    report_pdf.write_report(month, out, options)
    text = pdftotext(out)
    assert "10 May 2025 – 16 May 2025" in text and "Day 4:" not in text and "Day 8:" in text
    assert shutil.which("pdftoppm")
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(out), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == page_count(out)
    from PIL import Image

    with Image.open(pages[1]) as img:  # the summary + chart page is not blank
        colours = img.convert("RGB").getcolors(maxcolors=1 << 16)
        assert colours is not None and len(colours) > 50


def test_rtl_text_in_visual_order() -> None:
    assert report_pdf.visual_order("a שלום b") == "a םולש b"
    assert report_pdf.visual_order("plain") == "plain"


def test_empty_profile_report(session: Session, tmp_path: Path) -> None:
    info = report_pdf.write_report(session, tmp_path / "e.pdf", ReportOptions())
    text = pdftotext(tmp_path / "e.pdf")
    assert info.pages >= 2 and "No questionnaires" in text and "No entries" in text
