"""Move a measured blind batch from ``tests/data/held_out/`` into the tuned sets.

Why a script: a batch is blind only until it has been measured twice (before and after a round);
then the next round studies it, and every place that names the tuned splits must learn of it at
once, or the benches and tests silently leave it out. Doing that by hand took the same dozen
edits every round and was easy to get half right. This script makes them all, checks each one
matched exactly once, and prints no row of the batch.

Usage, from the repository's root, after both measurements are in the ledger::

    .venv/bin/python scripts/move_in_held_out.py --analysis test52 --block AR --fresh fresh56 \
        --notes notes.json

``notes.json`` holds the words only a person can write:

* ``analysis_figures``: the blind figures for ``bench_analysis_quality``'s split description,
  e.g. ``"rules / rules + gate: stress 0.695 / 0.750 then ..., polarity 0.806 then 0.806"``;
* ``analysis_short``: the first measurement for the test's comment, e.g.
  ``"rules / rules + gate: stress 0.695 / 0.750, emotions 0.913 / 0.929"``;
* ``block_comment``: the comment above the block (how it was measured, its writer's conventions
  and new wordings), one paragraph; it is wrapped to the project's line length.

The ledger rows in ``held_out/README.md`` turn from "here, blind" to "studied" (checked before
anything moves); the files move (safety rows with ``git mv``, so their history follows). The
analysis split also joins the learned gate's once-blind folds and the splits it is not trained
on, with the commit it was studied from (the commit the move starts on, which holds the code
the batch was measured blind against), and the shipped weights' record of what they learned
from names it: forgetting that step once left the freshness test red on a clean clone. Then
run ruff and the quick tests.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELD_OUT = ROOT / "tests" / "data" / "held_out"
BENCH = ROOT / "benchmarks"
MAX_MODULE_LINES = 600
BLIND_CELL_START = "**here**, blind"

_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_TENS_ORD = [
    "_",
    "_",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
]


def ordinal(n: int) -> str:
    """``52`` → ``"fifty-second"``: the ledger and docstrings spell batch numbers out."""
    if not 1 <= n <= 99:
        raise ValueError(n)
    if n < 10:
        return _UNITS[n - 1]
    if n < 20:
        return _TEENS[n - 10]
    tens, unit = divmod(n, 10)
    return _TENS_ORD[tens] if unit == 0 else f"{_TENS[tens]}-{_UNITS[unit - 1]}"


def previous_letter(letters: str) -> str:
    """The block lettered before ``letters`` (``"AR"`` → ``"AQ"``, ``"BA"`` → ``"AZ"``)."""
    value = 0
    for ch in letters:
        value = value * 26 + ord(ch) - ord("A") + 1
    value -= 1
    out = ""
    while value:
        value, rest = divmod(value - 1, 26)
        out = chr(ord("A") + rest) + out
    return out


def replace_once(path: Path, old: str, new: str) -> None:
    """Replace ``old`` exactly once, or stop: a second or missing match means the file moved on."""
    text = path.read_text(encoding="utf-8")
    found = text.count(old)
    if found != 1:
        raise SystemExit(f"{path.relative_to(ROOT)}: expected one {old[:50]!r}, found {found}")
    path.write_text(text.replace(old, new), encoding="utf-8")


def comment(paragraph: str) -> str:
    """A paragraph as ``#`` lines within 100 columns."""
    lines = textwrap.wrap(" ".join(paragraph.split()), width=98, break_on_hyphens=False)
    return "\n".join(f"# {line}" for line in lines)


