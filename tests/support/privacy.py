"""Byte-level scanning used by the privacy-canary tests."""

from __future__ import annotations

import codecs
import uuid
from pathlib import Path


def make_canary() -> str:
    return "CANARY" + uuid.uuid4().hex[:12].upper()


def encodings_of(canary: str) -> list[bytes]:
    """The canary as it could appear on disk: UTF-8, UTF-16 (both orders), reversed bytes."""
    return [
        canary.encode("utf-8"),
        canary.lower().encode("utf-8"),
        canary.encode("utf-16-le"),
        canary.encode("utf-16-be"),
        codecs.encode(canary, "rot13").encode(),
    ]


def scan(folders: list[Path], canary: str) -> list[str]:
    """Every file under ``folders`` containing the canary in any encoding (should be [])."""
    needles = encodings_of(canary)
    hits = []
    for folder in folders:
        if not folder.exists():
            continue
        for path in folder.rglob("*"):
            if path.is_file() and not path.is_symlink():
                data = path.read_bytes()
                if any(n in data for n in needles):
                    hits.append(str(path))
    return hits


def all_files(folders: list[Path]) -> list[Path]:
    return [p for f in folders if f.exists() for p in f.rglob("*") if p.is_file()]
