"""The learned topic classifier against the rules, by leave-one-block-out cross-validation.

Every labelled Insights question (``scripts/train_topic_classifier.labelled_rows``) belongs to
a block: A-X, each HELD_OUT_* tuple of ``bench_truth``, the demo and fresh phrasings, and each
training file ``topic_questions*.tsv`` (one writer each). For each block the classifier is
trained on all the other blocks (and the rule tests' own questions) and predicts the held
block, so every prediction is of wording it never saw. The
rules' topic comes from the app's own path (``InsightService.topic`` on a demo profile, MiniLM
similarity on as in the app, the learned classifier off).

Printed per block and pooled, topic (kind and subject) accuracy for:

* rules alone (note: the rules were *studied* on every block here, so this is an upper bound
  for them; on blind blocks they scored 70-82 %);
* the classifier alone: its kind; and its kind with a subject the rules or ``extract`` found
  (the topic it could give deciding the kind itself: "kind alone" does not score subjects);
* ``arbiter`` policies: the classifier decides where the rules' answer is weak, or where it is
  surer than a threshold and disagrees; a grid of them, the best by pooled accuracy (ties:
  the fewest changes), and the shipped ``arbiter.CHOSEN`` (the grid holds its ``lead``; the
  lead is scanned apart, on the best policy and on ``CHOSEN``).

Target: topic accuracy ≥ 95 %.

Usage: ``python benchmarks/bench_topic_learned.py [--seed 7] [--no-semantic] [--grid]
[--cache FILE] [--blind-only]`` (``--grid``: also the classifier's L2 strength and n-gram
weight, slower; ``--cache``: the rules' topics and out-of-block probabilities kept in FILE and
reused, so a policy change is measured in minutes; ``--blind-only``: only the blind replay).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import pickle
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))
# One BLAS thread: on a shared 2-core machine more threads only fight (a fit goes 16 s → 1.5 s).
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import numpy as np  # noqa: E402
import train_topic_classifier as tt  # noqa: E402  (scripts/ is on the path)

from neuroleaf_desktop.domain.insights.arbiter import CHOSEN, Policy  # noqa: E402
from neuroleaf_desktop.domain.insights.extract import subject_in  # noqa: E402
from neuroleaf_desktop.domain.insights.topics import Topic, arbitrate  # noqa: E402

TARGET = 0.95
TOLERANCE = 0.005  # policies this close to the most correct count as tied
BLIND = ROOT / "benchmarks" / "data" / "topic_blind_rules.json"
WEAK = (0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9, 2.0)
STRONG = (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9, 0.95, 2.0)
LEAD = (0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 2.0)  # scanned on the best policy and CHOSEN


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
        checkins, entries = service.data()
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
    x: tt.Features,
    rows: Sequence[tt.Row],
    *,
    with_minilm: bool,
    c: float | None = None,
    scale: float | None = None,
) -> list[dict[str, float]]:
    """Each evaluated row's probabilities from a model trained without its block."""
    groups = np.array([r.group for r in rows])
    labels = [r.kind for r in rows]
    out: list[dict[str, float]] = [{} for _ in rows]
    for group in dict.fromkeys(g for g in groups if g not in tt.TRAIN_ONLY):
        held = groups == group
        model = tt.train(x, labels, ~held, with_minilm=with_minilm, c=c, scale=scale)
        for i, probs in zip(np.flatnonzero(held), model.probabilities(x, held), strict=True):
            out[i] = {k: float(p) for k, p in zip(model.classes, probs, strict=True)}
    return out


def correct(topic: Topic, row: tt.Row) -> bool:
    return (topic.kind, topic.subject.lower()) == (row.kind, row.subject.lower())


def finals(rows: Sequence[tt.Row], rules: Sequence[Topic], probs: Sequence[dict[str, float]],
           policy: Policy) -> list[Topic]:  # fmt: skip
    """The arbitrated topics; a subject the rules missed is read from each row's words."""
    return [arbitrate(t, p, policy, text=r.text)
            for r, t, p in zip(rows, rules, probs, strict=True)]  # fmt: skip


ALWAYS = Policy(weak=0.0, strong=0.0, leave_subject=True, to_unknown=True)


def policies() -> list[Policy]:
    grid = itertools.product(WEAK, STRONG, (False, True), (False, True))
    return [Policy(w, s, leave, unknown, CHOSEN.lead) for w, s, leave, unknown in grid]


