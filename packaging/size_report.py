"""Print the bundle's size per top-level component (largest first), and the total.

Why: the bundle's weight is decided by a few components (Qt, onnxruntime, CTranslate2, the
models). Seeing them side by side is what tells which exclusion is worth making.

Usage: ``python packaging/size_report.py [dist/NeuroLeaf]``
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def component_of(relative: Path) -> str:
    """models/<name> per model; a package folder; shared libraries grouped by their stem."""
    parts = relative.parts
    if parts[0] == "_internal":
        parts = parts[1:]
    if not parts:
        return "(root)"
    if parts[0] == "models" and len(parts) > 1:
        return f"models/{parts[1]}"
    if len(parts) == 1:
        name = parts[0]
        if ".so" in name or name.endswith((".dll", ".dylib")):
            return "shared libraries (top level)"
        return name
    top = parts[0]
    for suffix in (".libs", ".dist-info"):
        if top.endswith(suffix):
            return top.removesuffix(suffix) + (" (libs)" if suffix == ".libs" else " (metadata)")
    return top


def sizes(bundle: Path) -> dict[str, int]:
    found: dict[str, int] = defaultdict(int)
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            found[component_of(path.relative_to(bundle))] += path.stat().st_size
    return dict(found)


def main(argv: list[str]) -> int:
    bundle = Path(argv[0]) if argv else ROOT / "dist" / "NeuroLeaf"
    if not bundle.is_dir():
        print(f"No bundle at {bundle}: run `make package` first.", file=sys.stderr)
        return 1
    found = sizes(bundle)
    total = sum(found.values())
    print(f"Bundle {bundle}: {total / 1e6:.0f} MB in {len(found)} components\n")
    print("| component | MB | share |")
    print("|---|---:|---:|")
    for name, size in sorted(found.items(), key=lambda item: -item[1])[:30]:
        print(f"| {name} | {size / 1e6:.1f} | {100 * size / total:.1f} % |")
    rest = sorted(found.values(), reverse=True)[30:]
    if rest:
        print(
            f"| {len(rest)} smaller components | {sum(rest) / 1e6:.1f} | "
            f"{100 * sum(rest) / total:.1f} % |"
        )
    print(f"| **total** | **{total / 1e6:.0f}** | 100 % |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
