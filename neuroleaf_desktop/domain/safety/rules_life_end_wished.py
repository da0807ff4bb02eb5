"""A wish that one's own life would end, with the life as the subject, in the other languages.

Why: English reads "I want my life to end", "I wish my life would just stop" with the life as
the subject of its own ending (``rules_en_meaning``); the other five languages read only the
writer as the one who dies or ends it. The same wish is written there with a "that" clause or
a subjunctive: "ich hätte gern, dass mein Leben einfach aufhört", "ich wünschte, mein Leben wäre
vorbei", "quiero que mi vida se acabe", "ojalá mi vida terminara", "je voudrais que ma vie
s'arrête", "vorrei che la mia vita finisse", "queria que a minha vida acabasse".

The life must be the writer's own ("mein Leben", "mi vida"), so a film, a holiday or someone
else's life is not read, and a life that ends *up* somewhere, stops *revolving* around someone
or finishes a task ("que ma vie s'arrête de tourner autour de lui", "dass mein Leben aufhört,
sich um ihn zu drehen") is kept out by what follows the verb. A denial before the wish is
judged by the detector as for every rule ("no quiero que mi vida se acabe").
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_family = partial(family, "life_end")

# The life stopping at nothing further: not "… stops revolving around him", "… ends up in".
_NOTHING_FURTHER = (
    r"(?!\s*,?\s+(?:zu|sich|um|de|d'|di|da|do|a|con|com|avec|autour|intorno|en\s+torno|up)\b)"
)

_WISHED = {
    "de": r"\b(?:(?:ich\s+)?(?:wu(?:e)?nsch(?:e|te)?|will|mo(?:e)?chte?|wollte|hoffe|bete)"
    r"(?:\s+mir)?"
    r"|(?:ich\s+)?(?:ha(?:e)?tte|wu(?:e)?rde)\s+(?:es\s+)?(?:so\s+)?gern(?:e)?)"
    r"(?:\s+(?:einfach|nur|so))?,?\s+(?:dass|das)\s+mein\s+leben\s+(?:\w+\s+){0,2}?"
    r"(?:aufho(?:e)?rt|endet|vorbei\s+(?:ist|wa(?:e)?re)|zu\s+ende\s+(?:ist|geht|wa(?:e)?re)"
    r"|aufho(?:e)?ren\s+wu(?:e)?rde|enden\s+wu(?:e)?rde)\b"
    # verb-second after the wish: "ich wünschte, mein Leben wäre vorbei"
    r"|\bwu(?:e)?nschte,?\s+mein\s+leben\s+(?:wa(?:e)?re|wu(?:e)?rde)\s+(?:\w+\s+)?(?:vorbei"
    r"|zu\s+ende|aufho(?:e)?ren|enden)\b",
    "es": r"\b(?:quiero|quisiera|queria|deseo|desearia|ojala|me\s+gustaria|pido|rezo\s+para)"
    r"(?:\s+que)?\s+(?:(?:de\s+una\s+vez|ya)\s+)?mi\s+vida\s+(?:(?:ya|simplemente)\s+)?"
    r"(?:se\s+)?(?:acabe|acabara|acabase|termine|terminara|terminase|pare|parara|detenga"
    r"|detuviera)\b",
    "fr": r"\b(?:je\s+)?(?:veux|voudrais|voulais|souhaite|souhaiterais|aimerais|prie\s+pour)"
    r"(?:\s+(?:juste|simplement|tellement|tant))?\s+que\s+ma\s+vie\s+"
    r"(?:(?:juste|simplement)\s+)?(?:s'?\s*arrete|se\s+termine|finisse|s'?\s*acheve|prenne\s+fin)\b",
    "it": r"\b(?:voglio|vorrei|volevo|spero|desidero|prego)\s+che\s+la\s+mia\s+vita\s+"
    r"(?:(?:semplicemente|solo)\s+)?(?:finisca|finisse|termini|terminasse|si\s+fermi"
    r"|si\s+fermasse)\b",
    "pt": r"\b(?:quero|queria|gostaria|desejo|tomara|rezo\s+para)(?:\s+que)?\s+(?:a\s+)?minha"
    r"\s+vida\s+(?:(?:simplesmente|logo)\s+)?(?:acabe|acabasse|termine|terminasse|pare|parasse)\b",
}

RULES: tuple[Rule, ...] = _family(
    "wished_over",
    Category.SUICIDAL_IDEATION,
    Severity.URGENT,
    {lang: rf"(?:{source}){_NOTHING_FURTHER}" for lang, source in _WISHED.items()},
    {"de": "leben", "es": "vida", "fr": "vie", "it": "vita", "pt": "vida"},
)