def best_policy(rows: Sequence[tt.Row], rules: Sequence[Topic],
                probs: Sequence[dict[str, float]]) -> tuple[Policy, int]:  # fmt: skip
    """The policy changing the fewest rows among those within ``TOLERANCE`` of the most
    correct (a row or two more is noise on a few hundred; each change is a risk on new
    wording); then the higher thresholds, no subject left, nothing made unknown."""
    scored = []
    for p in policies():
        topics = finals(rows, rules, probs, p)
        ok = sum(correct(t, r) for t, r in zip(topics, rows, strict=True))
        changed = sum(t != r for t, r in zip(topics, rules, strict=True))
        scored.append((ok, changed, p))
    top = max(ok for ok, _c, _p in scored)
    near = [s for s in scored if s[0] >= top - TOLERANCE * len(rows)]

    def caution(s: tuple[int, int, Policy]) -> tuple[int, float, float, bool, bool]:
        return s[1], -s[2].weak, -s[2].strong, s[2].leave_subject, s[2].to_unknown

    ok, _changed, policy = min(near, key=caution)
    return policy, ok


def nested(rows: Sequence[tt.Row], rules: Sequence[Topic], probs: Sequence[dict[str, float]]
           ) -> tuple[list[Topic], dict[str, Policy]]:  # fmt: skip
    """Each block's topics under the policy chosen on the *other* blocks: the policy's choice
    is held out too, so the number does not flatter it."""
    out: list[Topic] = list(rules)
    chosen: dict[str, Policy] = {}
    for group in dict.fromkeys(r.group for r in rows):
        other = [i for i, r in enumerate(rows) if r.group != group]
        policy, _ok = best_policy([rows[i] for i in other], [rules[i] for i in other],
                                  [probs[i] for i in other])  # fmt: skip
        chosen[group] = policy
        for i, r in enumerate(rows):
            if r.group == group:
                out[i] = arbitrate(rules[i], probs[i], policy, text=r.text)
    return out, chosen


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


def reachable(kind: str, rules: Topic, row: tt.Row) -> bool:
    """Whether the classifier's ``kind`` gives the row's topic with a subject some reader has:
    the rules' own (of a kind that holds one) or one ``extract`` reads from the words. "Kind
    alone" scores the kind only; this is the topic the classifier could give if it decided."""
    if kind != row.kind:
        return False
    if kind not in ("activity", "last_time"):
        return True
    want = row.subject.lower()
    if rules.kind in ("activity", "last_time") and rules.subject.lower() == want:
        return True
    found = subject_in(row.text, ())
    return found is not None and found[0].lower() == want


def lead_scan(rows: Sequence[tt.Row], rules: Sequence[Topic],
              probs: Sequence[dict[str, float]], base: Policy) -> str:  # fmt: skip
    """Right answers as ``base``'s ``lead`` varies (the grid holds it at ``base``'s)."""
    cells = []
    for lead in LEAD:
        policy = replace(base, lead=lead)
        topics = finals(rows, rules, probs, policy)
        cells.append(f"{lead}: {sum(correct(t, r) for t, r in zip(topics, rows, strict=True))}")
    return ", ".join(cells)


