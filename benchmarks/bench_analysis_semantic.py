"""Experiment: can MiniLM find stressors the lexicon never saw ("caseload", "payroll")?

The stressor lexicon is closed; eight rounds of adding words did not move the numbers on
batches written blind (``test13``: stress recall 0.32 with job words such as "on call",
"caseload", "pull request", "billable hours", "service"). This asks whether meaning can stand
in for the missing words, where the rules already judge a sentence to be the writer's own
strain but find no stressor in it. Nothing here changes the product (the result below is why).

The gate (what the rules decide): a sentence with no stressor pattern found in it (one found,
counted or set aside, means the rules have judged it), not about someone else's trouble,
read negative with no pleasant emotion, and its clauses that the stressor rule would count
in (negative or mixed, or neutral in a negative segment), leaving out conditions and clauses
opened by another person. 268 of the 2,725 rows pass it.

Two designs, each with its knobs chosen on the ``dev`` rows only, then measured on every
split (stress micro precision / recall, as ``bench_analysis_quality``):

* ``words``: each content word or two-word phrase of the gated clauses (no stopwords, feeling,
  strain or VADER-valenced words, no words the lexicon already matches, only in a noun slot:
  after a determiner, possessive, preposition or number) is embedded and matched to every
  pattern of the stressor lexicon and to everyday anchors ("weather", "coffee", "holiday");
  it counts for the nearest pattern's category when the similarity is ≥ T and beats every
  other category's nearest (everyday included) by ≥ M;
* ``knn``: the whole gated sentence is matched to the ``dev`` sentences (leave-one-out on
  dev), and gets a category when its k nearest carry it with a similarity-weighted share ≥ V
  and the nearest is ≥ T.

Result (ninth round, with its final rules): **neither helps**, so neither is wired into the
analysis service. On dev no setting adds more right categories than wrong ones (``words``:
best +1 right / +2 wrong at T 0.80; ``knn``: +1 / +0 at k 8, T 0.4, V 0.6, the only dev
setting that raises recall without lowering precision); on the test splits the same settings
add about as many wrong categories as right ones (``knn`` at its dev setting: +2 right, +3
wrong over test…test13, test13 unchanged at 0.930 / 0.412; ``words`` at T 0.80: test13
0.930 → 0.909 with no recall gained; at T 0.6, M 0.1: 0.833, +0 right / +5 wrong).
Why: most of test13's missed stressors sit in sentences the rules read as neutral ("Release
deadline is Thursday and the build has been red all week", "Essay on Kant due Friday and
I've read the same page eleven times"), which no fallback behind the rules' own judgement
can reach; and in the gated ones a word's nearest lexicon pattern is often a surface likeness
("cheaper" → money, "driving test" → a blood test, "council" → council tax, "group chat" →
group project).

Usage: ``python benchmarks/bench_analysis_semantic.py [--grid]`` (needs the MiniLM ONNX
export in ``models/``: ``make models``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from neuroleaf_desktop.ai.minilm_onnx import ONNX_FOLDER, OnnxMiniLM
from neuroleaf_desktop.domain.analysis.clause import MIXED, NEGATIVE, NEUTRAL, POSITIVE, Clause
from neuroleaf_desktop.domain.analysis.clauses import read_clauses
from neuroleaf_desktop.domain.analysis.context_words import HYPOTHETICAL, OTHER_PERSON, STRAIN
from neuroleaf_desktop.domain.analysis.emotions import is_emotion_word
from neuroleaf_desktop.domain.analysis.entry_scores import emotion_scores, sentiment_of
from neuroleaf_desktop.domain.analysis.lexicon import tokenize
from neuroleaf_desktop.domain.analysis.models import POSITIVE_EMOTIONS
from neuroleaf_desktop.domain.analysis.people import COMMON_SUBJECTS, OTHER_SUBJECTS
from neuroleaf_desktop.domain.analysis.quality import Labelled, parse_tsv, predict
from neuroleaf_desktop.domain.analysis.sentence_rules import about_someone_else
from neuroleaf_desktop.domain.analysis.sentiment import sentiment_lexicon, split_sentences
from neuroleaf_desktop.domain.analysis.stress_keywords import STRESSOR_LEXICON, STRESSORS

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "analysis" / "sentences.tsv"
MODEL = ROOT / "models" / ONNX_FOLDER
SPLITS = ("dev", "test", *(f"test{n}" for n in range(2, 14)))
Matrix = npt.NDArray[np.float32]

STOPWORDS: Final = frozenset(
    """a about above after again against all am an and any are aren't as at be because been
    before being below between both but by can can't cannot could couldn't did didn't do does
    doesn't doing don't down during each few for from further had hadn't has hasn't have
    haven't having he he'd he'll he's her here here's hers herself him himself his how how's i
    i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my
    myself no nor not of off on once only or other ought our ours ourselves out over own same
    shan't she she'd she'll she's should shouldn't so some such than that that's the their
    theirs them themselves then there there's these they they'd they'll they're they've this
    those through to too under until up very was wasn't we we'd we'll we're we've were weren't
    what what's when when's where where's which while who who's whom why why's with won't would
    wouldn't you you'd you'll you're you've your yours yourself yourselves just still even
    really so also again already ever never always now today tonight tomorrow yesterday got get
    gets getting went go goes going gone come came coming made make makes making keep keeps
    kept put puts said say says tell told know knew think thought feel feels felt feeling
    like one two three four five six seven eight nine ten twenty thirty forty fifty hundred
    first second third another every all lot lots bit much many more less least way thing
    things stuff something anything nothing everything someone anyone everyone nobody somebody
    time times lol ugh omg tbh idk ngl rn pls yeah yes okay ok well back right left new old
    big small long short little whole half last next same own sure maybe probably apparently
    literally actually honestly basically totally really quite pretty rather kind sort week
    weeks month months year years hour hours minute minutes morning evening afternoon night
    nights weekend weekends am pm let lets let's take took taken give gave given see saw seen
    look looked looking want wanted need needed try tried trying use used find found
    """.split()  # noqa: SIM905
)
# Ordinary words that name no source of stress by themselves (the labelling guide: weather,
# news, phones, queues; "slept", "usual", "day"); a fallback must never offer them.
EVERYDAY: Final = frozenset(
    {"slept", "sleep", "sky", "usual", "news", "day", "days", "weather", "rain", "phone",
     "queue", "people", "place", "home", "house", "life", "world", "head", "mind", "brain",
     "body", "face", "eyes", "hands", "voice", "door", "room", "kitchen", "table", "bed",
     "chair", "floor", "car", "road", "town", "city", "shop", "food", "coffee", "tea",
     "lunch", "dinner", "breakfast", "water", "air", "light", "lights", "noise", "thing",
     "everything", "reason", "point", "end", "start", "moment", "page", "idea", "case"}
)  # fmt: skip
MAX_CANDIDATES: Final = 24  # per sentence: a long run-on keeps its first ones


# Endings of words that say how something was or what was done ("exhausted", "waiting",
# "terribly", "uncomfortable"): a stressor is a thing, so these are no candidates alone.
NOT_A_THING: Final = ("ed", "ing", "ly", "ful", "less", "ous", "able", "ible", "ive")


def _content(token: str) -> bool:
    return (
        token.isalpha()
        and len(token) > 2
        and not token.startswith("emoji")
        and token not in STOPWORDS
        and token not in EVERYDAY
        and token not in COMMON_SUBJECTS
        and not is_emotion_word(token)
        and token not in sentiment_lexicon()  # a word with a valence judges, it names nothing
        and STRAIN.match_at([token], 0) is None
    )


def _thing(token: str) -> bool:
    return not token.endswith(NOT_A_THING)


# Words after which a noun phrase starts: "my pull request", "the HOA", "in deposits".
NOUN_OPENERS: Final = frozenset(
    {"the", "a", "an", "my", "our", "your", "his", "her", "their", "this", "that", "these",
     "those", "another", "every", "each", "some", "any", "no", "of", "in", "on", "at", "for",
     "with", "about", "from", "to", "by", "over", "after", "before", "during"}
)  # fmt: skip


def _noun_slot(words: tuple[str, ...], k: int, clause: Clause) -> bool:
    """Does a noun phrase start at ``k`` (after a determiner, possessive, preposition or
    number, or opening the sentence)? Verbs and adverbs ("sat", "since", "threw") are no
    stressors; without a tagger, the slot a word stands in says whether it names a thing."""
    if k == 0:
        return clause.segment == 0 or not clause.after_and
    before = words[k - 1]
    return before in NOUN_OPENERS or before.isdigit() or before.endswith("'s")


def _covered(words: tuple[str, ...]) -> set[int]:
    """Positions inside any match of the stressor lexicon, idioms it sets aside included
    ("sick of", "flu jab"): the rules have judged those words already."""
    covered: set[int] = set()
    listed = list(words)
    for k in range(len(listed)):
        pattern = STRESSOR_LEXICON.match_at(listed, k)
        if pattern is not None:
            covered.update(range(k, k + len(pattern.tokens)))
    return covered


def _opened_by_another(words: tuple[str, ...]) -> bool:
    first = words[0] if words else ""
    base = first[:-2] if first.endswith("'s") else first
    return base in OTHER_SUBJECTS or base in OTHER_PERSON


def _counted_clauses(clauses: list[Clause]) -> list[Clause]:
    """The clauses in which the stressor rule would count a stressor (``stress_hits``)."""
    by_segment: dict[int, list[Clause]] = {}
    for clause in clauses:
        by_segment.setdefault(clause.segment, []).append(clause)
    out = []
    for clause in clauses:
        if clause.polarity == POSITIVE:
            continue
        segment = by_segment[clause.segment]
        negative_segment = POSITIVE not in {c.polarity for c in segment} and any(
            c.polarity == NEGATIVE for c in segment
        )
        if clause.polarity in (NEGATIVE, MIXED) or (
            clause.polarity == NEUTRAL and negative_segment
        ):
            out.append(clause)
    return out


def _candidates(clauses: Iterable[Clause]) -> tuple[str, ...]:
    found: list[str] = []
    for clause in clauses:
        words = clause.words
        covered = _covered(words)
        usable = [_content(w) and k not in covered for k, w in enumerate(words)]
        for k, word in enumerate(words):
            if not usable[k] or not _noun_slot(words, k, clause):
                continue
            if _thing(word):
                found.append(word)
            if k + 1 < len(words) and usable[k + 1] and _thing(words[k + 1]):
                found.append(f"{word} {words[k + 1]}")
    return tuple(dict.fromkeys(found))[:MAX_CANDIDATES]


def _pleasant(clauses: list[Clause]) -> bool:
    scores = emotion_scores(clauses)
    return any(scores[e] > 0 for e in POSITIVE_EMOTIONS)


def gate(text: str) -> list[tuple[list[Clause], tuple[str, ...]]]:
    """Per gated sentence of ``text``: its usable clauses and its word candidates."""
    out: list[tuple[list[Clause], tuple[str, ...]]] = []
    for sentence in split_sentences(text):
        clauses = read_clauses(sentence)
        if not clauses or any(c.stressors for c in clauses):
            continue
        if sentiment_of(clauses).label != "negative" or _pleasant(clauses):
            continue  # strain beside a good part ("sore but happy") is not judged here
        if about_someone_else(tokenize(sentence)):
            continue
        usable = [
            c
            for c in _counted_clauses(clauses)
            if HYPOTHETICAL.isdisjoint(c.words) and not _opened_by_another(c.words)
        ]
        if usable:
            out.append((usable, _candidates(usable)))
    return out


NONE: Final = ""  # the everyday anchors' category
# Everyday things a negative sentence often names that are no source of stress by themselves
# (the labelling guide): a candidate nearest one of these is refused.
EVERYDAY_ANCHORS: Final = (
    "weather", "rain", "sky", "sunset", "news", "television", "film", "music", "book",
    "podcast", "game", "video game", "social media", "phone", "coffee", "tea", "food",
    "dinner", "lunch", "breakfast", "pizza", "cake", "holiday", "weekend", "trip", "beach",
    "walk", "park", "garden", "plants", "hobby", "party", "pub", "drinks", "shopping",
    "clothes", "hair", "dog", "cat", "pet", "birds", "furniture", "room", "sofa", "bed",
    "shower", "bath", "candle", "church", "gym", "yoga", "swim", "football", "cricket",
    "concert", "festival", "wedding", "birthday", "christmas", "morning", "evening", "night",
    "day", "week", "time", "thing", "place", "town", "city", "countryside", "car", "bike",
    "voice", "face", "eyes", "hands", "feet", "stomach", "chair", "desk", "letter", "card",
    "theme", "ringtone", "menu", "plate", "pan", "fridge", "door", "boots", "lights",
)  # fmt: skip


def lexicon_anchors() -> tuple[tuple[str, str, str], ...]:
    """(text, keyword, category) for every pattern of the stressor lexicon that reads as a
    word or phrase (stems of four letters or fewer, "commut*", say too little), then the
    everyday anchors (keyword and category ``NONE``)."""
    out: list[tuple[str, str, str]] = []
    for category, keywords in STRESSORS.items():
        for keyword, patterns in keywords.items():
            for raw in patterns:
                text = raw.lstrip("!~")
                if text.endswith("*"):
                    text = text[:-1]
                    if len(text) <= 4 or " " in text:
                        continue
                out.append((text, keyword, category))
    out.extend((text, NONE, NONE) for text in EVERYDAY_ANCHORS)
    return tuple(dict.fromkeys(out))


def _pr(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return f"{p:.3f} / {r:.3f}"


class Experiment:
    """Every row read once by the rules and embedded once (in memory only)."""

    def __init__(self, rows: list[Labelled], model: OnnxMiniLM) -> None:
        self.rows = rows
        self.rules = [predict(r.text).stress for r in rows]
        self.gated = [gate(r.text) for r in rows]
        self.sentences = model.embed([r.text for r in rows])
        anchors = lexicon_anchors()
        self.anchor_categories = np.array([a[2] for a in anchors])
        anchor_vectors = model.embed([a[0] for a in anchors])
        words = sorted({c for g in self.gated for _cl, cands in g for c in cands})
        vectors = model.embed(words) if words else np.zeros((0, anchor_vectors.shape[1]))
        self.word_scores: dict[str, tuple[str, float, float]] = {}
        for word, row in zip(words, vectors @ anchor_vectors.T, strict=True):
            best = int(np.argmax(row))
            category = str(self.anchor_categories[best])
            others = row[self.anchor_categories != category]
            self.word_scores[word] = (category, float(row[best]), float(row[best] - others.max()))
        self.dev = [i for i, r in enumerate(rows) if r.split == "dev"]

    def words(self, i: int, threshold: float, margin: float) -> set[str]:
        found: set[str] = set()
        for _clauses, candidates in self.gated[i]:
            for word in candidates:
                category, similarity, lead = self.word_scores[word]
                if category != NONE and similarity >= threshold and lead >= margin:
                    found.add(category)
        return found

    def knn(self, i: int, k: int, threshold: float, share: float) -> set[str]:
        if not self.gated[i]:
            return set()
        memory = [j for j in self.dev if j != i]  # leave-one-out on dev
        sims = self.sentences[memory] @ self.sentences[i]
        order = np.argsort(-sims)[:k]
        if sims[order[0]] < threshold:
            return set()
        weights = sims[order]
        found = set()
        for category in STRESSORS:
            carried = sum(
                w
                for w, n in zip(weights, order, strict=True)
                if category in self.rows[memory[n]].stress
            )
            if carried / weights.sum() >= share:
                found.add(category)
        return found

    def measure(self, split: str, extra: object) -> tuple[int, int, int, int, int]:
        tp = fp = fn = added_tp = added_fp = 0
        for i, row in enumerate(self.rows):
            if row.split != split:
                continue
            got = set(self.rules[i])
            if extra is not None and not got:
                added = extra(i)  # type: ignore[operator]
                added_tp += len(added & row.stress)
                added_fp += len(added - row.stress)
                got |= added
            tp += len(got & row.stress)
            fp += len(got - row.stress)
            fn += len(row.stress - got)
        return tp, fp, fn, added_tp, added_fp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--grid", action="store_true", help="print the dev grids too")
    parser.add_argument("--quick", action="store_true", help="accepted for run_all (no effect)")
    args = parser.parse_args()
    if not (MODEL / "model.onnx").is_file():
        print(f"MiniLM ONNX model not found in {MODEL}; run `make models` first.")
        return
    rows = parse_tsv(DATA.read_text(encoding="utf-8"))
    exp = Experiment(rows, OnnxMiniLM(MODEL))
    print(f"## Semantic stressor fallback ({len(rows)} rows, "
          f"{sum(bool(g) for g in exp.gated)} gated)\n")  # fmt: skip
    if args.grid:
        print("### dev grid, words (T, M): added right / wrong, P / R\n")
        for t in (0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8):
            for m in (0.0, 0.05, 0.1, 0.15):
                tp, fp, fn, a, b = exp.measure("dev", lambda i, t=t, m=m: exp.words(i, t, m))
                print(f"- T {t:.2f} M {m:.2f}: +{a} / +{b}, {_pr(tp, fp, fn)}")
        print("\n### dev grid, knn (k, T, V)\n")
        for k in (3, 5, 8):
            for t in (0.3, 0.4, 0.5, 0.6):
                for v in (0.4, 0.5, 0.6, 0.7):
                    tp, fp, fn, a, b = exp.measure(
                        "dev", lambda i, k=k, t=t, v=v: exp.knn(i, k, t, v)
                    )
                    print(f"- k {k} T {t} V {v}: +{a} / +{b}, {_pr(tp, fp, fn)}")
        print()
    designs = {
        "rules": None,
        "words T 0.80 M 0.00": lambda i: exp.words(i, 0.8, 0.0),
        "words T 0.60 M 0.10": lambda i: exp.words(i, 0.6, 0.1),
        "knn k 8 T 0.4 V 0.6": lambda i: exp.knn(i, 8, 0.4, 0.6),
    }
    print("| split | " + " | ".join(designs) + " |")
    print("|---|" + "---|" * len(designs))
    for split in SPLITS:
        cells = []
        for extra in designs.values():
            tp, fp, fn, a, b = exp.measure(split, extra)
            cells.append(_pr(tp, fp, fn) + (f" (+{a}/+{b})" if extra is not None else ""))
        print(f"| {split} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
