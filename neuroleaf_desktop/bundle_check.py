"""Import the named modules inside a frozen bundle and report the ones that fail.

Run by packaging/smoke_test.py as ``neuroleaf --neuroleaf-run-module
neuroleaf_desktop.bundle_check MODULE…``: the smoke test lists every module of the source tree,
so a module that PyInstaller did not collect (one imported only by name, say) fails the build
here instead of failing in a person's hands. Prints JSON: ``{"failed": {module: error}}``.
"""

from __future__ import annotations

import importlib
import json
import sys


def main(modules: list[str]) -> int:
    failed: dict[str, str] = {}
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception as exc:  # every kind of failure is a finding, reported by name
            failed[name] = f"{type(exc).__name__}: {exc}"
    print(json.dumps({"checked": len(modules), "failed": failed}))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
