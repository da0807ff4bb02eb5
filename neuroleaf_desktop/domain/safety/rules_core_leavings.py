"""Warning signs told as leave-taking that names no act, in all six languages.

Why: the weakest signs on each blind batch are the quiet ones — things handed over, thanks said
round the family, a day and a place chosen — and each writer says them in new words. The shape
of each is the same in every language, so each family below reads two parts and accepts any
wording of each:

* handed over: a thing now someone else's ("they're hers now", "ya son de Hamid", "ora sono di
  Salvo", "sont partis chez …") and the writer done with it ("I'm done", "c'est fini pour
  moi", "tanto io ho chiuso", "from now on"), or a thing given and the writer's use of it over
  ("won't be wearing gold again", "já não preciso delas", "ain't gonna be around");
* a farewell round: thanks, sorry or love said "for everything" and a leave-taking ("goodbye",
  "for the last time", "they think I'm going away", "no saben que"), or a goodbye and the last
  time or a cover story;
* a day or a place chosen: "I've settled on the cliffs", "made my mind up … by the bridge",
  "ich hab's festgelegt … am Deich", "ya tengo el día … en la azotea" (a decision, then a place
  of danger or a moment nobody is around; not an outing, a photo, a picnic);
* drawn to an edge: "I keep standing at the edge of the platform", "je me retrouve au bord du
  quai" (a habit said with "keep" / "find myself", not once while waiting for a train);
* not back from an outing: "I'm not coming back from the walk tonight" (the clause ends there);
* medicine hidden or gathered: pills kept "under the bed", "behind the …", "one by one", "un
  par un" (not out of the children's reach, not a pill organiser);
* nothing but more of the same: "nothing ahead but more of the same", "stopped thinking past
  Friday", "no me veo ningún futuro".

Text is case- and accent-folded first; no negation may stand between two parts; every rule has
a gate. Everyday occasions (a trip, work, a party) are cleared by ``everyday`` as for any rule
of the category.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule
from neuroleaf_desktop.domain.safety.rules_core_horizons import (
    AWAY_MORE,
    DECIDED_ALONE,
    NOT_AN_OUTING,
)
from neuroleaf_desktop.domain.safety.rules_core_oblique import CORE_MEDS
from neuroleaf_desktop.domain.safety.rules_core_signs import (
    GIVEN,
    LANGS,
    core_family,
    either_order,
    no_handing_on_reason,
)

_CON, _URG = Severity.CONCERN, Severity.URGENT
_CLOSE = r"(?=\s*(?:$|[.!?,;:\n]))"

# --- handed over ------------------------------------------------------------------------------
# A thing now someone else's: "they're hers now", "ya son de Hamid", "gehört jetzt meinem Bruder"
_NOW_THEIRS = {
    "en": r"(?:\b(?:is|are)|'s|'re)\s+(?:all\s+)?(?:(?:my|our)\s+(?:\w+\s+)?)?"
    r"(?:yours|his|hers|theirs|[a-z]+'s)\s+(?:now|for\s+good|for\s+keeps|to\s+keep"
    r"|from\s+now\s+on)\b",
    "de": r"\bgeho(?:e)?r(?:t|en)\s+(?:jetzt|ab\s+jetzt|nun|ab\s+sofort|fu(?:e)?r\s+immer)\b"
    r"|\b(?:sind|ist)\s+(?:jetzt|ab\s+jetzt|nun)\s+(?:seins?|ihrs?|seine|ihre|deins?|deine)\b",
    "fr": r"\b(?:sont|est)\s+(?:maintenant\s+|desormais\s+)?a\s+(?:lui|elle|eux|elles|toi)\b"
    r"|\b(?:sont|est)\s+(?:partie?s?|allee?s?)\s+chez\s+\w+",
    "es": r"\bya\s+(?:son|es)\s+(?:de\s+(?!verdad|nadie|todos|nuevo|noche|dia)\w+|suy[oa]s?"
    r"|tuy[oa]s?)\b|\b(?:son|es)\s+(?:suy[oa]s?|tuy[oa]s?)\s+(?:desde\s+ahora|para\s+siempre)\b",
    "pt": r"\b(?:agora|ja)\s+(?:sao|e)\s+(?:dele|dela|deles|delas|teus?|tuas?|d[oa]\s+\w+)\b"
    r"|\b(?:sao|e)\s+(?:dele|dela|deles|teus?|tuas?)\s+(?:agora|para\s+sempre|de\s+vez)\b",
    "it": r"\b(?:ora|adesso|ormai|da\s+oggi)\s+(?:sono|e)\s+(?:di\s+\w+|suoi|sue|tuoi|tue|suo|sua"
    r"|tuo|tua)\b|\b(?:sono|e)\s+(?:suoi|sue|tuoi|tue)\s+(?:ora|adesso|per\s+sempre)\b",
}
# The writer's use of a thing over, closing its clause: "won't be wearing gold again", "ya no
# los necesito", "ain't gonna be around"
_USE_OVER = {
    "en": r"\b(?:won'?t|will\s+not|ain'?t\s+gonna|not\s+gonna|never\s+gonna)\s+be\s+(?:wearing"
    r"|using|riding|playing|needing|driving)\s+(?:\w+\s+){0,2}?(?:again|anymore|no\s+more)"
    + _CLOSE
    + r"|\b(?:ain'?t|won'?t|not|never)\s+(?:gonna|going\s+to)\s+be\s+(?:around|here)"
    r"(?:\s+(?:anymore|much\s+longer|no\s+more))?" + _CLOSE,
    "de": r"\bbrauch(?:e)?\s+(?:ich|sie|es|die)\s+(?:\w+\s+)?nicht\s+mehr\b"
    r"|\bwerd(?:e)?\s+(?:ich\s+)?(?:sie|es|die)?\s*(?:eh\s+)?nie\s+wieder\s+(?:tragen|fahren"
    r"|spielen|brauchen)\b",
    "fr": r"\bje\s+(?:n'?\s*)?en\s+(?:ai|aurai)\s+plus\s+besoin\b"
    r"|\bje\s+(?:ne\s+)?(?:les|le|la)\s+(?:porterai|utiliserai|conduirai)\s+plus\b",
    "es": r"\bya\s+no\s+(?:los|las|lo|la)\s+(?:necesito|uso|voy\s+a\s+usar)\b"
    r"|\bno\s+(?:los|las|lo|la)\s+(?:volvere|voy\s+a\s+volver)\s+a\s+(?:usar|poner)\w*\b",
    "pt": r"\b(?:ja\s+)?nao\s+preciso\s+(?:mais\s+)?(?:dele|dela|deles|delas|disso|disto)\b"
    r"|\b(?:ja\s+)?nao\s+(?:os|as|o|a)\s+(?:uso|vou\s+usar)\s+mais\b",
    "it": r"\bnon\s+(?:li|le|lo|la)\s+(?:usero|portero|indossero)\s+piu\b"
    r"|\bnon\s+mi\s+serv(?:e|ono|ira|iranno)\s+piu\b",
}
# The writer done with it all: "I'm done", "c'est fini pour moi", "tanto io ho chiuso"
_DONE = {
    "en": _USE_OVER["en"] + r"|\bi'?m\s+(?:done|finished|through)(?:\s+with\s+(?:it|them|all"
    r"\s+(?:that|this|of\s+it)|that))?" + _CLOSE + r"|\b(?:said|told\s+\w+)\s+(?:to\s+)?keep\s+"
    r"(?:them|it|the\s+lot)\b|\bfor\s+(?:good|keeps)\b",
    "de": _USE_OVER["de"] + r"|\bich\s+bin\s+(?:damit\s+)?(?:fertig|durch)\b"
    r"|\bfu(?:e)?r\s+mich\s+ist\s+(?:das\s+)?(?:alles\s+)?(?:schluss|vorbei|aus)\b"
    r"|\bich\s+hab(?:e)?\s+(?:damit\s+)?abgeschlossen\b|\bfu(?:e)?r\s+immer\b",
    "fr": _USE_OVER["fr"] + r"|\bc'?\s*est\s+fini\s+pour\s+moi\b|\bpour\s+moi\s+c'?\s*est\s+fini\b"
    r"|\bmoi\s+j'?\s*ai\s+fini\b|\bj'?\s*en\s+ai\s+fini\b|\bpour\s+de\s+bon\b|\bpour\s+toujours\b",
    "es": _USE_OVER["es"] + r"|\bdesde\s+ahora\b|\ba\s+partir\s+de\s+ahora\b|\bpara\s+siempre\b"
    r"|\byo\s+ya\s+(?:termine|acabe|he\s+terminado)\b|\bpara\s+mi\s+(?:ya\s+)?(?:se\s+)?(?:acabo"
    r"|termino)\b",
    "pt": _USE_OVER["pt"] + r"|\bpara\s+sempre\b|\bde\s+vez\b|\bpr?a(?:ra)?\s+mim\s+(?:ja\s+)?"
    r"acabou\b|\beu\s+ja\s+(?:acabei|terminei)\b",
    "it": _USE_OVER["it"] + r"|\b(?:tanto\s+)?io\s+ho\s+(?:chiuso|finito)\b|\bho\s+chiuso\s+con\b"
    r"|\bper\s+me\s+e\s+finita\b|\bper\s+sempre\b",
}
# "gave up sugar", "gave a talk", "left work early" are not things given
_GIVEN_THING = {
    lang: rf"(?:{GIVEN[lang]})(?!\s+(?:up|in|out|birth|a\s+(?:talk|speech|lift|hand|ride)"
    r"|work|home|early|late)\b)"
    for lang in LANGS
}

# --- a farewell round -------------------------------------------------------------------------
_THANKS = {
    "en": r"\b(?:thank(?:ed|s)?(?:\s+you)?|ta|cheers|sorry|apologi[sz]ed?)\s+(?:to\s+)?(?:them\s+"
    r"|him\s+|her\s+|everyone\s+|everybody\s+|all\s+)?for\s+everything\b"
    r"|\b(?:tell|told|telling|say|said|saying)\s+(?:them\s+|him\s+|her\s+)?(?:that\s+)?i\s+love"
    r"\s+(?:them|him|her|you)\b"
    # (thanks for the whole of it: "thanked him for all of it")
    r"|\bthank(?:ed|s)?\s+(?:them|him|her|everyone|everybody)\s+for\s+(?:all\s+of\s+it|it\s+all)\b",
    "de": r"\b(?:danke|bedankt|gedankt|entschuldigt)\b[^.!?\n]{0,20}?\bfu(?:e)?r\s+alles\b"
    r"|\b(?:allen|jedem|ihnen)\s+(?:\w+\s+){0,5}?(?:gedankt|danke\s+gesagt)\b"
    r"|\bgesagt,?\s+dass\s+ich\s+(?:sie|ihn|euch|dich)\s+liebe\b"
    # (thanked each one where they meet: "mich bei allen im Männerchor bedankt")
    r"|\bbei\s+(?:allen|jedem|ihnen)\s+(?:\w+\s+){0,4}?bedankt\b"
    # (each one called or seen and thanked: "jeden aus dem Verein angerufen und mich bedankt")
    r"|\b(?:jeden|jede|alle)\s+(?:[\w-]+\s+){0,8}?(?:angerufen|besucht)\s+und\s+(?:mich\s+)?"
    r"bedankt\b"
    # (the call's purpose the thanks: "angerufen, um mich für alles zu bedanken")
    r"|\bum\s+mich\s+(?:bei\s+(?:ihnen|allen|jedem|euch|ihm|ihr)\s+)?fu(?:e)?r\s+alles\s+zu\s+"
    r"bedanken\b",
    "fr": r"\b(?:merci|remercie\w*|pardon)\s+(?:\w+\s+){0,2}?pour\s+tout\b"
    r"|\bpour\s+(?:les|le|la)\s+remercier\b"
    r"|\b(?:dit|dire)\s+(?:a\s+\w+\s+)?que\s+je\s+(?:les|l'|t'|vous)\s*aime\b",
    "es": r"\b(?:gracias|agradec\w+|perdon)\s+(?:\w+\s+){0,2}?por\s+todo\b"
    r"|\b(?:darles|darle|dar|di|dado)\s+las\s+gracias\b|\bdecirles\s+que\s+los\s+quiero\b"
    # (how much the writer loves them, or thanks for a whole life: "decirles cuánto las quiero")
    r"|\bdecir(?:les|le)\s+(?:cuanto|que)\s+(?:los|las|lo|le|la)\s+quiero\b"
    r"|\bagradec\w+\s+(?:\w+\s+){0,2}?(?:toda\s+la\s+vida|la\s+vida\s+entera)\b",
    "pt": r"\b(?:obrigad[oa]|agradec\w+|perdao|desculpa)\s+(?:\w+\s+){0,2}?(?:por\s+)?tudo\b"
    r"|\bdizer(?:-lhes)?\s+que\s+(?:os|as)\s+amo\b"
    # (thanks for a whole life: "só para lhes agradecer a vida toda")
    r"|\bagradec\w+\s+(?:\w+\s+){0,2}?a\s+vida\s+(?:toda|inteira)\b"
    # (the call's purpose the thanks: "liguei a todos para agradecer")
    r"|\bpara\s+(?:lhes\s+)?agradecer(?:-lhes)?\b",
    "it": r"\b(?:grazie|ringraziat\w*|ringraziar\w*|scusa)\s+(?:\w+\s+){0,2}?(?:per|di)\s+tutto\b"
    r"|\bdetto\s+che\s+(?:li|le)\s+(?:amo|voglio\s+bene)\b"
    r"|\bringrazia\w*\s+(?:\w+\s+){0,2}?(?:per\s+)?tutta\s+la\s+vita\b"
    r"|\bper\s+ringraziar(?:li|le|lo|la)\b",
}
_GOODBYE_WORD = {
    "en": r"\b(?:goodbye|good-bye|farewell|cheerio)\b",
    "de": r"\b(?:verabschiedet|verabschieden|abschied|lebewohl)\b",
    "fr": r"\b(?:adieu|adieux|au\s+revoir)\b",
    "es": r"\b(?:despedirme|me\s+despedi|despedi|adios)\b"
    r"|\b(?:fue|era)\s+(?:la|una)\s+despedida\b(?!\s+de\b)",
    "pt": r"\b(?:adeus|despedir-me|despedi-me|me\s+despedi|despedir)\b"
    # (the call or the visit said to have been the goodbye: "foi a despedida"; not "a despedida
    # de solteira")
    r"|\b(?:foi|era)\s+(?:a|uma)\s+despedida\b(?!\s+d[eoa]\b)",
    # (not a party's name: "la festa d'addio", "l'addio al celibato")
    "it": r"\b(?<!d')(?<!di\s)(?:addio|salutat[oiae]|salutarli|salutarle|congedat[oiae])\b"
    r"(?!\s+al\s+(?:celibato|nubilato))",
}
# The last time, or a cover story the others were told
_FINAL = {
    "en": r"\b(?:for\s+the\s+last\s+time|(?:it'?s|it\s+is|it\s+was|was)\s+the\s+last\s+time)"
    + _CLOSE
    + r"|\b(?:they|he|she)\s+(?:all\s+)?(?:think|thinks|thought)\s+i'?m\s+(?:going|off|just"
    r"|away)\b|\b(?:they|he|she)\s+(?:don'?t|doesn'?t|didn'?t)\s+know\s+(?:it'?s|it\s+was"
    r"|that)\b|\bi\s+won'?t\s+be\s+at\s+[^.!?\n]{0,30}?\bagain\b",
    # (not the last time before a break: "das letzte Mal vor der Sommerpause")
    "de": r"\b(?:zum\s+letzten\s+mal|das\s+letzte\s+mal)\b(?!\s+(?:vor|bis|in\s+diesem|dieses"
    r"|diese)\b)|\bnicht\s+(?:mehr\s+)?wiederkomm\w*\b"
    r"|\b(?:sie\s+)?(?:denken|glauben|meinen),?\s+ich\s+(?:fahre|gehe|ziehe|bin)\b"
    r"|\b(?:sie\s+)?wissen\s+nicht,?\s+dass\b",
    "fr": r"\b(?:pour\s+la\s+derniere\s+fois|c'?\s*(?:est|etait)\s+la\s+derniere\s+fois)\b"
    r"|\b(?:ils|elles|il|elle)\s+(?:croient|pensent|croit|pense)\s+que\s+je\b"
    r"|\b(?:ils|elles|il|elle)\s+(?:ne\s+)?sai(?:t|vent)\s+pas\s+que\b",
    "es": r"\b(?:por\s+ultima\s+vez|(?:es|era|fue)\s+la\s+ultima\s+vez)\b"
    # (the call itself said to be the last: "era la última", "era l'ultima", "foi a última")
    r"|\b(?:era|fue)\s+la\s+ultima(?:\s+(?:llamada|visita))?"
    + _CLOSE
    + r"|\b(?:creen|piensan|cree|piensa)\s+que\s+(?:me\s+voy|voy)\b|\bno\s+saben?\s+que\b",
    "pt": r"\b(?:pela\s+ultima\s+vez|(?:e|era|foi)\s+a\s+ultima\s+vez)\b"
    r"|\b(?:era|foi)\s+a\s+ultima(?:\s+(?:chamada|ligacao|visita))?"
    + _CLOSE
    + r"|\b(?:acham|pensam|acha|pensa)\s+que\s+(?:vou|eu\s+vou)\b|\bnao\s+sabem?\s+que\b",
    "it": r"\b(?:per\s+l'?\s*ultima\s+volta|(?:e|era|fu)\s+l'?\s*ultima\s+volta)\b"
    r"|\b(?:era|fu)\s+l'?\s*ultima(?:\s+(?:telefonata|chiamata|visita))?"
    + _CLOSE
    + r"|\b(?:pensano|credono|pensa|crede)\s+che\s+(?:vada|parta|io)\b|\bnon\s+sann?o\s+che\b",
}
_LEAVE = {lang: f"{_GOODBYE_WORD[lang]}|{_FINAL[lang]}" for lang in LANGS}

# --- a day or a place chosen ----------------------------------------------------------------
_CHOSEN = {
    "en": r"\b(?:i'?ve|i\s+have|i)\s+(?:finally\s+|now\s+)?(?:settled\s+on|made\s+(?:up\s+)?my"
    r"\s+mind(?:\s+up)?)|\b(?:i'?ve|i\s+have|i)\s+(?:finally\s+)?(?:picked|chosen|chose|fixed"
    r"|set)\s+(?:the|a)\s+(?:day|date|night|spot|place|time)\b|\bmy\s+mind'?s\s+made\s+up\b",
    "de": r"\bich\s+hab(?:e|'?s)?\s+(?:es\s+|mir\s+)?(?:festgelegt|ausgesucht)\b"
    r"|\b(?:es|das)\s+ist\s+festgelegt\b|\bich\s+hab(?:e)?\s+(?:den\s+tag|das\s+datum"
    r"|den\s+ort)\b",
    "fr": r"\bj'?\s*ai\s+(?:choisi|fixe|arrete)\s+(?:le\s+jour|la\s+date|l'?\s*endroit|le\s+lieu"
    r"|la\s+nuit)\b|\bj'?\s*ai\s+pris\s+ma\s+decision\b|\bc'?\s*est\s+fixe\b",
    "es": r"\bya\s+tengo\s+(?:el\s+)?(?:dia|sitio|lugar|la\s+noche|la\s+hora)\b"
    r"|\b(?:ya\s+)?(?:elegi|escogi)\s+(?:el\s+)?(?:dia|sitio|lugar)\b"
    r"|\bya\s+lo\s+tengo\s+(?:decidido|claro)\b",
    "pt": r"\bja\s+tenho\s+(?:o\s+)?(?:dia|lugar|sitio|a\s+hora)\b"
    r"|\b(?:ja\s+)?escolhi\s+(?:o\s+)?(?:dia|lugar|sitio)\b|\bja\s+me\s+decidi\b",
    "it": r"\bho\s+(?:gia\s+)?(?:scelto|fissato)\s+(?:il\s+)?(?:giorno|posto|luogo|la\s+data"
    r"|la\s+notte)\b|\bho\s+(?:gia\s+)?il\s+giorno\b",
}
_DECIDED_ANY = {lang: rf"{_CHOSEN[lang]}|{DECIDED_ALONE[lang]}" for lang in LANGS}
# A place one falls from or into
_PLACE = {
    "en": r"\b(?:bridge|cliffs?|rooftop|river|tracks|railway|pier|quarry|levee|overpass"
    r"|viaduct|ledge)\b",
    "de": r"\b(?:bru(?:e)?cke|deich|klippen?|gleisen?|fluss|damm|steilku(?:e)?ste|hochhaus"
    r"|bahnstrecke)\b",
    "fr": r"\b(?:pont|falaises?|toit|voie\s+ferree|rails|fleuve|viaduc)\b",
    "es": r"\b(?:puente|azotea|acantilados?|vias\s+del\s+tren|tejado|viaducto)\b",
    "pt": r"\b(?:ponte|telhado|falesias?|trilhos|linha\s+do\s+comboio|penhasco|viaduto)\b",
    "it": r"\b(?:ponte|tetto|scogliera|binari|dirupo|viadotto)\b",
}
_WHERE = {lang: f"{_PLACE[lang]}|{AWAY_MORE[lang]}" for lang in LANGS}
# not an outing, a picture or a job: "settled on the bridge for the wedding photos"
_NOT_A_VIEW = (
    r"(?![^.!?\n]{0,120}\b(?:photos?|pictures?|wedding|picnic|pique-?\s*nique|picknick|paint\w*"
    r"|draw\w*|sketch\w*|walk"
    r"|hike|run|ride|swim|fishing|view|tour|trip|visit|concert|fotos?|hochzeit|ausflug|wanderung"
    r"|mariage|balade|randonnee|peinture|boda|paseo|excursion|casamento|passeio|matrimonio|gita"
    r"|passeggiata|foto)\b)"
)

# --- drawn to an edge -------------------------------------------------------------------------
_EDGE = {
    "en": r"\b(?:keep|kept|keeps|find\s+myself|found\s+myself|catch\s+myself|caught\s+myself)\s+"
    r"(?:\w+\s+)?(?:standing|lingering|hovering|stepping|walking|leaning|going)\s+(?:right\s+)?"
    r"(?:at|on|to|near|over|by)\s+the\s+(?:very\s+)?(?:edge|side|end|rail(?:ing)?)\s+of\s+the\s+"
    r"(?:platform|roof|bridge|cliffs?|tracks|balcony|building|car\s+park|pier|quay)\b",
    "de": r"\b(?:stehe|ertappe\s+mich|finde\s+mich)\s+(?:\w+\s+){0,2}?(?:immer\s+wieder|dauernd"
    r"|sta(?:e)?ndig|oft|jedes\s+mal)\s+(?:\w+\s+){0,2}?(?:an\s+der\s+(?:bahnsteigkante|kante"
    r"|klippe|bru(?:e)?stung)|am\s+(?:rand|gela(?:e)?nder|abgrund|bahnsteigrand))\b",
    "fr": r"\bje\s+(?:me\s+retrouve|reste|m'?\s*arrete)\s+(?:\w+\s+){0,2}?au\s+bord\s+(?:du\s+"
    r"(?:quai|toit|pont|vide|precipice)|de\s+la\s+(?:falaise|voie))\b",
    "es": r"\b(?:me\s+quedo|me\s+encuentro|sigo|termino)\s+(?:\w+\s+){0,2}?(?:al|en\s+el)\s+"
    r"borde\s+del?\s+(?:anden|azotea|puente|acantilado|tejado|precipicio|vacio)\b",
    "pt": r"\b(?:fico|dou\s+por\s+mim|continuo|me\s+pego)\s+(?:\w+\s+){0,2}?(?:na|a)\s+beira\s+"
    r"d[oa]\s+(?:plataforma|cais|ponte|telhado|precipicio|falesia|linha)\b",
    "it": r"\b(?:continuo\s+a|mi\s+ritrovo|resto)\s+(?:\w+\s+){0,2}?(?:sul|al)\s+(?:bordo|ciglio)"
    r"\s+(?:della|del|dello)\s+(?:banchina|binario|ponte|tetto|scogliera|precipizio|burrone"
    r"|vuoto)\b",
}

# --- not back from an outing --------------------------------------------------------------------
_NOT_BACK_FROM = {
    "en": r"\bi(?:'?m|\s+am|\s+won'?t|\s+will\s+not|\s+ain'?t)\s+(?:not\s+)?(?:be\s+)?(?:coming"
    r"|come)\s+back\s+from\s+(?:the|this|my|tonight'?s)\s+(?:\w+\s+)?(?:walk|swim|drive|hike"
    r"|river|bridge|sea|lake|woods|cliffs?)(?:\s+(?:tonight|today|this\s+time))?",
    "de": r"\bich\s+komme?\s+(?:heute\s+(?:abend|nacht)\s+)?(?:vom|von\s+(?:der|dem|meinem"
    r"|meiner))\s+(?:spaziergang|schwimmen|fluss|see|meer|wanderung|bru(?:e)?cke)\s+nicht\s+"
    r"(?:mehr\s+)?zuru(?:e)?ck",
    "fr": r"\bje\s+(?:ne\s+)?(?:reviendrai|vais\s+pas\s+revenir|reviens)\s+(?:pas\s+)?de\s+"
    r"(?:la|ma|cette)\s+(?:promenade|balade|baignade|marche|riviere)(?:\s+ce\s+soir)?",
    "es": r"\bno\s+(?:voy\s+a\s+volver|vuelvo|volvere)\s+(?:del|de\s+(?:la|mi|este|esta))\s+"
    r"(?:paseo|caminata|rio|puente|mar)(?:\s+esta\s+noche)?",
    "pt": r"\bnao\s+(?:vou\s+voltar|volto|voltarei)\s+(?:do|da|deste|desta)\s+(?:passeio"
    r"|caminhada|rio|ponte|mar)(?:\s+(?:hoje|esta\s+noite))?",
    "it": r"\bnon\s+(?:tornero|torno)\s+(?:dalla|dal|da\s+questa|da\s+questo)\s+(?:passeggiata"
    r"|camminata|fiume|ponte|mare)(?:\s+stasera)?",
}
# (not a night out camping: "not coming back from the hike tonight, we're sleeping in the hut")
_NOT_CAMPING = (
    r"(?![^.!?\n]{0,60}\b(?:camp\w*|hut|tent|hostel|sleep\w*|stay\w*|zelt|hutte|tente|refuge"
    r"|tienda|albergue|barraca|tenda|rifugio)\b)"
)

# --- medicine hidden or gathered --------------------------------------------------------------
_HIDDEN = {
    "en": r"\b(?:under\s+(?:the|de|my|me)\s+(?:bed|mattress|floorboards?)|behind\s+the\s+\w+"
    r"|at\s+the\s+back\s+of\s+(?:the|my)\s+\w+|one\s+by\s+one|where\s+(?:no\s*one|nobody)"
    r"|(?:tub|tin|sock|shoebox)\s+under)\b",
    "de": r"\b(?:unter(?:m|\s+dem)\s+(?:bett|matratze)|hinter\s+(?:dem|der|den)\s+\w+|einzeln"
    r"|eine\s+nach\s+der\s+anderen|wo\s+(?:niemand|keiner))\b",
    "fr": r"\b(?:sous\s+(?:le|mon)\s+(?:lit|matelas)|derriere\s+(?:le|la|les)\s+\w+|un\s+par\s+un"
    r"|une\s+par\s+une|au\s+fond\s+d[eu]\s+\w+|ou\s+personne)\b",
    "es": r"\b(?:debajo\s+de\s+(?:la|mi)\s+(?:cama|colchon)|detras\s+de\s+\w+|una\s+a\s+una"
    r"|una\s+por\s+una|uno\s+a\s+uno|donde\s+nadie)\b",
    "pt": r"\b(?:debaixo\s+d[ao]\s+(?:cama|colchao)|atras\s+d[oa]\s+\w+|um\s+a\s+um|uma\s+a\s+uma"
    r"|onde\s+ninguem)\b",
    "it": r"\b(?:sotto\s+(?:il|al)\s+(?:letto|materasso)|dietro\s+(?:il|la|i|le|al|alla)\s+\w+"
    r"|una\s+alla\s+volta|uno\s+per\s+uno|una\s+per\s+una|dove\s+nessuno)\b",
}
_KEEP_VERB = {
    "en": r"\b(?:keep|keeping|kept|stash\w*|hid|hide|hiding|hidden|sav(?:e|ed|ing)|stor(?:e|ed"
    r"|ing)|collect\w*|gather\w*|put(?:ting)?)\b",
    "de": r"\b(?:sammle|hebe|verstecke|bunkere|lege|packe|versteckt|gesammelt)\b",
    "fr": r"\b(?:range|garde|cache|mets|accumule|stocke|ranges|caches)\b",
    "es": r"\b(?:guardo|escondo|junto|acumulo|guardando|escondiendo|juntando)\b",
    "pt": r"\b(?:guardo|escondo|junto|acumulo|guardando|escondendo|juntando)\b",
    "it": r"\b(?:tengo|conservo|nascondo|metto|accumulo|raccolgo)\b",
}
# not kept from the children, nor in a pill organiser so as not to forget
_NOT_SAFEKEEPING = (
    r"(?![^.!?\n]{0,120}\b(?:kids|children|grandkids|toddler|reach|forget|organi[sz]er|pill\s*box"
    r"|dosette|enfants|petits|ninos|criancas|bambini|kinder|kindern|oublier|olvidar|esquecer"
    r"|dimenticare|vergessen)\b)"
)

# --- nothing but more of the same --------------------------------------------------------------
_MORE_OF_SAME = {
    "en": r"\bnothing\s+(?:\w+\s+)?ahead\s+(?:of\s+(?:me|us)\s+|for\s+(?:me|us)\s+)?(?:but|except"
    r"|apart\s+from)\s+more\s+of\s+the\s+same\b|\bstopped\s+(?:thinking|planning|making\s+plans)"
    r"\s+(?:past|beyond)\s+(?:\w+\s+){0,2}?(?:friday|monday|tuesday|wednesday|thursday|saturday"
    r"|sunday|tomorrow|today|tonight|next\s+week|the\s+weekend|this\s+week)\b"
    r"|\bplans\s+(?:for\s+(?:next|the)\s+\w+\s+)?mean\s+nothing\s+to\s+me\b",
    "de": r"\bnichts\s+(?:mehr\s+)?vor\s+(?:mir|uns)\s+(?:au(?:ss|ß)er|als)\s+(?:noch\s+)?mehr\s+"
    r"(?:vom|des)\s+(?:gleichen|selben)\b|\bdenke\s+nicht\s+mehr\s+u(?:e)?ber\s+(?:den|die|das)"
    r"\s+\w+\s+hinaus\b",
    "fr": r"\brien\s+devant\s+(?:moi|nous)\s+(?:que|sauf)\s+(?:encore\s+)?(?:la\s+meme\s+chose"
    r"|plus\s+de\s+la\s+meme)\b|\bj'?\s*ai\s+arrete\s+de\s+(?:penser|faire\s+des\s+projets)\s+"
    r"(?:plus\s+loin\s+que|au-?dela\s+d[eu])\b|\bje\s+(?:ne\s+)?me\s+vois\s+(?:aucun|pas\s+d'?)"
    r"\s*avenir\b",
    "es": r"\bnada\s+por\s+delante\s+(?:mas\s+que|salvo|excepto)\s+mas\s+de\s+lo\s+mismo\b"
    r"|\bdeje\s+de\s+(?:pensar|hacer\s+planes)\s+mas\s+alla\s+del?\b"
    r"|\bno\s+me\s+veo\s+(?:\w+\s+)?(?:ningun|un|mi)\s+futuro\b",
    "pt": r"\bnada\s+pela\s+frente\s+(?:alem\s+de|senao)\s+mais\s+do\s+mesmo\b"
    r"|\bdeixei\s+de\s+(?:pensar|fazer\s+planos)\s+(?:para\s+)?alem\s+d[eo]\b"
    r"|\bnao\s+me\s+vejo\s+(?:\w+\s+)?(?:nenhum|um|com)\s+futuro\b",
    "it": r"\bniente\s+davanti\s+(?:a\s+(?:me|noi)\s+)?(?:se\s+non|tranne)\s+(?:altro\s+)?"
    r"(?:lo\s+stesso|la\s+stessa\s+roba)\b|\bho\s+smesso\s+di\s+(?:pensare|fare\s+progetti)\s+"
    r"(?:oltre|al\s+di\s+la\s+d)\w*\b|\bnon\s+mi\s+vedo\s+(?:\w+\s+)?(?:nessun|un)\s+futuro\b",
}

# --- affairs put in order -------------------------------------------------------------------
# The papers one leaves behind, then "everything is in order now" (in the same or the next
# sentence): "sorted the bank stuff and the will. Everything is in order now."
_AFFAIRS = {
    "en": r"\b(?:(?:the|my|a)\s+will|bank|(?<!car\s)(?<!travel\s)(?<!home\s)(?<!pet\s)insurance"
    r"|passwords?|pension|funeral|debts?)\b",
    "de": r"\b(?:testament|bank|versicherung|passwo(?:e)?rter|konten|schulden|beerdigung)\b",
    "fr": r"\b(?:testament|banque|assurance\s+vie|mots?\s+de\s+passe|dettes|obseques)\b",
    "es": r"\b(?:testamento|banco|seguro\s+de\s+vida|contrasenas|deudas|entierro)\b",
    "pt": r"\b(?:testamento|banco|seguro\s+de\s+vida|senhas|dividas|funeral)\b",
    "it": r"\b(?:testamento|banca|assicurazione\s+sulla\s+vita|password|debiti|funerale)\b",
}
_IN_ORDER = {
    "en": r"\b(?:everything'?s|everything\s+is|it'?s\s+all|all'?s|all\s+is)\s+(?:now\s+)?"
    r"(?:in\s+order|sorted|taken\s+care\s+of|settled)(?:\s+now)?(?:\s+for\s+(?:them|her|him"
    r"|everyone|the\s+\w+))?",
    "de": r"\b(?:jetzt\s+)?(?:ist\s+)?alles\s+(?:ist\s+)?(?:jetzt\s+)?(?:geregelt|erledigt"
    r"|in\s+ordnung)",
    "fr": r"\btout\s+est\s+(?:maintenant\s+)?(?:en\s+ordre|regle|en\s+place)",
    "es": r"\btodo\s+(?:esta\s+)?(?:ya\s+)?(?:en\s+orden|arreglado|resuelto)",
    "pt": r"\btudo\s+(?:esta\s+)?(?:ja\s+)?(?:em\s+ordem|tratado|resolvido|arrumado)",
    "it": r"\b(?:e\s+)?tutto\s+(?:e\s+)?(?:ormai\s+)?(?:in\s+ordine|sistemato|a\s+posto)",
}

# --- no exit: "es gibt keinen Ausgang", every road back to the same wall ----------------------
_NO_EXIT = {
    "en": r"\b(?:every|all\s+(?:the\s+)?)\s*(?:roads?|paths?|ways?|streets?)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:lead|leads|bring|brings|take|takes)\s+(?:me\s+)?back\s+to\s+the\s+same\s+(?:wall"
    r"|dead\s+end|hole)\b",
    "de": r"\bes\s+gibt\s+(?:fu(?:e)?r\s+mich\s+)?(?:keinen|kein)\s+(?:ausgang|ausweg|entkommen)"
    r"(?:\s+(?:mehr|fu(?:e)?r\s+mich))?"
    + _CLOSE
    + r"|\balle\s+wege\s+(?:[\w'-]+\s+){0,4}?(?:fu(?:e)?hren|bringen)\s+(?:mich\s+)?"
    r"(?:zuru(?:e)?ck\s+)?(?:an|zu|vor)\s+(?:die|der|dieselbe|derselben)\s+(?:selbe\s+)?(?:wand"
    r"|mauer|sackgasse)\b",
    "fr": r"\btous\s+les\s+chemins\s+(?:[\w'-]+\s+){0,4}?(?:me\s+)?(?:ramenent|menent"
    r"|reconduisent)\s+(?:au|a\s+la)\s+meme\s+(?:mur|impasse|trou)\b",
    "es": r"\btodos\s+los\s+caminos\s+(?:[\w'-]+\s+){0,4}?(?:me\s+)?(?:llevan|devuelven|traen)\s+"
    r"(?:de\s+vuelta\s+)?(?:al|a\s+la)\s+mism[oa]\s+(?:pared|muro|callejon|agujero)\b",
    "pt": r"\btodos\s+os\s+caminhos\s+(?:[\w'-]+\s+){0,4}?(?:me\s+)?(?:levam|trazem)\s+"
    r"(?:de\s+volta\s+)?(?:ao|a)\s+mesm[oa]\s+(?:parede|muro|beco|buraco)\b",
    "it": r"\btutte\s+le\s+strade\s+(?:[\w'-]+\s+){0,4}?(?:mi\s+)?(?:riportano|portano)\s+"
    r"(?:allo|al|alla)\s+stess[oa]\s+(?:muro|vicolo|buco)\b",
}

RULES: tuple[Rule, ...] = (
    core_family(
        "handed_over",
        Category.GIVING_AWAY,
        _CON,
        {
            lang: rf"(?:{either_order(lang, _NOW_THEIRS[lang], _DONE[lang], 130)})"
            # handed on, with no reason for it in the line (a new one bought, a move, an exam)
            rf"|(?:{_GIVEN_THING[lang]}){no_handing_on_reason(lang, 200)}"
            rf"[^.!?\n]{{0,130}}?(?:[.!?]\s*[^.!?\n]{{0,60}}?)?"
            rf"(?:{_USE_OVER[lang]})"
            for lang in LANGS
        },
        {
            "en": "yours|his|hers|theirs|'s now|'s for|'s to|'s from|around|here|again|anymore"
            "|no more",
            "de": "geho|jetzt|nun|nicht mehr|nie wieder",
            "fr": "chez|a lui|a elle|a eux|a toi|besoin|plus",
            "es": "ya son|ya es|suy|tuy|necesito|usar|uso|volver",
            "pt": "dele|dela|teu|tua|agora sao|ja sao|agora e|ja e|preciso|usar|uso",
            "it": "di |suoi|sue|tuoi|tue|suo|sua|tuo|tua|piu",
        },
    )
    + core_family(
        "farewell_round",
        Category.GOODBYES,
        _CON,
        {
            lang: rf"(?:{either_order(lang, _THANKS[lang], _LEAVE[lang], 110)})"
            rf"|(?:{either_order(lang, _GOODBYE_WORD[lang], _FINAL[lang], 110)})"
            # the last time said in the next short sentence ("… that I love them. Think it's
            # the last time.")
            rf"|(?:{_THANKS[lang]}|{_GOODBYE_WORD[lang]})[^.!?\n]{{0,110}}?[.!?]\s*"
            rf"[^.!?\n]{{0,25}}?(?:{_FINAL[lang]})"
            for lang in LANGS
        },
        {
            "en": "everything|love|goodbye|good-bye|farewell|cheerio|all of it|it all",
            "de": "alles|gedankt|danke|liebe|abschied|verabschied|lebewohl|bedankt",
            "fr": "tout|aime|adieu|revoir|remercier",
            "es": "todo|gracias|quiero|desped|adios|agradec",
            "pt": "tudo|amo|adeus|desped|agradec",
            "it": "tutto|amo|bene|addio|salut|congedat|ringrazia",
        },
    )
    + core_family(
        "chosen_place",
        Category.PLAN_OR_METHOD,
        _URG,
        {
            # the outing may be named inside the match too, when the place comes first
            lang: _NOT_A_VIEW
            + rf"(?:{either_order(lang, _DECIDED_ANY[lang], _WHERE[lang], 90)})"
            + NOT_AN_OUTING
            + _NOT_A_VIEW
            for lang in LANGS
        },
        dict.fromkeys(
            LANGS,
            "settled|decided|made up|my mind|picked|chosen|chose|fixed|set |steht fest"
            "|entschieden|beschlossen|festgelegt|ausgesucht|den tag|das datum|den ort|regle|decide"
            "|choisi|fixe|arrete|decision|fecha|decidi|tengo|tenho|elegi|escogi|data|escolhi|deciso"
            "|scelto|fissato|il giorno",
        ),
    )
    + core_family(
        "drawn_to_edge",
        Category.PLAN_OR_METHOD,
        _CON,
        _EDGE,
        dict.fromkeys(
            LANGS,
            "edge|side|end|rail|kante|rand|gelander|gelaender|abgrund|klippe"
            "|brustung|bruestung|bord|borde|beira|ciglio",
        ),
    )
    + core_family(
        "not_back_from",
        Category.PLAN_OR_METHOD,
        _URG,
        {lang: rf"(?:{_NOT_BACK_FROM[lang]}){_CLOSE}{_NOT_CAMPING}" for lang in LANGS},
        dict.fromkeys(LANGS, "back from|zuruck|zurueck|revien|revenir|volv|volt|torn"),
    )
    + core_family(
        "meds_hidden",
        Category.GETTING_MEANS,
        _URG,
        {
            lang: rf"\b{CORE_MEDS[lang]}\b{_NOT_SAFEKEEPING}[^.!?\n]{{0,80}}?"
            rf"(?:{either_order(lang, _KEEP_VERB[lang], _HIDDEN[lang], 80)})"
            rf"|(?:{_KEEP_VERB[lang]})[^.!?\n]{{0,30}}?\b{CORE_MEDS[lang]}\b{_NOT_SAFEKEEPING}"
            rf"[^.!?\n]{{0,60}}?(?:{_HIDDEN[lang]})"
            for lang in LANGS
        },
        dict.fromkeys(
            LANGS,
            "pill|tablet|meds|painkill|sleepers|tablette|pillen|medikament|schmerzmittel"
            "|medicament|cachets|comprimes|somniferes|pastillas|calmantes|somniferos|comprimidos"
            "|remedios|pastiglie|pillole|farmaci|sonniferi",
        ),
    )
    + core_family(
        "more_of_the_same",
        Category.NO_FUTURE,
        _CON,
        _MORE_OF_SAME,
        dict.fromkeys(
            LANGS,
            "same|stopped|mean nothing|gleichen|selben|hinaus|meme|arrete|avenir|mismo|mesmo|deje"
            "|futuro|deixei|stessa|stesso|smesso",
        ),
    )
    + core_family(
        "affairs_in_order",
        Category.GOODBYES,
        _CON,
        {
            lang: rf"(?:{_AFFAIRS[lang]})[^.!?\n]{{0,120}}?(?:[.!?]\s*)?[^.!?\n]{{0,40}}?"
            rf"(?:{_IN_ORDER[lang]}){_CLOSE}"
            for lang in LANGS
        },
        dict.fromkeys(
            LANGS,
            "order|sorted|taken care|settled|geregelt|erledigt|ordnung|ordre|regle|en place"
            "|orden|arreglado|resuelto|ordem|tratado|resolvido|arrumado|ordine|sistemato|posto",
        ),
    )
    + core_family(
        "no_exit",
        Category.TRAPPED_PAIN,
        _CON,
        _NO_EXIT,
        dict.fromkeys(
            LANGS, "same|ausgang|ausweg|entkommen|selbe|wand|mauer|sackgasse|meme|mism|mesm|stess"
        ),
    )
)

__all__ = ["RULES"]