def move_analysis(split: str, notes: dict[str, str]) -> None:
    number = int(split.removeprefix("test"))
    previous = f"test{number - 1}"
    source = HELD_OUT / f"analysis_{split}.tsv"
    lines = source.read_text(encoding="utf-8").splitlines()
    if lines[0].split("\t") != ["text", "stress", "emotions", "polarity", "split"]:
        raise SystemExit(f"{source.name}: unexpected header")
    rows = [line for line in lines[1:] if line.strip()]
    if not all(line.split("\t")[4] == split for line in rows):
        raise SystemExit(f"{source.name}: a row outside split {split}")
    sentences = ROOT / "tests" / "data" / "analysis" / "sentences.tsv"
    text = sentences.read_text(encoding="utf-8")
    sentences.write_text(text.rstrip("\n") + "\n" + "\n".join(rows) + "\n", encoding="utf-8")

    bench = BENCH / "bench_analysis_quality.py"
    told = "(180 blind rows by a new writer, measured untouched twice)"
    replace_once(
        bench,
        f"and ``{previous}`` {told} in the {ordinal(number - 1)};",
        f"and ``{previous}`` {told} in the {ordinal(number - 1)},\n"
        f"and ``{split}`` {told} in the {ordinal(number)};",
    )
    text = bench.read_text(encoding="utf-8")
    start = text.index(f'        "{previous}",\n        "{previous} rows (')
    end = text.index("    ),\n", start) + len("    ),\n")
    described = textwrap.wrap(
        f"{split} rows ({len(rows)} sentences written blind by a new writer; measured untouched "
        f"twice, {notes['analysis_figures']})",
        width=86,
        drop_whitespace=False,
    )
    entry = f'    (\n        "{split}",\n' + "".join(f'        "{part}"\n' for part in described)
    entry = entry.rstrip("\n") + ",\n    ),\n"
    bench.write_text(text[:end] + entry + text[end:], encoding="utf-8")
    studied = re.search(r"\nSTUDIED = \(\n(.*?)\n\)  # fmt: skip", bench.read_text("utf-8"), re.S)
    if studied is None or not studied.group(1).rstrip().endswith(f'"{previous}",'):
        raise SystemExit("bench_analysis_quality.py: STUDIED does not end with the previous split")
    _append_to_tuple(bench, "STUDIED", split)

    test = ROOT / "tests" / "domain" / "test_analysis_quality.py"
    count = f'    assert sum(r.split == "{previous}" for r in rows) >= 150\n'
    replace_once(
        test,
        count,
        count
        + f"    # {split} ({len(rows)} rows, written blind by a new writer) measured untouched "
        "twice; on the code the\n"
        f"    # round began with, {notes['analysis_short']}\n"
        f'    assert sum(r.split == "{split}" for r in rows) >= 150\n',
    )
    replace_once(
        test,
        f'        "{previous}",\n    }}\n',
        f'        "{previous}",\n        "{split}",\n    }}\n',
    )
    subprocess.run(["git", "-C", str(ROOT), "rm", "-q", str(source)], check=True)


def block_module(letter: str) -> Path:
    """The blind-block module holding ``letter``'s block."""
    for path in sorted(BENCH.glob("truth_blocks_blind*.py")):
        if f"\nBLOCK_{letter}: tuple" in path.read_text(encoding="utf-8"):
            return path
    raise SystemExit(f"no module holds BLOCK_{letter}")


def move_block(letter: str, notes: dict[str, str]) -> None:
    previous = previous_letter(letter)
    source = HELD_OUT / f"truth_block_{letter.lower()}.py"
    text = source.read_text(encoding="utf-8")
    start = text.index(f"\nBLOCK_{letter}: tuple") + 1
    block = text[start:].rstrip("\n") + "\n"
    if block.count(f"BLOCK_{letter}") != 1 or not block.endswith(")\n"):
        raise SystemExit(f"{source.name}: the block is not the file's last statement")
    addition = "\n\n" + comment(notes["block_comment"]) + "\n" + block

    holder = block_module(previous)
    held = holder.read_text(encoding="utf-8")
    first = re.search(r"\(([A-Z]+)-" + previous + r"\)", held)
    if first is None:
        raise SystemExit(f"{holder.name}: its docstring names no range ending in {previous}")
    if len((held + addition).splitlines()) <= MAX_MODULE_LINES:
        replace_once(holder, f"({first.group(1)}-{previous})", f"({first.group(1)}-{letter})")
        holder.write_text(holder.read_text(encoding="utf-8") + addition, encoding="utf-8")
        target = holder
    else:
        number = int(holder.stem.rsplit("_", 1)[1]) + 1 if holder.stem[-1].isdigit() else 2
        target = BENCH / f"truth_blocks_blind_{number}.py"
        header = (
            f'"""Question blocks written blind by someone else from block {letter} on '
            f"({letter}-{letter}), for\n``bench_truth``; ``truth_blocks`` re-exports them (kept "
            f"apart from ``{holder.stem}``,\nwhich holds {first.group(1)}-{previous}, only so no "
            "module passes 600 lines). The conventions they were\nlabelled by are in the comment "
            'above each block.\n"""\n\nfrom __future__ import annotations\n'
        )
        # isort keeps one blank line between the imports and the comment that follows them
        target.write_text(header + addition[1:], encoding="utf-8")

    blocks = BENCH / "truth_blocks.py"
    imported = f"from {holder.stem} import BLOCK_{previous} as BLOCK_{previous}\n"
    replace_once(
        blocks, imported, imported + f"from {target.stem} import BLOCK_{letter} as BLOCK_{letter}\n"
    )
    replace_once(
        blocks,
        f'            "{previous}",\n        ),',
        f'            "{previous}",\n            "{letter}",\n        ),',
    )
    replace_once(
        blocks,
        f"            BLOCK_{previous},\n        ),",
        f"            BLOCK_{previous},\n            BLOCK_{letter},\n        ),",
    )

    trainer = ROOT / "scripts" / "train_topic_classifier.py"
    replace_once(trainer, f"A-{previous}), each row", f"A-{letter}), each row")
    line = f'        "{previous}": tb.BLOCK_{previous},\n'
    replace_once(trainer, line, line + f'        "{letter}": tb.BLOCK_{letter},\n')
    subprocess.run(["git", "-C", str(ROOT), "rm", "-q", str(source)], check=True)