def columns_for(
    rows: Sequence[tt.Row],
    rules: Sequence[Topic],
    heads: dict[str, list[dict[str, float]]],
    label: str,
    misses: bool,
) -> dict[str, list[bool]]:
    """Rules, the classifier alone and combined, the best policy and ``CHOSEN``: per row."""
    columns = {f"{label} rules": [correct(t, r) for t, r in zip(rules, rows, strict=True)]}
    for name, probs in heads.items():
        columns[f"{name} kind alone"] = [
            _argmax(p) == r.kind for p, r in zip(probs, rows, strict=True)
        ]
        columns[f"{name} kind alone, with a subject found"] = [
            reachable(_argmax(p), t, r) for p, t, r in zip(probs, rules, rows, strict=True)
        ]
        columns[f"{label} rules + {name} always"] = [
            correct(t, r) for t, r in zip(finals(rows, rules, probs, ALWAYS), rows, strict=True)
        ]
        policy, _ok = best_policy(rows, rules, probs)
        print(f"best policy, {label} rules + {name}: {policy}")
        print(f"  its lead: {lead_scan(rows, rules, probs, policy)}")
        print(f"  CHOSEN's lead: {lead_scan(rows, rules, probs, CHOSEN)}")
        columns[f"{label} rules + {name} best policy"] = [
            correct(t, r) for t, r in zip(finals(rows, rules, probs, policy), rows, strict=True)
        ]
        held, per_block = nested(rows, rules, probs)
        columns[f"{label} rules + {name} policy chosen on the other blocks"] = [
            correct(t, r) for t, r in zip(held, rows, strict=True)
        ]
        print(f"  policies chosen on the other blocks: {set(per_block.values())}")
        chosen = finals(rows, rules, probs, CHOSEN)
        columns[f"{label} rules + {name} CHOSEN"] = [
            correct(t, r) for t, r in zip(chosen, rows, strict=True)
        ]
        if misses:
            for t, rt, r, p in zip(chosen, rules, rows, probs, strict=True):
                if not correct(t, r) or t != rt:
                    top = _argmax(p)
                    print(f"  {'ok ' if correct(t, r) else 'MISS'} [{r.group}] {r.text!r} want "
                          f"{(r.kind, r.subject)} rules {(rt.kind, rt.subject, rt.method)} "
                          f"{name} {top} {p[top]:.2f} → {(t.kind, t.subject)}")  # fmt: skip
    return columns


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-semantic", action="store_true")
    parser.add_argument("--grid", action="store_true")
    parser.add_argument("--misses", action="store_true", help="list the CHOSEN policy's changes")
    parser.add_argument("--blind-only", action="store_true", help="only the blind replay")
    parser.add_argument("--cache", type=Path, help="keep the rules' topics and the out-of-block "
                        "probabilities here; reuse them (only the policies change)")  # fmt: skip
    args = parser.parse_args()
    from neuroleaf_desktop.ai.embeddings import MiniLMEmbedder

    every = tt.labelled_rows()
    if args.cache is not None and args.cache.exists():
        rows, rules, heads = pickle.loads(args.cache.read_bytes())  # noqa: S301  (our own file)
        return _measure(rows, rules, heads, args)
    x = tt.Features.build([r.text for r in every], MiniLMEmbedder().embed)
    evaluated = [i for i, r in enumerate(every) if r.group not in tt.TRAIN_ONLY]
    rows = [every[i] for i in evaluated]
    rules = rule_topics(rows, args.seed, not args.no_semantic)
    blind = blind_topics(rows)
    seen = [i for i, t in enumerate(blind) if t is not None]
    if args.grid:
        for c, scale in itertools.product((0.5, 1.0, 2.0, 4.0, 8.0, 16.0), (0.5, 1.0, 2.0)):
            for head in (True, False):
                oof = out_of_block(x, every, with_minilm=head, c=c, scale=scale)
                probs = [oof[i] for i in evaluated]
                alone = sum(_argmax(p) == r.kind for p, r in zip(probs, rows, strict=True))
                b_rows = [rows[i] for i in seen]
                b_rules = [t for t in blind if t is not None]
                b_probs = [probs[i] for i in seen]
                policy, ok = best_policy(b_rows, b_rules, b_probs)
                held, _per = nested(b_rows, b_rules, b_probs)
                fair = sum(correct(t, r) for t, r in zip(held, b_rows, strict=True))
                print(f"C={c} scale={scale} minilm={head}: alone {_pct(alone, len(rows))}, "
                      f"blind rules + policy: nested {_pct(fair, len(seen))}, "
                      f"best {_pct(ok, len(seen))} {policy}", flush=True)  # fmt: skip
    heads: dict[str, list[dict[str, float]]] = {}
    for head, name in ((True, "MiniLM+n-grams"), (False, "n-grams only")):
        oof = out_of_block(x, every, with_minilm=head)
        heads[name] = [oof[i] for i in evaluated]
    if args.cache is not None:
        args.cache.write_bytes(pickle.dumps((rows, rules, heads)))
    return _measure(rows, rules, heads, args)


def _measure(
    rows: Sequence[tt.Row],
    rules: Sequence[Topic],
    heads: dict[str, list[dict[str, float]]],
    args: argparse.Namespace,
) -> int:
    """Print every measure of the rules' topics and the out-of-block probabilities."""
    blind = blind_topics(rows)
    seen = [i for i, t in enumerate(blind) if t is not None]
    print(f"\n### Learned topic classifier, leave-one-block-out (seed {args.seed}, "
          f"semantic {not args.no_semantic}); CHOSEN = {CHOSEN}\n")  # fmt: skip
    if not args.blind_only:
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
