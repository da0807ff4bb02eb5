"""What a rule's regular expression proves about the text it can match, read from the expression.

Why: ~1,900 rules each scan the whole text. On a 200 KB import that is the whole cost, and
most rules cannot match at all: "kill" is not in the text, or not in the stretch of it a
language's rules read. Two facts, derived from the parsed expression (never written by hand,
so a rule author cannot get them wrong), let the detector skip work without changing a
single match:

- ``required``: a set of strings one of which every match contains (``kill`` or ``end`` for
  ``(?:kill|end)\\s+myself``, the longest such set the expression proves). A text, or a
  window of it, holding none of them cannot contain a match.
- ``case_free``: the expression reads the same with or without ``IGNORECASE`` on text
  without ``CASE_SENSITIVE`` characters (it spells every letter in lower case, keeps to ASCII
  and has no back-reference). Such an expression is compiled without ``IGNORECASE``: the
  regular-expression engine can then jump to its first letters instead of trying every
  position, about twice as fast on a long text.

Both rest on the text being case-folded. The only characters where ``IGNORECASE`` still makes
a difference after folding are those in ``CASE_SENSITIVE`` (upper-case ASCII, the dotted and
dotless Turkish i, the long s and the Kelvin sign: each matches an ASCII letter when the case
is ignored); a text holding one of them is read the slow, ignore-case way with no skipping.
"""

from __future__ import annotations

import functools
import importlib
import re
from dataclasses import dataclass
from typing import Any

from neuroleaf_desktop.domain.safety.scan_order import body_first

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")
_compiler: Any = importlib.import_module("re._compiler")

#: Characters a lower-case ASCII letter (or class of them) matches only when the case is
#: ignored (found by trying every code point against every such letter).
CASE_SENSITIVE = re.compile("[A-Z\u0130\u0131\u017f\u212a]")

_IGNORECASE = int(re.IGNORECASE)
#: At most this many strings in a set of exact strings or of required strings.
_LIMIT = 48
#: A character class of at most this many characters is kept as its characters.
_CLASS = 12
# The parser's codes, looked up once (each expression has hundreds of nodes).
_LITERAL_OPS = (_c.LITERAL, _c.NOT_LITERAL)
_ASSERTS = (_c.ASSERT, _c.ASSERT_NOT)
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
_CLASS_ITEMS = (_c.LITERAL, _c.NOT_LITERAL, _c.RANGE, _c.NEGATE, _c.CATEGORY)


@dataclass(frozen=True)
class _Info:
    exact: frozenset[str] | None  # every string the part can match, when there are few
    need: frozenset[str] | None  # every match of the part contains one of these


_NOTHING = frozenset({""})
_UNKNOWN = _Info(None, None)
_EMPTY = _Info(_NOTHING, None)


def _as_need(strings: frozenset[str] | None) -> frozenset[str] | None:
    if not strings or "" in strings or len(strings) > _LIMIT:
        return None
    return strings


