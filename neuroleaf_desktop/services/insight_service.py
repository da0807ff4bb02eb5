""" "What helped last time?": the question's topic, its evidence, and checked claims.

The order of work, and why:

1. The guard (``domain.llm_guard``) looks at the question first. Crisis language returns an
   outcome of kind "safety" (the UI opens the safety card, the CLI prints the crisis lines);
   diagnosis and medication questions get a fixed, kind refusal. No evidence, no model.
2. The question gets a topic (``domain.insights.topics``: keywords, the person's named
   activities and people, and MiniLM similarity to topic descriptions when that model is
   installed), and the topic gets its own evidence from the vault (``gather``). Too little
   data gives a plain answer saying so and what to log: no model, no borrowed evidence.
3. If a model is available and wanted, it picks typed JSON claims (``ai.llm``, a child
   process, output constrained by a JSON schema: an evidence id, a few of that item's own
   terms, a direction; ``insights.claim_fields`` writes the sentence from the item). Each
   claim is checked as soon as it is complete (``claims.verify_claim``) and only supported
   claims reach ``on_token``; dropped ones are kept with their reasons.
4. Nothing supported, or anything wrong with the model (not installed, crashed, cancelled):
   the evidence itself, from a template, with a note saying why.

``on_stage`` reports what is happening ("reading" the journal, "loading" the model,
"writing" with a fraction of the token budget) so a screen can show progress.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
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
from neuroleaf_desktop.ai.topic_classifier import TopicClassifier
from neuroleaf_desktop.domain.insight_answer import (
    build_messages,
    claims_text,
    fallback_text,
    render_claim,
    template_answer,
    warm_messages,
)
from neuroleaf_desktop.domain.insights import (
    Citation,
    Claim,
    ClaimCheck,
    ClaimStream,
    EvidenceItem,
    Topic,
    TopicEvidence,
    classify,
    gather,
    journal_names,
    mentioned,
    name_candidates,
    names_in,
    parse_claims,
    typed_claim_schema,
    verify_claim,
)
from neuroleaf_desktop.domain.insights.arbiter import Learned
from neuroleaf_desktop.domain.insights.named_activity import journal_writes
from neuroleaf_desktop.domain.insights.topics import Similarity
from neuroleaf_desktop.domain.llm_guard import GuardDecision, check_question
from neuroleaf_desktop.domain.models import JournalEntry, MoodCheckIn
from neuroleaf_desktop.domain.safety import SafetyAssessment
from neuroleaf_desktop.domain.timeutil import local_date, local_offset_minutes, utc_now
from neuroleaf_desktop.errors import FeatureUnavailableError, NeuroLeafError
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.storage.repositories.journal_repo import EntryFilter

if TYPE_CHECKING:
    from neuroleaf_desktop.services.session import Session

log = get_logger("insights")

OutcomeKind = Literal["answer", "evidence", "safety", "refused"]
Stage = Literal["reading", "loading", "writing"]
StageCallback = Callable[[Stage, float | None], None]
_ALL = 10_000_000


@dataclass(frozen=True)
class InsightOutcome:
    """What kind of reply this is; the UI decides how to show it from ``kind``."""

    kind: OutcomeKind
    reason: str = ""  # e.g. "no-data", "no-model", "cancelled", "crashed", "no-supported-claim"
    message: str = ""  # a notice for the person ("" when none)
    safety: SafetyAssessment | None = None


@dataclass(frozen=True)
class InsightAnswer:
    text: str
    citations: tuple[Citation, ...]  # entries and check-ins behind the cited evidence
    evidence: tuple[EvidenceItem, ...]
    used_llm: bool
    model: str
    outcome: InsightOutcome = field(default_factory=lambda: InsightOutcome("evidence"))
    topic: Topic | None = None
    claims: tuple[Claim, ...] = ()  # the claims shown (all verified)
    dropped: tuple[ClaimCheck, ...] = ()  # claims not shown, with the reasons
    gaps: tuple[str, ...] = ()  # what is missing from the data, and what to log
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
        semantic: bool = True,
        learned: bool = True,
        max_tokens: int = 220,
        temperature: float = 0.1,
        today: Callable[[], date] | None = None,
    ) -> None:
        self.session = session
        # "last month", "this winter": read against the person's local date
        self.today = today or (lambda: local_date(utc_now(), local_offset_minutes()))
        self.model = model
        self.registry = registry
        self._worker = worker
        self.semantic = semantic
        self.learned = learned
        self.max_tokens = max_tokens
        self.temperature = temperature
        self._similarity: Similarity | None = None
        self._classifier: TopicClassifier | None = None
        self._reading = threading.Lock()

    @property
    def worker(self) -> LlamaWorker:
        if self._worker is None:
            self._worker = shared_worker()
        return self._worker

    # ---- topic and evidence -----------------------------------------------------------------
    def data(self) -> tuple[list[MoodCheckIn], list[JournalEntry]]:
        """Every live check-in and entry, oldest first: what a question is read and answered
        against."""
        with self._reading:  # a prefetch and a question may read at the same time
            checkins = self.session.mood.list(newest_first=False)
            # template lines still unchanged are the app's questions, not evidence
            entries = self.session.journal.list_readable(
                EntryFilter(limit=_ALL, newest_first=False)
            )
        return checkins, entries

    def topic(
        self, question: str, checkins: Sequence[MoodCheckIn], entries: Sequence[JournalEntry]
    ) -> Topic:
        activities = {a.strip().lower() for c in checkins for a in c.activities if a.strip()}
        texts = [e.body for e in entries]
        tags = [t for e in entries for t in e.tags]
        names = names_in(name_candidates(question), texts, tags)
        names.update(mentioned(question, journal_names(texts, tags)))
        return classify(
            question,
            activities=activities,
            names=names,
            similarity=self._similarity_fn(),
            today=self.today(),
            written=journal_writes([*texts, *tags]),
            learned=self._learned_fn(),
        )

    def evidence(self, question: str) -> TopicEvidence:
        started = time.perf_counter()
        checkins, entries = self.data()
        topic = self.topic(question, checkins, entries)
        found = gather(topic, checkins, entries)
        log.info(
            "insights.evidence",  # no topic: what someone asks about is private too
            method=topic.method,
            items=len(found.items),
            ms=round(1000 * (time.perf_counter() - started)),
        )
        return found

    def _similarity_fn(self) -> Similarity | None:
        """MiniLM cosine similarity, when the model is installed (else keywords only)."""
        if not self.semantic:
            return None
        if self._similarity is not None:
            return self._similarity
        embeddings = getattr(self.session, "embeddings", None)
        embedder = getattr(embeddings, "embedder", None)
        try:
            if embedder is None or not embedder.available():
                return None
        except (NeuroLeafError, ImportError, OSError):
            return None

        def similarity(question: str, descriptions: Sequence[str]) -> list[float]:
            try:
                vectors = embedder.embed([question, *descriptions])
            except (NeuroLeafError, ImportError, RuntimeError, OSError) as exc:
                log.info("insights.similarity_unavailable", kind=type(exc).__name__)
                return [0.0] * len(descriptions)
            return [float(vectors[0] @ v) for v in vectors[1:]]

        self._similarity = similarity
        return similarity

    def _learned_fn(self) -> Learned | None:
        """The trained topic classifier (``ai.topic_classifier``): over MiniLM when semantic
        matching is on and the model is installed, else its n-gram head; None when off."""
        if not self.learned:
            return None
        if self._classifier is None:
            embeddings = getattr(self.session, "embeddings", None)
            embedder = getattr(embeddings, "embedder", None) if self.semantic else None
            self._classifier = TopicClassifier(embedder)
        return self._classifier

    # ---- warm-up ----------------------------------------------------------------------------
    def prepare(self, cancel: threading.Event | None = None, question: str = "") -> bool:
        """Start the model child, load the model and read the fixed system prompt into it.

        Called when the Insights screen opens, so the first answer starts without loading.
        The prompt puts the system rules first; llama.cpp keeps that prefix (and its RAM
        cache keeps the state) so later questions read only their own short part. With
        ``question`` (the one in the box) its topic's evidence is read too (``prefetch``).
        Returns False when no model is available.
        """
        try:
            spec, path = resolve_model(self.model, self.registry)
            self.worker.preload(path, cancel_event=cancel)
            self.worker.generate(warm_messages(), model_path=path, model_name=spec.key,
                                 max_tokens=1, cancel_event=cancel)  # fmt: skip
        except (FeatureUnavailableError, LlmError) as exc:
            log.info("insights.prepare_failed", kind=type(exc).__name__)
            return False
        return self.prefetch(question, cancel) if question.strip() else True

    def prefetch(self, question: str, cancel: threading.Event | None = None) -> bool:
        """Read a (draft) question's topic and evidence into the model ahead of time.

        The prompt is the fixed rules, then the topic's evidence, then the question, so
        everything before the question's own words is the same once it is asked: llama.cpp
        reuses that state and the answer starts after reading only the question. Called by the
        screen while a question is being typed; a wrong guess costs nothing but idle time.
        Returns False when there is nothing to read (no evidence, no model).
        """
        if not question.strip() or not check_question(question).allowed:
            return False
        found = self.evidence(question)
        if not found.items:
            return False
        try:
            spec, path = resolve_model(self.model, self.registry)
            messages = build_messages("", found.topic, found.items)
            self.worker.generate(messages, model_path=path, model_name=spec.key, max_tokens=1,
                                 cancel_event=cancel)  # fmt: skip
        except (FeatureUnavailableError, LlmError) as exc:
            log.info("insights.prefetch_failed", kind=type(exc).__name__)
            return False
        return True

    # ---- answering --------------------------------------------------------------------------
    def ask(
        self,
        question: str,
        on_token: TokenCallback | None = None,
        cancel: threading.Event | None = None,
        *,
        use_llm: bool = True,
        on_stage: StageCallback | None = None,
        on_topic: Callable[[Topic], None] | None = None,
    ) -> InsightAnswer:
        """Answer ``question``; supported claims stream to ``on_token`` one at a time."""
        decision = check_question(question)
        if not decision.allowed:
            return _guarded(decision)
        stage = on_stage or (lambda _s, _f: None)
        stage("reading", None)
        found = self.evidence(question)
        if on_topic is not None:
            on_topic(found.topic)
        if not found.items:
            return _plain(found, InsightOutcome("evidence", "no-data"))
        if not use_llm:
            return _plain(found, InsightOutcome("evidence", "no-llm"), text=fallback_text(found))
        try:
            spec, path = resolve_model(self.model, self.registry)
        except FeatureUnavailableError as exc:
            return _plain(found, InsightOutcome("evidence", "no-model", exc.user_message))
        items = found.items
        stream = ClaimStream(items)
        shown: list[Claim] = []
        dropped: list[ClaimCheck] = []
        tokens = 0

        def on_piece(piece: str) -> None:
            nonlocal tokens
            tokens += 1
            stage("writing", min(1.0, tokens / self.max_tokens))
            for claim in stream.feed(piece):
                if _repeats(claim, shown):
                    continue
                check = verify_claim(claim, items)
                if check.ok and claim not in shown:
                    shown.append(claim)
                    if on_token is not None:
                        on_token(render_claim(claim, items) + " ")
                elif not check.ok:
                    dropped.append(check)

        try:
            if not self.worker.loaded(path):
                stage("loading", None)
                self.worker.preload(path, cancel_event=cancel)
            stage("writing", 0.0)
            generation = self.worker.generate(
                build_messages(question, found.topic, items),
                model_path=path,
                model_name=spec.key,
                max_tokens=self.max_tokens,
                temperature=self.temperature,
                on_token=on_piece,
                cancel_event=cancel,
                schema=typed_claim_schema(items),
            )
        except LlmCancelledError as exc:
            return _plain(found, InsightOutcome("evidence", "cancelled", exc.user_message))
        except FeatureUnavailableError as exc:
            return _plain(found, InsightOutcome("evidence", "no-model", exc.user_message))
        except LlmError as exc:
            return _plain(found, InsightOutcome("evidence", "crashed", exc.user_message))
        # Claims the stream could not see complete (e.g. the last one) are checked here.
        for claim in parse_claims(generation.text, items):
            if claim in shown or _repeats(claim, shown) or any(d.claim == claim for d in dropped):
                continue
            check = verify_claim(claim, items)
            if check.ok:
                shown.append(claim)
                if on_token is not None:
                    on_token(render_claim(claim, items) + " ")
            else:
                dropped.append(check)
        log.info("insights.claims", shown=len(shown), dropped=len(dropped))
        if not shown:
            return _plain(
                found,
                InsightOutcome(
                    "evidence",
                    "no-supported-claim",
                    "The written answer said things your journal does not show, so here is "
                    "what it does show.",
                ),
                generation=generation,
                model=spec.key,
                dropped=tuple(dropped),
            )
        cited = {n for c in shown for n in c.evidence}
        citations = tuple(c for i in items if i.number in cited for c in i.citations)
        message = f"Left out {len(dropped)} sentence(s) the evidence does not support." \
            if dropped else ""  # fmt: skip
        return InsightAnswer(
            text="\n".join([*found.limits, claims_text(shown, items)]),
            citations=_unique(citations),
            evidence=items,
            used_llm=True,
            model=spec.key,
            outcome=InsightOutcome("answer", "", message),
            topic=found.topic,
            claims=tuple(shown),
            dropped=tuple(dropped),
            gaps=found.gaps,
            notes=(*found.limits, *found.notes),
            generation=generation,
        )


def _plain(
    found: TopicEvidence,
    outcome: InsightOutcome,
    *,
    text: str | None = None,
    generation: Generation | None = None,
    model: str = "",
    dropped: tuple[ClaimCheck, ...] = (),
) -> InsightAnswer:
    """The evidence (or the gap) in template sentences; no model-written claim."""
    citations = tuple(c for item in found.items for c in item.citations)
    return InsightAnswer(
        text=text if text is not None else template_answer(found),
        citations=_unique(citations),
        evidence=found.items,
        used_llm=False,
        model=model,
        outcome=outcome,
        topic=found.topic,
        dropped=dropped,
        gaps=found.gaps,
        notes=(*found.limits, *found.notes),
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


def _repeats(claim: Claim, shown: Sequence[Claim]) -> bool:
    """A typed claim about an item already shown says nothing new: it is skipped."""
    return bool(claim.direction) and any(c.evidence[:1] == claim.evidence[:1] for c in shown)


def _unique(citations: tuple[Citation, ...]) -> tuple[Citation, ...]:
    return tuple(dict.fromkeys(citations))
