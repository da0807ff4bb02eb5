"""Withdrawing chips a second reader doubts, so every panel reads the same, smaller result.

The rules (``analyzer.analyse``) decide which stress keywords and emotions an entry shows. A
learned reader outside the domain (``ai/analysis_gate.py``, on MiniLM sentence vectors) may
doubt some of those labels; ``without_labels`` removes them from the stored result itself, so
the entry chips, the dashboard's stress cloud, emotion means and heatmap never disagree: they
all read one ``EntryAnalysis``. It only takes away, never adds: a label the rules did not find
is never invented. The sentiment is left as the rules read it (the chips that remain still
agree with it: ``agreeing_emotions`` filters by it, and removing a stressor cannot make a
"Positive" chip sit beside one).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from neuroleaf_desktop.domain.analysis.models import EntryAnalysis
from neuroleaf_desktop.domain.analysis.stress_keywords import category_of


def without_labels(
    analysis: EntryAnalysis, stress: Collection[str], emotions: Collection[str]
) -> EntryAnalysis:
    """``analysis`` minus the keywords of the ``stress`` categories and with the ``emotions``
    scored 0. Returns ``analysis`` itself when nothing is withdrawn."""
    keywords = tuple(kw for kw in analysis.stress_keywords if category_of(kw[0]) not in stress)
    scores = {e: (0.0 if e in emotions else s) for e, s in analysis.emotions.items()}
    if keywords == analysis.stress_keywords and scores == analysis.emotions:
        return analysis
    return replace(analysis, stress_keywords=keywords, emotions=scores)
