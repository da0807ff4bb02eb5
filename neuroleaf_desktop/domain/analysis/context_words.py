"""The context words that decide whether a stressor mention is stress *now*, for the writer.

A stressor keyword ("rent", "mum", "exam") is only a topic; what surrounds it says whether the
writer is stressed about it. ``clauses`` uses these lists:

* ``STRAIN`` – strain VADER does not score ("money is tight", "I'm already behind"): makes a
  clause negative although no feeling is named;
* ``RESOLVED`` / ``RESOLVED_AFTER`` / ``FINE`` – dealt with or judged fine ("bills paid",
  "headache gone", "sleep was okay");
* ``THIRD_PARTY``, ``OWNERS``, ``SYMPATHY`` – someone else's trouble ("her job", "my friend's
  landlord", "I feel bad for her"), unless a close person (``CLOSE_PEOPLE``) is involved;
* ``SUPPORT`` – a person turned to ("talked to my mum") is support, not a stressor;
* ``FILLERS`` – skipped between a negator and a stressor ("not a single argument").
"""

from __future__ import annotations

from typing import Final

from neuroleaf_desktop.domain.analysis.lexicon import PatternLexicon

# Words of strain that VADER does not score: events and states that make a clause stressful
# although no feeling is named ("money is tight", "work is piling up", "I'm already behind").
STRAIN: Final = PatternLexicon(
    {
        "strain": (
            "nightmare", "chaos", "chaotic", "tight", "piling up", "piled up", "behind",
            "can't keep up", "couldn't keep up", "can't cope", "couldn't cope",
            "struggl*", "drained", "wrecked", "shattered", "knackered", "frazzled",
            "killing me", "rough", "tough", "hard", "ran over", "won't answer",
            "didn't answer", "no time", "freezing", "noisy", "dragged", "dragging",
            "still processing", "can't stop thinking", "couldn't stop thinking",
            "don't know how", "at my wits end", "swamped", "slammed", "hectic", "mess",
            "messed up", "ruined", "disaster", "broke down", "went wrong", "no idea how",
            "can't switch off", "couldn't switch off", "procrastinat*", "can't concentrate",
            "couldn't concentrate", "can't focus", "couldn't focus", "toxic", "dismissed",
            "unheard", "went sideways", "kicked off",
        )
    }
)  # fmt: skip
# A stressor next to one of these (up to ``RESOLVED_WINDOW`` words before or after, in its
# clause) is dealt with, not a source of stress now: "bills paid", "deadline met", "the exam
# was cancelled", "fixed the boiler".
RESOLVED: Final = frozenset(
    {"sorted", "paid", "fixed", "resolved", "settled", "met", "finished", "submitted",
     "cleared", "aced", "nailed", "eased", "easing", "lifted", "improving", "healing",
     "healed", "recovered", "normal"}
)  # fmt: skip
# Only after the stressor: "the exam was cancelled", "headache gone" (but "cancelled on me").
RESOLVED_AFTER: Final = RESOLVED | {"cancelled", "canceled", "gone"}
# A stressor that belongs to someone else ("her job", "his exams") is not the writer's.
THIRD_PARTY: Final = frozenset({"her", "his", "their"})
# Words skipped when looking for a negator before a stressor: "not a single argument".
FILLERS: Final = frozenset({"a", "an", "the", "single", "more", "any", "real", "my", "our"})
RESOLVED_WINDOW: Final = 3
# A stressor judged fine right after it ("sleep was okay", "work was fine") is not stress.
FINE: Final = frozenset({"okay", "ok", "fine", "alright", "decent", "good", "great", "better"})
FINE_WINDOW: Final = 3
# A person the writer turned to ("talked to my mum", "rang my sister") is support, not a
# stressor; checked up to ``SUPPORT_WINDOW`` words before family and relationship words.
SUPPORT: Final = frozenset(
    {"talked", "talk", "talking", "spoke", "speak", "speaking", "vented", "venting", "rang",
     "phoned", "called", "texted", "messaged", "told", "hugged", "cuddled", "confided",
     "comforted"}
)  # fmt: skip
SUPPORT_WINDOW: Final = 3
# Keywords that name people: support ("talked to my mum") and sympathy ("worried for my
# neighbour", "sorry for my sister") set them aside, as the stress is someone else's.
PEOPLE: Final = frozenset(
    {"family", "partner", "friends", "neighbours", "colleagues", "boss", "flatmate"}
)
# Whose trouble is it? See ``_about_someone_else``.
OWNERS: Final = frozenset(
    {"friend", "friends", "mate", "mates", "colleague", "colleagues", "coworker", "neighbour",
     "neighbours", "neighbor", "neighbors", "flatmate", "housemate", "roommate"}
)  # fmt: skip
SYMPATHY: Final = frozenset(
    {("for", "her"), ("for", "him"), ("for", "them"), ("poor", "thing"), ("poor", "guy"),
     ("poor", "girl"), ("poor", "soul")}
)  # fmt: skip
CLOSE_PEOPLE: Final = frozenset(
    {"mum", "mom", "mother", "dad", "father", "parents", "sister", "brother", "son",
     "daughter", "kids", "kid", "children", "child", "baby", "grandma", "grandpa", "gran",
     "nan", "grandad", "partner", "husband", "wife", "boyfriend", "girlfriend", "family"}
)  # fmt: skip
