"""A PDF report of a period: cover, summary, charts, questionnaire scores, optional entries.

Built with reportlab's platypus. Charts are PNGs drawn in memory by the dashboard's figure
builders (``neuroleaf_desktop.charts.figures``); if those are unavailable, a plain mood
timeline is drawn here with matplotlib's object API. reportlab and matplotlib load only when a
report is made (the CLI must start without them).

Privacy: the PDF is plaintext by the person's choice. Redacted tags remove every entry that
carries them, and the tag names appear nowhere in the file. The "therapist" preset shares
summary, charts and scores, and entries only when asked.
"""

from __future__ import annotations

import importlib.util
import io
import re
import statistics
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from neuroleaf_desktop.domain.models import JournalEntry, MoodCheckIn
from neuroleaf_desktop.domain.questionnaires import ATTRIBUTION, INSTRUMENTS, NOT_A_DIAGNOSIS
from neuroleaf_desktop.domain.timeutil import local_date, local_time
from neuroleaf_desktop.domain.wording import plural
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.output_paths import check_output_path, write_output
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.storage.repositories.care_repo import QuestionnaireRecord
from neuroleaf_desktop.storage.repositories.journal_repo import EntryFilter

log = get_logger("report")

FONT = "NLSans"
FONT_BOLD = "NLSans-Bold"
_ALL = 1 << 62
GREEN = "#2f6f4f"
MUTED = "#5b6770"


@dataclass(frozen=True)
class ReportOptions:
    since: date | None = None
    until: date | None = None
    include_entries: bool = True
    redact_tags: tuple[str, ...] = ()
    preset_name: str | None = None
    charts: bool = True

    @classmethod
    def preset(
        cls,
        name: str | None,
        *,
        since: date | None = None,
        until: date | None = None,
        include_entries: bool | None = None,
        redact_tags: Sequence[str] = (),
    ) -> ReportOptions:
        """``therapist``: summary, charts and scores; entries only if asked for explicitly."""
        default_entries = name != "therapist"
        return cls(
            since=since,
            until=until,
            include_entries=default_entries if include_entries is None else include_entries,
            redact_tags=tuple(sorted({t.strip().lower().lstrip("#") for t in redact_tags})),
            preset_name=name,
        )


@dataclass(frozen=True)
class ReportInfo:
    path: Path
    pages: int
    entries: int
    withheld: int
    charts: int


@dataclass
class ReportData:
    start: date
    end: date
    entries: list[JournalEntry]
    withheld: int
    checkins: list[MoodCheckIn]
    questionnaires: list[QuestionnaireRecord]
    profile_name: str
    today: date = field(default_factory=date.today)
    chart_span: tuple[date, date] | None = None
    weekly: list[tuple[date, float, int]] = field(default_factory=list)  # monday, mean, n


# ---- data ------------------------------------------------------------------------------------
def gather(session: Session, options: ReportOptions, today: date | None = None) -> ReportData:
    today = today or session.clock().date()
    # A day of slack on both sides: the local-date filter below is the exact one.
    since_utc = (
        datetime.combine(options.since - timedelta(days=1), datetime.min.time(), UTC)
        if options.since
        else None
    )
    until_utc = (
        datetime.combine(options.until + timedelta(days=2), datetime.min.time(), UTC)
        if options.until
        else None
    )

    def inside(day: date) -> bool:
        return (options.since is None or day >= options.since) and (
            options.until is None or day <= options.until
        )

    entries = [
        e
        for e in session.journal.list(
            EntryFilter(since=since_utc, until=until_utc, limit=_ALL, newest_first=False)
        )
        if inside(local_date(e.created_at, e.tz_offset_min))
    ]
    redacted = set(options.redact_tags)
    kept = [e for e in entries if not redacted & set(e.tags)]
    checkins = [
        c
        for c in session.mood.list(since_utc, until_utc, newest_first=False)
        if inside(local_date(c.logged_at, c.tz_offset_min))
    ]
    scores = [
        q
        for q in session.care.questionnaire_history()
        if inside(local_date(q.taken_at, q.tz_offset_min))
    ]
    days = [local_date(e.created_at, e.tz_offset_min) for e in entries]
    days += [local_date(c.logged_at, c.tz_offset_min) for c in checkins]
    # The chart spans the mood/journal data; the period also covers questionnaires.
    chart_start = options.since or (min(days) if days else today)
    chart_end = options.until or (max(days) if days else today)
    days += [local_date(q.taken_at, q.tz_offset_min) for q in scores]
    start = options.since or (min(days) if days else today)
    end = options.until or (max(days) if days else today)
    data = ReportData(start, end, kept, len(entries) - len(kept), checkins, scores,
                      session.profile_name, today, (chart_start, chart_end))  # fmt: skip
    data.weekly = weekly_means(checkins)
    return data


