"""The learned topic classifier against the rules, by leave-one-block-out cross-validation.

Every labelled Insights question (``scripts/train_topic_classifier.labelled_rows``) belongs to
a block: A-F, each HELD_OUT_* tuple of ``bench_truth``, and the demo and fresh phrasings. For
each block the classifier is trained on all the other blocks (and the rule tests' own
questions) and predicts the held block, so every prediction is of wording it never saw. The
rules' topic comes from the app's own path (``InsightService.topic`` on a demo profile, MiniLM
similarity on as in the app, the learned classifier off).

Printed per block and pooled, topic (kind and subject) accuracy for:

* rules alone (note: the rules were *studied* on every block here, so this is an upper bound
  for them; on blind blocks they scored 70-82 %);
* the classifier alone (its kind; the subject from the rules where they found one);
* ``arbiter`` policies: the classifier decides where the rules' answer is weak, or where it is
  surer than a threshold and disagrees; a grid of them, the best by pooled accuracy (ties:
  the fewest changes), and the shipped ``arbiter.CHOSEN``.

Target: topic accuracy ≥ 95 %.

Usage: ``python benchmarks/bench_topic_learned.py [--seed 7] [--no-semantic] [--grid]``
(``--grid``: also the classifier's L2 strength and n-gram weight, slower).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))
import train_topic_classifier as tt  # scripts/ on the path (sets one BLAS thread first)

import numpy as np

from neuroleaf_desktop.domain.insights.arbiter import CHOSEN, Policy, arbitrate
from neuroleaf_desktop.domain.insights.topics import Topic

TARGET = 0.95
BLIND = ROOT / "benchmarks" / "data" / "topic_blind_rules.json"
WEAK = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 2.0)
STRONG = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 2.0)


def rule_topics(rows: Sequence[tt.Row], seed: int, semantic: bool) -> list[Topic]:
    """The rules' topic of every row, on a demo profile as the app finds it."""
    os.environ["NEUROLEAF_HOME"] = tempfile.mkdtemp(prefix="nl-bench-topic-")
    os.environ.setdefault("NEUROLEAF_KDF_TARGET_MS", "5")
    from bench_truth import END

    from neuroleaf_desktop.demo.generator import create_demo_profile
    from neuroleaf_desktop.paths import app_paths
    from neuroleaf_desktop.services.insight_service import InsightService
    from neuroleaf_desktop.services.profiles import ProfileStore

    session = create_demo_profile(ProfileStore(app_paths()), 1, name=f"Demo {seed}", seed=seed,
                                  end=END)  # fmt: skip
    try:
        service = InsightService(session, semantic=semantic, learned=False,
                                 today=lambda: END + timedelta(days=1))  # fmt: skip
        checkins, entries = service._data()
        return [service.topic(r.text, checkins, entries) for r in rows]
    finally:
        session.close()


def blind_topics(rows: Sequence[tt.Row]) -> list[Topic | None]:
    """What the rules said of each row while its block was still blind (``topic_blind_replay``;
    None for rows of a block never measured blind: the demo and fresh phrasings)."""
    if not BLIND.exists():
        return [None] * len(rows)
    data = json.loads(BLIND.read_text(encoding="utf-8"))
    said = {(name, t["question"]): t for name, block in data.items() for t in block["topics"]}
    out: list[Topic | None] = []
    for r in rows:
        t = said.get((r.group, r.text))
        out.append(None if t is None else Topic(
            t["kind"], t["subject"], t["subject_kind"], t["method"], score=t["score"],
            also=tuple(tuple(a) for a in t["also"])))  # fmt: skip
    return out


def out_of_block(
    x: tt.Features, rows: Sequence[tt.Row], *, with_minilm: bool, c: float = tt.C
) -> list[dict[str, float]]:
    """Each evaluated row's probabilities from a model trained without its block."""
    groups = np.array([r.group for r in rows])
    labels = [r.kind for r in rows]
    out: list[dict[str, float]] = [{} for _ in rows]
    for group in dict.fromkeys(g for g in groups if g != tt.TESTS_GROUP):
        held = groups == group
        model = tt.train(x, labels, ~held, with_minilm=with_minilm, c=c)
        for i, probs in zip(np.flatnonzero(held), model.probabilities(x, held), strict=True):
            out[i] = {k: float(p) for k, p in zip(model.classes, probs, strict=True)}
    return out


def correct(topic: Topic, row: tt.Row) -> bool:
    return (topic.kind, topic.subject.lower()) == (row.kind, row.subject.lower())


def finals(rules: Sequence[Topic], probs: Sequence[dict[str, float]], policy: Policy
           ) -> list[Topic]:  # fmt: skip
    return [arbitrate(t, p, policy) for t, p in zip(rules, probs, strict=True)]


ALWAYS = Policy(weak=0.0, strong=0.0, leave_subject=True, to_unknown=True)


def policies() -> list[Policy]:
    grid = itertools.product(WEAK, STRONG, (False, True), (False, True))
    return [Policy(w, s, leave, unknown) for w, s, leave, unknown in grid]


def best_policy(rows: Sequence[tt.Row], rules: Sequence[Topic],
                probs: Sequence[dict[str, float]]) -> tuple[Policy, int]:  # fmt: skip
    """The policy with the most correct rows; ties go to the one changing the fewest rows."""
    scored = []
    for p in policies():
        topics = finals(rules, probs, p)
        ok = sum(correct(t, r) for t, r in zip(topics, rows, strict=True))
        changed = sum(t != r for t, r in zip(topics, rules, strict=True))
        scored.append((-ok, changed, -p.weak, -p.strong, p.leave_subject, p.to_unknown, p))
    best = min(scored, key=lambda s: s[:6])
    return best[-1], -best[0]


