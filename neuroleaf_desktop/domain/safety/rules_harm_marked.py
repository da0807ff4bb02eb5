"""Self-harm told by the mark it left or the intent said beside it: nails dug, a hand bitten,
skin twisted, fists struck or a hot iron pressed, until bruises or a mark showed, or on
purpose; in six languages.

Why: the self-harm families read cutting, burning and hitting in their usual words, and "until
it bleeds". Writers also name the act on their own body and what it left: "dug my nails into
my thighs till they bruised", "Hab mir die Fingernägel in die Oberschenkel gebohrt, bis blaue
Flecken da waren", "mi sono morsa la mano fino a lasciare il segno", "torci a pele da barriga
até ficar roxa", "me pellizqué los brazos hasta dejarlos morados", "j'ai cogné mes poings
contre le mur jusqu'à plus sentir mes doigts, exprès", "pressed the hot iron to my palm,
deliberate".

The writer is the one who acts (not the cat, a child or a dentist), on the writer's own body,
and the mark or the intent is said: a bruise from a door, a game or a fall, a bite or a pinch
to stay awake, or something done by mistake, is left alone.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_SENTENCE, Rule, family

_S = SAME_SENTENCE
# a game, a fall, a door, a mistake or staying awake: the mark is an accident or a trick
_NOT_AN_ACCIDENT = (
    r"(?!" + _S + r"*\b(?:playing|football|rugby|training|gym|fell|fall|door|accident\w*|mistake"
    r"|awake|dreaming|spielen|fussball|training|gefallen|tu(?:e)?r|versehen\w*|wach|jouant|foot"
    r"|tombe\w*|porte|erreur|reveill\w*|jugando|futbol|cai|puerta|error|sin\s+querer|despiert\w*"
    r"|jogar|jogo|futebol|porta|engano|sem\s+querer|acordad[oa]|giocando|calcio|caduta?|sbaglio"
    r"|sveglio|sveglia)\b)"
)
_OWN_OPEN = r"(?:^|(?<=[.!?\n,;])|\bi\s+)\s*"
_BODY = {
    "en": r"(?:arms?|hands?|palms?|wrists?|thighs?|legs?|skin|stomach|belly|fists?|knuckles"
    r"|fingers?)",
    "de": r"(?:arme?|ha(?:e)?nde?|handfla(?:e)?che|handgelenke?|oberschenkel|beine?|haut|bauch"
    r"|fa(?:e)?uste|faust|finger)",
    "fr": r"(?:poings?|mains?|bras|cuisses?|peau|ventre|doigts|poignets?|paume)",
    "es": r"(?:manos?|brazos?|piernas?|muslos?|piel|barriga|panza|munecas?|punos?|nudillos"
    r"|palma)",
    "pt": r"(?:pele|maos?|bracos?|pernas?|coxas?|barriga|pulsos?|punhos?|palma)",
    "it": r"(?:mano|mani|braccio|braccia|gambe?|cosce|coscia|pelle|polsi|polso|pancia|pugni"
    r"|nocche|palmo)",
}
# what the act is done with, if said, then the writer's own body part
_EN_WITH = (
    r"(?:(?:my|the)\s+(?:own\s+)?(?:nails|teeth|fingernails|hot\s+\w+|iron|lighter)\s+"
    r"(?:in|into|against|to|on)\s+)?my\s+(?:own\s+)?(?:\w+\s+)?"
)
# A hand pressed or held on a thing uses the hand, it does not mark it: on a cut to stop the
# bleeding, in dough for a print, against a window for a wave. Only something that burns or
# freezes keeps the reading ("held my hand over the candle", "against the radiator"; "hab" is
# the respeller's "hob").
_EN_LAID_ON_A_THING = (
    r"(?!\s+(?:on|onto|upon|over|against|to|in|into)\s+(?:the|a|an|some|his|her|their|our|its"
    r"|this|that)\s+(?!(?:\w+\s+){0,2}?(?:hot|burning|boiling|scalding|stove|hob|hab|iron|radiator"
    r"|oven|pan|kettle|flame|candle|cooker|grill|heater|lighter|fire|element|ice|freezing)\b))"
)
_ACT = {
    "en": r"(?:(?:dug|dig|digging|bit|bite|biting|pinched|pinching|twisted|twisting|scratched"
    r"|scratching|punched|punching|hit|hitting|slammed)\s+" + _EN_WITH + r"{body}\b"
    r"|(?:pressed|pressing|held)\s+" + _EN_WITH + r"{body}\b" + _EN_LAID_ON_A_THING + ")",
    "de": r"(?:hab|habe|hatte)\s+mir\s+" + _S + r"{0,40}?(?:\b(?:fingerna(?:e)?gel|na(?:e)?gel"
    r"|za(?:e)?hne)\s+in\s+(?:die|den|das)\s+{body}|\b(?:die|den|das|meine?n?)\s+{body}\s+"
    r"(?:\w+\s+){0,3}?(?:zerkratzt|gekniffen|verdreht|gebissen|geschlagen))",
    "fr": r"(?:j'\s*ai|je\s+me\s+suis)\s+(?:cogne|frappe|mordu|pince|griffe|tordu|brule|serre)\w*"
    r"\s+(?:mes|ma|mon|la|le|les)\s+{body}\b",
    "es": r"me\s+(?:mordi|pellizque|rasgue|arane|queme|golpee|clave\s+las\s+unas\s+en|retorci)\s+"
    r"(?:la|las|el|los|mis?)\s+{body}\b",
    "pt": r"(?:torci|belisquei|mordi|arranhei|queimei|cravei\s+as\s+unhas\s+n[ao]s?)\s+(?:a|as|o"
    r"|os|n[ao]s?|minhas?|meus?)\s+{body}\b",
    "it": r"mi\s+sono\s+(?:mors[oa]|graffiat[oa]|pizzicat[oa]|bruciat[oa]|colpit[oa]|conficcat[oa]"
    r"\s+le\s+unghie\s+nel(?:la|le)?)\s+(?:la|le|il|i|nel(?:la|le)?)?\s*{body}\b",
}
_MARK_OR_INTENT = {
    "en": r"\b(?:till|until|untill)\s+(?:it|they|there)\s+(?:bruised|went\s+(?:purple|blue"
    r"|black|numb)|left\s+(?:a\s+)?marks?|were\s+(?:bruises|marks|purple|numb)|was\s+a\s+"
    r"(?:bruise|mark)|swelled|swole)|\b(?:on\s+purpose|deliberate(?:ly)?)\b",
    "de": r"\bbis\s+(?:blaue\s+fle(?:c)?k\w*|(?:es|sie)\s+(?:blau|lila|taub)\s+(?:war\w*"
    r"|wurde\w*)|abdru(?:e)?cke|striemen|man\s+es\s+sah)|\babsichtlich\b|\bmit\s+absicht\b",
    "fr": r"\bjusqu'\s*(?:a\s+(?:plus\s+(?:rien\s+)?sentir|avoir\s+des\s+bleus|laisser\s+(?:des\s+"
    r")?(?:marques?|traces?)|ce\s+que\s+(?:ca|ce)\s+(?:saigne|bleuisse|marque))|au\s+sang)"
    r"|\b(?:expres|volontairement|deliberement)\b",
    "es": r"\bhasta\s+(?:dejar(?:me|los|las|la|lo)?\s+(?:la\s+)?(?:marcas?|morad[oa]s?)|que\s+"
    r"(?:quedo|quedaron|se\s+puso|se\s+pusieron)\s+(?:morad[oa]s?|negr[oa]s?)|ponerse\s+"
    r"morad[oa]s?|sangrar|no\s+sentir\w*)|\b(?:a\s+proposito|adrede)\b",
    "pt": r"\bate\s+(?:ficar(?:em)?\s+(?:rox[oa]s?|negr[oa]s?|marcad[oa]s?|dormente)|sangrar"
    r"|deixar\s+marcas?|nao\s+sentir)|\b(?:de\s+proposito|por\s+querer)\b",
    "it": r"\bfino\s+a\s+(?:lasciare\s+(?:il\s+)?segn[oi]|farmi\s+(?:i\s+)?lividi|sanguinare"
    r"|diventare\s+(?:viola|nera|nero|blu)|non\s+sentir\w*)|\b(?:apposta|di\s+proposito)\b",
}


def _marked(lang: str) -> str:
    """The writer's act on their own body, then within the sentence the mark or the intent."""
    act = _ACT[lang].replace("{body}", _BODY[lang])
    return rf"{_OWN_OPEN}{_NOT_AN_ACCIDENT}{act}{_S}{{0,60}}?(?:{_MARK_OR_INTENT[lang]})"


_NAME = "harm_marked"
RULES: tuple[Rule, ...] = family(
    _NAME,
    "own_body_marked",
    Category.SELF_HARM,
    Severity.CONCERN,
    {lang: _marked(lang) for lang in _ACT},
    {
        "en": "till|until|untill|purpose|deliberate",
        "de": "bis|absicht",
        "fr": "jusqu|expres|volontairement|deliberement",
        "es": "hasta|proposito|adrede",
        "pt": "ate|proposito|querer",
        "it": "fino|apposta|proposito",
    },
)

__all__ = ["RULES"]