def weekly_means(checkins: Sequence[MoodCheckIn]) -> list[tuple[date, float, int]]:
    """(Monday, mean mood, check-ins) per local calendar week, oldest first."""
    weeks: dict[date, list[int]] = defaultdict(list)
    for c in checkins:
        day = local_date(c.logged_at, c.tz_offset_min)
        weeks[day - timedelta(days=day.weekday())].append(c.mood)
    return [(monday, statistics.fmean(m), len(m)) for monday, m in sorted(weeks.items())]


def best_and_worst(
    weekly: Sequence[tuple[date, float, int]], min_checkins: int = 3
) -> tuple[tuple[date, float, int] | None, tuple[date, float, int] | None]:
    eligible = [w for w in weekly if w[2] >= min_checkins] or list(weekly)
    if not eligible:
        return None, None
    best = max(eligible, key=lambda w: (w[1], w[0]))
    worst = min(eligible, key=lambda w: (w[1], w[0]))
    return best, worst


# ---- charts ----------------------------------------------------------------------------------
def _png(fig: Any) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=144, facecolor=fig.get_facecolor())
    return buffer.getvalue()


def _dashboard_charts(data: ReportData) -> list[bytes]:
    from neuroleaf_desktop.charts import figures
    from neuroleaf_desktop.charts.theme import chart_theme
    from neuroleaf_desktop.domain import dashboard

    theme = chart_theme(False)
    entry_days = [local_date(e.created_at, e.tz_offset_min) for e in data.entries]
    first, last = data.chart_span or (data.start, data.end)
    timeline = dashboard.build_timeline(data.checkins, entry_days, first, last)
    pngs = [_png(figures.mood_timeline_figure(timeline, theme))]
    if data.checkins:
        pngs.append(_png(figures.sleep_mood_figure(dashboard.build_sleep_mood(data.checkins),
                                                   theme)))  # fmt: skip
        effects = dashboard.activity_effects(data.checkins, lag_days=1)
        if effects:
            pngs.append(_png(figures.activity_effects_figure(effects, theme)))
    return pngs


def _fallback_timeline(data: ReportData) -> list[bytes]:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(9.0, 3.4), dpi=100, layout="constrained")
    ax = fig.add_subplot()
    daily: dict[date, list[int]] = defaultdict(list)
    for c in data.checkins:
        daily[local_date(c.logged_at, c.tz_offset_min)].append(c.mood)
    days = sorted(daily)
    if days:
        xs: Any = days  # matplotlib plots dates; its stubs only admit numbers
        ax.plot(xs, [statistics.fmean(daily[d]) for d in days], color=GREEN, linewidth=1.2,
                marker="o", markersize=2)  # fmt: skip
    else:
        ax.text(0.5, 0.5, "No mood check-ins in this period", ha="center", va="center",
                transform=ax.transAxes, color=MUTED)  # fmt: skip
    ax.set_ylim(0.5, 10.5)
    ax.set_ylabel("Mood (1–10)")
    ax.set_title("Mood over time", loc="left", fontweight="bold")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.grid(True, axis="y", alpha=0.3)
    return [_png(fig)]


def chart_images(data: ReportData) -> list[bytes]:
    if importlib.util.find_spec("neuroleaf_desktop.charts.figures") is not None:
        try:
            return _dashboard_charts(data)
        except (ImportError, AttributeError, TypeError, ValueError) as exc:
            # The dashboard's builders are another feature: a change there must not break
            # reports, so we fall back to a plain timeline (and say so in the log).
            log.warning("report.charts_fallback", kind=type(exc).__name__)
    return _fallback_timeline(data)


# ---- fonts and styles ------------------------------------------------------------------------
def _font_files() -> tuple[str, str] | None:
    candidates = []
    spec = importlib.util.find_spec("matplotlib")
    if spec is not None and spec.origin:
        candidates.append(Path(spec.origin).parent / "mpl-data" / "fonts" / "ttf")
    candidates.append(Path("/usr/share/fonts/truetype/dejavu"))
    for folder in candidates:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            return str(regular), str(bold)
    return None


