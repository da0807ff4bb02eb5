"""Where NeuroLeaf keeps things.

platformdirs gives each OS its usual folders; ``NEUROLEAF_HOME`` moves all of them under one
root so tests (and people who want a portable install) can keep everything in one place.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from neuroleaf_desktop import APP_NAME

ENV_HOME = "NEUROLEAF_HOME"


@dataclass(frozen=True)
class AppPaths:
    data: Path
    config: Path
    cache: Path
    logs: Path

    @property
    def profiles(self) -> Path:
        return self.data / "profiles"

    @property
    def user_models(self) -> Path:
        return self.data / "models"

    def ensure(self) -> None:
        """Create the folders, private to the user (0700): they hold encrypted personal data."""
        for folder in (self.data, self.config, self.cache, self.logs, self.profiles):
            folder.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(OSError):  # e.g. a foreign file system
                folder.chmod(0o700)


def app_paths() -> AppPaths:
    """The folders for this run, honouring ``NEUROLEAF_HOME``."""
    home = os.environ.get(ENV_HOME)
    if home:
        root = Path(home).expanduser().resolve()
        return AppPaths(
            data=root / "data", config=root / "config", cache=root / "cache", logs=root / "logs"
        )
    return AppPaths(
        data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        config=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        cache=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        logs=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )
