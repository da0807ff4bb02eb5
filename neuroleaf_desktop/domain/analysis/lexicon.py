"""Tokenising and longest-match look-up of hand-written word/stem/phrase lexicons.

Shared by ``emotions`` and ``stress_keywords`` so both read text the same way. Pattern notation:
``"word"`` matches exactly, ``"stem*"`` matches any word starting with ``stem``, spaces separate
the tokens of a phrase, a leading ``"!"`` marks a strong pattern (weight 1.5) and ``"~"`` a weak
one (0.5). At each position the most specific match wins: more tokens first, then the longer
first stem, then an exact word over a stem; so "hopeless" beats "hope*".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Final

STRONG: Final = 1.5
WEAK: Final = 0.5
BREAK: Final = "|"
_CACHE_LIMIT: Final = 50_000  # clause-break token: punctuation and "but"

NEGATORS: Final = frozenset(
    {
        "not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "without",
        "hardly", "barely", "scarcely", "cannot", "lack", "lacking", "nowhere", "zero",
    }
)  # fmt: skip

_CONTRACTIONS: Final = {
    "cant": "can't", "dont": "don't", "didnt": "didn't", "couldnt": "couldn't",
    "wont": "won't", "wasnt": "wasn't", "isnt": "isn't", "doesnt": "doesn't",
    "wouldnt": "wouldn't", "shouldnt": "shouldn't", "havent": "haven't", "hadnt": "hadn't",
    "arent": "aren't", "werent": "weren't", "aint": "ain't", "im": "i'm", "ive": "i've",
}  # fmt: skip
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)?|[.,;:!?…()\"]+|\n")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
# Emoji are words in a journal: the common warm and sad ones become one token each, which the
# news lexicons (``news``) read as a good or a bad part. Other emoji are dropped, as before.
GOOD_EMOJI: Final = "emojigood"
BAD_EMOJI: Final = "emojibad"
_EMOJI = str.maketrans(
    {**dict.fromkeys("❤♥😊🙂😀😃😄😁🥰😍🤗🎉🥳💐✨🙌👏💕💖😌", f" {GOOD_EMOJI} "),
     **dict.fromkeys("😭😢😞😔😣😩😫😟😥💔😡😠🤬😰😨", f" {BAD_EMOJI} ")}
)  # fmt: skip


# The stomach told as moving or clenched ("my stomach just fell through the floor", "stomach's
# been turning since Monday", "gut lurched", "my stomach only unclenched when …"): dread felt
# in the gut, never an illness. One phrase in its written forms (up to two words between, "*"
# any one word), shared so the emotion lexicon reads it as anxiety and the stressor lexicon
# hides the "stomach" in it.
_GUT_MOVES: Final = ("fell", "drop*", "sank", "sink*", "lurch*", "flip*", "churn*", "plummet*",
                     "turning", "somersault*", "knotted", "clench*", "unclench*")  # fmt: skip
GUT_DROPS: Final = tuple(
    f"{stomach} {gap}{move}"
    for stomach in ("stomach", "stomach's", "gut")
    for gap in ("", "* ", "* * ")
    for move in _GUT_MOVES
)


# A clock time with its minutes ("5.12am", "2:15 pm") is its hour: the dot or colon in it is
# no clause break, and "5.12am" must not read as "12am", a small hour ("Baby arrived 5.12am
# after a 30 hour labour").
_CLOCK: Final = re.compile(r"\b(\d{1,2})[.:]\d{2}\s?(am|pm)\b")


def tokenize(text: str) -> list[str]:
    """Lower-case word tokens ("can't" stays one); clause breaks become one ``BREAK`` each.

    ``[^\\W_]`` is "a letter or digit in any script", so non-English text tokenises sensibly
    (it simply matches nothing in our English lexicons).
    """
    out: list[str] = []
    lowered = _CLOCK.sub(r"\1\2", text.lower())
    for tok in _TOKEN.findall(lowered.translate(_APOSTROPHES).translate(_EMOJI)):
        if not tok[0].isalnum() or tok == "but":
            if out and out[-1] != BREAK:
                out.append(BREAK)
            continue
        out.append(_CONTRACTIONS.get(tok, tok))
    return out


def is_negator(token: str) -> bool:
    return token in NEGATORS or token.endswith("n't")


@dataclass(frozen=True)
class Pattern:
    """One written pattern (e.g. "worr*" or "left out") and the labels it counts for."""

    text: str
    tokens: tuple[str, ...]  # a "*" suffix means prefix match
    targets: tuple[tuple[str, float], ...]  # (label, weight), sorted by label
    # Worked out once, not per call: ``match_at`` asks every candidate at every word of every
    # entry (hundreds of thousands of times for a long import). Each token as (the word or
    # stem, whether it is a prefix); and how specific the pattern is (longer, then a longer
    # first word, then a whole word over a prefix).
    _parts: tuple[tuple[str, bool], ...] = field(init=False, repr=False, compare=False)
    specificity: tuple[int, int, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        parts = tuple((t[:-1], True) if t.endswith("*") else (t, False) for t in self.tokens)
        first, prefix = parts[0]
        object.__setattr__(self, "_parts", parts)
        object.__setattr__(self, "specificity", (len(parts), len(first), 0 if prefix else 1))

    def matches(self, tokens: list[str], i: int) -> bool:
        parts = self._parts
        if i + len(parts) > len(tokens):
            return False
        for offset, (word, prefix) in enumerate(parts):
            tok = tokens[i + offset]
            if prefix:
                if not tok.startswith(word):
                    return False
            elif tok != word:
                return False
        return True


class PatternLexicon:
    """A compiled ``label → patterns`` lexicon with a longest-match ``match_at``."""

    def __init__(self, lexicon: Mapping[str, tuple[str, ...]]) -> None:
        targets: dict[str, dict[str, float]] = {}
        for label, patterns in lexicon.items():
            for raw in patterns:
                weight = 1.0
                if raw.startswith("!"):
                    weight, raw = STRONG, raw[1:]
                elif raw.startswith("~"):
                    weight, raw = WEAK, raw[1:]
                key = " ".join(raw.split())
                if not key or key.startswith("*") or "**" in key:
                    raise ValueError(f"bad lexicon pattern {raw!r} for {label}")
                per = targets.setdefault(key, {})
                per[label] = max(per.get(label, 0.0), weight)
        self._exact: dict[str, list[Pattern]] = {}
        self._prefix: dict[str, list[Pattern]] = {}
        for key, per in targets.items():
            pattern = Pattern(key, tuple(key.split()), tuple(sorted(per.items())))
            first = pattern.tokens[0]
            if first.endswith("*"):
                self._prefix.setdefault(first[:-1], []).append(pattern)
            else:
                self._exact.setdefault(first, []).append(pattern)
        self._candidates: dict[str, tuple[Pattern, ...]] = {}  # per-token cache
        self._min_stem = min((len(s) for s in self._prefix), default=1)
        self._max_stem = max((len(s) for s in self._prefix), default=0)
        self.size = len(targets)

    def match_at(self, tokens: list[str], i: int) -> Pattern | None:
        """The most specific pattern matching at ``tokens[i]``, or None."""
        for pattern in self._candidates_for(tokens[i]):
            if pattern.matches(tokens, i):
                return pattern
        return None

    def _candidates_for(self, tok: str) -> tuple[Pattern, ...]:
        """Patterns whose first token can match ``tok``, the most specific first (cached:
        words repeat a lot). The order lets ``match_at`` stop at the first match; the sort is
        stable, so of equally specific patterns the one met first still wins."""
        found = self._candidates.get(tok)
        if found is None:
            candidates = list(self._exact.get(tok, ()))
            for length in range(min(len(tok), self._max_stem), self._min_stem - 1, -1):
                candidates.extend(self._prefix.get(tok[:length], ()))
            found = tuple(sorted(candidates, key=attrgetter("specificity"), reverse=True))
            if len(self._candidates) >= _CACHE_LIMIT:
                self._candidates.clear()  # bounded memory; rebuilt as words come back
            self._candidates[tok] = found
        return found

    def matches_word(self, token: str) -> bool:
        """True if ``token`` alone matches a one-word pattern."""
        return self.match_at([token], 0) is not None
