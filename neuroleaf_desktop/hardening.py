"""Keep secrets out of core dumps and away from other processes of the same user.

A crash dump of NeuroLeaf would hold the data key, the passphrase and decrypted journal text.
So at start-up the core-size limit is set to 0 and (on Linux) the process is marked
non-dumpable, which also stops same-user processes from attaching a debugger or reading
``/proc/<pid>/mem``. Both are best effort: an OS without them simply keeps its defaults.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys

_PR_SET_DUMPABLE = 4
_PR_GET_DUMPABLE = 3


def disable_core_dumps() -> None:
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def set_non_dumpable() -> None:
    libc = _libc()
    if libc is not None:
        libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)


def is_dumpable() -> bool | None:
    """The kernel's answer (None where we cannot ask): for tests and ``doctor``."""
    libc = _libc()
    if libc is None:
        return None
    return bool(libc.prctl(_PR_GET_DUMPABLE, 0, 0, 0, 0))


def harden_process() -> None:
    disable_core_dumps()
    set_non_dumpable()
