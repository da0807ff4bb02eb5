"""A rule's expression prepared in stages, each only when the text may hold the rule.

Why: an import's first reading prepares ~1,000 of the ~2,800 rule expressions (parsing,
analysing, compiling: ~1.8 ms of CPU each, parsing ~60% of it). On a long text about half of
them are ruled out by the strings they require (``prefilter.required``), which needs only the
parse and one walk of it; the rest of the analysis and the compiling (about a third of the
cost) wait until a rule's required strings are in a stretch of the text it reads. Every rule
goes through these stages, however and wherever it is declared (``rules.rule``,
``rules.family``): they hang on ``Rule`` itself. The facts and the pattern are exactly those
``prefilter.prepare`` builds from one parse, step by step.

The facts of the first two stages are read from ``rule_facts`` when it holds the rule (its
source unchanged since the table was written), and the last stage builds the pattern from
its compiled code in ``rule_code``: a rule both hold is never parsed. A rule they lack is
derived from its parse and compiled, as every rule was before them.

A parse is not kept (~40 KB each): a rule ruled out now and needed by a later text is parsed
again then, which is why the detector prepares rules whole on short texts (see there).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from neuroleaf_desktop.domain.safety import prefilter, rule_code, rule_facts

# Text is case-folded and accent-folded before matching; IGNORECASE is belt and braces for
# patterns written with a capital letter (``rules.FLAGS``, repeated here to keep the import
# one-way).
FLAGS = int(re.IGNORECASE)


#: How many rule expressions this process has parsed (a parse may be repeated, see above).
_parses = 0


@functools.lru_cache(maxsize=4)
def _tree(source: str) -> Any:
    # The stages of one rule follow one another, so a few recent parses are enough to share
    # one parse between them without holding every parsed expression.
    global _parses
    _parses += 1
    return prefilter.parse(source, FLAGS)


@functools.cache
def _shipped(source: str) -> prefilter.Analysis | None:
    return rule_facts.lookup(source, FLAGS)


@functools.cache
def needs(source: str) -> frozenset[str] | None:
    """``prefilter.required`` of a rule expression (the first stage)."""
    shipped = _shipped(source)
    if shipped is not None:
        return shipped.needs
    return prefilter.tree_needs(_tree(source), FLAGS)


@functools.cache
def analysis(source: str) -> prefilter.Analysis:
    """The whole ``prefilter.Analysis`` (the second stage, for a rule the text may hold)."""
    shipped = _shipped(source)
    if shipped is not None:
        return shipped
    return prefilter.complete(_tree(source), needs(source))


#: Each rule expression compiled so far, by its source.
_PATTERNS: dict[str, re.Pattern[str]] = {}


def pattern(source: str) -> re.Pattern[str]:
    """``prefilter.prepare``'s pattern (the last stage, for a rule with somewhere to read)."""
    found = _PATTERNS.get(source)
    if found is None:
        found = rule_code.pattern(source, FLAGS) or prefilter.compile_tree(
            _tree(source), source, FLAGS, analysis(source)
        )
        _PATTERNS[source] = found
    return found


def is_compiled(source: str) -> bool:
    """Whether ``pattern`` has been built for ``source`` in this process (for tests, and for
    benchmarks that count compiling, a cost that does not depend on how busy the machine is)."""
    return source in _PATTERNS


def compiled_count() -> int:
    """How many rule expressions this process has compiled."""
    return len(_PATTERNS)


def parsed_count() -> int:
    """How many times this process has parsed a rule expression to prepare it."""
    return _parses
