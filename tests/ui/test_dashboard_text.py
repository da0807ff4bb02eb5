"""The dashboard's charts in words, on the 1-year demo profile: each card's text alternative
reads the numbers its figure was drawn from (the cloud's frequencies in their order, the
activity rows as the axis labels them, the heatmap's cell counts, the timeline's points), it is
the card's accessible description, and "Show as text" opens it by keyboard."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.domain.dashboard import RangePreset, Verdict
from neuroleaf_desktop.services.dashboard_text import EMPTY_RANGE_TEXT
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session
from tests.support.dashboard_data import DEMO_END, make_demo, make_empty
from tests.ui.helpers.dashboard_screen import open_screen
from tests.ui.helpers.ui_context import close_ctx

pytestmark = pytest.mark.gui


@pytest.fixture
def demo(store: ProfileStore) -> Iterator[Session]:
    session = make_demo(store)
    yield session
    session.close()


@pytest.fixture
def cloud_input(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, float]]:
    """The frequencies each drawn cloud was given, as the figure handed them to wordcloud."""
    from wordcloud import WordCloud

    seen: list[dict[str, float]] = []
    real = WordCloud.generate_from_frequencies

    def record(self: WordCloud, frequencies: dict[str, float], **kwargs: Any) -> WordCloud:
        if not kwargs:  # wordcloud calls itself again with a font size to measure
            seen.append(dict(frequencies))
        return real(self, frequencies, **kwargs)

    monkeypatch.setattr(WordCloud, "generate_from_frequencies", record)
    return seen


def _listed(text: str, head: str) -> list[str]:
    """The comma-separated items of the line starting ``head``."""
    (line,) = [ln for ln in text.splitlines() if ln.startswith(head)]
    return line.removeprefix(head).rstrip(".").split(", ")


def test_each_card_reads_the_numbers_its_chart_draws(
    demo: Session, qtbot: QtBot, cloud_input: list[dict[str, float]]
) -> None:
    screen, ctx = open_screen(qtbot, demo)
    try:
        summary = screen.summary
        assert summary is not None and not summary.is_empty
        for card in screen.cards.values():
            assert card.text and card.accessibleDescription() == card.text
            assert card.canvas is not None and card.canvas.accessibleDescription() == card.text

        # The cloud: its words biggest first, as the figure was given them, with their counts.
        (frequencies,) = cloud_input
        biggest_first = sorted(frequencies, key=lambda w: -frequencies[w])
        entries = {k.keyword: k.entries for k in summary.keywords}
        items = _listed(screen.cards["cloud"].text, "Biggest first: ")
        assert len(items) >= 2
        assert items == [
            f"{w} ({entries[w]} {'entry' if entries[w] == 1 else 'entries'})" for w in biggest_first
        ]

        # The activities: the rows the chart lists, top to bottom, labelled as its axis labels
        # them, each with the difference and interval the chart draws.
        axes = screen.figures["activities"].axes[0]
        labels = [t.get_text() for t in axes.get_yticklabels()][::-1]
        rows = screen.cards["activities"].text.splitlines()[2:]
        assert [row.rsplit(": ", 1)[0] for row in rows] == labels
        effects = {e.activity: e for e in summary.activities_next_day}
        unclear = 0
        for row in rows:
            effect = effects[row.split(" — ")[0]]
            numbers = [float(n) for n in re.findall(r"[-+]\d+\.\d+", row.rsplit(": ", 1)[1])]
            assert numbers == [
                round(v, 2) for v in (effect.effect.diff, effect.effect.low, effect.effect.high)
            ]
            if effect.effect.low <= 0 <= effect.effect.high:  # the interval crosses zero
                unclear += 1
                assert effect.verdict is Verdict.UNCLEAR
                assert f"— not clear yet (n = {effect.n_with} / {effect.n_without})" in row
        assert unclear >= 1

        # The heatmap: the counts it writes in its cells, one each in the text.
        heat = screen.figures["heatmap"].axes[0]
        cell_counts = Counter(t.get_text() for t in heat.texts if t.get_text().isdigit())
        listed = _listed(screen.cards["heatmap"].text, "Most first: ")
        assert Counter(item.rsplit(": ", 1)[1] for item in listed) == cell_counts

        # The timeline: the check-ins it plots, their mean and their latest.
        points = screen.figures["timeline"].axes[0].collections[0].get_offsets()
        moods = [float(y) for _x, y in points]
        text = screen.cards["timeline"].text
        assert f"{len(moods)} check-ins" in text
        assert f"average {sum(moods) / len(moods):.1f}." in text

        # The sleep panels: the claim each panel is headed with (wrapped to its panel's width).
        for ax in screen.figures["sleep"].axes:
            heading = " ".join(ax.get_title(loc="left").split("\n"))
            assert heading and heading in screen.cards["sleep"].text

        # The same-day choice redraws the activities, and their text with them.
        before = screen.cards["activities"].text
        screen.lag_combo.setCurrentIndex(screen.lag_combo.findData(False))
        qtbot.waitUntil(screen.is_settled, timeout=30_000)
        after = screen.cards["activities"].text
        assert after != before and "Mood the same day" in after
        axes = screen.figures["activities"].axes[0]
        labels = [t.get_text() for t in axes.get_yticklabels()][::-1]
        assert [row.rsplit(": ", 1)[0] for row in after.splitlines()[2:]] == labels
    finally:
        close_ctx(ctx)


def test_show_as_text_opens_the_words_by_keyboard(demo: Session, qtbot: QtBot) -> None:
    screen, ctx = open_screen(qtbot, demo)
    try:
        card = screen.cards["cloud"]
        button = card.text_button
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert not card.text_label.isVisible()
        screen.activateWindow()
        button.setFocus()
        QTest.keyClick(button, Qt.Key.Key_Space)
        assert button.isChecked() and card.text_label.isVisible()
        assert card.text_label.text() == card.text == card.accessibleDescription()
        flags = card.text_label.textInteractionFlags()
        assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
        assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
        QTest.keyClick(button, Qt.Key.Key_Space)
        assert not button.isChecked() and not card.text_label.isVisible()
    finally:
        close_ctx(ctx)


def test_an_empty_chart_and_an_empty_range_say_so_in_words(
    demo: Session, store: ProfileStore, qtbot: QtBot
) -> None:
    screen, ctx = open_screen(qtbot, demo)
    try:
        # Two days: too few for activity effects; the text says what the picture says.
        screen.set_range(RangePreset.CUSTOM, (DEMO_END - timedelta(days=2), DEMO_END))
        qtbot.waitUntil(
            lambda: screen.is_settled() and screen.summary is not None
            and screen.summary.start == DEMO_END - timedelta(days=2),
            timeout=30_000,
        )  # fmt: skip
        drawn = [t.get_text() for t in screen.figures["activities"].axes[0].texts]
        text = screen.cards["activities"].text
        assert "Not enough activity data yet" in drawn
        assert all(words in text for words in drawn)
    finally:
        close_ctx(ctx)
    empty = make_empty(store)
    try:
        screen, ctx = open_screen(qtbot, empty)
        try:
            assert screen.showing_empty
            assert all(card.text == EMPTY_RANGE_TEXT for card in screen.cards.values())
        finally:
            close_ctx(ctx)
    finally:
        empty.close()
