"""A long-lived helper process for heavy inference (Whisper, llama.cpp).

Why a child process: a model that crashes, runs out of memory or is cancelled mid-way takes
only the child down; the app reports it calmly and the next request starts a fresh child.
The child speaks length-prefixed frames (``stt_worker.read_frame/write_frame``) over its
pipes; a reader thread moves them into a queue so waiting can honour cancel and time-outs.
Subclasses name the worker module and their errors, and add the requests.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, ClassVar

from neuroleaf_desktop.ai.stt_worker import read_frame, write_frame
from neuroleaf_desktop.errors import NeuroLeafError
from neuroleaf_desktop.launch import module_command
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.offline import child_environment

PACKAGE_PARENT = Path(__file__).resolve().parents[2]
log = get_logger("child")


def signal_text(code: int | None) -> str:
    """How a child ended, in words: "it was stopped by SIGKILL", "it exited with code 1"."""
    if code is None:
        return "it stopped responding"
    if code < 0:
        with contextlib.suppress(ValueError):
            return f"it was stopped by {signal.Signals(-code).name}"
        return f"it was stopped by signal {-code}"
    return f"it exited with code {code}"


class ChildWorker:
    """Start, talk to, cancel and reap one worker child. Thread-safety is the subclass's
    (each holds ``_lock`` around a whole request)."""

    module: ClassVar[str]  # e.g. "neuroleaf_desktop.ai.stt_worker"
    name: ClassVar[str]  # short name for logs and the reader thread: "stt", "llm"
    debug_env: ClassVar[str]  # set this variable to see the child's stderr

    def __init__(self, *, python: str = sys.executable) -> None:
        self.python = python
        self._proc: subprocess.Popen[bytes] | None = None
        self._inbox: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._lock = threading.Lock()

    # ---- hooks for subclasses ---------------------------------------------------------------
    def _environment(self, env: dict[str, str]) -> None:
        """Adjust the child's environment (threads, offline flags)."""

    def _check_available(self) -> None:
        """Raise FeatureUnavailableError when the child could not work at all."""

    def _error(self, message: str) -> NeuroLeafError:
        raise NotImplementedError

    def _died_error(self, how: str) -> NeuroLeafError:
        raise NotImplementedError

    def _cancelled_error(self) -> NeuroLeafError:
        raise NotImplementedError

    start_failed_message: ClassVar[str] = "The helper process did not start properly."
    timeout_message: ClassVar[str] = "The helper process did not answer in time."

    # ---- lifecycle ----------------------------------------------------------------------------
    @property
    def pid(self) -> int | None:
        proc = self._proc
        return proc.pid if proc is not None and proc.poll() is None else None

    @property
    def alive(self) -> bool:
        return self.pid is not None

    def _spawn(self) -> subprocess.Popen[bytes]:
        self._check_available()
        # A minimal environment: no passphrase variables, every telemetry switch off.
        env = child_environment(keep=(self.debug_env,))
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(PACKAGE_PARENT), env.get("PYTHONPATH", "")) if p
        )
        self._environment(env)
        proc = subprocess.Popen(
            module_command(self.module, self.python),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=None if env.get(self.debug_env) else subprocess.DEVNULL,
            env=env,
            close_fds=True,
        )
        inbox: queue.Queue[dict[str, Any] | None] = queue.Queue()
        stdout = proc.stdout
        assert stdout is not None

        def pump() -> None:
            try:
                while (message := read_frame(stdout)) is not None:
                    inbox.put(message)
            except (OSError, ValueError):
                pass
            finally:
                inbox.put(None)

        threading.Thread(target=pump, name=f"{self.name}-reader", daemon=True).start()
        self._inbox = inbox
        self._proc = proc
        hello = self._receive(None, timeout=60.0)
        if hello.get("type") != "hello":
            self.kill()
            raise self._error(self.start_failed_message)
        log.info("child.started", worker=self.name, pid=proc.pid)
        return proc

    def _ensure(self) -> subprocess.Popen[bytes]:
        if self._proc is not None and self._proc.poll() is None:
            return self._proc
        if self._proc is not None:
            self._reap()
        return self._spawn()

    def _reap(self) -> int | None:
        proc, self._proc = self._proc, None
        if proc is None:
            return None
        for pipe in (proc.stdin, proc.stdout):
            with contextlib.suppress(OSError):
                if pipe is not None:
                    pipe.close()
        try:
            return proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            return proc.wait()

    def kill(self) -> None:
        """Stop the child now (cancel). The next request starts a new one."""
        proc = self._proc
        if proc is not None and proc.poll() is None:
            proc.kill()
        self._reap()

    def close(self) -> None:
        """Ask the child to quit, then make sure it did."""
        with self._lock:
            proc = self._proc
            if proc is not None and proc.poll() is None and proc.stdin is not None:
                with contextlib.suppress(OSError):
                    write_frame(proc.stdin, {"op": "quit"})
                try:
                    proc.wait(timeout=3)
                except subprocess.TimeoutExpired:
                    proc.kill()
            self._reap()

    # ---- messaging ----------------------------------------------------------------------------
    def _send(self, message: dict[str, Any], payload: bytes = b"") -> None:
        proc = self._proc
        assert proc is not None and proc.stdin is not None
        try:
            write_frame(proc.stdin, message, payload)
        except (BrokenPipeError, OSError):
            raise self._died() from None

    def _died(self) -> NeuroLeafError:
        code = self._reap()
        log.warning("child.died", worker=self.name, code=code)
        return self._died_error(signal_text(code))

    def _receive(
        self, cancel: threading.Event | None, timeout: float | None = None
    ) -> dict[str, Any]:
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            if cancel is not None and cancel.is_set():
                self.kill()
                log.info("child.cancelled", worker=self.name)
                raise self._cancelled_error()
            try:
                message = self._inbox.get(timeout=0.05)
            except queue.Empty:
                if deadline is not None and time.monotonic() > deadline:
                    self.kill()
                    raise self._error(self.timeout_message) from None
                continue
            if message is None:
                raise self._died()
            return message
