"""More warning signs read from two concepts meeting, in all six languages (the sequel of
``rules_core_concepts``, split to keep modules small).

Why: each blind batch words a sign anew; the concepts recur. Families here:

* a place one is shut in (a cage, a well, bars, a weight that stops the breath, a room or a
  cellar with no door, a mine one is stuck down) and no bearing it any longer ("non lo reggo
  più", "já não suporto", "je le supporte plus", "I can't take another day");
* no future said as having none ("there's no after for me", "per me non c'è futuro"), or as
  not being able to picture oneself at a point ahead ("eu nem consigo me imaginar no ano que
  vem", "try to picture myself next year and there's just a blank");
* medicine bought in several pharmacies so nobody asks;
* a thing that can kill bought and left lying somewhere, no use named ("n Seil geholt, dat
  liegt jetz unten im Keller");
* love said to everyone for the last time, or in case they never see one again;
* a past attempt and "but the thoughts are back", whatever was sworn in between;
* a day and a place named, and the decision said in the next breath ("Sábado à noite, na
  ponte D. Luís, está decidido"); a place and a day picked; "going to do it on my birthday,
  everything's ready"; "it'll be the cliffs, after the house is asleep";
* self-harm told by its tool or its act: a lighter held to one's arm, a head banged till it
  bled, cuts made again.

Each family: either order, no negation between the parts unless said otherwise; everyday
contexts are judged by ``everyday``. Every rule has a gate.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, either_order_each
from neuroleaf_desktop.domain.safety.rules_core_signs import (
    LANGS,
    core_family,
    either_order,
    unnegated,
)

_CON, _URG = Severity.CONCERN, Severity.URGENT
_END = r"(?=\s*(?:$|[.!?,;:\n]))"

# --- shut in, and no bearing it ---------------------------------------------------------------
_SHUT_IN = {
    "en": r"\b(?:bottom\s+of\s+a\s+(?:well|pit|hole)|(?:in|inside)\s+a\s+(?:cage|cell)(?!\s+of\b)"
    r"|behind\s+bars|weight\s+(?:that|which)\s+(?:won'?t|doesn'?t)\s+let\s+me\s+breathe"
    r"|(?:stuck|trapped)\s+down\s+(?:a|the)\s+(?:\w+\s+)?(?:mine|well|pit|shaft|hole)"
    r"|(?:room|shed|cellar|basement|hole|pit|box|cell)\s+(?:with\s+no|without\s+(?:a|any)?)\s*"
    r"(?:doors?|ladder|exit|windows?)|(?:stuck|trapped),?\s+no\s+way\s+out)\b",
    "de": r"\b(?:in\s+einem\s+(?:ka(?:e)?fig|loch|gefa(?:e)?ngnis)|hinter\s+gittern|gewicht,?\s+das"
    r"\s+mich\s+nicht\s+atmen\s+la(?:e)?sst|(?:raum|keller|loch|schacht|kammer|schuppen)\s+ohne"
    r"\s+(?:tu(?:e)?r|leiter|ausgang|fenster)|zugemauert\w*|gefangen,?\s+kein\s+ausweg)\b",
    "fr": r"\b(?:dans\s+une\s+(?:cage|prison)|au\s+fond\s+d'?\s*un\s+(?:puits|trou)|derriere\s+des"
    r"\s+barreaux|poids\s+qui\s+(?:ne\s+)?m'?\s*empeche\s+de\s+respirer|(?:piece|cave|trou"
    r"|puits|cellule|hangar)\s+sans\s+(?:porte|echelle|sortie|fenetres?)|porte\s+muree"
    r"|(?:coince|bloque|enferme)e?s?,?\s+(?:pas\s+de|sans)\s+(?:sortie|issue))\b",
    "es": r"\b(?:en\s+una\s+(?:jaula|carcel)|(?:un|el)\s+peso\s+que\s+no\s+me\s+deja\s+respirar"
    r"|en\s+el\s+fondo\s+de\s+un\s+pozo|(?:me\s+)?(?:encierra|atrapa)\s+como\s+(?:una\s+)?"
    r"(?:jaula|reja|carcel)|(?:cuarto|sotano|hoyo|pozo|galpon|cueva|celda)\s+sin\s+(?:puerta"
    r"|escalera|salida|ventana)s?|puerta\s+tapiada|atrapad[oa],?\s+sin\s+salida)\b",
    "pt": r"\b(?:numa\s+(?:jaula|prisao|cela)|(?:um|o)\s+peso\s+que\s+nao\s+me\s+deixa\s+respirar"
    r"|me\s+prende\s+como\s+(?:uma\s+)?(?:grade|jaula|prisao)|no\s+fundo\s+de\s+um\s+poco"
    r"|(?:quarto|porao|buraco|poco|galpao|cela)\s+sem\s+(?:porta|escada|saida|janela)s?"
    r"|porta\s+emparedada|(?:pres[oa]|trancad[oa]),?\s+sem\s+saida)\b",
    "it": r"\b(?:chius[oa]\s+in\s+una\s+(?:gabbia|prigione|cella)|in\s+fondo\s+a\s+un\s+pozzo"
    r"|(?:un|il)\s+peso\s+che\s+non\s+mi\s+fa\s+respirare|(?:stanza|cantina|buco|pozzo|cella"
    r"|capanno)\s+(?:senza\s+(?:porta|scala|uscita|finestre)|con\s+la\s+porta\s+murata)"
    r"|porta\s+murata|(?:bloccat[oa]|intrappolat[oa]),?\s+senza\s+(?:via\s+d'?\s*)?uscita)\b",
}
_NO_BEARING = {
    "en": r"\bi\s+(?:can'?t|cannot)\s+(?:take|do|face|bear|stand)\s+(?:another|one\s+more)\s+"
    r"(?:day|night|week|minute)\b|\bi\s+(?:can'?t|cannot)\s+(?:get|climb)\s+out\b"
    r"|\bi\s+(?:can'?t|cannot)\s+(?:stand|take|bear)\s+(?:the\s+pain|it)\s+(?:no|any)\s*more\b",
    "de": r"\b(?:ich\s+)?halt(?:e)?(?:'?s|\s+es|\s+das)\s+nicht\s+mehr\s+aus\b|\bkomm(?:e)?\s+"
    r"(?:da\s+)?nicht\s+(?:mehr\s+)?raus\b",
    "fr": r"\bje\s+(?:ne\s+)?(?:(?:le|la|les|l'|ca)\s*)?(?:tiens|supporte)\s+plus\b"
    r"|\bj'?\s*en\s+peux\s+plus\b"
    r"|\bje\s+(?:ne\s+)?(?:trouve|vois)\s+pas\s+(?:la\s+)?(?:cle|sortie|porte)\b",
    "es": r"\bno\s+(?:consigo|puedo)\s+salir\b|\bno\s+(?:aguanto|soporto)\s+mas\b(?!\s+a\s)"
    r"|\bno\s+encuentro\s+(?:la\s+)?(?:llave|salida|puerta)\b",
    "pt": r"\bnao\s+(?:encontro|acho)\s+(?:a\s+)?(?:porta|saida|chave)\b|\b(?:ja\s+)?nao\s+"
    r"(?:suporto|aguento)\b|\bnao\s+consigo\s+sair\b",
    "it": r"\bnon\s+(?:(?:lo|la|li)\s+)?(?:reggo|sopporto|ce\s+la\s+faccio)\s+piu\b"
    r"|\bnon\s+trovo\s+(?:la\s+)?(?:chiave|porta|uscita)\b|\bnon\s+riesco\s+a\s+uscir\w*",
}

# --- no future for me -------------------------------------------------------------------------
_NO_FUTURE_FOR_ME = {
    "en": r"\bthere(?:'?s|\s+is|\s+ain'?t|\s+isn'?t)\s+(?:no|any)\s+(?:after|future|tomorrow"
    r"|next\s+\w+|[\w-]+\s+(?:years?|months?|plan))\s+for\s+me"
    + _END
    + r"|\b(?:stopped\s+)?(?:thinking|planning|caring)\s+(?:about|for)\s+(?:the|a|my)\s+future\b"
    r"[^.!?\n]{0,40}?\bi\s+(?:don'?t|dont|do\s+not)\s+have\s+one\b"
    r"|\bi\s+(?:don'?t|dont|do\s+not)\s+(?:reckon|think|expect|suppose)\s+i'?ll\s+(?:still\s+)?be"
    r"\s+(?:here|around|alive)\s+(?:by\s+then|for\s+(?:it|that|christmas)|much\s+longer"
    r"|that\s+long)\b(?![^\n]{0,80}\b(?:abroad|away|holiday|trip|travel\w*|moving|move|flight"
    r"|until|till|back\s+in|job|uni)\b)",
    "de": r"\bfu(?:e)?r\s+mich\s+gibt\s+(?:es|'?s)\s+kein(?:e|en)?\s+(?:zukunft|morgen|danach)"
    + _END
    + r"|\bich\s+glaub(?:e)?\s+nicht,?\s+dass\s+ich\s+(?:dann|bis\s+dahin)\s+noch\s+(?:da|hier)"
    r"\s+bin\b",
    "fr": r"\bpour\s+moi,?\s+(?:il\s+)?(?:n'?\s*)?y\s+a\s+(?:pas|plus|aucun)\s+(?:d'?\s*)?"
    r"(?:avenir|apres|lendemain)" + _END,
    "es": r"\bpara\s+mi\s+no\s+hay\s+(?:futuro|manana|despues)"
    + _END
    + r"|\bno\s+hay\s+(?:futuro|manana|despues)\s+para\s+mi"
    + _END,
    "pt": r"\bpara\s+mim\s+nao\s+(?:ha|existe|tem)\s+(?:futuro|amanha|depois)"
    + _END
    + r"|\bnao\s+(?:ha|existe|tem)\s+(?:futuro|amanha|depois)\s+(?:para|pra)\s+mim"
    + _END,
    "it": r"\bper\s+me\s+non\s+c'?\s*e\s+(?:piu\s+)?(?:futuro|domani|un\s+dopo)"
    + _END
    + r"|\bnon\s+c'?\s*e\s+(?:nessun\s+)?(?:futuro|domani)\s+per\s+me"
    + _END
    + r"|\bnon\s+c'?\s*e\s+(?:nulla|niente)\s+davanti(?:\s+a\s+me)?"
    + _END,
}
# A point ahead, for picturing oneself at it.
_AHEAD = {
    "en": r"(?:next\s+(?:year|month|spring|summer|christmas)|in\s+(?:a|one|two|five|\d+)\s+years?"
    r"(?:\s+time)?|at\s+christmas|at\s+(?:\d\d|thirty|forty|fifty))",
    "de": r"(?:na(?:e)?chstes\s+jahr|im\s+na(?:e)?chsten\s+(?:jahr|sommer|fru(?:e)?hling)"
    r"|in\s+(?:einem|zwei|fu(?:e)?nf|\d+)\s+jahren?|an\s+weihnachten)",
    "fr": r"(?:l'?\s*(?:an|annee)\s+prochaine?|a\s+noel(?:\s+prochain)?|dans\s+(?:un|deux|cinq|\d+)"
    r"\s+ans?|l'?\s*ete\s+prochain)",
    "es": r"(?:el\s+ano\s+que\s+viene|el\s+proximo\s+ano|dentro\s+de\s+(?:un|dos|cinco|\d+)\s+anos?"
    r"|en\s+navidad|el\s+verano\s+que\s+viene)",
    "pt": r"(?:no\s+ano\s+que\s+vem|no\s+proximo\s+ano|daqui\s+a\s+(?:um|dois|cinco|\d+)\s+anos?"
    r"|no\s+natal)",
    "it": r"(?:l'?\s*anno\s+prossimo|il\s+prossimo\s+anno|tra\s+(?:un|due|cinque|\d+)\s+anni?"
    r"|a\s+natale)",
}
# "can't even picture myself next year", said closing its clause (not "… at uni, I'd rather")
_CANT_PICTURE = {
    "en": r"\bi\s+(?:can'?t|cannot|couldn'?t)\s+(?:even\s+)?(?:picture|imagine|see)\s+myself\s+",
    "de": r"\bich\s+kann\s+mich\s+(?:\w+\s+)?nicht\s+(?:mal\s+)?vorstellen,?\s+(?:wie\s+ich\s+)?",
    "fr": r"\bje\s+(?:n'?\s*)?(?:arrive|peux)\s+(?:pas|meme\s+pas)\s+(?:a\s+)?m'?\s*imaginer\s+",
    "es": r"\bno\s+(?:puedo|consigo|logro)\s+(?:ni\s+)?(?:imaginarme|verme)\s+",
    "pt": r"\b(?:nao|nem)\s+(?:consigo|posso)\s+(?:nem\s+)?(?:me\s+imaginar|me\s+ver"
    r"|imaginar-me)\s+",
    "it": r"\bnon\s+riesco\s+(?:nemmeno\s+|neanche\s+)?a\s+(?:immaginarmi|vedermi)\s+",
}
_TRY_PICTURE = {
    "en": r"\b(?:try|tried)\s+to\s+(?:picture|imagine|see)\s+myself\s+",
    "de": r"\bwenn\s+ich\s+(?:versuche,?\s+)?mich\s+",
    "fr": r"\b(?:j'?\s*essaie|quand\s+j'?\s*essaie)\s+de\s+m'?\s*imaginer\s+",
    "es": r"\b(?:intento|cuando\s+intento)\s+(?:imaginarme|verme)\s+",
    "pt": r"\b(?:tento|quando\s+tento)\s+(?:me\s+imaginar|imaginar-me|me\s+ver)\s+",
    "it": r"\b(?:provo|quando\s+provo)\s+a\s+(?:immaginarmi|vedermi)\s+",
}
_BLANK = {
    "en": r"\b(?:just\s+)?(?:a\s+)?(?:blank|void|nothing\s+there|black)\b",
    "de": r"\b(?:nur\s+)?(?:leere|nichts|schwarz)\b",
    "fr": r"\b(?:juste\s+)?(?:un\s+)?(?:grand\s+)?(?:vide|rien|noir)\b",
    "es": r"\b(?:solo\s+)?(?:un\s+)?(?:vacio|nada|negro)\b",
    "pt": r"\b(?:so\s+)?(?:um\s+)?(?:vazio|nada|branco)\b",
    "it": r"\b(?:solo\s+)?(?:un\s+)?(?:vuoto|nulla|niente|buio)\b",
}

# --- medicine bought round several pharmacies ---------------------------------------------------
_PHARMACY_ROUNDS = {
    "en": r"\b(?:did\s+the\s+rounds\s+of\s+the\s+(?:chemists|pharmacies)|(?:two|three|four|several"
    r"|different)\s+(?:chemists|pharmacies|shops)|a\s+packet\s+here,?\s+a\s+packet\s+there)\b",
    "de": r"\b(?:in|bei|aus)\s+(?:zwei|drei|vier|mehreren|verschiedenen)\s+apotheken\b",
    "fr": r"\bdans\s+(?:deux|trois|quatre|plusieurs|differentes)\s+pharmacies\b",
    "es": r"\ben\s+(?:dos|tres|cuatro|varias|distintas|diferentes)\s+farmacias\b",
    "pt": r"\bem\s+(?:duas|tres|quatro|varias|diferentes)\s+farmacias\b",
    "it": r"\bin\s+(?:due|tre|quattro|diverse|varie)\s+farmacie\b",
}
_MEDS_BOUGHT = {
    "en": r"\b(?:pills|tablets|paracetamol|painkillers|sleeping\s+pills|(?:so\s+)?(?:no\s+one"
    r"|nobody)\s+(?:would\s+)?asks?)\b",
    "de": r"\b(?:tabletten|medikament\w*|schlaftabletten|schmerzmittel)\b",
    "fr": r"\b(?:medicaments|comprimes|cachets|somniferes)\b",
    "es": r"\b(?:pastillas|medicamentos|calmantes|somniferos)\b",
    "pt": r"\b(?:comprimidos|remedios|medicamentos|calmantes)\b",
    "it": r"\b(?:pastiglie|pillole|farmaci|sonniferi)\b",
}

# --- a thing that can kill, got and left lying somewhere --------------------------------------
_GOT_MEANS = {
    "en": r"\b(?:bought|got|picked\s+up)\s+(?:a\s+|some\s+)?(?:rope|length\s+of\s+rope|hose)\b",
    "de": r"\b(?:ein\s+)?(?:seil|strick)\s+(?:gekauft|geholt|besorgt)\b",
    "fr": r"\b(?:achete|pris)\s+une\s+corde\b",
    "es": r"\b(?:compre|consegui)\s+una\s+(?:cuerda|soga)\b",
    "pt": r"\b(?:comprei|arranjei)\s+uma\s+corda\b",
    "it": r"\b(?:comprato|preso)\s+una\s+corda\b",
}
_LEFT_LYING = {
    "en": r"\b(?:it'?s|it\s+is|it'?s\s+been)\s+(?:just\s+)?(?:lying|sitting|riding\s+around)\s+"
    r"(?:in|under|at)\b",
    "de": r"\b(?:das|der|es|die)\s+(?:liegt|ha(?:e)?ngt)\s+(?:jetzt\s+)?(?:\w+\s+)?(?:im|unterm"
    r"|unter\s+dem|in\s+der|auf\s+dem)\b",
    "fr": r"\belle\s+(?:est|reste|dort)\s+(?:dans|sous)\b",
    "es": r"\b(?:esta|la\s+tengo)\s+(?:guardada\s+)?(?:en|debajo)\b",
    "pt": r"\b(?:esta|ficou)\s+(?:guardada\s+)?(?:no|na|debaixo)\b",
    "it": r"\b(?:e|sta)\s+(?:li\s+)?(?:in|nel|nella|sotto)\b",
}
# a use named for it: "for the climbing frame", "para la finca", "pour grimper"
_NO_USE_NAMED = (
    r"(?![^\n]{0,150}\b(?:for\s+(?:the|a|my|our)|fu(?:e)?r\s+(?:die|den|das|meinen?)|pour\s+(?:le|la"
    r"|les|grimper)|para\s+(?:la|el|mi)|pa'?\s+la|per\s+(?:la|il)|pra\s+(?:a|o)|move|moving"
    r"|umzug|mudanza|mudanca|trasloco|demenagement|(?:para|pra|pour|per|zum)\s+\w+(?:ar|er|ir|re)"
    r"|to\s+(?:tie|tow|secure|lash|hold|fix|build|hang\s+(?:the|a|up)))\b)"
)

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

# --- a past attempt, but the thoughts back (negations allowed between: a vow in the middle) ---
_ATTEMPT = {
    "en": r"\b(?:my|the|an|after\s+(?:my|the|an))\s+(?:suicide\s+)?attempt\b(?!\s+(?:at|to|on)\b)",
    "de": r"\bnach\s+(?:dem|meinem)\s+(?:suizid|selbstmord)?versuch\b",
    "fr": r"\b(?:apres\s+)?(?:ma|la|une)\s+tentative\b(?!\s+(?:de|d')\s*(?!suicide|me\s+tuer|\d))",
    "es": r"\b(?:despues\s+|tras\s+)?(?:de\s+)?(?:mi|el)\s+intento\b"
    r"(?!\s+de\s+(?!suicidio|matarme|\d))",
    "pt": r"\b(?:depois\s+da|apos\s+a)\s+(?:minha\s+)?tentativa\b"
    r"(?!\s+de\s+(?!suicidio|me\s+matar|\d))",
    "it": r"\b(?:dopo\s+il|dal)\s+(?:mio\s+)?tentativo\b(?!\s+di\s+(?!suicidio|uccidermi|\d))",
}
_BUT_BACK = {
    "en": r"\bbut\s+(?:now\s+)?(?:the\s+)?(?:thoughts|urges|feelings)\s+(?:are\s+)?(?:back|coming"
    r"\s+back|returning)\b",
    "de": r"\baber\s+(?:\w+\s+){0,3}?(?:kommen\s+(?:die\s+)?gedanken\s+wieder"
    r"|(?:die\s+)?gedanken\s+(?:sind\s+)?wieder\s+da)\b",
    "fr": r"\bmais\s+(?:les\s+)?(?:idees|pensees)\s+(?:noires\s+)?(?:sont\s+revenues|reviennent"
    r"|sont\s+de\s+retour)\b",
    "es": r"\bpero\s+(?:los\s+|las\s+)?(?:pensamientos|ideas)\s+(?:volvieron|han\s+vuelto"
    r"|estan\s+volviendo|vuelven)\b",
    "pt": r"\bmas\s+(?:as\s+|os\s+)?(?:ideias|pensamentos)\s+(?:estao\s+de\s+volta|voltaram"
    r"|estao\s+a\s+voltar|estao\s+voltando)\b",
    "it": r"\bma\s+(?:ora\s+|adesso\s+)?(?:i\s+)?(?:pensieri|idee)\s+(?:stanno\s+tornando|sono\s+"
    r"tornat[ie]|tornano)\b",
}

# --- a day and a place named, the decision said in the next breath -----------------------------
_DAY = {
    "en": r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:night|evening"
    r"|morning))?\b",
    "de": r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\w*\b",
    "fr": r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b",
    "es": r"\b(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b",
    "pt": r"\b(?:segunda|terca|quarta|quinta|sexta|sabado|domingo)(?:-feira)?\b",
    "it": r"\b(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)\b",
}
_LETHAL_PLACE = {
    "en": r"\b(?:the|a)\s+(?:bridge|cliffs?|viaduct|tracks|quarry|multi-?storey|tower\s+block)\b"
    r"(?!\s+(?:club|party|game|walk|run|tour|bar|cafe|festival|night))",
    "de": r"\b(?:der|die|den)\s+\w*(?:bru(?:e)?cke|klippe\w*|gleise)\b",
    "fr": r"\b(?:au|le|du|sur\s+le)\s+(?:pont|viaduc)\b|\b(?:la|les)\s+falaises?\b",
    "es": r"\b(?:el|del)\s+(?:puente|viaducto|acantilado)\b",
    "pt": r"\b(?:na|a|da)\s+(?:ponte|falesia)\b|\b(?:no|o|do)\s+viaduto\b",
    "it": r"\b(?:il|al|dal|sul)\s+(?:ponte|viadotto)\b|\b(?:la|dalla)\s+scogliera\b",
}
_DECIDED = {
    "en": r"\b(?:it'?s|it\s+is)\s+(?:decided|settled)|\bi'?ve\s+(?:decided|picked|chosen)" + _END,
    "de": r"\b(?:es\s+)?ist\s+entschieden|\bsteht\s+fest|\b(?:hab|habe)\s+ich\s+(?:mir\s+)?"
    r"(?:ausgesucht|festgelegt)" + _END,
    "fr": r"\bc'?\s*est\s+(?:decide|fixe|regle)\b|\bj'?\s*ai\s+choisi" + _END,
    "es": r"\b(?:ya\s+)?esta\s+decidido|\bya\s+lo\s+decidi|\b(?:ya\s+)?(?:lo\s+)?(?:elegi|escogi)"
    + _END,
    "pt": r"\b(?:ja\s+)?esta\s+decidido|\bja\s+decidi|\b(?:ja\s+)?escolhi" + _END,
    "it": r"\b(?:ho\s+(?:gia\s+)?(?:deciso|scelto)|e\s+deciso)" + _END,
}
_PICKED_PLACE = {
    "en": r"\b(?:i'?ve\s+)?(?:picked|chosen|chose|settled\s+on)\s+(?:the|a)\s+(?:bridge|spot|place"
    r"|cliffs?|building)\b",
    "de": r"\b(?:die|den|das)\s+(?:bru(?:e)?cke|stelle|ort)\s+(?:hab|habe)\s+ich\s+(?:schon\s+)?"
    r"(?:ausgesucht|gewa(?:e)?hlt)\b",
    "fr": r"\bj'?\s*ai\s+choisi\s+(?:le|la|l')\s*(?:pont|endroit|falaise)\b",
    "es": r"\b(?:ya\s+)?(?:elegi|escogi)\s+el\s+(?:puente|sitio|lugar)\b",
    "pt": r"\b(?:ja\s+)?escolhi\s+(?:a\s+ponte|o\s+sitio|o\s+lugar)\b",
    "it": r"\bho\s+(?:gia\s+)?scelto\s+(?:il\s+ponte|il\s+posto|il\s+punto)\b",
}
_PICKED_TIME = {
    "en": r"\b(?:picked|chosen|chose|settled\s+on)\s+(?:the\s+)?(?:day|date|night|time|monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    "de": r"\b(?:den\s+tag|das\s+datum)\s+(?:hab|habe)\s+ich\b",
    "fr": r"\b(?:choisi|fixe)\s+(?:le\s+)?(?:jour|date|soir)\b",
    "es": r"\b(?:elegi|escogi)\s+(?:el\s+)?(?:dia|fecha|noche)\b",
    "pt": r"\bescolhi\s+(?:o\s+)?(?:dia|data|noite)\b",
    "it": r"\bscelto\s+(?:il\s+)?(?:giorno|data|sera)\b",
}
_DO_IT_ON = {
    "en": r"\b(?:going\s+to|gonna|i'?ll|i\s+will)\s+do\s+it\s+(?:on|this|next)\s+(?:my\s+)?"
    r"(?:birthday|anniversary|\w+day|weekend)\b(?=\s*(?:[.!?;,]|[^\w\s]|$))",
    "de": r"\bich\s+mach(?:e)?(?:'?s|\s+es)\s+(?:am|an\s+meinem)\s+\w+(?=\s*(?:[.!?;]|$))",
    "fr": r"\bje\s+(?:vais\s+le\s+faire|le\s+ferai)\s+(?:le\s+jour\s+de\s+)?(?:mon\s+anniversaire"
    r"|samedi|dimanche|lundi|vendredi|ce\s+week-?end)\b",
    "es": r"\blo\s+(?:voy\s+a\s+hacer|hare)\s+(?:el\s+)?(?:dia\s+de\s+)?(?:mi\s+cumple\w*|sabado"
    r"|domingo|viernes|este\s+finde)\b",
    "pt": r"\bvou\s+fazer\s+isso\s+(?:no\s+)?(?:meu\s+aniversario|sabado|domingo|sexta)\b",
    "it": r"\blo\s+(?:faro|faccio)\s+(?:il\s+giorno\s+del\s+)?(?:mio\s+compleanno|sabato|domenica"
    r"|venerdi)\b",
}
_READY = {
    "en": r"\b(?:everything'?s|everything\s+is|it'?s\s+all)\s+(?:ready|set|sorted|in\s+place)"
    + _END
    + r"|\b(?:already|it'?s)\s+decided\b",
    "de": r"\balles\s+ist\s+(?:bereit|vorbereitet|fertig)" + _END,
    "fr": r"\btout\s+est\s+pret" + _END,
    "es": r"\b(?:ya\s+)?(?:tengo\s+todo|todo\s+esta)\s+listo" + _END,
    "pt": r"\b(?:ja\s+)?(?:esta\s+tudo|tudo\s+esta|tenho\s+tudo)\s+pronto" + _END,
    "it": r"\be\s+tutto\s+pronto" + _END,
}
_IT_WILL_BE_PLACE = {
    "en": r"\bit'?ll\s+be\s+(?:the|off\s+the|at\s+the)\s+(?:cliffs?|bridge|tracks|viaduct"
    r"|quarry)\b",
    "de": r"\bes\s+wird\s+(?:die|an\s+der|von\s+der)\s+\w*(?:bru(?:e)?cke|klippe)\b",
    "fr": r"\bce\s+sera\s+(?:le\s+pont|la\s+falaise|au\s+pont|du\s+pont)\b",
    "es": r"\bsera\s+(?:en\s+)?(?:el|desde\s+el)\s+(?:puente|acantilado)\b",
    "pt": r"\bvai\s+ser\s+(?:na|da)\s+(?:ponte|falesia)\b",
    "it": r"\bsara\s+(?:il|dal|sul)\s+(?:ponte|viadotto)\b",
}
_WHEN_ALONE = {
    "en": r"\b(?:after|when|once)\s+(?:the\s+(?:house|flat)\s+is|everyone'?s|they'?re)\s+(?:asleep"
    r"|empty|gone|out)\b|" + _DAY["en"],
    "de": r"\bwenn\s+(?:alle|keiner)\s+(?:\w+\s+){0,3}?(?:schlafen|weg\s+sind)\b|" + _DAY["de"],
    "fr": r"\bquand\s+(?:tout\s+le\s+monde\s+dort|la\s+maison\s+dort)\b|" + _DAY["fr"],
    "es": r"\bcuando\s+(?:todos\s+duerman|no\s+haya\s+nadie)\b|" + _DAY["es"],
    "pt": r"\bquando\s+(?:todos\s+dormirem|nao\s+houver\s+ninguem)\b|" + _DAY["pt"],
    "it": r"\bquando\s+(?:tutti\s+dormono|non\s+c'?\s*e\s+nessuno)\b|" + _DAY["it"],
}
# In company: "with the kids", "avec les enfants", "con los niños", "mit den Kindern".
WITH_COMPANY = (
    r"(?:with|avec|con|com|mit)\s+(?:the|my|our|les|mes|nos|los|mis|nuestros|as|os|minhas|meus"
    r"|i|le|miei|mie|nostri|den|meinen|unseren|der|meiner)\s+(?:kids|children|family|friends"
    r"|wife|husband|partner|enfants|famille|amis|copains|copines|ninos|hijos|familia|amigos"
    r"|amigas|criancas|filhos|familia|bambini|figli|famiglia|amici|amiche|kinder\w*|familie"
    r"|freunde\w*|frau|mann)"
)
_NO_OCCASION = (
    r"(?![^\n]{0,150}\b(?:party|wedding|guests|booked|venue|dinner|cake|picnic|walk|hike|photos?"
    r"|concert|match|game|festa|fiesta|fete|feier|boda|mariage|casamento|matrimonio|picknick"
    r"|churrasco|asado|barbecue|spaziergang|passeggiata|paseo|passeio|balade|ausflug|gita"
    r"|excursion|excursao|trip|viaje|viagem|viaggio|voyage|reise|fotos?|foto|torta|tarta|bolo"
    r"|kuchen|gateau|pique-nique|surprise|sorpresa|surpresa|ueberraschung|uberraschung|club"
    r"|mercadillo|jantar|corsa|fotograf\w*|concerto|konzert|concierto|spettacolo|festival"
    r"|mostra|pique-niqu\w*|picknick\w*|picnic\w*|rando\w*|wander\w*"
    # others going along: "with the kids", "avec les enfants", "con mis amigos", "we're driving"
    rf"|{WITH_COMPANY}|we'?re|we\s+are|we'?ll|on\s+va|nous\s+allons|vamos|andiamo|wir\s+(?:fahren"
    r"|gehen|wandern))\b)"
)

# --- self-harm told by its tool or its act -------------------------------------------------------
_BODY = {
    "en": r"(?:the\s+inside\s+of\s+)?my\s+(?:arms?|wrists?|thighs?|legs?|skin|stomach|hands?)",
    "de": r"(?:meinen?|meiner|am|an\s+meinem)\s+(?:arm\w*|handgelenk\w*|oberschenkel\w*|bein\w*"
    r"|haut)",
    "fr": r"(?:mon|ma|mes|le|la|les)\s+(?:bras|poignets?|cuisses?|jambes?|peau|ventre)",
    "es": r"(?:mi|mis|el|la|los|las)\s+(?:brazos?|munecas?|muslos?|piernas?|piel|barriga)",
    "pt": r"(?:meu|minha|meus|minhas|no|na|nos|nas|o|a|os|as)\s+(?:bracos?|pulsos?|coxas?"
    r"|pernas?|pele|barriga)",
    "it": r"(?:il\s+mio|la\s+mia|i\s+miei|le\s+mie|il|la|le|i|sul|sulla|sulle|sui)\s+(?:bracci?o?"
    r"|braccia|polsi?|cosce?|coscia|gambe?|pelle|pancia)",
}
_BURN_TOOL = {
    "en": r"\b(?:using|used|held|hold|holding|put|putting|pressed|pressing)\s+"
    r"(?:my\s+|a\s+|the\s+)?(?:lighter|zippo|cig(?:arette)?|lit\s+match|iron|hot\s+spoon)\s+(?:on|to|against)\s+",
    "de": r"\b(?:feuerzeug|zigarette|kippe)\s+(?:an|auf)\s+",
    "fr": r"\b(?:briquet|cigarette|clope)\s+(?:sur|contre)\s+",
    "es": r"\b(?:mechero|encendedor|cigarro|cigarrillo)\s+(?:en|sobre|contra)\s+",
    "pt": r"\b(?:isqueiro|cigarro)\s+(?:no|na|nos|nas|em)\s*",
    "it": r"\b(?:accendino|sigaretta)\s+(?:sul|sulla|sulle|sui|contro)\s*",
}
_HEAD_BANGED = {
    "en": r"\b(?:bang|bash|hit|smash|slamm?)(?:ed|ing|s)?\s+my\s+(?:head|forehead|skull)\s+"
    r"(?:on|against|into)\b",
    "de": r"\b(?:kopf|stirn)\s+(?:gegen|an)\s+(?:die|den|das)\s+\w+\s+(?:geschlagen|gehauen"
    r"|geknallt|schlage|haue)\b",
    "fr": r"\b(?:tape|cogne|frappe)\w*\s+la\s+tete\s+contre\b",
    "es": r"\b(?:golpe|di)\w*\s+(?:la\s+cabeza|cabezazos)\s+contra\b",
    "pt": r"\b(?:bati|batendo|bato)\s+(?:com\s+)?a\s+cabeca\s+(?:na|no|contra)\b",
    "it": r"\b(?:sbattut[oa]|sbatto|battut[oa])\s+la\s+testa\s+contro\b",
}
_TILL_BLOOD = {
    "en": r"\b(?:till|until)\s+(?:there\s+was\s+blood|it\s+bled|i\s+bled|i\s+was\s+bleeding)\b"
    r"|\bonly\s+way\b",
    "de": r"\bbis\s+(?:es\s+)?(?:blut\w*|ich\s+blutete)\b",
    "fr": r"\bjusqu'?\s*(?:au\s+sang|a\s+saigner)\b",
    "es": r"\bhasta\s+(?:sangrar|que\s+sangr\w+)\b",
    "pt": r"\bate\s+(?:sangrar|sair\s+sangue)\b",
    "it": r"\bfino\s+a\s+(?:sanguinare|far\s+uscire\s+il\s+sangue)\b",
}
_CUTS_AGAIN = {
    "en": r"\b(?:carved|sliced)\s+(?:into\s+)?my\s+(?:thighs?|legs?|arms?|wrists?|stomach|hips?)\b",
    "de": r"\b(?:mir\s+)?(?:wieder\s+)?(?:die\s+)?(?:arme|beine|oberschenkel)\s+(?:wieder\s+)?"
    r"(?:aufgeschnitten|geritzt|aufgeritzt)\b",
    "fr": r"\bje\s+me\s+suis\s+(?:re)?fait\s+des\s+(?:coupures|entailles)\s+sur\b"
    r"|\bje\s+me\s+suis\s+re(?:fait\s+du\s+mal|coupee?|scarifiee?)\b",
    "es": r"\b(?:me\s+volvi\s+a\s+hacer|me\s+hice)\s+(?:unos\s+)?cortes\s+en\b"
    # (not "volví a cortarme el pelo": an object named)
    r"|\b(?:volvi\s+a\s+cortarme|me\s+volvi\s+a\s+cortar)\b(?!\s+(?:el|la|los|las|un|una)\s)",
    "pt": r"\b(?:voltei\s+a\s+)?(?:fazer|fiz)\s+(?:uns\s+)?cortes\s+(?:nos|nas|no|na)\s+"
    r"(?:bracos?|pernas?|pulsos?|coxas?)\b|\bvoltei\s+a\s+(?:me\s+cortar|cortar-me|me\s+machucar)\b"
    r"(?!\s+(?:o|a|os|as|um|uma)\s)",
    "it": r"\b(?:mi\s+)?(?:sono|so)\s+(?:ri)?fatt[oa]\s+(?:i|dei|altri)\s+tagli\s+(?:sulle|sui|sul"
    r"|sulla)\b",
}


def _over_a_breath(first: dict[str, str], second: dict[str, str], most: int = 90) -> dict[str, str]:
    """``first`` then ``second`` within ``most`` characters of one line, across a full stop
    ("Sábado à noite, na ponte D. Luís, está decidido")."""
    return {
        lang: rf"(?=(?:{first[lang]}))(?:{first[lang]})[^\n]{{0,{most}}}?(?:{second[lang]})"
        for lang in LANGS
    }


def _day_place() -> dict[str, str]:
    return {
        lang: rf"(?:{either_order(lang, _DAY[lang], _LETHAL_PLACE[lang], 70)})" for lang in LANGS
    }


def _no_occasion(patterns: dict[str, str], *starts: dict[str, str]) -> dict[str, str]:
    """``patterns`` with no occasion near, the long look-ahead tried only where one of the
    concepts a match can start with is found (a 200 KB import is not scanned 150 characters
    ahead at every position)."""
    return {
        lang: "(?="
        + "|".join(f"(?:{start[lang]})" for start in starts)
        + ")"
        + _NO_OCCASION
        + f"(?:{patterns[lang]})"
        for lang in LANGS
    }


def _decided_day_place() -> dict[str, str]:
    """The day and place then the decision, or the decision first ("C'est fixé : samedi, …,
    je vais au pont")."""
    after = _over_a_breath(_day_place(), _DECIDED, 60)
    before = _over_a_breath(_DECIDED, _day_place(), 30)
    return {lang: rf"{after[lang]}|{before[lang]}" for lang in LANGS}


# Medicine held back from one's own treatment ("keeping my tablets back", "las fui guardando"):
# hoarded, whatever the container.
_MEDS = {
    "en": r"(?:pills|tablets|meds|painkillers|sleepers|sleeping\s+pills|oxy\w*|morphine)",
    "de": r"(?:tabletten?|pillen|medikamente|schlaftabletten|schmerzmittel)",
    "fr": r"(?:medicaments|cachets|comprimes|somniferes)",
    "es": r"(?:pastillas|medicamentos|calmantes|somniferos)",
    "pt": r"(?:comprimidos|remedios|medicamentos|calmantes)",
    "it": r"(?:pastiglie|pillole|farmaci|sonniferi)",
}
_HELD_BACK = {
    "en": rf"\b(?:keep(?:ing)?|kept)\s+(?:my|the|some|a\s+few\s+of\s+(?:my|the))\s+{_MEDS['en']}"
    r"\s+back\b(?!\s+from\b)(?![^.!?\n]{0,40}\b(?:doctor|gp|pharmacist|nurse|dose|side\s+effects))",
    "de": rf"\b{_MEDS['de']}\b[^.!?\n]{{0,40}}?\b(?:zuru(?:e)?ckgelegt|beiseite\s*gelegt"
    r"|auf\s+die\s+seite\s+gelegt|nicht\s+genommen,?\s+sondern)\b",
    "fr": rf"\b{_MEDS['fr']}\b[^.!?\n]{{0,40}}?\bje\s+(?:les\s+)?(?:garde|mets)\s+de\s+cote\b",
    "es": rf"\b{_MEDS['es']}\b[^.!?\n]{{0,60}}?\b(?:las|los)\s+(?:fui|he\s+ido|voy|vengo)\s+"
    r"(?:guardando|juntando)\b",
    "pt": rf"\b{_MEDS['pt']}\b[^.!?\n]{{0,60}}?\b(?:os|as)?\s*(?:fui|tenho\s+ido|vou)\s+"
    r"(?:guardando|juntando)\b",
    "it": rf"\b{_MEDS['it']}\b[^.!?\n]{{0,40}}?\b(?:le|li)\s+(?:ho\s+)?(?:tenut[ei]|mess[ei])\s+"
    r"da\s+parte\b",
}


RULES: tuple[Rule, ...] = (
    core_family(
        "shut_in_no_bearing",
        Category.TRAPPED_PAIN,
        _CON,
        # shut in first, then a pain clause that may hold its own "not" ("un male che non
        # molla", "essa dor não larga de mim"), then no bearing it
        {
            lang: rf"(?:{_SHUT_IN[lang]})[^.!?\n]{{0,90}}?(?:{_NO_BEARING[lang]})|"
            + either_order(lang, _SHUT_IN[lang], _NO_BEARING[lang], 90)
            for lang in LANGS
        },
        dict.fromkeys(
            LANGS,
            "well|pit|hole|cage|cell|box|bars|breath|kafig|kaefig|loch|gefa|gitter"
            "|atmen|puits|trou|prison|barreaux|respir|jaula|carcel|pozo|reja|prisao"
            "|grade|gabbia|prigione|cella|pozzo|mine|door|ladder|way out|ohne|zugemauert"
            "|ausweg|sans|muree|sin |tapiada|sem |emparedada|senza|murata|sortie|issue|salida"
            "|saida|uscita",
        ),
    )
    + core_family(
        "no_future_for_me",
        Category.NO_FUTURE,
        _CON,
        _NO_FUTURE_FOR_ME,
        dict.fromkeys(
            LANGS,
            "for me|future|reckon|think|expect|suppose|fur mich|fuer mich|glaub"
            "|pour moi|para mi|pra mim|per me|davanti",
        ),
    )
    + core_family(
        "cant_picture_ahead",
        Category.NO_FUTURE,
        _CON,
        {
            lang: rf"(?:{_CANT_PICTURE[lang]}){_AHEAD[lang]}{_END}|"
            + either_order(
                lang, rf"(?:{_TRY_PICTURE[lang]})(?:\w+\s+){{0,2}}?{_AHEAD[lang]}", _BLANK[lang], 60
            )
            for lang in LANGS
        },
        dict.fromkeys(
            LANGS, "picture|imagine|see myself|vorstell|mich |imagin|verme|me ver|immaginar|vedermi"
        ),
    )
    + core_family(
        "pharmacy_rounds",
        Category.GETTING_MEANS,
        _URG,
        either_order_each(_PHARMACY_ROUNDS, _MEDS_BOUGHT, 80, LANGS, unnegated),
        dict.fromkeys(LANGS, "chemists|pharmac|shops|packet|apotheken|farmac"),
    )
    + core_family(
        "means_left_lying",
        Category.GETTING_MEANS,
        _URG,
        {
            lang: rf"(?=(?:{_GOT_MEANS[lang]})){_NO_USE_NAMED}(?:{_GOT_MEANS[lang]})"
            rf"[^.!?\n]{{0,60}}?(?:{_LEFT_LYING[lang]})"
            for lang in LANGS
        },
        dict.fromkeys(LANGS, "rope|hose|seil|strick|corde|cuerda|soga|corda"),
    )
    + core_family(
        "meds_held_back",
        Category.GETTING_MEANS,
        _URG,
        _HELD_BACK,
        dict.fromkeys(LANGS, "back|gelegt|sondern|cote|guardando|juntando|parte"),
    )
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
    + core_family(
        "attempt_but_back",
        Category.SUICIDAL_IDEATION,
        _URG,
        {lang: rf"(?:{_ATTEMPT[lang]})[^\n]{{0,160}}?(?:{_BUT_BACK[lang]})" for lang in LANGS},
        dict.fromkeys(LANGS, "attempt|versuch|tentativ|intento"),
    )
    + core_family(
        "day_place_decided",
        Category.PLAN_OR_METHOD,
        _URG,
        _no_occasion(_decided_day_place(), _DAY, _LETHAL_PLACE, _DECIDED),
        dict.fromkeys(
            LANGS,
            "decid|settled|entschieden|fest|fixe|regle|deciso|picked|chosen|ausgesucht|choisi"
            "|elegi|escogi|escolhi|scelto",
        ),
    )
    + core_family(
        "picked_place_and_time",
        Category.PLAN_OR_METHOD,
        _URG,
        _no_occasion(
            either_order_each(_PICKED_PLACE, _PICKED_TIME, 60, LANGS, unnegated),
            _PICKED_PLACE,
            _PICKED_TIME,
        ),
        dict.fromkeys(
            LANGS,
            "picked|chosen|chose|settled|ausgesucht|gewahlt|choisi|elegi|escogi|escolhi|scelto",
        ),
    )
    + core_family(
        "do_it_on_day_ready",
        Category.PLAN_OR_METHOD,
        _URG,
        _no_occasion(_over_a_breath(_DO_IT_ON, _READY, 40), _DO_IT_ON),
        dict.fromkeys(LANGS, "do it|mach|faire|ferai|hacer|hare|fazer|faro|faccio"),
    )
    + core_family(
        "it_will_be_place",
        Category.PLAN_OR_METHOD,
        _URG,
        _no_occasion(
            either_order_each(_IT_WILL_BE_PLACE, _WHEN_ALONE, 70, LANGS, unnegated),
            _IT_WILL_BE_PLACE,
            _WHEN_ALONE,
        ),
        dict.fromkeys(LANGS, "it'll be|wird|sera|vai ser|sara"),
    )
    + core_family(
        "burn_tool_on_body",
        Category.SELF_HARM,
        _URG,
        {lang: rf"(?:{_BURN_TOOL[lang]}){_BODY[lang]}\b" for lang in LANGS},
        dict.fromkeys(
            LANGS,
            "lighter|zippo|cig|match|iron|spoon|feuerzeug|zigarette|kippe"
            "|briquet|clope|mechero|encendedor|cigarr|isqueiro|accendino|sigaretta",
        ),
    )
    + core_family(
        "head_banged_blood",
        Category.SELF_HARM,
        _URG,
        either_order_each(_HEAD_BANGED, _TILL_BLOOD, 60, LANGS, unnegated),
        dict.fromkeys(LANGS, "head|forehead|skull|kopf|stirn|tete|cabeza|cabezazos|cabeca|testa"),
    )
    + core_family(
        "cuts_again",
        Category.SELF_HARM,
        _URG,
        _CUTS_AGAIN,
        dict.fromkeys(
            LANGS,
            "carved|sliced|geschnitten|geritzt|coupures|entailles|cortes|tagli|cortar|refait"
            "|recoup|rescarif|machucar",
        ),
    )
)

__all__ = ["RULES"]
