"""What each rule expression proves (``prefilter.Analysis``), derived ahead of time and shipped.

Why: deriving a rule's facts means parsing its expression, and parsing is most of what an
import's first reading spends preparing rules; about half of the rules it reaches are then
ruled out by their required strings and never compiled, so for them the parse bought nothing
but the facts. ``scripts/generate_rule_facts.py`` derives the facts of every rule once and
writes them to ``rule_facts.json``, keyed by a hash of the expression's source; a rule then
costs a parse only when it is compiled.

The table can be incomplete, never wrong: an expression is looked up by the hash of its own
source, so a rule added or edited after the table was written is simply not found and is
derived from its parse as before; a table written by another version of Python (whose parser
may read an expression differently), for other flags or in another format is not read at all.
Only rule sources' hashes and what the expressions prove are stored: no text is.
"""

from __future__ import annotations

import functools
import hashlib
import json
import sys
from importlib import resources
from typing import Any

from neuroleaf_desktop.domain.safety import prefilter

#: The file the table is shipped in, next to this module.
TABLE = "rule_facts.json"
_PACKAGE = __name__.rpartition(".")[0]
#: Bumped when the layout of an entry changes.
FORMAT = 1


def python_version() -> str:
    """The Python a table is valid for: its parser decides what an expression proves."""
    return f"{sys.version_info[0]}.{sys.version_info[1]}"


def key(source: str) -> str:
    """The table's key for a rule expression: a hash of its source, exact to the character."""
    return hashlib.blake2b(source.encode("utf-8"), digest_size=16).hexdigest()


def encode(analysis: prefilter.Analysis) -> list[Any]:
    """One entry: the required strings (sorted, or None), case-free, the unread sentence ends."""
    needs = None if analysis.needs is None else sorted(analysis.needs)
    return [needs, analysis.case_free, "".join(sorted(analysis.unread_stops))]


def decode(entry: list[Any]) -> prefilter.Analysis:
    needs, case_free, unread = entry
    return prefilter.Analysis(
        None if needs is None else frozenset(needs), bool(case_free), frozenset(unread)
    )


def header(flags: int) -> dict[str, Any]:
    """What a table must have been written for to be read."""
    return {"format": FORMAT, "python": python_version(), "flags": int(flags)}


def render(flags: int, facts: dict[str, prefilter.Analysis]) -> str:
    """The table's text: the header, then one entry a line in key order (a rule added or
    edited changes one line of the file)."""
    entries = [
        f"{json.dumps(k)}: {json.dumps(encode(facts[k]), ensure_ascii=False)}"
        for k in sorted(facts)
    ]
    head = json.dumps(header(flags))
    return '{"header": ' + head + ', "facts": {\n' + ",\n".join(entries) + "\n}}\n"


def read(text: str, flags: int) -> dict[str, list[Any]]:
    """The entries of a table's text, or none when it was written for another Python, other
    flags or another format."""
    table = json.loads(text)
    if table.get("header") != header(flags):
        return {}
    facts: dict[str, list[Any]] = table["facts"]
    return facts


@functools.cache
def _shipped(flags: int) -> dict[str, list[Any]]:
    try:
        text = resources.files(_PACKAGE).joinpath(TABLE).read_text(encoding="utf-8")
        return read(text, flags)
    except (OSError, ValueError, KeyError, AttributeError):
        return {}  # no table, or an unreadable one: every rule is derived from its parse


def shipped_keys(flags: int) -> frozenset[str]:
    """The keys the shipped table holds (for tests and the script that writes it)."""
    return frozenset(_shipped(int(flags)))


def lookup(source: str, flags: int) -> prefilter.Analysis | None:
    """The shipped facts of ``source`` compiled with ``flags``, None when the table lacks it."""
    entry = _shipped(int(flags)).get(key(source))
    return None if entry is None else decode(entry)
