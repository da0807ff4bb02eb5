"""Goodbyes told by what was said and by the hearer who did not see it, or by love and sorry
said together, or by a letter put with the papers left behind, in six languages.

Why: ``rules_farewell_for_later`` reads "thanks for everything" that puzzled the hearer, in a
few words per language. Writers say the same goodbye with the thanks, the love or the embrace
in other words, and the hearer's missing it in many:

* **thanks, love or an embrace, and the hearer noticed nothing**: "Hab meiner Tante Danke
  gesagt für alles, sie hat nichts gemerkt", "I went round just to hug Gran, she had no idea",
  "je suis passée chez ma marraine lui dire merci pour toute mon enfance, elle a trouvé ça
  bizarre", "fui a ver a mi padrino solo para abrazarlo, no sabe que era la última vez",
  "agradeci-lhe por tudo, ela não desconfiou", "sono andato solo per abbracciare il nonno e
  dirgli grazie di tutto, non ha capito perché". What went unnoticed closes the clause or is
  "anything", "why": "he didn't notice the new haircut" names something else;
* **love and sorry told together**: "rang my brother, told him I loved him and that I was
  sorry", "le dije a mi madre que la quería y que lo sentía", "je lui ai dit que je l'aimais
  et que j'étais désolée". Sorry for a named thing ("sorry for shouting", "por llegar tarde")
  is an apology, not a farewell;
* **a letter for someone close put with the papers that are found after a death**: "sealed an
  envelope for both my sons and left it with the house papers", "hab für meine Tochter einen
  Brief zu den Versicherungsunterlagen gelegt", "dejé una carta para mis hijos con los papeles
  de la casa". A letter from the bank or the insurer is one of those papers, not for anyone.

A parting that has its own reason (a move, a discharge, a last day at work, a trip, a
retirement, a birthday) is left alone.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family
from neuroleaf_desktop.domain.safety.rules_farewell_hidden import NO_OCCASION

_IN = r"[^.!?\n]"
# a parting with its own reason
_PARTING = (
    r"(?![^.!?\n]*\b(?:mov(?:e|ed|ing)|discharg\w*|leaving|last\s+day|new\s+job|trip|abroad"
    r"|emigrat\w*|umzug|umgezogen|entlassen\w*|abschied\w*|reise|ausland|demenag\w*|sortie"
    r"|voyage|etranger|mudanza|me\s+mudo|alta|viaje|extranjero|mudanca|viagem|estrangeiro"
    r"|trasloco|dimess\w*|viaggio|estero|partenza)\b)"
)
# --- the thanks, the love or the embrace ---------------------------------------------------------
_SAID = {
    "en": r"\b(?:thank(?:s|ed)?|thank[\s-]you\s+(?:messages?|texts?|notes?))\b"
    + _IN
    + r"{0,50}?\bfor\s+(?:everything|it\s+all|all\s+of\s+it|all\s+(?:he|she|they)'?d?\s+"
    r"(?:done|did))\b|\bthank[\s-]you\s+(?:messages|texts)\b|\b(?:just|only)\s+to\s+(?:hug"
    r"|thank|hold)\b|\btold\s+(?:him|her|them)\s+(?:that\s+)?i\s+loved\s+(?:him|her|them)\b"
    # (the one told named between: "told my little sister I love her six times")
    r"|\btold\s+(?:my\s+)?(?:[\w'-]+\s+){1,4}?(?:that\s+)?i\s+lov(?:e|ed)\s+(?:him|her|them)\b"
    r"|\bhugged\s+(?:him|her|them)\s+(?:so\s+|really\s+)?(?:long|tight|for\s+ages)\b"
    # a thank-you sent, or the hearers told it was good knowing them
    r"|\ba\s+(?:long\s+|big\s+|proper\s+)?thank[\s-]you\b|\b(?:told|said\s+to)\s+(?:[\w'-]+\s+){0,5}?"
    r"(?:it\s+was|it'?s\s+been)\s+(?:good|nice|great|an\s+honou?r)\s+knowing\s+(?:them|you|him"
    r"|her)\b(?=\s*(?:[,.;!?\n]|$))",
    "de": r"\bdanke(?:\s+gesagt)?\s+fu(?:e)?r\s+alles\b|\bfu(?:e)?r\s+alles\s+(?:danke|gedankt"
    r"|bedankt)\b|\bbedankt\s+fu(?:e)?r\s+alles\b|\bnur\s+um\s+(?:ihn|sie)\s+(?:zu\s+umarmen"
    r"|in\s+den\s+arm\s+zu\s+nehmen)\b|\bdass\s+ich\s+(?:ihn|sie)\s+lieb\s*hab\w*\b",
    "fr": r"\bmerci\s+pour\s+(?:tout|toute?\s+(?:mon|ma|mes)\s+\w+)\b(?!\s+(?:le|la|les|l'|un"
    r"|une)\b)"
    r"|\bremercie\w*\s+(?:[\w'-]+\s+){0,3}?pour\s+tout\b(?!\s+(?:le|la|les|l'|un|une)\b)|\b(?:juste|seulement)\s+pour\s+(?:l'|les\s+)?(?:embrasser|serrer\s+dans\s+mes\s+"
    r"bras)\b|\bque\s+je\s+(?:l'|les\s+)aim(?:e|ais)\b",
    "es": r"\bgracias\s+(?:a\s+(?:mi\s+)?\w+\s+)?por\s+todo\b(?!\s+(?:el|la|los|las|un|una)\b)"
    r"|\bagradec\w*\s+(?:\w+\s+){0,3}?"
    r"(?:por\s+)?todo\b(?!\s+(?:el|la|los|las|un|una)\b)|\b(?:solo"
    r"|solamente|nada\s+mas)\s+para\s+abrazarl[ao]s?\b|\bque\s+(?:la|lo|los|las)\s+quer(?:o"
    r"|ia)\b",
    "pt": r"\bobrigad[oa]\s+por\s+tudo\b(?!\s+(?:o|a|os|as|um|uma)\b)|\bagradec\w*(?:-lhe"
    r"|-lhes)?\s+"
    r"(?:\S+\s+){0,3}?por\s+tudo\b(?!\s+(?:o|a|os|as|um|uma)\b)|\bagradecer\s+tudo\b"
    r"(?!\s+(?:o|a|os|as|um|uma)\b)|\b(?:so"
    r"|apenas)\s+para\s+(?:lhe\s+dar\s+um\s+abraco|[ao]\s+abracar|abraca-l[ao])\b"
    r"|\bque\s+[ao]s?\s+amava\b|\bque\s+(?:[ao]\s+)?amo\b",
    "it": r"\bgrazie\s+(?:di|per)\s+tutto\b(?!\s+(?:il|lo|la|i|gli|le|l'|un|una)\b)"
    r"|\bringrazia\w*\s+(?:[\w'-]+\s+){0,3}?(?:di|per)\s+tutto\b(?!\s+(?:il|lo|la|i|gli|le|l'|un|una)\b)"
    r"|\b(?:solo|soltanto)\s+per\s+abbracciar\w*\b|\bche\s+(?:gli|le)\s+voglio\s+bene\b",
}
# --- and the hearer did not see it --------------------------------------------------------------
# (what went unnoticed closes its clause, or is "anything", "why")
_UNSEEN_END = (
    r"(?=\s*(?:$|[.!?,;:)\-]|\s+(?:anything|a\s+thing|why|at\s+all|nichts|rien|nada|niente"
    r"|nulla|nenhuma\s+coisa|pourquoi|warum|porque|por\s+que|perche|di\s+niente|de\s+nada"
    r"|und|and|et|y|e)\b))"
)
# "before" with nothing after it: the end it comes before is left unsaid
_BARE = r"(?=\s*(?:$|[.!?\n]))"
_UNSEEN = {
    "en": r"(?:he|she|they)\s+(?:didn'?t|did\s+not|never)\s+(?:notice|suspect|clock|twig|get\s+it"
    r"|understand|catch\s+on|see\s+it|know\s+why)"
    + _UNSEEN_END
    + r"|(?:he|she|they)\s+(?:had|has)\s+no\s+idea|(?:he|she|they)\s+(?:thought|reckoned)\s+"
    r"(?:i'?d|i\s+was|i'?m|it\s+was)\b|(?:he|she|they)\s+found\s+it\s+(?:odd|weird|strange"
    r"|funny)|(?:doesn'?t|don'?t|didn'?t)\s+know\s+(?:it\s+was|it'?s|that\s+was)\s+the\s+last"
    # … does not know yet, will understand later, or was meant to hear it before (the end)
    r"|(?:he|she|they)\s+(?:doesn'?t|don'?t|does\s+not|do\s+not)\s+know"
    + _UNSEEN_END
    + r"|(?:he|she|they)(?:'ll|\s+will)\s+understand\s+(?:later|one\s+day|someday|eventually)\b"
    # … cannot know it yet, or took it for a joke
    r"|(?:he|she|they)\s+(?:can'?t|cannot|can\s+not)\s+know\s+(?:it|that)(?:\s+yet)?"
    + _UNSEEN_END
    + r"|(?:he|she|they)\s+laughed\s+(?:like|as\s+if|as\s+though)\s+i\s+was\s+(?:joking|kidding)"
    r"|wanted\s+(?:him|her|them)\s+to\s+(?:know|hear\s+it)\s+(?:from\s+me\s+)?before" + _BARE,
    "de": r"(?:er|sie)\s+(?:\w+\s+){0,4}?(?:gar\s+|u(?:e)?berhaupt\s+)?nichts\s+(?:gemerkt"
    r"|geahnt|mitbekommen)|(?:hat|hatte|haben)\s+(?:gar\s+)?keine\s+ahnung|fand\s+(?:das|es)\s+"
    r"(?:komisch|seltsam|merkwu(?:e)?rdig)|(?:hat|haben)\s+(?:es\s+)?nicht\s+verstanden"
    + _UNSEEN_END
    + r"|ahnt\s+(?:gar\s+)?nichts|wird\s+es\s+(?:spa(?:e)?ter|irgendwann)\s+verstehen\b"
    r"|wollte,?\s+dass\s+(?:er|sie)(?:'?s|\s+es)\s+(?:vorher|davor)\s+(?:von\s+mir\s+)?"
    r"(?:wei(?:ss|s)|ho(?:e)?rt|erfa(?:e)?hrt)" + _BARE,
    "fr": r"n'\s*a\s+rien\s+(?:remarque|compris|vu|soupconne|capte)|a\s+trouve\s+(?:ca|cela)\s+"
    r"(?:bizarre|etrange|drole)|ne\s+sait\s+pas\s+que\s+c'\s*etait\s+la\s+derniere\s+fois"
    r"|(?:il|elle)\s+(?:n'\s*)?a\s+pas\s+(?:compris|capte)"
    + _UNSEEN_END
    + r"|(?:il|elle)\s+comprendra\s+(?:plus\s+tard|un\s+jour)\b|je\s+voulais\s+qu'\s*(?:il|elle"
    r"|ils|elles)\s+le\s+(?:sache|sachent|entende)\s+(?:de\s+moi\s+)?avant" + _BARE,
    "es": r"no\s+(?:se\s+dio\s+cuenta|sospecho|entendio|noto)"
    + _UNSEEN_END
    + r"|no\s+sabe\s+que\s+(?:era|fue)\s+la\s+ultima\s+vez|le\s+parecio\s+(?:raro|extrano)"
    r"|ya\s+lo\s+entendera\s+(?:despues|algun\s+dia|mas\s+tarde)\b|queria\s+que\s+(?:\w+\s+)?"
    r"(?:lo\s+)?(?:supiera|supieran|oyera|escuchara)\s+(?:de\s+mi\s+)?antes" + _BARE,
    "pt": r"nao\s+(?:desconfiou|percebeu|reparou|entendeu|notou)"
    + _UNSEEN_END
    + r"|achou\s+(?:estranho|esquisito)|nao\s+sabe\s+que\s+(?:era|foi)\s+a\s+ultima\s+vez"
    r"|(?:vai|ha\s+de)\s+(?:perceber|entender|compreender)\s+(?:depois|um\s+dia|mais\s+tarde)\b"
    r"|queria\s+que\s+(?:ele|ela|eles|elas)?\s*(?:o\s+)?(?:soubesse|soubessem|ouvisse)\s+"
    r"(?:de\s+mim\s+)?antes" + _BARE,
    "it": r"non\s+(?:ha\s+capito|se\s+n'\s*e\s+accort[oa]|ha\s+sospettato)"
    + _UNSEEN_END
    + r"|non\s+sa\s+che\s+era\s+l'\s*ultima\s+volta|(?:gli|le)\s+e\s+sembrato\s+strano"
    r"|l'\s*ha\s+trovato\s+strano|capira\s+(?:poi|dopo|un\s+giorno|piu\s+avanti)\b"
    r"|volevo\s+che\s+(?:lo\s+)?(?:sapesse|sapessero|sentisse)\s+(?:da\s+me\s+)?prima" + _BARE,
}
# --- love and sorry told together ---------------------------------------------------------------
_LOVE = {
    "en": r"\btold\s+(?:him|her|them)\s+(?:that\s+)?i\s+loved\s+(?:him|her|them)\b",
    "de": r"\bgesagt,?\s+dass\s+ich\s+(?:ihn|sie)\s+(?:lieb\s*hab\w*|liebe)\b",
    "fr": r"\bdit\s+que\s+je\s+(?:l'|les\s+)\s*aim(?:e|ais)\b",
    "es": r"\bdije\s+(?:\w+\s+){0,3}?que\s+(?:la|lo|los|las)\s+quer(?:o|ia)\b",
    "pt": r"\bdisse(?:-lhe|-lhes)?\s+(?:\w+\s+){0,3}?que\s+(?:[ao]s?\s+)?ama(?:va)?\b",
    "it": r"\bdetto\s+(?:\w+\s+){0,3}?che\s+(?:gli|le)\s+(?:voglio|volevo)\s+bene\b",
}
# (sorry for a named thing is an apology)
_SORRY = {
    "en": r"\bi\s+(?:was|am|'m)\s+sorry\b(?!\s+(?:for|about)\s+(?!everything\b))",
    "de": r"\b(?:es\s+)?mir\s+leid\s+tut\b|\bes\s+tut\s+mir\s+leid\b(?!\s*,?\s*(?:wegen|dass)\b)",
    "fr": r"\bj'\s*etais\s+desole\w*\b|\bje\s+suis\s+desole\w*\b(?!\s+(?:pour|de|d')\s+"
    r"(?!tout\b))",
    "es": r"\blo\s+sentia\b(?!\s+(?:por|de)\b)|\blo\s+siento\b(?!\s+(?:por|de)\b)",
    "pt": r"\b(?:lhe\s+)?pedia\s+desculpa\b(?!\s+(?:por|de)\s+(?!tudo\b))|\bsentia\s+muito\b",
    "it": r"\bmi\s+dispiace(?:va)?\b(?!\s+(?:per|di)\s+(?!tutto\b))",
}
# --- a letter for someone close put with the papers found after a death --------------------------
# (for someone close: a letter for the landlord is an errand)
_KIN = {
    "en": r"sons?|daughters?|kids|children|boys|girls|wife|husband|partner|mum|mom|dad|parents"
    r"|brothers?|sisters?|family|grandchildren|grandkids|nieces?|nephews?|girlfriend|boyfriend",
    "de": r"to(?:e)?chter|tochter|sohn|so(?:e)?hne|kinder|frau|mann|eltern|mama|papa|mutter|vater"
    r"|bruder|schwester|familie|enkel\w*|nichte|neffen?|freundin|freund",
    "fr": r"fils|filles?|enfants|femme|mari|parents|maman|papa|mere|pere|freres?|soeurs?"
    r"|famille|petits-enfants|nieces?|neveux?|copine|copain",
    "es": r"hij[oa]s?|mujer|marido|esposa|esposo|padres|mama|papa|madre|padre|herman[oa]s?"
    r"|familia|niet[oa]s|sobrin[oa]s?|novi[oa]",
    "pt": r"filh[oa]s?|mulher|marido|esposa|pais|mae|pai|irma[os]?|irmaos|familia|net[oa]s"
    r"|sobrinh[oa]s?|namorad[oa]",
    "it": r"figli[oa]?|figlie|moglie|marito|genitori|mamma|papa|madre|padre|fratell[io]"
    r"|sorell[ae]|famiglia|nipoti|ragazz[oa]",
}
_LETTER_FOR = {
    "en": r"\b(?:letter|note|envelope)s?\s+(?:for|to)\s+(?:both\s+|all\s+|each\s+of\s+)?"
    r"(?:my|the)\s+(?:{kin})\b",
    "de": r"\bbrief\w*\s+fu(?:e)?r\s+(?:meine|meinen|meinem|beide)\s+(?:{kin})\b|\bfu(?:e)?r\s+"
    r"(?:meine|meinen|meinem)\s+(?:{kin})\s+(?:einen\s+|den\s+)?brief\b",
    "fr": r"\b(?:lettre|enveloppe)s?\s+pour\s+(?:mes|ma|mon|chacun\w*\s+de\s+mes)\s+(?:{kin})\b",
    "es": r"\b(?:carta|sobre)s?\s+para\s+(?:mis|mi|cada\s+uno\s+de\s+mis)\s+(?:{kin})\b",
    "pt": r"\b(?:carta|envelope)s?\s+(?:para|pra)\s+(?:[ao]s?\s+)?(?:meus|minhas|meu|minha)\s+"
    r"(?:{kin})\b",
    "it": r"\b(?:lettera|lettere|busta|buste)\s+per\s+(?:i\s+miei|le\s+mie|mia|mio)\s+(?:{kin})\b",
}
_WITH_PAPERS = {
    "en": r"\b(?:with|in|beside|next\s+to)\s+(?:the\s+|my\s+)?(?:folder\s+with\s+the\s+)?"
    r"(?:house|insurance|life\s+insurance|bank|pension|mortgage|property)?\s*(?:papers|deeds"
    r"|documents|will)\b",
    "de": r"\b(?:zu|bei|in)\s+(?:den|die|das|dem)\s+(?:\w+)?(?:unterlagen|papiere\w*|testament"
    r"|dokumente\w*)\b",
    "fr": r"\b(?:avec|dans|pres\s+de)\s+(?:les|le)\s+(?:papiers|documents|testament|dossier)"
    r"(?:\s+de\s+la\s+maison|\s+de\s+l'\s*assurance|\s+de\s+la\s+banque)?\b",
    "es": r"\b(?:con|junto\s+a|en)\s+(?:los|el)\s+(?:papeles|documentos|testamento|escrituras)\b",
    "pt": r"\b(?:com|junto\s+(?:a|com|d)[ao]s?|n[oa]s?)\s+(?:os\s+|o\s+)?(?:papeis|documentos"
    r"|testamento|escrituras)\b",
    "it": r"\b(?:con|insieme\s+a[il]?|nel|tra|fra)\s+(?:i|il|le)?\s*(?:documenti|carte|testamento"
    r"|atti)\b",
}


def _unnoticed(lang: str) -> str:
    return rf"{NO_OCCASION}{_PARTING}(?:{_SAID[lang]}){_IN}{{0,60}}?\b(?:{_UNSEEN[lang]})"


def _love_sorry(lang: str) -> str:
    love, sorry = _LOVE[lang], _SORRY[lang]
    return rf"{_PARTING}(?:(?:{love}){_IN}{{0,60}}?(?:{sorry})|(?:{sorry}){_IN}{{0,60}}?(?:{love}))"


def _with_papers(lang: str) -> str:
    letter = _LETTER_FOR[lang].replace("{kin}", _KIN[lang])
    return rf"{NO_OCCASION}(?:{letter}){_IN}{{0,60}}?(?:{_WITH_PAPERS[lang]})"


_NAME = "farewell_unnoticed"
RULES: tuple[Rule, ...] = (
    family(
        _NAME,
        "said_unseen",
        Category.GOODBYES,
        Severity.CONCERN,
        {lang: _unnoticed(lang) for lang in _SAID},
        {
            "en": "thank|hug|hold|love|knowing",
            "de": "alles|umarm|arm|lieb",
            "fr": "tout|embrass|bras|aim",
            "es": "todo|abraz|quer",
            "pt": "tudo|abrac|amo|amava",
            "it": "tutto|abbracc|bene",
        },
    )
    + family(
        _NAME,
        "love_and_sorry",
        Category.GOODBYES,
        Severity.CONCERN,
        {lang: _love_sorry(lang) for lang in _LOVE},
        {
            "en": "sorry",
            "de": "leid",
            "fr": "desole",
            "es": "sent|siento",
            "pt": "desculpa|sentia",
            "it": "dispiace",
        },
    )
    + family(
        _NAME,
        "letter_with_papers",
        Category.GOODBYES,
        Severity.CONCERN,
        {lang: _with_papers(lang) for lang in _LETTER_FOR},
        {
            "en": "papers|deeds|documents|will",
            "de": "unterlagen|papier|testament|dokument",
            "fr": "papiers|documents|testament|dossier",
            "es": "papeles|documentos|testamento|escrituras",
            "pt": "papeis|documentos|testamento|escrituras",
            "it": "documenti|carte|testamento|atti",
        },
    )
)

__all__ = ["RULES"]
