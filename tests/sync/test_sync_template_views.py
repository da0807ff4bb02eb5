"""An open template manager or picker shows templates that sync brings from another device
(the change bridge says so), without being closed and opened again: real widgets (offscreen),
the real server and PostgreSQL, two vaults."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.domain.templates import TemplateDraft
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.journal.template_manager import TemplateManagerDialog
from neuroleaf_desktop.ui.journal.template_picker import TemplatePicker
from neuroleaf_server.testing import ServerProcess
from tests.sync.conftest import Device, join
from tests.ui.helpers.ui_context import close_ctx, make_ctx

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx_b(devices: tuple[Device, Device, str]) -> Iterator[UiContext]:
    ctx = make_ctx(devices[1].session)
    yield ctx
    close_ctx(ctx)


def _manager_names(dialog: TemplateManagerDialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def _picker_names(picker: TemplatePicker) -> list[str]:
    return [picker.list.item(i).text() for i in range(picker.list.count())]


def test_open_template_views_show_what_sync_brings(
    devices: tuple[Device, Device, str], server: ServerProcess, ctx_b: UiContext, qtbot: QtBot
) -> None:
    a, b, identifier = devices
    first = a.session.journal.templates.create(TemplateDraft("Morning pages", "", "Today I…\n"))
    join(a, b, server, identifier)
    manager = TemplateManagerDialog(ctx_b)
    picker = TemplatePicker(ctx_b)
    qtbot.addWidget(manager)
    qtbot.addWidget(picker)
    qtbot.waitUntil(lambda: manager.loaded and picker.loaded)
    assert "Morning pages" in _manager_names(manager) and "Morning pages" in _picker_names(picker)
    picker.list.setCurrentRow(_picker_names(picker).index("Morning pages"))

    reads = {"manager": 0}
    original = manager.reload

    def counted(select: str | None = None) -> None:
        reads["manager"] += 1
        original(select)

    manager.reload = counted  # type: ignore[method-assign]
    b.session.events.publish(Change(Topic.SETTINGS, "updated", "theme"))  # not templates
    assert reads["manager"] == 0

    a.session.journal.templates.create(TemplateDraft("Therapy homework", "", "What I tried:\n"))
    a.session.journal.templates.edit(first.id, TemplateDraft("Morning notes", "", "Today I…\n"))
    a.sync.sync_now()
    b.sync.sync_now()  # publishes on B's bus; the bridge tells the open views

    def shown(names: list[str]) -> bool:
        return "Therapy homework" in names and "Morning notes" in names

    qtbot.waitUntil(lambda: shown(_manager_names(manager)) and shown(_picker_names(picker)))
    assert "Morning pages" not in _manager_names(manager) + _picker_names(picker)
    assert len(_picker_names(picker)) == len(set(_picker_names(picker)))  # read anew, not added
    assert reads["manager"] == 1  # one pulled page, one re-read
    current = picker.list.currentItem()
    assert current is not None and current.text() == "Morning notes"  # the choice kept
