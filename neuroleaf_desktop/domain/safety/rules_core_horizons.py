"""Warning signs told by what lies ahead, what is kept, and how one leaves, in all six languages.

Why: each blind batch says these signs in words the older families do not hold, yet the shape
of each is the same in every language. Families here:

* nothing ahead: "I can't see a thing ahead of me", "je vois rien devant moi", "für mich kommt
  nichts mehr", "non vedo niente davanti a me";
* trapped in the pain itself: "atrapado en este dolor", "presa nessa dor", "intrappolata in
  questo dolore" (the "I am trapped" forms are read elsewhere);
* the weight others carry: "I'm the stone everyone carries", "soy la piedra que cargan todos",
  "je suis le boulet qu'ils traînent";
* medicine fetched and not taken, kept: "I collect my pills but don't take them, I keep them in
  a box";
* a decision and a moment nobody is around, with no act named: "it's settled: Friday night,
  once the kids are at their gran's", "c'est réglé: dimanche, quand la famille sera chez …";
* going to a place of danger and not coming back: "I'm going out to the river tonight and I
  won't be coming back";
* a goodbye said as such: "(tell them) that this is goodbye", "que é adeus", "le dernier au
  revoir"; "they won't see me again".

Each family has two parts (or one part that is the whole sign), no negation between them
unless said, a guard against the everyday look-alike (a party, a trip, "until Christmas"), and
a gate.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety import (
    rules_future_not_there,
    rules_future_unneeded,
    rules_self_not_ahead,
)
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import CLAUSE_CLOSE, Rule
from neuroleaf_desktop.domain.safety.rules_core_oblique import CORE_MEDS
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, core_family, either_order
from neuroleaf_desktop.domain.safety.rules_en_moments import _AWAY
from neuroleaf_desktop.domain.safety.rules_intl_plans import _ALONE

_CON, _URG = Severity.CONCERN, Severity.URGENT

# --- nothing ahead --------------------------------------------------------------------------
# (not the fog or the road: "can't see a thing ahead of me in this fog")
_NOT_SIGHT = (
    r"(?![^.!?\n]{0,50}\b(?:fog|mist|dark|road|traffic|snow|rain|windscreen|glasses|nebel"
    r"|brouillard|niebla|nevoeiro|nebbia|strada|route|carretera|estrada|strasse|brille|beschlagen"
    r"|lunettes|gafas|oculos|occhiali)\b)"
)
_NOTHING_AHEAD = {
    "en": r"\b(?:can'?t|cannot|don'?t|do\s+not)\s+see\s+(?:anything|nothing"
    r"|a\s+(?:single\s+)?thing)"
    r"\s+(?:\w+\s+)?ahead\b(?:\s+(?:of|for)\s+me\b|\s+worth\b|(?=\s*(?:$|[.!?,;\n])))",
    "de": r"\bich\s+sehe?\s+(?:gar\s+|absolut\s+)?nichts\s+(?:mehr\s+)?vor\s+mir\b"
    r"|\bfu(?:e)?r\s+mich\s+kommt\s+(?:da\s+)?(?:gar\s+)?nichts\s+mehr\b",
    "fr": r"\bje\s+(?:ne\s+)?vois\s+(?:plus\s+)?rien\s+(?:devant|pour)\s+moi\b",
    "es": r"\bno\s+veo\s+nada\s+(?:por\s+)?(?:delante|adelante)\b",
    "pt": r"\bnao\s+vejo\s+nada\s+(?:pela\s+frente|a\s+minha\s+frente|adiante)\b",
    "it": r"\bnon\s+vedo\s+(?:niente|nulla)\s+(?:davanti\s+a\s+me|per\s+me|nel\s+mio\s+futuro)\b",
}

# --- trapped in the pain itself -------------------------------------------------------------
_TRAPPED_IN = {
    "en": r"\b(?:trapped|stuck|caught|locked|imprisoned)\s+in(?:side)?\s+(?:all\s+)?(?:this|the|my)"
    r"\s+(?:\w+\s+)?(?:pain|hurt|agony|suffering)\b",
    "de": r"\b(?:gefangen|eingesperrt|fest)\s+in\s+(?:diesem|dem|meinem|den)\s+(?:\w+\s+)?"
    r"(?:schmerz|schmerzen|leid|qual)\b",
    "fr": r"\b(?:piegee?|enfermee?|coincee?|prisonniere?|stuck)\s+dans\s+(?:cette|ce|la|le|ma"
    r"|mon)\s+(?:\w+\s+)?(?:douleur|souffrance|mal)\b",
    "es": r"\b(?:atrapad[oa]|encerrad[oa]|presa|preso|prisioner[oa])\s+en\s+(?:este|esta|el|mi"
    r"|tanto)\s+(?:\w+\s+)?(?:dolor|sufrimiento|agonia)\b",
    "pt": r"\b(?:pres[oa]|encurralad[oa]|aprisionad[oa]|trancad[oa])\s+(?:nesta|nessa|neste|nesse"
    r"|na|no|numa|num|em)\s+(?:\w+\s+)?(?:dor|sofrimento|agonia)\b",
    "it": r"\b(?:intrappolat[oa]|prigionier[oa]|chius[oa]|bloccat[oa])\s+(?:in|nel|nella|dentro)"
    r"\s+(?:(?:questo|questa|il|la|mio|mia)\s+)?(?:dolore|sofferenza|agonia)\b",
}

# --- the weight others carry ------------------------------------------------------------------
_WEIGHT_CARRIED = {
    "en": r"\bi'?m\s+(?:just\s+)?the\s+(?:weight|stone|rock|cross|load|burden|anchor|millstone)\s+"
    r"(?:that\s+)?(?:they|everyone|everybody|my\s+(?:\w+\s+)?\w+)\s+(?:all\s+)?(?:carry|carries|drag|drags"
    r"|haul|hauls|lug|lugs)\b",
    "de": r"\bich\s+bin\s+(?:nur\s+)?(?:der|die|das)\s+(?:stein|last|kreuz|ballast|klotz)"
    r",?\s+(?:den|die|das)\s+(?:alle|sie|meine\s+\w+)\s+(?:\w+\s+)?(?:tragen|schleppen|mitschleppen)",
    "fr": r"\bje\s+suis\s+(?:juste\s+)?(?:le|la)\s+(?:poids|pierre|boulet|croix|fardeau)\s+"
    r"qu(?:e\s+|')\s*(?:tout\s+le\s+monde|ils|elles|ma\s+\w+|mon\s+\w+)\s+(?:porte|portent|traine"
    r"|trainent)",
    "es": r"\b(?:yo\s+)?soy\s+(?:la|el)\s+(?:piedra|peso|cruz|carga|lastre|fardo)\s+que\s+"
    r"(?:\w+\s+){0,3}?(?:cargan|llevan|arrastran|carga|lleva|arrastra)\b",
    "pt": r"\b(?:eu\s+)?sou\s+(?:a|o)\s+(?:pedra|peso|cruz|carga|fardo)\s+que\s+(?:\w+\s+){0,3}?"
    r"(?:carregam|levam|arrastam|carrega|leva|arrasta)\b",
    "it": r"\bsono\s+(?:il|la)\s+(?:peso|pietra|croce|macigno|zavorra|fardello)\s+che\s+"
    r"(?:\w+\s+){0,3}?(?:portano|trascinano|porta|trascina|si\s+(?:portano|trascinano))\b",
}

# --- medicine fetched and not taken, kept ----------------------------------------------------
_NOT_TAKEN_KEPT = {
    "en": r"\b(?:but\s+)?(?:i\s+)?(?:don'?t|do\s+not|never)\s+take(?:\s+(?:them|it|any))?\b"
    r"[^.!?\n]{0,30}?\b(?:keep|kept|save|saved|store|stored|stash|stashed|hide|hid|put)\s+"
    r"(?:them\s+|it\s+)?(?:in|under|inside|away|aside|hidden|somewhere)\b",
    "de": r"\b(?:nehme|schlucke)\s+(?:sie|die|ich)?\s*(?:aber\s+)?nicht\b[^.!?\n]{0,30}?"
    r"\b(?:sammle|hebe|verstecke|bunkere|lege|packe)\b",
    "fr": r"\b(?:je\s+)?(?:ne\s+)?les\s+prends\s+(?:pas|jamais)\b[^.!?\n]{0,30}?\b(?:je\s+)?les"
    r"\s+(?:garde|cache|stocke|range|mets\s+de\s+cote)\b",
    "es": r"\bno\s+(?:me\s+)?(?:las|los)\s+tomo\b[^.!?\n]{0,30}?\b(?:las|los)\s+(?:guardo|escondo"
    r"|junto|acumulo)\b",
    "pt": r"\bnao\s+(?:os|as)?\s*tomo\b[^.!?\n]{0,30}?\b(?:guardo|escondo|junto|acumulo)\b",
    "it": r"\bnon\s+(?:le|li)\s+prendo\b[^.!?\n]{0,30}?\b(?:le|li)\s+(?:tengo|conservo|nascondo"
    r"|metto\s+da\s+parte)\b",
}

# --- decided, and a moment nobody is around --------------------------------------------------
_DECIDED = {
    "en": r"\b(?:it'?s|it\s+is)\s+(?:all\s+)?(?:settled|decided)(?:\s+in\s+my\s+(?:head|mind))?"
    r"|\b(?:i'?ve|i\s+have)\s+(?:already\s+)?decided\b|\balready\s+decided\b"
    r"|\bmy\s+mind\s+is\s+made\s+up\b",
    "de": r"\b(?:es|das)\s+steht\s+fest\b"
    r"|\bich\s+hab\w*\s+(?:mich\s+)?(?:entschieden|beschlossen)\b"
    r"|\b(?:es|das)\s+ist\s+(?:entschieden|beschlossen)\b",
    "fr": r"\bc'?\s*est\s+(?:tout\s+)?(?:regle|decide)\b|\bj'?\s*ai\s+(?:deja\s+)?decide\b"
    r"|\bma\s+decision\s+est\s+prise\b",
    "es": r"\bya\s+tengo\s+(?:la\s+)?fecha\b|\b(?:ya\s+)?(?:lo\s+)?(?:decidi|he\s+decidido)\b"
    r"|\b(?:ya\s+)?esta\s+decidido\b",
    "pt": r"\bja\s+tenho\s+(?:a\s+)?data\b|\b(?:ja\s+)?decidi\b"
    r"|\b(?:ja\s+)?(?:esta|ta)\s+decidido\b",
    "it": r"\bho\s+(?:gia\s+)?deciso\b|\be\s+(?:gia\s+)?deciso\b|\bho\s+(?:gia\s+)?la\s+data\b",
}
# A decision about something named is not the decision: "ho deciso come fare la torta", "decided
# what to cook", "j'ai décidé de repeindre" (a day or "that it will be" may follow).
_NOT_ABOUT = (
    r"(?!\s+(?:how|what|which|where|come|cosa|quale|dove|como|cual|donde|comment|quoi|ou|wie|was"
    r"|welche|wo|to\s+(?!be\b)\w+|di\s+\w+(?:are|ere|ire)\b|de\s+\w+(?:er|ir|re)\b"
    r"|d'\s*\w+(?:er|ir|re)\b|zu\s+\w+en\b|qu[eé]\s+\w+(?:ar|er|ir)\b)\b)"
)
DECIDED_ALONE = {lang: rf"(?:{_DECIDED[lang]}){_NOT_ABOUT}" for lang in LANGS}
# Who is away, said the way the other families do not: a trip, at someone's home, asleep, and
# Spanish "el viernes que mis papás viajan" (the Friday when).
AWAY_MORE = {
    "en": _AWAY,
    "de": _ALONE["de"],
    "fr": _ALONE["fr"] + r"|\b(?:quand|lorsqu(?:e\b|'))[^.!?\n]{0,40}?\b(?:sera|seront|est|sont)"
    r"\s+chez\b",
    "es": _ALONE["es"] + r"|\b(?:dia|noche|viernes|sabado|domingo|lunes|martes|miercoles|jueves"
    r"|finde)\s+(?:en\s+)?que\s+(?:\w+\s+){1,3}?(?:viaj\w+|se\s+van|salen|no\s+esta\w*)\b",
    "pt": _ALONE["pt"] + r"|\b(?:quando|dia\s+em\s+que)\s+(?:\w+\s+){1,3}?viaj\w+\b",
    "it": _ALONE["it"] + r"|\b(?:quando|appena)\s+(?:\w+\s+){1,3}?(?:e|sono|sara|saranno)\s+"
    r"(?:a|da|dalla|dai)\s+\w+",
}
# not a party, a meal or an outing the family plans: "we're having a film night"
NOT_AN_OUTING = (
    r"(?![^.!?\n]{0,80}\b(?:we|we'?ll|we'?re|us|nous|on\s+(?:va|fait|se)|wir|vamos|nos|faremos"
    r"|vamos|andiamo|faremo|facciamo|party|fiesta|fete|festa|feier|dinner|cena|diner|abendessen"
    r"|jantar|film|movie|pelicula|game|juego|jeu|spiel|gioco)\b)"
)

# --- going to a place of danger and not coming back ------------------------------------------
_DANGER_PLACE = {
    "en": r"\b(?:going|go|heading|head|walking|driving)\s+(?:out\s+|down\s+|up\s+|over\s+)?to\s+"
    r"the\s+(?:\w+\s+)?(?:levee|river|bridge|lake|sea|ocean|cliffs?|tracks|railway|woods|pier|dam"
    r"|quarry|rooftop|roof|canal|bayou|reservoir)\b",
    "de": r"\b(?:gehe|geh|fahre|fahr|laufe)\s+(?:\w+\s+){0,3}?(?:zur|zum|an\s+den|an\s+die"
    r"|auf\s+die|auf\s+das|in\s+den)\s+(?:brucke|bruecke|fluss|see|meer|klippe|klippen|gleise|damm|dach"
    r"|wald|kanal)\b",
    "fr": r"\b(?:je\s+vais|j'?\s*irai|je\s+pars)\s+(?:\w+\s+){0,3}?(?:au|a\s+la|aux|sur\s+le)\s+"
    r"(?:pont|riviere|fleuve|lac|mer|falaises?|voie\s+ferree|rails|barrage|toit|canal)\b",
    "es": r"\b(?:voy|ire|me\s+voy)\s+(?:\w+\s+){0,3}?(?:al|a\s+la|a\s+las|a\s+los)\s+"
    r"(?:puente|rio|lago|mar|acantilados?|vias|presa|azotea|canal)\b",
    "pt": r"\b(?:vou|irei)\s+(?:\w+\s+){0,3}?(?:para\s+[ao]s?|pra|pro|ao|a|a\s+beira\s+d[oa])\s+"
    r"(?:ponte|rio|lago|mar|falesias?|penhasco|linha\s+do\s+comboio|trilhos|barragem|telhado)\b",
    "it": r"\b(?:vado|andro)\s+(?:\w+\s+){0,3}?(?:al|alla|ai|sul|sulla|sui)\s+(?:ponte|fiume|lago"
    r"|mare|scogliera|binari|diga|tetto|canale)\b",
}
_NOT_COMING_BACK = {
    "en": r"\b(?:and\s+)?i\s+(?:won'?t|will\s+not|'?m\s+not|am\s+not|ain'?t)\s+(?:be\s+)?"
    r"(?:coming|come)\s+back" + CLAUSE_CLOSE,
    "de": r"\b(?:und\s+)?(?:ich\s+)?komme?\s+(?:ich\s+)?nicht\s+(?:mehr\s+)?"
    r"zuru(?:e)?ck" + CLAUSE_CLOSE,
    "fr": r"\b(?:et\s+)?je\s+(?:ne\s+)?(?:reviendrai|reviens|vais\s+(?:pas\s+)?revenir)\s+"
    r"(?:pas|plus|jamais)?" + CLAUSE_CLOSE,
    "es": r"\b(?:y\s+)?no\s+(?:voy\s+a\s+volver|vuelvo|volvere|regreso|regresare)" + CLAUSE_CLOSE,
    "pt": r"\b(?:e\s+)?nao\s+(?:vou\s+voltar|volto|voltarei|regresso)" + CLAUSE_CLOSE,
    "it": r"\b(?:e\s+)?non\s+(?:torno|tornero|ritorno|ritornero)"
    r"(?:\s+(?:piu|indietro))?" + CLAUSE_CLOSE,
}

# --- a goodbye said as such -------------------------------------------------------------------
_THIS_IS_GOODBYE = {
    "en": r"\b(?:they|you|y'?all|everyone|everybody)\s+(?:all\s+)?(?:will\s+not|won'?t|will\s+never"
    r"|'?ll\s+never)\s+see\s+me\s+again\b(?!\s+(?:until|till|before|for|in|at)\b)",
    "de": r"\b(?:dass|das)\s+(?:es|dies)\s+(?:ein|der|mein)\s+(?:letzter\s+)?abschied\s+"
    r"(?:ist|war)\b"
    r"|\bwerden\s+mich\s+(?:nie\s+wieder|nicht\s+mehr)\s+sehen\b",
    "fr": r"\b(?:le|un|mon)\s+dernier\s+(?:au\s+revoir|adieu)\b"
    r"(?!\s+(?:a|au|aux|de\s+la\s+saison)\b)"
    r"|\bc'?\s*(?:est|etait)\s+un\s+adieu\b(?!\s+(?:a|au|aux)\b)"
    r"|\b(?:ils|elles|vous)\s+ne\s+me\s+(?:reverront|reverrez)\s+(?:plus|jamais)\b",
    "es": r"\b(?:que\s+)?(?:esto|eso|que)\s+es\s+(?:un\s+|el\s+)?adios\b(?!\s+(?:a|al)\b)"
    r"|\bno\s+me\s+(?:volveran|van\s+a\s+volver)\s+a\s+ver\b(?!\s+(?:hasta)\b)",
    "pt": r"\b(?:que|isto|isso)\s+(?:e|era)\s+(?:um\s+|o\s+)?adeus\b(?!\s+(?:a|ao|as|aos)\b)"
    r"|\bnunca\s+mais\s+(?:me\s+)?(?:vao|irao)\s+(?:me\s+)?ver\b",
    "it": r"\b(?:che|questo)\s+(?:e|era)\s+(?:un|il\s+mio)\s+(?:ultimo\s+)?addio\b"
    r"(?!\s+(?:a|al|alla|all'|ai)\b)|\bnon\s+mi\s+(?:vedranno|rivedranno)\s+piu\b",
}

RULES: tuple[Rule, ...] = (
    core_family(
        "nothing_ahead",
        Category.NO_FUTURE,
        _CON,
        {lang: rf"(?:{_NOTHING_AHEAD[lang]}){_NOT_SIGHT}" for lang in LANGS},
        {
            "en": "ahead",
            "de": "vor mir|kommt",
            "fr": "devant|pour moi",
            "es": "delante",
            "pt": "frente|adiante",
            "it": "davanti|per me|futuro",
        },
    )
    + core_family(
        "trapped_in_pain",
        Category.TRAPPED_PAIN,
        _CON,
        _TRAPPED_IN,
        dict.fromkeys(
            LANGS,
            "pain|hurt|agony|suffer|schmerz|leid|qual|douleur|souffrance|mal"
            "|dolor|sufrimiento|agonia|dor|sofrimento|dolore|sofferenza",
        ),
    )
    + core_family(
        "weight_carried",
        Category.BURDEN,
        _CON,
        _WEIGHT_CARRIED,
        dict.fromkeys(
            LANGS, "carr|drag|haul|lug|trag|schlepp|port|train|carg|llev|arrastr|lev|trascin"
        ),
    )
    + core_family(
        "meds_kept_not_taken",
        Category.GETTING_MEANS,
        _URG,
        {
            lang: rf"\b{CORE_MEDS[lang]}\b[^.!?\n]{{0,60}}?(?:{_NOT_TAKEN_KEPT[lang]})"
            for lang in LANGS
        },
        dict.fromkeys(LANGS, "take|nehme|schlucke|prends|tomo|prendo"),
    )
    + core_family(
        "decided_when_away",
        Category.PLAN_OR_METHOD,
        _URG,
        {
            lang: rf"(?:{either_order(lang, DECIDED_ALONE[lang], AWAY_MORE[lang], 90)})"
            + NOT_AN_OUTING
            for lang in LANGS
        },
        dict.fromkeys(
            LANGS,
            "settled|decided|made up|steht fest|entschieden|beschlossen|regle|decide"
            "|fecha|decidi|data|deciso",
        ),
    )
    + core_family(
        "gone_not_coming_back",
        Category.PLAN_OR_METHOD,
        _URG,
        {
            lang: rf"(?:{_DANGER_PLACE[lang]})[^.!?\n]{{0,50}}?(?:{_NOT_COMING_BACK[lang]})"
            for lang in LANGS
        },
        dict.fromkeys(LANGS, "back|zuruck|zurueck|revien|revenir|volv|regres|volt|torn"),
    )
    + core_family(
        "this_is_goodbye",
        Category.GOODBYES,
        _CON,
        _THIS_IS_GOODBYE,
        dict.fromkeys(
            LANGS,
            "see me|abschied|sehen|revoir|adieu|reverr|adios|volveran|volver"
            "|adeus|ver|addio|vedranno",
        ),
    )
    # a thing for a time to come that the writer will not need (``rules_future_unneeded``)
    + rules_future_unneeded.RULES
    # the others' time to come, the writer not in it (``rules_future_not_there``)
    + rules_future_not_there.RULES
    # the writer unable to picture themself ahead (``rules_self_not_ahead``)
    + rules_self_not_ahead.RULES
)

__all__ = ["RULES"]
