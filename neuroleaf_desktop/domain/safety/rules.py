"""The shape of a phrase rule, shared by every language's rule list."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from neuroleaf_desktop.domain.safety import prefilter, rule_prep
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity

# Text is case-folded and accent-folded before matching; IGNORECASE is belt and braces for
# patterns written with a capital letter.
FLAGS = re.IGNORECASE

#: A phrase must end here: end of clause or text, not "want to live *in Paris*".
END = r"(?=\s*(?:$|[.!?,;:)\"\n]))"
# A clause's close without a closing bracket or quote: the text's end, or a stop, a comma, a
# colon or a line break after optional space ("… and not come back.", "para después,").
CLAUSE_CLOSE = r"(?=\s*(?:$|[.!?,;:\n]))"
# A future not seen is the writer's own unless it is "for" something or someone else: "can't
# see a future for this team", "for the shop", "for us as a couple" judge those, not a life
# ("a future for me", "for myself" stay the writer's).
NOT_FOR_ANOTHER = r"(?!\s+for\s+(?!(?:me|myself)\b))"

#: A bare "it" the sentence goes on to name ("i'll do it, the big clean-out", "did it again
#: - ate the whole cake", "the courage to do it, ask her out i mean"): not the act.
IT_NAMED_AFTER = (
    r"(?!\s*(?:[:\-]\s*\w|,\s*(?:the|a|an|my|our|i\s+mean|namely|that\s+is|ask|eat|ate|binge"
    r"|clean|paint|tell|quit|call|finish)\b))"
)


#: What may stand between two parts said in one sentence: anything but a sentence end or a line
#: break ("without me they'd be fine", not "without me. They'd be fine at the match").
SAME_SENTENCE = r"[^.!?\n]"
#: ... said across the short sentences of one line (a farewell is often told in pieces).
SAME_LINE = r"[^\n]"


def not_starting(words: str, within: str = SAME_SENTENCE) -> str:
    """One character of ``within`` where none of ``words`` (an alternation) starts: a stretch
    of these keeps a negation out from between two parts ("without me they *wouldn't* be
    better off" is no sign)."""
    return rf"(?:(?!\b(?:{words})\b){within})"


def either_order(first: str, second: str, reach: int, between: str = SAME_SENTENCE) -> str:
    """``first`` and ``second`` in either order, at most ``reach`` characters of ``between``
    (one character or class) apart, the nearer pairing first.

    Why: a sign is often made of two parts whose order the writer chooses ("sin mí vivirían
    tranquilos" / "vivirían tranquilos sin mí"); one expression for both orders keeps every
    family that reads two parts reading them the same way."""
    gap = rf"{between}{{0,{reach}}}?"
    return rf"(?:{first}){gap}(?:{second})|(?:{second}){gap}(?:{first})"


def either_order_each(
    first: Mapping[str, str],
    second: Mapping[str, str],
    reach: int,
    langs: Sequence[str],
    between: Callable[[str], str] = lambda lang: SAME_SENTENCE,
) -> dict[str, str]:
    """``either_order`` for each of ``langs`` (in that order), from per-language parts and
    what may stand between them in that language (``between(lang)``)."""
    return {lang: either_order(first[lang], second[lang], reach, between(lang)) for lang in langs}


@functools.cache
def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(source, FLAGS)


@functools.cache
def gate_strings(gate: str) -> frozenset[str] | None:
    """The strings a gate made only of plain alternatives matches (``prefilter.alternatives``):
    looking each up is faster than the gate's scan, and gives the same answer."""
    return prefilter.alternatives(gate)


@functools.cache
def gate_needs(gate: str) -> frozenset[str] | None:
    """Strings one of which a gate's every match holds (``prefilter.required``; gates read
    case as written, so this holds for any text)."""
    return prefilter.required(gate, 0)


@functools.cache
def _gate(source: str) -> re.Pattern[str]:
    # Gates read the case-folded text, so they need no IGNORECASE (which makes a scan slower).
    return re.compile(source)


@dataclass(frozen=True)
class Rule:
    name: str
    category: Category
    severity: Severity
    source: str  # the regular expression, compiled on first use (see ``pattern``)
    inherent_self: bool  # the phrase itself says whose it is ("myself", "quiero", "ich")
    lang: str = "en"
    past: bool = False  # the phrase itself is about the past ("mein Suizidversuch")
    # A cheap expression the text must contain for the rule to be read at all ("enough",
    # "god|lord"): a rule that opens with a long alternation (every medicine's name) is tried
    # at every position of a 200 KB import; the gate is one fast scan that usually says no.
    gate: str = ""

    @property
    def pattern(self) -> re.Pattern[str]:
        """Compiled when first matched: six languages of rules cost ~0.1 s to compile, which
        every command that merely opens the journal would otherwise pay at import."""
        return _compiled(self.source)

    @property
    def prepared(self) -> tuple[prefilter.Analysis, re.Pattern[str]]:
        """What the expression proves (``prefilter.analyse``), and ``pattern`` compiled for
        case-folded text without ``prefilter.CASE_SENSITIVE`` characters, where it matches the
        same: prepared when first needed, in the stages of ``rule_prep``."""
        return rule_prep.analysis(self.source), rule_prep.pattern(self.source)

    @property
    def needs(self) -> frozenset[str] | None:
        """Strings one of which every match holds (``prefilter.required``): the first stage
        of ``prepared``, all a text without them costs."""
        return rule_prep.needs(self.source)

    @property
    def analysis(self) -> prefilter.Analysis:
        """The first half of ``prepared``, without compiling."""
        return rule_prep.analysis(self.source)

    def may_match(self, text: str) -> bool:
        """False only when the gate proves the rule cannot match ``text`` (case-folded)."""
        return not self.gate or _gate(self.gate).search(text) is not None


def rule(
    name: str,
    category: Category,
    severity: Severity,
    pattern: str,
    *,
    inherent: bool,
    lang: str = "en",
    past: bool = False,
    gate: str = "",
) -> Rule:
    return Rule(name, category, severity, pattern, inherent, lang, past, gate)


def family(
    prefix: str,
    name: str,
    category: Category,
    severity: Severity,
    patterns: dict[str, str],
    gates: dict[str, str],
    *,
    inherent: bool = True,
    past: bool = False,
) -> tuple[Rule, ...]:
    """One rule per language of ``patterns`` (not every family has every language), named
    ``{lang}_{prefix}_{name}``: a wording family written once per language shares its category,
    severity and meaning, and each language keeps its own pattern and gate."""
    return tuple(
        rule(
            f"{lang}_{prefix}_{name}",
            category,
            severity,
            pattern,
            inherent=inherent,
            lang=lang,
            past=past,
            gate=gates[lang],
        )
        for lang, pattern in patterns.items()
    )
