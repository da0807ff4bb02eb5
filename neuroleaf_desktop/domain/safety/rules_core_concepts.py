"""Warning signs read from the key concepts of their category meeting in one stretch of text,
in any order, in all six languages.

Why: each blind batch words a sign anew, so a rule for one phrase rarely meets it again; the
concepts the sign is made of do recur. A past attempt is told as "tried once before", "ci ho
già provato", "terminé en la clínica por un intento", and its return as "the same thoughts are
knocking again", "i pensieri sono tornati", "vuelvo a sentir ese mismo vacío". Each family
below names its two concepts and accepts any wording of each, either order, with no negation
between them (``rules_core_signs.either_order``):

* a past attempt, and the thoughts or feeling back now;
* medicine, kept or hoarded for oneself ("kept them for myself", "a wee pile of them saved",
  "the carer thinks I take them", "aufbehalten … für mich", "gardé … pour moi");
* a goodbye left in case one vanishes ("if anything happens", "falls ihr nichts mehr von mir
  hört", "se non mi sentite più", "the last message from me") and a farewell formula (thanks
  for everything, love you all, sorry);
* one's own absence at a point ahead ("won't be around to collect the keys", "no voy a estar
  aquí para usarlo", "a maggio non ci sarò più comunque"), when no trip or move explains it;
* suffering named (a torment, every day worse, pain that gives no respite) and no way out of
  it or no bearing it any longer;
* better if I were not here, said bare ("Melhor eu não estar.");
* marks of self-harm and hiding them; the thought of killing oneself as a companion;
* love said to everyone for the last time, or in case they never see one again;
* a past attempt and "but the thoughts are back", whatever was sworn in between.

The families of one meaning each live in their own modules and are gathered here in one
order: a past attempt and it back now (``rules_core_attempt_back``), a plan told by its time or
place (``rules_core_unnamed_acts``, ``rules_core_plans_told``),
a place one is shut in and no future for oneself (``rules_core_shut_in``), means got and kept
(``rules_core_means_kept``), self-harm told by its tool (``rules_core_self_harm_told``).

Negation before a match is judged by ``negation``, everyday contexts by ``everyday``. Text is
case- and accent-folded first. Every rule has a ``gate``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety import (
    rules_core_afterwards,
    rules_core_attempt_back,
    rules_core_horizons,
    rules_core_indirect,
    rules_core_indirect_means,
    rules_core_indirect_more,
    rules_core_intentions,
    rules_core_leavings,
    rules_core_means_kept,
    rules_core_oblique,
    rules_core_plans_told,
    rules_core_self_harm_told,
    rules_core_shut_in,
    rules_core_unnamed_acts,
    rules_intl_corpus_families,
    rules_intl_frames,
    rules_intl_regional,
)
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.medicine_words import words
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import (
    Rule,
    either_order_each,
    rule,
)
from neuroleaf_desktop.domain.safety.rules_core_signs import (
    AWAY_FOR_WORK_OR_A_STAY,
    CLAUSE_END,
    LANGS,
    core_family,
    either_order,
    unnegated,
)
from neuroleaf_desktop.domain.safety.rules_core_unnamed_acts import across_clean

_CON, _URG = Severity.CONCERN, Severity.URGENT

# --- medicine kept for oneself ----------------------------------------------------------------
_MEDS = {
    lang: rf"\b{words(lang, *names)}\b"
    for lang, names in {
        "en": (
            "pills",
            "tablets",
            "meds",
            "medication",
            "painkillers",
            r"oxy\w*",
            "morphine",
            "co-?codamol",
            "paracetamol",
            "sleepers",
        ),
        "de": ("tabletten", r"medikament\w*", "pillen", "schlaftabletten", "schmerzmittel"),
        "fr": ("medicaments", "cachets", "comprimes", "pilules", "somniferes"),
        "es": ("pastillas", "medicamentos", "pastis", "calmantes", "somniferos"),
        "pt": ("comprimidos", "remedios", "medicamentos", "calmantes"),
        "it": ("pastiglie", "pillole", "farmaci", "medicine", "sonniferi"),
    }.items()
}
# kept (then "for me"), or hoarded outright
_KEPT = {
    "en": r"\b(?:kept|saved|stashed|hid|hidden|hoarded)\b",
    "de": r"\b(?:aufbehalten|aufgehoben|aufbewahrt|gesammelt|versteckt)\b",
    "fr": r"\b(?:garde|gardees?|cache|cachees?)\b",
    "es": r"\b(?:guarde|guardado|guardadas|escondi|escondido|junte|juntado)\b",
    "pt": r"\b(?:guardei|guardado|guardados|escondi|escondido|juntei)\b",
    "it": r"\b(?:tenut[oei]|conservat[oei]|nascost[oei])\b",
}
_FOR_ME = {
    "en": r"\bfor\s+(?:me|myself)\b(?!\s+(?:and|to\s+(?:share|use\s+for)))",
    "de": r"\bfu(?:e)?r\s+mich\b",
    "fr": r"\bpour\s+moi\b",
    "es": r"\bpara\s+mi\b",
    "pt": r"\b(?:para|pra)\s+mim\b",
    "it": r"\bper\s+me\b",
}
_HOARDED = {
    "en": r"\ba\s+(?:wee\s+|little\s+|small\s+)?(?:pile|stash|stockpile|collection)\s+of\s+them\b"
    r"|\bstockpil\w+\b|\bthinks\s+i\s+(?:take|swallow)\b",
    "de": r"\bgehortet\b|\bgebunkert\b|\bhorte\b",
    "fr": r"\bstocke\w*\b|\baccumule\w*\b|\bmis\s+de\s+cote\b",
    "es": r"\bjuntando\b|\bacumulando\b|\bacumulado\b|\b(?:fui|he\s+ido|voy|vengo)\s+guardando\b",
    "pt": r"\bjuntando\b|\bacumulando\b|\bacumulei\b|\b(?:fui|tenho\s+ido|vou)\s+guardando\b",
    "it": r"\bmess[oei]\s+da\s+parte\b|\baccumul\w+\b",
}

# --- a goodbye left in case one vanishes ------------------------------------------------------
_IF_GONE = {
    "en": r"\bif\s+(?:anything|something)\s+(?:ever\s+)?happens(?:\s+to\s+me)?\b"
    r"|\bif\s+you\s+(?:don'?t|never)\s+hear\s+from\s+me\b|\blast\s+(?:message|text|post|words?)"
    r"\s+from\s+me\b|\b(?:this\s+is|that'?s)\s+(?:my\s+|the\s+)?last\s+(?:message|text|post)\b"
    r"|\btake\s+care\s+of\s+(?:yourselves|each\s+other)\b",
    "de": r"\b(?:falls|wenn)\s+ihr\s+(?:nichts|nix)\s+mehr\s+von\s+mir\s+ho(?:e)?rt\b"
    r"|\b(?:falls|wenn)\s+mir\s+(?:was|etwas)\s+passiert\b|\bletzte\s+(?:nachricht|zeilen)\s+"
    r"von\s+mir\b|\bpasst\s+auf\s+euch\s+auf\b",
    "fr": r"\bsi\s+vous\s+n'?\s*(?:avez|entendez)\s+plus\s+(?:de\s+nouvelles|parler)\s+de\s+moi\b"
    r"|\bs'?\s*il\s+m'?\s*arrive\s+quelque\s+chose\b|\b(?:mon\s+|le\s+)?dernier\s+message\b"
    r"|\bprenez\s+soin\s+de\s+vous\b",
    "es": r"\bsi\s+(?:ya\s+)?no\s+(?:saben|sabeis|oyen)\s+(?:nada\s+)?(?:mas\s+)?de\s+mi\b"
    r"|\bsi\s+me\s+pasa\s+algo\b|\b(?:mi|el)\s+ultimo\s+mensaje\b|\bcuidense\b",
    "pt": r"\bse\s+(?:voces\s+)?nao\s+(?:tiverem|ouvirem)\s+mais\s+(?:noticias\s+)?(?:de\s+mim"
    r"|falar\s+de\s+mim|minhas)\b|\bse\s+(?:me\s+acontecer|acontecer\s+alguma\s+coisa)\b"
    r"|\bultim[oa]\s+(?:recado|mensagem|bilhete)\b|\bcuidem-se\b",
    "it": r"\bse\s+non?\s+m[ie]\s+sent\w*\s+piu\b|\bse\s+mi\s+succede\s+qualcosa\b"
    r"|\bultimo\s+messaggio\b|\bprendetevi\s+cura\s+di\s+voi\b",
}
_FAREWELL_WORDS = {
    "en": r"\b(?:i\s+)?lo?ved?\s+(?:you|u)\s+all\b|\bi\s+loved?\s+(?:you|u)\b|\bthanks?\s+"
    r"(?:you\s+)?for\s+(?:everything|being\s+my\s+\w+)\b|\bsorry\s+for\s+everything\b"
    r"|\btell\s+\w+\s+i'?m\s+sorry\b|\bit'?s\s+been\s+real\b|\bgoodbye\b",
    "de": r"\bdanke\s+fu(?:e)?r\s+alles\b|\b(?:hab|habe)\s+euch\s+(?:\w+\s+)?(?:gern|lieb)\b"
    r"|\bes\s+tut\s+mir\s+leid\b|\bverzeiht\s+mir\b",
    "fr": r"\bmerci\s+pour\s+tout\b|\bje\s+vous\s+(?:ai\s+)?aime\b|\bpardon\w*\b|\badieu\b",
    "es": r"\bgracias\s+por\s+todo\b|\blos\s+quiero\b|\bperdon\w*\b|\badios\b",
    "pt": r"\bobrigad[oa]\s+por\s+tudo\b|\bamo\s+(?:voces|vos)\b|\bdesculp\w+\b|\bperdao\b"
    r"|\badeus\b",
    "it": r"\bgrazie\s+(?:di|per)\s+tutto\b|\b(?:vi|ve)\s+(?:ho\s+)?(?:voluto|voglio)\s+bene\b"
    r"|\bscusa\w*\b|\bperdonatemi\b|\baddio\b",
}
# A goodbye wished forward, or a trip or an operation around it: a parting, not a farewell.
_NOT_A_TRIP = (
    r"(?![^\n]{0,150}\b(?:see\s+you|holiday|vacation|trip|flight|surgery|operation|hasta\s+pronto"
    r"|a\s+presto|bis\s+bald|a\s+bientot|ate\s+breve|ferien|urlaub|vacances|vacaciones|ferias"
    r"|vacanze|viaje|viagem|viaggio|voyage|reise|operacion|operazione|cirurgia|operation"
    r"|good\s+luck|enjoy|have\s+fun|away|while\s+i'?m|call\s+me|text\s+me|party|wedding|drive"
    r"|weekend|tonight|tomorrow|dinner|match|game)\b)"
)

# --- one's own absence at a point ahead -------------------------------------------------------
_ABSENT_AHEAD = {
    "en": r"\b(?:won'?t|will\s+not|(?:am|'?m)\s+not\s+going\s+to|not\s+gonna)\s+be\s+(?:here"
    r"|around|there|alive)\b|\bwon'?t\s+be\s+needing\s+(?:it|them)\b",
    "de": r"\bbin\s+ich\s+(?:eh|sowieso|ja\s+eh|doch|ja|eh\s+schon|dann)\s+nicht\s+mehr\s+(?:da"
    r"|hier)\b|\bwerd(?:e)?\s+ich\s+(?:eh|sowieso)\s+nicht\s+mehr\s+(?:da|hier)\s+sein\b",
    "fr": r"\bje\s+(?:ne\s+)?serai\s+(?:plus|pas)\s+la\b"
    r"|\bje\s+(?:ne\s+)?serai\s+plus\s+de\s+ce\s+monde\b",
    "es": r"\bno\s+(?:voy\s+a\s+estar|estare)\s+(?:aqui|ahi|alli|viv[oa])\b|\bya\s+no\s+(?:voy"
    r"\s+a\s+estar|estare)\b",
    "pt": r"\bnao\s+vou\s+(?:estar|ficar)\s+(?:aqui|ca|viv[oa])\b|\bja\s+nao\s+vou\s+estar\b",
    "it": r"\bnon\s+ci\s+saro\s+(?:gia\s+)?piu\b|\bnon\s+saro\s+piu\s+qui\b",
}
_AHEAD = {
    "en": r"\b(?:next|the\s+next)\s+(?:one|year|season|month|spring|summer|winter|autumn|term)\b"
    r"|\bto\s+(?:collect|use|see|renew|enjoy|open|read|wear)\b|\b(?:booking|renewing|saving"
    r"|birthday|season\s+ticket|passport|keys|ferry|christmas|spring|anyway|anyroad)\b",
    "de": r"\b(?:na(?:e)?chste[snrm]?|kommende[snrm]?)\s+\w+|\bwurscht\b|\begal\b|\bbis\s+dahin\b",
    "fr": r"\bprochain\w*\b|\ben\s+(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre"
    r"|octobre|novembre|decembre)\b|\b(?:a\s+)?(?:noel|paques)\b|\brenouvel\w+\b"
    r"|\banniversaire\b|\bde\s+toute\s+facon\b",
    "es": r"\bpara\s+(?:usarlo|usarla|verlo|verla|disfrutarlo|estrenarlo)\b|\brenovar\b"
    r"|\bproxim[oa]\b|\bque\s+viene\b|\bcumple\w*\b|\bpasaporte\b|\bde\s+todas\s+formas\b",
    "pt": r"\bpara\s+(?:usar|ver|aproveitar)\b|\brenovar\b|\bproxim[oa]\b|\bque\s+vem\b"
    r"|\baniversario\b|\bpassaporte\b|\bde\s+qualquer\s+(?:forma|jeito)\b",
    "it": r"\b(?:a|ad|in)\s+(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto"
    r"|settembre|ottobre|novembre|dicembre)\b|\bcomunque\b|\b(?:prossim[oa]|tessera"
    r"|abbonamento|rinnov\w+|compleanno|natale)\b",
}
_NOT_AWAY = (
    r"(?![^\n]{0,150}\b(?:abroad|away|moving|move|holiday|trip|travel\w*|emigrat\w*|relocat\w*"
    r"|uni|university|shift|conference|because|since|cos|urlaub|umzug|umziehen|ziehe|reise"
    r"|ausland|vacances|voyage|demenag\w*|etranger|vacaciones|viaje|mudo|mudanza|extranjero"
    r"|ferias|viagem|mudanca|exterior|vacanza|viaggio|trasferisco|trasloco|estero|erasmus"
    r"|porque|weil|parce|perche|job|work|leaving|contract|graduat\w*|arbeit|trabajo|emploi|boulot"
    r"|lavoro|trabalho|stage|praktikum"
    rf"|{AWAY_FOR_WORK_OR_A_STAY})\b)"
)

# --- suffering named, and no way out of it or no bearing it ------------------------------------
_SUFFERING = {
    "en": r"\b(?:unbearable|agony|torment|torture|nightmare|the\s+pain|it\s+hurts|suffering"
    r"|the\s+hurt(?:ing)?)\b(?:\s+(?:don'?t|doesn'?t|won'?t|never)\s+(?:quit|stop|let\s+up|ease))?"
    r"|\bevery\s+(?:single\s+)?(?:day|morning|night)\s+(?:is\s+)?(?:worse|a\s+(?:struggle"
    r"|torture|nightmare))\b",
    "de": r"\b(?:qual|qualen|schmerz\w*|unertra(?:e)?glich)\b|\btut\s+(?:\w+\s+){0,4}?weh\b"
    r"|\bla(?:e)?sst\s+mich\s+nicht\s+(?:mehr\s+)?los\b"
    r"|\bjeder\s+tag\s+ist\s+schlimmer\b",
    "fr": r"\b(?:douleur|souffr\w+|insupportable|calvaire|enfer)\b|\bchaque\s+jour\s+est\s+pire\b"
    r"|\bne\s+me\s+lache\s+(?:pas|jamais)\b",
    "es": r"\b(?:dolor|sufr\w+|insoportable|infierno|tortura)\b|\bcada\s+dia\s+es\s+peor\b"
    r"|\bno\s+me\s+(?:deja|suelta)\b",
    "pt": r"\b(?:dor|sofr\w+|insuportavel|inferno|tortura)\b|\bcada\s+dia\s+e\s+pior\b"
    r"|\bnao\s+(?:da\s+tregua|me\s+(?:larga|deixa))\b",
    "it": r"\b(?:dolore|soffr\w+|insopportabile|inferno|tortura)\b|\bogni\s+(?:giorno|mattina)\s+"
    r"e\s+(?:peggio|uguale)\b|\bnon\s+(?:mi\s+)?(?:molla|lascia)\b",
}
_NO_WAY_OR_BEARING = {
    "en": r"\bno\s+(?:door|way|exit|escape)\s+out\b|\bno\s+escape(?:\s+from\s+(?:it|this))?"
    + CLAUSE_END
    + r"|\bcan'?t\s+(?:take|do|face"
    r"|bear)\s+(?:another|one\s+more)\s+(?:round|day|morning|night)\b"
    # … or no carrying it any longer: "I'm done carrying it", "how much longer I can carry it",
    # "more than I am able to bear", "I want it over with for good", "I need it to stop"
    r"|\b(?:i'?m|i\s+am)\s+done\s+(?:carrying|bearing|fighting)\s+it\b|\b(?:i\s+(?:don'?t|do\s+not)"
    r"\s+know\s+)?how\s+much\s+longer\s+i\s+"
    r"(?:can|could)\s+(?:carry|take|bear|stand|do)\s+(?:it|this)\b|\bmore\s+than\s+i\s+(?:can|could"
    r"|am\s+able\s+to)\s+(?:bear|take|carry|stand)\b|\bwant\s+it\s+(?:all\s+)?over(?:\s+with)?"
    r"(?:\s+for\s+good)?\b|\bneed\s+it\s+to\s+(?:just\s+)?stop\b|\bno\s+way\s+through\b",
    "de": r"\bkein(?:en)?\s+(?:weg|ausweg)\s+(?:hinaus|raus|heraus|mehr)?\b|\bnicht\s+(?:mehr\s+)?"
    r"(?:raus|heraus|hinaus)\s*komm\w*|\bhalt(?:e)?\s+(?:das|es)\s+nicht\s+mehr\s+aus\b"
    r"|\bkomm(?:e)?\s+(?:\w+\s+){0,3}?nicht\s+mehr\s+(?:raus|heraus)\b"
    r"|\bsoll\s+(?:endlich\s+)?aufho(?:e)?ren\b"
    # (no going on like this: "ich kann so nicht weitermachen")
    r"|\b(?:ich\s+kann|kann\s+ich)\s+so\s+nicht\s+(?:mehr\s+)?weitermachen\b",
    "fr": r"\bpas\s+de\s+(?:porte\s+de\s+)?sortie\b|\baucune\s+(?:issue|sortie)\b|\b(?:ne\s+)?"
    r"peux\s+plus\s+(?:supporter|endurer|tenir)\b"
    # (no way seen to bear it: "je ne vois plus comment la supporter un jour de plus")
    # (the pain, "la", closing its clause or borne a day more; "le supporter" is a fan)
    r"|\bne\s+vois\s+(?:plus|pas)\s+comment\s+la\s+(?:supporter|endurer)(?:\s+(?:un\s+jour\s+de"
    r"\s+plus|plus\s+longtemps|encore))?(?=\s*(?:$|[.!?,;:\n]))",
    "es": r"\bno\s+(?:encuentro|veo|se)\s+(?:por\s+donde\s+salir|(?:la\s+)?salida)\b"
    r"|\bsin\s+salida\b|\bno\s+(?:lo\s+)?aguanto\s+mas\b"
    r"|\bno\s+(?:consigo|puedo)\s+salir(?:\s+por\s+ningun\s+lado)?\b",
    "pt": r"\bsem\s+(?:corda|saida)\b|\bnao\s+(?:vejo|encontro)\s+(?:a\s+)?saida\b"
    r"|\bnao\s+aguento\s+mais\b|\bnao\s+(?:encontro|acho|vejo)\s+(?:porta|saida)\s+nenhuma\b"
    r"|\b(?:ja\s+)?nao\s+suporto(?:\s+mais)?\b",
    "it": r"\bnessuna\s+(?:strada|via)\s+(?:per\s+)?(?:uscir\w*|d'?\s*uscita)\b|\bnon\s+trovo\s+"
    r"(?:la\s+)?(?:strada|via)\s+(?:per\s+)?uscir\w*|\bnon\s+ce\s+la\s+faccio\s+piu\b"
    r"|\bnon\s+(?:reggo|sopporto)\s+piu\b|\bnon\s+trovo\s+(?:la\s+)?(?:chiave|porta|uscita)\b",
}

# --- love said for the last time -----------------------------------------------------------------
_LOVE_SAID = {
    "en": r"\b(?:say|said|tell|told|telling|saying)\s+(?:them|everyone|her|him"
    r"|each\s+of\s+them)?\s*(?:that\s+)?i\s+love(?:d)?\s+(?:them|you|her|him)\b",
    "de": r"\b(?:gesagt|sagen|sage),?\s+dass\s+ich\s+(?:sie|euch|ihn|dich)\s+(?:so\s+)?"
    r"(?:lieb\s+hab|liebe|gern\s+hab)\w*",
    "fr": r"\b(?:dire|dit)\s+(?:a\s+\w+\s+)?que\s+je\s+(?:les|l'|vous|t')\s*aim\w*",
    "es": r"\b(?:decir\w*|dije|diciendo\w*)\s+que\s+(?:los|las|lo|la|les)\s+(?:quiero|amo)\b",
    "pt": r"\b(?:dizer|disse|dizendo)\s+que\s+(?:os|as|o|a|lhes)?\s*(?:amo|adoro)\b",
    "it": r"\b(?:dire|detto|dicendo)\s+(?:loro\s+)?che\s+(?:(?:gli|le|vi)\s+voglio\s+bene"
    r"|(?:li|le|vi)\s+amo)\b",
}
_LAST_TIME = {
    "en": r"\b(?:one\s+last\s+time|at\s+least\s+once|in\s+case\s+(?:they|you)\s+(?:never|don'?t)\s+"
    r"see\s+me\s+again)\b",
    "de": r"\b(?:ein\s+letztes\s+mal|wenigstens\s+(?:ein|noch\s+ein)mal|falls\s+(?:sie|ihr)\s+mich"
    r"\s+nicht\s+mehr\s+(?:seht|sehen))\b",
    "fr": r"\b(?:une\s+derniere\s+fois|au\s+moins\s+une\s+fois|au\s+cas\s+ou\s+(?:ils|vous)"
    r"\s+ne\s+me\s+(?:reverr\w+|verr\w+)\s+plus)\b",
    "es": r"\b(?:una\s+ultima\s+vez|al\s+menos\s+una\s+vez|por\s+si\s+(?:ya\s+)?no\s+me\s+"
    r"(?:vuelven?|ven?)\b(?:\s+a\s+ver)?)",
    "pt": r"\b(?:uma\s+ultima\s+vez|pelo\s+menos\s+uma\s+vez|caso\s+(?:nao\s+)?me\s+"
    r"(?:voltem\s+a\s+)?ver(?:em)?\s+mais)\b",
    "it": r"\b(?:un'?\s*ultima\s+volta|almeno\s+una\s+volta|(?:nel\s+caso|casomai)\s+non\s+mi"
    r"\s+(?:rivediate|vediate\s+piu))\b",
}

# --- better if I were not here, said bare ------------------------------------------------------
_BETTER_NOT_HERE = {
    "en": r"\b(?:better|best)\s+(?:for\s+(?:everyone|all|them)\s+)?(?:if|that)\s+i\s+(?:wasn'?t"
    r"|weren'?t|was\s+not|am\s+not)\s+(?:here|around|alive)",
    "de": r"\bbesser,?\s+(?:wenn|dass)\s+ich\s+nicht\s+(?:mehr\s+)?(?:da|hier)\s+(?:bin"
    r"|wa(?:e)?re)",
    "fr": r"\bmieux\s+(?:vaut\s+)?(?:que|si)\s+je\s+(?:ne\s+)?(?:sois|suis|serais|etais)\s+(?:pas"
    r"|plus)\s+la",
    "es": r"\bmejor\s+(?:si\s+)?(?:yo\s+)?no\s+(?:estar|estuviera|existiera|existir)",
    "pt": r"\bmelhor\s+(?:se\s+)?eu\s+nao\s+(?:estar|estivesse|existir|existisse)",
    "it": r"\bmeglio\s+(?:se\s+)?(?:io\s+)?non\s+ci\s+(?:fossi|sia|fosse)",
}

# --- marks of self-harm, hidden -----------------------------------------------------------------
_MARKS = {
    "en": r"\b(?:marks|cuts|scars|scabs)\s+on\s+my\s+(?:wrists?|arms?|thighs?|legs?|stomach)\b"
    # not a cause named after it ("from the cat", "from the watch strap")
    r"(?!\s+(?:from|by)\s)",
    "de": r"\b(?:narben|schnitte|spuren|wunden)\s+(?:am|an\s+meinen?)\s+(?:arm\w*|handgelenk\w*"
    r"|oberschenkel\w*|bein\w*)\b",
    "fr": r"\b(?:marques|cicatrices|coupures)\s+sur\s+(?:mes|mon|ma)\s+(?:poignets?|bras|cuisses?"
    r"|jambes?)\b",
    "es": r"\b(?:marcas|cicatrices|cortes)\s+(?:en|de)\s+(?:mis|mi|las|los)\s+(?:munecas?|brazos?"
    r"|muslos?|piernas?)\b",
    "pt": r"\b(?:marcas|cicatrizes|cortes)\s+(?:nos|nas|no|na|dos|das)\s+(?:meus\s+|minhas\s+)?"
    r"(?:pulsos?|bracos?|coxas?|pernas?)\b",
    "it": r"\b(?:segni|cicatrici|tagli)\s+(?:sui|sul|sulle|sulla)\s+(?:miei\s+|mie\s+)?(?:polsi?"
    r"|bracci?|braccia|cosce|coscia|gambe?)\b",
}
_HIDING = {
    "en": r"\b(?:hide|hiding|hidden|cover(?:ing)?\s+(?:them|it)|long\s+sleeves|notices?)\b",
    "de": r"\b(?:verstecken|verstecke|verberge\w*|lange\s+a(?:e)?rmel|sieht|merkt)\b",
    "fr": r"\b(?:cacher|cache|manches\s+longues|remarque)\b",
    "es": r"\b(?:esconder|escondo|ocultar|oculto|manga\s+larga|note|nota)\b",
    "pt": r"\b(?:esconder|escondo|manga\s+comprida|repare|nota)\b",
    "it": r"\b(?:nascondere|nascondo|maniche\s+lunghe|nota|accorg\w+)\b",
}

# --- the thought of killing oneself as a companion ---------------------------------------------
_THOUGHT_COMPANION = {
    "en": r"\b(?:suicide|killing\s+myself|the\s+(?:thought|idea)\s+of\s+(?:killing\s+myself"
    r"|suicide|ending\s+it|ending\s+my\s+life))(?:'s|\s+has|\s+is|\s+keeps)?\s+(?:been\s+)?"
    r"(?:sitting|following|haunting|stalking|walking|with\s+me|next\s+to\s+me|beside\s+me"
    r"|on\s+my\s+mind)\b",
    # (the thought named by the noun too: "il pensiero del suicidio mi segue ovunque")
    "de": r"\bder\s+gedanke,?\s+(?:mich\s+umzubringen|an\s+(?:den\s+)?(?:suizid|selbstmord)),?\s+"
    r"(?:verfolgt|begleitet|la(?:e)?sst)\b"
    r"|\bdenk\w*\s+(?:ich\s+)?(?:dran|daran),?\s+wie(?:'?s|\s+es)\s+wa(?:e)?re?,?\s+wenn\s+"
    r"ich\s+mich\s+umbr\w+",
    "fr": r"\b(?:l'?\s*idee|l'?\s*pensee|la\s+pensee)\s+(?:de\s+(?:me\s+tuer|me\s+suicider|mourir"
    r"|en\s+finir)|du\s+suicide)\s+(?:me\s+)?(?:suit|hante|poursuit|obsede|revient|tourne)\b",
    "es": r"\b(?:la\s+idea|el\s+pensamiento)\s+(?:de\s+(?:matarme|suicidarme|morirme"
    r"|quitarme\s+la\s+vida)|del\s+suicidio)\s+(?:me\s+)?(?:persigue|sigue|acompana|ronda"
    r"|obsesiona)\b",
    "pt": r"\b(?:a\s+ideia|o\s+pensamento)\s+(?:de\s+(?:me\s+matar|me\s+suicidar|morrer)"
    r"|do\s+suicidio)\s+(?:me\s+)?(?:persegue|segue|acompanha|assombra)\b",
    "it": r"\b(?:l'?\s*idea|il\s+pensiero)\s+(?:di\s+(?:uccidermi|ammazzarmi|farla\s+finita"
    r"|suicidarmi)|del\s+suicidio)\s+(?:mi\s+)?(?:segue|perseguita|accompagna|ossessiona"
    r"|tormenta)\b",
}


def _across(first: dict[str, str], second: dict[str, str], guard: str) -> dict[str, str]:
    """Either order across up to two short sentences (a farewell is often told in pieces)."""
    return {
        lang: rf"(?=(?:{first[lang]})|(?:{second[lang]})){guard}"
        rf"(?:(?:{first[lang]})[^\n]{{0,90}}?(?:{second[lang]})"
        rf"|(?:{second[lang]})[^\n]{{0,90}}?(?:{first[lang]}))"
        for lang in LANGS
    }


# A wish not to live told as having no wish to; a switch to be turned off for good; staying
# here said as not liking to ("ich mag nicht mehr da sein"); others better rid of the writer.
_SINGLE: tuple[Rule, ...] = (
    rule(
        "en_core_no_wish_to_live",
        Category.DEATH_WISH,
        _URG,
        r"\b(?:no|nae)\s+(?:wish|desire|will|want)\s+(?:left\s+)?to\s+(?:be\s+)?(?:living|live"
        r"|alive"
        r"|here|go\s+on|wake\s+up)\b(?!\s+(?:in|with|near|like|on|at)\b)",
        inherent=True,
        gate="wish|desire|will|want",
    ),
    rule(
        "en_core_switched_off",
        Category.DEATH_WISH,
        _URG,
        r"\b(?:turn|switch|shut)\s+(?:me|myself)\s+off\s+"
        # the switch named between: "switch myself off at the wall for good"
        r"(?:(?:at|from)\s+the\s+(?:wall|mains|plug|socket)\s+)?(?:for\s+good|forever|permanently)\b",
        inherent=True,
        gate="off",
    ),
    rule(
        "en_core_rid_of_me",
        Category.BURDEN,
        _CON,
        r"\b(?:(?:they|she|he|everyone|everybody|we)(?:'d|\s+would)|(?:would|'d))\s+(?:all\s+)?"
        r"be\s+(?:better|well|glad\s+to\s+be)\s+rid\s+of\s+me\b"
        r"|\b(?:i'?m|i\s+am)\s+(?:nothing|nowt)\s+but\s+(?:a\s+)?(?:bother|burden|trouble|nuisance"
        r"|drain|weight)\b",
        inherent=True,
        gate="rid of me|nothing but|nowt but",
    ),
    rule(
        "de_core_not_like_to_be_here",
        Category.DEATH_WISH,
        _URG,
        r"\bich\s+(?:mag|mo(?:e)?chte|will)\s+(?:einfach\s+|halt\s+)?nicht\s+mehr\s+(?:da|hier)"
        r"\s+sein\b",
        inherent=True,
        lang="de",
        gate="nicht mehr",
    ),
)


RULES: tuple[Rule, ...] = (
    rules_core_attempt_back.TRIED_BEFORE_BACK
    + core_family(
        "meds_kept_for_me",
        Category.GETTING_MEANS,
        _URG,
        {
            lang: rf"(?:{_KEPT[lang]})[^.!?\n]{{0,60}}?(?:{_MEDS[lang]})[^.!?\n]{{0,70}}?"
            rf"(?:{_FOR_ME[lang]})|(?:{_MEDS[lang]})[^.!?\n]{{0,70}}?(?:{_KEPT[lang]})"
            rf"[^.!?\n]{{0,50}}?(?:{_FOR_ME[lang]})|"
            + either_order(lang, _MEDS[lang], _HOARDED[lang], 70)
            for lang in LANGS
        },
        dict.fromkeys(
            LANGS,
            "pill|tablet|med|oxy|morphine|codamol|paracetamol|sleepers|painkill|comprim|pastill|pastis"
            "|farmac|remedio|calmante|cachet|pilule|pillen|schmerzmittel|somnif|sonnif|pastiglie",
        ),
    )
    + core_family(
        "farewell_if_gone",
        Category.GOODBYES,
        _CON,
        _across(_IF_GONE, _FAREWELL_WORDS, _NOT_A_TRIP),
        dict.fromkeys(
            LANGS,
            "happen|hear|last|care|ihr|passiert|letzte|passt|vous|arrive|dernier|saben|oyen"
            "|pasa|ultim|cuiden|tiverem|ouvirem|acontecer|cuidem|sent|succede|prendetevi",
        ),
    )
    + core_family(
        "absent_ahead",
        Category.NO_FUTURE,
        _CON,
        {
            lang: rf"(?=(?:{_ABSENT_AHEAD[lang]})|(?:{_AHEAD[lang]}))"
            + _NOT_AWAY
            + rf"(?:{across_clean(lang, _ABSENT_AHEAD[lang], _AHEAD[lang])})"
            for lang in LANGS
        },
        dict.fromkeys(
            LANGS, "be here|be around|be there|be alive|needing|nicht mehr|serai|estar|estare|saro"
        ),
    )
    + core_family(
        "suffering_no_way",
        Category.TRAPPED_PAIN,
        _CON,
        either_order_each(_SUFFERING, _NO_WAY_OR_BEARING, 90, LANGS, unnegated),
        dict.fromkeys(
            LANGS,
            "out|escape|another|one more|weg|komm|aus|sortie|issue|peux|salida"
            "|salir|aguanto|aguento|corda|saida|strada|via|faccio|done|longer|than i|over|stop"
            "|through|aufho|nenhuma|suporto|reggo|sopporto|trovo|weitermachen|comment",
        ),
    )
    + rules_core_unnamed_acts.RULES
    + core_family(
        "better_not_here",
        Category.BURDEN,
        _CON,
        {lang: rf"(?:{_BETTER_NOT_HERE[lang]}){CLAUSE_END}" for lang in LANGS},
        dict.fromkeys(LANGS, "better|best|besser|mieux|mejor|melhor|meglio"),
    )
    + core_family(
        "marks_hidden",
        Category.SELF_HARM,
        _CON,
        either_order_each(_MARKS, _HIDING, 50, LANGS, unnegated),
        dict.fromkeys(
            LANGS,
            "marks|cuts|scars|scabs|narben|schnitte|spuren|wunden|marques"
            "|cicatri|coupures|marcas|cortes|segni|tagli",
        ),
    )
    + core_family(
        "thought_companion",
        Category.SUICIDAL_IDEATION,
        _URG,
        _THOUGHT_COMPANION,
        dict.fromkeys(
            LANGS,
            "suicide|killing|umzubringen|umbr|idee|idea|ideia|gedanke|pensee|pensamento|pensamiento|pensiero",
        ),
    )
    + _SINGLE
    + rules_core_shut_in.RULES
    + rules_core_means_kept.RULES
    + core_family(
        "love_said_last",
        Category.GOODBYES,
        _CON,
        # (not "at least once a week", "una volta al mese")
        {
            lang: rf"(?:{_LOVE_SAID[lang]})[^\n]{{0,80}}?(?:{_LAST_TIME[lang]})"
            r"(?!\s+(?:a|per|every|each|por|par|al|alla|am|pro|in|la)\s)"
            for lang in LANGS
        },
        dict.fromkeys(LANGS, "love|lieb|gern|aim|quiero|amo|adoro|bene"),
    )
    + rules_core_attempt_back.ATTEMPT_BUT_BACK
    + rules_core_plans_told.RULES
    + rules_core_self_harm_told.RULES
    + rules_core_oblique.RULES
    + rules_core_horizons.RULES
    + rules_core_leavings.RULES
    + rules_core_afterwards.RULES
    + rules_core_indirect.RULES
    + rules_core_indirect_more.RULES
    + rules_core_indirect_means.RULES
    + rules_core_intentions.RULES
    + rules_intl_regional.RULES
    + rules_intl_corpus_families.RULES
    + rules_intl_frames.RULES
)

__all__ = ["RULES"]