def move_fresh(batch: str) -> None:
    number = int(batch.removeprefix("fresh"))
    previous = f"fresh{number - 1}"
    bench = BENCH / "bench_safety.py"
    replace_once(bench, f"fresh1 ... {previous}, train", f"fresh1 ... {batch}, train")
    replace_once(bench, f"every batch up to ``{previous}``", f"every batch up to ``{batch}``")
    line = f'    "{previous}": "fresh/{previous}_*.tsv",\n'
    replace_once(bench, line, line + f'    "{batch}": "fresh/{batch}_*.tsv",\n')
    files = sorted(HELD_OUT.glob(f"{batch}_*.tsv"))
    if not files:
        raise SystemExit(f"no {batch}_*.tsv in held_out")
    fresh = ROOT / "tests" / "data" / "safety" / "fresh"
    for path in files:
        subprocess.run(
            ["git", "-C", str(ROOT), "mv", str(path), str(fresh / path.name)], check=True
        )


def _append_to_tuple(path: Path, name: str, split: str) -> None:
    """Add ``split`` as the last item of the ``name = (...)  # fmt: skip`` tuple in ``path``."""
    text = path.read_text(encoding="utf-8")
    found = re.search(rf"^{name} = \(\n", text, flags=re.MULTILINE)
    if found is None:
        raise SystemExit(f"{path.name}: no {name} tuple")
    start = found.end()
    end = text.index("\n)  # fmt: skip", start)
    body = text[start:end]
    last = body.rstrip().rsplit("\n", 1)[-1]
    if f'"{split}"' in body:
        raise SystemExit(f"{path.name}: {name} already holds {split}")
    joined = f'{last} "{split}",'
    new_last = joined if len(joined) <= 100 else f'{last}\n    "{split}",'
    path.write_text(text[:start] + body.replace(last, new_last) + text[end:], encoding="utf-8")


def move_gate(split: str) -> None:
    """The split joins the gate's folds, kept out of its weights like every writer since test42.

    Its studied-at commit is the one this move starts from: the code it was measured blind on.
    """
    number = int(split.removeprefix("test"))
    previous = f"test{number - 1}"
    head = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short=8", "HEAD"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    train = ROOT / "scripts" / "train_analysis_gate.py"
    _append_to_tuple(train, "ONCE_BLIND", split)
    _append_to_tuple(train, "NOT_TRAINED", split)
    curve = ROOT / "scripts" / "analysis_gate_curve.py"
    text = curve.read_text(encoding="utf-8")
    line = next(x for x in text.split("\n") if x.startswith(f'    "{previous}": "'))
    replace_once(curve, line + "\n", f'{line}\n    "{split}": "{head}",\n')
    weights = ROOT / "neuroleaf_desktop" / "ai" / "data" / "analysis_gate.json"
    replace_once(weights, f", {previous})", f", {previous}, {split})")


def studied_ledger(text: str, analysis: str, letter: str, fresh: str, holder: str) -> str:
    """The ledger with the batch's three rows saying where each part went.

    A row's last cell may carry a rider after "blind" (a question looked at after the
    measurement, say); the whole cell is replaced, since the part is no longer blind at all.
    Raises before anything moves when a row is missing, so a half-moved batch cannot happen.
    """
    ends = {
        f"| `analysis_{analysis}.tsv` |": f"studied, split `{analysis}` of `sentences.tsv` |",
        f"| `truth_block_{letter.lower()}.py` |": f"studied, in `{holder}.py` |",
        f"| `{fresh}_*.tsv` |": "studied, `tests/data/safety/fresh/` |",
    }
    out, changed = [], 0
    for line in text.split("\n"):
        for start, end in ends.items():
            cell = line.rfind(f"| {BLIND_CELL_START}")
            if line.startswith(start) and line.endswith(" |") and cell > 0:
                line, changed = line[: cell + 2] + end, changed + 1
        out.append(line)
    if changed != 3:
        raise SystemExit(f"README.md: {changed} of the batch's 3 ledger rows marked blind")
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--analysis", required=True, help="the analysis split, e.g. test52")
    parser.add_argument("--block", required=True, help="the question block's letters, e.g. AR")
    parser.add_argument("--fresh", required=True, help="the safety batch, e.g. fresh56")
    parser.add_argument("--notes", required=True, type=Path, help="JSON of the human words")
    args = parser.parse_args()
    notes = json.loads(args.notes.read_text(encoding="utf-8"))
    readme = HELD_OUT / "README.md"
    ledger = readme.read_text(encoding="utf-8")
    # Checked before anything moves; the block's holder is known only once it has moved.
    studied_ledger(ledger, args.analysis, args.block, args.fresh, holder="")
    move_analysis(args.analysis, notes)
    move_block(args.block, notes)
    move_fresh(args.fresh)
    move_gate(args.analysis)
    holder = block_module(args.block).stem
    readme.write_text(
        studied_ledger(ledger, args.analysis, args.block, args.fresh, holder), encoding="utf-8"
    )
    print(f"moved in: {args.analysis}, BLOCK_{args.block}, {args.fresh}")


if __name__ == "__main__":
    main()
