"""On-device detection of suicidal language, self-harm and the recognised warning signs.

Why phrases first: this must work offline, instantly, on every save, with no model installed,
and every decision must be explainable ("we noticed the words 'end my life'"). Curated phrase
rules in six languages do that and are the always-on floor. A MiniLM classifier
(``ai/safety_semantic.py``) adds paraphrases the rules miss when the model is present; it can
only *add* a flag, never remove one.

What a flag means: the UI offers a calm card ("concern": the person's own safety plan first;
"urgent": crisis lines first). It is not a diagnosis, it never blocks writing and it is never
sent anywhere. Reasons and spans contain the person's words: never log them.

Modules: ``categories`` (what is looked for, and the sources), ``rules_<lang>`` (phrases),
``negation``, ``context`` and ``everyday`` (how a phrase is judged), ``detector`` (the
assessment and its level), ``result`` (the types), ``translation`` (the second look at other
languages through an English translation by the local language model, when installed).
"""

from neuroleaf_desktop.domain.safety.categories import (
    HOPELESSNESS,
    URGENT_ON_THEIR_OWN,
    WARNING_SIGNS,
    Category,
)
from neuroleaf_desktop.domain.safety.detector import (
    RECENT_DAYS,
    SEVERAL_DAYS,
    SafetyDetector,
    assess,
    assess_phrases,
    combined_signs,
    with_recent_days,
)
from neuroleaf_desktop.domain.safety.normalize import normalize
from neuroleaf_desktop.domain.safety.result import (
    DEFAULT_SEMANTIC_THRESHOLD,
    NO_CONCERN,
    MatchStatus,
    MultilingualClassifier,
    SafetyAssessment,
    SemanticClassifier,
    SemanticScorer,
    SemanticVerdict,
    Severity,
    SpanMatch,
)

__all__ = [
    "DEFAULT_SEMANTIC_THRESHOLD",
    "HOPELESSNESS",
    "NO_CONCERN",
    "RECENT_DAYS",
    "SEVERAL_DAYS",
    "URGENT_ON_THEIR_OWN",
    "WARNING_SIGNS",
    "Category",
    "MatchStatus",
    "MultilingualClassifier",
    "SafetyAssessment",
    "SafetyDetector",
    "SemanticClassifier",
    "SemanticScorer",
    "SemanticVerdict",
    "Severity",
    "SpanMatch",
    "assess",
    "assess_phrases",
    "combined_signs",
    "normalize",
    "with_recent_days",
]
