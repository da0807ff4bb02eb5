"""A pain or a weight on the writer that never ends, in six languages: trapped pain told by its
having no end, without any word of being trapped.

Why: people tell a pain with no way out by what it never does: stop, lift, pass, let go ("this
weight never lifts", "el dolor no para", "ce poids partira jamais", "a dor não larga", "der
Schmerz hört nicht auf", "non se ne va mai"). ``rules_core_bearing`` reads pain that never
stops only beside "I can't bear it"; here the pain's having no end is enough, because the
nouns are those of a pain carried (pain, hurt, grief, a weight on one) and the verbs those of
its never ending. Left out: a body part's pain ("my back", "mal au dos": a physical complaint,
which ``everyday`` also clears by name), weight as in a diet, a verb with the writer as its
subject ("the pain? I never stop training"), and "à peine", "vale la pena".
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, core_family

# --- a pain carried: the noun of a pain or a weight on one ------------------------------------
_PAIN = {
    "en": r"\b(?:pain|hurt|hurting|ache|agony|suffering|misery|weight|heaviness|tension|grief"
    r"|sadness|darkness|despair|torment|anguish)\b",
    "de": r"\b(?:schmerz\w*|weh|qual|gewicht|last|leid|trauer|traurigkeit|verzweiflung)\b",
    "fr": r"\b(?:douleur|souffrance|poids|(?<!pas\s)mal(?!\s+(?:au|aux|a\s+la|a\s+l'))"
    r"|(?<!a\s)peine|angoisse|tristesse|detresse|chagrin)\b",
    "es": r"\b(?:dolor|(?<!la\s)pena|peso|sufrimiento|angustia|tristeza|agonia|tormento)\b",
    "pt": r"\b(?:dor|peso|agonia|sofrimento|angustia|tristeza|aperto|tormento)\b",
    # ("il male", the pain, with its article: not "sto male", feeling unwell)
    "it": r"\b(?:dolore|dulur|peso|sofferenza|angoscia|tristezza|(?<!la\s)pena|tormento"
    r"|(?<=\bil\s)male|(?<=\bquesto\s)male)\b",
}
# --- … that never ends: never stops, lifts, passes, lets go -----------------------------------
_NEVER_ENDS = {
    "en": r"\b(?:never|won'?t\s+ever|doesn'?t\s+ever|does\s+not\s+ever)\s+(?:\w+\s+)?(?:stops?"
    r"|ends?|goes\s+away|go\s+away|lifts?|lets?\s+(?:up|go)|eases?|passes|pass|leaves?)\b"
    r"|\b(?:won'?t|doesn'?t|does\s+not|will\s+not)\s+(?:ever\s+)?(?:stop|end|go\s+away|lift"
    r"|let\s+(?:up|go)|ease|pass|leave\s+me)\b"
    # … or said to have no end, no break: "no end to it", "ohne Pause", "sans répit"
    r"|\bno\s+end\s+to\s+it\b|\bwithout\s+(?:a\s+)?(?:break|let-?up|end)\b",
    "de": r"\b(?:geht|ho(?:e)?rt|la(?:e)?sst)\s+(?:\w+\s+){0,2}?(?:nie|nimmer|ned|nicht|niemals)"
    r"\s+(?:mehr\s+)?(?:weg|auf|los|vorbei)\b|\bnie\s+(?:mehr\s+)?(?:weg|vorbei)\b"
    r"|\b(?:ohne\s+(?:pause|unterbrechung|ende)|pausenlos)\b",
    "fr": r"\b(?:partira|part|s'\s*arrete(?:ra)?|passe(?:ra)?|finit|finira|lache(?:ra)?"
    r"|s'\s*en\s+va|s'\s*en\s+ira)\s+(?:\w+\s+)?jamais\b|\bne\s+(?:me\s+)?(?:passe|part"
    r"|s'\s*arrete|lache|finit|s'\s*en\s+va)\s+(?:pas|jamais|plus)\b"
    r"|\bsans\s+(?:repit|arret|fin|pause)\b",
    "es": r"\bno\s+(?:me\s+)?(?:se\s+va|para|pasa|afloja|termina|acaba|suelta|se\s+quita"
    r"|me\s+deja|baja|cede)\b|\bnunca\s+(?:se\s+va|para|pasa|termina|acaba|afloja)\b"
    r"|\bsin\s+(?:tregua|descanso|pausa|fin)\b",
    "pt": r"\b(?:nao|num|nunca)\s+(?:me\s+)?(?:passa|sai|para|larga|acaba|termina|vai\s+embora"
    r"|alivia|solta|diminui|cede)\b|\bsem\s+(?:tregua|descanso|pausa|fim)\b",
    "it": r"\bnon\s+(?:mi\s+)?(?:se\s+ne\s+va|passa|finisce|smette|molla|lascia|cala|diminuisce)\b"
    r"|\bsenza\s+(?:tregua|sosta|pausa|fine)\b"
    r"|\b(?:passa|finisce|finiss|se\s+ne\s+va|smette)\s+ma[ij]e?\b",
}
# --- the gap between them: no new subject of the writer's own ("the pain? I never stop") ------
_ME = {
    "en": r"i|i'm|i've|we",
    "de": r"ich|i|wir",
    "fr": r"je|j'|nous|on",
    "es": r"yo|nosotros",
    "pt": r"eu|nos|a\s+gente",
    "it": r"io|noi",
}
# --- not a body part's pain, not a diet's weight, in the same sentence --------------------------
_BODY_OR_DIET = {
    "en": r"back|knee|knees|neck|shoulder|hip|tooth|teeth|foot|feet|leg|legs|ankle|wrist|stomach"
    r"|period|migraine|headache|diet|kilos|pounds|lbs|kg|gym|baby\s+weight|scales|lose|losing"
    r"|run|running|jog\w*|training|football|trainers",
    "de": r"ru(?:e)?cken\w*|knie|nacken|schulter|hu(?:e)?fte|zahn|za(?:e)?hne|fuss|bein|magen"
    r"|migra(?:e)?ne|kopfschmerz\w*|dia(?:e)?t|kilo\w*|abnehmen|waage|laufen|joggen|training"
    r"|sport",
    "fr": r"dos|genou|genoux|nuque|epaules?|hanche|dent|dents|pieds?|jambes?|ventre|migraine|regime"
    r"|kilos|maigrir|balance|cours|courir|sport|footing|entrainement|baskets",
    "es": r"espalda|rodillas?|cuello|hombros?|cadera|muelas?|dientes?|pies?|piernas?|estomago"
    r"|migrana|dieta|kilos|bajar|adelgazar|gimnasio|bascula|correr|corro|entreno",
    "pt": r"costas|joelhos?|pescoco|ombros?|quadril|anca|dentes?|pes?|pernas?|estomago|enxaqueca"
    r"|dieta|quilos|kilos|emagrecer|academia|balanca|correr|corro|treino",
    "it": r"schiena|ginocchio|collo|spalla|anca|dente|denti|piede|gamba|stomaco|emicrania|dieta"
    r"|chili|dimagrire|palestra|bilancia|gambe|ginocchia|correre|corsa|allenamento",
}


def _lasting(lang: str) -> str:
    gap = rf"(?:(?!\b(?:{_ME[lang]})\b)[^.!?\n]){{0,50}}?"
    return (
        rf"(?:^|(?<=[.!?\n]))(?![^.!?\n]*\b(?:{_BODY_OR_DIET[lang]})\b)[^.!?\n]*?"
        rf"(?:{_PAIN[lang]}){gap}(?:{_NEVER_ENDS[lang]})"
    )


RULES: tuple[Rule, ...] = core_family(
    "pain_without_end",
    Category.TRAPPED_PAIN,
    Severity.CONCERN,
    {lang: _lasting(lang) for lang in LANGS},
    {
        "en": "never|won't|wont|doesn't|doesnt|does not|will not|no end|without",
        "de": "nie|nimmer|ned|nicht|ohne|pausenlos",
        "fr": "jamais|pas|plus|sans",
        "es": "no|nunca|sin",
        "pt": "nao|num|nunca|sem",
        "it": "non|ma|senza",
    },
    inherent=False,
)

__all__ = ["RULES"]
