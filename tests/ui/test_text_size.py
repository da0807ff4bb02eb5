"""The text size: chosen from a short list, applied at once to open windows (headings made with
``scaled_font``, the theme's headings, inherited text, a chart's painted text), stepped from the
View menu with its ends disabled, stored per profile, mirrored for the unlock window, and set
from the CLI."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.errors import ValidationError
from neuroleaf_desktop.paths import app_paths
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.services.settings_service import SCHEMA, Settings
from neuroleaf_desktop.services.sync.records import DEVICE_LOCAL_SETTINGS, SETTING, tracked
from neuroleaf_desktop.ui import text_size
from neuroleaf_desktop.ui.app import UI_PREFS_FILE, AppController
from neuroleaf_desktop.ui.help import shortcut_rows
from neuroleaf_desktop.ui.main_window import MainWindow
from neuroleaf_desktop.ui.theme import ThemeManager
from neuroleaf_desktop.ui.widgets.style import scaled_font
from tests.conftest import PASSPHRASE
from tests.support.cli_helpers import run_cli, run_json
from tests.ui.helpers.settings_dialog import opened_settings, store_setting, unlocked_main

CANARY = "canary-heron-5521 sat by the cold window"


@pytest.fixture(autouse=True)
def actual_size(qapp: QApplication) -> Iterator[None]:
    """Every test starts and ends at the system's size, as a fresh app would."""
    text_size.current().set_percent(text_size.DEFAULT)
    yield
    text_size.current().set_percent(text_size.DEFAULT)


def _system_pt() -> float:
    return text_size.current().system_point_size


def _label(root: QWidget, text: str) -> QLabel:
    (label,) = [w for w in root.findChildren(QLabel) if w.text() == text and w.isVisibleTo(root)]
    return label


# ---- the rule ----------------------------------------------------------------------------------


def test_steps_go_through_the_list_and_stop_at_its_ends() -> None:
    assert text_size.CHOICES == (90, 100, 115, 130, 150)
    assert [text_size.larger(p) for p in text_size.CHOICES] == [100, 115, 130, 150, None]
    assert [text_size.smaller(p) for p in text_size.CHOICES] == [None, 90, 100, 115, 130]
    assert text_size.larger(123) == 115  # a size not on the list steps from 100 %
    assert text_size.describe(100) == "100 % (system size)" and text_size.describe(130) == "130 %"


def test_the_setting_takes_exactly_the_list(session: Session) -> None:
    assert Settings.defaults().text_size == 100
    _default, valid, description = SCHEMA["text_size"]
    assert [v for v in range(0, 301) if valid(v)] == list(text_size.CHOICES)
    for value in ("130", 130.0, True, None, [130]):
        assert not valid(value)
    session.settings.set("text_size", 130)
    assert session.settings.snapshot().text_size == 130
    with pytest.raises(ValidationError, match=r"90, 100, 115, 130 or 150"):
        session.settings.set("text_size", 120)
    assert session.settings.get("text_size") == 130
    assert "percent" in description


def test_the_size_stays_on_each_device() -> None:
    assert "text_size" in DEVICE_LOCAL_SETTINGS
    assert not tracked(SETTING, "text_size")


def test_the_cli_sets_it_and_refuses_a_size_off_the_list(home: Path) -> None:
    run_json(home, "init", "--name", "Ivo")
    run_cli(home, "settings", "set", "text_size", "130")
    assert run_json(home, "settings", "list")["text_size"] == 130
    for bad in ("120", '"130"', "large"):
        done = run_cli(home, "settings", "set", "text_size", bad, check=False)
        assert done.returncode == 2 and "90, 100, 115, 130 or 150" in done.stderr
    assert run_json(home, "settings", "list")["text_size"] == 130


# ---- applied live --------------------------------------------------------------------------------