def _register_fonts() -> tuple[str, str]:
    """DejaVu Sans (wide Unicode coverage) if available, else the built-in Helvetica."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT in pdfmetrics.getRegisteredFontNames():
        return FONT, FONT_BOLD
    files = _font_files()
    if files is None:
        return "Helvetica", "Helvetica-Bold"
    pdfmetrics.registerFont(TTFont(FONT, files[0]))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, files[1]))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)  # fmt: skip
    return FONT, FONT_BOLD


def _styles(regular: str, bold: str) -> dict[str, Any]:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("base", fontName=regular, fontSize=10, leading=14)
    return {
        "body": base,
        "muted": ParagraphStyle(
            "muted", parent=base, textColor=colors.HexColor(MUTED), fontSize=8.5, leading=11.5
        ),
        "cover_title": ParagraphStyle(
            "cover_title",
            parent=base,
            fontName=bold,
            fontSize=30,
            leading=36,
            textColor=colors.HexColor(GREEN),
            spaceAfter=10,
        ),
        "cover_sub": ParagraphStyle("cover_sub", parent=base, fontSize=14, leading=20),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=bold,
            fontSize=16,
            leading=20,
            textColor=colors.HexColor(GREEN),
            spaceBefore=6,
            spaceAfter=8,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=bold,
            fontSize=11.5,
            leading=15,
            spaceBefore=10,
            spaceAfter=2,
        ),
    }


# reportlab lays text out left to right and does not shape: right-to-left runs (Hebrew,
# Arabic) are put in visual order here so that at least the letters read in the right order.
_RTL = "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]+"
_RTL_RUN = re.compile(f"{_RTL}(?:[ \t]+{_RTL})*")


def visual_order(line: str) -> str:
    return _RTL_RUN.sub(lambda m: m.group(0)[::-1], line)


def _text(value: str) -> str:
    """Escape for reportlab's mini-markup, keep line breaks, put RTL runs in visual order."""
    return "<br/>".join(escape(visual_order(line)) for line in value.split("\n"))


# ---- the document ----------------------------------------------------------------------------
def _fmt_range(start: date, end: date) -> str:
    return f"{start:%d %b %Y} – {end:%d %b %Y}"


def star_mark(font: str) -> str:
    """What follows a starred entry's heading: the star itself where the font draws it
    (DejaVu does; the built-in Helvetica has no such glyph, so it says so in words)."""
    return " (starred)" if font.startswith("Helvetica") else " ★"


def build_story(data: ReportData, options: ReportOptions, charts: list[bytes]) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        Image,
        KeepTogether,
        PageBreak,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    regular, bold = _register_fonts()
    s = _styles(regular, bold)
    story: list[Any] = []

    # Cover
    story += [Spacer(1, 5 * cm), Paragraph("NeuroLeaf report", s["cover_title"])]
    subtitle = "For my therapist" if options.preset_name == "therapist" else "Journal and mood"
    story += [
        Paragraph(_text(subtitle), s["cover_sub"]),
        Spacer(1, 0.4 * cm),
        Paragraph(_text(_fmt_range(data.start, data.end)), s["cover_sub"]),
        Spacer(1, 1.2 * cm),
        Paragraph(_text(f"Prepared by {data.profile_name} on {data.today:%d %B %Y}."), s["body"]),
        Spacer(1, 6 * cm),
        Paragraph(
            "This report contains personal health information. It is not encrypted: share "
            "it only with people you trust, and delete copies you no longer need.",
            s["muted"],
        ),
        PageBreak(),
    ]

    # Summary
    moods = [c.mood for c in data.checkins]
    sleeps = [c.sleep_hours for c in data.checkins if c.sleep_hours is not None]
    best, worst = best_and_worst(data.weekly)

    def week(w: tuple[date, float, int] | None) -> str:
        if w is None:
            return "–"
        return f"week of {w[0]:%d %b %Y}: mean {w[1]:.1f} ({plural(w[2], 'check-in')})"

    rows = [
        ["Period", _fmt_range(data.start, data.end)],
        ["Entries written", str(len(data.entries) + data.withheld)],
        ["Mood check-ins", str(len(data.checkins))],
        ["Mean mood (1–10)", f"{statistics.fmean(moods):.1f}" if moods else "–"],
        ["Mean sleep", f"{statistics.fmean(sleeps):.1f} h" if sleeps else "–"],
        ["Best week", week(best)],
        ["Hardest week", week(worst)],
    ]
    table = Table(
        [[Paragraph(_text(a), s["body"]), Paragraph(_text(b), s["body"])] for a, b in rows],
        colWidths=[4.5 * cm, 12 * cm],
    )
    table.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.HexColor("#d5dcd8")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TEXTCOLOR", (0, 0), (0, -1), colors.HexColor(MUTED)),
    ]))  # fmt: skip
    story += [Paragraph("Summary", s["h1"]), table]

    # Charts
    if charts:
        story.append(Paragraph("Charts", s["h1"]))
        width = 16.5 * cm
        for png in charts:
            image = Image(io.BytesIO(png))
            scale = width / image.imageWidth
            image.drawWidth, image.drawHeight = width, image.imageHeight * scale
            story += [image, Spacer(1, 0.4 * cm)]

    # Questionnaires
    story.append(KeepTogether(_scores_section(data, s, Paragraph, Table, TableStyle, colors)))

    # Entries
    if options.include_entries:
        story += [PageBreak(), Paragraph("Journal entries", s["h1"])]
        if data.withheld:
            story.append(Paragraph(
                f"{data.withheld} entr{'y was' if data.withheld == 1 else 'ies were'} left out "
                "of this report by choice.", s["muted"]))  # fmt: skip
        if not data.entries:
            story.append(Paragraph("No entries in this period.", s["body"]))
        for entry in data.entries:
            when = local_time(entry.created_at, entry.tz_offset_min)
            heading = f"{when:%a %d %b %Y, %H:%M}"
            if entry.title:
                heading += f" · {entry.title}"
            if entry.starred:
                heading += star_mark(regular)
            block = [Paragraph(_text(heading), s["h2"])]
            if entry.tags:
                block.append(Paragraph(_text("Tags: " + ", ".join(entry.tags)), s["muted"]))
            story += [*block, Paragraph(_text(entry.body), s["body"])]
    return story


