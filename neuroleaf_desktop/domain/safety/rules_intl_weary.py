"""Being fed up with living, in the idioms of weariness of German, French, Spanish, Portuguese
and Italian.

Why: "stanca di vivere" and "harta de vivir" are read, but every language has more ways to say
it is fed up, and each one reaches "living" or "this life" the same way: "non ne posso più di
vivere", "ne ho abbastanza di questa vita", "cansei de viver", "to de saco cheio dessa vida",
"estoy podrida de vivir", "me cansé de esta vida", "ich hab das Leben satt", "bin des Lebens
müde", "j'en ai ras le bol de vivre", "je suis lasse de cette vie". A family names the weary
idioms and the life they are weary of, so another writer's idiom reaches the same sign.

The life closes its clause (or "like this" follows): "harta de la vida de oficina" and "stufo
della vita in città" are weary of a way of living, not of living.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

# … "like this" may follow the life: "di vivere così", "de vivir así", "de viver assim"
_CLOSED = (
    r"(?:\s+(?:cosi|asi|assim|comme\s+ca|so|ainsi|desse\s+jeito|de\s+esta\s+manera|in\s+questo"
    r"\s+modo))?(?=\s*(?:$|[.!?,;:\n]))"
)
_WEARY = {
    "de": r"\b(?:hab|habe|hab')\s+(?:das|mein|dieses)\s+leben\s+(?:so\s+|echt\s+|einfach\s+)?satt"
    r"|\b(?:bin|ich\s+bin)\s+(?:\w+\s+)?(?:des|meines)\s+lebens\s+(?:so\s+)?(?:mu(?:e)?de|satt"
    r"|u(?:e)?berdru(?:e)?ssig)"
    r"|\bhab(?:e)?\s+(?:die\s+)?(?:schnauze|nase)\s+(?:so\s+)?voll\s+vom\s+(?:leben|dasein)"
    r"|\b(?:kein|keinen)\s+bock\s+mehr\s+(?:aufs|auf\s+das|zu|zum)\s+leben",
    "fr": r"\bj'?\s*en\s+ai\s+(?:ras\s+le\s+bol|ras-le-bol|plein\s+le\s+dos|ma\s+claque|assez"
    r"|soupe)\s+de\s+(?:vivre|cette\s+vie|la\s+vie|ma\s+vie|exister)"
    r"|\bje\s+suis\s+(?:las|lasse|degoute\w*|ecoeure\w*|usee?|epuisee?)\s+de\s+(?:vivre"
    r"|la\s+vie|cette\s+vie|exister)",
    "es": r"\b(?:me\s+(?:canse|harte|aburri)|(?:estoy|ando|vivo)\s+(?:re\s*|recontra\s+|muy\s+)?"
    r"(?:podrid|hart|hinchad|cansad|agotad|jart|aburrid|harto)[oa]s?)\s+(?:de\s+)?(?:vivir"
    r"|esta\s+vida|la\s+vida|mi\s+vida|existir)",
    "pt": r"\b(?:cansei|enchi\s+o\s+saco|(?:to|tou|estou|ando)\s+(?:de\s+saco\s+cheio|fart[oa]"
    r"|cheio|cheia|exaust[oa]|esgotad[oa]|cansad[oa]))\s+(?:de|da|dessa|desta)\s+(?:viver|vida"
    r"|existir|minha\s+vida)",
    "it": r"\b(?:non\s+ne\s+posso\s+piu|ne\s+ho\s+(?:abbastanza|piene\s+le\s+(?:scatole|tasche)"
    r"|fin\s+sopra\s+i\s+capelli)|ho\s+le\s+scatole\s+piene|(?:sono|mi\s+sono)\s+(?:\w+\s+)?"
    r"(?:stuf|stanc|sfinit|nauseat|scocciat)\w*)\s+(?:di|della)\s+(?:vivere|questa\s+vita"
    r"|sta\s+vita|vita|la\s+mia\s+vita|stare\s+al\s+mondo|esistere)",
}
_WEARY_OF_LIVING = {lang: rf"(?:{p}){_CLOSED}" for lang, p in _WEARY.items()}
_WEARY_GATE = {
    "de": "satt|lebens|leben",
    "fr": "vivre|vie|exister",
    "es": "vivir|vida|existir",
    "pt": "viver|vida|existir",
    "it": "vivere|vita|mondo|esistere",
}

RULES: tuple[Rule, ...] = family(
    "weary", "of_living", Category.DEATH_WISH, Severity.CONCERN, _WEARY_OF_LIVING, _WEARY_GATE
)

__all__ = ["RULES"]