def test_an_open_window_grows_by_the_factor(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    _controller, main = unlocked_main(qtbot, make_controller, profile_with_entries("Ada", "hi"))
    heading = _label(main.journal, "Journal")  # built with scaled_font(…, 1.6)
    brand = _label(main, "NeuroLeaf")  # the stylesheet's role="heading" (1.25×)
    status = main.saved_label  # inherits the application font
    before = heading.font().pointSizeF()
    tall = heading.sizeHint().height()
    assert before == pytest.approx(_system_pt() * 1.6, abs=0.1)

    text_size.current().set_percent(150)

    assert QApplication.font().pointSizeF() == pytest.approx(_system_pt() * 1.5, abs=0.05)
    assert heading.font().pointSizeF() == pytest.approx(before * 1.5, abs=1.0)
    assert heading.font().bold()
    assert heading.sizeHint().height() >= tall * 1.3
    assert brand.font().pointSizeF() == pytest.approx(_system_pt() * 1.5 * 1.25, abs=0.2)
    assert status.font().pointSizeF() == pytest.approx(_system_pt() * 1.5, abs=0.05)

    text_size.current().set_percent(90)
    assert heading.font().pointSizeF() == pytest.approx(before * 0.9, abs=1.0)
    text_size.current().set_percent(100)
    assert heading.font().pointSizeF() == pytest.approx(before, abs=0.01)  # no drift


def test_a_dialog_opened_later_has_the_size_too(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    _controller, main = unlocked_main(qtbot, make_controller, profile_with_entries("Bo", "hi"))
    text_size.current().set_percent(130)
    dialog = main.open_shortcuts()
    heading = _label(dialog, "Keyboard shortcuts")
    assert heading.font().pointSizeF() == pytest.approx(_system_pt() * 1.3 * 1.3, abs=0.5)
    dialog.close()


def test_a_new_size_is_a_new_proportion_of_the_old_not_a_fixed_size(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    small = QLabel("small print", holder)
    small.setFont(scaled_font(holder, 0.85))
    plain = QLabel("plain", holder)
    holder.show()
    text_size.current().set_percent(115)
    assert small.font().pointSizeF() == pytest.approx(_system_pt() * 1.15 * 0.85, abs=0.05)
    assert plain.font().pointSizeF() == pytest.approx(_system_pt() * 1.15, abs=0.05)
    text_size.current().set_percent(101)  # not on the list: nothing changes
    assert text_size.current().percent == 115


def test_a_new_desktop_font_while_running_keeps_the_chosen_proportion(
    qtbot: QtBot, qapp: QApplication
) -> None:
    """The desktop's font size changes while the app runs (its platform theme sets a new
    application font): 150 % is then 150 % of the new size, not of the size read at start, and
    a heading keeps its proportion, though the theme restyles the app on the same change."""
    size = text_size.current()
    started = _system_pt()
    theme = ThemeManager(qapp, "light")  # as in the app: it restyles on every new font
    theme.apply()
    holder = QWidget()
    qtbot.addWidget(holder)
    heading = QLabel("Journal", holder)
    heading.setFont(scaled_font(holder, 1.6, bold=True))
    holder.show()
    size.set_percent(150)

    def desktop(point_size: float) -> None:
        """What the platform theme does with the desktop's new font."""
        font = QFont(QApplication.font())
        font.setPointSizeF(point_size)
        QApplication.setFont(font)

    def app_pt() -> float:
        return QApplication.font().pointSizeF()

    try:
        desktop(started + 4)
        qtbot.waitUntil(lambda: app_pt() == pytest.approx((started + 4) * 1.5, abs=0.05))
        assert _system_pt() == pytest.approx(started + 4)
        assert heading.font().pointSizeF() == pytest.approx((started + 4) * 1.5 * 1.6, abs=0.2)
        size.set_percent(100)
        assert app_pt() == pytest.approx(started + 4, abs=0.05)
        assert heading.font().pointSizeF() == pytest.approx((started + 4) * 1.6, abs=0.2)
    finally:
        desktop(started)  # the desktop's own size again, for the tests after this
        qtbot.waitUntil(lambda: _system_pt() == pytest.approx(started))
        theme.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qapp.setStyleSheet("")
        qapp.setPalette(QPalette())
    qtbot.waitUntil(lambda: app_pt() == pytest.approx(started, abs=0.05))


def test_a_charts_painted_text_grows_in_an_open_canvas(qtbot: QtBot) -> None:
    from matplotlib.figure import Figure

    from neuroleaf_desktop.ui.dashboard.card import scrolling_canvas_class

    figure = Figure(figsize=(6.0, 3.0), dpi=100)
    words = figure.text(0.1, 0.5, "Mood over time", fontsize=11)
    canvas = scrolling_canvas_class()(figure)
    qtbot.addWidget(canvas)
    canvas.resize(600, 300)
    canvas.show()
    qtbot.waitExposed(canvas)
    figure.canvas.draw()
    before = words.get_window_extent().height
    low = canvas.minimumHeight()

    text_size.current().set_percent(130)
    figure.canvas.draw()

    assert words.get_window_extent().height == pytest.approx(before * 1.3, rel=0.08)
    assert canvas.width() == 600  # the same pixels, larger words in them
    assert canvas.minimumHeight() == pytest.approx(low * 1.3, abs=2)


# ---- View menu, Settings, and keeping it ------------------------------------------------------


def test_the_view_menu_steps_saves_and_disables_at_the_ends(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    controller, main = unlocked_main(qtbot, make_controller, profile_with_entries("Cy", "hi"))
    session = controller.session
    assert session is not None
    menu = main.text_size
    assert not menu.actual.isEnabled() and menu.larger.isEnabled() and menu.smaller.isEnabled()
    for expected in (115, 130, 150):
        menu.larger.trigger()
        assert text_size.current().percent == expected
    assert not menu.larger.isEnabled()
    menu.larger.trigger()  # at the end: nothing happens
    assert text_size.current().percent == 150
    qtbot.waitUntil(lambda: session.settings.get("text_size") == 150, timeout=5_000)
    for _ in range(5):
        menu.smaller.trigger()
    assert text_size.current().percent == 90
    assert not menu.smaller.isEnabled() and menu.larger.isEnabled()
    qtbot.waitUntil(lambda: session.settings.get("text_size") == 90, timeout=5_000)
    menu.actual.trigger()
    assert text_size.current().percent == 100 and not menu.actual.isEnabled()
    qtbot.waitUntil(lambda: session.settings.get("text_size") == 100, timeout=5_000)


def test_the_keys_are_listed_and_clash_with_nothing(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    _controller, main = unlocked_main(qtbot, make_controller, profile_with_entries("Di", "hi"))
    menu = main.text_size
    assert {k.toString() for k in menu.larger.shortcuts()} == {"Ctrl++", "Ctrl+="}
    assert [k.toString() for k in menu.smaller.shortcuts()] == ["Ctrl+-"]
    assert [k.toString() for k in menu.actual.shortcuts()] == ["Ctrl+0"]
    keys = [k.toString() for a in main.actions() for k in a.shortcuts() if not k.isEmpty()]
    assert len(keys) == len(set(keys)), keys
    rows = {does: shown for shown, does in shortcut_rows(main.actions())}
    native = QKeySequence("Ctrl+=").toString(QKeySequence.SequenceFormat.NativeText)
    assert native in rows["Larger text"] and rows["Actual size"]

    main.show()
    main.activateWindow()
    qtbot.waitExposed(main)
    field = main.journal.editor.body_edit
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert text_size.current().percent == 115  # from inside a text field too
    qtbot.keyClick(field, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert text_size.current().percent == 100


def test_settings_changes_it_at_once_and_stores_it(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    controller, main = unlocked_main(qtbot, make_controller, profile_with_entries("Eli", "hi"))
    session = controller.session
    assert session is not None
    dialog = opened_settings(qtbot, main)
    combo = dialog.text_size
    assert combo.accessibleName() == "Text size"
    assert [combo.itemData(i) for i in range(combo.count())] == list(text_size.CHOICES)
    assert combo.currentData() == 100
    heading = _label(main.journal, "Journal")
    before = heading.font().pointSizeF()
    combo.setCurrentIndex(combo.findData(130))
    assert QApplication.font().pointSizeF() == pytest.approx(_system_pt() * 1.3, abs=0.05)
    assert heading.font().pointSizeF() == pytest.approx(before * 1.3, abs=1.0)  # the preview
    qtbot.waitUntil(lambda: session.settings.get("text_size") == 130, timeout=5_000)
    dialog.close()


def test_the_size_outlives_a_restart_and_the_unlock_window_wears_it(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    slug = profile_with_entries("Fen", "hi")
    first, main = unlocked_main(qtbot, make_controller, slug)
    main.text_size.larger.trigger()
    main.text_size.larger.trigger()
    qtbot.waitUntil(lambda: first.prefs.text_size == 130, timeout=5_000)  # mirrored
    first.quit()
    text_size.current().set_percent(100)  # as a new process starts: the system's size

    again = make_controller()  # locked: only the unlock window
    assert text_size.current().percent == 130
    unlock = again.unlock_window
    title = [w for w in unlock.findChildren(QLabel) if w.property("role") == "title"]
    assert title and all(
        w.font().pointSizeF() == pytest.approx(_system_pt() * 1.3 * 1.7, abs=0.2) for w in title
    )

    third, main3 = unlocked_main(qtbot, make_controller, slug)
    qtbot.waitUntil(lambda: third.settings_values["text_size"] == 130, timeout=5_000)
    assert text_size.current().percent == 130
    dialog = opened_settings(qtbot, main3)
    assert dialog.text_size.currentData() == 130
    dialog.close()


def test_the_preference_file_holds_no_private_content(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    slug = profile_with_entries("Gil", CANARY)
    controller, main = unlocked_main(qtbot, make_controller, slug)
    main.text_size.larger.trigger()
    qtbot.waitUntil(lambda: controller.prefs.text_size == 115, timeout=5_000)
    controller.quit()
    prefs = app_paths().config / UI_PREFS_FILE
    raw = prefs.read_bytes()
    assert b"text_size=115" in raw
    for secret in (CANARY, "canary-heron", PASSPHRASE):
        assert secret.encode() not in raw
    keys = {line.split("=", 1)[0] for line in raw.decode().splitlines() if "=" in line}
    allowed = {"theme", "reduce_motion", "text_size", "tray_hint_shown", "main_geometry"}
    assert keys <= allowed, keys


def test_a_size_stored_before_the_app_starts_is_applied_at_unlock(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    slug = profile_with_entries("Hal", "hi")
    store_setting(slug, "text_size", 115)  # as `neuroleaf settings set text_size 115` does
    controller, main = unlocked_main(qtbot, make_controller, slug)
    qtbot.waitUntil(lambda: text_size.current().percent == 115, timeout=5_000)
    assert isinstance(main, MainWindow)
    heading = _label(main.journal, "Journal")
    assert heading.font().pointSizeF() == pytest.approx(_system_pt() * 1.15 * 1.6, abs=0.2)
    qtbot.waitUntil(lambda: controller.prefs.text_size == 115, timeout=5_000)
