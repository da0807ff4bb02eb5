"""The safety card follows the detector's level and remembers the person's country."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.care import SafetyCard
from neuroleaf_desktop.ui.context import UiContext
from tests.ui.helpers.ui_context import close_ctx, drain, make_ctx

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(session: Session) -> Iterator[UiContext]:
    ui_ctx = make_ctx(session)
    yield ui_ctx
    close_ctx(ui_ctx)


def test_concern_puts_the_plan_first_and_urgent_the_crisis_lines(
    qtbot: QtBot, ctx: UiContext
) -> None:
    gentle = SafetyCard(ctx, country="GB", severity="concern")
    urgent = SafetyCard(ctx, country="GB", severity="urgent")
    for card in (gentle, urgent):
        qtbot.addWidget(card)
    assert gentle.sections[0] is gentle.plan_card
    assert urgent.sections[0] is not urgent.plan_card
    assert urgent.sections[1] is urgent.plan_card
    drain(ctx)


def test_the_card_uses_and_saves_the_safety_country_setting(
    qtbot: QtBot, ctx: UiContext, session: Session
) -> None:
    session.settings.set("safety_country", "IT")
    card = SafetyCard(ctx)
    qtbot.addWidget(card)
    qtbot.waitUntil(lambda: card.country_box.currentData() == "IT")
    assert any("02 2327 2327" in line.contact for line in card.region.lines)
    index = card.country_box.findData("PT")
    card.country_box.setCurrentIndex(index)
    card.country_box.activated.emit(index)  # what a person's pick in the list emits
    qtbot.waitUntil(lambda: session.settings.get("safety_country") == "PT")
    drain(ctx)
