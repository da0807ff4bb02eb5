"""Goodbyes told by how they are left and when they are to be opened, in six languages.

* **one letter for each, put away**: "je einen Brief geschrieben und in den Werkzeugkasten
  gelegt", "trois enveloppes, une par neveu, glissées sous la nappe", "una carta para cada uno,
  escondida en el cajón": the count of one per person and the hiding are the farewell;
* **a letter for the time it is needed**: "la troverà quando servirà", "for when they need it",
  "para cuando haga falta", "pour quand il le faudra": a letter kept for a moment the writer
  does not name;
* **to be opened after, not before**: "a note saying listen to it after, not before", "à lire
  après, pas avant", "ábrelo después, no antes": an "after" with nothing named after it;
* **a call or a visit just to say they mattered**: "called my old teacher just to tell him he
  mattered to me", "juste pour lui dire qu'il comptait pour moi".

Why: the older goodbye rules read a letter by its addressees or by the words "goodbye" and
"after I'm gone"; these writers tell the same act by its shape. What stays out: a birthday or
wedding letter, money or a card for an occasion, a game's clues or a party's invitations, a
recipe "after" a named step, and a thank-you tied to an event (a retirement, a wedding).
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

# an occasion or money in the sentence: a card, a gift, a present, not a farewell (the letter
# families of other modules put it in front of theirs too)
NO_OCCASION = (
    r"(?![^.!?\n]*\b(?:birthday|valentine\w*|anniversary|wedding|card|cash|money"
    r"|rent|gift|present|geburtstag|hochzeit|geld|geschenk\w*|anniversaire"
    r"|mariage|argent|cadeau\w*|etrennes|cumpleanos|boda|dinero|regalo\w*|aniversario"
    r"|casamento|dinheiro|prenda\w*|compleanno|matrimonio|soldi|regal\w*|auguri|retire\w*"
    # a game or a party: a treasure hunt's clues, invitations
    r"|treasure\s+hunt|game|party|invitations?|schnitzeljagd|spiel|einladung\w*|chasse\s+au"
    r"\s+tresor|jeu|fete|invitations?|busqueda\s+del\s+tesoro|juego|fiesta|invitaci\w+|caca\s+ao"
    r"\s+tesouro|jogo|convites?|caccia\s+al\s+tesoro|gioco|invit\w+"
    r"|retirement|pension\w*|rente|retraite|jubilacion|aposentadoria|jubilad\w*|aposentad\w*)\b)"
)
_LETTER = {
    "en": r"letters?|notes?|envelopes?",
    "de": r"brief(?:e)?|zettel|umschlag|umschla(?:e)?ge|kuverts?",
    "fr": r"lettres?|enveloppes?|mots?",
    "es": r"cartas?|sobres?|notas?",
    "pt": r"cartas?|envelopes?|bilhetes?",
    "it": r"lettere|lettera|buste|busta|biglietti|biglietto",
}
# --- one letter for each person, then put somewhere -----------------------------------------------
_EACH = {
    "en": r"\b(?:(?:one|a\s+(?:letter|note|envelope))\s+(?:for\s+each|each\s+for|per)|each)\b",
    "de": r"\b(?:je|jeweils)\s+(?:einen|ein|eine)\b|\bfu(?:e)?r\s+jede[nr]?\s+(?:einen|ein|eine)\b",
    "fr": r"\b(?:une?|un\s+mot)\s+(?:par|pour\s+chaque|pour\s+chacun\w*)\b",
    "es": r"\b(?:una?)\s+(?:por|para\s+cada)\b",
    "pt": r"\b(?:uma?)\s+(?:por|para\s+cada)\b",
    "it": r"\b(?:una?)\s+(?:per\s+ogni|per\s+ciascun\w*|a\s+testa)\b",
}
_PUT_AWAY = {
    "en": r"tucked|hid|hidden|slipped|put\s+(?:them|it)\s+(?:in|inside|under)|left\s+(?:them|it)"
    r"\s+(?:in|inside|under)",
    "de": r"gelegt|versteckt|gesteckt|geschoben|deponiert",
    "fr": r"gliss\w+|cach\w+|rang\w+|planqu\w+|depos\w+|mis\w*\s+(?:sous|dans)",
    "es": r"escondid\w+|guardad\w+|metid\w+|dejad\w+\s+(?:en|bajo|debajo)",
    "pt": r"escondid\w+|guardad\w+|metid\w+|deixad\w+\s+(?:na|no|debaixo)",
    "it": r"nascost\w+|infilat\w+|mess[aei]\s+(?:nel|nella|sotto|dentro)|lasciat\w+\s+(?:nel|nella"
    r"|sotto|dentro)",
}
# --- a letter kept for when it is needed, the moment unnamed ------------------------------------
_WHEN_NEEDED = {
    "en": r"for\s+when\s+(?:they|he|she|you)\s+need\s+(?:them|it)|(?:they'?ll|he'?ll|she'?ll"
    r"|you'?ll)\s+find\s+(?:them|it)\s+when\s+(?:the\s+time\s+comes|(?:it'?s|it\s+is)\s+needed"
    r"|(?:they|he|she|you)\s+need\s+(?:them|it))",
    "de": r"(?:finde[nt]?|findet)\s+(?:ihn|sie|es)\s+(?:dann\s+)?,?\s*wenn\s+es\s+so\s+weit\s+ist"
    r"|fu(?:e)?r\s+(?:den\s+fall|wenn\s+es\s+so\s+weit\s+ist)",
    "fr": r"pour\s+quand\s+(?:il\s+le\s+faudra|ce\s+sera\s+le\s+moment|le\s+moment\s+viendra)"
    r"|(?:la|les|le)\s+trouver(?:a|ont)\s+quand\s+(?:il\s+le\s+faudra|le\s+moment\s+viendra"
    r"|ce\s+sera\s+le\s+moment)",
    "es": r"para\s+cuando\s+(?:haga\s+falta|llegue\s+el\s+momento)|(?:la|las|lo|los)\s+encontrar"
    r"(?:a|an)\s+cuando\s+(?:haga\s+falta|llegue\s+el\s+momento)",
    "pt": r"para\s+quando\s+(?:for\s+preciso|chegar\s+a\s+hora)"
    r"|(?:vai|vao)\s+encontra-?\s*(?:la|las"
    r"|lo|los)\s+quando\s+(?:for\s+preciso|chegar\s+a\s+hora)",
    "it": r"per\s+quando\s+(?:servira|sara\s+il\s+momento)|(?:la|le|lo|li)\s+trover(?:a|anno)"
    r"\s+quando\s+(?:servira|sara\s+il\s+momento)",
}
# --- to be opened after, not before ----------------------------------------------------------
_AFTER_NOT_BEFORE = {
    "en": r"\b(?:open|read|listen\s+to|watch|play)\s+(?:it|this|them|that)\s+(?:only\s+)?after,?"
    r"\s+not\s+before\s*(?=[.!?;\n]|$)",
    "de": r"\b(?:erst\s+)?(?:danach|nachher|hinterher)\s+(?:auf\w*|lesen|ho(?:e)?ren|anho(?:e)?ren"
    r"|o(?:e)?ffnen)?,?\s+nicht\s+(?:vorher|davor)\s*(?=[.!?;\n]|$)",
    "fr": r"\b(?:a\s+)?(?:ouvrir|lire|ecouter|ouvre|lis|ecoute)\s*(?:-la|-le|-les)?\s+"
    r"(?:seulement\s+)?"
    r"apres,?\s+pas\s+avant\s*(?=[.!?;\n]|$)",
    "es": r"\b(?:abr\w+|le\w+|escuch\w+)\s+(?:solo\s+)?despues,?\s+no\s+antes\s*(?=[.!?;\n]|$)",
    "pt": r"\b(?:abr\w+|le\w*|ouv\w+|escut\w+)\s+(?:so\s+)?depois,?\s+nao\s+antes\s*(?=[.!?;\n]|$)",
    "it": r"\b(?:apr\w+|legg\w+|ascolt\w+)\s+(?:solo\s+)?dopo,?\s+non\s+prima\s*(?=[.!?;\n]|$)",
}
# --- a call or a visit only to say they mattered ---------------------------------------------
_MATTERED = {
    "en": r"\b(?:called|rang|phoned|texted|messaged|visited|wrote\s+to|went\s+to\s+see)\b"
    r"[^.!?\n]{0,60}?\bjust\s+to\s+tell\s+(?:him|her|them)\s+(?:that\s+)?(?:he|she|they)\s+"
    r"(?:mattered|meant\s+(?:a\s+lot|so\s+much|everything)|made\s+a\s+difference)\b",
    "de": r"\b(?:angerufen|geschrieben|besucht)\b[^.!?\n]{0,60}?\bnur\s+um\s+(?:ihm|ihr|ihnen)\s+"
    r"zu\s+sagen,?\s+dass\s+(?:er|sie)\s+mir\s+(?:viel\s+)?(?:wichtig|viel)\s+(?:war|ist|bedeutet)",
    "fr": r"\b(?:appele|telephone|ecrit|rendu\s+visite)\b[^.!?\n]{0,60}?\bjuste\s+pour\s+"
    r"(?:lui|leur)"
    r"\s+dire\s+(?:qu'?\s*(?:il|elle|ils|elles)\s+(?:a\s+)?compt(?:e|ait|aient)\s+pour\s+moi"
    r"|combien\s+(?:il|elle)\s+compt\w+)",
    "es": r"\b(?:llame|escribi|visite)\b[^.!?\n]{0,60}?\bsolo\s+para\s+decir(?:le|les)\s+que\s+"
    r"(?:me\s+importaba|importaba\s+mucho|significo\s+mucho|fue\s+importante\s+para\s+mi)",
    "pt": r"\b(?:liguei|escrevi|visitei)\b[^.!?\n]{0,60}?\bso\s+para\s+(?:lhe|lhes)\s+dizer\s+"
    r"que\s+"
    r"(?:foi|era)\s+importante\s+para\s+mim",
    "it": r"\b(?:chiamato|telefonato|scritto)\b[^.!?\n]{0,60}?\bsolo\s+per\s+dir(?:gli|le)\s+che\s+"
    r"(?:e\s+stat[oa]\s+importante\s+per\s+me|contava\s+per\s+me|mi\s+ha\s+cambiato)",
}


def _each_put_away(lang: str) -> str:
    letter, each, put = _LETTER[lang], _EACH[lang], _PUT_AWAY[lang]
    return (
        rf"(?:^|(?<=[.!?\n])){NO_OCCASION}[^.!?\n]*?(?:(?:\b(?:{letter})\b[^.!?\n]{{0,30}}?"
        rf"(?:{each})|(?:{each})[^.!?\n]{{0,30}}?\b(?:{letter})\b)[^.!?\n]{{0,80}}?\b(?:{put}))\b"
    )


def _for_when_needed(lang: str) -> str:
    return (
        rf"(?:^|(?<=[.!?\n])){NO_OCCASION}[^.!?\n]*?\b(?:{_LETTER[lang]})\b[^.!?\n]{{0,90}}?"
        rf"(?:{_WHEN_NEEDED[lang]})\b"
    )


_LETTER_GATE = {
    "en": "letter|note|envelope",
    "de": "brief|zettel|umschl|kuvert",
    "fr": "lettre|enveloppe|mot",
    "es": "carta|sobre|nota",
    "pt": "carta|envelope|bilhete",
    "it": "letter|bust|bigliett",
}

# --- a loving act, then named by the writer alone as the goodbye ----------------------------------
# "hugged mom way too long at the door today and she asked whats wrong. it was goodbye", "je l'ai
# serrée fort. c'était un adieu", "la abracé mucho rato. era una despedida". The act, then the
# writer's own naming of it closing the entry; a journey, a move, a "for now", a death already
# come (a care home, a funeral) in the entry makes it an ordinary parting.
_LOVING_ACT = {
    "en": r"hugged|kissed|held|told\s+(?:her|him|them|mum|mom|dad)\s+(?:that\s+)?i\s+love",
    "de": r"umarmt|geku(?:e)?sst|gedru(?:e)?ckt|gesagt,?\s+dass\s+ich\s+(?:sie|ihn|euch)\s+lieb",
    "fr": r"serre\w*|embrasse\w*|dit\s+que\s+je\s+l'?\s*aim\w*",
    "es": r"abrace|bese|le\s+dije\s+que\s+l[oa]\s+quiero",
    "pt": r"abracei|beijei|disse\s+que\s+(?:a|o)\s+amo",
    "it": r"abbracciat[oa]|baciat[oa]|detto\s+che\s+(?:la|lo|le|gli)\s+voglio\s+bene",
}
_WAS_GOODBYE = {
    "en": r"(?:it|that)\s+was\s+(?:(?:my|a|our)\s+)?goodbye",
    "de": r"(?:es|das)\s+war\s+(?:mein|ein)\s+abschied",
    "fr": r"c'?\s*etait\s+(?:un|mon)\s+adieu",
    "es": r"(?:era|fue)\s+(?:una|mi)\s+despedida",
    "pt": r"(?:era|foi)\s+(?:uma|a\s+minha)\s+despedida",
    "it": r"(?:era|e\s+stato)\s+(?:un|il\s+mio)\s+addio",
}
_ORDINARY_PARTING = (
    r"(?![^\n]*\b(?:airport|flight|station|train|moving|move|emigrat\w*|trip|holiday|abroad|for\s+now"
    r"|care\s+home|hospice|funeral|died|flughafen|bahnhof|umzug|reise|beerdigung|aeroport|gare"
    r"|demenag\w*|voyage|enterrement|pour\s+l'instant|aeropuerto|estacion|mudanza|viaje"
    r"|entierro|por\s+ahora|aeroporto|estacao|mudanca|viagem|enterro|por\s+agora|stazione"
    r"|trasloco|viaggio|funerale|per\s+ora)\b)"
)
_NAMED_GOODBYE = {
    lang: rf"(?:^|(?<=[.!?\n])){_ORDINARY_PARTING}[^\n]{{0,40}}?\b(?:{_LOVING_ACT[lang]})\b"
    rf"[^\n]{{0,120}}?(?:[.!?;,]\s*|\s(?:and|und|et|y|e)\s+)(?:{_WAS_GOODBYE[lang]})(?=\s*(?:$|[.!?\n]))"
    for lang in _LOVING_ACT
}

# --- words for a milestone years away, written now ---------------------------------------------
# "wrote each of my nieces a card for their 18ths years early", "grabé un mensaje para su boda
# con años de antelación", "une lettre pour ses 18 ans, des années à l'avance": the writer
# providing now for a day years off says they will not be there for it.
_YEARS_EARLY = {
    "en": r"\b(?:cards?|letters?|notes?|messages?|videos?)\b[^.!?\n]{0,50}?\bfor\s+(?:their|her|his"
    r"|each\s+of\s+their)\s+(?:\w+\s+)?(?:18th|18ths|21st|21sts|sixteenth|eighteenth|wedding"
    r"|graduation)s?\b[^.!?\n]{0,20}?\byears\s+(?:early|ahead|in\s+advance)\b",
    "de": r"\b(?:karten?|briefe?|nachrichten?|videos?)\b[^.!?\n]{0,50}?\b(?:zum|zur"
    r"|fu(?:e)?r\s+(?:den|die))\s+(?:18\.?|achtzehnten|hochzeit|abschluss)\w*[^.!?\n]{0,30}?"
    r"\bjahre\s+(?:im\s+voraus|vorher)\b",
    "fr": r"\b(?:cartes?|lettres?|messages?|videos?)\b[^.!?\n]{0,50}?\bpour\s+"
    r"(?:leurs?|ses|son|sa)\s+(?:18\s+ans|mariage|diplome)\b[^.!?\n]{0,30}?\bdes\s+annees\s+(?:a\s+l'\s*avance|avant)\b",
    "es": r"\b(?:tarjetas?|cartas?|mensajes?|videos?)\b[^.!?\n]{0,50}?\bpara\s+(?:sus?|los)\s+"
    r"(?:18|dieciocho|boda|graduacion)\w*[^.!?\n]{0,30}?\b(?:con\s+)?anos\s+"
    r"(?:de\s+antelacion|antes)\b",
    "pt": r"\b(?:cartoes?|cartas?|mensagens?|videos?)\b[^.!?\n]{0,50}?\bpara\s+(?:os\s+)?"
    r"(?:seus?|suas?|os)\s+(?:18|dezoito|casamento|formatura)\w*[^.!?\n]{0,30}?\b(?:com\s+)?"
    r"anos\s+(?:de\s+antecedencia|antes)\b",
    "it": r"\b(?:biglietti|lettere?|messaggi|video)\b[^.!?\n]{0,50}?\bper\s+(?:i\s+)?"
    r"(?:suoi|loro|il\s+suo)\s+(?:18|diciotto|matrimonio|laurea)\w*[^.!?\n]{0,30}?\b"
    r"(?:con\s+)?anni\s+(?:di\s+anticipo|prima)\b",
}

RULES: tuple[Rule, ...] = (
    family(
        "farewell_hidden",
        "one_each_put_away",
        Category.GOODBYES,
        Severity.CONCERN,
        {lang: _each_put_away(lang) for lang in _LETTER},
        _LETTER_GATE,
        inherent=True,
    )
    + family(
        "farewell_hidden",
        "for_when_needed",
        Category.GOODBYES,
        Severity.CONCERN,
        {lang: _for_when_needed(lang) for lang in _LETTER},
        _LETTER_GATE,
        inherent=True,
    )
    + family(
        "farewell_hidden",
        "after_not_before",
        Category.GOODBYES,
        Severity.CONCERN,
        _AFTER_NOT_BEFORE,
        {
            "en": "not before",
            "de": "vorher|davor",
            "fr": "pas avant",
            "es": "no antes",
            "pt": "nao antes",
            "it": "non prima",
        },
        inherent=True,
    )
    + family(
        "farewell_hidden",
        "years_early",
        Category.GOODBYES,
        Severity.CONCERN,
        _YEARS_EARLY,
        {
            "en": "years",
            "de": "jahre",
            "fr": "annees",
            "es": "anos",
            "pt": "anos",
            "it": "anni",
        },
        inherent=True,
    )
    + family(
        "farewell_hidden",
        "named_goodbye",
        Category.GOODBYES,
        Severity.CONCERN,
        _NAMED_GOODBYE,
        {
            "en": "goodbye",
            "de": "abschied",
            "fr": "adieu",
            "es": "despedida",
            "pt": "despedida",
            "it": "addio",
        },
        inherent=True,
    )
    + family(
        "farewell_hidden",
        "just_to_say_mattered",
        Category.GOODBYES,
        Severity.CONCERN,
        _MATTERED,
        {
            "en": "just to tell",
            "de": "nur um",
            "fr": "juste pour",
            "es": "solo para",
            "pt": "so para",
            "it": "solo per",
        },
        inherent=True,
    )
)

__all__ = ["RULES"]
