"""Train the safety classifier's weights on the tuned sentences of all six languages.

Run: ``PYTHONPATH=. .venv/bin/python scripts/train_safety_classifier.py [--cv-only]
[--embeddings FILE.npz]`` (needs the MiniLM package). Writes
``neuroleaf_desktop/ai/data/safety_classifier.json`` and prints the leave-one-batch-out table
below (``--cv-only``: the table alone, nothing written; ``--embeddings``: a cache of MiniLM
vectors by sentence, so a rerun embeds only new sentences).

What it learns from (every row some earlier round already studied or tuned the rules on): the
dev half of ``tests/data/safety/*.tsv`` in every language, ``tests/data/safety/train/``, the
older ``tests/data/safety_sentences.tsv``, the studied fresh batches (``batch1``,
``fresh3``-``fresh13``, ``fresh15``-``fresh22``, every language), the labelled sentences
written to teach it (``tests/data/safety/corpus/c10_*.tsv``: 480 sentences in six languages,
dialects and registers, weighted to warning signs that are not explicit, with hard negatives of
the same shapes; ``c12_*.tsv``: 1,100 by a third writer, 700 English, among them 270 ordinary
days that sound heavy and 250 implied warning signs; ``c13_*.tsv``: 1,000 by a fourth writer,
more German and French; ``c11`` and ``c14`` are kept to measure) and the
training half of the everyday journal sentences (label 0): English from
``tests/data/analysis/sentences.tsv`` and from ``tests/data/safety/everyday/en.tsv`` (323
sentences written for the safety set: hard days, grief, airport goodbyes, moving house, things
sold or bought, "dying to", "killing me", deaths in games, medical appointments; texting,
British, American, Indian and Australian English), and Spanish, German, French, Portuguese and
Italian from the same folder (ordinary days, work stress, tiredness, sadness that is not a
warning sign, goodbyes at airports, furniture sold, "me muero de risa", "ich sterbe vor
Hunger"); each half is fixed by a crc32 of the sentence, so it never changes. What it never
sees, so that it can be measured (``benchmarks/bench_safety_semantic.py``): the test half of
``tests/data/safety/*.tsv``, ``fresh14_*`` and ``batch2`` (the only batch the rules were never
tuned on either), the other everyday halves, and ``tests/data/held_out/``.

Features: the MiniLM vector *and* hashed character 3-5-grams of the folded text
(``safety_semantic.char_ngrams``): the n-grams carry the spelling of the five other
languages, which the English-only MiniLM blurs. The everyday rows teach the model that sleep,
tiredness, grief and bad days are not warning signs, in every language.

Deterministic: rows in file order, scikit-learn's L-BFGS logistic regression (installed with
sentence-transformers; the app itself only needs numpy to score), no random numbers; folds
are fixed by batch or file. Retraining writes the same bytes.

Cross-validation, grouped by batch: every fresh batch and every corpus is a fold of its own
(trained without it, scored on it: leave one batch out) and the remaining groups (dev halves,
train/, legacy, everyday) are dealt into 5 more folds. The out-of-fold scores set the
thresholds (below) and compare configurations. The rules catch every studied positive but
one, so what the folds can compare is the classifier alone: out-of-fold explicit and
warning-sign rows caught at the chosen thresholds (of 740 and 863, 1,237 negatives), and
the false alarms it adds to the rules ("det. FA"):

| configuration | explicit | warning signs | det. FA |
|---|---|---|---|
| earlier recipe (no non-English everyday rows) | 360 | 425 | 19 + 5 everyday (es 4, it 1) |
| + non-English everyday rows | 340 | 425 | 18 |
| C = 0.3 / 3 | 337 / 326 | 398 / 400 | 18 / 17 |
| not class-balanced | 331 | 418 | 18 |
| n-grams x3 | 342 | 432 | 19 |
| n-grams 2-5 / 3-6 | 299 / 363 | 364 / 446 | 17 / 20 |
| **everyday weight x2 (chosen)** | **368** | **454** | **20** |
| everyday x2 + C = 0.5 / 2 | 359 / 372 | 431 / 453 | 21 / 21 |
| everyday x2 + n-grams x1.5 / 3-6 | 352 / 375 | 430 / 456 | 22 / 21 |
| everyday weight x3 / x4 / x6 | 373 / 368 / 362 | 457 / 456 / 445 | 23 / 25 / 23 |

Everyday weight x2: an everyday sentence weighs twice a hard negative (the classes stay
balanced); ordinary low moods score lower, so the thresholds can sit lower at the same
false-alarm budget. x3 gains 5 + 3 rows for
3 more false alarms; 3-6-grams gain 7 explicit for one more and a larger model: not taken.
Budgets 2 % / 4 % / 5 % of hard negatives (instead of 3 %) trade recall for false alarms
along the same curve (ws 377 / 466 / 485, det. FA 14 / 23 / 27).

Language guessing then improved (``guess_language`` weighs each language's distinctive
words: Italian rows read as Italian rose from 62 % to 98 %, Portuguese from 72 % to 96 %), the
analysis batch ``test14`` joined the English everyday rows, and the thresholds were re-chosen
with the same recipe: en .80, es .87, de .92, fr .90, pt .84, it .75. Out of fold, the
classifier alone now catches 385 explicit and 478 warning-sign rows. 6,694 rows.

Measured on the held-out sets (``bench_safety_semantic.py``; rules / rules + these weights):
test halves, six languages: every positive caught by the rules, precision 1.000 in both
columns; ``fresh14`` warning signs 20 / 25 of 32, its false alarms 7 / 9 of 60; everyday
halves never trained on, false alarms: English 7 / 13 of 1,454 (0.89 %), Spanish 1 / 1 of
39, French 1 / 1 of 41, Italian 0 / 2 of 39, Portuguese 0 / 0 of 39, German 0 / 0 of 30.
Before the better language guess, Italian read half its sentences at another language's
threshold, which hid those two false alarms and missed Italian signs.

Those weights were shipped for two rounds (a rerun with ``fresh19`` alone flagged 16 of 1,454
English everyday sentences, 1.10 %, over the 1 % budget).

The next round added ``fresh20`` and the 323 English everyday sentences (7,394 rows). Out of
fold, on the same 7,394 rows (every fresh batch its own fold; explicit of 806 and warning
signs of 1,001 caught by the classifier alone, pooled; English of 271 and 326; x2 / x3: the
everyday weight):

| recipe | thresholds en/es/de/fr/pt/it | explicit | warning signs | en ex / ws | everyday en |
|---|---|---|---|---|---|
| without the English sentences | .84/.88/.92/.90/.85/.76 | 412 | 530 | 163 / 174 | 6 of 1,540 |
| **with them, x2** | .81/.89/.92/.90/.85/.76 | **432** | **554** | **176 / 191** | 8 of 1,711 |
| with them, x3 | .82/.90/.93/.92/.87/.79 | 426 | 537 | 177 / 186 | 7 of 1,711 |

Rules + classifier, English fresh rows: 267 / 310 without, 268 / 312 with. ``fresh19`` and
``fresh20``, which the shipped weights never saw: the shipped weights alone catch 38 + 29 of
69 + 69 warning signs, this recipe out of fold 42 + 31. Every other language stays at 0
everyday false alarms out of fold. So the English sentences help: the English threshold can
sit lower (.81 rather than .84) and the classifier catches more in every language.

A first run of this recipe flagged 17 of 1,697 English everyday sentences it never saw
(1.002 %), one over the budget, and was not shipped (the shipped weights of the time flagged
18). Then the analysis batch ``test16`` joined the English everyday rows (90 to train on, 90
to measure) and the rules learned ``fresh20``, so fewer positives are left to the classifier.
The same recipe, rerun on those 7,484 rows, chose en .85, es .89, de .92, fr .90, pt .86, it
.77; out of fold the classifier alone catches 413 of 806 explicit and 526 of 1,001 warning
signs (English 159 / 165). These are the shipped weights. The English threshold rose with the
new everyday rows, so English catches a little fewer out of fold than the first run; every
language is within its budget on the halves never trained on (``bench_safety_semantic.py``):
English 16 of 1,787 (0.90 %: 14 of 1,635 analysis sentences, 7 of them by the rules, and 2 of
152 written ones), es 1 of 39, fr 1 of 41, it 2 of 39, de 0 of 30, pt 0 of 39; ``fresh14``
warning signs 25 of 32, false alarms 8 of 60; test halves: every positive, precision 1.000.
Reading a lower English threshold off the measuring halves would stop them measuring; the
next English gain needs more English everyday rows to train on.

On the blind ``fresh21`` those weights caught fewer English warning signs than the weights
before them (rules + classifier .793 -> .690). ``fresh21`` is now studied and a fold of its
own: the rules had not studied it when these figures were taken, so its "rules + classifier"
figures are the nearest to a blind measure, and the classifier never trained on it in its
fold. Why the English threshold rose: not the rules. The English threshold is set by the
everyday budget (0.5 % of about 1,760 English everyday sentences, out of fold: at most 8
flagged); the hard-negative budget alone would allow .72-.78 under either policy below. It
is the tail of ordinary English sentences that holds it up: 11 of them score .81 or more out
of fold, from eight sources ("Feeling ill and there's no one to look after me", "why does
everything have to be so hard"). In the five other languages the hard negatives bind, and
there the earlier policy (only the rows the rules leave) moved with every rule change.

This round: thresholds from all hard negatives (rules-independent), the corpus ``c10``, and
``fresh21`` as a fold; 8,184 rows. Out of fold (every fresh batch and the corpus its own
fold; classifier alone on every fresh batch: explicit of 839, warning signs of 1,070, false
alarms of 1,537; English of 284 / 355; ``fresh21`` rules + classifier: English of 13 / 29,
German of 4 / 8, all of 33 / 69, false alarms of 81; "everyday en": English everyday training
sentences the classifier alone flags out of fold, of 1,801; x2 / x3: the everyday weight;
"left": the earlier policy, counting only the rows the rules leave ("earlier" is x2, left,
3 %); "all": every hard negative; the rate: ``MAX_FALSE_ALARM_RATE``; chosen in bold):

| recipe | en/es/de/fr/pt/it | fresh (FA) | English | f21 en | f21 de | f21 (FA) | ev. en |
|---|---|---|---|---|---|---|---|
| earlier, no c10 | .85/.88/.92/.91/.86/.76 | 440/559 (39) | 168/184 | 9/20 | 2/1 | 26/44 (11) | 8 |
| earlier | .86/.92/.91/.91/.86/.80 | 418/542 (33) | 165/181 | 9/21 | 2/2 | 26/45 (10) | 7 |
| x2, all, 3 % | .86/.92/.91/.89/.88/.83 | 420/535 (29) | 165/181 | 9/21 | 2/2 | 25/45 (10) | 7 |
| x2, all, 5 % | .86/.92/.88/.88/.86/.80 | 449/570 (42) | 165/181 | 9/21 | 2/3 | 26/46 (11) | 7 |
| x3, left, 3 % | .85/.92/.92/.92/.87/.78 | 431/568 (43) | 173/190 | 9/21 | 2/3 | 26/48 (11) | 8 |
| x3, all, 3 % | .85/.92/.92/.92/.89/.85 | 415/536 (33) | 173/190 | 9/21 | 2/3 | 25/46 (10) | 8 |
| x3, all, 4 % | .85/.92/.91/.90/.87/.83 | 441/571 (43) | 173/190 | 9/21 | 2/3 | 25/46 (12) | 8 |
| **x3 all 5 %** | .85/.92/.89/.89/.86/.81 | 465/589 (52) | 173/190 | 9/21 | 2/3 | 26/46 (12) | 8 |
| x3, all, 6 % | .85/.92/.88/.88/.85/.80 | 477/606 (59) | 173/190 | 9/21 | 2/3 | 26/47 (12) | 8 |

(``fresh21`` rules alone: English 7 / 10, German 1 / 0, all 20 / 29.) Counting every hard
negative raises the Italian and Portuguese thresholds (the rules clear many Italian negatives the
model scores high), so the same 3 % catches less; 5 % of all hard negatives gives the
pooled out-of-fold recall of the earlier policy and more, at 9 more false alarms among 1,537.
Everyday weight x3 rather than x2: at the same English everyday budget English catches 8 / 9
more out of fold (also without ``c10``: 180 / 192 against 168 / 184; x4 catches no more). On
``fresh21`` the chosen recipe catches what the earlier one did in English (one warning sign
more than the shipped weights did blind) and two more German warning signs; x3 with the old
policy catches two Italian warning signs more, at a threshold that would move with the rules.
``c10`` itself helps German most (out of fold 57 / 87 against 42 / 61 before) and English not
at all: English still waits on its everyday budget.

These are the shipped weights (8,184 rows: en .85, es .92, de .89, fr .89, pt .86, it .81).
On the sets never trained on (``bench_safety_semantic.py``, before ``test17`` joined; rules
/ rules + the weights before / rules + these): everyday halves, English 7 / 16 / 16 of 1,787
(0.90 %), es 1 / 1 / 1 of 39, fr 1 / 1 / 1 of 41, it 0 / 2 / 1 of 39, pt 0 / 0 / 1 of 39, de
0 / 0 / 0 of 30; test halves, every positive and precision 1.000 in each column; ``fresh14``
explicit 15 / 15 / 16 of 18, warning signs 20 / 25 / 25 of 32, false alarms 7 / 8 / 8 of 60;
``batch2`` every positive, no false alarm. The German sign the tests keep ("morgen früh ...
nicht mehr da bin"), under the German threshold for two rounds, is raised. With ``test17``'s
sentences among the measuring halves (rules / rules + these): English 7 / 17 of 1,866 (0.91
%), es 1 / 1, fr 1 / 1, it 0 / 1, pt 0 / 1, de 0 / 0; test halves unchanged.

Then a second corpus ``c11`` (426 sentences) and the analysis batch ``test17`` (90 English
everyday sentences to train on, 90 to measure) joined: 8,705 rows, what this script now
reads. The same recipe, rerun unchanged, chose en .82, es .93, de .89, fr .89, pt .86, it
.81; same columns (English of 284 / 355, everyday en of 1,902):

| recipe | en/es/de/fr/pt/it | fresh (FA) | English | f21 en | f21 de | f21 (FA) | ev. en |
|---|---|---|---|---|---|---|---|
| no corpus | .85/.88/.92/.91/.86/.76 | 440/559 (39) | 168/184 | 9/20 | 2/1 | 26/44 (11) | 8 |
| earlier | .81/.94/.92/.91/.87/.80 | 424/568 (34) | 185/220 | 10/23 | 2/3 | 27/48 (10) | 9 |
| x2, all, 5 % | .81/.94/.88/.87/.87/.80 | 458/605 (48) | 185/220 | 10/23 | 2/3 | 27/49 (11) | 9 |
| x3, left, 3 % | .82/.93/.93/.92/.87/.81 | 438/586 (47) | 185/219 | 10/23 | 2/3 | 27/48 (12) | 9 |
| **x3 all 5 %** | .82/.93/.89/.89/.86/.81 | 475/624 (59) | 185/219 | 10/23 | 2/3 | 27/48 (13) | 9 |

The new rows brought the English threshold down (x2 .86 -> .81, x3 .85 -> .82): fewer
ordinary English sentences score high out of fold. On ``fresh21``'s fold English would catch
10 of 13 explicit statements and 23 of 29 warning signs (.793, where the shipped weights of
the time caught .690 blind), German 2 / 3. With these rows x2 and x3 catch the same in
English; x3 catches 17 / 19 more elsewhere for 11 more false alarms among 1,537. Not
shipped: on the English everyday sentences never trained on (both halves, now 1,866 with
``test17``'s) rules + these weights flag 20 (1.07 %), over the 1 % budget, where the
8,184-row weights stay within it (above). The out-of-fold everyday figure (9 of 1,902 by the
classifier alone, 17 with the rules) did not foresee it: at a 0.5 % budget the English
threshold sits where a few ordinary sentences more or less decide it. A tighter English
everyday rate would have to be chosen before measuring: at 0.4 % these rows give .87, where
``fresh21``'s fold catches what the shipped weights do (9 / 21), so the English gain waits
on English everyday rows that score the ordinary sentences lower. So ``c11`` became a set to
measure (``HELD_OUT_CORPORA``; ``bench_safety.py --split c11``); a rerun with ``c10`` and
``test17`` (8,285 rows: en .83) also flagged too many English everyday sentences, and the
shipped weights remain the 8,184-row ones: a rerun today does not write them byte for byte.

This round: ``fresh22`` (studied) is a fold, and a third corpus ``c12`` trains (1,100 rows,
700 English: 270 ordinary days written to sound heavy, 250 implied warning signs): 9,605 rows.
Its ordinary rows (and ``c10``'s) train with the everyday weight but count among the hard
negatives: put in the everyday budget (none of ~70 may be flagged outside English) one
heavy-sounding row lifts es and pt .88 -> .94 and de .90 -> .92, and in English it changes
nothing (.86 either way; 2 of its 270 score .86 or more out of its fold: the English threshold
is still held by the everyday sets' tail, 8 of 1,902). Out of fold, classifier alone (fresh:
explicit of 872, warning signs of 1,139, false alarms of 1,637; English of 297 / 384;
``fresh22`` of 33 / 69, English of 13 / 29; ``c12`` of 50 / 290, a fold no "before" row saw):

| recipe | en/es/de/fr/pt/it | fresh (FA) | English | f22 | f22 en | c12 (FA) |
|---|---|---|---|---|---|---|
| before: no c12 | .84/.92/.89/.89/.86/.82 | 500/640 (60) | 189/211 | 21/36 | 9/17 | 28/87 (12) |
| everyday budget | .86/.94/.92/.89/.94/.84 | 438/577 (45) | 188/228 | 18/29 | 11/20 | 22/79 (5) |
| **hard neg.** | .86/.88/.90/.88/.88/.82 | 507/671 (65) | 188/228 | 23/38 | 11/20 | 25/87 (11) |

These are the shipped weights (en .86, es .88, de .90, fr .88, pt .88, it .82). Never trained
on (``bench_safety_semantic.py``, weights before / these): English everyday halves 17 / 18 of
1,866 (0.96 %, within the 1 % budget by less than one sentence), es 1 / 2 of 39, fr 1 / 2 of
41, it 1 / 0, pt 1 / 0, de 0 / 0; ``fresh14`` explicit 16 / 17 of 18, warning signs 25 / 27
of 32, false alarms 8 / 8 of 60;
``c11``, rules + classifier, weights before / these: explicit .641 / .692, warning signs .406
/ .420, precision .887 / .890 (English warning signs .478 / .565; German .250 / .225, French
.538 / .462); test and dev halves: every positive, precision 1.000.

Then ``c13`` (1,000 rows by a fourth writer, 400 English, 135 German, 135 French; ~30
ordinary days per language, 120 in English) trains the same way: 10,698 rows. Its own fold (a
model that never saw it) is its honest figure: explicit 39 of 81, warning signs 96 of 265.
Out of fold, fresh, before (``c13`` never trained) / with it, each at its policy's thresholds:
explicit 501 / 524, warning signs 673 / 708, false alarms 64 / 69 of 1,637 (English 190 / 190,
233 / 235); at the same thresholds 508 / 524, 679 / 705, 67 / 69. The thresholds move only in
Portuguese (.88 -> .87; en .86: 8 of 1,995 English everyday rows out of fold). ``c12``'s fold:
warning signs 86 / 98 of 290. Not shipped: on the English everyday halves never trained on,
rules + these weights flag 21 of 1,953 at en .86 (budget 19.53; the 9,605-row weights flag 19),
so the shipped weights remain the 9,605-row ones and a rerun today writes other, failing bytes
(at en .87, outside the policy, the same weights flag 19).

Then ``fresh23`` (a fold) and ``test19``'s English everyday sentences joined: 11,000 rows with
``c13``, and the same recipe chose en .89, es .88, de .91, fr .89, pt .86, it .82 (the English
threshold rose with the new everyday rows: at .86 it flags 16 of 2,077 out of fold, budget 10).
Out of fold (fresh: explicit of 905, warning signs of 1,208, false alarms of 1,737), before
(``c13`` never trained) / with it: 506 / 516, 695 / 727, 66 / 64 at each policy's thresholds,
541 / 546, 732 / 751, 75 / 75 at the 9,605-row weights' thresholds. A fifth corpus ``c14``
(900 rows, 560 English, 250 of them ordinary days sharing words with warning signs) trained
as well chose .90/.89/.91/.89/.90/.83 (single everyday rows hold en, es, fr and pt one step
up; its ordinary rows did not lower the English everyday tail) and caught 504 explicit, 721
warning signs, 65 false alarms against the before recipe's 510 / 704 / 68 on the same rows:
fewer explicit, so ``c14`` is kept to measure (``HELD_OUT_CORPORA``). A higher English everyday
weight (x6: fresh false alarms 64 -> 82) and classes balanced per language (64 -> 73) were no
clean gain either. These are the shipped weights (11,000 rows, ``c13`` trained, ``c14`` not).
Never trained on, 9,605-row weights / these: English everyday measuring halves 20 / 17 of
2,051 (budget 20.5); ``c14`` (rules + classifier) explicit .639 / .639, warning signs .497 /
.524, precision .847 / .851 (English warning signs .453 / .430); ``c11`` .692 / .692, .428 /
.413, .891 / .881 (English warning signs .587 / .522: the English threshold .86 -> .89); test
and dev halves every positive, precision 1.000.

The thresholds, one per language: the lowest at which the classifier alone, out of fold,
flags at most ``MAX_FALSE_ALARM_RATE`` of *all* that language's hard negatives (whatever the
rules say of them) and at most ``MAX_EVERYDAY_RATE`` of its everyday training sentences (in
the five other languages, about 40 each: none may be flagged). Languages are the detector's
guess (``guess_language``), as the detector will read them. Until this round the hard
negatives and everyday sentences counted were only those the rules leave to the model
(``thresholds(..., left_only=True)``), so every change to the rules moved the thresholds.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from safety_cv_report import (
    batch_of,
    is_corpus,
    is_fresh,
    leave_one_batch_out,
    print_table,
    remember_languages,
)
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from neuroleaf_desktop.ai.embeddings import MiniLMEmbedder
from neuroleaf_desktop.ai.safety_semantic import (
    CLASS_CATEGORY,
    WEIGHTS,
    char_ngrams,
    sigmoid,
    split_sentences,
)
from neuroleaf_desktop.domain.safety import assess_phrases
from neuroleaf_desktop.domain.safety.evaluation import LANGUAGES, parse_rows
from neuroleaf_desktop.domain.safety.language import guess_language

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
EVERYDAY = DATA / "analysis" / "sentences.tsv"
#: Everyday journal sentences written for the safety set, one file per language (English too,
#: next to the analysis sentences), split "train" / "test" by the same crc32 as those.
EVERYDAY_WRITTEN = DATA / "safety" / "everyday"
#: Fresh batches never trained on (measured only): ``batch2`` and ``fresh14`` in every language.
HELD_OUT_FRESH = ("batch2.tsv", "fresh14_")
#: Labelled sentences written to teach the classifier (``c10_en.tsv``, ...): every row trains,
#: and each corpus (the file name's prefix) is a cross-validation fold of its own.
CORPUS = DATA / "safety" / "corpus"
#: Corpora kept to measure, never trained on: ``c11`` (sentences by a second writer, weighted to
#: signs implied through circumstances) shows what the weights make of wording no row taught;
#: ``c14`` (a fifth writer: English everyday days sharing words with warning signs) because
#: training on it lost fresh explicit rows out of fold at the policy's thresholds (docstring);
#: ``c15`` (a sixth writer: the indirect signs, goodbyes, giving away, plans, means) until a
#: retrain has measured what it does out of fold.
HELD_OUT_CORPORA = ("c11_", "c14_", "c15_")
#: A corpus row of this category is an ordinary day written to sound heavy: it trains with the
#: everyday weight (its fold stays its corpus's) and counts among the hard negatives' budget.
ORDINARY = "ordinary"
MAX_ITER = 2000
BUCKETS = 1 << 14
#: Folds for the rows that are not a fresh batch (dev halves, train/, legacy, everyday); every
#: fresh batch is a fold of its own (leave one batch out).
FOLDS = 5
MAX_FALSE_ALARM_RATE = 0.05
MAX_EVERYDAY_RATE = 0.005
LOWEST_THRESHOLD = 0.5


@dataclass(frozen=True)
class Config:
    """What the cross-validation compares (the defaults are the shipped choice)."""

    c: float = 1.0  # inverse L2 strength (scikit-learn's C)
    scale: float = 2.0  # the n-gram block's length next to the unit-length MiniLM vector
    sizes: tuple[int, ...] = (3, 4, 5)  # character n-gram lengths
    balanced: bool = True  # positives and negatives weigh the same in total
    everyday_weight: float = 3.0  # an everyday sentence's weight next to a hard negative's


SHIPPED = Config()


@dataclass(frozen=True)
class Example:
    text: str
    label: int
    category: str  # a warning-sign category, or "" for a negative
    group: str  # the source file (or batch): cross-validation folds keep a group together
    everyday: bool = False  # an ordinary journal sentence: weighted and budgeted as everyday


def everyday_half(part: int) -> list[str]:
    """Half of the everyday journal sentences: 0 trains, 1 is only measured."""
    with EVERYDAY.open(encoding="utf-8", newline="") as f:
        texts = [r["text"] for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]
    return [t for t in texts if zlib.crc32(t.encode("utf-8")) % 2 == part]


def everyday_written(part: int) -> dict[str, list[str]]:
    """Half of the everyday sentences of ``tests/data/safety/everyday/`` per language (en, es,
    de, fr, pt, it; 0 trains, 1 is only measured)."""
    split = ("train", "test")[part]
    halves: dict[str, list[str]] = {}
    for path in sorted(EVERYDAY_WRITTEN.glob("*.tsv")):
        rows = parse_rows(path.read_text(encoding="utf-8"))
        halves[path.stem] = [r.text for r in rows if r.split == split]
    return halves


def training_rows() -> list[Example]:
    """Every studied sentence, all languages, in a fixed order (see the module docstring)."""
    rows: list[Example] = []

    def add(path: Path, group: str, *, dev_only: bool = False) -> None:
        for r in parse_rows(path.read_text(encoding="utf-8")):
            if not dev_only or r.split == "dev":
                ordinary = is_corpus(group) and r.label == 0 and r.category == ORDINARY
                rows.append(
                    Example(r.text, r.label, r.category if r.label else "", group, ordinary)
                )

    safety = DATA / "safety"
    for path in sorted(safety.glob("*.tsv")):
        add(path, f"dev_{path.stem}", dev_only=True)
    for path in sorted((safety / "train").glob("*.tsv")):
        add(path, f"train_{path.stem}")
    for path in sorted((safety / "fresh").glob("*.tsv")):
        if not path.name.startswith(HELD_OUT_FRESH):
            add(path, batch_of(path))
    for path in sorted(CORPUS.glob("*.tsv")):
        if not path.name.startswith(HELD_OUT_CORPORA):
            add(path, f"corpus_{batch_of(path)}")
    legacy = (DATA / "safety_sentences.tsv").read_text(encoding="utf-8")
    for r in csv.DictReader(io.StringIO(legacy), delimiter="\t"):
        rows.append(Example(r["sentence"], int(r["label"]), "", "legacy"))
    everyday = everyday_half(0) + [t for texts in everyday_written(0).values() for t in texts]
    for i, text in enumerate(everyday):
        rows.append(Example(text, 0, "", f"everyday{i % FOLDS}", everyday=True))
    return rows


def fold_of(groups: Sequence[str]) -> np.ndarray:
    """Each row's fold: a fresh batch or a corpus is a fold of its own (leave one batch out);
    the other groups, sorted by name, are dealt round-robin into ``FOLDS`` folds (everyday by
    its index)."""
    alone = sorted({g for g in groups if is_fresh(g)}) + sorted({g for g in groups if is_corpus(g)})
    rest = sorted({g for g in groups if g not in alone and not g.startswith("everyday")})
    fold = {name: i % FOLDS for i, name in enumerate(rest)}
    fold |= {f"everyday{k}": k for k in range(FOLDS)}
    fold |= {name: FOLDS + i for i, name in enumerate(alone)}
    return np.array([fold[g] for g in groups])


@dataclass
class Features:
    """Dense MiniLM vectors and the sparse n-gram block (scipy CSR), one row per text."""

    dense: np.ndarray
    ngrams: sparse.csr_matrix

    @classmethod
    def build(
        cls, texts: Sequence[str], vectors: np.ndarray, buckets: int, config: Config
    ) -> Features:
        rows: list[int] = []
        cols: list[int] = []
        vals: list[float] = []
        scale = config.scale
        for i, text in enumerate(texts):
            index, value = char_ngrams(text, buckets, config.sizes)
            rows += [i] * len(index)
            cols += index
            vals += [v * scale for v in value]
        ngrams = sparse.csr_matrix((vals, (rows, cols)), shape=(len(texts), buckets))
        return cls(np.asarray(vectors, dtype=np.float64), ngrams)

    def subset(self, keep: np.ndarray) -> Features:
        return Features(self.dense[keep], self.ngrams[np.flatnonzero(keep)])

    def matrix(self) -> sparse.csr_matrix:
        return sparse.hstack([sparse.csr_matrix(self.dense), self.ngrams], format="csr")

    def logits(self, w: np.ndarray, v: np.ndarray, b: float) -> np.ndarray:
        return np.asarray(self.dense @ w + self.ngrams @ v + b)


def train(
    x: Features, y: np.ndarray, everyday: np.ndarray, config: Config = SHIPPED
) -> tuple[np.ndarray, np.ndarray, float]:
    """L2-regularised logistic regression (scikit-learn's L-BFGS: deterministic).

    Balanced: positives and negatives weigh the same in total, so adding everyday negatives
    does not simply push every score down; ``everyday_weight`` then moves weight among the
    negatives, towards the everyday sentences."""
    weight = np.ones(len(y))
    weight[everyday] = config.everyday_weight
    if config.balanced:
        for label in (0, 1):
            mine = y == label
            weight[mine] *= len(y) / (2 * weight[mine].sum())
    model = LogisticRegression(C=config.c, max_iter=MAX_ITER, tol=1e-6)
    model.fit(x.matrix(), y.astype(int), sample_weight=weight)
    coef = model.coef_[0]
    dim = x.dense.shape[1]
    return coef[:dim], coef[dim:], float(model.intercept_[0])


def choose_threshold(
    scores: np.ndarray, labels: np.ndarray, negatives: np.ndarray, everyday: np.ndarray
) -> float:
    """The lowest threshold within both false-alarm budgets."""
    for t in np.arange(LOWEST_THRESHOLD, 0.991, 0.01):
        flagged = scores >= t
        if int((flagged & negatives).sum()) <= MAX_FALSE_ALARM_RATE * int(negatives.sum()) and int(
            (flagged & everyday).sum()
        ) <= MAX_EVERYDAY_RATE * int(everyday.sum()):
            return float(round(t, 2))
    return 0.99


def centroids(x: np.ndarray, categories: list[str]) -> tuple[list[str], np.ndarray]:
    names = sorted({c for c in categories if c in CLASS_CATEGORY})
    rows = []
    for name in names:
        mean = x[[i for i, c in enumerate(categories) if c == name]].mean(axis=0)
        rows.append(mean / np.linalg.norm(mean))
    return names, np.array(rows)


@dataclass
class Prepared:
    """Everything the training needs, computed once: features of each row and of the
    sentences the scorer will split each row into, and what the rules say of each row."""

    examples: list[Example]
    rows: Features
    sentences: Features
    sentence_row: np.ndarray  # the row each sentence belongs to
    left: np.ndarray  # the rules leave this row to the semantic layer
    lang: np.ndarray  # guess_language of the row, as the detector will see it
    flagged: np.ndarray  # the rules flag this row
    vectors: dict[str, np.ndarray]  # MiniLM vector of each row and sentence (to re-feature)

    @property
    def labels(self) -> np.ndarray:
        return np.array([e.label for e in self.examples])

    @property
    def everyday(self) -> np.ndarray:
        return np.array([e.everyday for e in self.examples])

    def with_config(self, config: Config) -> Prepared:
        """The same rows with the n-gram block rebuilt for ``config`` (no re-embedding)."""
        texts = [e.text for e in self.examples]
        sentences = [s for t in texts for s in split_sentences(t)]
        return Prepared(
            self.examples,
            Features.build(texts, self.rows.dense, BUCKETS, config),
            Features.build(sentences, self.sentences.dense, BUCKETS, config),
            self.sentence_row,
            self.left,
            self.lang,
            self.flagged,
            self.vectors,
        )


def prepare(
    examples: list[Example],
    embed: Callable[[list[str]], np.ndarray],
    config: Config = SHIPPED,
) -> Prepared:
    texts = [e.text for e in examples]
    pieces = [(i, s) for i, t in enumerate(texts) for s in split_sentences(t)]
    unique = sorted(set(texts) | {s for _, s in pieces})
    vectors = np.asarray(embed(unique), dtype=np.float64)
    where = {t: i for i, t in enumerate(unique)}
    assessments = [assess_phrases(t) for t in texts]
    sentences = [s for _, s in pieces]
    return Prepared(
        examples,
        Features.build(texts, vectors[[where[t] for t in texts]], BUCKETS, config),
        Features.build(sentences, vectors[[where[s] for s in sentences]], BUCKETS, config),
        np.array([i for i, _ in pieces]),
        np.array([not (a.flagged or a.ignored_spans or a.about_others) for a in assessments]),
        np.array([guess_language(t) for t in texts]),
        np.array([a.flagged for a in assessments]),
        {t: vectors[i] for i, t in enumerate(unique)},
    )


def cached_embedder(
    embed: Callable[[list[str]], np.ndarray], model_key: str, path: Path
) -> Callable[[list[str]], np.ndarray]:
    """``embed`` with a cache file of vectors by sentence (``--embeddings``): a rerun embeds only
    sentences it has not seen, so comparing data or settings takes minutes, not a re-embedding.
    The file names the model; a cache from another model is ignored (and replaced)."""

    def cached(texts: list[str]) -> np.ndarray:
        store: dict[str, np.ndarray] = {}
        if path.exists():
            with np.load(path, allow_pickle=False) as saved:
                if str(saved["model_key"]) == model_key:
                    store = dict(zip(saved["texts"].tolist(), saved["vectors"], strict=True))
        missing = [t for t in texts if t not in store]
        if missing:
            store |= dict(zip(missing, np.asarray(embed(missing), dtype=np.float64), strict=True))
            names = sorted(store)
            np.savez(
                path,
                model_key=np.array(model_key),
                texts=np.array(names),
                vectors=np.array([store[t] for t in names]),
            )
        return np.array([store[t] for t in texts], dtype=np.float64)

    return cached


def row_scores(p: Prepared, w: np.ndarray, v: np.ndarray, b: float) -> np.ndarray:
    """Each row's score as the scorer computes it: its best sentence."""
    scores = np.zeros(len(p.examples))
    np.maximum.at(scores, p.sentence_row, sigmoid(p.sentences.logits(w, v, b)))
    return scores


def out_of_fold(p: Prepared, config: Config = SHIPPED) -> np.ndarray:
    """Each row's score by a model that never saw its fold (its own batch, for a fresh one)."""
    y = p.labels.astype(np.float64)
    folds = fold_of([e.group for e in p.examples])
    scores = np.zeros(len(y))
    for fold in sorted(set(folds.tolist())):
        held = folds == fold
        w, v, b = train(p.rows.subset(~held), y[~held], p.everyday[~held], config)
        scores[held] = row_scores(p, w, v, b)[held]
    return scores


def thresholds(p: Prepared, scores: np.ndarray, *, left_only: bool = False) -> dict[str, float]:
    """One threshold per language, from the classifier's own out-of-fold scores on every hard
    negative and every everyday training sentence of that language, whatever the rules say of
    them: a change to the rules does not move it. ``left_only`` is the earlier policy (only
    the rows the rules leave to the model), kept to compare."""
    labels = p.labels
    counted = p.left if left_only else np.ones(len(labels), dtype=bool)
    # The budget's everyday rows are the journal sentences (the everyday sets); a corpus's
    # ordinary rows, written to sound heavy, train as everyday but count as hard negatives.
    journal = np.array([e.group.startswith("everyday") for e in p.examples])
    chosen = {}
    for lang in LANGUAGES:
        mine = counted & (p.lang == lang)
        negatives = mine & (labels == 0) & ~journal
        chosen[lang] = choose_threshold(scores, labels, negatives, journal & mine)
    return chosen


def write_weights(p: Prepared, chosen: dict[str, float], model_key: str) -> None:
    """Train on every row and write the weights file the app reads (``WEIGHTS``)."""
    w, v, b = train(p.rows, p.labels.astype(np.float64), p.everyday, SHIPPED)
    names, centres = centroids(p.rows.dense, [e.category for e in p.examples])
    WEIGHTS.parent.mkdir(parents=True, exist_ok=True)
    WEIGHTS.write_text(
        json.dumps(
            {
                "model_key": model_key,
                "threshold": chosen["en"],
                "thresholds": chosen,
                "trained_on": f"{len(p.examples)} studied sentences, six languages (tests/data)",
                "weights": np.round(w, 5).tolist(),
                "bias": round(b, 5),
                "ngram_buckets": BUCKETS,
                "ngram_scale": SHIPPED.scale,
                "ngram_sizes": list(SHIPPED.sizes),
                "ngram_weights": np.round(v, 4).tolist(),
                "classes": names,
                "centroids": np.round(centres, 5).tolist(),
            },
            separators=(",", ":"),
        )
        + "\n",
        encoding="utf-8",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cv-only", action="store_true", help="print the table, write nothing")
    parser.add_argument(
        "--embeddings", type=Path, help="cache of MiniLM vectors (.npz), read and extended"
    )
    args = parser.parse_args()
    remember_languages()
    examples = training_rows()
    embedder = MiniLMEmbedder()
    embed: Callable[[list[str]], np.ndarray] = embedder.embed
    if args.embeddings:
        embed = cached_embedder(embed, embedder.model_key, args.embeddings)
    p = prepare(examples, embed, SHIPPED)
    scores = out_of_fold(p, SHIPPED)
    chosen = thresholds(p, scores)
    left = thresholds(p, scores, left_only=True)
    print(f"{len(examples)} sentences; thresholds {chosen} (rows the rules leave: {left})\n")
    print_table(leave_one_batch_out(p, scores, chosen))
    if args.cv_only:
        return
    write_weights(p, chosen, embedder.model_key)


if __name__ == "__main__":
    main()
