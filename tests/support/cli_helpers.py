"""Run the real `neuroleaf` command in a subprocess."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from tests.conftest import PASSPHRASE, PYTHON, cli_env


def run_cli(
    home: Path,
    *args: str,
    stdin: str | None = None,
    passphrase: str | None = PASSPHRASE,
    check: bool = True,
    env_extra: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    env = cli_env(home, **(env_extra or {}))
    if passphrase is not None:
        env["NEUROLEAF_PASSPHRASE"] = passphrase
    proc = subprocess.run(
        [PYTHON, "-m", "neuroleaf_desktop", *args],
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    if check and proc.returncode != 0:
        raise AssertionError(
            f"neuroleaf {' '.join(args)} failed ({proc.returncode}): {proc.stderr}{proc.stdout}"
        )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def run_json(home: Path, *args: str, **kwargs: Any) -> Any:
    return json.loads(run_cli(home, *args, "--json", **kwargs).stdout)
