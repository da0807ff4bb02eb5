"""The emotion words offered in a check-in, placed on a pleasantness x energy grid.

The layout follows the circumplex model of affect (Russell, 1980) that apps such as How We
Feel use: four quadrants, each with words of rising intensity. People may also type their own
words; these are only the suggestions.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Quadrant(StrEnum):
    HIGH_ENERGY_UNPLEASANT = "high_energy_unpleasant"  # red
    HIGH_ENERGY_PLEASANT = "high_energy_pleasant"  # yellow
    LOW_ENERGY_UNPLEASANT = "low_energy_unpleasant"  # blue
    LOW_ENERGY_PLEASANT = "low_energy_pleasant"  # green


@dataclass(frozen=True)
class EmotionWord:
    word: str
    quadrant: Quadrant
    pleasantness: int  # -3..3
    energy: int  # -3..3


def _words(quadrant: Quadrant, sign_p: int, sign_e: int, words: list[str]) -> list[EmotionWord]:
    out = []
    for i, word in enumerate(words):
        level = 1 + i * 2 // len(words) + (1 if i == len(words) - 1 else 0)
        out.append(EmotionWord(word, quadrant, sign_p * min(level, 3), sign_e * min(level, 3)))
    return out


EMOTION_GRID: tuple[EmotionWord, ...] = tuple(
    _words(
        Quadrant.HIGH_ENERGY_UNPLEASANT,
        -1,
        1,
        ["irritated", "nervous", "stressed", "anxious", "angry", "overwhelmed"],
    )
    + _words(
        Quadrant.HIGH_ENERGY_PLEASANT,
        1,
        1,
        ["motivated", "hopeful", "proud", "excited", "joyful", "energised"],
    )
    + _words(
        Quadrant.LOW_ENERGY_UNPLEASANT,
        -1,
        -1,
        ["bored", "tired", "lonely", "sad", "ashamed", "hopeless"],
    )
    + _words(
        Quadrant.LOW_ENERGY_PLEASANT,
        1,
        -1,
        ["calm", "content", "grateful", "relaxed", "peaceful", "loved"],
    )
)

EMOTION_WORDS: frozenset[str] = frozenset(e.word for e in EMOTION_GRID)

DEFAULT_ACTIVITIES: tuple[tuple[str, str], ...] = (
    ("walk", "movement"),
    ("exercise", "movement"),
    ("yoga", "movement"),
    ("friends", "social"),
    ("family", "social"),
    ("date", "social"),
    ("work", "work"),
    ("study", "work"),
    ("chores", "work"),
    ("reading", "rest"),
    ("music", "rest"),
    ("meditation", "rest"),
    ("nature", "rest"),
    ("gaming", "rest"),
    ("tv", "rest"),
    ("cooking", "self-care"),
    ("therapy", "self-care"),
    ("journaling", "self-care"),
    ("alcohol", "habits"),
    ("caffeine late", "habits"),
    ("screen late", "habits"),
    ("good meal", "self-care"),
)
