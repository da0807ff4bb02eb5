"""The breathing patterns and where in a pattern a given moment falls. No Qt: pure timing.

The animation asks ``state_at(pattern, elapsed_s)`` on every frame, so what is shown depends
only on the elapsed time (from an injectable clock), never on how many frames were painted:
a slow machine skips frames, it never drifts out of rhythm.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

PhaseKind = Literal["in", "hold_full", "out", "hold_empty"]

PHASE_WORDS: dict[PhaseKind, str] = {
    "in": "Breathe in…",
    "hold_full": "Hold…",
    "out": "Breathe out…",
    "hold_empty": "Hold…",
}

DURATIONS_MIN: tuple[int, ...] = (1, 2, 3, 5)
DEFAULT_DURATION_MIN = 2


@dataclass(frozen=True)
class Phase:
    kind: PhaseKind
    seconds: float


@dataclass(frozen=True)
class BreathingPattern:
    key: str  # as stored by CareService.record_breathing
    name: str
    description: str
    phases: tuple[Phase, ...]

    @property
    def cycle_s(self) -> float:
        return sum(p.seconds for p in self.phases)


PATTERNS: dict[str, BreathingPattern] = {
    p.key: p
    for p in (
        BreathingPattern(
            "box",
            "Box breathing",
            "In 4 · hold 4 · out 4 · hold 4. Steady and grounding.",
            (Phase("in", 4), Phase("hold_full", 4), Phase("out", 4), Phase("hold_empty", 4)),
        ),
        BreathingPattern(
            "4-7-8",
            "4-7-8 breathing",
            "In 4 · hold 7 · out 8. A long out-breath to settle before sleep.",
            (Phase("in", 4), Phase("hold_full", 7), Phase("out", 8)),
        ),
        BreathingPattern(
            "coherent",
            "Coherent breathing",
            "In 5.5 · out 5.5. About five and a half breaths a minute.",
            (Phase("in", 5.5), Phase("out", 5.5)),
        ),
    )
}


@dataclass(frozen=True)
class BreathState:
    phase_index: int
    kind: PhaseKind
    remaining_s: float  # in this phase
    progress: float  # 0..1 through this phase
    scale: float  # 0 (empty lungs, smallest circle) .. 1 (full, largest)
    cycle: int  # completed cycles

    @property
    def count(self) -> int:
        """The whole seconds left in the phase, as counted aloud: 4, 3, 2, 1."""
        return max(1, math.ceil(self.remaining_s - 1e-9))

    @property
    def spoken(self) -> str:
        """What a screen reader is told once as the phase begins, "Breathe in, 4 seconds" (the
        phase's length to the half second), never at each count."""
        length = round(self.remaining_s * 2) / 2
        word = PHASE_WORDS[self.kind].rstrip("…")
        return f"{word}, {length:g} second{'' if length == 1 else 's'}"

    @property
    def label(self) -> str:
        """e.g. "Breathe in… 4"."""
        return f"{PHASE_WORDS[self.kind]} {self.count}"


def _ease(t: float) -> float:
    """Slow at the ends, like a breath: 0→1 along half a cosine."""
    return 0.5 - 0.5 * math.cos(math.pi * min(1.0, max(0.0, t)))


def state_at(pattern: BreathingPattern, elapsed_s: float) -> BreathState:
    """Where the breath is ``elapsed_s`` seconds after the start (negative counts as 0)."""
    elapsed = max(0.0, elapsed_s)
    cycle, offset = divmod(elapsed, pattern.cycle_s)
    start = 0.0
    for index, phase in enumerate(pattern.phases):
        if offset < start + phase.seconds or index == len(pattern.phases) - 1:
            into = offset - start
            progress = min(1.0, into / phase.seconds)
            if phase.kind == "in":
                scale = _ease(progress)
            elif phase.kind == "out":
                scale = 1.0 - _ease(progress)
            else:
                scale = 1.0 if phase.kind == "hold_full" else 0.0
            return BreathState(
                phase_index=index,
                kind=phase.kind,
                remaining_s=max(0.0, phase.seconds - into),
                progress=progress,
                scale=scale,
                cycle=int(cycle),
            )
        start += phase.seconds
    raise AssertionError("unreachable: a pattern has at least one phase")