def _best(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two requirements: longer shortest string, then fewer strings."""
    if a is None:
        return b
    if b is None:
        return a
    score_a = (min(map(len, a)), -len(a))
    score_b = (min(map(len, b)), -len(b))
    return a if score_a >= score_b else b


def _char(code: int, icase: bool) -> str | None:
    ch = chr(code)
    if not icase:
        return ch
    # With the case ignored an ASCII letter reads its lower-case form (the text is folded and
    # holds no CASE_SENSITIVE character); other letters could match forms not worth listing.
    return ch.lower() if code < 128 else None


def _in(items: list[tuple[Any, Any]], icase: bool) -> _Info:
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            codes = [av]
        elif op is _c.RANGE and av[1] - av[0] < _CLASS:
            codes = list(range(av[0], av[1] + 1))
        else:
            return _UNKNOWN
        for code in codes:
            ch = _char(code, icase)
            if ch is None:
                return _UNKNOWN
            chars.add(ch)
    if len(chars) > _CLASS:
        return _UNKNOWN
    found = frozenset(chars)
    return _Info(found, found)


def _repeat(lo: int, hi: int, inner: _Info) -> _Info:
    exact: frozenset[str] | None = None
    if inner.exact is not None:
        if lo == hi and len(inner.exact) ** lo <= _LIMIT:
            exact = frozenset({""})
            for _ in range(lo):
                exact = frozenset(a + b for a in exact for b in inner.exact)
        elif lo == 0 and hi == 1:
            exact = inner.exact | {""}
    if lo == 0:
        return _Info(exact, None)
    return _Info(exact, _best(inner.need, _as_need(inner.exact)))


def _plain_text(items: Any, icase: bool) -> str | None:
    """The string a sequence of plain characters spells (most alternatives: "kill", "end")."""
    data = getattr(items, "data", items)
    literal = _c.LITERAL
    if not all(op is literal and (code < 128 or not icase) for op, code in data):
        return None
    text = "".join(chr(code) for _, code in data)
    return text.lower() if icase else text


def _branch(alternatives: list[Any], icase: bool) -> _Info:
    exact: set[str] | None = set()
    need: set[str] | None = set()
    for alt in alternatives:
        text = _plain_text(alt, icase)
        if text is not None:
            alt_exact: frozenset[str] | None = frozenset({text})
            alt_need = _as_need(alt_exact)
        else:
            info = _seq(alt, icase)
            alt_exact, alt_need = info.exact, _best(info.need, _as_need(info.exact))
        if exact is not None:
            exact = None if alt_exact is None else exact | alt_exact
        if need is not None:
            need = None if alt_need is None else need | alt_need
        if exact is None and need is None:
            break
    return _Info(
        None if exact is None or len(exact) > _LIMIT else frozenset(exact),
        None if need is None else _as_need(frozenset(need)),
    )


def _node(op: Any, av: Any, icase: bool) -> _Info:
    if op is _c.LITERAL:
        ch = _char(av, icase)
        return _UNKNOWN if ch is None else _Info(frozenset({ch}), frozenset({ch}))
    if op is _c.IN:
        return _in(av, icase)
    if op in _ZERO_WIDTH:
        return _EMPTY  # zero-width: consumes nothing of the match
    if op is _c.SUBPATTERN:
        _group, add, remove, inner = av
        if add & _IGNORECASE:
            icase = True
        if remove & _IGNORECASE:
            icase = False
        return _seq(inner, icase)
    if op is _c.ATOMIC_GROUP:
        return _seq(av, icase)
    if op is _c.BRANCH:
        return _branch(av[1], icase)
    if op in _REPEATS:
        lo, hi, inner = av
        return _repeat(lo, hi, _seq(inner, icase))
    return _UNKNOWN  # any character, a category, a back-reference: nothing known


def _cross(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    if a == _NOTHING:
        return b
    return frozenset(x + y for x in a for y in b)


def _seq(items: Any, icase: bool) -> _Info:
    """A concatenation: runs of exact parts joined into longer strings ("k", "i", "l", "l" into
    "kill"); the requirement is the best of the runs and of the parts' own requirements."""
    data = getattr(items, "data", items)  # the parser's list, without its slow accessors
    whole: frozenset[str] | None = _NOTHING
    run = _NOTHING
    need: frozenset[str] | None = None
    i, n = 0, len(data)
    while i < n:
        op, av = data[i]
        if op is _c.LITERAL and (av < 128 or not icase):
            j = i + 1  # a run of plain characters, read in one go
            while j < n and data[j][0] is _c.LITERAL and (data[j][1] < 128 or not icase):
                j += 1
            text = "".join(chr(code) for _, code in data[i:j])
            exact: frozenset[str] | None = frozenset({text.lower() if icase else text})
            part_need = None  # the run holds it
            i = j
        else:
            info = _node(op, av, icase)
            exact, part_need = info.exact, info.need
            i += 1
        if exact is not None and len(run) * len(exact) <= _LIMIT:
            run = _cross(run, exact)
        else:
            need = _best(need, _as_need(run))
            run = exact if exact is not None else _NOTHING
            need = _best(need, part_need)
        if whole is not None and exact is not None and len(whole) * len(exact) <= _LIMIT:
            whole = _cross(whole, exact)
        else:
            whole = None
    need = _best(need, _as_need(run))
    return _Info(whole, _best(need, _as_need(whole)))


#: The characters that end a sentence (``context.SENTENCE_BREAK`` less the newline, which most
#: rules read as a space).
_STOPS = frozenset(".!?")
_NO_STOP: frozenset[str] = frozenset()
_STOP_OF = {ord(ch): frozenset({ch}) for ch in _STOPS}
_CLASS_READS = {
    _c.CATEGORY_NOT_DIGIT: True,
    _c.CATEGORY_NOT_SPACE: True,
    _c.CATEGORY_NOT_WORD: True,
    _c.CATEGORY_NOT_LINEBREAK: True,
    _c.CATEGORY_DIGIT: False,
    _c.CATEGORY_SPACE: False,
    _c.CATEGORY_WORD: False,
    _c.CATEGORY_LINEBREAK: False,
}


def _class_reads(items: Any) -> frozenset[str]:
    """Which of ``_STOPS`` a character class matches."""
    found: set[str] = set()
    negate = False
    for op, av in items:
        if op is _c.NEGATE:
            negate = True
        elif op is _c.LITERAL:
            found |= {chr(av)} & _STOPS
        elif op is _c.RANGE:
            found |= {ch for ch in _STOPS if av[0] <= ord(ch) <= av[1]}
        elif op is _c.CATEGORY and av in _CLASS_READS:
            if _CLASS_READS[av]:
                found |= _STOPS
        else:
            return _STOPS
    return _STOPS - found if negate else frozenset(found)


def _reads(items: Any) -> frozenset[str]:
    """Which of ``_STOPS`` any part of the expression may read at or after the position where
    it is tried: its match and its look-aheads. A look-behind ("at a sentence's start",
    ``(?<=[.!?\\n])``) reads only what stands before that position, which a search from a
    cut still sees (``finditer(text, pos, endpos)`` looks behind ``pos`` into the whole
    text), so a stop it reads does not keep the text from being cut there."""
    found: frozenset[str] = frozenset()
    for op, av in getattr(items, "data", items):
        if op is _c.LITERAL:
            part = _STOP_OF.get(av, _NO_STOP)
        elif op is _c.IN:
            part = _class_reads(av)
        elif op is _c.AT:
            part = frozenset()
        elif op is _c.SUBPATTERN:
            part = _reads(av[3])
        elif op in _ASSERTS:
            part = _reads(av[1]) if av[0] == 1 else _NO_STOP
        elif op is _c.ATOMIC_GROUP:
            part = _reads(av)
        elif op is _c.BRANCH:
            part = frozenset().union(*(_reads(alt) for alt in av[1]))
        elif op in _REPEATS:
            part = _reads(av[2])
        else:
            part = _STOPS  # any character, a negated one, a back-reference: maybe
        found |= part
        if found == _STOPS:
            break
    return found


@dataclass(frozen=True)
class Analysis:
    """What one expression proves (see the module docstring)."""

    needs: frozenset[str] | None  # ``required``
    case_free: bool  # ``case_free``
    #: Sentence ends ("." "!" "?") it never reads: a match cannot run across one, and nothing
    #: after one changes whether a match before it is found.
    unread_stops: frozenset[str]


def _analysis(tree: Any, flags: int) -> Analysis:
    return complete(tree, tree_needs(tree, flags))


def parse(source: str, flags: int) -> Any:
    """The parsed expression every other step reads (case changes compiling, not parsing)."""
    return _parser.parse(source, int(flags) & ~_IGNORECASE)


def tree_needs(tree: Any, flags: int) -> frozenset[str] | None:
    """``required`` of a parsed expression: the one fact needed to rule a rule out."""
    info = _seq(tree, bool((int(flags) | tree.state.flags) & _IGNORECASE))
    return _best(info.need, _as_need(info.exact))


def complete(tree: Any, needs: frozenset[str] | None) -> Analysis:
    """The rest of the ``Analysis`` of a parsed expression whose ``needs`` are known: only a
    rule the text may hold is read this far."""
    return Analysis(needs, _case_free_items(tree), _STOPS - _reads(tree))


def analyse(source: str, flags: int) -> Analysis:
    """``required``, ``case_free`` and the unread sentence ends of one expression, parsed once."""
    return _analysis(_parser.parse(source, int(flags) & ~_IGNORECASE), flags)


def prepare(source: str, flags: int) -> tuple[Analysis, re.Pattern[str]]:
    """``analyse`` and the expression compiled for case-folded text without
    ``CASE_SENSITIVE`` characters (without ``IGNORECASE`` when it is case-free), from one parse:
    parsing is most of the cost of compiling, and ~1,900 rules are prepared."""
    tree = parse(source, flags)
    analysis = _analysis(tree, flags)
    return analysis, compile_tree(tree, source, flags, analysis)


def compile_tree(tree: Any, source: str, flags: int, analysis: Analysis) -> re.Pattern[str]:
    """``prepare``'s pattern from the parsed ``source`` and its ``analysis``: compiling is
    the costlier half of preparing a rule, done only for a rule the text may hold."""
    # Plain ints, as ``re.compile`` passes them on: the flags are tested at every node, and an
    # ``re.RegexFlag`` makes each test a slow ``enum`` operation (same code, ~3x the time).
    flags = int(flags)
    fast_flags = flags & ~_IGNORECASE if analysis.case_free else flags
    try:
        compiled = _compiler.compile(body_first(tree), fast_flags)
    except Exception:  # another Python's internals: compile the ordinary way
        compiled = None
    if not isinstance(compiled, re.Pattern):
        compiled = re.compile(source, fast_flags)
    return compiled


@functools.cache
def _pattern_needs(source: str, flags: int) -> frozenset[str] | None:
    return required(source, flags)


def could_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when ``pattern`` provably cannot match ``text``: none of the strings it
    requires is there (any text, folded or not, when the pattern reads case; text without
    ``CASE_SENSITIVE`` characters when it ignores case)."""
    if pattern.flags & _IGNORECASE and CASE_SENSITIVE.search(text):
        return True
    needs = _pattern_needs(pattern.pattern, pattern.flags)
    return needs is None or any(map(text.__contains__, needs))


def alternatives(source: str) -> frozenset[str] | None:
    """The strings ``source`` (read as written, case and all) matches, when it is nothing but
    a choice of plain strings ("step|schritt|pas"): it matches a text exactly when one of them
    is in it. None for anything else (a class of characters, a repeat, a word boundary)."""
    tree = _parser.parse(source, 0)
    if tree.state.flags & _IGNORECASE or not _plain(tree):
        return None
    return _as_need(_seq(tree, False).exact)


def _plain(items: Any) -> bool:
    for op, av in getattr(items, "data", items):
        if op is _c.BRANCH:
            if not all(_plain(alt) for alt in av[1]):
                return False
        elif op is _c.SUBPATTERN:
            if av[1] or av[2] or not _plain(av[3]):
                return False
        elif op is not _c.LITERAL:
            return False
    return True


def required(source: str, flags: int) -> frozenset[str] | None:
    """Strings one of which every match of ``source`` contains, in case-folded text without
    ``CASE_SENSITIVE`` characters; None when the expression proves none."""
    return analyse(source, flags).needs


def _lower_ascii(code: int) -> bool:
    return code < 128 and not 65 <= code <= 90


def _case_free_items(items: Any) -> bool:
    for op, av in getattr(items, "data", items):
        if op in _LITERAL_OPS:
            if av >= 128 or 65 <= av <= 90:  # not lower-case ASCII
                return False
        elif op is _c.IN:
            for item_op, item_av in av:
                if item_op in _LITERAL_OPS and not _lower_ascii(item_av):
                    return False
                if item_op is _c.RANGE and not all(
                    _lower_ascii(code) for code in range(item_av[0], item_av[1] + 1)
                ):
                    return False
                if item_op not in _CLASS_ITEMS:
                    return False
        elif op is _c.SUBPATTERN:
            if (av[1] | av[2]) & _IGNORECASE or not _case_free_items(av[3]):
                return False
        elif op in _ASSERTS:
            if not _case_free_items(av[1]):
                return False
        elif op is _c.ATOMIC_GROUP:
            if not _case_free_items(av):
                return False
        elif op is _c.BRANCH:
            if not all(_case_free_items(alt) for alt in av[1]):
                return False
        elif op in _REPEATS:
            if not _case_free_items(av[2]):
                return False
        elif op not in (_c.ANY, _c.AT, _c.CATEGORY):
            return False  # a back-reference or anything unforeseen: keep IGNORECASE
    return True


def case_free(source: str) -> bool:
    """True when ``source`` matches the same with and without ``IGNORECASE`` on case-folded
    text holding no ``CASE_SENSITIVE`` character."""
    return analyse(source, re.IGNORECASE).case_free
