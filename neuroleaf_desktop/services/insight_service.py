""" "What helped last time?": evidence from the vault, phrased (optionally) by a local model.

The order of work, and why:

1. The guard (``domain.llm_guard``) looks at the question first. Crisis language returns an
   outcome of kind "safety" (the UI opens the safety card, the CLI prints the crisis lines);
   diagnosis and medication questions get a fixed, kind refusal. No evidence, no model.
2. The evidence is found deterministically (``domain.insights``): low periods, recoveries,
   what preceded them, plus a few entries closest to the question (semantic search when the
   search service and embedding model are there, else full-text search).
3. If a model is available and wanted, it phrases the evidence (``ai.llm``, a subprocess);
   tokens stream to ``on_token``. The answer is then checked: sentences citing dates that are
   not in the evidence are dropped, and an answer mentioning medication or a diagnosis is
   replaced by the evidence list.
4. Anything that goes wrong with the model (not installed, crashed, cancelled, ungrounded)
   gives the same evidence as a readable list, with a note saying why.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from neuroleaf_desktop.ai.llm import (
    Generation,
    LlamaWorker,
    LlmCancelledError,
    LlmError,
    TokenCallback,
    resolve_model,
    shared_worker,
)
from neuroleaf_desktop.ai.model_registry import ModelRegistry
from neuroleaf_desktop.domain.insight_answer import (
    build_messages,
    fallback_text,
    verify_citations,
)
from neuroleaf_desktop.domain.insights import (
    Citation,
    EvidenceItem,
    InsightReport,
    analyse,
    build_evidence,
    mentions_strategy,
)
from neuroleaf_desktop.domain.llm_guard import (
    GuardDecision,
    GuardedStream,
    answer_violations,
    check_question,
)
from neuroleaf_desktop.domain.models import JournalEntry
from neuroleaf_desktop.domain.safety import SafetyAssessment
from neuroleaf_desktop.errors import FeatureUnavailableError, NeuroLeafError
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.storage.repositories.journal_repo import EntryFilter

if TYPE_CHECKING:
    from neuroleaf_desktop.services.session import Session

log = get_logger("insights")

OutcomeKind = Literal["answer", "evidence", "safety", "refused"]
RelatedMode = Literal["auto", "fts", "none"]
MAX_RELATED = 2
_ALL = 10_000_000

_STOPWORDS_TEXT = """a about after again all am an and any are as at be been before being but by
can could did do does doing for from had has have having how i i'm if in into is it its last
me my myself of on or so than that the their them then there these they this time to too up
us was we were what when where which while who why will with would you your felt feel
feeling helped help helps time times"""
_STOPWORDS = frozenset(_STOPWORDS_TEXT.split())
_HELP_TERMS = ("helped", "better", "lighter")


@dataclass(frozen=True)
class InsightOutcome:
    """What kind of reply this is; the UI decides how to show it from ``kind``."""

    kind: OutcomeKind
    reason: str = ""  # e.g. "medication", "diagnosis", "no-model", "cancelled", "crashed"
    message: str = ""  # a notice for the person ("" when none)
    safety: SafetyAssessment | None = None


@dataclass(frozen=True)
class Evidence:
    report: InsightReport
    items: tuple[EvidenceItem, ...]


@dataclass(frozen=True)
class InsightAnswer:
    text: str
    citations: tuple[Citation, ...]  # entries and check-ins behind the cited evidence
    evidence: tuple[EvidenceItem, ...]
    used_llm: bool
    model: str
    outcome: InsightOutcome = field(default_factory=lambda: InsightOutcome("evidence"))
    dropped: tuple[str, ...] = ()  # model sentences removed for citing unknown dates
    notes: tuple[str, ...] = ()
    generation: Generation | None = field(default=None, compare=False)

    @property
    def kind(self) -> OutcomeKind:
        return self.outcome.kind


class InsightService:
    def __init__(
        self,
        session: Session,
        *,
        model: str = "default",
        registry: ModelRegistry | None = None,
        worker: LlamaWorker | None = None,
        related: RelatedMode = "auto",
        max_tokens: int = 160,
        temperature: float = 0.2,
    ) -> None:
        self.session = session
        self.model = model
        self.registry = registry
        self._worker = worker
        self.related = related
        self.max_tokens = max_tokens
        self.temperature = temperature

    @property
    def worker(self) -> LlamaWorker:
        if self._worker is None:
            self._worker = shared_worker()
        return self._worker

    # ---- evidence -------------------------------------------------------------------------
    def evidence(self, question: str = "What helped last time I felt low?") -> Evidence:
        started = time.perf_counter()
        checkins = self.session.mood.list(newest_first=False)
        entries = self.session.journal.list(EntryFilter(limit=_ALL, newest_first=False))
        report = analyse(checkins, entries)
        related = self._related(question, {e.id: e for e in entries})
        items = tuple(build_evidence(report, related=related))
        log.info(
            "insights.evidence",
            recoveries=len(report.recoveries),
            items=len(items),
            ms=round(1000 * (time.perf_counter() - started)),
        )
        return Evidence(report, items)

    def _related(
        self, question: str, entries: dict[str, JournalEntry]
    ) -> list[tuple[JournalEntry, str]]:
        if self.related == "none":
            return []
        ids: list[str] = []
        if self.related == "auto":
            ids = self._semantic_ids(question)
        if not ids:
            ids = self._fulltext_ids(question)
        out: list[tuple[JournalEntry, str]] = []
        for entry_id in ids:
            entry = entries.get(entry_id)
            if entry is None:
                continue
            quote = _quote_for(entry, question)
            # Only entries that say something about what helps ("Low again." does not).
            if mentions_strategy(quote) or any(t in quote.lower() for t in _HELP_TERMS):
                out.append((entry, quote))
            if len(out) >= MAX_RELATED:
                break
        return out

    def _semantic_ids(self, question: str) -> list[str]:
        """Entries closest in meaning, when the search service and its model are there."""
        search = getattr(self.session, "search", None)
        if search is None or not hasattr(search, "semantic"):
            return []
        try:
            if not getattr(search, "semantic_available", False):
                return []
            hits = search.semantic(question, MAX_RELATED)
        except (NeuroLeafError, ImportError, RuntimeError, OSError) as exc:
            log.info("insights.semantic_unavailable", kind=type(exc).__name__)
            return []
        return [str(h.entry_id) for h in hits if getattr(h, "entry_id", None)]

    def _fulltext_ids(self, question: str) -> list[str]:
        words = [w for w in re.findall(r"[a-z']{3,}", question.lower()) if w not in _STOPWORDS]
        terms = list(dict.fromkeys([*words, *_HELP_TERMS]))[:6]
        scores: dict[str, float] = {}
        for term in terms:
            for rank, hit in enumerate(self.session.journal.search(term, limit=MAX_RELATED)):
                scores[hit.entry_id] = scores.get(hit.entry_id, 0.0) + 1.0 / (rank + 1)
        return sorted(scores, key=lambda k: -scores[k])

    # ---- answering ------------------------------------------------------------------------
    def prepare(self, question: str = "What helped last time I felt low?") -> bool:
        """Start the model and read the evidence into it ahead of the question (warm-up).

        llama.cpp reuses the longest common prompt prefix, and the prompt is built so that
        the rules and the question-independent evidence come first; after this, an answer
        starts after reading only the question. Returns False when no model is available.
        Safe to call from a worker thread while the person is still typing.
        """
        try:
            spec, path = resolve_model(self.model, self.registry)
            found = self.evidence(question)
            if not found.items:
                return False
            self.worker.generate(
                build_messages(question, found.items),
                model_path=path,
                model_name=spec.key,
                max_tokens=1,
            )
        except (FeatureUnavailableError, LlmError) as exc:
            log.info("insights.prepare_failed", kind=type(exc).__name__)
            return False
        return True

    def ask(
        self,
        question: str,
        on_token: TokenCallback | None = None,
        cancel: threading.Event | None = None,
        *,
        use_llm: bool = True,
    ) -> InsightAnswer:
        decision = check_question(question)
        if not decision.allowed:
            return _guarded(decision)
        found = self.evidence(question)
        items = found.items
        notes = found.report.notes
        if not items or not use_llm:
            reason = "no-evidence" if not items else "no-llm"
            return self._fallback(found, InsightOutcome("evidence", reason))
        try:
            spec, path = resolve_model(self.model, self.registry)
        except FeatureUnavailableError as exc:
            return self._fallback(found, InsightOutcome("evidence", "no-model", exc.user_message))
        messages = build_messages(question, items)
        stream = GuardedStream()  # only whole, checked sentences reach the screen

        def guarded(token: str) -> None:
            released = stream.feed(token)
            if released and on_token is not None:
                on_token(released)

        try:
            generation = self.worker.generate(
                messages,
                model_path=path,
                model_name=spec.key,
                max_tokens=self.max_tokens,
                temperature=self.temperature,
                on_token=guarded,
                cancel_event=cancel,
            )
        except LlmCancelledError as exc:
            return self._fallback(found, InsightOutcome("evidence", "cancelled", exc.user_message))
        except FeatureUnavailableError as exc:
            return self._fallback(found, InsightOutcome("evidence", "no-model", exc.user_message))
        except LlmError as exc:
            return self._fallback(found, InsightOutcome("evidence", "crashed", exc.user_message))

        tail = stream.flush()
        if tail and on_token is not None:
            on_token(tail)
        checked = verify_citations(generation.text, items)
        problems = answer_violations(generation.text)
        if problems:
            log.warning("insights.answer_blocked", reasons=problems)
            return self._fallback(
                found,
                InsightOutcome(
                    "evidence",
                    "guard:" + ",".join(problems),
                    "The written answer touched on medication or diagnosis, which I leave to "
                    "professionals, so here is the evidence itself.",
                ),
                generation=generation,
                model=spec.key,
            )
        if not checked.cited:
            return self._fallback(
                found,
                InsightOutcome(
                    "evidence",
                    "ungrounded",
                    "The written answer did not point to your journal, so here is the "
                    "evidence itself.",
                ),
                generation=generation,
                model=spec.key,
            )
        cited = set(checked.cited)
        citations = tuple(
            c for item in items if cited & {item.day, *item.dates} for c in item.citations
        )
        message = ""
        if checked.dropped:
            message = (
                f"Removed {len(checked.dropped)} sentence(s) that cited dates not in your journal."
            )
        return InsightAnswer(
            text=checked.text,
            citations=_unique(citations),
            evidence=items,
            used_llm=True,
            model=spec.key,
            outcome=InsightOutcome("answer", "", message),
            dropped=checked.dropped,
            notes=notes,
            generation=generation,
        )

    def _fallback(
        self,
        found: Evidence,
        outcome: InsightOutcome,
        *,
        generation: Generation | None = None,
        model: str = "",
    ) -> InsightAnswer:
        citations = tuple(c for item in found.items for c in item.citations)
        return InsightAnswer(
            text=fallback_text(found.items, found.report.notes),
            citations=_unique(citations),
            evidence=found.items,
            used_llm=False,
            model=model,
            outcome=outcome,
            notes=found.report.notes,
            generation=generation,
        )


def _guarded(decision: GuardDecision) -> InsightAnswer:
    kind: OutcomeKind = "safety" if decision.kind == "safety" else "refused"
    log.info("insights.guarded", kind=decision.kind)
    return InsightAnswer(
        text=decision.message,
        citations=(),
        evidence=(),
        used_llm=False,
        model="",
        outcome=InsightOutcome(kind, decision.kind, decision.message, decision.safety),
    )


def _unique(citations: tuple[Citation, ...]) -> tuple[Citation, ...]:
    return tuple(dict.fromkeys(citations))


def _quote_for(entry: JournalEntry, question: str, limit: int = 160) -> str:
    """The entry sentence sharing most words with the question (or naming a helper)."""
    words = set(re.findall(r"[a-z']{3,}", question.lower())) - _STOPWORDS
    words |= set(_HELP_TERMS)
    best, best_score = "", -1
    for sentence in re.split(r"(?<=[.!?])\s+", entry.body.strip()):
        score = len(words & set(re.findall(r"[a-z']{3,}", sentence.lower())))
        if score > best_score:
            best, best_score = sentence, score
    return best if len(best) <= limit else best[: limit - 1] + "…"
