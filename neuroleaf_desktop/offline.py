"""Network discipline and process hygiene, applied before any third-party library loads.

NeuroLeaf never talks to the network (sync, when configured, is the only exception and has
its own code path). Several libraries we embed phone home by default: onnxruntime (loaded by
faster-whisper's voice-activity filter) writes a device id under ``~/.cache/Microsoft`` and
sends telemetry unless ``ORT_DISABLE_TELEMETRY`` is set *before it loads*; Hugging Face and
chromadb have their own switches. So the package's ``__init__`` calls :func:`apply` first
thing, and every child process gets :func:`child_environment` instead of our environment.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

# Every switch we know of that turns a library's network use or telemetry off. Set
# unconditionally: these are not preferences a person's shell should be able to undo for us.
OFFLINE_ENV: dict[str, str] = {
    "ORT_DISABLE_TELEMETRY": "1",  # onnxruntime (faster-whisper's VAD)
    "HF_HUB_OFFLINE": "1",  # huggingface_hub: never resolve a model online
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_DISABLE_IMPLICIT_TOKEN": "1",
    "HF_DATASETS_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "ANONYMIZED_TELEMETRY": "False",  # chromadb (posthog)
    "DO_NOT_TRACK": "1",  # the consoledonottrack.com convention many tools honour
    "DISABLE_TELEMETRY": "1",
    "TORCH_HUB_DISABLE_TELEMETRY": "1",
    "PYTORCH_NO_TELEMETRY": "1",
    "SENTRY_DSN": "",  # only our own opt-in crash reporter may send reports
}

# What a child process (Whisper, llama.cpp) may inherit: enough to find Python, the package,
# locale and temp folders. Passphrases and everything else stay with the parent.
_CHILD_NAMES = frozenset(
    {
        "PATH", "HOME", "USER", "LOGNAME", "LANG", "LANGUAGE", "TZ",
        "TMPDIR", "TMP", "TEMP", "SYSTEMROOT", "WINDIR", "COMSPEC", "PATHEXT",
        "PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "PYTHONHASHSEED", "VIRTUAL_ENV",
        "LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH", "OMP_NUM_THREADS", "MKL_NUM_THREADS",
        "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_RUNTIME_DIR",
        "NEUROLEAF_HOME", "NEUROLEAF_TESTING",
    }
)  # fmt: skip
_CHILD_PREFIXES = ("LC_",)


def apply(environ: dict[str, str] | os._Environ[str] | None = None) -> None:
    """Set every offline/telemetry switch in ``environ`` (default: this process)."""
    target = os.environ if environ is None else environ
    for key, value in OFFLINE_ENV.items():
        target[key] = value


def child_environment(
    parent: Mapping[str, str] | None = None, *, keep: tuple[str, ...] = ()
) -> dict[str, str]:
    """A minimal environment for a child process: an allow-list of the parent's, plus
    ``keep`` (e.g. a debug switch), plus every offline switch."""
    source = os.environ if parent is None else parent
    allowed = _CHILD_NAMES | set(keep)
    env = {k: v for k, v in source.items() if k in allowed or k.startswith(_CHILD_PREFIXES)}
    apply(env)
    return env
