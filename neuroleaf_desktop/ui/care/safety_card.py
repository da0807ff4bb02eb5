"""The safety card: the person's own safety plan and the crisis lines for their country.

Calm and dismissible, never modal: it must never stand between someone and their writing.
Everything on it is local — the plan lives in the vault, the crisis lines are a bundled table
(``domain/crisis_lines.py``), the country comes from the ``safety_country`` setting (chosen on
the card itself) or else the system locale. Nothing is sent.

What comes first follows the level of what was noticed: for "concern" (a single warning sign)
the person's own safety plan leads, gently, with the lines below it; for "urgent" (explicit
intent, a plan, getting the means, combined signs) the crisis lines come first.

By keyboard and screen reader: when the card opens, the keyboard lands on the first row of the
section that leads and the card's level, heading and that row are announced (assertively for
"urgent"). Each crisis line and each plan step is a row of a keyboard list (arrows, Home, End),
named by what it is ("Samaritans, 116 123, free to call, 24 hours"; the words are built in
``services/safety_card_text``); Enter or Ctrl+C on a row copies its number (or the step) and
says so. Escape closes the card; a plan being edited and not yet saved is kept: the card is
only hidden, and opening it again shows the edit as it was left.
"""

from __future__ import annotations

import itertools
from functools import partial

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop.domain import crisis_lines
from neuroleaf_desktop.services.care_service import SAFETY_PLAN_SECTIONS
from neuroleaf_desktop.services.safety_card_text import (
    CardRow,
    copied_announcement,
    level_of,
    line_rows,
    opening_announcement,
    plan_rows,
)
from neuroleaf_desktop.ui.care.plan_pages import PlanPages
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.widgets import Banner, Card, install_style
from neuroleaf_desktop.ui.widgets.announce import announce
from neuroleaf_desktop.ui.widgets.row_list import RowList, RowText
from neuroleaf_desktop.ui.widgets.style import (
    fit_to_font,
    hex_of,
    is_dark,
    muted_text,
    scaled_font,
)

SECTION_TEXT: dict[str, tuple[str, str]] = {
    "warning_signs": (
        "My warning signs",
        "Thoughts, moods or situations that tell me things are getting harder.",
    ),
    "coping_steps": (
        "Things I can do on my own",
        "What helps me get through a hard moment: a walk, music, a shower, a place to go.",
    ),
    "people": ("People I can reach out to", "Names and numbers of people who help me feel safe."),
    "professionals": (
        "Professionals I can contact",
        "My doctor, therapist or a crisis team, with their numbers.",
    ),
    "reasons": ("My reasons for living", "The people, plans and things that matter to me."),
}

OTHER_COUNTRY = ""
HEADING = "You don't have to carry this alone"
EMPTY_PLAN = (
    "You haven't written a safety plan yet. It is easier to write on a calmer day: a few "
    "warning signs, what helps, and who you can call."
)
SECTION_TITLES = {key: title for key, (title, _hint) in SECTION_TEXT.items()}


def system_country_code() -> str:
    """The two-letter country of the system locale, or "" when it names none."""
    territory = QLocale.system().territory()
    if territory == QLocale.Country.AnyTerritory:
        return ""
    return str(QLocale.territoryToCode(territory)).upper()


