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

import bisect
import importlib
import re
from dataclasses import dataclass
from typing import Any

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

#: Characters a lower-case ASCII letter (or class of them) matches only when the case is
#: ignored (found by trying every code point against every such letter).
CASE_SENSITIVE = re.compile("[A-Z\u0130\u0131\u017f\u212a]")

#: At most this many strings in a set of exact strings or of required strings.
_LIMIT = 48
#: A character class of at most this many characters is kept as its characters.
_CLASS = 12


@dataclass(frozen=True)
class _Info:
    exact: frozenset[str] | None  # every string the part can match, when there are few
    need: frozenset[str] | None  # every match of the part contains one of these


_UNKNOWN = _Info(None, None)
_EMPTY = _Info(frozenset({""}), None)


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


def _branch(alternatives: list[Any], icase: bool) -> _Info:
    infos = [_seq(alt, icase) for alt in alternatives]
    exact: frozenset[str] | None = None
    if all(i.exact is not None for i in infos):
        exact = frozenset().union(*(i.exact for i in infos if i.exact is not None))
        if len(exact) > _LIMIT:
            exact = None
    needs = [_best(i.need, _as_need(i.exact)) for i in infos]
    need: frozenset[str] | None = None
    if all(n is not None for n in needs):
        need = _as_need(frozenset().union(*(n for n in needs if n is not None)))
    return _Info(exact, need)


def _node(op: Any, av: Any, icase: bool) -> _Info:
    if op is _c.LITERAL:
        ch = _char(av, icase)
        return _UNKNOWN if ch is None else _Info(frozenset({ch}), frozenset({ch}))
    if op is _c.IN:
        return _in(av, icase)
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return _EMPTY  # zero-width: consumes nothing of the match
    if op is _c.SUBPATTERN:
        _group, add, remove, inner = av
        if add & re.IGNORECASE:
            icase = True
        if remove & re.IGNORECASE:
            icase = False
        return _seq(inner, icase)
    if op is _c.ATOMIC_GROUP:
        return _seq(av, icase)
    if op is _c.BRANCH:
        return _branch(av[1], icase)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        lo, hi, inner = av
        return _repeat(lo, hi, _seq(inner, icase))
    return _UNKNOWN  # any character, a category, a back-reference: nothing known


def _seq(items: Any, icase: bool) -> _Info:
    """A concatenation: runs of exact parts joined into longer strings ("k", "i", "l", "l" into
    "kill"); the requirement is the best of the runs and of the parts' own requirements."""
    whole: frozenset[str] | None = frozenset({""})
    run = frozenset({""})
    need: frozenset[str] | None = None
    for op, av in items:
        info = _node(op, av, icase)
        if info.exact is not None and len(run) * len(info.exact) <= _LIMIT:
            run = frozenset(a + b for a in run for b in info.exact)
        else:
            need = _best(need, _as_need(run))
            run = info.exact if info.exact is not None else frozenset({""})
        need = _best(need, info.need)
        if whole is not None and info.exact is not None and len(whole) * len(info.exact) <= _LIMIT:
            whole = frozenset(a + b for a in whole for b in info.exact)
        else:
            whole = None
    need = _best(need, _as_need(run))
    return _Info(whole, _best(need, _as_need(whole)))


def analyse(source: str, flags: int) -> tuple[frozenset[str] | None, bool]:
    """``required`` and ``case_free`` of one expression, parsed once."""
    tree = _parser.parse(source, flags)
    info = _seq(tree, bool(tree.state.flags & re.IGNORECASE))
    return _best(info.need, _as_need(info.exact)), _case_free_items(tree)


def alternatives(source: str) -> frozenset[str] | None:
    """The strings ``source`` (read as written, case and all) matches, when it is nothing but
    a choice of plain strings ("step|schritt|pas"): it matches a text exactly when one of them
    is in it. None for anything else (a class of characters, a repeat, a word boundary)."""
    tree = _parser.parse(source, 0)
    if tree.state.flags & re.IGNORECASE or not _plain(tree):
        return None
    return _as_need(_seq(tree, False).exact)


