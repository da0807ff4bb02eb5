"""The suite's own scheduling: the long modules it hands out first are real files."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import LONG_MODULES

ROOT = Path(__file__).resolve().parents[1]


def test_every_long_module_named_is_a_test_file_of_the_suite() -> None:
    assert len(set(LONG_MODULES)) == len(LONG_MODULES)
    for module in LONG_MODULES:
        assert (ROOT / module).is_file(), module
        assert Path(module).name.startswith("test_"), module