def _scores_section(data: ReportData, s: dict[str, Any], paragraph: Any, table_cls: Any,
                    style_cls: Any, colors: Any) -> list[Any]:  # fmt: skip
    out = [paragraph("Questionnaire scores (PHQ-9, GAD-7)", s["h1"])]
    if not data.questionnaires:
        out.append(paragraph("No questionnaires were completed in this period.", s["body"]))
        return out
    header = ["Date", "Questionnaire", "Score", "Band"]
    rows = [header]
    for q in data.questionnaires:
        inst = INSTRUMENTS[q.instrument]
        rows.append([
            f"{local_date(q.taken_at, q.tz_offset_min):%d %b %Y}", inst.name,
            f"{q.total} / {inst.max_total}", q.band.replace("_", " ").capitalize(),
        ])  # fmt: skip
    table = table_cls(rows, repeatRows=1, hAlign="LEFT")
    table.setStyle(style_cls([
        ("FONTNAME", (0, 0), (-1, -1), s["body"].fontName),
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(GREEN)),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef3f0")]),
        ("ALIGN", (2, 0), (2, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
    ]))  # fmt: skip
    out += [table, paragraph("&nbsp;", s["muted"]), paragraph(_text(NOT_A_DIAGNOSIS), s["muted"]),
            paragraph(_text(ATTRIBUTION), s["muted"])]  # fmt: skip
    return out


def render(session: Session, options: ReportOptions) -> tuple[bytes, ReportInfo]:
    """The PDF as bytes (built in memory), with what went into it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate

    data = gather(session, options)
    charts = chart_images(data) if options.charts else []
    story = build_story(data, options, charts)
    regular, _bold = _register_fonts()
    pages = [0]

    def footer(canvas: Any, doc: Any) -> None:
        pages[0] = doc.page
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.setFillColorRGB(0.36, 0.4, 0.44)
        canvas.drawString(2 * cm, 1.2 * cm, "NeuroLeaf · private")
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page}")
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
        bottomMargin=2 * cm, title="NeuroLeaf report", author="NeuroLeaf", creator="NeuroLeaf",
    )  # fmt: skip
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    info = ReportInfo(Path(), pages[0], len(data.entries) if options.include_entries else 0,
                      data.withheld, len(charts))  # fmt: skip
    return buffer.getvalue(), info


def write_report(
    session: Session, out: Path, options: ReportOptions, *, force: bool = False
) -> ReportInfo:
    check_output_path(out, force=force)
    pdf, info = render(session, options)
    write_output(out, pdf, force=force)
    log.info("report.pdf", pages=info.pages, entries=info.entries, charts=info.charts)
    return ReportInfo(out, info.pages, info.entries, info.withheld, info.charts)
