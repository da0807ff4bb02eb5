"""The UI task idiom: results on the UI thread, late results dropped, errors, cancel, lock."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.errors import NeuroLeafError
from neuroleaf_desktop.ui.app import AppController
from neuroleaf_desktop.ui.tasks import TaskRunner
from tests.ui.conftest import PASSPHRASE, widgets_containing


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.cancel_all()
    tasks.wait()
    qapp.processEvents()
    tasks.deleteLater()


def test_result_arrives_on_the_ui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    owner = QObject()
    got: list[tuple[int, bool]] = []
    worker_threads: list[bool] = []

    def work() -> int:
        worker_threads.append(threading.current_thread() is threading.main_thread())
        return 42

    def done(value: int) -> None:
        got.append((value, threading.current_thread() is threading.main_thread()))

    runner.run(owner, work, done)
    assert runner.in_flight == 1
    qtbot.waitUntil(lambda: runner.in_flight == 0)
    assert worker_threads == [False]
    assert got == [(42, True)]


def test_result_for_a_deleted_owner_is_dropped(qtbot: QtBot, runner: TaskRunner) -> None:
    owner = QObject()
    release = threading.Event()
    got: list[object] = []
    runner.run(owner, lambda: release.wait(5) and "late", got.append, got.append)
    shiboken6.delete(owner)  # the screen closed while its read was running
    release.set()
    qtbot.waitUntil(lambda: runner.in_flight == 0)
    assert got == []


def test_a_newer_task_with_the_same_key_supersedes_the_older(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    owner = QObject()
    release = threading.Event()
    got: list[str] = []
    first = runner.run(owner, lambda: release.wait(5) and "old", got.append, key="search")
    second = runner.run(owner, lambda: "new", got.append, key="search")
    qtbot.waitUntil(lambda: not second.running)
    release.set()
    qtbot.waitUntil(lambda: runner.in_flight == 0)
    assert got == ["new"]
    assert first.discarded and first.cancelled and first.id != second.id


def test_an_error_reaches_on_error_and_not_on_done(qtbot: QtBot, runner: TaskRunner) -> None:
    owner = QObject()
    done: list[object] = []
    errors: list[BaseException] = []

    def work() -> None:
        raise NeuroLeafError("The vault is locked.")

    runner.run(owner, work, done.append, errors.append)
    qtbot.waitUntil(lambda: runner.in_flight == 0)
    assert done == []
    assert len(errors) == 1 and isinstance(errors[0], NeuroLeafError)
    assert errors[0].user_message == "The vault is locked."


def test_cancel_stops_a_stream_and_its_result_still_arrives(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    owner = QObject()
    items: list[int] = []
    results: list[str] = []

    def work(emit: Callable[[int], None], cancelled: threading.Event) -> str:
        n = 0
        while not cancelled.wait(0.01):
            emit(n)
            n += 1
            if n > 2_000:
                return "ran out"
        return "stopped"

    task = runner.stream(owner, work, items.append, results.append)
    qtbot.waitUntil(lambda: len(items) >= 3)
    task.cancel()
    qtbot.waitUntil(lambda: runner.in_flight == 0)
    assert results == ["stopped"]
    assert items == list(range(len(items)))  # in order, none lost before the end


def test_discard_drops_items_and_result(qtbot: QtBot, runner: TaskRunner) -> None:
    owner = QObject()
    got: list[object] = []

    def work(emit: Callable[[str], None], cancelled: threading.Event) -> str:
        emit("one")
        cancelled.wait(5)
        emit("two")
        return "done"

    task = runner.stream(owner, work, got.append, got.append)
    qtbot.waitUntil(lambda: got == ["one"])
    task.discard()
    qtbot.waitUntil(lambda: runner.in_flight == 0)
    assert got == ["one"]


def test_discard_within_drops_only_the_results_owned_under_a_root(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    root = QObject()
    child = QObject(QObject(root))  # a grandchild, as a screen's widget is the window's
    elsewhere = QObject()
    release = threading.Event()
    got: list[str] = []

    def work(name: str) -> Callable[[], str]:
        return lambda: (release.wait(5), name)[1]

    for owner, name in ((root, "root"), (child, "child"), (elsewhere, "elsewhere")):
        runner.run(owner, work(name), got.append)
    runner.discard_within(root)
    assert runner.in_flight == 3  # still counted until each function has returned
    release.set()
    qtbot.waitUntil(lambda: runner.in_flight == 0)
    assert got == ["elsewhere"]


def test_an_answer_finishing_after_the_lock_puts_nothing_in_the_old_window(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    controller = make_controller(profile_with_entries("Late", "first words"), PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    window = controller.main_window
    assert window is not None
    qtbot.waitUntil(lambda: controller.tasks.in_flight == 0, timeout=10_000)
    release = threading.Event()
    delivered: list[str] = []
    canary = "late-canary-7f3e"

    def slow_answer() -> str:
        release.wait(10)
        return canary

    def show(text: str) -> None:
        delivered.append(text)
        window.insights.topic_label.setText(text)

    controller.tasks.run(window.insights, slow_answer, show)
    controller.lock("manual")
    release.set()
    qtbot.waitUntil(lambda: controller.tasks.in_flight == 0, timeout=10_000)
    assert delivered == []
    assert not widgets_containing(canary)


def test_a_task_needs_a_qobject_owner(runner: TaskRunner) -> None:
    with pytest.raises(TypeError):
        runner.run("not a widget", lambda: None)  # type: ignore[arg-type]


def test_lock_waits_for_a_running_task_before_closing_the_vault(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    controller = make_controller(profile_with_entries("Tasks", "first words"), PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    session = controller.session
    assert session is not None
    qtbot.waitUntil(lambda: controller.tasks.in_flight == 0, timeout=10_000)
    release = threading.Event()
    read: list[int] = []
    errors: list[BaseException] = []

    def read_after_release() -> int:
        release.wait(10)
        return len(session.journal.list())  # fails if the vault was closed under us

    keeper = QObject()
    controller.tasks.run(keeper, read_after_release, read.append, errors.append)
    controller.lock("manual")
    for _ in range(10):
        qtbot.wait(20)
        assert session.vault.is_unlocked  # still open while the task runs
    release.set()
    qtbot.waitUntil(lambda: not session.vault.is_unlocked, timeout=10_000)
    assert errors == []
    assert read == [1]


def test_long_running_work_does_not_hold_the_short_task_threads(qtbot: QtBot) -> None:
    pool = QThreadPool()
    pool.setMaxThreadCount(2)  # as on a 2-core machine: two long loads would fill it
    runner = TaskRunner(pool)
    owner = QObject()
    release = threading.Event()
    got: list[str] = []
    blockers = [
        runner.run(owner, lambda: release.wait(10) and "long", got.append, long_running=True)
        for _ in range(2)
    ]
    quick = runner.run(owner, lambda: "quick", got.append)
    qtbot.waitUntil(lambda: not quick.running)  # not queued behind the two long ones
    assert got == ["quick"] and all(b.running for b in blockers)
    release.set()
    qtbot.waitUntil(lambda: runner.in_flight == 0)
    assert sorted(got) == ["long", "long", "quick"]
