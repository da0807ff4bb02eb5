"""The packaging smoke test's safety step, run from source: the probe the frozen bundle runs
(``bundle_probe`` in ``ai/safety_semantic.py``) and the smoke test's check of its report.

The bundle itself is only built by ``make package-smoke``; here the same module runs through
the same entry (``launch.run_module_if_asked``, as the frozen executable does), and a missing
or altered neighbour bank must fail the check rather than pass with the fallback scorer."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from neuroleaf_desktop.ai.safety_semantic import WEIGHTS, bundle_probe

ROOT = Path(__file__).resolve().parents[2]


def _smoke_test() -> ModuleType:
    # packaging/ is not a package (and "packaging" is also a library's name): load by path.
    spec = importlib.util.spec_from_file_location(
        "neuroleaf_smoke_test", ROOT / "packaging" / "smoke_test.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


smoke = _smoke_test()


def _named_rows() -> int:
    return int(json.loads(WEIGHTS.read_text(encoding="utf-8"))["neighbour_bank"]["rows"])


def test_the_module_run_as_the_bundle_runs_it_passes_the_check() -> None:
    """The frozen step's path: the bundle's entry runs the module as ``__main__``; the last
    line it prints is the report, and the shipped pair passes."""
    script = (
        "import sys\n"
        "from neuroleaf_desktop.launch import RUN_MODULE_FLAG, run_module_if_asked\n"
        "module = 'neuroleaf_desktop.ai.safety_semantic'\n"
        "run_module_if_asked([sys.argv[0], RUN_MODULE_FLAG, module])\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=240,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    smoke.check_safety_probe(report)
    assert report["bank_rows"] == _named_rows()


def test_weights_without_their_bank_fail_the_check(tmp_path: Path) -> None:
    shutil.copy(WEIGHTS, tmp_path / WEIGHTS.name)
    report = bundle_probe(tmp_path / WEIGHTS.name)
    assert report["weights"] and not report["accepted"] and report["bank_rows"] == 0
    with pytest.raises(smoke.SmokeError, match="refused"):
        smoke.check_safety_probe(report)


def test_an_altered_bank_fails_the_check(tmp_path: Path) -> None:
    shutil.copy(WEIGHTS, tmp_path / WEIGHTS.name)
    bank = tmp_path / "safety_neighbours.npz"
    data = bytearray((WEIGHTS.parent / bank.name).read_bytes())
    data[-100] ^= 0xFF  # one byte of the last array: the sha256 the weights name no longer fits
    bank.write_bytes(bytes(data))
    with pytest.raises(smoke.SmokeError, match="refused"):
        smoke.check_safety_probe(bundle_probe(tmp_path / WEIGHTS.name))


def test_missing_weights_fail_the_check(tmp_path: Path) -> None:
    report = bundle_probe(tmp_path / WEIGHTS.name)
    assert not report["weights"]
    with pytest.raises(smoke.SmokeError, match="not in the bundle"):
        smoke.check_safety_probe(report)


@pytest.mark.parametrize(
    ("score", "threshold", "passes"), [(0.97, 0.93, True), (0.93, 0.93, True), (0.5, 0.93, False)]
)
def test_the_probe_must_reach_its_threshold(score: float, threshold: float, passes: bool) -> None:
    report = {"weights": True, "accepted": True, "bank_rows": 10, "score": score}
    report["threshold"] = threshold
    if passes:
        smoke.check_safety_probe(report)
    else:
        with pytest.raises(smoke.SmokeError, match="under"):
            smoke.check_safety_probe(report)
