"""How often are the analyser's stress keywords and emotion labels right?

Runs the analyser over the hand-labelled sentences in ``tests/data/analysis/sentences.tsv``
(written for this purpose; not demo texts) and prints Markdown tables of precision and
recall per label, for the ``dev`` rows (the rules were tuned on these), the ``test`` rows
(written after a first round of tuning; their aggregate numbers have been seen after each
round since) and the ``test2`` rows (262 everyday journal sentences written and labelled
before the second round; errors studied in the third round), the ``test3`` rows (errors
studied in the fourth round), the ``test4`` rows (129 sentences written and labelled
before the fourth round; errors studied in the fifth), the ``test5`` rows (169 sentences
written and labelled by ``docs/ANALYSIS_LABELS.md`` before the fifth round, measured untuned,
then studied), the ``test6`` rows (65 sentences written by the guide in the middle of the
fifth round, measured once, then studied) and the ``test7`` rows (50 sentences written after
the fifth round's tuning, errors never listed: the most honest number) and the ``test8`` rows
(164 sentences in new voices, written by the guide before the sixth round, measured untuned,
then studied), the ``test9`` rows (65 sentences written after the sixth round's tuning,
measured once, studied in the seventh), the ``test10`` rows (134 sentences in new voices,
written before the seventh round, measured untuned, then studied), the ``test11`` rows (65
sentences written with test10, measured once at the end of the seventh round) and the
``test12`` rows (131 sentences in yet other voices, written after the seventh round): both
were measured untuned at the start of the eighth round (stress 0.788 / 0.741, emotions 0.875 /
0.735) and then their errors were studied in it, so no batch in this file is unseen any more;
``test13`` (160 rows written blind, measured blind by the lead: stress 0.674 / 0.320,
emotions 0.829, polarity 0.681) joined in the ninth round and was studied for general causes;
``test14``, ``test15`` and ``test16`` (180 blind rows each, their untouched numbers in their
titles) were studied together in the tenth round for the causes of wrong chips, and ``test17``
(180 blind rows, measured untouched twice) in the eleventh; ``test18`` (180 blind rows by a new
writer, measured untouched twice) joined in the thirteenth, and ``test19`` (180 blind rows by a
new writer, measured untouched twice, the second time with the learned gate) in the sixteenth,
``test20`` (180 blind rows by a new writer, measured untouched twice) in the eighteenth, and
``test21`` (180 blind rows by a new writer, measured untouched twice) in the nineteenth, and
``test22`` (180 blind rows by a new writer, measured untouched twice) in the twentieth,
and ``test23`` (180 blind rows by a new writer, measured untouched twice) in the twenty-first,
and ``test24`` (180 blind rows by a new writer, measured untouched twice) in the twenty-second,
and ``test25`` (180 blind rows by a new writer, measured untouched twice) in the twenty-fifth,
and ``test26`` (180 blind rows by a new writer, measured untouched twice) in the twenty-sixth,
and ``test27`` (180 blind rows by a new writer, measured untouched twice) in the twenty-seventh,
and ``test28`` (180 blind rows by a new writer, measured untouched twice) in the twenty-eighth,
and ``test29`` (180 blind rows by a new writer, measured untouched twice) in the twenty-ninth,
and ``test30`` (180 blind rows by a new writer, measured untouched twice) in the thirtieth,
and ``test31`` (180 blind rows by a new writer, measured untouched twice) in the thirty-first,
and ``test32`` (180 blind rows by a new writer, measured untouched twice) in the thirty-second,
and ``test33`` (180 blind rows by a new writer, measured untouched twice) in the thirty-third,
and ``test34`` (180 blind rows by a new writer, measured untouched twice) in the thirty-fourth,
and ``test35`` (180 blind rows by a new writer, measured untouched twice) in the thirty-fifth,
and ``test36`` (180 blind rows by a new writer, measured untouched twice) in the thirty-sixth,
and ``test37`` (180 blind rows by a new writer, measured untouched twice) in the thirty-seventh,
and ``test38`` (180 blind rows by a new writer, measured untouched twice) in the thirty-eighth,
and ``test39`` (180 blind rows by a new writer, measured untouched twice) in the thirty-ninth,
and ``test40`` (180 blind rows by a new writer, measured untouched twice) in the fortieth,
and ``test41`` (180 blind rows by a new writer, measured untouched twice) in the forty-first,
and ``test42`` (180 blind rows by a new writer, measured untouched twice) in the forty-second,
and ``test43`` (180 blind rows by a new writer, measured untouched twice) in the forty-third,
and ``test44`` (180 blind rows by a new writer, measured untouched twice) in the forty-fourth,
and ``test45`` (180 blind rows by a new writer, measured untouched twice) in the forty-fifth,
and ``test46`` (180 blind rows by a new writer, measured untouched twice) in the forty-sixth,
and ``test47`` (180 blind rows by a new writer, measured untouched twice) in the forty-seventh,
and ``test48`` (180 blind rows by a new writer, measured untouched twice) in the forty-eighth,
and ``test49`` (180 blind rows by a new writer, measured untouched twice) in the forty-ninth,
and ``test50`` (180 blind rows by a new writer, measured untouched twice) in the fiftieth,
and ``test51`` (180 blind rows by a new writer, measured untouched twice) in the fifty-first,
and ``test52`` (180 blind rows by a new writer, measured untouched twice) in the fifty-second,
and ``test53`` (180 blind rows by a new writer, measured untouched twice) in the fifty-third,
and ``test54`` (180 blind rows by a new writer, measured untouched twice) in the fifty-fourth,
and ``test55`` (180 blind rows by a new writer, measured untouched twice) in the fifty-fifth,
and ``test56`` (180 blind rows by a new writer, measured untouched twice) in the fifty-sixth,
and ``test57`` (180 blind rows by a new writer, measured untouched twice) in the fifty-seventh,
and ``test58`` (180 blind rows by a new writer, measured untouched twice) in the fifty-eighth,
and ``test59`` (180 blind rows by a new writer, measured untouched twice) in the fifty-ninth,
and ``test60`` (180 blind rows by a new writer, measured untouched twice) in the sixtieth,
and ``test61`` (180 blind rows by a new writer, measured untouched twice) in the sixty-first,
and ``test62`` (180 blind rows by a new writer, measured untouched twice) in the sixty-second,
and ``test63`` (180 blind rows by a new writer, measured untouched twice) in the sixty-third,
and ``test64`` (180 blind rows by a new writer, measured untouched twice) in the sixty-fourth;
the next blind batch is measured by the lead outside this file.
``--splits`` measures only the named splits.
What is measured is what the entry chips show (``domain/analysis/quality.py``): stress
categories of the stress keywords, emotions that agree with the sentiment at the chips'
threshold, and the sentiment label (positive / negative / neutral / mixed).

Target: precision ≥ 0.9 for stress keywords and emotion labels on the held-out rows.

``--learned`` prints one table instead: per split, the rules alone against the rules with the
learned gate (``neuroleaf_desktop/ai/analysis_gate.py``, MiniLM), as the desktop app shows
them. The gate was trained on every row here, so these are in-sample figures for it; its
honest, leave-one-batch-out numbers are in ``scripts/train_analysis_gate.py``.

Usage: ``python benchmarks/bench_analysis_quality.py [--errors]`` (``--errors`` also lists
the rows the analyser gets wrong; ``--errors-split`` picks a studied split, never test or an
unstudied batch).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from neuroleaf_desktop.domain.analysis.quality import (
    Counts,
    Evaluation,
    Labelled,
    evaluate,
    parse_tsv,
)

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "analysis" / "sentences.tsv"
TARGET_PRECISION = 0.9
# written to train the gate; --learned
EXTRA = ("corpus12.tsv", "corpus13.tsv", "corpus14.tsv", "corpus15.tsv", "corpus16.tsv")
SPLITS = (
    ("dev", "dev rows (tuned on)"),
    ("test", "test rows (held out, then looked at)"),
    ("test2", "test2 rows (everyday journal sentences; errors studied in the third round)"),
    (
        "test3",
        "test3 rows (fresh batch written before the third round; errors studied in the fourth)",
    ),
    ("test4", "test4 rows (fresh batch written before the fourth round; studied in the fifth)"),
    ("test5", "test5 rows (fresh batch written before the fifth round, by the labelling guide)"),
    ("test6", "test6 rows (fresh batch written during the fifth round; studied in it)"),
    ("test7", "test7 rows (fresh batch written after the fifth round's tuning, never studied)"),
    (
        "test8",
        "test8 rows (164 new voices: shift workers, students, carers, new parents, chronic "
        "illness, immigrants, retirees, recovery; written before the sixth round)",
    ),
    (
        "test9",
        "test9 rows (65 sentences written after the sixth round's tuning; studied in the seventh)",
    ),
    (
        "test10",
        "test10 rows (134 new voices: nurses, trades, teachers, parents of teens, grief, chronic "
        "pain, students abroad, couples, gig work, bilingual, check-ins, run-ons, sarcasm, lists; "
        "written before the seventh round, measured untuned, then studied)",
    ),
    (
        "test11",
        "test11 rows (65 sentences written before the seventh round's tuning; studied in the "
        "eighth)",
    ),
    (
        "test12",
        "test12 rows (131 new voices: pharmacists, PhD students, drivers, foster carers, "
        "refugees, long covid, menopause, forces families, farmers, recovery; studied in the "
        "eighth round)",
    ),
    (
        "test13",
        "test13 rows (160 sentences written blind in new voices after the eighth round; "
        "studied in the ninth)",
    ),
    (
        "test14",
        "test14 rows (180 sentences written blind; joined untuned: stress 0.667 / 0.315, "
        "emotions 0.714 / 0.556, polarity 0.683; wrong chips studied in the tenth round)",
    ),
    (
        "test15",
        "test15 rows (180 sentences written blind; joined untuned: stress 0.500 / 0.158, "
        "emotions 0.452 / 0.132, polarity 0.494; wrong chips studied in the tenth round)",
    ),
    (
        "test16",
        "test16 rows (180 sentences written blind; measured untouched: stress 0.792 / 0.151, "
        "emotions 0.500 / 0.081, polarity 0.489; wrong chips studied in the tenth round)",
    ),
    (
        "test17",
        "test17 rows (180 sentences written blind; measured untouched twice: stress 0.483 → "
        "0.500 / 0.121, emotions 0.714 → 0.724 / 0.134 → 0.141, polarity 0.467 → 0.472; "
        "wrong chips studied in the eleventh round)",
    ),
    (
        "test18",
        "test18 rows (180 sentences written blind by a new writer; measured untouched twice: "
        "stress 0.459 → 0.486 / 0.140, emotions 0.529 → 0.500 / 0.053 → 0.047, polarity 0.483)",
    ),
    (
        "test19",
        "test19 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules → rules + gate: stress 0.629 → 0.679 / 0.161 → 0.139, emotions 0.667 → 0.720 / "
        "0.110, polarity 0.450)",
    ),
    (
        "test20",
        "test20 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.586 / 0.667, R 0.262 / 0.215, emotions 0.690 / 0.703, "
        "R 0.172 / 0.154, polarity 0.589)",
    ),
    (
        "test21",
        "test21 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.551 / 0.636, R 0.203 / 0.158, emotions 0.690 / 0.720, "
        "R 0.122 / 0.110, polarity 0.611)",
    ),
    (
        "test22",
        "test22 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.667 / 0.686, R 0.206 / 0.190, emotions 0.760 / 0.791, "
        "R 0.239 / 0.214, polarity 0.539)",
    ),
    (
        "test23",
        "test23 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.758 / 0.839, R 0.450 / 0.423, emotions 0.872 / 0.907, "
        "R 0.612 / 0.582, polarity 0.700)",
    ),
    (
        "test24",
        "test24 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.846 / 0.853, R 0.268 / 0.236, emotions 0.806 / 0.818, "
        "R 0.191 / 0.178, polarity 0.594)",
    ),
    (
        "test25",
        "test25 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.686 / 0.750, R 0.183 / 0.160, emotions 0.529 / 0.571, "
        "R 0.073 / 0.065, polarity 0.511)",
    ),
    (
        "test26",
        "test26 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.621 / 0.696, R 0.158 / 0.140, emotions 0.682 / 0.700, "
        "R 0.093 / 0.087, polarity 0.511)",
    ),
    (
        "test27",
        "test27 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.714 / 0.789, R 0.142 / 0.142, emotions 0.750 / 0.789, "
        "R 0.097 / 0.097, polarity 0.517 / 0.550)",
    ),
    (
        "test28",
        "test28 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.722 / 0.839, R 0.248 / 0.248, emotions 0.929 / 1.000, "
        "R 0.171 / 0.171, polarity 0.611 / 0.628)",
    ),
    (
        "test29",
        "test29 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.765 / 0.808, R 0.230 / 0.186, emotions 0.636 / 0.765, "
        "R 0.082 / 0.076, polarity 0.550 / 0.550)",
    ),
    (
        "test30",
        "test30 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.758 / 0.739, R 0.245 / 0.167, emotions 0.640 / 0.714, "
        "R 0.113 / 0.106, polarity 0.550 / 0.550)",
    ),
    (
        "test31",
        "test31 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.667 / 0.714, R 0.263 / 0.219, emotions 0.725 / 0.743, "
        "R 0.155 / 0.139, polarity 0.594 / 0.594)",
    ),
    (
        "test32",
        "test32 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.660 / 0.818, R 0.306 / 0.250, emotions 0.667 / 0.733, "
        "R 0.064 / 0.059, polarity 0.656 / 0.656)",
    ),
    (
        "test33",
        "test33 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.600 / 0.667, R 0.240 / 0.240, emotions 0.731 / 0.773, "
        "R 0.093 / 0.083, polarity 0.628 / 0.628)",
    ),
    (
        "test34",
        "test34 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.591 / 0.667, R 0.217 / 0.183, emotions 0.750 / 0.750, "
        "R 0.043 / 0.043, polarity 0.650 / 0.650)",
    ),
    (
        "test35",
        "test35 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.649 / 0.710, R 0.222 / 0.204, emotions 0.760 / 0.826, "
        "R 0.117 / 0.117, polarity 0.628 / 0.628)",
    ),
    (
        "test36",
        "test36 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.528 / 0.568, R 0.295 / 0.263, emotions 0.875 / 0.952, "
        "R 0.128 / 0.122, polarity 0.583 / 0.583)",
    ),
    (
        "test37",
        "test37 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.562 / 0.667, R 0.265 / 0.235, emotions 0.774 / 0.815, "
        "R 0.161 / 0.148, polarity 0.700 / 0.700)",
    ),
    (
        "test38",
        "test38 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.562 / 0.676, R 0.239 / 0.221, emotions 0.789 / 0.875, "
        "R 0.205 / 0.192, polarity 0.667 / 0.667)",
    ),
    (
        "test39",
        "test39 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.697 / 0.796, R 0.368 / 0.312, emotions 0.897 / 0.971, "
        "R 0.236 / 0.223, polarity 0.733 / 0.733)",
    ),
    (
        "test40",
        "test40 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.723 / 0.750, R 0.262 / 0.208, emotions 0.750 / 0.786, "
        "R 0.086 / 0.079, polarity 0.606 / 0.606)",
    ),
    (
        "test41",
        "test41 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.569 / 0.634, R 0.271 / 0.243, emotions 0.611 / 0.769, "
        "R 0.153 / 0.139, polarity 0.667 / 0.667)",
    ),
    (
        "test42",
        "test42 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.650 / 0.750, R 0.280 / 0.258, emotions 0.667 / 0.704, "
        "R 0.169 / 0.161, polarity 0.567 / 0.567)",
    ),
    (
        "test43",
        "test43 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.611 / 0.683, R 0.440 / 0.373, emotions 0.774 / 0.774, "
        "R 0.151 / 0.151, polarity 0.622 / 0.622)",
    ),
    (
        "test44",
        "test44 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.745 / 0.889, R 0.340 / 0.311, emotions 0.800 / 0.889, "
        "R 0.107 / 0.107, polarity 0.561 / 0.561)",
    ),
    (
        "test45",
        "test45 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.556 / 0.634, R 0.303 / 0.263, emotions 0.773 / 0.850, "
        "R 0.121 / 0.121, polarity 0.617 / 0.617)",
    ),
    (
        "test46",
        "test46 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.610 / 0.632, R 0.325 / 0.312, emotions 0.857 / 0.958, "
        "R 0.176 / 0.169, polarity 0.606 / 0.606)",
    ),
    (
        "test47",
        "test47 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.545 / 0.742, R 0.296 / 0.284, emotions 0.750 / 0.846, "
        "R 0.152 / 0.139, polarity 0.600 / 0.600)",
    ),
    (
        "test48",
        "test48 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.571 / 0.655 then 0.595 / 0.677, R 0.202 / 0.192 then "
        "0.222 / 0.212, emotions 0.857 / 0.842 then 0.860 / 0.846, polarity 0.717 then 0.722)",
    ),
    (
        "test49",
        "test49 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.459 / 0.586 then 0.462 / 0.581, R 0.215 / 0.215 then "
        "0.228 / 0.228, emotions 0.679 / 0.750 then 0.679 / 0.750, polarity 0.639 then 0.639)",
    ),
    (
        "test50",
        "test50 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.612 / 0.659 then 0.612 / 0.659, R 0.341 / 0.307 then "
        "0.341 / 0.307, emotions 0.806 / 0.818 then 0.806 / 0.818, polarity 0.683 then 0.683)",
    ),
    (
        "test51",
        "test51 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.478 / 0.583 then 0.478 / 0.583, R 0.314 / 0.300 then "
        "0.314 / 0.300, emotions 0.793 / 0.852 then 0.800 / 0.857, polarity 0.617 then 0.617)",
    ),
    (
        "test52",
        "test52 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.695 / 0.750 then 0.695 / 0.750, R 0.471 / 0.448 then "
        "0.471 / 0.448, emotions 0.913 / 0.929 then 0.913 / 0.929, polarity 0.806 then 0.806)",
    ),
    (
        "test53",
        "test53 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.627 / 0.714 then 0.639 / 0.720, R 0.370 / 0.350 then "
        "0.390 / 0.360, emotions 0.956 / 0.955 then 0.956 / 0.955, polarity 0.739 then 0.739)",
    ),
    (
        "test54",
        "test54 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.678 / 0.773 then 0.694 / 0.787, R 0.404 / 0.343 then "
        "0.434 / 0.374, emotions 0.926 / 0.944 then 0.928 / 0.946, polarity 0.800 then 0.811)",
    ),
    (
        "test55",
        "test55 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.723 / 0.780 then 0.723 / 0.780, R 0.456 / 0.379 then "
        "0.456 / 0.379, emotions 0.950 / 0.957 then 0.950 / 0.957, polarity 0.817 then 0.817)",
    ),
    (
        "test56",
        "test56 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.592 / 0.646 then 0.592 / 0.646, R 0.512 / 0.378 then "
        "0.512 / 0.378, emotions 0.922 / 0.927 then 0.922 / 0.927, polarity 0.750 then 0.750)",
    ),
    (
        "test57",
        "test57 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.684 / 0.711 then 0.684 / 0.711, R 0.464 / 0.381 then "
        "0.464 / 0.381, emotions 0.920 / 0.927 then 0.929 / 0.927, polarity 0.789 then 0.794)",
    ),
    (
        "test58",
        "test58 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.797 / 0.849 then 0.797 / 0.849, R 0.554 / 0.489 then "
        "0.554 / 0.489, emotions 0.897 / 0.908 then 0.897 / 0.908, polarity 0.806 then 0.806)",
    ),
    (
        "test59",
        "test59 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.687 / 0.848 then 0.687 / 0.848, R 0.505 / 0.429 then "
        "0.505 / 0.429, emotions 0.904 / 0.909 then 0.904 / 0.909, polarity 0.778 then 0.778)",
    ),
    (
        "test60",
        "test60 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.841 / 0.898 then 0.841 / 0.898, R 0.596 / 0.494 then "
        "0.596 / 0.494, emotions 0.932 / 0.931 then 0.932 / 0.931, polarity 0.806 then 0.806)",
    ),
    (
        "test61",
        "test61 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.712 / 0.821 then 0.712 / 0.821, R 0.511 / 0.500 then "
        "0.511 / 0.500, emotions 0.929 / 0.938 then 0.929 / 0.938, polarity 0.822 then 0.822)",
    ),
    (
        "test62",
        "test62 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.717 / 0.804 then 0.717 / 0.804, R 0.448 / 0.427 then "
        "0.448 / 0.427, emotions 0.945 / 0.952 then 0.945 / 0.952, polarity 0.878 then 0.878)",
    ),
    (
        "test63",
        "test63 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.754 / 0.875 then 0.754 / 0.875, R 0.500 / 0.457 then "
        "0.500 / 0.457, emotions 0.906 / 0.911 then 0.906 / 0.911, polarity 0.867 then 0.867)",
    ),
    (
        "test64",
        "test64 rows (180 sentences written blind by a new writer; measured untouched twice, "
        "rules / rules + gate: stress 0.705 / 0.792 then 0.705 / 0.792, R 0.518 / 0.458 then "
        "0.518 / 0.458, emotions 0.933 / 0.951 then 0.933 / 0.951, polarity 0.850 then 0.850)",
    ),
)
# Splits whose errors have been studied: --errors may list these. A new batch joins only after
# its untuned numbers have been recorded.
STUDIED = (
    "dev", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9", "test10",
    "test11", "test12", "test13", "test14", "test15", "test16", "test17", "test18",
    "test19", "test20", "test21", "test22", "test23", "test24", "test25",
    "test26", "test27", "test28", "test29", "test30", "test31", "test32",
    "test33", "test34", "test35", "test36", "test37", "test38", "test39", "test40",
    "test41", "test42", "test43", "test44", "test45", "test46", "test47", "test48", "test49",
    "test50", "test51", "test52", "test53", "test54", "test55", "test56", "test57", "test58",
    "test59", "test60", "test61", "test62", "test63", "test64",
)  # fmt: skip


def _f(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _row(label: str, c: Counts) -> str:
    scores = f"{_f(c.precision)} | {_f(c.recall)}"
    return f"| {label} | {c.tp + c.fn} | {c.tp} | {c.fp} | {c.fn} | {scores} |"


def table(title: str, evaluation: Evaluation, task: str) -> list[str]:
    report = getattr(evaluation, task)
    lines = [f"### {title}: {task}", "", "| label | expected | tp | fp | fn | precision | recall |",
             "|---|---:|---:|---:|---:|---:|---:|"]  # fmt: skip
    for label in sorted(report.labels):
        lines.append(_row(label, report.labels[label]))
    total = report.total
    lines.append(_row("**all (micro)**", total))
    if task != "polarity":
        ok = total.precision is not None and total.precision >= TARGET_PRECISION
        verdict = "met" if ok else "NOT met"
        lines.append("")
        shown = "–" if total.precision is None else f"{total.precision:.3f}"
        lines.append(f"Target precision ≥ {TARGET_PRECISION}: **{verdict}** ({shown})")
    else:
        lines.append("")
        lines.append(f"Polarity accuracy: {evaluation.polarity_accuracy:.2f}")
    lines.append("")
    return lines


def _pr(c: Counts) -> str:
    return f"{_f(c.precision)} / {_f(c.recall)}"


def learned_table(rows: list[Labelled], splits: list[str]) -> list[str]:
    """Rules alone vs rules + the learned gate, per split (in-sample for the gate)."""
    from neuroleaf_desktop.ai.analysis_gate import AnalysisGate

    gate = AnalysisGate()
    if not gate.available():
        return ["The learned gate needs MiniLM (`make models`) and its weights."]
    lines = ["| split | stress rules | stress gated | emotions rules | emotions gated |",
             "|---|---|---|---|---|"]  # fmt: skip
    extra = [r for name in EXTRA for r in _extra_rows(name)]
    for split in [*splits, *dict.fromkeys(r.split for r in extra)]:
        part = [r for r in [*rows, *extra] if r.split == split]
        rules, gated = evaluate(part), evaluate(part, gate.analyse)
        lines.append(
            f"| {split} | {_pr(rules.stress.total)} | {_pr(gated.stress.total)} "
            f"| {_pr(rules.emotions.total)} | {_pr(gated.emotions.total)} |"
        )
    return lines


def _extra_rows(name: str) -> list[Labelled]:
    path = DATA.parent / name
    return parse_tsv(path.read_text(encoding="utf-8")) if path.is_file() else []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", action="store_true", help="list the rows it gets wrong")
    parser.add_argument("--errors-split", default="dev", choices=STUDIED,
                        help="which rows --errors lists (studied splits only)")  # fmt: skip
    parser.add_argument("--quick", action="store_true", help="accepted for run_all (no effect)")
    parser.add_argument("--splits", nargs="*", default=None,
                        help="measure only these splits (default: all)")  # fmt: skip
    parser.add_argument("--learned", action="store_true",
                        help="rules alone vs rules + the learned gate, per split")  # fmt: skip
    args = parser.parse_args()
    rows = parse_tsv(DATA.read_text(encoding="utf-8"))
    if args.learned:
        names = [s for s, _t in SPLITS if args.splits is None or s in args.splits]
        print("\n".join(learned_table(rows, names)))
        return
    out = [f"## Analysis quality ({len(rows)} labelled sentences)", ""]
    evaluations = {}
    chosen = [(s, t) for s, t in SPLITS if args.splits is None or s in args.splits]
    if args.errors and all(s != args.errors_split for s, _t in chosen):
        chosen.append((args.errors_split, args.errors_split))
    for split, title in chosen:
        part = [r for r in rows if r.split == split]
        evaluations[split] = evaluate(part)
        out.append(f"{title}: {len(part)} sentences")
        out.append("")
        for task in ("stress", "emotions", "polarity"):
            out.extend(table(title, evaluations[split], task))
    print("\n".join(out))
    if args.errors:
        print(f"### {args.errors_split} rows with a disagreement\n")
        for row, got in evaluations[args.errors_split].errors:
            print(f"- {row.text!r}: expected {sorted(row.stress)} {sorted(row.emotions)} "
                  f"{row.polarity}; got {sorted(got.stress)} {sorted(got.emotions)} "
                  f"{got.polarity}")  # fmt: skip


if __name__ == "__main__":
    main()
