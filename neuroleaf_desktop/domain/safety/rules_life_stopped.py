"""Living refused in the grammar the other explicit rules do not follow: living *stopped* after a
wish, death *preferred* with French "aimer mieux", and German being alive refused after a modal
with adverbs or in a dialect's spelling.

* **living stopped**: "j'ai envie d'arrêter de vivre", "j'ai le goût de cesser de vivre",
  "queria parar de viver", "tenho vontade de deixar de viver", "ich will einfach aufhören zu
  leben", "ich möcht mit dem Leben aufhören". Spanish and Italian ("dejar de vivir", "smettere
  di vivere") were read already; these three languages say it with their own verbs of stopping.
* **death preferred**: "j'aimerais mieux être morte", "j'aime mieux mourir", the French way of
  saying "I'd rather", read like "je préférerais être mort".
* **being alive refused in German**: "ich mag einfach nicht mehr am Leben sein", "I möcht
  nimmer auf der Welt sein": the modal may be "mag" or the clipped "möcht", the subject the
  dialect's "I", and adverbs may stand before the negation.

What stays out: living *like this* or *somewhere* stopped ("arrêter de vivre comme ça",
"parar de viver nessa cidade", "aufhören, so zu leben": a way of life), the preference that is
a hyperbole of comparison ("j'aimerais mieux mourir que de retourner là-bas", "mourir de
rire"), and being "here" or "there" refused (a place, not life). Whose wish it is and negation
are judged in ``context`` (``inherent=False`` where the subject may be someone else). Text is
case- and accent-folded first.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

# Not a way of life or a place: "arrêter de vivre comme ça", "parar de viver assim", "aufhören
# so zu leben", "… de vivre à Paris", "… de viver com ele".
_NOT_A_WAY = {
    "fr": r"(?!\s+(?:comme|ainsi|a|au|aux|en|dans|avec|chez|sous|pour|sans|seule?|ici|la-bas"
    r"|de\s+cette|de\s+la\s+sorte)\b)",
    "pt": r"(?!\s+(?:como|assim|em|na|no|nesta|nessa|neste|nesse|com|aqui|ali|sozinh[oa]|sem"
    r"|desse\s+jeito|dessa\s+forma|para)\b)",
    "de": r"(?!\s+(?:wie|in|bei|mit|hier|dort|so)\b)",
}
_STOP_LIVING = {
    # a wish, then living stopped: "envie / le goût / besoin d'arrêter de vivre", "je veux
    # arrêter de vivre"
    "fr": r"\b(?:envie|gout|besoin|veux|voudrais|aimerais|souhaite|reve)\s+(?:\w+\s+){0,2}?"
    r"(?:d'\s*|de\s+)?(?:arreter|cesser)\s+de\s+vivre\b" + _NOT_A_WAY["fr"],
    "pt": r"\b(?:quero|queria|quisera|vontade\s+de|desejo\s+de|gostaria\s+de|sonho\s+em)\s+"
    r"(?:\w+\s+){0,2}?(?:parar|deixar)\s+de\s+viver\b" + _NOT_A_WAY["pt"],
    # "ich will einfach aufhören zu leben", "ich möcht mit dem Leben aufhören"; the verb stands
    # last, so nothing may follow "leben" but the clause's end
    "de": r"\b(?:ich|i)\s+(?:will|mag|mog|mo(?:e)?chte?|wu(?:e)?rde\s+gern|wollte)\s+"
    r"(?:\w+\s+){0,2}?(?:aufho(?:e)?ren\s+zu\s+leben|mit\s+dem\s+leben\s+aufho(?:e)?ren)\b"
    r"(?=\s*(?:$|[.!?,;:\n]|und\b|aber\b))",
}
_STOP_GATE = {"fr": "vivre", "pt": "viver", "de": "leben"}

# "j'aimerais mieux être morte", "j'aime mieux mourir" (not "… mourir que de …", not "mourir de
# rire / de honte / de faim")
_PREFERRED = {
    "fr": r"\bj'?\s*(?:aimerais|aime|aimerai)\s+(?:bien\s+|franchement\s+|presque\s+)?mieux\s+"
    r"(?:etre\s+morte?s?|mourir|crever|ne\s+plus\s+(?:exister|etre\s+la|me\s+reveiller)"
    r"|ne\s+pas\s+me\s+reveiller)\b"
    r"(?!\s*(?:que\b|qu'|plutot|de\s+(?:rire|honte|faim|froid|chaud|ennui)\b))",
}
_PREFERRED_GATE = {"fr": "mieux"}

# "ich mag einfach nicht mehr am Leben sein", "I möcht nimmer auf der Welt sein" ("nimmer" is
# folded to "nicht mehr" by the dialect spellings, "I" stays)
_ALIVE_REFUSED = {
    "de": r"\b(?:ich|i)\s+(?:will|mag|mog|mo(?:e)?chte?|wollte)\s+(?:\w+\s+){0,2}?"
    r"(?:nicht\s+mehr|nimmer|nie\s+mehr|nicht\s+langer|nicht\s+laenger)\s+"
    r"(?:am\s+leben|auf\s+(?:der|dieser|da|dera)\s+welt)\s+(?:sein|bleiben)\b",
}
_ALIVE_GATE = {"de": "leben|welt"}

RULES: tuple[Rule, ...] = (
    family(
        "stopped",
        "living",
        Category.SUICIDAL_IDEATION,
        Severity.URGENT,
        _STOP_LIVING,
        _STOP_GATE,
        inherent=False,
    )
    + family(
        "preferred",
        "death",
        Category.DEATH_WISH,
        Severity.CONCERN,
        _PREFERRED,
        _PREFERRED_GATE,
        inherent=True,
    )
    + family(
        "refused",
        "alive",
        Category.DEATH_WISH,
        Severity.CONCERN,
        _ALIVE_REFUSED,
        _ALIVE_GATE,
        inherent=True,
    )
)

__all__ = ["RULES"]
