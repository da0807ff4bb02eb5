"""German wishes and self-judgements in the moods and word orders people write, not the
textbook ones.

* **the subjunctive without its umlaut, after a wish**: "wünsch i ma, i wär tot" is folded to
  "wunsch ich mir, ich war tot" (accents go, and southern German writes "war" for "wäre"), so
  the indicative "war" is read as "wäre" only where a wish verb governs it; "mir" as "ma" or
  "mia", the subject as "i";
* **better if I weren't, without the "wenn"**: "Besser, ich wär nicht mehr da", "Wär besser,
  ich wär nicht mehr": the conditional said paratactically, as speech does;
* **I am a burden, in either word order**: German puts the verb second, so a fronted part
  moves the subject after it ("Für die Buam bin i nur mehr a Kreuz", "Ich bin allen eine
  Last", "bin doch bloß noch eene Last" with the subject dropped), and the burden is any of its
  nouns: Last, Belastung, Bürde, Ballast, a cross to carry, a millstone, a plague ("Plog");
  hanging on them like a millstone round the neck says it as a picture.

Why: each was missed because the rule read one word order or one spelling of the mood (the
umlaut, the "wenn", "ich bin" before the noun), though every German writer moves them. Each
keeps out its look-alikes: a wish for anything but death, "better" said of a thing, a burden
one is rid of ("eine Last los"), the back ("Kreuz" said of pain has no "bin ich").
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, rule

_CON = Severity.CONCERN
# "wäre" after folding: "ware", "waere", "war", "war'"
_WERE = r"wa(?:e)?r(?:e|')?"
# dead, never born, no longer there or alive
_GONE = (
    r"(?:tot|gestorben|nie\s+geboren|(?:gar\s+)?nicht\s+(?:mehr\s+)?(?:da|hier|am\s+leben)"
    r"|(?:gar\s+)?nicht\s+mehr)(?=\s*(?:$|[.!?,;:\n]|und\b|oder\b|dann\b))"
)
# a wish verb governing the clause: "wünsch(e) ich mir", "i wünsch ma", "ich wünschte"
_WISH = (
    r"\b(?:(?:ich|i)\s+)?wu(?:e)?nsch(?:e|te)?\s+(?:(?:ich|i)\s+)?(?:(?:mir|ma|mia)\b\s*)?"
    r"(?:(?:manchmal|oft|echt|ehrlich|so|wirklich)\b\s*)?,?\s*(?:dass\s+)?(?:ich|i)\s+"
)
_JUST = r"(?:(?:einfach|schon|lieber|endlich)\s+)?"
_WISH_DEAD = (
    rf"{_WISH}{_JUST}{_WERE}\s+{_JUST}{_GONE}"
    # … or the verb last, in a "dass" clause: "ich wünschte mir, dass ich tot wär"
    r"|\bwu(?:e)?nsch(?:e|te)?\s+(?:(?:ich|i)\s+)?(?:(?:mir|ma|mia)\b\s*)?,?\s*dass\s+(?:ich|i)\s+"
    rf"{_JUST}(?:tot|nicht\s+mehr\s+(?:da|am\s+leben)|nie\s+geboren)\s+{_WERE}\b"
    # … or hoped, of a morning to come: "hoffe ehrlich, dass ich eines Morgens einfach tot bin"
    r"|\b(?:hoffe|bete)\s+(?:(?:manchmal|oft|echt|ehrlich|so|wirklich|jeden\s+abend|jede\s+nacht)\s*)?,?\s*dass\s+ich\s+"
    r"(?:(?:eines\s+(?:morgens|tages|nachts)|morgen\s+fru(?:e)?h|einfach|endlich|irgendwann)\s+)"
    r"{1,3}tot\s+(?:bin|wa(?:e)?r(?:e|')?)(?=\s*(?:$|[.!?,;:\n]))"
)
# "Besser, ich wär nicht mehr da", "Wär besser, ich wär tot"
_BETTER_IF = (
    rf"\b(?:{_WERE}s?\s+(?:eh\s+|doch\s+)?)?besser\s*,\s*(?:wenn\s+|dass\s+)?(?:ich|i)\s+"
    rf"{_WERE}\s+{_JUST}{_GONE}"
)

# --- I am a burden, in either word order ----------------------------------------------------------
_I_AM = r"(?:\b(?:ich|i)\s+bin|\bbin\s+(?:ich|i)\b|(?:^|(?<=[.!?\n]))\s*bin)"
# the words between: a dative, a "for whom", the particles, never a negation
_BETWEEN = r"(?:(?!nicht\b|nie\b|kein\w*\b|keine\b)[\w']+\s+){0,5}?"
_ONLY = r"(?:(?:nur|bloss|nix\s+als)\s+(?:noch\s+|mehr\s+|no\s+)?)?"
_A = r"(?:ein|eine|eene|ne|'ne|a)"
_BURDEN_NOUN = (
    r"(?:last|belastung|bu(?:e)?rde|ballast|kreuz|mu(?:e)?hlstein|plage|plog|klotz\s+am\s+bein"
    r"|zumutung)"
)
_I_AM_A_BURDEN = (
    rf"{_I_AM}\s+{_BETWEEN}{_ONLY}{_A}\s+{_BURDEN_NOUN}\b(?![\w-])"
    r"(?!\s+(?:los|losgeworden|weniger)\b)"
)
# "ich häng denen wie ein Mühlstein am Hals", "hänge ihnen am Hals wie ein Klotz"
_HANG_ON_THEM = (
    r"\b(?:ich|i)\s+ha(?:e)?ng(?:e)?\s+(?:denen|ihnen|euch|allen|meiner\s+\w+|meinen\s+\w+)\s+"
    r"(?:(?:nur|bloss)\s+(?:noch\s+)?)?(?:wie\s+(?:ein|eine|a)\s+(?:mu(?:e)?hlstein|klotz|stein"
    r"|last)\s+am\s+(?:hals|bein)|am\s+(?:hals|bein)\s+wie\s+(?:ein|eine|a)\s+(?:mu(?:e)?hlstein"
    r"|klotz|stein|last))\b"
)

RULES: tuple[Rule, ...] = (
    rule(
        "de_mood_wish_dead",
        Category.DEATH_WISH,
        _CON,
        rf"{_WISH_DEAD}|{_BETTER_IF}",
        inherent=True,
        lang="de",
        gate="wunsch|wuensch|besser|hoffe|bete",
    ),
    rule(
        "de_mood_burden",
        Category.BURDEN,
        _CON,
        rf"{_I_AM_A_BURDEN}|{_HANG_ON_THEM}",
        inherent=True,
        lang="de",
        gate="bin|hang|haeng",
    ),
)

__all__ = ["RULES"]
