"""Warning signs read from two parts that mean the sign together, in all six languages.

Why: signs are told in new images every time ("the crew would be better off with me dead",
"sin mí viviría tranquila", "ich sitz in diesem Loch und komm nicht raus", "so alt werd ich eh
nicht", "tanto io ormai non ne avrò bisogno"). Each family below names the two parts any such
sentence needs, and accepts any wording of each:

* burden: the writer's absence ("without me", "if I wasn't here", "sin mí", "se non ci fossi
  più") and someone else better for it, in the conditional ("could start again", "viviría
  tranquila", "respirerebbe");
* trapped: an image of a place with no way out (a hole, a well, a tunnel, a glass box, a
  headlock) and the writer unable to get out;
* no future: a point ahead (winter, next year, thirty) the writer says they will not reach;
* giving away: a thing given, and a reason that only makes sense if the writer will not be
  there ("won't need it", "while I still can", "ya no la iba a necesitar", "moi j'ai fini").

Between the two parts no negation may stand ("without me they *wouldn't* be better off"); a
negation before them is judged by ``negation``, everyday contexts by ``everyday``. Text is case-
and accent-folded first. Every rule has a ``gate``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, not_starting, rule
from neuroleaf_desktop.domain.safety.rules import either_order as either_order_any
from neuroleaf_desktop.domain.safety.trapped_words import EXIT_DENIED

_CONCERN = Severity.CONCERN
LANGS = ("en", "de", "fr", "es", "pt", "it")
#: The end of a clause: what a phrase said bare must stop at ("that's when.", "c'est décidé,").
CLAUSE_END = r"(?=\s*(?:$|[.!?,;:\n]))"

#: Each language's negation words, kept out of the stretch between two parts.
NEGATION = _NEGATION = {
    "en": r"not|never|no|nor|wouldn'?t|couldn'?t|won'?t|isn'?t|wasn'?t|don'?t|doesn'?t|didn'?t",
    "de": r"nicht|nie|niemals|kein\w*",
    "fr": r"ne|n'|pas|jamais|aucun\w*",
    "es": r"no|nunca|jamas|ni",
    "pt": r"nao|nunca|jamais|nem",
    "it": r"non|mai|ne",
}


def unnegated(lang: str) -> str:
    """One character of a sentence where no negation word of ``lang`` starts."""
    return not_starting(_NEGATION[lang])


def either_order(lang: str, first: str, second: str, most: int = 70) -> str:
    """Two parts of a sign in either order within ``most`` characters of one sentence, no
    negation between them (for the other core modules)."""
    return either_order_any(first, second, most, unnegated(lang))


# --- burden: the writer's absence, and someone better for it ---------------------------------
_ABSENT = {
    "en": r"\bif\s+i\s+(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+(?:here|around|round|alive)\b"
    r"|\bif\s+i\s+(?:was|were)\s+(?:gone|dead|out\s+of\s+the\s+picture)\b"
    r"|\bif\s+i'?d\s+never\s+(?:come\s+along|been\s+born|existed|been\s+around)\b"
    r"|\bwith\s+me\s+(?:dead|gone|out\s+of\s+the\s+picture)\b|\bwithout\s+me\b"
    # the other parent alone left to them: "better off with just their mum"
    r"|\bwith\s+(?:just|only)\s+(?:their|his|her)\s+(?:mum|mom|mam|dad|mother|father)\b"
    r"|\bme\s+out\s+of\s+the\s+picture\b|\bwith\s+me\s+out\s+of\s+(?:it|the\s+way|(?:his|her|their)\s+"
    r"(?:life|lives|hair|way))\b"
    r"|\bif\s+i\s+(?:just\s+)?went\s+(?:sooner|now|first|for\s+good)\b"
    r"|\bif\s+i\s+(?:just\s+)?(?:went|left|go|was\s+to\s+go)(?=\s*(?:$|[.!?,;\n]))"
    # the present for the conditional: "if I disappear for good", "if i just vanish"
    r"|\bif\s+i\s+(?:just\s+)?(?:disappear(?:ed)?|vanish(?:ed)?|die|died)\b"
    r"|\bif\s+i\s+(?:wasn'?t|weren'?t)\s+(?:dragging\s+(?:them|everyone|her|him)\s+down"
    r"|in\s+the\s+way)\b|\bi'?m\s+(?:the\s+(?:thing|one|only\s+thing)|what'?s)\s+"
    r"(?:stopping\s+(?:her|him|them)|holding\s+(?:her|him|them)\s+back|holding\s+back\s+(?:her|him"
    r"|them))\b",
    "de": r"\bohne\s+mich\b|\bwenn\s+ich\s+nicht\s+(?:mehr\s+)?(?:da|hier)\s+wa(?:e)?re\b"
    r"|\bwenn(?:'?s|\s+es)\s+mich\s+nicht\s+(?:mehr\s+)?ga(?:e)?be?\b"
    r"|\bwenn\s+ich\s+(?:weg|tot)\s+wa(?:e)?re?\b",
    "fr": r"\bsans\s+moi\b|\bsi\s+je\s+n'?\s*(?:etais|existais)\s+(?:plus\s+)?(?:la\b)?"
    r"|\bsi\s+je\s+(?:disparaissais|mourais|partais|m'?\s*en\s+allais)\b"
    r"|\bque\s+je\s+(?:ne\s+)?sois\s+plus\s+la\b|\bque\s+je\s+(?:disparaisse|meure)\b",
    "es": r"\bsin\s+mi\b|\bsi\s+(?:yo\s+)?(?:ya\s+)?no\s+(?:estuviera|existiera|estuviese)\b"
    r"|\bsi\s+(?:yo\s+)?(?:desapareciera|me\s+muriera|desaparezco|me\s+muero|me\s+fuera)\b",
    "pt": r"\bsem\s+mim\b|\bse\s+eu\s+nao\s+(?:estivesse|existisse)\b"
    r"|\bse\s+eu\s+(?:sumisse|morresse|desaparecesse|fosse\s+embora|partisse)\b",
    "it": r"\bsenza\s+di\s+me\b|\bse\s+(?:io\s+)?non\s+ci\s+fossi\b"
    r"|\bse\s+(?:io\s+)?(?:sparissi|morissi|me\s+ne\s+andassi)\b",
}
_BETTER = {
    "en": r"\b(?:could|would|'d|might)\s+(?:finally\s+|all\s+)?(?:start\s+(?:again|over)"
    r"|(?:have|get|live)\s+(?:an?\s+)?(?:better|happier|easier|normal)\s+li(?:fe|ves)"
    r"|be\s+(?:happier|free|freer|lighter|fine|okay|ok|better)|get\s+(?:their|his|her|our)\s+li(?:fe|ves)\s+back"
    r"|move\s+on|breathe|live\s+again|rest|find\s+someone\s+(?:normal|better|else|new))\b"
    r"|\bbetter\s+off\b"
    # … or as a weight taken off them: "my mam wouldn't have to worry every night"
    r"|\b(?:wouldn'?t|won'?t)\s+have\s+to\s+(?:worry|deal\s+with|look\s+after|care\s+for|pay"
    r"|cope|put\s+up)\b"
    r"|\bget\s+(?:their|his|her)\s+li(?:fe|ves)\s+back\b"
    # … better for them, a relief, one problem fewer, a life they deserve
    r"|\bbetter\s+for\s+(?:them|everyone|her|him|all)\b|\b(?:would|'d)\s+(?:all\s+)?get\s+on\s+"
    r"better\b|\bone\s+less\s+(?:problem|burden|worry|mouth\s+to\s+feed)\b"
    # (peace closing the clause: not "… peace if I stopped drumming")
    r"|\b(?:would|'d)\s+(?:finally\s+)?have\s+(?:some\s+)?peace\b(?=\s*(?:$|[.!?,;:\n]))"
    r"|\b(?:would|'d)\s+be\s+a\s+relief\b|\b(?:would|'d)\s+(?:all\s+)?be\s+(?:so\s+)?(?:relieved"
    r"|at\s+peace)\b|\bdeserves?\s+(?:a|her|his|their)\s+(?:own\s+)?li(?:fe"
    r"|ves)\b"
    # … or their life simpler, or a nicer one they would have had: "everyone's life gets
    # simpler", "they'd have had a nicer life"
    r"|\b(?:every(?:one|body)'?s|their|his|her|our)\s+li(?:fe|ves)\s+(?:would\s+be|'d\s+be|gets?"
    r"|will\s+be|becomes?)\s+(?:so\s+much\s+|a\s+lot\s+|much\s+)?(?:simpler|easier|better|lighter"
    r"|happier)\b"
    r"|\b(?:would|'d)\s+have\s+had\s+(?:a|an)\s+(?:\w+\s+)?(?:nicer|better|happier|easier|calmer)\s+"
    r"li(?:fe|ves)\b",
    "de": r"\bmu(?:e)?ssten?\s+sich\s+(?:\w+\s+)?keine\s+sorgen\s+mehr\b|\bha(?:e)?tte?n?'?s?\s+"
    r"(?:\w+\s+)?leichter\b"
    r"|\bwa(?:e)?r(?:e|en|n)?\s+(?:\w+\s+){0,4}?(?:besser\s+dran|glu(?:e)?cklicher|frei"
    r"|freier"
    r"|entlastet)\b|\bha(?:e)?tten?\s+(?:\w+\s+)?(?:endlich\s+)?(?:ruhe|es\s+leichter)\b"
    # the verb before "ohne mich", the comparative after it: "sie wäre ohne mich so viel freier"
    r"|(?<=ohne\smich\s)(?:so\s+|viel\s+|sehr\s+){0,2}(?:freier|glu(?:e)?cklicher)\b"
    r"(?=\s*(?:$|[.!?,;:\n]))"
    # peace of their own or one worry fewer: "hätte mein Freund endlich seine Ruhe"
    # (a place may name them: "hätten die Eltern in Lörrach endlich ihre Ruhe")
    r"|\bha(?:e)?tten?\s+(?:\w+\s+){0,3}?(?:(?:in|aus|bei|im)\s+\w+\s+)?(?:endlich\s+)?"
    r"(?:seine|ihre)\s+ruhe\b"
    r"(?!\s+(?:beim|bei|zum|im|vor)\b)"
    r"|\bha(?:e)?tten?\s+(?:\w+\s+){0,3}?eine?\s+(?:sorge|problem)\s+weniger\b"
    r"|\bko(?:e)?nnten?\s+(?:\w+\s+){0,2}?(?:neu\s+anfangen|aufatmen|durchatmen)\b"
    r"|\bwa(?:e)?re?\s+(?:\w+\s+)?eine\s+erleichterung\b"
    # their own life given back: "hätten sie ihr Leben zurück", "tendrían su vida"
    r"|\bha(?:e)?tten?\s+(?:\w+\s+){0,3}?(?:endlich\s+)?(?:sein|ihr)\s+leben\s+(?:zuru(?:e)?ck"
    r"|wieder)\b"
    # … or simply had at last, closing the clause: "ohne mich hätte er endlich sein Leben"
    r"|\bha(?:e)?tten?\s+(?:\w+\s+){0,3}?endlich\s+(?:sein|ihr)\s+(?:eigenes\s+)?leben"
    r"(?=\s*(?:$|[.!?,;:\n]))",
    "fr": r"\bn'?\s*(?:aurai(?:t|ent))\s+plus\s+a\s+s'?\s*(?:inquieter|occuper|soucier)\b"
    r"|\b\w+rai(?:t|ent)\s+(?:tous\s+|toutes\s+)?(?:enfin\s+|bien\s+)?(?:plus\s+)?(?:tranquilles?"
    r"|mieux|en\s+paix"
    r"|heureu\w+|libres?)\b"
    r"|\bpourrai(?:t|ent)\s+(?:enfin\s+)?(?:refaire|recommencer|vivre|respirer|souffler)\w*\b"
    r"|\brespirerai(?:t|ent)\b|\bserai(?:t|ent)\s+(?:enfin\s+)?(?:soulag\w+|libres?)\b"
    r"|\bserait\s+un\s+soulagement\b|\bleur\s+rendrais\s+service\b"
    r"|\baurai(?:t|ent)\s+(?:enfin\s+)?(?:la\s+paix|un\s+(?:probleme|souci)\s+de\s+moins"
    r"|(?:sa|leur)\s+vie)\b"
    r"(?=\s*(?:$|[.!?,;:\n]))",
    "es": r"\bno\s+tendria(?:n)?\s+que\s+(?:preocupar|cuidar|aguantar|pagar)\w*\b"
    r"|\b\w+ria(?:n)?\s+(?:todos\s+|todas\s+)?(?:mucho\s+|muy\s+|tan\s+)?(?:mas\s+)?(?:tranquil[oa]s?"
    r"|mejor|en\s+paz|feliz"
    # … or lighter: "sin mí vivirían más livianos"
    r"|felices|libres?|livian[oa]s?|liger[oa]s?|desahogad[oa]s?)\b"
    r"|\bpodria(?:n)?\s+(?:por\s+fin\s+)?(?:rehacer|empezar|vivir|respirar|descansar)\w*\b"
    r"|\brespiraria(?:n)?\b|\bdescansaria(?:n)?\b|\bseria\s+un\s+alivio\b"
    r"|\b(?:les|le)\s+haria\s+un\s+favor\b"
    r"|\btendria(?:n)?\s+(?:por\s+fin\s+)?(?:paz|un\s+problema\s+menos|(?:su|sus)\s+vidas?"
    r"(?:\s+de\s+vuelta)?)\b(?=\s*(?:$|[.!?,;:\n]))",
    "pt": r"\bnao\s+(?:precisaria(?:m)?|teria(?:m)?\s+que)\s+(?:mais\s+)?(?:se\s+)?(?:preocupar"
    r"|cuidar|aguentar|pagar)\w*\b"
    r"|\b\w+ria(?:m)?\s+(?:todos\s+|todas\s+)?(?:mais\s+|tao\s+)?(?:tranquil\w+|melhor|em\s+paz"
    r"|feliz\w*"
    r"|livres?)\b"
    r"|\bpoderia(?:m)?\s+(?:finalmente\s+)?(?:recomecar|refazer|viver|respirar|descansar)\w*\b"
    r"|\brespiraria(?:m)?\b|\b(?:seria|era)\s+um\s+alivio\b"
    r"|\biam?\s+(?:\w+\s+)?(?:respirar|ficar)\s+(?:aliviad\w+|melhor|em\s+paz)\b"
    # the imperfect said for the conditional: "sem mim ela ficava mais aliviada"
    r"|\b(?:ficava|ficavam|vivia|viviam)\s+(?:muito\s+|tao\s+)?(?:mais\s+)?(?:aliviad\w+|tranquil\w+"
    r"|melhor|feliz\w*|em\s+paz|livres?|leves?|sossegad\w+|descansad\w+)\b"
    r"|\b(?:respirava|respiravam|descansava|descansavam)\b"
    r"|\b(?:tinha|tinham|teria|teriam)\s+(?:finalmente\s+)?(?:paz|sossego|menos\s+um\s+problema"
    r"|um\s+problema\s+a\s+menos|(?:a\s+)?(?:sua|suas)\s+vidas?(?:\s+de\s+volta)?)"
    r"\b(?=\s*(?:$|[.!?,;:\n]))",
    "it": r"\bnon\s+dovrebbe(?:ro)?\s+piu\s+(?:preoccupar|occupar|sopportar|pagar)\w*\b"
    r"|\b\w+rebbe(?:ro)?\s+(?:tutti\s+|tutte\s+)?(?:piu\s+)?(?:seren\w+|tranquill\w+|meglio"
    r"|in\s+pace|felic\w+|liber\w+|legger[aoie])\b"
    r"|\bpotrebbe(?:ro)?\s+(?:finalmente\s+)?(?:rifarsi|ricominciare|vivere|respirare)\w*\b"
    r"|\brespirerebbe(?:ro)?\b|\bsarebbe\s+un\s+sollievo\b"
    r"|\bavrebbe(?:ro)?\s+(?:finalmente\s+)?(?:pace|un\s+problema\s+in\s+meno|(?:la\s+)?(?:sua"
    r"|loro)\s+vita)\b(?=\s*(?:$|[.!?,;:\n]))",
}
_BURDEN_GATE = {
    "en": "without me|with me|me out|if i|stopping|holding|with just|with only",
    "de": "ohne mich|wenn ich|wenn's mich|wenns mich|wenn es mich",
    "fr": "sans moi|si je|que je",
    "es": "sin mi|estuviera|existiera|estuviese|desapareciera|muriera|desaparezco|muero|fuera",
    "pt": "sem mim|estivesse|existisse|sumisse|morresse|desaparecesse|embora|partisse",
    "it": "senza di me|fossi|sparissi|morissi|andassi",
}
#: The burden family's parts and gate, for the frames that widen it (``rules_burden_frames``).
ABSENT, BETTER, ABSENT_GATE = _ABSENT, _BETTER, _BURDEN_GATE

# --- trapped: a place with no way out, and the writer not getting out -------------------------
_PIT = {
    "en": r"\b(?:hole|pit|well|tunnel|glass\s+box|box|cage|headlock|cornered|trap|abyss"
    r"|quicksand|buried|under\s*water|drowning|sinking)\b",
    "de": r"\b(?:loch|tunnel|ka(?:e)?fig|falle|schacht|abgrund|brunnen|sackgasse|begraben"
    r"|unter\s+wasser)\b",
    "fr": r"\b(?:tunnel|trou|puits|cage|piege|gouffre|impasse|enterree?|sous\s+l'?\s*eau)\b",
    "es": r"\b(?:pozo|hoyo|agujero|tunel|jaula|trampa|abismo|enterrad[oa]|bajo\s+el\s+agua)\b",
    "pt": r"\b(?:poco|buraco|tunel|jaula|armadilha|abismo|enterrad[oa]|debaixo\s+d'?\s*agua|grades?"
    r"|prisao|cela)\b",
    "it": r"\b(?:pozzo|buco|tunnel|gabbia|trappola|abisso|baratro|sepolt[oa]"
    r"|sott'?\s*acqua)\b",
}
#: The places with no way out, for the frames that widen them (``rules_trapped_frames``).
PIT = _PIT

# The writer not getting out: what only this picture says (can't get out, no air, too tired to
# fight, the light ever further), and any way out named and denied (``trapped_words``).
_NOT_GETTING_OUT = {
    "en": r"\bi\s+(?:can'?t|cannot)\s+(?:get|climb|crawl|find\s+(?:a|the)\s+way)\s+out\b"
    r"|\b(?:i'?ve|i\s+have)\s+no\s+air\b|\bno\s+air\s+left\b|\btoo\s+tired\s+to\s+fight\b"
    r"|\bonly\s+one\s+(?:door|way\s+out|exit)\s+left\b|\bwon'?t\s+let\s+(?:me\s+)?go\b"
    r"|\bno\s+way\s+up\b|\bno\s+light\b"
    # a way out denied in other words: "there's no getting out"
    r"|\bno\s+getting\s+out\b|\bstopped\s+(?:kicking|fighting|swimming)\b"
    r"|\bi\s+can'?t\s+breathe\s+any\s*more\b|\b(?:everyone|everybody|nobody)(?:'s|\s+has)?\s+"
    r"(?:stopped|stops)\s+(?:bothering\s+to\s+)?look(?:ing)?\s+(?:down|for\s+me)\b",
    "de": r"\b(?:ich\s+)?komm(?:e)?\s+(?:da\s+)?nicht\s+(?:mehr\s+)?raus\b"
    r"|\bwa(?:e)?nde\s+(?:sind\s+)?(?:zu\s+)?glatt\b|\bkein\s+rauskommen\b"
    r"|\bkrieg(?:e)?\s+keine\s+luft\s+mehr\b",
    "fr": r"\bsans\s+lumiere\b|\bse\s+resserre\b|\bj'?\s*en\s+sors\s+pas\b"
    r"|\bj(?:e|')?\s*(?:n'?\s*)?(?:arrive|peux)\s+(?:pas|plus)\s+(?:a\s+)?(?:en\s+)?(?:sortir"
    r"|remonter)\b"
    r"|\bj'?\s*(?:arrive|peux)\s+plus\s+(?:a\s+)?respirer\b",
    "es": r"\bno\s+veo\s+la\s+salida\b|\bno\s+(?:puedo|se\s+como)\s+salir\b"
    r"|\bmas\s+hondo\b|\bno\s+hay\s+ninguna\s+puerta\b"
    r"|\bno\s+hay\s+(?:para|por)\s+donde\s+(?:agarrar|salir|ir|escapar|coger|tirar)\b"
    r"|\bya\s+no\s+puedo\s+respirar\b",
    "pt": r"\bnao\s+consigo\s+ver\s+(?:a\s+)?saida\b|\bnao\s+consigo\s+sair\b"
    r"|\bmais\s+fundo\b|\bnao\s+(?:ha|tem)\s+(?:nenhuma\s+)?porta\b"
    r"|\bja\s+nao\s+consigo\s+respirar\b"
    r"|\bnao\s+(?:encontro|acho)\s+porta\s+nenhuma\b|\b(?:ja\s+)?nao\s+suporto\b",
    "it": r"\bnon\s+ne\s+(?:esco|usciro)\b|\bnon\s+(?:vedo|trovo)\s+una\s+(?:via\s+d'?\s*)?"
    r"uscita\b|\bluce\s+(?:e\s+)?(?:sempre\s+)?piu\s+lontana\b"
    r"|\bsenza\s+poter\s+respirare\b"
    r"|\bnon\s+c'?\s*e\s+(?:una\s+|nessuna\s+)?porta\b|\bnon\s+c'?\s*e\s+una\s+uscita\b"
    r"|\bnon\s+trovo\s+(?:la\s+)?(?:chiave|porta)\b|\bnon\s+reggo\s+piu\b",
}
_NO_WAY_OUT = {lang: rf"{_NOT_GETTING_OUT[lang]}|{EXIT_DENIED[lang]}" for lang in LANGS}
# "of this" between a way out denied and its place
_OUT_OF = {
    "en": r"(?:out\s+)?of\s+(?:this|the|my)\s+(?:\w+\s+)?",
    "de": r"(?:aus\s+)?(?:diesem|dem|meinem|dieser|der|meiner)\s+(?:\w+\s+)?",
    "fr": r"(?:de|du|d')\s*(?:ce|cet|cette|mon|ma|la|le)?\s*",
    "es": r"de(?:l)?\s+(?:este|esta|mi|la|el\s+)?\s*",
    "pt": r"d(?:este|esta|o|a|esse|essa)\s+",
    "it": r"(?:da|dal|dalla|da\s+questo|da\s+questa|dal\s+mio|dalla\s+mia)\s+",
}

# Pain borne for years that the writer cannot bear for as many more: "i can't do another six".
_NOT_ANOTHER = {
    "en": r"\bi\s+(?:can'?t|cannot)\s+(?:do|take|face|bear|survive|stand)\s+another\s+(?:\d+|one"
    r"|two"
    r"|three|four|five|six|seven|eight|nine|ten|twenty)\b"
    # … or one more night of a pain named after it
    r"|\bi\s+(?:can'?t|cannot)\s+(?:do|take|face|bear)\s+one\s+more\s+(?:night|day)\s+of\s+this\b"
    r"(?=[^\n]{0,60}\b(?:pain|hurts?|agony)\b)",
    "de": r"\bnoch\s+(?:\d+|zwei|drei|vier|fu(?:e)?nf|sechs|sieben|zehn)\s+jahre\s+(?:halte|schaffe"
    r"|ertrage)\s+ich\s+nicht\b",
    "fr": r"\bje\s+(?:ne\s+)?(?:tiendrai|supporterai)\s+pas\s+(?:encore\s+)?(?:\d+|deux|trois"
    r"|quatre"
    r"|cinq|six|dix)\s+ans\b",
    "es": r"\bno\s+(?:aguanto|aguantare|soporto)\s+otros\s+(?:\d+|dos|tres|cuatro|cinco|seis|diez)"
    r"\s+anos\b",
    "pt": r"\bnao\s+(?:aguento|aguentarei|suporto)\s+mais\s+(?:\d+|dois|tres|quatro|cinco|seis|dez)"
    r"\s+anos\b",
    "it": r"\bnon\s+(?:reggo|reggero|sopporto)\s+altri\s+(?:\d+|due|tre|quattro|cinque|sei|dieci)"
    r"\s+anni\b",
}

# --- no future: a point ahead the writer will not reach --------------------------------------
_NO_FUTURE = {
    "en": r"\b(?:won'?t|will\s+not|not\s+going\s+to|not\s+gonna|not\s+planning\s+on)\s+(?:be\s+)?"
    r"(?:see|seeing|make\s+it\s+to|making\s+it\s+to|reach|reaching|around\s+for|here\s+for)\s+"
    r"(?:(?:the|my|next|this)\s+){0,2}(?:winter|summer|spring|autumn|christmas|new\s+year|birthday"
    r"|\d\d|thirty|forty|next\s+year)\b(?=\s*(?:$|[.!?,;\n]|this\b|anyway\b))"
    r"|\b(?:it'?s|it\s+is)\s+(?:just\s+)?(?:black|blank|nothing)\s+after\s+(?:this|that)\b"
    r"|\bthere'?s\s+nothing\s+after\s+this(?=\s*(?:$|[.!?,;\n]))"
    r"|\bmatters?\s+where\s+i'?m\s+going\b"
    r"|\bnot\s+(?:planning\s+on|going\s+to\s+be|gonna\s+be)\s+(?:being\s+)?(?:here|around|alive)"
    r"(?=\s*(?:$|[.!?,;\n]|anyway\b|by\s+then\b|for\s+it\b))"
    r"|\b(?:won'?t|will\s+not|'?ll\s+not)\s+be\s+(?:here|around)\s+(?:by\s+then|for\s+it"
    r"|much\s+longer"
    r"|that\s+long)\b",
    "de": r"\bso\s+alt\s+werd(?:e)?\s+ich\s+(?:eh|sowieso|ja\s+eh|doch|ja)\s+nicht\b"
    r"|\bwerd(?:e)?\s+ich\s+(?:eh|sowieso|ja\s+eh)\s+nicht\s+(?:mehr\s+)?erleben\b"
    r"|\bbis\s+dahin\s+bin\s+ich\s+(?:eh\s+|sowieso\s+|ja\s+eh\s+|doch\s+|schon\s+)?nicht\s+mehr"
    r"\s+(?:da|hier)\b",
    "fr": r"\b(?:y\s+(?:aura|a)|il\s+y\s+aura)\s+pas\s+d(?:e\s+|'\s*)(?:annee\s+prochaine"
    r"|ete\s+prochain|noel|avenir|apres|lendemain)\s+pour\s+moi\b"
    r"|\bje\s+(?:ne\s+)?(?:verrai|passerai)\s+pas\s+(?:l'?\s*|le\s+)?(?:ete|hiver|noel"
    r"|annee\s+prochaine|printemps)\b"
    # Quebec "se rendre à": "j'me rendrai pas à juillet"
    r"|\bj'?\s*(?:me\s+)?rendrai\s+pas\s+(?:a|jusqu'?\s*a|jusqu'?\s*en)\s+(?:janvier|fevrier|mars"
    r"|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|noel|l'?\s*ete|l'?\s*hiver"
    r"|l'?\s*automne|mon\s+anniversaire)\b",
    "es": r"\b(?:verano|invierno|primavera|otono|navidad(?:es)?|ano\s+que\s+viene|proximo\s+ano"
    r"|cumple\w*|jubilacion)\b[^.!?\n]{0,50}?\bno\s+(?:voy\s+a\s+llegar|llego|llegare)\b"
    r"(?=\s*(?:$|[.!?,;\n]))"
    r"|\bno\s+(?:voy\s+a\s+llegar|llegare)\s+(?:a|al|hasta)\s+(?:el\s+|la\s+)?(?:verano|invierno"
    r"|navidad|ano\s+que\s+viene|proximo\s+ano|mi\s+cumple\w*)\b(?=\s*(?:$|[.!?,;\n]))",
    "pt": r"\bnao\s+vou\s+(?:chegar|estar\s+aqui|ver)\s+(?:ate\s+|ao?\s+|no\s+|o\s+|pro\s+)?"
    r"(?:natal|verao|inverno|ano\s+que\s+vem|proximo\s+ano|meu\s+aniversario)\b",
    "it": r"\bnon\s+(?:ci\s+)?arrivero\s+(?:a|al|all'|fino\s+a)\s*(?:natale|estate|inverno"
    r"|prossimo\s+anno|primavera)\b|\bnon\s+vedro\s+(?:il\s+|l'\s*|la\s+)?(?:natale|estate"
    r"|inverno|primavera|prossimo\s+anno)\b",
}
_NO_FUTURE_GATE = {
    "en": "see|make|reach|around|here|after|matter",
    "de": "alt|erleben|dahin",
    "fr": "pour moi|verrai|passerai|rendrai",
    "es": "llega|llegare",
    "pt": "chegar|aqui|ver",
    "it": "arrivero|vedro",
}

# --- away for a reason: a date missed for work, a stay at someone's, the return named ---------
# "working nights", "back from Lisbon on the 3rd", "I'm at my mum's", "estou trabalhando à noite"
AWAY_FOR_WORK_OR_A_STAY = (
    r"working|works|overtime|residency|placement|trabajando|trabajar|travaille\w*|trabalhando"
    r"|trabalhar|lavoro|lavorare|arbeite\w*|schicht\w*|(?:until|till)\s+(?:i'?m\s+back|the\s+\d+\w*"
    r"|\d+\w*)|back\s+(?:from|on|by)|out\s+of\s+(?:office|town)"
    r"|(?:i'?m|i\s+am|i'?ll\s+be|staying)\s+at\s+(?:my|our|a)\s+\w+'s|staying\s+with"
)


# … or on a journey (English): "off on a trip to Peru", "while I'm on tour", "flying to Lisbon
# for a conference", "a semester abroad". Read beside the work and stay words above, it explains
# "I won't be around to water them" as an absence that ends.
AWAY_ON_A_TRIP = (
    r"trips?|holidays?|vacation|abroad|tour(?:ing)?|travel\w*|conference|fly(?:ing)?|flight"
    r"|cruise|backpacking|honeymoon|expedition"
)


def not_away_named(reach: int = 80) -> str:
    """No absence explained in the same sentence, within ``reach``: a trip, work or a stay."""
    return rf"(?![^.!?\n]{{0,{reach}}}?\b(?:{AWAY_ON_A_TRIP}|{AWAY_FOR_WORK_OR_A_STAY})\b)"


def not_away_for_work_or_a_stay(reach: int = 120) -> str:
    """No absence explained by work or a stay, or with its return named, within ``reach``."""
    return rf"(?![^\n]{{0,{reach}}}?\b(?:{AWAY_FOR_WORK_OR_A_STAY})\b)"


# --- giving away: a thing given, for a reason that means the writer will not be there -------
# A reason given for handing a thing on that is not the writer's ending: a new one bought, an
# exam, a course or a term over, a child grown out of it, a move ("gave my flashcards to my
# cousin, won't be needing them after the exams", "porque ya me gradué", "perché i bambini sono
# cresciuti"). A bare "because" is not one: "because I won't be here" is the sign itself.
# ... a new home, owner or family found for the thing is the giving itself, not a new one bought
_NEW_HOME = (
    r"(?!\s+(?:home|owner|family|life|zuhause|heim|besitzer\w*|herrchen|frauchen|platz|familie"
    r"|leben|foyer|maitre|maison|proprietaire|famille|vie|hogar|duen[oa]|casa|familia|vida|lar"
    r"|don[oa]|padron[ea]|famiglia|vita)\b)"
)
HANDED_ON_REASON = {
    "en": rf"bought|buying|(?:got|getting|get)\s+(?:myself\s+)?a\s+new{_NEW_HOME}"
    r"|new\s+(?:one|ones|model)"
    r"|newer|upgrad\w*|replac(?:ed|ing|ement)|(?:moving|move|moved)(?!\s+on\b)|relocat\w*"
    r"|emigrat\w*|outgr[eo]wn|outgrowing|grown|grew\s+(?:out|up)|too\s+(?:small|big|tight)"
    r"|exams?|finals|(?<!of\s)course(?:work)?|term|semester|graduat\w*|degree|season(?!\s+tickets?)|diet"
    # a pet rehomed for an allergy or a landlord's rule
    r"|allerg\w*|landlord|tenancy",
    # "einen neuen" as the thing itself ("hab mir einen neuen geholt"), not "einen neuen Besitzer"
    "de": r"gekauft|kaufe|(?:ein|eine|einen)\s+neue[nsr]?(?=\s*(?:[,.;!?]|$|(?:\w+\s+)?(?:gekauft"
    r"|bekommen|geholt|besorgt)))|neue[nsr]?\s+(?:gekauft|bekommen)"
    r"|umzug|umziehe|umgezogen|ziehe\s+(?:um|weg|aus)|ausland|auswander\w*|pr(?:ue|u|ü)fung\w*"
    r"|examen|abitur|abi|studium|kurs|semester|rausgewachsen|herausgewachsen|zu\s+klein|saison",
    "fr": rf"achete\w*|(?:un|une|des)\s+(?:nouveau|nouvelle|nouvel|neuf|neuve)s?{_NEW_HOME}"
    r"|remplac\w*"
    r"|demenag\w*|l'?\s*etranger|expatri\w*|grandi\w*|trop\s+(?:petit|grand)e?s?|examens?"
    # (a season "and all the ones after" is no season: "pour cette saison et toutes les suivantes")
    r"|partiels?|concours|bac|diplom\w*|cours|semestre|saison(?!\s+et\s+(?:toutes|tous)\s+les)|regime",
    "es": rf"compr(?:e|o|amos|ado|ada)|(?:un|una|uno|otr[oa])\s+nuev[oa]{_NEW_HOME}"
    r"|mud(?:o|e|amos|ando"
    r"|arme|arnos|anza)|extranjero|emigr\w*|gradu\w*|titul\w*|examen(?:es)?|aprob\w*|carrera"
    r"|curso|selectividad|crecid[oa]s?|crecieron|creci|(?:queda|quedo|quedan|quedaron)\s+"
    r"(?:chic|pequen)\w*|temporada|dieta",
    "pt": rf"compr(?:ei|ou|amos|ado|ada)|(?:um|uma|outr[oa])\s+nov[oa]{_NEW_HOME}"
    r"|mud(?:ei|o|amos|ando|anca"
    r"|ar\s+de\s+casa|ar\s+para)|exterior|emigr\w*|form(?:ei|ou|atura|ado|ada)|gradu\w*"
    r"|faculdade|curso|provas?|exames?|vestibular|cresc(?:eram|eu|ido|idos|ida|idas)"
    r"|fic(?:ou|aram)\s+pequen\w*|temporada|dieta",
    "it": rf"comprat[oaie]|compr(?:o|ai)|(?:un|una|uno|altr[oa])\s+nuov[oa]{_NEW_HOME}"
    r"|un'\s*altra|trasloc\w*"
    r"|trasferi\w*|estero|emigr\w*|laure\w*|diplom\w*|esami?|maturita|corso|universita"
    r"|cresciut[oaie]|(?:diventat|venut)[oaie]\s+piccol\w*|troppo\s+piccol\w*|stagione|dieta",
}


def no_handing_on_reason(lang: str, reach: int = 160) -> str:
    """Placed right after the verb of giving: no reason for handing the thing on stands in the
    rest of the line (within ``reach``), before or after the words that it is not needed."""
    return rf"(?![^\n]{{0,{reach}}}?\b(?:{HANDED_ON_REASON[lang]})\b)"


GIVEN = {
    # (a dialect past "give the dog to my cousin" too)
    "en": r"\b(?:gave|given|giving|handed|left|rehomed|signed\s+(?:\w+\s+){1,2}?over\s+to"
    r"|passed\s+(?:my|his|her|our|all\s+my)\s+(?:[\w']+\s+){1,7}?(?:on\s+)?to\s+(?:my|his|her"
    r"|our|the|[\w']+'s)"
    r"|give\s+(?:away\s+)?(?:my|the|all\s+my)\s+(?:\w+\s+){1,3}?to"
    r"|dropped\s+(?:\w+\s+){1,2}?off|sorted\s+my\s+\w+\s+into\s+boxes"
    r"|made\s+sure\s+(?:\w+\s+){1,3}?(?:got|gets|has"
    r"|have)|up\s+for"
    r"\s+free|took\s+(?:all\s+)?my\s+\w+\s+(?:round|over)\s+to"
    # carried over in person: "drove grandad's old fiddle over to my cousin", "dropped off my"
    r"|(?:drove|took|brought|carried|ran)\s+(?:[\w']+\s+){1,4}?(?:over|round|down|up)\s+to"
    r"|drop(?:ped)?\s+off\s+(?:my|the|all|his|her))\b",
    # (things lying with someone now: "liegen jetzt beim Patenbuben")
    "de": r"\b(?:geschenkt|gegeben|vermacht|u(?:e)?berlassen|verschenkt|vererbt"
    r"|liegen\s+jetzt\s+(?:bei|beim))\b",
    "fr": r"\b(?:donne|laisse|file|offert|legue|distribue)\w*\b",
    "es": r"\b(?:regale|di|deje|done|regalado|dado|dejado)\b",
    # (things left with someone: "ficaram com o afilhado")
    "pt": r"\b(?:dei|deixei|doei|entreguei|ficaram\s+com|ficou\s+com)\b"
    r"|\bpassei\s+(?:o|a|os|as)\s+\w+(?:\s+e\s+(?:o|a|os|as)"
    r"\s+\w+(?:\s+de\s+\w+)?)?\s+(?:ao|a|para|pro|pra)\b"
    r"|\bpassei\s+(?:ao|a|pro|pra|para\s+[oa])\s+(?:meu\s+|minha\s+)?(?:prim[oa]|irma|irmao"
    r"|amig[oa]|filh[oa]|sobrinh[oa]|ti[oa]|vizinh[oa]|colega|afilhad[oa]|net[oa])\b",
    # (the participle agrees with a fronted object: "la chitarra l'ho regalata", "li ho lasciati")
    "it": r"\b(?:lasciat[oaie]|regalat[oaie]|dat[oaie]|lascio|regalo|lasciai|regalai|diedi"
    r"|detti)\b",
}
_NO_LONGER_NEEDED = {
    "en": r"\bwon'?t\s+(?:be\s+)?(?:need|needing|use|using)\s+(?:it|them|any\s+of\s+(?:it|them))"
    # "… after this month", "… where i'm going", not "… after the exam"
    r"\s+(?:after(?:\s+(?:this|that|today)(?:\s+\w+)?)?(?=\s*(?:$|[.!?,;\n]))|where\s+i'?m\s+going)"
    # (not around to use it "while I'm on the trip", "till I'm back", for work: an absence)
    r"|\bwon'?t\s+be\s+around\s+to\b(?![^\n]{0,80}\b(?:"
    + AWAY_ON_A_TRIP
    + "|"
    + AWAY_FOR_WORK_OR_A_STAY
    + r")\b)|\b(?:theirs|his|hers|yours)\s+for\s+good"
    r"\b|\beasier\s+now\s+than\s+after\b|\bwhile\s+i\s+still\s+can\b"
    # … or a reason kept from the one receiving it
    r"|\b(?:doesn'?t|don'?t|didn'?t)\s+know\s+why\s+i'?m\s+(?:really\s+)?(?:doing|giving)\b"
    r"|\bone\s+less\s+thing\s+for\s+(?:anyone|them|everyone)\s+to\s+(?:sort|deal\s+with|worry)"
    r"|\bwho\s+gets\s+what\b"
    r"|\bthinks\s+it'?s\s+(?:just\s+)?an?\s+[\w\s]{0,25}?[.,]\s*it\s+(?:isn'?t"
    r"|'?s\s+not)\b"
    # … or the use named as over, closing its clause: "I won't be playing it again", "won't be
    # logging in after this", "don't need them again", "everything's in order"
    r"|\b(?:won'?t|will\s+not|never)\s+be\s+(?:playing|using|wearing|riding|needing|reading"
    r"|driving|logging\s+in|listening\s+to|wanting)(?:\s+(?:it|them|this|that"
    r"|any\s+of\s+(?:it|them)))?(?:\s+(?:again"
    r"|after\s+this|anymore))?(?=\s*(?:$|[.!?,;\n]))"
    r"|\bdon'?t\s+need\s+(?:it|them)\s+(?:again|anymore|any\s+more)(?=\s*(?:$|[.!?,;\n]))"
    r"|\b(?:everything'?s|everything\s+is)\s+in\s+order\b|\bmy\s+things\s+are\s+labell?ed\b"
    # "no point me hanging on to them now", "his for keeps", "it won't be long now"
    r"|\bno\s+(?:point|sense|use)\s+(?:(?:in\s+)?me\s+)?(?:hanging|holding)\s+on\s+to\s+(?:it|them)"
    r"(?:\s+now)?(?=\s*(?:$|[.!?,;\n]))|\b(?:theirs|his|hers|yours)\s+for\s+keeps\b"
    r"|\bit\s+won'?t\s+be\s+long\s+now(?=\s*(?:$|[.!?,;\n]))|\bno\s+sense\s+(?:her|him|them)\s+waiting\b"
    # the taker told to keep the things, closing the clause: "told him keep them"
    r"|\b(?:told|said\s+to)\s+(?:him|her|them|\w+)\s+(?:to\s+)?keep\s+(?:them|the\s+lot"
    r"|all\s+of\s+it)(?=\s*(?:$|[.!?,;\n]))",
    "de": r"\bsolang(?:e)?\s+ich(?:'?s|\s+es)?\s+noch\s+(?:\w+\s+)?kann\b"
    r"|\bbrauch(?:e)?\s+ich\s+(?:eh\s+|ja\s+|sowieso\s+)?nicht\s+mehr\b"
    r"|\bich\s+brauch(?:e)?(?:'?s|\s+es|\s+sie|\s+das)?(?:\s+alles|\s+alle)?"
    r"\s+(?:eh\s+|ja\s+|doch\s+|sowieso\s+)?"
    r"(?:nicht\s+mehr|numm(?:a|e|er)?)\b"
    r"|\b(?:versteht|wei(?:ss|s))\s+nicht,?\s+warum\b"
    r"|\bjetzt\s+ist\s+alles\s+erledigt\b|\balles\s+ist\s+(?:geregelt|erledigt)\b"
    r"|\bwerd(?:e)?\s+ich\s+(?:eh\s+)?nicht\s+mehr\s+(?:brauchen|spielen|tragen|fahren)\b",
    "fr": r"\bj'?\s*ai\s+fini(?=\s*(?:$|[.!?,;\n]))"
    r"|\b(?:j'?\s*|je\s+n'?\s*)en\s+(?:aurai|ai)\s+(?:plus|pas)\s+(?:besoin|l'?\s*usage)\b"
    r"|\bje\s+(?:ne\s+)?vais\s+(?:plus|pas)\s+en\s+avoir\s+(?:besoin|l'?\s*usage)\b"
    r"(?!\s+(?:cet|cette|ce|pendant|jusqu))"
    r"|\btout\s+est\s+(?:regle|en\s+ordre)\b|\bje\s+(?:ne\s+)?(?:le|la|les)\s+\w+rai\s+plus\b"
    r"|\btant\s+que\s+je\s+(?:le\s+)?peux\s+encore\b"
    r"|\b(?:il|elle|y|ils)\s+(?:ne\s+)?comprenn?(?:d|ent)\s+pas\s+pourquoi\b",
    "es": r"\b(?:ya\s+)?no\s+(?:lo|la|los|las)\s+(?:voy|iba)\s+a\s+necesitar\b"
    r"|\b(?:ya\s+)?no\s+me\s+(?:hace|hara|hacen|haran|van?\s+a\s+hacer)\s+falta\b(?!\s+(?:con|en|por|este|esta|hasta)\s)|\b(?:pa'?|para)\s+(?:a?donde)\s+voy\b(?!\s+(?:de|en|a)\s)|\bmientras\s+(?:todavia|aun)\s+puedo\b"
    r"|\bno\s+(?:entiende|sabe)\s+por\s*que\b"
    r"|\bya\s+no\s+(?:lo|la|los|las)\s+(?:voy\s+a\s+)?(?:usar|tocar|ponerme)\w*\b"
    r"|\b(?:yo\s+)?no\s+(?:lo|la|los|las)\s+\w+re\s+mas\b|\btodo\s+(?:esta\s+)?en\s+orden\b",
    "pt": r"\bnao\s+vou\s+(?:mais\s+)?precisar\b|\b(?:ja\s+)?nao\s+me\s+(?:faz|fazem|fara|farao)"
    r"\s+falta\b(?!\s+(?:com|neste|nesta|este|esta|ate|por)\s)|\benquanto\s+(?:ainda\s+)?posso\b"
    r"|\bnao\s+(?:entende|sabe)\s+(?:porque|por\s+que)\b"
    r"|\b(?:ja\s+)?nao\s+(?:o|a|os|as)?\s*vou\s+(?:mais\s+)?(?:usar|tocar)\b"
    r"|\btudo\s+(?:esta\s+)?(?:em\s+ordem|tratado|resolvido)\b"
    # the things now the taker's for good: "agora é dele pra sempre"
    r"|\b(?:agora\s+)?(?:e|sao)\s+(?:dele|dela|deles|delas|seus?|suas?)\s+(?:pra|para)\s+sempre\b",
    "it": r"\bnon\s+ne\s+avro\s+(?:piu\s+)?bisogno\b"
    r"|\b(?:a\s+me\s+)?non\s+(?:mi\s+)?serv(?:e|ira|ono|iranno)\s+piu\b"
    r"|\bdove\s+vado\s+(?:io\s+)?non\s+(?:mi\s+)?serv(?:e|ira|ono|iranno)\b"
    r"|\bfinche\s+posso\s+ancora\b|\bnon\s+(?:capisce|sa)\s+perche\b"
    r"|\b(?:io\s+)?non\s+(?:lo|la|li|le)\s+\w+ro\s+piu\b|\be\s+tutto\s+(?:in\s+ordine"
    r"|sistemato)\b",
}
# Someone else will not need it ("my brother gave his guitars away, he won't be needing them"):
# their own act, not the writer's.
NOT_THEIRS = {"en": r"(?:(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)|(?!won'?t|will\s+not|never))"}
_GIVING_GATE = {
    "en": "need|use|around|good|after|still|know why|less thing|gets what|it isn|s not|be |order"
    "|labell?ed|hanging|holding|keeps|waiting|keep",
    "de": "noch|mehr|warum|erledigt|geregelt|numm",
    "fr": "fini|besoin|encore|pourquoi|usage|tout est|rai plus",
    "es": "necesitar|puedo|por que|porque|usar|tocar|poner|re mas|orden|falta|voy",
    "pt": "precisar|posso|porque|por que|usar|tocar|ordem|tratado|resolvido|falta|sempre",
    "it": "bisogno|serv|ancora|perche|ro piu|ordine|sistemato",
}


def core_family(
    name: str,
    category: Category,
    severity: Severity,
    patterns: dict[str, str],
    gate: dict[str, str] | str,
    *,
    inherent: bool = True,
) -> tuple[Rule, ...]:
    """One rule per language for a family written in all six: the same name, category and
    severity, each language with its own pattern and gate (or one gate shared by all)."""
    return tuple(
        rule(
            f"{lang}_core_{name}",
            category,
            severity,
            patterns[lang],
            inherent=inherent,
            lang=lang,
            gate=gate if isinstance(gate, str) else gate[lang],
        )
        for lang in LANGS
    )


def _family(
    name: str, category: Category, patterns: dict[str, str], gates: dict[str, str]
) -> tuple[Rule, ...]:
    return core_family(name, category, _CONCERN, patterns, gates)


RULES: tuple[Rule, ...] = (
    _family(
        "burden",
        Category.BURDEN,
        {lang: either_order(lang, _ABSENT[lang], _BETTER[lang]) for lang in LANGS},
        _BURDEN_GATE,
    )
    + _family(
        "trapped",
        Category.TRAPPED_PAIN,
        {
            lang: rf"(?:{_PIT[lang]})[^\n]{{0,90}}?(?:{_NO_WAY_OUT[lang]})"
            # … or the way out denied first, of the place named right after it: "j'arrive pas
            # à sortir de ce trou", "I can't climb out of this hole"
            # (a place of its own, not "the mouse hole of the game", "the hole in the fence")
            rf"|(?:{_NOT_GETTING_OUT[lang]})\s+{_OUT_OF[lang]}(?:{_PIT[lang]})"
            r"(?!\s+(?:de|du|d'|des|di|del|da|do|of|in|im|von|der|des)\b)"
            for lang in LANGS
        },
        {lang: _PIT[lang] for lang in LANGS},
    )
    + _family(
        "not_another",
        Category.TRAPPED_PAIN,
        _NOT_ANOTHER,
        dict.fromkeys(LANGS, "another|one more|jahre|ans|anos|anni"),
    )
    + _family("no_future", Category.NO_FUTURE, _NO_FUTURE, _NO_FUTURE_GATE)
    + _family(
        "giving",
        Category.GIVING_AWAY,
        {
            # the reason may come in the next short sentence ("… to my sister. it isn't")
            lang: rf"(?:{GIVEN[lang]}){no_handing_on_reason(lang)}[^.!?\n]{{0,130}}?"
            rf"(?:[.!?]\s*[^.!?\n]{{0,60}}?)?{NOT_THEIRS.get(lang, '')}"
            rf"(?:{_NO_LONGER_NEEDED[lang]})"
            for lang in LANGS
        },
        _GIVING_GATE,
    )
)