def _plain(items: Any) -> bool:
    for op, av in items:
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
    return analyse(source, flags)[0]


def _lower_ascii(code: int) -> bool:
    return code < 128 and not 65 <= code <= 90


def _case_free_items(items: Any) -> bool:
    for op, av in items:
        if op in (_c.LITERAL, _c.NOT_LITERAL):
            if not _lower_ascii(av):
                return False
        elif op is _c.IN:
            for item_op, item_av in av:
                if item_op in (_c.LITERAL, _c.NOT_LITERAL) and not _lower_ascii(item_av):
                    return False
                if item_op is _c.RANGE and not all(
                    _lower_ascii(code) for code in range(item_av[0], item_av[1] + 1)
                ):
                    return False
                if item_op not in (_c.LITERAL, _c.NOT_LITERAL, _c.RANGE, _c.NEGATE, _c.CATEGORY):
                    return False
        elif op is _c.SUBPATTERN:
            if (av[1] | av[2]) & re.IGNORECASE or not _case_free_items(av[3]):
                return False
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            if not _case_free_items(av[1]):
                return False
        elif op is _c.ATOMIC_GROUP:
            if not _case_free_items(av):
                return False
        elif op is _c.BRANCH:
            if not all(_case_free_items(alt) for alt in av[1]):
                return False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            if not _case_free_items(av[2]):
                return False
        elif op not in (_c.ANY, _c.AT, _c.CATEGORY):
            return False  # a back-reference or anything unforeseen: keep IGNORECASE
    return True


def case_free(source: str) -> bool:
    """True when ``source`` matches the same with and without ``IGNORECASE`` on case-folded
    text holding no ``CASE_SENSITIVE`` character."""
    return analyse(source, re.IGNORECASE)[1]


_WORD = re.compile(r"\w+")
#: Texts at least this long are looked through by their distinct words.
_WORDS_FROM = 5000


class Presence:
    """Which required strings one text holds, and in which of a list of windows: each string
    is looked for once per text however many rules require it."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: str | None = None
        self._has: dict[str, bool] = {}
        self._starts: dict[int, list[int]] = {}
        self._inside: dict[tuple[str, int], frozenset[int]] = {}

    def has(self, string: str) -> bool:
        found = self._has.get(string)
        if found is None:
            found = self._has[string] = string in self._haystack(string)
        return found

    def _haystack(self, string: str) -> str:
        """Where to look for ``string``: a long text's distinct words, joined by a character
        no word holds, when ``string`` is all word characters (each occurrence of it then lies
        inside one word); the text itself otherwise."""
        if len(self._text) < _WORDS_FROM or not _WORD.fullmatch(string):
            return self._text
        if self._words is None:
            self._words = "\0".join(set(_WORD.findall(self._text)))
        return self._words

    def any(self, strings: frozenset[str]) -> bool:
        return any(self.has(s) for s in strings)

    def _windows_holding(self, string: str, windows: list[tuple[int, int]]) -> frozenset[int]:
        key = (string, id(windows))
        inside = self._inside.get(key)
        if inside is None:
            starts = self._starts.get(id(windows))
            if starts is None:
                starts = self._starts[id(windows)] = [start for start, _ in windows]
            found: set[int] = set()
            at = self._text.find(string)
            while at >= 0:
                k = bisect.bisect_right(starts, at) - 1
                if k >= 0 and at + len(string) <= windows[k][1]:
                    found.add(k)
                at = self._text.find(string, at + 1)
            inside = self._inside[key] = frozenset(found)
        return inside

    def windows_with(
        self, strings: frozenset[str], windows: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """The windows (sorted, as given; each read on its own) holding one of ``strings``
        whole: a match inside a window contains one of them inside that window."""
        keep: set[int] = set()
        for string in strings:
            if self.has(string):
                keep |= self._windows_holding(string, windows)
        return [windows[k] for k in sorted(keep)]
