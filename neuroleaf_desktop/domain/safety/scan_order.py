"""The order a compiled rule tries its parts in: its body before a look-around that scans ahead.

Why: many rules open with a guard that looks up to 240 characters ahead ("no purchase or move
named in the sentence") before a body that fails at once at nearly every position. Run as
written, the guard's scan is paid at every position of the text; tried after a cheap look at
the body, it is paid only where the body can start a match. The reordering is proved not to
change a single match (see ``body_first``); ``prefilter.compile_tree`` and the shipped rule code
(``rule_code``) both compile the reordered expression.
"""

from __future__ import annotations

import importlib
from typing import Any

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

_ASSERTS = (_c.ASSERT, _c.ASSERT_NOT)
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)

#: A repeat reaching further than this makes a look-around a scan of the text ahead.
_SCAN = 8


def _scans(items: Any) -> bool:
    """Whether a part of an expression may read more than ``_SCAN`` characters."""
    for op, av in getattr(items, "data", items):
        if op in _REPEATS:
            found = av[1] > _SCAN or _scans(av[2])
        elif op is _c.SUBPATTERN:
            found = _scans(av[3])
        elif op in _ASSERTS:
            found = _scans(av[1])
        elif op is _c.ATOMIC_GROUP:
            found = _scans(av)
        elif op is _c.BRANCH:
            found = any(_scans(alt) for alt in av[1])
        else:
            found = False
        if found:
            return True
    return False


def _zero_width(op: Any, av: Any) -> bool:
    """Whether a part of an expression consumes nothing (an anchor, a look-around, or a choice
    of them: "at a sentence's start", ``(?:^|(?<=[.!?\\n]))``)."""
    if op in _ZERO_WIDTH:
        return True
    if op is _c.BRANCH:
        return all(all(_zero_width(*item) for item in alt.data) for alt in av[1])
    if op is _c.SUBPATTERN and not av[1] and not av[2]:
        return all(_zero_width(*item) for item in av[3].data)
    return False


def body_first(tree: Any) -> Any:
    """``tree`` with its body tried before the first look-around that scans ahead
    (``(?![^\\n]{0,240}?\\b(?:bought|moving)\\b)gave ...``).

    ``(?=B)(?!X)B`` matches exactly where ``(?!X)B`` does, with the same match (a look-around
    consumes nothing, and ``B`` at one position finds the same matches in the same order), but
    ``B``, which fails at once at nearly every position, is tried before the scan of up to 240
    characters ahead. What stands before the scan (an anchor, "at a sentence's start") stays
    first. A choice or group that makes the whole expression is read alternative by
    alternative: each is tried at the same position and may open with its own scan. The body
    tried first is itself read body first: a body that is a choice of alternatives each opening
    with a scan of its own (``(?!X)(?:(?=[^\\n]{0,200}?tin)pills...|(?=...)...)``) would
    otherwise run those scans at every position to learn that nothing there starts a match."""
    data = tree.data
    if len(data) == 1 and data[0][0] is _c.BRANCH:
        av = data[0][1]
        alternatives = [body_first(alt) for alt in av[1]]
        if all(new is old for new, old in zip(alternatives, av[1], strict=True)):
            return tree
        return _parser.SubPattern(tree.state, [(_c.BRANCH, (av[0], alternatives))])
    if len(data) == 1 and data[0][0] is _c.SUBPATTERN:
        av = data[0][1]
        inner = body_first(av[3])
        if inner is av[3]:
            return tree
        return _parser.SubPattern(tree.state, [(_c.SUBPATTERN, (*av[:3], inner))])
    first = next((i for i, (op, av) in enumerate(data) if op in _ASSERTS and _scans(av[1])), None)
    if first is None:
        return tree
    rest = first
    while rest < len(data) and _zero_width(*data[rest]):
        rest += 1
    if rest == len(data):
        return tree
    body = body_first(_parser.SubPattern(tree.state, data[rest:]))
    return _parser.SubPattern(tree.state, [*data[:first], (_c.ASSERT, (1, body)), *data[first:]])
