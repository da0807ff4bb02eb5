"""The safety card: the person's own safety plan and the crisis lines for their country.

Calm and dismissible, never modal: it must never stand between someone and their writing.
Everything on it is local — the plan lives in the vault, the crisis lines are a bundled table
(``domain/crisis_lines.py``), the country comes from the ``safety_country`` setting (chosen on
the card itself) or else the system locale. Nothing is sent.

What comes first follows the level of what was noticed: for "concern" (a single warning sign)
the person's own safety plan leads, gently, with the lines below it; for "urgent" (explicit
intent, a plan, getting the means, combined signs) the crisis lines come first.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
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
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop.domain import crisis_lines
from neuroleaf_desktop.services.care_service import SAFETY_PLAN_SECTIONS
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.widgets import Banner, Card, install_style
from neuroleaf_desktop.ui.widgets.style import scaled_font

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
        self.severity = "concern" if severity == "concern" else "urgent"
        self.plan: dict[str, list[str]] = {k: [] for k in SAFETY_PLAN_SECTIONS}
        self.plan_loaded = False
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

        heading = _label("You don't have to carry this alone", content)
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
        self.lines_box = QVBoxLayout()
        self.lines_box.setSpacing(10)
        card.body.addLayout(self.lines_box)
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
        self.plan_stack = QStackedWidget(card)
        card.body.addWidget(self.plan_stack)

        self.view_page = QWidget(card)
        self.view_layout = QVBoxLayout(self.view_page)
        self.view_layout.setContentsMargins(0, 0, 0, 0)
        self.view_layout.setSpacing(8)
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
            editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 4 + 18)
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
        self.plan_stack.currentChanged.connect(self._fit_stack)
        self._fit_stack()

        self.edit_button = QPushButton("Edit my plan", card)
        self.edit_button.setAccessibleName("Edit my safety plan")
        self.edit_button.clicked.connect(self.edit_plan)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edit_button)
        edit_row.addStretch(1)
        card.body.addLayout(edit_row)
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
            lambda _exc: None,  # the system's country stays: nothing to tell the person
        )

    def _country_loaded(self, code: str) -> None:
        if code:
            self.set_country(code)

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

    def _clear(self, layout: QVBoxLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            if item is None:
                break
            widget = item.widget()
            if widget is not None:
                widget.hide()  # out of the layout but not yet deleted: must not paint
                widget.deleteLater()
            child = item.layout()
            if child is not None and isinstance(child, QVBoxLayout):
                self._clear(child)

    def _show_lines(self) -> None:
        self._clear(self.lines_box)
        region = self.region
        parent = self.lines_box.parentWidget() or self
        if crisis_lines.is_fallback(region):
            text = _label(crisis_lines.INTERNATIONAL_FALLBACK, parent)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.lines_box.addWidget(text)
            return
        for line in region.lines:
            block = QWidget(parent)
            box = QVBoxLayout(block)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            name = _label(line.name, block, role="muted")
            number = _label(line.contact, block)
            number.setFont(scaled_font(self, 1.35, bold=True))
            number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            details = " · ".join(x for x in (line.note, line.hours) if x)
            number.setAccessibleName(f"{line.name}: {line.contact}, {details}")
            box.addWidget(name)
            box.addWidget(number)
            if details:
                box.addWidget(_label(details, block, role="small"))
            self.lines_box.addWidget(block)
        emergency = _label(f"In immediate danger, call {region.emergency}.", parent, role="warning")
        emergency.setAccessibleName(f"Emergency number: {region.emergency}")
        self.lines_box.addWidget(emergency)

    # ---- the plan -------------------------------------------------------------------------
    def _load_plan(self) -> None:
        care = self.ctx.session.care
        self.ctx.tasks.run(self, care.safety_plan, self._plan_loaded, self.banner.show_error)

    def _plan_loaded(self, plan: dict[str, list[str]]) -> None:
        self.plan = {k: list(plan.get(k, [])) for k in SAFETY_PLAN_SECTIONS}
        self.plan_loaded = True
        self._render_plan()
        if self.is_plan_empty:
            self.edit_button.setText("Write my plan")

    @property
    def is_plan_empty(self) -> bool:
        return not any(self.plan.values())

    def _render_plan(self) -> None:
        self._clear(self.view_layout)
        page = self.view_page
        if self.is_plan_empty:
            self.view_layout.addWidget(
                _label(
                    "You haven't written a safety plan yet. It is easier to write on a calmer "
                    "day: a few warning signs, what helps, and who you can call.",
                    page,
                    role="muted",
                )
            )
            return
        for key in SAFETY_PLAN_SECTIONS:
            items = self.plan.get(key, [])
            if not items:
                continue
            title, _hint = SECTION_TEXT[key]
            heading = _label(title, page, wrap=False)
            heading.setFont(scaled_font(self, 1.0, bold=True))
            self.view_layout.addSpacing(4)
            self.view_layout.addWidget(heading)
            body = _label("\n".join(f"•  {item}" for item in items), page)
            body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            body.setAccessibleName(f"{title}: {'; '.join(items)}")
            self.view_layout.addWidget(body)
        self.view_layout.addStretch(1)

    def _fit_stack(self, _index: int = 0) -> None:
        """Size the plan area to the page shown, not to the tallest page."""
        current = self.plan_stack.currentIndex()
        for i in range(self.plan_stack.count()):
            page = self.plan_stack.widget(i)
            if page is None:
                continue
            shown = QSizePolicy.Policy.Preferred if i == current else QSizePolicy.Policy.Ignored
            page.setSizePolicy(QSizePolicy.Policy.Preferred, shown)
            page.adjustSize()
        self.plan_stack.adjustSize()

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

        def write() -> dict[str, list[str]]:
            care.set_safety_plan(plan)
            return care.safety_plan()

        def done(saved: dict[str, list[str]]) -> None:
            self.save_plan_button.setEnabled(True)
            self._plan_loaded(saved)
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
        if isinstance(widget, SafetyCard) and widget.ctx is ctx and widget.isVisible():
            card = widget
            break
    else:
        card = SafetyCard(ctx, parent, message=message, severity=severity)
        card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if not activate:
            card.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    card.show()
    card.raise_()
    if activate:
        card.activateWindow()
    return card
