"""A plan told by its place and arrangements, and the means got and kept, in six languages.

Why: a plan or the means is the sign that makes a flag urgent, and it is the one new writers
most often put without a word of ending. Across every writer's batch the means the rules
missed blind had a few shapes, each in every language, and these are read here:

* **pills hoarded**: held back from each prescription, saved up, put aside in a tin, not
  swallowed ("Every script I hold a few back", "j'en prends quelques-uns pour la boîte",
  "eu separo uns comprimidos", "die Schlaftabletten sammel ich seit Wochen");
* **a height looked at**: a bridge or a roof visited "to see how high it is", a roof door
  found open;
* **a means whose ordinary purpose is denied**: rope "and it's not for the boat", charcoal
  "y no es para el asado", a knife "not for cooking";
* **a plan said whole**: "I know exactly how and when now", the parts counted off ("got the
  pills, got the date"), a high place named at a sentence's start with the others away.

What is NOT read, and why: a time settled for a veiled "it" ("Decided it'll be Friday"), the
others away and "that's when", a high place with a one-way word, where a gun is kept, a means
taken in secret. These were the commonest blind-missed plan shapes, and families for them
read 44 of 46 such rows, but they flag ordinary plans of the same build just as readily (a
long weekend, "that's when I'll practise the drums", "going to the bridge with Marco", a
picnic while everyone is away): telling them apart needs knowledge of the world that no
phrase holds. The classifier and the other families remain the floor for them.

What keeps the look-alikes out of what is read: a sentence that names what the day, the
place or the pills are for (a party, a surprise, a move, a trip, a walk, photos, a swim; flu,
a trip, a parent's dosette, the pharmacy's return box) is left alone by ``drops``, which
reads the whole entry because the ordinary referent is often in the sentence before. A water
level ("how high the river is") is no height looked at; a gun kept for the hunt is not a
means sought. Negation, someone else's plan and clinical talk answered no are judged in
context like every other rule.

Text is case- and accent-folded before matching, so patterns are written without accents.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety import (
    rules_giving_frames,
    rules_plan_day_unnamed,
    rules_plan_frames,
    rules_self_harm_frames,
)
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.means_purposes import ORDINARY_OCCASION
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, either_order, family

_PM, _GM = Category.PLAN_OR_METHOD, Category.GETTING_MEANS
_URG = Severity.URGENT
_LANGS = ("en", "de", "fr", "es", "pt", "it")
_S = r"[^.!?\n]"

_plans = partial(family, "plans")

# a future "it" with no referent ("it'll be", "va a ser", "ce sera", "sarà", "vai ser")
_VEILED = {
    "en": r"\b(?:it(?:'ll|\s+will|\s+is\s+going\s+to|'s\s+going\s+to|s\s+gonna|'s\s+gonna)\s+"
    r"(?:be|happen)|that(?:'s|\s+is|\s+will\s+be)\s+(?:the\s+(?:day|night|time|date)|when))\b",
    "de": r"\b(?:es\s+wird|dann\s+ist\s+es\s+so\s+weit|es\s+passiert)\b",
    "fr": r"\b(?:ce\s+sera|c'?\s*est\s+pour|ca\s+sera)\b",
    "es": r"\b(?:va\s+a\s+ser|sera|lo\s+hare)\b",
    "pt": r"\b(?:vai\s+ser|sera|e\s+nesse\s+dia)\b",
    "it": r"\b(?:sara|succedera|lo\s+faro)\b",
}
# the time it is said of: a day, a night, a date, a festival, after or before something
_TIME = {
    "en": r"(?:on\s+|the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|night\s+of"
    r"|day\s+(?:after|before|of)|end\s+of\s+the\s+(?:month|week)|my\s+birthday|(?:the\s+)?\d+"
    r"(?:st|nd|rd|th)|after\s|before\s|once\s|when\s|tonight|tomorrow)",
    "de": r"(?:am\s+|an\s+|nach\s+|vor\s+|in\s+der\s+|zum\s+|wenn\s|sobald\s)",
    "fr": r"(?:(?:le\s+|ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|apres\s"
    r"|avant\s|le\s+soir|la\s+nuit|le\s+jour|a\s+la\s+fin|quand\s|pour\s+mon\s+anniversaire)",
    "es": r"(?:(?:el\s+)?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|despues\s"
    r"|antes\s|la\s+noche|el\s+dia|a\s+fin|al\s+final|cuando\s|en\s+mi\s+cumple\w*)",
    "pt": r"(?:(?:no\s+|na\s+)?(?:segunda|terca|quarta|quinta|sexta|sabado|domingo)|depois\s"
    r"|antes\s|na\s+noite|no\s+dia|no\s+fim|quando\s|no\s+meu\s+aniversario)",
    "it": r"(?:(?:di\s+)?(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)|dopo\s"
    r"|prima\s|la\s+sera|la\s+notte|il\s+giorno|a\s+fine|alla\s+fine|quando\s|per\s+il\s+mio"
    r"\s+compleanno)",
}
_VEILED_AT = {lang: rf"{_VEILED[lang]}\s*,?\s*{_TIME[lang]}" for lang in _LANGS}
# "that is the day" names its time itself
_VEILED_AT["en"] += r"|\bthat(?:'s|\s+is)\s+(?:the|de)\s+(?:day|night)\b"

# the others away or the home empty: the moment chosen for being alone
_AWAY = {
    "en": r"\b(?:(?:kids|children)\s+go\s+to\s+their\s+(?:dad|mum|mom|nan|gran)"
    r"|(?:every(?:one|body)|they|the\s+(?:kids|family|others)|my\s+(?:flatmates|housemates"
    r"|roommates|parents|family))(?:'s|\s+is|\s+are|'re"
    r"|\s+will\s+be|'ll\s+be)\s+(?:all\s+)?(?:out|away|at|up\s+north|gone|in\s+\w+)|(?:house"
    r"|flat|place|home)(?:'s|\s+is|\s+will\s+be|'ll\s+be)?\s+(?:empty|quiet)|goes\s+to\s+(?:her"
    r"|his|their)\s+(?:mother|mum|mom|sister|dad)|takes\s+the\s+(?:kids|bairns|children)"
    r"|(?:mum|mom|dad|wife|husband)(?:'s|\s+is)\s+on\s+nights|de\s+house\s+empty)",
    "de": r"\b(?:alle\s+(?:sind\s+)?(?:weg|beim|bei\s+der|im|auf\s+dem|in\s+der)|(?:wohnung|haus"
    r"|wohnig)\s+(?:ist\s+|isch\s+)?leer|niemand\s+(?:da|daheim|zu\s*hause))",
    "fr": r"\b(?:tout\s+le\s+monde\s+(?:sera|est)|(?:la\s+)?maison\s+(?:sera\s+|est\s+)?vide"
    r"|personne\s+(?:ne\s+)?sera\s+la|ils\s+seront\s+(?:tous\s+)?(?:partis|au|a\s+la))",
    "es": r"\b(?:(?:todos|todo\s+el\s+mundo)\s+(?:esten|estaran|se\s+vayan|estan)|esten\s+todos"
    r"|(?:cuando|mientras)\s+(?:\w+\s+){0,3}?se\s+vayan|(?:la\s+)?casa"
    r"\s+(?:este\s+|estara\s+)?vacia|se\s+vayan\s+de\s+vacaciones)",
    "pt": r"\b(?:(?:todos|todo\s+(?:o\s+)?mundo)\s+(?:estiverem|estiver|forem|estao|voltar)"
    r"|(?:estiverem|estejam|estao)\s+todos"
    r"|(?:a\s+)?casa\s+(?:estiver\s+|ta\s+|esta\s+|fica\s+)?vazia)",
    "it": r"\b(?:(?:sono\s+)?tutti\s+(?:sono\s+)?(?:a|al|alla|via|fuori)|(?:la\s+)?casa\s+(?:e\s+)?"
    r"vuota|(?:mia\s+moglie|mio\s+marito)\s+va\s+da)",
}

# --- a high place or a water's edge and a settled or one-way word ---------------------------------
_PLACE = {
    "en": r"\b(?:(?:foot|rail|road)?bridge|viaduct|flyover|overpass|cliffs?|pier|quarry|dam"
    r"|lookout|overlook|(?:level|railway)\s+crossing|(?:railway|train)\s+tracks"
    r"|multi-?stor(?:e)?y|car\s+park\s+roof|rooftop)\b",
    "de": r"\b(?:brucke|bruecke|viadukt|klippe\w*|felsen|mole|steinbruch|staumauer|gleise\w*"
    r"|parkhaus\w*|turm)\b",
    "fr": r"\b(?:pont|viaduc|falaises?|jetee|carriere|barrage|voies?\s+ferree|parking\s+a\s+etages"
    r"|toit)\b",
    "es": r"\b(?:puente|viaducto|acantilado|cerro|muelle|cantera|presa|vias\s+del\s+tren|azotea"
    r"|torre)\b",
    "pt": r"\b(?:ponte|viaduto|falesia|penhasco|cabo\s+\w+|pedreira|barragem|linha\s+do\s+trem"
    r"|terraco\s+do\s+predio|torre)\b",
    "it": r"\b(?:ponte|viadotto|scogliera|dirupo|pontile|cava|diga|binari|torre|tetto)\b",
}


_START = r"(?:^|(?<=[.!?\n]))\s*"
# "El puente viejo sobre el río, cuando mis papás se vayan": a place named on its own and the
# moment the others are away
_ARTICLE = r"(?:the|el|la|le|il|lo|o|a|die|der|das|l')\s*"
_PLACE_ALONE = {
    lang: rf"{_START}{_ARTICLE}(?:\w+\s+)?{_PLACE[lang]}[^.!?\n,]{{0,40}},\s*{_AWAY[lang]}"
    for lang in _LANGS
}
# "I know exactly how and when now", "I know where and I know when": the method, place and
# time settled, nothing named after them
_HOW_AND_WHEN = {
    "en": r"\bi\s+know\s+(?:exactly\s+|now\s+)?(?:how\s+and\s+when|when\s+and\s+how"
    r"|where\s+and\s+when|when\s+and\s+where|(?:how|where)\s+and\s+i\s+know\s+when)(?:\s+now)?(?=\s*(?:$|[.!?,;]))",
    "de": r"\bich\s+weiss\s+(?:jetzt\s+)?(?:genau\s+)?(?:wie\s+und\s+wann|wann\s+und\s+wie"
    r"|wo\s+und\s+wann|(?:wie|wo)\s+und\s+ich\s+weiss\s+wann)(?=\s*(?:$|[.!?,;]))",
    "fr": r"\bje\s+sais\s+(?:maintenant\s+)?(?:exactement\s+)?(?:comment\s+et\s+quand|quand\s+et"
    r"\s+comment|ou\s+et\s+quand|(?:comment|ou)\s+et\s+je\s+sais\s+quand)(?=\s*(?:$|[.!?,;]))",
    "es": r"\b(?:ya\s+)?se\s+(?:exactamente\s+)?(?:como\s+y\s+cuando|cuando\s+y\s+como"
    r"|donde\s+y\s+cuando|(?:como|donde)\s+y\s+se\s+cuando)(?=\s*(?:$|[.!?,;]))",
    "pt": r"\b(?:ja\s+)?sei\s+(?:exatamente\s+)?(?:como\s+e\s+quando|quando\s+e\s+como"
    r"|onde\s+e\s+quando|(?:como|onde)\s+e\s+sei\s+quando)(?=\s*(?:$|[.!?,;]))",
    "it": r"\b(?:ora\s+)?so\s+(?:esattamente\s+)?(?:come\s+e\s+quando|quando\s+e\s+come"
    r"|dove\s+e\s+quando|(?:come|dove)\s+e\s+so\s+quando)(?=\s*(?:$|[.!?,;]))",
}
# "Got the pills, got the date, got the note written": the parts of a plan counted off
_PARTS = r"(?:pills|tablets|rope|date|day|place|note|letter)"
_COUNTED_OFF = {"en": rf"\bgot\s+the\s+{_PARTS}\b,?\s+(?:and\s+)?got\s+the\s+{_PARTS}\b"}


# --- pills hoarded -------------------------------------------------------------------------------
_PILLS = {
    "en": r"\b(?:pills?|tablets?|zopiclone|sleepers|sleeping\s+pills?|painkillers|meds|script"
    r"|prescriptions?|refills?)\b",
    "de": r"\b(?:\w*tabletten|\w*pillen|medikamente|packung|rezept)\b",
    "fr": r"\b(?:cachets?|comprimes?|medicaments?|pilules?|somniferes?|pharmacie)\b",
    "es": r"\b(?:pastillas?|pildoras?|comprimidos?|somniferos?|calmantes?|morfina|farmacia"
    r"|farmaceutic[oa])\b",
    "pt": r"\b(?:comprimidos?|remedios?|pilulas?|calmantes?|soniferos?)\b",
    "it": r"\b(?:pillol[ae]|pastigli[ae]|compress[ae]|farmac[oi]|sonnifer[oi]|farmacia)\b",
}
# … held back, saved up, set aside, gathered over weeks (not picked up for someone)
_HOARD = {
    "en": r"\b(?:(?:hold|holding|held|keep|keeping|kept)\s+(?:a\s+few\s+|some\s+|half\s+|them\s+)?"
    r"back|sav(?:e|ed|ing)\s+(?:them\s+)?up|(?:put|putting|set|setting)\s+(?:a\s+few\s+(?:of\s+\w+"
    r"\s+)?|some\s+|them\s+)?aside|stockpil\w+|hoard\w*|stash\w*|squirrel\w*\s+away"
    r"|collecting(?=(?:\s+\w+){0,3}\s+(?:from\s+(?:\w+\s+)?(?:different|several)|nobody|no\s+one))"
    r"|(?:put|putting|set|setting)(?=\s" + _S + r"{0,40}?\baside\b)"
    r"|(?:kept|keeping)(?=\s"
    + _S
    + r"{0,60}?\bfor\s+(?:one|that|the)\s+(?:night|day)\b(?!\s+shift))"
    r"|haven'?t\s+swallowed\s+(?:one|any))\b",
    "de": r"\b(?:sammel\w*|gesammelt|gsamm\w*|(?:behalt|behalte|halt"
    r"|halte)\s+(?:ich\s+)?(?:\S+\s+){0,4}?"
    r"zuruck|zweig\w*\s+(?:ich\s+|isch\s+)?(?:\S+\s+){0,3}?ab|beiseite\w*|hort\w*|gebunkert)\b",
    "fr": r"(?:\bj'?\s*en\s+(?:garde|prends|mets)\s+(?:\S+\s+){0,3}?(?:de\s+cote|pour\s+la\s+boite)"
    r"|\bje\s+(?:garde|mets)(?=\s+(?:\S+\s+){0,3}?de\s+cote)|\bj'?\s*(?:accumule|stocke|amasse)\b"
    r"|\bj'?\s*en\s+garde\s+(?:un\s+peu|quelques[-\s]un[e]?s|une?\s+ou\s+deux|deux|trois)"
    # (kept for someone: "pour ma voisine")
    r"(?!\s+pour\s+(?:ma|mon|mes|la|le|les|l')))",
    "es": r"\b(?:(?:voy\s+)?(?:guardando|juntando|acumulando|apartando)|(?:junto|acumulo|aparto"
    r"|separo)\s|guarde(?=\s+(?:\S+\s+){0,3}?que\s+sobro)"
    # kept with the others: "la guardo con las demás"
    r"|guardo\s+con\s+(?:las|los)\s+demas(?=\s*(?:$|[.!?,;:\n]|\s+en\b|\s+dentro\b)))",
    "pt": r"\b(?:(?:vou\s+|fui\s+|ando\s+)?(?:juntando|guardando|acumulando|tirando)|(?:junto"
    r"|acumulo|separo)\s)",
    "it": r"\b(?:(?:le|li|ne)\s+tengo\s+(?:da\s+parte|nascost\w+)|(?:metto"
    r"|tengo)\s+(?:\S+\s+){0,3}?"
    r"da\s+parte|accumul\w+|ne\s+prendo\s+(?:\S+\s+){0,3}?in\s+piu|ci\s+sono\s+le\s+\w+\s+di\s+\w+"
    r"\s+mesi|(?:le|li|ne)\s+tengo\s+nascost\w+"
    # kept for the writer, not thrown away: "non le ho buttate … le tengo per me"
    r"|(?:le|li)\s+tengo\s+per\s+me\b|non\s+(?:le|li)\s+ho\s+buttat[ei](?=" + _S + r"{0,120}?"
    r"\b(?:tengo|conservo|nascost\w*)\b))",
}
_HOARDED = {lang: either_order(_PILLS[lang], _HOARD[lang], 70, _S) for lang in _LANGS}
# a tin or a box full of pills taken from each prescription
_TIN = {
    "pt": r"\blata\s+de\s+\w+\s+cheia\s+de\s+comprimidos\b",
    "it": r"\blatta\s+dei\s+biscotti\b" rf"{_S}{{0,40}}?\b(?:pastiglie|compresse|pillole)\b",
    "en": r"\bevery\s+(?:zopiclone|pill|tablet|sleeper)\b" rf"{_S}{{0,40}}?\bgoes\s+in\s+the\b",
}

# --- a height looked at --------------------------------------------------------------------------
_HOW_HIGH = {
    "en": r"\b(?:to\s+see|check(?:ing)?|just\s+(?:to\s+)?(?:see|look(?:ing)?))\s+how\s+(?:high|far"
    r"\s+(?:up|down)|tall)\b(?!\s+the\s+(?:water|river|tide|flood))",
    "de": r"\bwie\s+hoch\s+(?:die|der|das|er|sie|es)\b(?!\s+(?:wasser|flut|pegel))",
    "fr": r"\b(?:voir|regarder)\s+(?:la\s+hauteur|(?:a\s+)?quelle\s+hauteur"
    r"|combien\s+(?:c'?\s*est|il"
    r"\s+est)\s+haut)\b",
    "es": r"\bver\s+(?:que\s+tan|lo|cuan)\s+alt[oa]\b",
    "pt": r"\bver\s+(?:a\s+altura|(?:o\s+)?quao\s+alt[oa]|como\s+e\s+alt[oa])\b",
    "it": r"\bvedere\s+(?:quant'?\s*e|quanto\s+e)\s+alt[oa]\b",
}
_HEIGHT_PLACE = {
    "en": r"\b(?:(?:foot|rail|road)?bridge|viaduct|flyover|overpass|cliffs?|tower"
    r"|roof|car\s+park)\b",
    "de": r"\b(?:brucke|bruecke|viadukt|klippe|turm|dach|parkhaus)\b",
    "fr": r"\b(?:pont|viaduc|falaise|tour|toit|parking)\b",
    "es": r"\b(?:puente|viaducto|acantilado|torre|azotea|techo)\b",
    "pt": r"\b(?:ponte|viaduto|falesia|penhasco|torre|terraco|telhado)\b",
    "it": r"\b(?:ponte|viadotto|scogliera|torre|tetto)\b",
}
_HEIGHT_LOOKED = {lang: _HEIGHT_PLACE[lang] + rf"{_S}{{0,60}}?{_HOW_HIGH[lang]}" for lang in _LANGS}
# the way up checked: whether the door to the roof is still open
_ROOF_DOOR = {
    "en": r"\b(?:to\s+see|check\w*)\s+(?:if|whether)\s+the\s+(?:roof|rooftop)\s+(?:door|hatch"
    r"|access)",
    "de": r"\b(?:ob|wie)\s+die\s+(?:dachtur|tur\s+zum\s+dach)\s+(?:noch\s+)?(?:offen|auf)",
    "fr": r"\b(?:voir|verifier)\s+si\s+la\s+porte\s+du\s+toit\b",
    "es": r"\bver\s+si\s+la\s+puerta\s+de\s+la\s+azotea\b",
    "pt": r"\bver\s+se\s+a\s+porta\s+do\s+terraco\b",
    "it": r"\bvedere\s+se\s+la\s+porta\s+del\s+tetto\b",
}


# --- a means whose ordinary purpose is denied ----------------------------------------------------
_MEANS = {
    "en": r"\b(?:rope|knife|knives|blade|charcoal|hose|pills|tablets|cord)\b",
    "de": r"\b(?:seil|strick|messer|klinge|holzkohle|schlauch)\b",
    "fr": r"\b(?:corde|couteau|lame|charbon|tuyau)\b",
    "es": r"\b(?:cuerda|soga|cuchillo|navaja|carbon|manguera)\b",
    "pt": r"\b(?:corda|faca|lamina|carvao|mangueira)\b",
    "it": r"\b(?:corda|coltello|lama|carbonella|tubo)\b",
}
# "it's not for the boat", "no es para el asado", "got no use for", "I said it's for the garden"
_NOT_FOR = {
    "en": r"\b(?:(?:it'?s|it\s+is|they'?re|and\s+it'?s)\s+not\s+for\s+(?:the|cooking|a|my)\b"
    r"|i\s+got\s+no\s+use\s+for)",
    "de": r"\b(?:ist|isses|is)\s+(?:nicht|ned|net)\s+fur\w*",
    "fr": r"\b(?:(?:c'?\s*est|ce\s+n'?\s*est)\s+pas\s+pour\s+(?:le|la|les|faire|cuisiner))",
    "es": r"\bno\s+es\s+para\s+(?:el|la|los|las|cocinar|hacer)\b",
    "pt": r"\bnao\s+(?:e|eh)\s+(?:pra|para|pro)\s+(?:o|a|os|as|cozinhar|fazer)?\b",
    "it": r"\bnon\s+(?:e|serve)\s+per\s+(?:il|la|lo|i|le|cucinare|fare)\b",
}
# … unless the sentence says what it *is* for ("not for the boat, it's for the swing")
_BUT_FOR = r"(?!" + _S + r"{0,40}?\b(?:it'?s\s+for|but\s+for|sondern|mais\s+pour|sino\s+para"
_BUT_FOR += r"|mas\s+(?:pra|para)|ma\s+per|it'?s\s+a\s+(?:gift|present))\b)"
_DENIED_PURPOSE = {
    lang: _MEANS[lang] + rf"{_S}{{0,80}}?{_NOT_FOR[lang]}{_BUT_FOR}" for lang in _LANGS
}


def _gate(*parts: dict[str, str]) -> dict[str, str]:
    """The first part's words as the gate: a rule is read only where its first part can be."""
    return {lang: parts[0][lang] for lang in parts[0]}


