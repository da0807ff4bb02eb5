"""The shape of a phrase rule, shared by every language's rule list."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from neuroleaf_desktop.domain.safety import prefilter
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity

# Text is case-folded and accent-folded before matching; IGNORECASE is belt and braces for
# patterns written with a capital letter.
FLAGS = re.IGNORECASE

#: A phrase must end here: end of clause or text, not "want to live *in Paris*".
END = r"(?=\s*(?:$|[.!?,;:)\"\n]))"

#: A bare "it" the sentence goes on to name ("i'll do it, the big clean-out", "did it again
#: - ate the whole cake", "the courage to do it, ask her out i mean"): not the act.
IT_NAMED_AFTER = (
    r"(?!\s*(?:[:\-]\s*\w|,\s*(?:the|a|an|my|our|i\s+mean|namely|that\s+is|ask|eat|ate|binge"
    r"|clean|paint|tell|quit|call|finish)\b))"
)


@functools.cache
def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(source, FLAGS)


@functools.cache
def _prepared(source: str) -> tuple[prefilter.Analysis, re.Pattern[str]]:
    return prefilter.prepare(source, FLAGS)


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
        same: prepared when first needed, from one parse."""
        return _prepared(self.source)

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
