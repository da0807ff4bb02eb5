"""The analyser's reading of every labelled analysis sentence, made once per test process.

Why: the quality figures and the chips' agreement both read all ~12,000 sentences of
``tests/data/analysis/sentences.tsv`` through the analyser, about half a minute of CPU a pass.
``analyse`` is pure, so one pass serves both; they live in one module
(``tests/domain/test_analysis_quality.py``) because the suite hands whole files to its workers
and a second worker would make its own pass. Each still checks every sentence.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from neuroleaf_desktop.domain.analysis.analyzer import analyse
from neuroleaf_desktop.domain.analysis.models import EntryAnalysis
from neuroleaf_desktop.domain.analysis.quality import parse_tsv

SENTENCES = Path(__file__).resolve().parents[1] / "data" / "analysis" / "sentences.tsv"


@functools.cache
def labelled_analyses() -> Mapping[str, EntryAnalysis]:
    """Each labelled text's analysis as an entry's body without a title (read-only: shared)."""
    rows = parse_tsv(SENTENCES.read_text(encoding="utf-8"))
    return MappingProxyType({row.text: analyse("", row.text) for row in rows})
