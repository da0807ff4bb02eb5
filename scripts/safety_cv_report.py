"""The cross-validation report of ``train_safety_classifier.py``: what the classifier alone, the
rules and the detector catch out of fold, per language, per fresh batch and per corpus.

Kept apart from the training so that the training script stays readable; it only counts, it
never changes a score or a threshold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from neuroleaf_desktop.domain.safety.evaluation import (
    EXPLICIT,
    LANGUAGES,
    POSITIVE_CATEGORIES,
    WARNING,
    parse_rows,
)

if TYPE_CHECKING:
    from train_safety_classifier import Example, Prepared

SAFETY = Path(__file__).resolve().parent.parent / "tests" / "data" / "safety"
_FRESH_GROUP = re.compile(r"(?:fresh|batch)\d+")


def is_fresh(group: str) -> bool:
    """A fresh batch (``fresh21``, ``batch1``): a cross-validation fold of its own."""
    return _FRESH_GROUP.fullmatch(group) is not None


def is_corpus(group: str) -> bool:
    """A written corpus (``corpus_c10``): a cross-validation fold of its own."""
    return group.startswith("corpus_")


def batch_of(path: Path) -> str:
    """The batch or corpus a file belongs to (``fresh21_de.tsv`` -> ``fresh21``)."""
    return path.stem.split("_")[0]


@dataclass
class Pooled:
    """Counts over a set of rows: explicit and warning-sign positives caught, false alarms."""

    explicit: int = 0
    explicit_n: int = 0
    warning: int = 0
    warning_n: int = 0
    tp: int = 0
    fp: int = 0
    negatives: int = 0

    def cell(self) -> str:
        if not self.explicit_n + self.warning_n:
            return f"FA {self.fp}/{self.negatives}"
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        return (
            f"ex {self.explicit}/{self.explicit_n}, ws {self.warning}/{self.warning_n}, "
            f"P {precision:.3f}, FA {self.fp}/{self.negatives}"
        )


def pooled(p: Prepared, rows: np.ndarray, flagged: np.ndarray) -> Pooled:
    out = Pooled()
    for i in np.flatnonzero(rows):
        e, hit = p.examples[i], bool(flagged[i])
        out.explicit_n += e.category in EXPLICIT
        out.explicit += hit and e.category in EXPLICIT
        out.warning_n += e.category in WARNING
        out.warning += hit and e.category in WARNING
        out.tp += hit and e.label == 1
        out.fp += hit and e.label == 0
        out.negatives += e.label == 0
    return out


def model_flags(p: Prepared, scores: np.ndarray, chosen: dict[str, float]) -> np.ndarray:
    """What the classifier alone would flag: a row in a language it reads, at its threshold."""
    limit = np.array([chosen.get(str(lang), 2.0) for lang in p.lang])
    return scores >= limit


def leave_one_batch_out(
    p: Prepared, scores: np.ndarray, chosen: dict[str, float]
) -> dict[str, dict[str, Pooled]]:
    """Every fresh batch scored by a model trained without it: the classifier alone, the rules,
    and the detector (the rules, then the classifier on what they leave), per language and
    pooled; the newest batch alone (the rules studied it last, so its rules column is the
    nearest to a blind one); each corpus; the everyday sentences' out-of-fold false alarms."""
    model = model_flags(p, scores, chosen)
    detector = p.flagged | (p.left & model)
    groups = np.array([e.group for e in p.examples])
    language = np.array([row_language(e) for e in p.examples])
    fresh = np.array([is_fresh(g) for g in groups])
    newest = max((g for g in set(groups.tolist()) if is_fresh(g)), key=batch_number)
    columns = {"classifier alone": model, "rules": p.flagged, "rules + classifier": detector}
    sets: dict[str, np.ndarray] = {
        f"fresh {lang}": fresh & (language == lang) for lang in LANGUAGES
    }
    sets["fresh, pooled"] = fresh
    sets |= {f"{newest} {lang}": (groups == newest) & (language == lang) for lang in LANGUAGES}
    sets[f"{newest}, pooled"] = groups == newest
    categories = np.array([e.category for e in p.examples])
    sets |= {f"fresh {c}": fresh & (categories == c) for c in sorted(WARNING)}
    for corpus in sorted({g for g in groups.tolist() if is_corpus(g)}):
        sets[corpus] = groups == corpus
    sets |= {f"everyday {lang}": p.everyday & (language == lang) for lang in LANGUAGES}
    return {
        name: {column: pooled(p, rows, flags) for column, flags in columns.items()}
        for name, rows in sets.items()
    }