RULES: tuple[Rule, ...] = (
    *_plans("place_alone", _PM, _URG, _PLACE_ALONE, _gate(_PLACE)),
    *_plans("how_and_when", _PM, _URG, _HOW_AND_WHEN, _gate(_HOW_AND_WHEN)),
    *_plans("counted_off", _PM, _URG, _COUNTED_OFF, _gate(_COUNTED_OFF)),
    *_plans("pills_hoarded", _GM, _URG, _HOARDED, _gate(_PILLS), inherent=False),
    *_plans("pills_tin", _GM, _URG, _TIN, _gate(_TIN), inherent=False),
    *_plans("height_looked", _GM, _URG, _HEIGHT_LOOKED, _gate(_HOW_HIGH), inherent=False),
    *_plans("roof_door", _GM, _URG, _ROOF_DOOR, _gate(_ROOF_DOOR), inherent=False),
    *_plans("purpose_denied", _GM, _URG, _DENIED_PURPOSE, _gate(_NOT_FOR), inherent=False),
)

_GUARDED = frozenset(r.name for r in RULES)


def drops(rule_name: str, norm: str) -> bool:
    """True when a match of one of these rules is an ordinary plan or errand: the entry names
    what the day, the place or the pills are for (``means_purposes.ORDINARY_OCCASION``, the
    occasions a purchase's purpose may also name). Read over the whole entry because the
    referent of the veiled "it" is often the sentence before. The frames of other signs that
    an entry's reason clears (a thing given before a move, a relapse of another habit) are
    dropped here too, so the detector asks one place."""
    if rule_name in rules_plan_frames.NAMES:
        return ORDINARY_OCCASION.search(norm) is not None or rules_plan_frames.is_a_move(norm)
    if rule_name in rules_giving_frames.NAMES:
        # A thing handed on for good before a move or a new job is leaving home, not life.
        return rules_plan_frames.is_a_move(norm) or rules_giving_frames.shared_out(rule_name, norm)
    if rules_self_harm_frames.drops(rule_name, norm):
        return True
    if rule_name in rules_plan_day_unnamed.NAMES:
        return ORDINARY_OCCASION.search(norm) is not None or rules_plan_day_unnamed.ordinary(norm)
    return rule_name in _GUARDED and ORDINARY_OCCASION.search(norm) is not None
