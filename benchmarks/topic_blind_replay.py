"""The topic rules as they were when each question block was still blind, replayed.

Every block of ``bench_truth`` was written before a run and then studied: the rules of today
answer all of them, so they say nothing about new wording. The commit that added a block holds
the rules that had never seen it (for "last look", whose commit also changed the vocabulary,
its parent). This replays those rules on their block (the app's own path, a seed-7 demo profile,
MiniLM similarity on) and keeps what they said in ``benchmarks/data/topic_blind_rules.json``,
so ``bench_topic_learned`` can ask how a classifier would have helped the rules on wording
they had not seen.

Only the ``neuroleaf_desktop`` package of each commit is unpacked (``git archive``), into a
temporary folder; the models folder is linked from this tree.

Usage: ``python benchmarks/topic_blind_replay.py [--only G H]`` (minutes: one demo profile per
commit; ``--only``: just those blocks, the others kept as the file has them). From block G on
the replay turns the learned classifier off (the rules alone: the classifier is measured).
"""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "topic_blind_rules.json"
# block → the commit whose rules had never seen it (it added the block before any change)
BLIND_AT: dict[str, str] = {
    "phrasings": "320291e",
    "voices": "6f07d7d",
    "strangers": "c7a820e",
    "last look": "ae2fc3c^",
    "A": "ff5f35d",
    "B": "ff5f35d",
    "C": "9eef4b6",
    "E": "f0c0bde",
    "D": "5808910",
    "F": "c314866",
    "G": "1d8affd",
    "H": "b5743d4",
    "I": "68417a7",
    "J": "c1c53f6",
    "K": "327f69d",
    "L": "8720e31",
    "M": "43cc9d7",
    "O": "45aee17",
    "P": "2d1057b",
    "Q": "5aabced",
    "R": "45fa973",
    "S": "03d89f7",
    "T": "30ba7a8",
    "U": "8c1b06e",
    "V": "a848dd2",
    "W": "c9b06cc",
    "X": "b3eadfa",
    "Y": "6c957ce",
    "Z": "d4e613a4",
    "AA": "0d79916d",
    "AB": "e40e39f2",
    "AC": "04a3b925",
    "AD": "01570083",
    "AE": "9dea80e7",
    "AF": "b5577759",
    "AG": "6fb4121a^",
    "AH": "82ba5f5e^",
    "AI": "f829fbaa^",
    "AJ": "ace8ceb4^",
    "AK": "9ab06a80^",
    "AL": "d0767fb9^",
    "AM": "e2c60f98^",
    "AN": "275f4f11^",
    "AO": "9483b6aa^",
    "AP": "fd92dfd2^",
    "AQ": "ee9f403b",
    "AR": "57339f01",
    "AS": "522ad9c7",
    "AT": "f12f1ce9",
    "AU": "e36a38cc",
    "AV": "4a855960",
    "AW": "0f464e0e",
    "AX": "24822a4b",
    "AY": "58d748b4",
    "AZ": "384b2163",
    "BA": "1353809f",
    "BB": "322445ed",
    "BC": "eb60420a",
    "BD": "61c7cf0f",
}
END = date(2026, 11, 1)


def _child(questions_path: str) -> None:
    """Runs inside the old tree: each question's topic from that commit's service."""
    os.environ["NEUROLEAF_HOME"] = tempfile.mkdtemp(prefix="nl-blind-")
    os.environ.setdefault("NEUROLEAF_KDF_TARGET_MS", "5")
    from neuroleaf_desktop.demo.generator import create_demo_profile
    from neuroleaf_desktop.paths import app_paths
    from neuroleaf_desktop.services.insight_service import InsightService
    from neuroleaf_desktop.services.profiles import ProfileStore

    questions = json.loads(Path(questions_path).read_text(encoding="utf-8"))
    session = create_demo_profile(ProfileStore(app_paths()), 1, name="Demo 7", seed=7, end=END)
    kwargs: dict[str, object] = {"semantic": True, "model": "test"}
    if "today" in inspect.signature(InsightService).parameters:
        kwargs["today"] = lambda: END + timedelta(days=1)
    if "learned" in inspect.signature(InsightService).parameters:
        kwargs["learned"] = False  # the rules alone: the classifier is what is measured
    service = InsightService(session, **kwargs)  # type: ignore[arg-type]
    out = []
    for q in questions:
        t = service.evidence(q).topic
        out.append({"question": q, "kind": t.kind, "subject": t.subject,
                    "subject_kind": t.subject_kind, "method": t.method, "score": t.score,
                    "also": [list(a) for a in getattr(t, "also", ())]})  # fmt: skip
    session.close()
    print(json.dumps(out))


def main() -> int:
    if sys.argv[1:2] in (["-h"], ["--help"]):
        print(__doc__)  # any other first word would replay every block and rewrite the file
        return 0
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        _child(sys.argv[2])
        return 0
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_topic_classifier as tt

    by_block: dict[str, list[str]] = {}
    for row in tt.labelled_rows(with_tests=False):
        by_block.setdefault(row.group, []).append(row.text)
    # "--only G H": replay those blocks and keep the others as the file has them
    only = sys.argv[2:] if sys.argv[1:2] == ["--only"] else list(BLIND_AT)
    result: dict[str, dict[str, object]] = {}
    if only != list(BLIND_AT) and OUT.exists():
        result = json.loads(OUT.read_text(encoding="utf-8"))
    for commit in dict.fromkeys(BLIND_AT[b] for b in only):
        names = [b for b, c in BLIND_AT.items() if c == commit and b in only]
        questions = [q for b in names for q in by_block[b]]
        with tempfile.TemporaryDirectory(prefix="nl-old-") as tmp:
            command = ["git", "-C", str(ROOT), "archive", commit, "neuroleaf_desktop"]
            archive = subprocess.run(command, check=True, capture_output=True)
            subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
            (Path(tmp) / "models").symlink_to(ROOT / "models")
            qfile = Path(tmp) / "questions.json"
            qfile.write_text(json.dumps(questions), encoding="utf-8")
            done = subprocess.run([sys.executable, __file__, "--child", str(qfile)],
                                  env={**os.environ, "PYTHONPATH": tmp}, check=True,
                                  capture_output=True, text=True)  # fmt: skip
        topics = json.loads(done.stdout.strip().splitlines()[-1])
        sha = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", commit],
                             check=True, capture_output=True, text=True).stdout.strip()  # fmt: skip
        for name in names:
            mine = [t for t in topics if t["question"] in by_block[name]]
            result[name] = {"commit": sha, "topics": mine}
        print(f"{commit} ({sha}): {', '.join(names)}: {len(topics)} questions", flush=True)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