def by_category(p: Prepared, scores: np.ndarray, chosen: dict[str, float]) -> None:
    """Out-of-fold recall per positive category: the fresh batches other than the newest, the
    newest alone (how the recipe generalised to it) and the corpora, classifier alone and rules
    + classifier. The pooled tables hide a weak category (past history, plans, means) behind
    the large ones."""
    model = model_flags(p, scores, chosen)
    detector = p.flagged | (p.left & model)
    groups = np.array([e.group for e in p.examples])
    categories = np.array([e.category for e in p.examples])
    fresh = np.array([is_fresh(g) for g in groups])
    newest = max((g for g in set(groups.tolist()) if is_fresh(g)), key=batch_number)
    sets = {
        "other fresh": fresh & (groups != newest),
        newest: groups == newest,
        "corpora": np.array([is_corpus(g) for g in groups]),
    }
    header = [f"{name} {column}" for name in sets for column in ("alone", "r+c")]
    print("\n| category | " + " | ".join(header) + " |")
    print("|---" * (len(header) + 1) + "|")
    for category in sorted(POSITIVE_CATEGORIES):
        cells = []
        for rows in sets.values():
            mine = rows & (categories == category)
            n = int(mine.sum())
            cells += [f"{int((mine & flags).sum())}/{n}" for flags in (model, detector)]
        print(f"| {category} | " + " | ".join(cells) + " |")


def measured(
    q: Prepared, scores: np.ndarray, chosen: dict[str, float]
) -> dict[str, dict[str, Pooled]]:
    """Rows no weights trained on, scored by the weights of every training row: each held-out
    corpus, their warning signs by category (pooled), and the everyday measuring halves (the
    English row is the count of the English budget test: rules, or the classifier on what they
    leave)."""
    model = model_flags(q, scores, chosen)
    detector = q.flagged | (q.left & model)
    groups = np.array([e.group for e in q.examples])
    categories = np.array([e.category for e in q.examples])
    columns = {"classifier alone": model, "rules": q.flagged, "rules + classifier": detector}
    corpora = sorted({g for g in groups.tolist() if not g.startswith("everyday")})
    sets: dict[str, np.ndarray] = {c: groups == c for c in corpora}
    held = np.isin(groups, corpora)
    sets |= {f"{'+'.join(corpora)} {c}": held & (categories == c) for c in sorted(WARNING)}
    sets |= {g: groups == g for g in sorted({g for g in groups.tolist() if g not in corpora})}
    return {
        name: {column: pooled(q, rows, flags) for column, flags in columns.items()}
        for name, rows in sets.items()
    }


def dump_scores(
    path: Path,
    p: Prepared,
    scores: np.ndarray,
    q: Prepared,
    measured_scores: np.ndarray,
    chosen: dict[str, float],
) -> None:
    """Write every training row's out-of-fold score and every measuring row's score with what
    the rules say of each (``--dump``), so that why a row is missed can be studied without
    another cross-validation (the texts stay on this machine, like the data they come from)."""

    def columns(r: Prepared, prefix: str) -> dict[str, np.ndarray]:
        return {
            f"{prefix}text": np.array([e.text for e in r.examples]),
            f"{prefix}group": np.array([e.group for e in r.examples]),
            f"{prefix}label": r.labels,
            f"{prefix}category": r.categories,
            f"{prefix}everyday": r.everyday,
            f"{prefix}lang": r.lang,
            f"{prefix}flagged": r.flagged,
            f"{prefix}left": r.left,
        }

    arrays: dict[str, Any] = {
        "score": scores,
        "measured_score": measured_scores,
        "threshold_lang": np.array(list(chosen)),
        "threshold": np.array(list(chosen.values())),
    }
    np.savez(path, **(arrays | columns(p, "") | columns(q, "measured_")))


def batch_number(group: str) -> int:
    return int(re.sub(r"\D", "", group))


def row_language(e: Example) -> str:
    """The language a row was written in (the file's, not the guess)."""
    return _LANGUAGE_OF.get(e.text, "en")


_LANGUAGE_OF: dict[str, str] = {}


def remember_languages() -> None:
    for path in sorted(SAFETY.rglob("*.tsv")):
        if "held_out" not in path.parts:
            for r in parse_rows(path.read_text(encoding="utf-8")):
                _LANGUAGE_OF.setdefault(r.text, r.lang)


def print_table(table: dict[str, dict[str, Pooled]]) -> None:
    columns = list(next(iter(table.values())))
    print("| rows | " + " | ".join(columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    for name, cells in table.items():
        print(f"| {name} | " + " | ".join(cells[c].cell() for c in columns) + " |")
