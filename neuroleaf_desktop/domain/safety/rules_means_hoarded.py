"""A supply of medicine added to in silence, or kept whole and untouched; in six languages.

Why: the hoarding families read pills put by one at a time ("every pill goes in the tin") and a
medicine bought with a word of secrecy next to it ("di nascosto", "hid them"). Writers also
tell the gathering by what it adds up to: one more box bought and nobody told ("ho comprato
un'altra scatola di sonniferi, senza dirlo a nessuno", "bought another packet of paracetamol
and told nobody"), or all the boxes kept and never touched ("je garde toutes les boîtes de
somnifères dans le tiroir, sans y toucher", "I keep all my sleeping pills in the drawer
without touching them"). "Another box" is the counting of a supply, and the silence is what
makes it the writer's own stock; "all of them, untouched" is a supply kept instead of taken.

What stays out: a box bought for someone else or a gift (``GIFT_OR_SPORT``), a box bought with
no silence told, a supply kept locked, expired, returned or out of children's reach, and a
single box kept untouched ("I haven't touched the painkillers", a plain reply about a
treatment): the family needs "another" or "all the".
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.everyday_kin import KIN
from neuroleaf_desktop.domain.safety.means_secrecy import GIFT_OR_SPORT, UNTOLD
from neuroleaf_desktop.domain.safety.medicine_words import CORE
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_SENTENCE, Rule, family

_S = SAME_SENTENCE
# One more box or packet of the supply: "another box of", "un'altra scatola di", "encore une
# boîte de", "otra caja de", "mais uma caixa de", "noch eine Packung"
_ANOTHER_BOX = {
    "en": r"\b(?:another|one\s+more)\s+(?:box|pack(?:et)?|bottle|strip|tub)\s+of\b",
    "it": r"\b(?:un'?\s*altra|ancora\s+una)\s+(?:scatola|confezione|boccetta|scatoletta)\s+di\b",
    "fr": r"\b(?:une\s+autre|encore\s+une)\s+(?:boite|plaquette|boite)\s+(?:de|d')\s*",
    "es": r"\b(?:otra|una\s+caja\s+mas\s+de|otra\s+caja\s+mas)\s*(?:caja|cajita|tableta"
    r"|blister)?\s+de\b",
    "pt": r"\b(?:outra|mais\s+uma)\s+(?:caixa|cartela|embalagem)\s+de\b",
    "de": r"\bnoch\s+(?:eine|ne)\s+(?:packung|schachtel|dose)\b",
}
# All of the supply kept, never touched: "sans y toucher", "without touching them"
_ALL_KEPT = {
    "en": r"\b(?:keep|kept|keeping)\s+(?:all|every\s+one\s+of)\s+(?:the\s+|my\s+)?(?:\w+\s+)?"
    r"(?:boxes\s+of\s+|packets\s+of\s+)?",
    "fr": r"\b(?:garde|conserve)\s+(?:toutes\s+les\s+boites\s+(?:de|d')\s*|tous\s+(?:mes|les)\s+)",
    "es": r"\b(?:guardo|tengo\s+guardad[oa]s)\s+(?:todas\s+las\s+cajas\s+de\s+|todos\s+(?:mis"
    r"|los)\s+|todas\s+(?:mis|las)\s+)",
    "pt": r"\b(?:guardo|tenho\s+guardad[oa]s)\s+(?:todas\s+as\s+caixas\s+de\s+|todos\s+os\s+"
    r"(?:meus\s+)?|todas\s+as\s+(?:minhas\s+)?)",
    "it": r"\b(?:tengo|conservo)\s+(?:tutte\s+le\s+scatole\s+di\s+|tutti\s+i\s+(?:miei\s+)?"
    r"|tutte\s+le\s+(?:mie\s+)?)",
    "de": r"\b(?:behalte|hebe|bewahre)\s+(?:alle\s+(?:packungen\s+)?(?:meine\s+)?)",
}
_UNTOUCHED = {
    "en": r"\bwithout\s+(?:touching|taking)\s+(?:them|any|one)\b|\bnot\s+(?:taking|touching)\s+"
    r"(?:them|any|one)\b",
    "fr": r"\bsans\s+(?:y\s+toucher|les\s+toucher|en\s+prendre)\b",
    "es": r"\bsin\s+(?:tocarlas|tocarlos|tomarlas|tomarlos|tocar\s+ninguna|tomar\s+ninguna)\b",
    "pt": r"\bsem\s+(?:lhes\s+tocar|tocar\s+neles|tocar\s+nelas|tomar\s+nenhum)\b",
    "it": r"\bsenza\s+(?:toccarl[ei]|prenderne)\b",
    "de": r"\bohne\s+(?:sie\s+)?(?:anzuru(?:e)?hren|eine\s+zu\s+nehmen)\b",
}
# … not where the supply has a safe reason: locked, expired, returned, away from children
_SAFE = (
    rf"(?!{_S}*\b(?:{GIFT_OR_SPORT}|lock\w*|expired|kids?|children|child|pharmacy\s+bin|return\w*"
    r"|periment\w*|perime\w*|caducad\w*|vencid\w*|scadut\w*|abgelaufen\w*|enfants|ninos|criancas"
    r"|bambini|kinder|mum'?s|dad'?s|for\s+(?:him|her)|pour\s+(?:lui|elle)|para\s+(?:el|ella)"
    r"|per\s+(?:lui|lei)|fu(?:e)?r\s+(?:ihn|sie)"
    # (bought or kept for a relative: "per mia madre", "for my dad", "pour ma grand-mère")
    r"|(?:for|per|pour|para|fu(?:e)?r)\s+(?:my|mia|mio|ma|mon|mi|mis|a\s+minha|o\s+meu|meine?n?)\s+"
    rf"(?:{KIN}|gran\w*|grand-\w+|wife|husband|partner|moglie|marito|femme|mari|esposa|marido"
    r"|mulher|frau|mann))\b)"
)
_START = r"(?:^|(?<=[.!?\n]))"

RULES: tuple[Rule, ...] = family(
    "means_hoarded",
    "another_box_untold",
    Category.GETTING_MEANS,
    Severity.CONCERN,
    {
        lang: rf"{_START}{_SAFE}{_S}*?{_ANOTHER_BOX[lang]}\s*(?:\w+\s+)?{CORE[lang]}\b"
        rf"{_S}*?(?:{UNTOLD[lang]})"
        for lang in _ANOTHER_BOX
    },
    {
        "en": "another|one more",
        "it": "altra|ancora una",
        "fr": "autre|encore une",
        "es": "otra|mas de",
        "pt": "outra|mais uma",
        "de": "noch",
    },
) + family(
    "means_hoarded",
    "all_kept_untouched",
    Category.GETTING_MEANS,
    Severity.CONCERN,
    {
        lang: rf"{_START}{_SAFE}{_S}*?{_ALL_KEPT[lang]}{CORE[lang]}\b{_S}*?(?:{_UNTOUCHED[lang]})"
        for lang in _ALL_KEPT
    },
    {
        "en": "without|not taking|not touching",
        "fr": "sans",
        "es": "sin",
        "pt": "sem",
        "it": "senza",
        "de": "ohne",
    },
)

__all__ = ["RULES"]
