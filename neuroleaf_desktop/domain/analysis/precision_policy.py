"""Show only the chips the analyser can stand behind: the precision-first policy.

Why: every chip a person sees must be true (precision ≥ 0.9), and recall matters less. Phrase
fixes raised precision on the batches they studied, not on the next one written blind. So each
chip's evidence type (``evidence``) was measured on data the rules were never tuned on, and only
the types that were right often enough are shown; the rest are hidden everywhere at once (the
emotion scores are zeroed and the keywords dropped in the stored ``EntryAnalysis``), so the
entry chips, the stress cloud and the dashboard's emotion panels never disagree.

How the pairs were chosen (rule fixed before the dev set was read): untuned text is the blind
batches test13–test17 each read by the code from before it was studied, plus corpus12 (300
sentences by a new writer, read only as aggregates per evidence type). A (label, class) pair is
shown when its chips there were right ≥ 0.9 of the time with n ≥ 8; a rarer pair falls back to
its label's present-tense classes pooled (≥ 0.9, n ≥ 10), never for the past, crying, reported,
phrase or mild classes. Pooled numbers: anxiety bare 13/14 and said 14/15 (0.93), gratitude
11/11, sleep 24/26 (strong 22/23); everything else fell short (joy 0.68, anger 0.52, hope
0.53, sadness 0.58, calm 0.74, shame 0.81, loneliness 0.70; money 0.85, work 0.63, health 0.59,
family 0.41; past 0.38–0.59, crying 0.53, another's clause 0.33, reported 0.25). The evidence
classes alone (said of oneself, a named feeling beside a stressor) barely separate right from
wrong chips on untuned text; the label does.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Final

from neuroleaf_desktop.domain.analysis.clause import Clause
from neuroleaf_desktop.domain.analysis.evidence import (
    EmotionEvidence,
    StressEvidence,
    emotion_evidence,
    stress_evidence,
)
from neuroleaf_desktop.domain.analysis.stress_keywords import category_of

EmotionRule = Callable[[str, EmotionEvidence], bool]
StressRule = Callable[[str, StressEvidence], bool]

# (emotion, evidence class) pairs whose chips were right ≥ 0.9 of the time on untuned text.
SHOWN_EMOTIONS: Final[frozenset[tuple[str, str]]] = frozenset(
    {("anxiety", "bare"), ("anxiety", "said"), ("gratitude", "bare"), ("gratitude", "said")}
)
# (stress category, evidence class) pairs likewise.
SHOWN_STRESS: Final[frozenset[tuple[str, str]]] = frozenset(
    {("sleep", "strong"), ("sleep", "clause"), ("sleep", "felt"), ("sleep", "segment")}
)


def shows_emotion(emotion: str, evidence: EmotionEvidence) -> bool:
    """Is an emotion chip with this evidence shown? Only the measured-precise pairs."""
    return (emotion, evidence.cls) in SHOWN_EMOTIONS


def shows_stressor(keyword: str, evidence: StressEvidence) -> bool:
    """Is a stress keyword with this evidence shown? Only the measured-precise pairs of its
    category."""
    return (category_of(keyword), evidence.cls) in SHOWN_STRESS


def precise_chips(
    clauses: list[Clause],
    emotions: Mapping[str, float],
    keywords: Sequence[tuple[str, float]],
    limit: int,
    show_emotion: EmotionRule = shows_emotion,
    show_stressor: StressRule = shows_stressor,
) -> tuple[dict[str, float], tuple[tuple[str, float], ...]]:
    """``emotions`` with the hidden ones at 0 and ``keywords`` without the hidden ones (at most
    ``limit``, heaviest first as given)."""
    felt = emotion_evidence(clauses)
    strained = stress_evidence(clauses)
    shown_emotions = {
        e: score if e in felt and show_emotion(e, felt[e]) else 0.0 for e, score in emotions.items()
    }
    shown_keywords = tuple(
        (k, w) for k, w in keywords if k in strained and show_stressor(k, strained[k])
    )
    return shown_emotions, shown_keywords[:limit]
