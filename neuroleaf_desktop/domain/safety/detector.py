"""The detector: phrase rules (always on), then the optional semantic layer, then the level.

How a text is read
1. Normalisation (``normalize``): NFKC, case- and accent-folding, an offset map back to the
   person's original text; common misspellings respelt (``spelling_en``, and for the other
   five languages ``spelling_intl``); dialects folded into standard words where their
   markers are in the sentence (``spelling_dialect``).
2. Phrase rules of every language (``rules_en`` … ``rules_it``) find candidate spans, each
   with a category and a base severity; ``rules_core_*`` read statements and signs from their
   parts (the writer, a core predicate, a second part that makes it a sign) in any wording.
   Figurative look-alikes are excluded inside the rules.
3. Each span is judged in context (``context``, ``negation``, ``everyday``): negated, about
   someone else, topic or clinical talk, an everyday context, distant past or imminent.
4. The level: the worst counted span, raised to "urgent" when a warning sign comes together
   with hopelessness in the same text (``escalate``), or when signs appeared on several
   recent days (``with_recent_days``, for callers that know the person's recent entries).
5. The semantic layer (classifier in ``ai/safety_semantic.py``) is asked only when the
   phrases found nothing *and* judged nothing negated, figurative or about someone else, and
   only for text in a language it reads (``language`` guesses it): a plain scorer reads
   English, a ``MultilingualClassifier`` names its languages and a threshold for each. It can
   only raise "none" to "concern" and a failing model leaves the phrases alone. Its flag is
   withdrawn when the entry is one short everyday frame with no dark word (``everyday_plain``),
   or wholly about someone else, with no first-person sufferer in it (``someone_else``).

Third-person policy: words about someone else do *not* flag the assessment (``flagged``
stays False), because the card speaks to the writer's own risk. ``about_others`` is True so
the UI may offer a "supporting someone else" resource. Past first-person reports ("I tried
to kill myself when I was 17") *do* flag, at "concern".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from neuroleaf_desktop.domain.safety import (
    context,
    disclosure,
    everyday_breakup,
    everyday_ended_thing,
    everyday_frames,
    everyday_named_thing,
    everyday_plain,
    everyday_plain_senses,
    everyday_pleas,
    everyday_shapes,
    hyperbole_en,
    prefilter,
    reading_windows,
    rule_index,
    rules_en,
    rules_plans,
    someone_else,
    text_presence,
    third_person,
)
from neuroleaf_desktop.domain.safety.categories import (
    HOPELESSNESS,
    URGENT_ON_THEIR_OWN,
    Category,
)
from neuroleaf_desktop.domain.safety.everyday import is_everyday
from neuroleaf_desktop.domain.safety.language import guess_language
from neuroleaf_desktop.domain.safety.means_purposes import purpose_clears
from neuroleaf_desktop.domain.safety.negation import (
    denied_as_untrue,
    denies_better_off,
    drop_denied_pieces,
    gain_disbelieved_before,
    is_fronted_and_denied,
    is_negated,
    is_negated_after,
    opens_with_negation,
    wish_denied_before,
)
from neuroleaf_desktop.domain.safety.negation_not_even import not_even_fronted
from neuroleaf_desktop.domain.safety.negation_postposed import contrasted_and_denied
from neuroleaf_desktop.domain.safety.negation_reason import reason_denied
from neuroleaf_desktop.domain.safety.normalize import normalize
from neuroleaf_desktop.domain.safety.reading_windows import LONG_TEXT as LONG_TEXT
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
from neuroleaf_desktop.domain.safety.rule_registry import ALL_RULES as ALL_RULES
from neuroleaf_desktop.domain.safety.rules import Rule, gate_needs, gate_strings
from neuroleaf_desktop.domain.safety.spelling_dialect import respell_dialect
from neuroleaf_desktop.domain.safety.spelling_dialect_alemannic import keep_swiss_no_more
from neuroleaf_desktop.domain.safety.spelling_en import respell
from neuroleaf_desktop.domain.safety.spelling_en_caribbean import respell_caribbean
from neuroleaf_desktop.domain.safety.spelling_en_scots import respell_scots
from neuroleaf_desktop.domain.safety.spelling_intl import respell_intl

#: Signs on this many distinct days within ``RECENT_DAYS`` (today included) make it urgent.
SEVERAL_DAYS = 3
RECENT_DAYS = 14


@dataclass
class SafetyDetector:
    """Phrase rules, optionally combined with a semantic scorer or classifier.

    The scorer is consulted only when the phrases found nothing, can only raise "none" to
    "concern", and a scorer that fails (model missing, crashed) is treated as absent: the
    phrase detector alone must always answer.
    """

    semantic_scorer: SemanticScorer | SemanticClassifier | None = None
    semantic_threshold: float | None = None  # None: the classifier's own tuned threshold

    def threshold(self, language: str = "en") -> float:
        if self.semantic_threshold is not None:
            return self.semantic_threshold
        if isinstance(self.semantic_scorer, MultilingualClassifier):
            return float(self.semantic_scorer.threshold_for(language))
        if isinstance(self.semantic_scorer, SemanticClassifier):
            return float(self.semantic_scorer.threshold)
        return DEFAULT_SEMANTIC_THRESHOLD

    def languages(self) -> frozenset[str]:
        """The languages the semantic layer is asked about (English unless it names more)."""
        if isinstance(self.semantic_scorer, MultilingualClassifier):
            return self.semantic_scorer.languages
        return frozenset({"en"})

    def assess(self, text: str) -> SafetyAssessment:
        result = assess_phrases(text)
        # Crisis wording the rules judged negated, figurative or about someone else is a
        # decision, not a miss: the semantic layer would only re-open it ("I would never
        # kill myself" sits close to "I want to kill myself" in embedding space).
        if (
            result.flagged
            or result.ignored_spans
            or result.about_others
            or self.semantic_scorer is None
            or not text.strip()
        ):
            return result
        language = guess_language(text)
        if language not in self.languages():
            return result
        try:
            verdict = _ask(self.semantic_scorer, text)
        except Exception:  # a broken optional model must not break saving an entry
            return result
        # A flag the classifier raised alone is withdrawn for an entry that is one short
        # everyday frame with no dark word in it (a toothache at night, a wait for a
        # specialist, nostalgia for a place): ``everyday_plain``.
        if verdict.score < self.threshold(language) or everyday_plain.withdraws(text):
            return replace(result, semantic_score=verdict.score)
        # … and for an entry wholly about someone else, which the rules would have judged so
        # had they found a phrase in it (``someone_else``): the third-person policy.
        if someone_else.about_someone_else(respelt(text)[0], language):
            return replace(result, semantic_score=verdict.score, about_others=True)
        category = verdict.category or Category.SEMANTIC
        return SafetyAssessment(
            flagged=True,
            severity=Severity.CONCERN,
            reasons=[f"{category}: the wording is close to known warning signs"],
            matched_spans=[],
            ignored_spans=list(result.ignored_spans),
            about_others=result.about_others,
            semantic_score=verdict.score,
            semantic_category=category,
        )


def _ask(scorer: SemanticScorer | SemanticClassifier, text: str) -> SemanticVerdict:
    if isinstance(scorer, SemanticClassifier):
        return scorer.classify(text)
    return SemanticVerdict(float(scorer(text)))


def assess(
    text: str, *, scorer: SemanticScorer | SemanticClassifier | None = None
) -> SafetyAssessment:
    """Assess ``text`` (an entry body, a note, a sentence). Pure and deterministic."""
    return SafetyDetector(semantic_scorer=scorer).assess(text)


def respelt(text: str) -> tuple[str, list[int]]:
    """The entry folded and respelt as every rule reads it, with the map back to ``text``.

    One chain, so the rules, the tests and the parse tables all read the same words: English
    spellings, the other languages', their dialects, and the English regional spellings last,
    since they read a sentence the other folds have settled.
    """
    norm, mapping = respell_dialect(
        *respell_intl(*respell(*normalize(keep_swiss_no_more(text), fold=True)))
    )
    return respell_caribbean(*respell_scots(norm, mapping))


def assess_phrases(text: str) -> SafetyAssessment:
    """The phrase-based assessment alone (no semantic scorer)."""
    if not text or not text.strip():
        return NO_CONCERN
    norm, mapping = respelt(text)
    clause_bounds = context.boundaries(context.CLAUSE_BREAK, norm)
    sentence_bounds = context.boundaries(context.SENTENCE_BREAK, norm)

    counted: list[SpanMatch] = []
    ignored: list[SpanMatch] = []
    seen: set[tuple[int, int, Category]] = set()
    windows = reading_windows.windows(norm)
    # Text without the few characters that matching without IGNORECASE would read differently
    # (nearly every text): each rule is skipped where it cannot match, and read the fast way.
    fast = prefilter.CASE_SENSITIVE.search(norm) is None
    present = text_presence.Presence(norm)
    long_text = len(norm) > LONG_TEXT
    contains = norm.__contains__
    gates: dict[str, bool] = {}
    cuts: dict[frozenset[str], list[int]] = {}
    # A short text read the fast way is offered only the rules whose required strings it
    # holds (``rule_index``): the same rules, in the same order, the checks below would keep.
    rules = rule_index.index_of(ALL_RULES).candidates(norm) if fast and not long_text else ALL_RULES
    for rule in rules:
        spans = windows[rule.lang]
        if not spans:
            continue
        # The hand-written gate first: a rule it rules out is never parsed for ``needs``.
        if rule.gate:
            gate = gates.get(rule.gate)
            if gate is None:
                strings = gate_strings(rule.gate)
                if strings:
                    gate = present.any(strings)
                else:
                    needs = gate_needs(rule.gate)
                    gate = (needs is None or present.any(needs)) and rule.may_match(norm)
                gates[rule.gate] = gate
            if not gate:
                continue
        if fast and not long_text:
            # An entry prepares each rule it reaches whole, from one parse: the next entry is
            # likely to need what this one ruled out, and a second parse costs more than the
            # compiling a staged preparation would save.
            analysis, pattern = rule.prepared
            needs = analysis.needs
            if needs is not None and not any(map(contains, needs)):
                continue
        elif fast:
            # A long text (an import) prepares in stages (``rule_prep``): a rule whose required
            # strings are in no window of it is never compiled, nor analysed past them.
            needs = rule.needs
            if needs is not None:
                if not present.any(needs):
                    continue
                # Read only around the required strings: in the windows holding one, cut
                # further at the sentence ends the rule never reads.
                stops = rule.analysis.unread_stops
                cut = cuts.get(stops)
                if cut is None:
                    cut = cuts[stops] = [b for b in sentence_bounds if norm[b - 1] in stops]
                spans = present.pieces(needs, spans, cut)
                if not spans:
                    continue
            pattern = rule.prepared[1]
        else:
            pattern = rule.pattern
        for m in reading_windows.finditer(pattern, norm, spans):
            key = (m.start(), m.end(), rule.category)
            if key in seen or rules_plans.drops(rule.name, norm):
                continue
            seen.add(key)
            span = _judge(rule, m, norm, mapping, text, clause_bounds, sentence_bounds)
            (counted if span.status is MatchStatus.COUNTED else ignored).append(span)

    # An everyday context clears a phrase only when nothing else in the text counts.
    if counted:
        everyday = [s for s in ignored if s.status is MatchStatus.EVERYDAY]
        counted += [replace(s, status=MatchStatus.COUNTED) for s in everyday]
        ignored = [s for s in ignored if s.status is not MatchStatus.EVERYDAY]

    about_others = any(s.status is MatchStatus.OTHER_PERSON for s in ignored) or any(
        prefilter.could_match(p, norm) and p.search(norm) for p in rules_en.OTHER_RULES
    )
    counted = drop_denied_pieces(_drop_contained(counted), ignored)
    ignored = _drop_contained(ignored)
    if not counted:
        return SafetyAssessment(
            flagged=False,
            severity=Severity.NONE,
            reasons=[],
            matched_spans=[],
            ignored_spans=ignored,
            about_others=about_others,
        )
    severity = max((s.severity for s in counted), key=lambda s: s.rank)
    escalation = ""
    if severity is not Severity.URGENT and combined_signs(counted):
        severity, escalation = Severity.URGENT, "combined"
    reasons: list[str] = []
    for span in counted:
        label = f"{span.category} (past)" if span.past else str(span.category)
        reason = f'{label}: "{span.text}"'
        if reason not in reasons:
            reasons.append(reason)
    return SafetyAssessment(
        flagged=True,
        severity=severity,
        reasons=reasons,
        matched_spans=counted,
        ignored_spans=ignored,
        about_others=about_others,
        escalation=escalation,
    )


def combined_signs(spans: Sequence[SpanMatch]) -> bool:
    """A warning sign together with hopelessness (two different categories, one of them
    hopelessness), both about now: the combination the warning-sign lists call urgent.

    The two must be said in different words. One phrase read by two rules ("nothing to live
    for" as both no future and no reason to live; "can't go on like this" and its "can't go
    on") is one sign; a longer sign that carries the hopeless clause as part of a further act
    ("gave my guitar away because I won't need it where I'm going") is two.
    """
    current = [s for s in spans if not s.past]
    return any(
        hopeless.category in HOPELESSNESS
        and other.category != hopeless.category
        and _words_apart(hopeless, other) > _SAME_PHRASE_SLACK
        for hopeless in current
        for other in current
    )


#: Words two overlapping spans may differ by and still be one phrase ("like this", "when").
_SAME_PHRASE_SLACK = 2
_WORD = re.compile(r"\w+")


def _words_apart(a: SpanMatch, b: SpanMatch) -> int:
    """Words in one span and not the other (spans that do not overlap are wholly apart)."""
    low, high = max(a.start, b.start), min(a.end, b.end)
    if low >= high:
        return len(_WORD.findall(a.text)) + len(_WORD.findall(b.text))
    return sum(
        len(_WORD.findall(s.text[: low - s.start])) + len(_WORD.findall(s.text[high - s.start :]))
        for s in (a, b)
    )


def with_recent_days(
    result: SafetyAssessment, other_days_with_signs: int, *, several: int = SEVERAL_DAYS
) -> SafetyAssessment:
    """Raise a "concern" to "urgent" when signs also appeared on other recent days.

    ``other_days_with_signs`` counts the *other* distinct days within ``RECENT_DAYS`` whose
    entries were flagged (the caller knows the person's entries; this stays pure). Today plus
    ``several - 1`` other days is "several recent days". Past-only reports do not count.
    """
    if (
        not result.flagged
        or result.severity is Severity.URGENT
        or result.past_only
        or other_days_with_signs + 1 < several
    ):
        return result
    return replace(result, severity=Severity.URGENT, escalation="recent_days")


def _drop_contained(spans: list[SpanMatch]) -> list[SpanMatch]:
    """Sorted spans without those inside a longer span of the same category and status.

    "nobody would miss me if I was gone" matches two burden rules; the person should read
    one reason, not two overlapping ones.
    """
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    kept: list[SpanMatch] = []
    # Every span kept so far starts no later than this one (the order), so it lies inside one
    # of them exactly when one of the same category and status reaches as far.
    reach: dict[tuple[Category, MatchStatus], int] = {}
    for span in ordered:
        key = (span.category, span.status)
        if reach.get(key, -1) >= span.end:
            continue
        kept.append(span)
        reach[key] = max(reach.get(key, -1), span.end)
    return kept


def _judge(
    rule: Rule,
    m: re.Match[str],
    norm: str,
    mapping: list[int],
    text: str,
    clause_bounds: list[int],
    sentence_bounds: list[int],
) -> SpanMatch:
    start, end = m.start(), m.end()
    clause_prefix = norm[context.segment_start(clause_bounds, start) : start]
    sentence_start = context.segment_start(sentence_bounds, start)
    sentence_prefix = norm[sentence_start:start]
    sentence = norm[sentence_start : context.segment_end(context.SENTENCE_BREAK, norm, end)]

    status = MatchStatus.COUNTED
    # a denial holds unless it ended just now ("no self-harm for two years until last night")
    denied = (
        is_negated(clause_prefix, rule.lang, m.group(0))
        or is_negated_after(norm[end : end + 60], m.group(0))
        or is_fronted_and_denied(clause_prefix, norm[end : end + 30])
        or contrasted_and_denied(sentence_prefix, norm[end : end + 30], m.group(0))
        or (opens_with_negation(m.group(0)) and wish_denied_before(sentence_prefix))
        or denied_as_untrue(sentence_prefix, m.group(0))
        or reason_denied(sentence_prefix)
        or not_even_fronted(sentence_prefix, m.group(0))
    ) and not disclosure.streak_broken(norm[end : end + 90])
    if denied or (
        rule.category is Category.BURDEN
        and (denies_better_off(m.group(0)) or gain_disbelieved_before(sentence_prefix))
    ):
        status = MatchStatus.NEGATED
    elif (
        context.in_others_quote(sentence_prefix)
        or third_person.third_person_reflexive(clause_prefix, m.group(0), rule.lang)
        or context.others_talk(clause_prefix)
        or third_person.third_person_subject(clause_prefix, m.group(0), rule.lang)
        or (
            rule.lang == "en"
            and third_person.named_person_subject(clause_prefix, sentence_prefix, m.group(0))
        )
    ):
        status = MatchStatus.OTHER_PERSON
    elif not rule.inherent_self:
        subject = context.nearest_subject(clause_prefix, rule.lang) or context.nearest_subject(
            sentence_prefix, rule.lang
        )
        if subject == "other" and not third_person.own_subject_in_phrase(m.group(0), rule.lang):
            status = MatchStatus.OTHER_PERSON
    if (
        status is MatchStatus.COUNTED
        and (
            context.is_topic(clause_prefix)
            or disclosure.asked(sentence_prefix, norm[end : end + 80])
            or context.is_topic_heading(sentence_prefix, norm[end : end + 30])
        )
        and not disclosure.answered_yes(norm[end : end + 260])
    ):
        status = MatchStatus.TOPIC
    if status is MatchStatus.COUNTED and (
        is_everyday(rule.category, sentence)
        or everyday_frames.clears(rule.category, m.group(0), norm, start, end, rule.lang)
        or everyday_shapes.clears(rule.category, m.group(0), norm, start, end)
        or everyday_breakup.clears(rule.category, m.group(0), norm, start, end)
        or everyday_ended_thing.clears(rule.category, m.group(0), norm, start, end)
        or everyday_named_thing.clears(rule.category, m.group(0), norm, start, end)
        or everyday_pleas.clears(rule.category, m.group(0), norm, start, end)
        or everyday_plain_senses.clears(rule.category, m.group(0), norm, start, end)
        or purpose_clears(rule.category, sentence)
        or (rule.lang == "en" and hyperbole_en.clears(rule.category, sentence))
    ):
        status = MatchStatus.EVERYDAY

    past = rule.past or context.DISTANT_PAST.search(sentence) is not None
    severity = rule.severity
    if past and severity is Severity.URGENT:
        severity = Severity.CONCERN
    elif not past and severity is Severity.CONCERN and context.IMMINENT.search(sentence):
        severity = Severity.URGENT
    if not past and rule.category in URGENT_ON_THEIR_OWN:
        severity = Severity.URGENT

    o_start, o_end = context.original_span(mapping, start, end)
    return SpanMatch(
        start=o_start,
        end=o_end,
        text=text[o_start:o_end],
        category=rule.category,
        severity=severity,
        status=status,
        past=past,
        rule=rule.name,
        lang=rule.lang,
    )
