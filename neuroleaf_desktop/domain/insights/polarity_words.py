"""Which way a question leans: a feeling asked about in its good form ("when did I last sleep
well?") or its bad one, and a thing asked about for the harm it does ("what makes it worse").
"""

from __future__ import annotations

import re
from typing import Final

# Feelings asked about in their good form ("when did I last sleep well?", "… feel happy?").
POSITIVE_RX: Final = re.compile(
    r"\b(?:happy|happier|happiest|good (?:day|mood|night)|great|content|joy\w*|calm\w*"
    r"|relaxed|at peace|rested|(?:slept|sleep) well|good night'?s? sleep|energetic"
    r"|energi[sz]ed|full of energy|motivated|okay|fine|good|cheerful|peaceful|like myself"
    r"|hopeful|(?:slept|sleep|sleeping) (?:right |all the way )?through)\b",
    re.I,
)
NEGATIVE_RX: Final = re.compile(
    r"\b(?:bad\w*|poor\w*|awful|terrible|worst|worse|low|rough|not|no|never)\b|n't\b", re.I
)


# "what doesn't help", "never helps", "makes … worse", "hurts", "ruins", "what should I avoid".
ASKS_WORSE_RX: Final = re.compile(
    r"\b(?:doesn'?t|does not|don'?t|do not|didn'?t|did not|never|not|isn'?t|aren'?t)\s+"
    r"(?:\w+\s+)?(?:help\w*|work\w*|good for)\b"
    r"|\b(?:makes?|made|making)\b[^?.!]{0,30}\bworse\b|\bworsen\w*|\bhurts?\b|\bhurting\b"
    r"|\bruin\w*|\bwreck(?:s|ing)?\b|\bwrecked (?:my|me)\b|\bmess(?:es|ed|ing)? (?:up|with)\b"
    r"|\bbad for\b|\bharm\w*"
    r"|\bavoid\w*|\btrigger\w*|\bdrag\w* (?:me|my \w+) down\b|\bkeeps? me (?:up|awake)\b"
    # effects that take something away: "throws off my sleep", "makes it harder to sleep",
    # "stops me sleeping", "saps my energy", "sets off my anxiety"
    r"|\bthrow(?:s|n|ing)? off\b|\bthrew off\b|\bharder to\b|\bsap(?:s|ped|ping)?\b"
    r"|\bstop(?:s|ped|ping)? me (?:from )?(?:sleep|relax|focus|concentrat|switch|unwind|wind"
    r"|nod|drift|fall)|\bkeeps? me from\b|\bdrain(?:s|ed|ing)? (?:me|my)\b|\bset(?:s|ting)? off\b"
    r"|\bget(?:s|ting)? in the way of\b|\binterfer\w*|\bdisrupt\w*|\beat(?:s|ing)? into\b"
    r"|\bspoil\w*|\bplay\w* havoc\b|\btak(?:e|es|ing) a toll\b",
    re.I,
)


def asks_worse(text: str) -> bool:
    return bool(ASKS_WORSE_RX.search(text))
