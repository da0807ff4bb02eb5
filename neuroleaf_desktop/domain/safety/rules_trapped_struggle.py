"""Trapped pain told as an image the writer is caught in, where struggling makes it worse or
moving is impossible, in six languages.

Why: writers picture being trapped in things that tighten or swallow (a net, a bog, sand with
the tide coming, a chair they are tied to, an avalanche) and say what makes it a trap with no
way out: "the more I wriggle the tighter it pulls", "jede Bewegung zieht mich tiefer hinein",
"plus je me débats, plus ça serre", "no hay cómo soltarse", "quanto mais me mexo mais afundo",
"non riesco a muovermi". The image alone is a story, the struggle alone is a sport or a car in
the mud; said as a likeness of the writer's own state ("like being", "als würde ich", "comme
si", "me siento", "come stare") with the struggle after it, they are the sign.

What stays out: a literal scene (a car, a van, a dog, a boat's net hauled at work, a fishing
trip, a game), told without a likeness, and an image of someone else ("he's like a fish in a
net"): the likeness must be said of the writer, and whose words they are is judged in
``context``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

# a literal scene: a vehicle, an animal, a job or a game
_NOT_LITERAL = (
    r"(?![^.!?\n]*\b(?:car|van|truck|lorry|tyres?|wheels?|dog|cat|horse|fishing|trawler|shift"
    r"|game|level|auto|wagen|reifen|hund|katze|angeln|spiel|voiture|camion|pneus?|chien|chat"
    r"|peche|jeu|coche|camion|ruedas?|perro|gato|pesca|juego|carro|caminhao|pneus?|cao|gato"
    r"|jogo|macchina|camion|ruote|cane|gatto|pesca|gioco"
    # … or a road's queue: "coincé comme un idiot dans les bouchons"
    r"|traffic|bouchons?|embouteillage\w*|trafico|transito|trafego|traffico|stau)\b)"
)
# the likeness said of the writer
_LIKE = {
    # (or the writer's own state likened to a thing stuck: "je suis coincé comme une vache dans
    # la congère", "estou presa como um barco encalhado")
    "en": r"\b(?:(?:it'?s|it\s+is|feels?|felt)\s+like|like|as\s+if\s+i(?:'m|\s+am|\s+was"
    r"|\s+were)?)\s+"
    r"(?:i'?m\s+|i\s+am\s+)?(?:being\s+)?",
    "de": r"\b(?:als\s+(?:wu(?:e)?rde\s+ich|ob\s+ich|wa(?:e)?re?\s+ich)|wie\s+(?:wenn\s+ich)?)\b",
    "fr": r"\b(?:comme\s+si\s+j'?\s*(?:etais|avais)|comme\s+(?:etre|d'?\s*etre)|on\s+dirait\s+que"
    r"\s+je\s+suis|je\s+me\s+sens|je\s+suis\s+(?:\w+\s+){0,2}?comme\s+(?:une?|des))\b",
    "es": r"\b(?:como\s+si\s+estuviera|como\s+(?:estar|ser)|me\s+siento|es\s+como"
    r"|estoy\s+(?:\w+\s+){0,2}?como\s+una?)\b",
    "pt": r"\b(?:como\s+se\s+estivesse|como\s+(?:estar|ser)|sinto-me|me\s+sinto|e\s+como"
    r"|estou\s+(?:\w+\s+){0,2}?como\s+uma?)\b",
    "it": r"\b(?:come\s+se\s+(?:fossi|stessi)|come\s+(?:stare|essere)|mi\s+sento"
    r"|sono\s+(?:\w+\s+){0,2}?come\s+un[oa]?)\b",
}
# … caught in something that tightens or swallows
_CAUGHT = {
    "en": r"\b(?:nets?|netting|mesh|web|snare|bog|quicksand|mud|sand|rope|straitjacket|buried"
    r"|caught|tied|pinned|trapped"
    r"|tangled|snared)\b",
    "de": r"\b(?:moor|sumpf|treibsand|netz|schlamm|gefesselt|festgebunden|eingeklemmt|begraben"
    r"|lawine|verheddert)\b",
    "fr": r"\b(?:filet|sables?\s+mouvants|marais|boue|ligote\w*|attache\w*|enseveli\w*|avalanche"
    r"|glace|pris\w*|congere|neige|coince\w*|bloque\w*)\b",
    "es": r"\b(?:red|arenas?\s+movedizas?|pantano|barro|amarrad\w+|atad\w+|enterrad\w+"
    r"|avalancha)\b",
    "pt": r"\b(?:rede|areias?\s+movedi[cç]as?|pantano|lama|amarrad\w+|pres[oa]|enterrad\w+"
    r"|encalhad\w+|areia"
    r"|avalanche)\b",
    "it": r"\b(?:rete|sabbie\s+mobili|palude|fango|legat\w+|sepolt\w+|valanga|incastrat\w+)\b",
}
# … and struggling makes it worse, or moving is impossible
_STRUGGLE = {
    "en": r"\b(?:the\s+more\s+i\s+(?:wriggle|struggle|move|fight|pull|kick|thrash)"
    r"|(?:every\s+time|whenever)\s+i\s+(?:wriggle|struggle|fight|thrash)"
    r"|i\s+(?:get|'m\s+getting|am\s+getting)\s+more\s+(?:tangled|stuck|caught)|pulls?\s+"
    r"tighter|tighter\s+the\s+more|every\s+(?:move|movement)\s+(?:pulls|drags|sinks)\s+me"
    r"|(?:my\s+)?arms?\s+pinned|can'?t\s+(?:move|get\s+(?:loose|free|out))"
    r"|can'?t\s+go\s+(?:forward|back)\s+or\s+(?:back|forward))\b",
    "de": r"\b(?:jede\s+bewegung\s+(?:zieht|macht|drueckt|druckt)|je\s+mehr\s+ich\s+(?:zapple"
    r"|strample|mich\s+wehre|mich\s+bewege)|kann\s+mich\s+(?:nicht|kaum)\s+(?:bewegen|ru(?:e)?hren"
    r"|befreien)|weder\s+vor\s+noch\s+zuru(?:e)?ck)\b",
    "fr": r"\b(?:plus\s+je\s+(?:me\s+debats|bouge|tire)|chaque\s+mouvement|(?:je\s+)?(?:ne\s+)?"
    r"(?:peux|pouvais)\s+(?:pas|plus)\s+(?:bouger|me\s+liberer)|impossible\s+de\s+(?:bouger"
    r"|me\s+liberer)|personne\s+ne\s+m'?\s*entend\w*|ni\s+avancer\s+ni\s+reculer)\b",
    "es": r"\b(?:cuanto\s+mas\s+me\s+(?:muevo|resisto)|cada\s+movimiento|no\s+hay\s+como\s+"
    r"(?:soltarse|soltarme|salir)|no\s+puedo\s+(?:soltarme|moverme)|no\s+me\s+puedo\s+(?:mover"
    r"|soltar))\b",
    "pt": r"\b(?:quanto\s+mais\s+me\s+(?:mexo|debato)|cada\s+movimento|nao\s+(?:consigo|posso)\s+"
    r"(?:me\s+mexer|mexer-me|soltar-me|me\s+soltar)|nao\s+me\s+(?:consigo|posso)\s+(?:mexer"
    r"|soltar)|nao\s+saio\s+do\s+(?:lugar|sitio))\b",
    "it": r"\b(?:piu\s+mi\s+(?:muovo|dibatto)|ogni\s+movimento|non\s+riesco\s+a\s+(?:muovermi"
    r"|liberarmi)|non\s+mi\s+riesco\s+a\s+(?:muovere|liberare))\b",
}
_GATE = {
    "en": "like|as if",
    "de": "als|wie",
    "fr": "comme|dirait|sens",
    "es": "como|siento",
    "pt": "como|sinto",
    "it": "come|sento",
}

RULES: tuple[Rule, ...] = family(
    "trapped",
    "caught_struggling",
    Category.TRAPPED_PAIN,
    Severity.CONCERN,
    {
        lang: rf"(?:^|(?<=[.!?\n])){_NOT_LITERAL}[^.!?\n]*?(?:{_LIKE[lang]})[^.!?\n]{{0,40}}?"
        rf"(?:{_CAUGHT[lang]})[^.!?\n]{{0,80}}?(?:{_STRUGGLE[lang]})"
        for lang in _LIKE
    },
    _GATE,
    inherent=False,
)

__all__ = ["RULES"]
