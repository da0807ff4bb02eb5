"""Explicit statements told without the usual words: the one thing that held the act back,
the sea pictured taking the writer, a crash wished with the writer inside, not waking
imagined as a comfort, everything wanted to stop for good; in six languages.

Why: the explicit families read "I want to die", "kill myself", "end it" in their grammar. The
same statement is often told by what frames it:

* **the one reason it has not happened**: "if it wasn't for the dog I'd have ended it
  already", "wenn die Kinder nicht wären, hätte ich es längst getan", "si no fuera por mi
  madre ya lo habría hecho", "se non fosse per mia figlia l'avrei già fatta finita" (not "…
  ended it with him", a relationship, nor a chore done: the act is a bare "it");
* **the sea or the water pictured taking the writer, or going over the rail**: "I think about
  going over the rail and letting the sea have me", "que el mar me lleve", "que la mer me
  prenne", "dass mich das Meer holt" (not the sea carrying the writer to an island);
* **a crash wished with the writer inside**: "I wish the bus would go off the road with me in
  it", "ojalá el avión se cayera conmigo adentro", "magari il treno deragliasse con me dentro";
* **not waking imagined, and it feels good**: "sometimes I picture just not waking up and it
  feels almost nice", "ich stell mir vor, dass ich nicht mehr aufwache, und das fühlt sich gut
  an", "me imagino que ya no despierto y se siente bien";
* **everything wanted to stop for good**: "I just wanted it all to stop for good", "je voulais
  juste que tout s'arrête pour de bon", "quiero que todo se acabe de una vez por todas"
  (everything, for good: the rain or the noise stopping is a complaint).
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_SENTENCE, Rule, family

_S = SAME_SENTENCE
_CLOSE = r"(?=\s*(?:$|[.!?,;:\n]|\s+(?:and|but|und|aber|et|mais|y|pero|e|mas|ma)\b))"
# --- the one reason it has not happened -----------------------------------------------------------
_WHEN = r"(?:\s+(?:already|by\s+now|long\s+ago|years\s+ago|ages\s+ago))?"
_HELD_BACK = {
    "en": r"\bif\s+it\s+(?:wasn'?t|weren'?t|was\s+not|were\s+not|hadn'?t\s+been)\s+for\s+"
    + _S
    + r"{1,40}?,?\s+i'?d\s+(?:have\s+|'ve\s+)?(?:ended\s+it|done\s+it|killed\s+myself|been\s+gone"
    r"|not\s+be\s+here|checked\s+out)\b(?!\s+with\b)" + _WHEN + _CLOSE,
    "de": r"\b(?:wenn\s+(?:\w+\s+){1,4}?nicht\s+wa(?:e)?re?n?|ohne\s+\w+(?:\s+\w+){0,2}?),?\s+"
    r"(?:ha(?:e)?tte\s+ich\s+(?:es\s+)?(?:schon\s+)?(?:la(?:e)?ngst\s+)?(?:beendet|getan|gemacht)"
    r"|wa(?:e)?re\s+ich\s+(?:schon\s+)?(?:la(?:e)?ngst\s+)?(?:nicht\s+mehr\s+da|weg|tot))" + _CLOSE,
    "fr": r"\b(?:sans\s+\w+(?:\s+\w+){0,2}?|si\s+(?:\w+\s+){1,4}?n'\s*(?:etait"
    r"|etaient)\s+pas\s+la),?"
    r"\s+(?:j'\s*aurais\s+(?:deja\s+)?(?:tout\s+arrete|mis\s+fin\s+a\s+(?:tout|mes\s+jours)"
    r"|fait\s+le\s+pas)|je\s+serais\s+(?:deja\s+)?(?:plus\s+la|partie?\s+depuis\s+longtemps))"
    + _CLOSE,
    "es": r"\bsi\s+no\s+(?:fuera|fuese|hubiera\s+sido)\s+por\s+" + _S + r"{1,40}?,?\s+(?:ya\s+)?"
    r"(?:lo\s+(?:habria|hubiera)\s+(?:hecho|terminado|acabado)|(?:habria|hubiera)\s+acabado"
    r"\s+con\s+todo|no\s+estaria\s+aqui)" + _CLOSE,
    "pt": r"\bse\s+nao\s+fosse\s+(?:o|a|os|as|pel[oa]s?|por)\s+" + _S + r"{1,40}?,?\s+(?:eu\s+)?"
    r"(?:ja\s+)?(?:tinha|teria)\s+(?:acabado\s+com\s+tudo|feito\s+isso|posto\s+fim\s+a\s+tudo)"
    r"|\bse\s+nao\s+fosse\s+(?:o|a|os|as|pel[oa]s?|por)\s+" + _S + r"{1,40}?,?\s+(?:eu\s+)?"
    r"(?:ja\s+)?nao\s+estaria\s+ca" + _CLOSE,
    "it": r"\bse\s+non\s+(?:fosse|ci\s+fosse|ci\s+fossero)\s+(?:per\s+)?" + _S + r"{1,40}?,?\s+"
    r"(?:l'\s*avrei\s+(?:gia\s+)?fatta\s+finita|avrei\s+(?:gia\s+)?(?:chiuso|finito)\s+con\s+"
    r"tutto|non\s+sarei\s+piu\s+qui)" + _CLOSE,
}
# --- the sea pictured taking the writer, or going over the rail ----------------------------------
_NOT_CARRIED_AWAY = r"(?!\s+(?:to|a|para|nach|vers|per|ate|hasta|jusqu\w*|back)\b)"
_SEA_TAKES = {
    "en": r"\b(?:think|thinking|thought|imagine|imagining|picture|picturing|dream\w*|want\w*)\s+"
    r"(?:about|of)?\s*(?:just\s+)?(?:going\s+over\s+the\s+(?:rail|railing|railings|side|edge)"
    r"|letting\s+the\s+(?:sea|water|river|waves|current|tide)\s+(?:have|take)\s+me)\b"
    r"|\blet(?:ting)?\s+the\s+(?:sea|river|waves|current|tide)\s+(?:have|take)\s+me\b",
    "de": r"\b(?:mich\s+(?:das\s+(?:meer|wasser)|der\s+fluss|die\s+wellen)|(?:das\s+(?:meer|wasser)"
    r"|der\s+fluss|die\s+wellen)\s+mich)\s+(?:holt|nimmt|mitnimmt|verschluckt)\b|\b(?:das\s+(?:meer|wasser)|der\s+fluss|die\s+wellen)"
    r"\s+mich\s+(?:holen|nehmen|mitnehmen)\s+(?:lassen|la(?:e)?sst)\b|\bu(?:e)?ber\s+die\s+reling"
    r"\s+(?:zu\s+)?(?:gehen|springen|steigen|klettern)\b",
    "fr": r"\b(?:laisser\s+la\s+mer\s+me\s+(?:prendre|garder|emporter)|que\s+la\s+mer\s+me\s+"
    r"(?:prenne|garde|emporte))\b|\b(?:passer|sauter)\s+par-dessus\s+(?:le\s+)?bastingage\b"
    r"|\benjamber\s+le\s+bastingage\b",
    "es": r"\b(?:(?:dejar\s+)?que\s+el\s+mar\s+me\s+(?:lleve|trague|tenga|quede))\b"
    r"|\b(?:tirarme|saltar)\s+por\s+la\s+borda\b|\bsaltar\s+la\s+(?:baranda|barandilla)\s+del\s+"
    r"(?:ferry|barco)\b",
    "pt": r"\b(?:(?:deixar\s+)?que\s+o\s+mar\s+me\s+(?:leve|engula|fique)|deixar\s+o\s+mar\s+"
    r"levar-me)\b|\b(?:atirar-me|saltar)\s+(?:pela\s+borda|da\s+amurada)\b",
    "it": r"\b(?:(?:lasciare\s+)?che\s+il\s+mare\s+mi\s+(?:prenda|porti\s+via|inghiotta|tenga))\b"
    r"|\b(?:buttarmi|gettarmi)\s+(?:giu\s+)?(?:dalla\s+murata|fuori\s+bordo)\b"
    r"|\bscavalcare\s+(?:la\s+ringhiera|il\s+parapetto)\s+del\s+(?:traghetto|ponte)\b",
}
# --- a crash wished with the writer inside ------------------------------------------------------
_CRASH_WISHED = {
    "en": r"\b(?:i\s+wish|wish|hope|if\s+only)\s+(?:that\s+)?(?:the|this|my)\s+(?:bus|plane|train"
    r"|car|ferry|boat|taxi|coach|lorry|truck)\s+(?:would\s+)?(?:crash\w*|came\s+off|come\s+off"
    r"|go(?:es)?\s+off|went\s+off|sank|sink|goes\s+down|go\s+down|went\s+down|roll\w*|derail\w*)\b"
    + _S
    + r"{0,40}?\bwith\s+me\s+(?:in\s+it|on\s+(?:it|board)|inside)\b",
    "de": r"\b(?:ich\s+wu(?:e)?nschte|wenn\s+doch\s+nur|hoffentlich)\b" + _S + r"{0,30}?\b(?:bus"
    r"|flugzeug|zug|auto|fa(?:e)?hre|schiff)\b"
    + _S
    + r"{0,40}?\bmit\s+mir\s+(?:drin|an\s+bord)\b"
    + _S
    + r"{0,30}?\b(?:abstu(?:e)?rz\w*|verungl\w*|unterg\w*|entgleis\w*|von\s+der\s+stra(?:ss|s)e"
    r"|kippt\w*)",
    "fr": r"\b(?:j'\s*aimerais|je\s+voudrais|pourvu)\s+(?:que|qu')\s*(?:le|la|ce|cet|cette|l')\s*"
    r"(?:bus|car|avion|train|voiture|bateau|ferry)\b" + _S + r"{0,40}?\b(?:sorte|s'\s*ecrase"
    r"|coule|tombe|chavire|deraille)\w*\b" + _S + r"{0,30}?\bavec\s+moi\s+(?:dedans|a\s+bord)\b",
    "es": r"\bojala\s+(?:que\s+)?(?:el|la|este|esta)\s+(?:bus|autobus|avion|tren|carro|coche|barco"
    r"|ferry|camion|micro|guagua|colectivo)\b" + _S + r"{0,40}?\b(?:saliera|chocara|estrellara"
    r"|cayera|volcara|hundiera|despenara|desbarrancara|descarrilara)\b" + _S + r"{0,40}?\bconmigo"
    r"\s+(?:adentro|dentro|encima|a\s+bordo)\b",
    "pt": r"\boxala\s+(?:que\s+)?(?:o|a|este|esta)\s+(?:autocarro|onibus|aviao|comboio|trem|carro"
    r"|barco)\b" + _S + r"{0,40}?\b(?:despistasse|caisse|batesse|afundasse|capotasse|saisse"
    r"|descarrilasse)\b" + _S + r"{0,40}?\bcomigo\s+(?:dentro|la\s+dentro|a\s+bordo)\b",
    "it": r"\b(?:magari|spero\s+che|vorrei\s+che)\s+(?:l'|il|la|questo|questa)\s*(?:autobus|bus"
    r"|aereo|treno|macchina|traghetto|nave|pullman|corriera)\b" + _S + r"{0,40}?\b(?:uscisse"
    r"|schiantasse|cadesse|affondasse|ribaltasse|deragliasse|precipitasse)\b" + _S + r"{0,40}?"
    r"\bcon\s+me\s+(?:dentro|a\s+bordo|sopra)\b",
}
# --- not waking imagined, and it feels good -----------------------------------------------------
_NOT_WAKING_GOOD = {
    "en": r"\b(?:imagine|imagining|picture|picturing)\s+(?:just\s+)?(?:not\s+waking\s+up|never"
    r"\s+waking\s+up|i\s+(?:just\s+)?(?:don'?t|didn'?t|won'?t|wouldn'?t)\s+wake\s+up)"
    + _S
    + r"{0,40}?\b(?:feels?|felt)\s+(?:almost\s+|so\s+|kind\s+of\s+|sort\s+of\s+|really\s+)?(?:good"
    r"|nice|peaceful|like\s+(?:a\s+)?relief|comforting|warm)\b",
    "de": r"\bstell\w*\s+(?:ich\s+)?mir\s+vor,?\s+(?:dass\s+ich\s+(?:einfach\s+)?(?:nicht\s+mehr"
    r"|nie\s+mehr|nie\s+wieder)\s+aufwache|(?:einfach\s+)?(?:nicht\s+mehr|nie\s+mehr)\s+aufzuwachen)"
    + _S
    + r"{0,40}?\b(?:fu(?:e)?hlt\s+sich\s+(?:\w+\s+){0,2}?(?:gut|scho(?:e)?n|friedlich"
    r"|tro(?:e)?stlich)|tut\s+(?:\w+\s+)?gut)\b",
    "fr": r"\bj'\s*imagine\s+(?:que\s+je\s+ne\s+me\s+reveille\s+(?:plus|pas|jamais)|ne\s+plus\s+me"
    r"\s+reveiller)"
    + _S
    + r"{0,40}?\b(?:ca\s+(?:me\s+)?fait\s+du\s+bien|c'\s*est\s+(?:presque\s+)?"
    r"(?:doux|bon|apaisant|agreable))\b",
    "es": r"\bme\s+imagino\s+(?:que\s+(?:ya\s+)?no\s+(?:me\s+)?despierto|no\s+despertar(?:me)?)"
    + _S
    + r"{0,40}?\b(?:se\s+siente\s+(?:casi\s+)?(?:bien|bonito|en\s+paz)|me\s+da\s+(?:paz"
    r"|alivio))\b",
    "pt": r"\bimagino\s+(?:que\s+(?:ja\s+)?nao\s+acordo|nao\s+acordar)" + _S + r"{0,40}?\b(?:sabe"
    r"\s+(?:quase\s+)?bem|da-me\s+(?:paz|alivio)|e\s+(?:quase\s+)?bom)\b",
    "it": r"\bmi\s+immagino\s+(?:di\s+non\s+svegliarmi|che\s+non\s+mi\s+sveglio)"
    + _S
    + r"{0,40}?\b(?:mi\s+fa\s+(?:quasi\s+)?stare\s+bene|e\s+(?:quasi\s+)?(?:bello|dolce)|mi\s+da"
    r"\s+(?:pace|sollievo))\b",
}
# --- everything wanted to stop for good -----------------------------------------------------------
_ALL_STOP = {
    "en": r"\bi\s+(?:just\s+)?(?:want(?:ed)?|wish(?:ed)?)\s+(?:it\s+all|everything)\s+to\s+(?:stop"
    r"|end)\s+(?:for\s+good|forever|for\s+ever|permanently|once\s+and\s+for\s+all)",
    "de": r"\bich\s+(?:will|wollte|mo(?:e)?chte)\s+(?:nur|einfach|nur\s+noch)?\s*,?\s*dass\s+alles"
    r"\s+(?:fu(?:e)?r\s+immer|endgu(?:e)?ltig)\s+aufho(?:e)?rt",
    "fr": r"\bje\s+(?:veux|voulais|voudrais)\s+(?:juste\s+|seulement\s+)?que\s+tout\s+s'\s*arrete"
    r"\s+(?:pour\s+de\s+bon|pour\s+toujours|definitivement|une\s+bonne\s+fois)",
    "es": r"\b(?:quiero|queria|quisiera)\s+(?:solo\s+"
    r"|nada\s+mas\s+)?que\s+todo\s+(?:se\s+)?(?:acabe"
    r"|termine|pare|detenga)\s+(?:para\s+siempre|de\s+una\s+vez|definitivamente)",
    "pt": r"\b(?:quero|queria)\s+(?:so\s+|apenas\s+)?que\s+tudo\s+(?:acabe|pare"
    r"|termine)\s+(?:de\s+vez"
    r"|para\s+sempre|definitivamente)",
    "it": r"\b(?:voglio|volevo|vorrei)\s+(?:solo\s+|soltanto\s+)?che\s+tutto\s+(?:finisca"
    r"|si\s+fermi"
    r"|smetta)\s+(?:per\s+sempre|definitivamente|una\s+volta\s+per\s+tutte)",
}
# (what "everything" is may be named after a colon or a dash: "… for good: the arguing")
_NOT_NAMED_AFTER = r"(?!\s*(?::|\s-|—)\s*\w)"

_NAME = "explicit_pictured"
RULES: tuple[Rule, ...] = (
    family(
        _NAME,
        "held_back_by",
        Category.SUICIDAL_IDEATION,
        Severity.URGENT,
        _HELD_BACK,
        {
            "en": "if it",
            "de": "ware|waere|waren|ohne",
            "fr": "sans|etait",
            "es": "si no",
            "pt": "se nao",
            "it": "se non",
        },
    )
    + family(
        _NAME,
        "sea_takes_me",
        Category.SUICIDAL_IDEATION,
        Severity.URGENT,
        {lang: rf"(?:{p}){_NOT_CARRIED_AWAY}" for lang, p in _SEA_TAKES.items()},
        {
            "en": "rail|side|edge|me",
            "de": "mich|reling",
            "fr": "mer|bastingage",
            "es": "mar|borda|barand",
            "pt": "mar|borda|amurada",
            "it": "mare|murata|bordo|ringhiera|parapetto",
        },
    )
    + family(
        _NAME,
        "crash_wished",
        Category.DEATH_WISH,
        Severity.CONCERN,
        _CRASH_WISHED,
        {
            "en": "with me",
            "de": "mit mir",
            "fr": "avec moi",
            "es": "conmigo",
            "pt": "comigo",
            "it": "con me",
        },
    )
    + family(
        _NAME,
        "not_waking_good",
        Category.DEATH_WISH,
        Severity.CONCERN,
        _NOT_WAKING_GOOD,
        {
            "en": "wak",
            "de": "wach",
            "fr": "reveill",
            "es": "despert|despiert",
            "pt": "acord",
            "it": "svegli",
        },
    )
    + family(
        _NAME,
        "all_to_stop",
        Category.DEATH_WISH,
        Severity.CONCERN,
        {lang: rf"(?:{p}){_NOT_NAMED_AFTER}" for lang, p in _ALL_STOP.items()},
        {
            "en": "stop|end",
            "de": "aufhor|aufhoer",
            "fr": "arrete",
            "es": "todo",
            "pt": "tudo",
            "it": "tutto",
        },
    )
)

__all__ = ["RULES"]
