""" "What helped last time?": a question's topic, the person's own evidence, checked claims.

Everything here is pure (no I/O, no clock) and cites its sources (entry and check-in ids with
the local dates they belong to), so every sentence shown to the person can be traced back to
their own words and numbers. The parts, in the order an answer uses them:

* ``topics``: the question → a topic (keywords, named activities / people, optional meaning
  similarity), shown to the person as "Looking at: sleep";
* ``gather``: the topic → its numbered evidence (``low_mood`` / ``recovery``, ``sleep``,
  ``feelings`` for anxiety, stress and energy, ``subjects`` for a named activity, person or
  place and "when did I last …"), or a plain gap saying what to log;
* ``claims``: the model's JSON claims → each checked against the items it cites;
* ``facts``, ``evidence``, ``compare``: shared per-day facts, the evidence item, honest
  two-group comparisons.
"""

from neuroleaf_desktop.domain.insights.claim_fields import brief, render_typed, typed_claim_schema
from neuroleaf_desktop.domain.insights.claims import (
    Claim,
    ClaimCheck,
    ClaimStream,
    claim_schema,
    parse_claims,
    verify_claim,
)
from neuroleaf_desktop.domain.insights.evidence import EvidenceItem, TopicEvidence, evidence_text
from neuroleaf_desktop.domain.insights.facts import (
    Citation,
    median,
    mentions_strategy,
    percentile,
)
from neuroleaf_desktop.domain.insights.gather import gather
from neuroleaf_desktop.domain.insights.low_mood import build_evidence, rise_text
from neuroleaf_desktop.domain.insights.names import (
    journal_names,
    mentioned,
    name_candidates,
    names_in,
)
from neuroleaf_desktop.domain.insights.recovery import (
    FactorStat,
    InsightReport,
    LowPeriod,
    Recovery,
    analyse,
)
from neuroleaf_desktop.domain.insights.topic import Topic
from neuroleaf_desktop.domain.insights.topics import classify

__all__ = [
    "Citation",
    "Claim",
    "ClaimCheck",
    "ClaimStream",
    "EvidenceItem",
    "FactorStat",
    "InsightReport",
    "LowPeriod",
    "Recovery",
    "Topic",
    "TopicEvidence",
    "analyse",
    "brief",
    "build_evidence",
    "claim_schema",
    "classify",
    "evidence_text",
    "gather",
    "journal_names",
    "median",
    "mentioned",
    "mentions_strategy",
    "name_candidates",
    "names_in",
    "parse_claims",
    "percentile",
    "render_typed",
    "rise_text",
    "typed_claim_schema",
    "verify_claim",
]