def _pct(ok: int, n: int) -> str:
    return f"{ok}/{n} ({100 * ok / n:.1f} %)" if n else "–"


def report(rows: Sequence[tt.Row], columns: dict[str, list[bool]]) -> None:
    groups = list(dict.fromkeys(r.group for r in rows))
    print("| block | n | " + " | ".join(columns) + " |")
    print("|---|---:|" + "---:|" * len(columns))
    for g in [*groups, "pooled"]:
        idx = [i for i, r in enumerate(rows) if g in ("pooled", r.group)]
        cells = [_pct(sum(col[i] for i in idx), len(idx)) for col in columns.values()]
        print(f"| {g} | {len(idx)} | " + " | ".join(cells) + " |")
    n = len(rows)
    print("\n| measure | pooled | target | |\n|---|---:|---|---|")
    for name, col in columns.items():
        ok = sum(col)
        print(f"| {name} | {_pct(ok, n)} | ≥ 95 % | {'✅' if ok >= TARGET * n else '❌'} |")


def _argmax(p: dict[str, float]) -> str:
    return max(p, key=lambda k: p[k])


def columns_for(
    rows: Sequence[tt.Row], rules: Sequence[Topic], heads: dict[str, list[dict[str, float]]],
    label: str, misses: bool,
) -> dict[str, list[bool]]:
    """Rules, the classifier alone and combined, the best policy and ``CHOSEN``: per row."""
    columns = {f"{label} rules": [correct(t, r) for t, r in zip(rules, rows, strict=True)]}
    for name, probs in heads.items():
        columns[f"{name} kind alone"] = [_argmax(p) == r.kind for p, r in zip(probs, rows)]
        columns[f"{label} rules + {name} always"] = [
            correct(t, r) for t, r in zip(finals(rules, probs, ALWAYS), rows)
        ]
        policy, _ok = best_policy(rows, rules, probs)
        print(f"best policy, {label} rules + {name}: {policy}")
        columns[f"{label} rules + {name} best policy"] = [
            correct(t, r) for t, r in zip(finals(rules, probs, policy), rows)
        ]
        chosen = finals(rules, probs, CHOSEN)
        columns[f"{label} rules + {name} CHOSEN"] = [correct(t, r) for t, r in zip(chosen, rows)]
        if misses:
            for t, rt, r, p in zip(chosen, rules, rows, probs, strict=True):
                if not correct(t, r) or t != rt:
                    print(f"  {'ok ' if correct(t, r) else 'MISS'} [{r.group}] {r.text!r} want "
                          f"{(r.kind, r.subject)} rules {(rt.kind, rt.subject, rt.method)} "
                          f"{name} {_argmax(p)} {p[_argmax(p)]:.2f} → {(t.kind, t.subject)}")  # fmt: skip
    return columns


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-semantic", action="store_true")
    parser.add_argument("--grid", action="store_true")
    parser.add_argument("--misses", action="store_true", help="list the CHOSEN policy's changes")
    args = parser.parse_args()
    from neuroleaf_desktop.ai.embeddings import MiniLMEmbedder

    every = tt.labelled_rows()
    x = tt.Features.build([r.text for r in every], MiniLMEmbedder().embed, tt.NGRAM_SCALE)
    evaluated = [i for i, r in enumerate(every) if r.group != tt.TESTS_GROUP]
    rows = [every[i] for i in evaluated]
    rules = rule_topics(rows, args.seed, not args.no_semantic)
    blind = blind_topics(rows)
    seen = [i for i, t in enumerate(blind) if t is not None]
    if args.grid:
        grams = x.ngrams.copy()
        for c, scale in itertools.product((0.5, 1.0, 2.0, 4.0, 8.0, 16.0), (0.5, 1.0, 2.0)):
            x.ngrams = grams * scale
            for head in (True, False):
                oof = out_of_block(x, every, with_minilm=head, c=c)
                probs = [oof[i] for i in evaluated]
                alone = sum(_argmax(p) == r.kind for p, r in zip(probs, rows))
                b_rows = [rows[i] for i in seen]
                policy, ok = best_policy(b_rows, [blind[i] for i in seen],  # type: ignore[misc]
                                         [probs[i] for i in seen])  # fmt: skip
                print(f"C={c} scale={scale} minilm={head}: alone {_pct(alone, len(rows))}, "
                      f"blind rules + best policy {_pct(ok, len(seen))} {policy}",
                      flush=True)  # fmt: skip
        x.ngrams = grams
    heads: dict[str, list[dict[str, float]]] = {}
    for head, name in ((True, "MiniLM+n-grams"), (False, "n-grams only")):
        oof = out_of_block(x, every, with_minilm=head)
        heads[name] = [oof[i] for i in evaluated]
    print(f"\n### Learned topic classifier, leave-one-block-out (seed {args.seed}, "
          f"semantic {not args.no_semantic}, C {tt.C}); CHOSEN = {CHOSEN}\n")  # fmt: skip
    print("Today's rules (studied on every block: an upper bound for them):\n")
    report(rows, columns_for(rows, rules, heads, "today's", args.misses))
    if seen:
        b_rows = [rows[i] for i in seen]
        b_rules = [t for t in blind if t is not None]
        b_heads = {name: [probs[i] for i in seen] for name, probs in heads.items()}
        print("\nThe rules as they were while each block was blind (topic_blind_replay):\n")
        report(b_rows, columns_for(b_rows, b_rules, b_heads, "blind", args.misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