def _label(text: str, parent: QWidget, *, role: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(wrap)
    if role:
        label.setProperty("role", role)
    return label


class SafetyCard(QDialog):
    """``SafetyCard(ctx, parent=None, *, country=None, message="", severity="urgent")``."""

    plan_saved = Signal()

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        country: str | None = None,
        message: str = "",
        severity: str = "urgent",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.severity = level_of(severity)
        self.plan: dict[str, list[str]] = {k: [] for k in SAFETY_PLAN_SECTIONS}
        self.plan_loaded = False
        self.line_texts: list[CardRow] = []
        self.plan_texts: list[CardRow] = []
        self._land_pending = False  # asked to land while what leads was still being read
        self._country_pending = country is None  # the saved country may change every line
        self.setWindowTitle("You are not alone")
        self.setAccessibleName("Safety card")
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self._build(message)
        install_style(self)
        self.resize(620, 760)
        self.set_country(system_country_code() if country is None else country)
        self._load_plan()
        if country is None:
            self._load_country()

    # ---- building -------------------------------------------------------------------------
    def _build(self, message: str) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(scroll)
        content.setObjectName("safetyContent")
        content.setStyleSheet("QWidget#safetyContent { background: transparent; }")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(28, 24, 28, 16)
        layout.setSpacing(14)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)

        heading = _label(HEADING, content)
        heading.setFont(scaled_font(self, 1.5, bold=True))
        layout.addWidget(heading)
        intro = _label(
            message
            or "If things feel heavy right now, reaching out can help. Your plan and these "
            "numbers are here whenever you need them.",
            content,
            role="muted",
        )
        intro.setAccessibleName("About this card")
        layout.addWidget(intro)
        lines, plan = self._build_lines(content), self._build_plan(content)
        self.sections = [plan, lines] if self.severity == "concern" else [lines, plan]
        for section in self.sections:
            layout.addWidget(section)
        privacy = _label(
            "This card is stored only on this computer. NeuroLeaf never contacts anyone for you "
            "and sends nothing anywhere.",
            content,
            role="small",
        )
        layout.addWidget(privacy)
        layout.addStretch(1)

        self.banner = Banner(self)
        footer = QHBoxLayout()
        footer.setContentsMargins(28, 8, 28, 18)
        footer.setSpacing(10)
        footer.addWidget(self.banner, 1)
        footer.addStretch(1)
        self.close_button = QPushButton("Close", self)
        self.close_button.setAccessibleName("Close the safety card")
        self.close_button.clicked.connect(self.close)
        footer.addWidget(self.close_button)
        outer.addLayout(footer)
        self._declare_tab_order()

    def _declare_tab_order(self) -> None:
        """The sections in the order they are shown, each its controls then its rows; the plan's
        edit page follows its rows; Close last."""
        lines = [self.country_box, self.lines_list]
        plan = [self.plan_list, *self.editors.values()]
        plan += [self.cancel_edit_button, self.save_plan_button, self.edit_button]
        order = [*plan, *lines] if self.severity == "concern" else [*lines, *plan]
        order.append(self.close_button)
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _build_lines(self, parent: QWidget) -> Card:
        card = Card("Talk to someone now", parent)
        row = QHBoxLayout()
        where = _label("Where you are", card, wrap=False)
        self.country_box = QComboBox(card)
        self.country_box.setAccessibleName("Country for crisis lines")
        for region in crisis_lines.countries():
            self.country_box.addItem(region.country, region.code)
        self.country_box.addItem("Somewhere else", OTHER_COUNTRY)
        where.setBuddy(self.country_box)
        self.country_box.currentIndexChanged.connect(self._show_lines)
        self.country_box.activated.connect(self._save_country)
        row.addWidget(where)
        row.addWidget(self.country_box, 1)
        card.body.addLayout(row)
        self.lines_list = RowList("Crisis lines", card)
        self.lines_list.set_focus_fallback(self.country_box)
        self.lines_list.activated.connect(lambda i: self._copy(self.line_texts, i))
        self.lines_list.copy_requested.connect(lambda i: self._copy(self.line_texts, i))
        card.body.addWidget(self.lines_list)
        dated = _label(
            f"Numbers last checked {crisis_lines.AS_OF:%B %Y}. If one does not work, your "
            "local emergency number always will.",
            card,
            role="small",
        )
        card.body.addWidget(dated)
        return card

    def _build_plan(self, parent: QWidget) -> Card:
        card = Card("My safety plan", parent)
        self.plan_card = card
        self.plan_stack = PlanPages(card)
        card.body.addWidget(self.plan_stack)

        self.view_page = QWidget(card)
        view_layout = QVBoxLayout(self.view_page)
        view_layout.setContentsMargins(0, 0, 0, 0)
        self.plan_list = RowList("My safety plan", self.view_page)
        self.plan_list.set_placeholder(EMPTY_PLAN)
        self.plan_list.activated.connect(lambda i: self._copy(self.plan_texts, i))
        self.plan_list.copy_requested.connect(lambda i: self._copy(self.plan_texts, i))
        view_layout.addWidget(self.plan_list)
        self.plan_stack.addWidget(self.view_page)

        edit_page = QWidget(card)
        edit_layout = QVBoxLayout(edit_page)
        edit_layout.setContentsMargins(0, 0, 0, 0)
        edit_layout.setSpacing(6)
        edit_layout.addWidget(_label("One item per line.", edit_page, role="muted"))
        self.editors: dict[str, QPlainTextEdit] = {}
        for key in SAFETY_PLAN_SECTIONS:
            title, hint = SECTION_TEXT[key]
            heading = _label(title, edit_page)
            heading.setFont(scaled_font(self, 1.0, bold=True))
            editor = QPlainTextEdit(edit_page)
            editor.setPlaceholderText(hint)
            editor.setAccessibleName(title)
            editor.setTabChangesFocus(True)
            fit_to_font(editor, partial(_fit_four_lines, editor))
            heading.setBuddy(editor)
            edit_layout.addWidget(heading)
            edit_layout.addWidget(editor)
            self.editors[key] = editor
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_edit_button = QPushButton("Cancel", edit_page)
        self.cancel_edit_button.setAccessibleName("Cancel editing the plan")
        self.cancel_edit_button.clicked.connect(self._cancel_edit)
        self.save_plan_button = QPushButton("Save my plan", edit_page)
        self.save_plan_button.setProperty("role", "primary")
        self.save_plan_button.setAccessibleName("Save my safety plan")
        self.save_plan_button.clicked.connect(self.save_plan)
        buttons.addWidget(self.cancel_edit_button)
        buttons.addWidget(self.save_plan_button)
        edit_layout.addLayout(buttons)
        self.plan_stack.addWidget(edit_page)

        self.edit_button = QPushButton("Edit my plan", card)
        self.edit_button.setAccessibleName("Edit my safety plan")
        self.edit_button.clicked.connect(self.edit_plan)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edit_button)
        edit_row.addStretch(1)
        card.body.addLayout(edit_row)
        self.plan_list.set_focus_fallback(self.edit_button)
        self._render_plan()
        return card

    # ---- crisis lines ---------------------------------------------------------------------
    def set_country(self, code: str) -> None:
        region = crisis_lines.lines_for(code)
        index = self.country_box.findData(region.code)
        self.country_box.setCurrentIndex(index if index >= 0 else self.country_box.count() - 1)
        self._show_lines()

    def _load_country(self) -> None:
        settings = self.ctx.session.settings
        self.ctx.tasks.run(
            self,
            lambda: str(settings.get("safety_country")),
            self._country_loaded,
            lambda _exc: self._country_read(),  # the system's country stays: nothing to say
        )

    def _country_loaded(self, code: str) -> None:
        if code:
            self.set_country(code)
        self._country_read()

    def _country_read(self) -> None:
        self._country_pending = False
        if self._land_pending:
            self.land()

    def _save_country(self, _index: int = 0) -> None:
        """The person picked a country: remember it for the next card (a setting, local)."""
        settings = self.ctx.session.settings
        code = str(self.country_box.currentData() or "")
        self.ctx.tasks.run(
            self,
            lambda: settings.set("safety_country", code),
            lambda _none: None,
            self.banner.show_error,
        )

    @property
    def region(self) -> crisis_lines.RegionLines:
        return crisis_lines.lines_for(str(self.country_box.currentData() or ""))

    def _muted(self) -> str:
        return hex_of(muted_text(is_dark(self)))

    def _show_lines(self) -> None:
        self.line_texts = line_rows(self.region)
        muted = self._muted()
        self.lines_list.set_rows(
            [
                RowText(
                    row.html(muted, big=row.kind == "line", bold=row.kind == "emergency"),
                    row.name,
                    row.description,
                )
                for row in self.line_texts
            ]
        )

    def _copy(self, rows: list[CardRow], index: int) -> None:
        """Put the row's number (or plan step) on the clipboard, and say so."""
        if not 0 <= index < len(rows) or not rows[index].copy:
            return
        row = rows[index]
        clipboard = QApplication.clipboard()
        clipboard.setText(row.copy)
        said = copied_announcement(row)
        self.banner.show_message(f"{said}.", "success")
        announce(self, said)

    # ---- opening --------------------------------------------------------------------------
    def land(self) -> None:
        """Put the keyboard on the first row of the section that leads and say where it is;
        for "concern" (the plan leads) this waits for the plan to be read, and every card for
        the saved country's lines (read on a worker, a moment)."""
        if self._country_pending or (self.severity == "concern" and not self.plan_loaded):
            self._land_pending = True
            return
        self._land_pending = False
        lists = [self.plan_list, self.lines_list]
        if self.severity == "urgent":
            lists.reverse()
        target = next((rows for rows in lists if rows.rows), None)
        first: CardRow | None = None
        if target is not None:
            target.focus_row(0)
            first = (self.plan_texts if target is self.plan_list else self.line_texts)[0]
        else:
            self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        said = opening_announcement(self.severity, HEADING, first)
        announce(self, said, assertive=self.severity == "urgent")

    @property
    def editing(self) -> bool:
        return self.plan_stack.currentIndex() == 1

    def has_unsaved_edit(self) -> bool:
        """The plan's edit page is open with text that differs from the saved plan."""
        if not self.editing:
            return False
        return any(
            editor.toPlainText().splitlines() != self.plan.get(key, [])
            for key, editor in self.editors.items()
        )

    def reject(self) -> None:
        """Escape closes the card like the Close button, but never loses an unsaved edit."""
        if self.has_unsaved_edit():
            self.hide()  # kept: opening the card again shows the edit as it was
            return
        super().reject()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt API)
        """Closed or put away while in use: the keyboard goes back to the window it came from
        (its focus where it was, in the middle of what was being written), whatever the window
        manager would pick."""
        super().hideEvent(event)
        parent = self.parentWidget()
        if QApplication.activeWindow() not in (self, None) or parent is None:
            return  # another window has the keyboard already
        if parent.window().isVisible():
            parent.window().activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self.has_unsaved_edit():
            event.ignore()  # kept, hidden: opening the card again shows the edit as it was
            self.hide()
            return
        super().closeEvent(event)

    # ---- the plan -------------------------------------------------------------------------
    def _load_plan(self) -> None:
        care = self.ctx.session.care

        def read() -> tuple[dict[str, list[str]], list[CardRow]]:
            plan = care.safety_plan()
            return plan, plan_rows(plan, SAFETY_PLAN_SECTIONS, SECTION_TITLES)

        def failed(exc: BaseException) -> None:
            self.banner.show_error(exc)
            self.plan_loaded = True  # nothing to wait for: the crisis lines lead instead
            if self._land_pending:
                self.land()

        self.ctx.tasks.run(self, read, self._plan_read, failed)

    def _plan_read(self, read: tuple[dict[str, list[str]], list[CardRow]]) -> None:
        self._plan_loaded(*read)

    def _plan_loaded(self, plan: dict[str, list[str]], rows: list[CardRow]) -> None:
        self.plan = {k: list(plan.get(k, [])) for k in SAFETY_PLAN_SECTIONS}
        self.plan_texts = rows
        self.plan_loaded = True
        self._render_plan()
        if self.is_plan_empty:
            self.edit_button.setText("Write my plan")
        if self._land_pending:
            self.land()

    @property
    def is_plan_empty(self) -> bool:
        return not any(self.plan.values())

    def _render_plan(self) -> None:
        muted = self._muted()
        texts = [RowText(row.html(muted), row.name, row.description) for row in self.plan_texts]
        self.plan_list.set_rows(texts)

    def edit_plan(self) -> None:
        for key, editor in self.editors.items():
            editor.setPlainText("\n".join(self.plan.get(key, [])))
        self.plan_stack.setCurrentIndex(1)
        self.edit_button.hide()
        self.editors[SAFETY_PLAN_SECTIONS[0]].setFocus()

    def _cancel_edit(self) -> None:
        self.plan_stack.setCurrentIndex(0)
        self.edit_button.show()
        self.edit_button.setFocus()

    def save_plan(self) -> None:
        plan = {
            key: [line.strip() for line in editor.toPlainText().splitlines() if line.strip()]
            for key, editor in self.editors.items()
        }
        care = self.ctx.session.care

        def write() -> tuple[dict[str, list[str]], list[CardRow]]:
            care.set_safety_plan(plan)
            saved = care.safety_plan()
            return saved, plan_rows(saved, SAFETY_PLAN_SECTIONS, SECTION_TITLES)

        def done(saved: tuple[dict[str, list[str]], list[CardRow]]) -> None:
            self.save_plan_button.setEnabled(True)
            self._plan_loaded(*saved)
            self.edit_button.setText("Edit my plan" if not self.is_plan_empty else "Write my plan")
            self._cancel_edit()
            self.banner.show_message("Your plan is saved.", "success")
            self.plan_saved.emit()

        def failed(exc: BaseException) -> None:
            self.save_plan_button.setEnabled(True)
            self.banner.show_error(exc)

        self.save_plan_button.setEnabled(False)
        self.ctx.tasks.run(self, write, done, failed)


def show_safety_card(
    ctx: UiContext,
    parent: QWidget | None = None,
    *,
    message: str = "",
    activate: bool = True,
    severity: str = "urgent",
) -> SafetyCard:
    """Show the safety card (reusing one already open for this session), never modally.

    ``severity`` is the detector's level ("concern" puts the person's plan first, "urgent" the
    crisis lines); callers without a level (the Care screen's button) get the lines first."""
    for widget in QApplication.topLevelWidgets():
        if (
            isinstance(widget, SafetyCard)
            and widget.ctx is ctx
            and (widget.isVisible() or widget.has_unsaved_edit())
        ):
            card = widget
            break
    else:
        card = SafetyCard(ctx, parent, message=message, severity=severity)
        card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    card.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not activate)
    card.show()
    card.raise_()
    if activate:
        card.activateWindow()
    if card.editing:
        focus = card.focusWidget()
        (focus or card.editors[SAFETY_PLAN_SECTIONS[0]]).setFocus(Qt.FocusReason.OtherFocusReason)
    else:
        card.land()
    return card


def _fit_four_lines(editor: QWidget) -> None:
    """A plan section's editor shows four lines of its text, at any text size."""
    editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 4 + 18)
