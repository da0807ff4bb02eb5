"""Each rule expression's compiled code, derived ahead of time and shipped.

Why: once ``rule_facts`` spares the parse of every rule an import rules out, what is left of
preparing a rule is compiling the ones it reads: a parse and a compile (~1.5 ms of CPU each,
~580 rules on a 200 KB import's first reading). The regular-expression engine runs a list of
numbers the compiler derives from the parse; ``scripts/generate_rule_facts.py`` writes that
list for every rule, compressed, to ``rule_code.bin``, keyed like ``rule_facts`` by a hash of
the expression's source, and a rule is then built from its list without being parsed.

The list is what ``prefilter.compile_tree`` compiles (the same code, flags and groups: the
patterns are equal, which the tests check for every rule), and it is only as valid as the
engine that reads it: a file written by another Python or engine (``_sre.MAGIC``, the code
word's size), for other flags or another format is not read, and a rule it lacks (added or
edited later, or one with named groups) is parsed and compiled as before. Only sources'
hashes and the engine's code are stored: no text is.
"""

from __future__ import annotations

import array
import functools
import importlib
import json
import re
import struct
import zlib
from importlib import resources
from typing import Any

from neuroleaf_desktop.domain.safety import prefilter, rule_facts, scan_order

_sre: Any = importlib.import_module("_sre")
_compiler: Any = importlib.import_module("re._compiler")

#: The file the code is shipped in, next to this module.
TABLE = "rule_code.bin"
_PACKAGE = __name__.rpartition(".")[0]
#: Bumped when the layout of the file changes.
FORMAT = 1
#: One entry: the key's 16 bytes, the pattern's flags, its groups, the compressed code's length.
_ENTRY = struct.Struct("<16sIII")


def header(flags: int) -> bytes:
    """The file's first line: what it must have been written for to be read."""
    fields = {
        "format": FORMAT,
        "python": rule_facts.python_version(),
        "magic": int(_sre.MAGIC),
        "codesize": int(_sre.CODESIZE),
        "flags": int(flags),
    }
    return json.dumps(fields).encode("ascii") + b"\n"


def derive(source: str, flags: int) -> tuple[int, int, list[int]] | None:
    """What ``prefilter.compile_tree`` hands the engine for ``source``: the pattern's flags, its
    group count and its code; None for an expression with named groups (not stored)."""
    tree = prefilter.parse(source, flags)
    analysis = prefilter.analyse(source, flags)
    if tree.state.groupdict:
        return None
    fast_flags = int(flags) & ~int(re.IGNORECASE) if analysis.case_free else int(flags)
    body = scan_order.body_first(tree)
    code: list[int] = _compiler._code(body, fast_flags)
    return fast_flags | body.state.flags, body.state.groups, code


def render(flags: int, entries: dict[str, tuple[int, int, list[int]]]) -> bytes:
    """The file's bytes: the header, then each entry (in key order) and its compressed code."""
    parts = [header(flags)]
    for key in sorted(entries):
        pattern_flags, groups, code = entries[key]
        packed = zlib.compress(array.array("I", code).tobytes(), 9)
        parts.append(_ENTRY.pack(bytes.fromhex(key), pattern_flags, groups, len(packed)))
        parts.append(packed)
    return b"".join(parts)


def read(data: bytes, flags: int) -> dict[str, tuple[int, int, bytes]]:
    """The entries of a file's bytes by key (code still compressed), or none when it was
    written for another Python, engine, flags or format."""
    first, _, body = data.partition(b"\n")
    if first + b"\n" != header(flags):
        return {}
    entries: dict[str, tuple[int, int, bytes]] = {}
    at = 0
    while at < len(body):
        key, pattern_flags, groups, size = _ENTRY.unpack_from(body, at)
        at += _ENTRY.size
        entries[key.hex()] = (pattern_flags, groups, body[at : at + size])
        at += size
    return entries


@functools.cache
def _shipped(flags: int) -> dict[str, tuple[int, int, bytes]]:
    try:
        data = resources.files(_PACKAGE).joinpath(TABLE).read_bytes()
        return read(data, flags)
    except (OSError, ValueError, struct.error):
        return {}  # no file, or an unreadable one: every rule is parsed and compiled


def shipped_keys(flags: int) -> frozenset[str]:
    """The keys the shipped file holds (for tests)."""
    return frozenset(_shipped(int(flags)))


def pattern(source: str, flags: int) -> re.Pattern[str] | None:
    """``source`` built from its shipped code, None when the file lacks it."""
    entry = _shipped(int(flags)).get(rule_facts.key(source))
    if entry is None:
        return None
    pattern_flags, groups, packed = entry
    code = array.array("I", zlib.decompress(packed)).tolist()
    try:
        built = _sre.compile(None, pattern_flags, code, groups - 1, {}, (None,) * groups)
    except (TypeError, ValueError, RuntimeError):
        return None  # an engine that reads its code differently: compile the ordinary way
    return built if isinstance(built, re.Pattern) else None
