"""Goodbyes told as thanks or an apology for everything said in time, a letter of what someone
meant, or the last word anyone will hear, in six languages.

Why: a writer taking leave often does not say "goodbye" but says why the message had to go out
now:

* **thanks or sorry for everything, before it is too late or before the writer goes**: "wrote
  to say sorry for everything, wanted it said before the month's out", "per ringraziarlo di
  tutto, prima che sia troppo tardi", "a agradecer tudo, antes que seja tarde", "je l'ai
  remercié pour tout avant qu'il soit trop tard", "le di las gracias por todo antes de irme",
  "hab mich für alles bedankt, bevor ich geh";
* **what someone meant, in the past, told before the writer goes**: "a long letter so she
  knows what she meant to me, before I go", "damit sie weiß, was sie mir bedeutet hat, bevor
  ich geh", "ce qu'elle a compté pour moi, avant de partir";
* **thanks said while the writer is still here**: "knocked on Coach's door to say ta for all
  those seasons, needed him to hear it before I'm not around", "danke für alles, sie soll es
  von mir hören, solange es noch geht", "dire grazie al mister, ci tenevo finché sono ancora
  qui" (not when the other one is retiring, moving or ill);
* **the last anyone will hear from the writer**: "said it's the last he'll hear from me", "das
  Letzte, was sie von mir hört", "lo último que sabrá de mí", "l'ultima volta che sentirà
  parlare di me".

What stays out: thanks before someone else's time runs out (a grandmother ill or in a hospice:
"before it's too late, she's ninety-four"), a going that goes on to a place or a time ("before
I go to Lisbon", "the last he'll hear from me until Monday", "… about the rent"), and contact
ended in anger ("after what he did, that's the last he'll hear from me", an ex blocked). An
everyday occasion (a move, a last day at work) is weighed by ``everyday`` as for every goodbye.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_CLOSES = r"(?=\s*(?:$|[.!?,;:\n]))"
_S = r"[^.!?\n]"

# someone else's time running out, or contact ended in anger: not the writer's farewell
_NOT_MINE = (
    rf"(?!{_S}*\b(?:ill|sick|dying|hospice|hospital|cancer|years\s+old|ninety\w*|eighty\w*"
    r"|krank|sterbend\w*|hospiz|krankenhaus|malade|mourant\w*|hopital|enferm[oa]|muriendo"
    r"|hospital|doente|morrendo|malat[oa]|morendo|ospedale|after\s+what|good\s+riddance|blocked"
    r"|ex|idiot|nach\s+allem,?\s+was|apres\s+ce\s+qu|despues\s+de\s+lo\s+que|depois\s+do\s+que"
    r"|dopo\s+quello\s+che)\b)"
)

_THANKS_OR_SORRY = {
    "en": r"\b(?:thank(?:ed|ing|s)?|sorry|apologi[sz]\w*)\b",
    "de": r"\b(?:bedank\w*|gedankt|danke|entschuldig\w*)\b",
    "fr": r"\b(?:merci|remerci\w*|pardon|excuse\w*)\b",
    "es": r"\b(?:gracias|agradec\w+|perdon|disculp\w+)\b",
    "pt": r"\b(?:agradec\w+|obrigad[oa]|desculp\w+|perdao)\b",
    "it": r"\b(?:grazie|ringrazi\w+|scus\w+|perdono)\b",
}
_EVERYTHING = {
    "en": r"\bfor\s+everything\b",
    "de": r"\bfu(?:e)?r\s+alles\b",
    "fr": r"\bpour\s+tout\b",
    "es": r"\bpor\s+todo\b",
    "pt": r"\b(?:por\s+)?tudo\b",
    "it": r"\b(?:di|per)\s+tutto\b",
}
# before it is too late, before the writer goes, before a near end of the month
_BEFORE = {
    "en": r"\bbefore\s+(?:it'?s\s+too\s+late|i\s+go|i'?m\s+gone|the\s+(?:month|week)(?:'s|\s+is)"
    r"\s+out|the\s+end\s+of\s+the\s+(?:month|week))" + _CLOSES,
    "de": r"\bbevor\s+(?:es\s+zu\s+spa(?:e)?t\s+ist|ich\s+(?:geh|gehe))" + _CLOSES,
    "fr": r"\bavant\s+(?:qu'\s*il\s+(?:ne\s+)?soit\s+trop\s+tard|de\s+partir|que\s+je\s+parte)"
    + _CLOSES,
    "es": r"\bantes\s+de\s+(?:que\s+sea\s+(?:demasiado\s+)?tarde|irme|que\s+me\s+vaya)" + _CLOSES,
    "pt": r"\bantes\s+(?:que\s+seja\s+(?:tarde\s+demais|tarde)|de\s+(?:eu\s+)?ir(?:-me)?"
    r"|que\s+eu\s+va)" + _CLOSES,
    "it": r"\bprima\s+(?:che\s+sia\s+troppo\s+tardi|di\s+andarmene|che\s+me\s+ne\s+vada)" + _CLOSES,
}
# what someone meant to the writer, in the past
_MEANT = {
    "en": r"\bwhat\s+(?:she|he|they|you)\s+(?:meant|has\s+meant|have\s+meant)\s+to\s+me\b",
    "de": r"\bwas\s+(?:sie|er|du)\s+mir\s+bedeutet\s+(?:hat|haben|hast)\b",
    "fr": r"\bce\s+qu'\s*(?:elle|il|ils|tu)\s+(?:a|ont|as)\s+(?:compte|ete)\s+pour\s+moi\b",
    "es": r"\blo\s+que\s+(?:ha\s+)?significa(?:do|ste|ron)?\s+para\s+mi\b",
    "pt": r"\bo\s+que\s+(?:significou|significaste|significaram)\s+para\s+mim\b",
    "it": r"\b(?:quanto|cosa)\s+(?:ha|hai|hanno)\s+(?:contato|significato)\s+per\s+me\b",
}
_LAST_HEARD = {
    "en": r"\b(?:the\s+)?last\s+(?:he|she|they|you)(?:'ll|\s+will)\s+(?:ever\s+)?hear\s+from\s+me"
    r"\b(?!\s+(?:until|till|before|for\s+a\s+(?:while|bit)|about|on|this|today|tonight|for\s+now"
    r"|in\s+a\s+while)\b)",
    "de": r"\bdas\s+letzte,?\s+was\s+(?:er|sie)\s+(?:je(?:mals)?\s+)?von\s+mir\s+(?:ho(?:e)?rt"
    r"|ho(?:e)?ren\s+wird?)" + _CLOSES,
    "fr": r"\bla\s+derniere\s+fois\s+qu'\s*(?:il|elle|ils)\s+(?:aura|auront|entend\w*)\s+"
    r"(?:de\s+mes\s+nouvelles|parler\s+de\s+moi)" + _CLOSES,
    "es": r"\blo\s+ultimo\s+que\s+(?:sabra|sabran|oira|oiran)\s+de\s+mi" + _CLOSES,
    "pt": r"\b(?:a\s+ultima\s+vez\s+que\s+(?:vai|vao)\s+(?:ter\s+noticias\s+minhas"
    r"|ouvir\s+falar\s+de"
    r"\s+mim)|o\s+ultimo\s+que\s+(?:vai|vao)\s+saber\s+de\s+mim)" + _CLOSES,
    "it": r"\bl'\s*ultima\s+volta\s+che\s+(?:sentira|sentiranno|avra"
    r"|avranno)\s+(?:parlare\s+di\s+me"
    r"|mie\s+notizie|notizie\s+da\s+me)" + _CLOSES,
}

# … or while the writer is still here: "to say ta for all those seasons, needed him to hear it
# before I'm not around", "danke für alles, sie soll es von mir hören, solange es noch geht",
# "per dire grazie al mister, ci tenevo finché sono ancora qui"
_THANKS = {
    "en": r"\b(?:thank(?:ed|ing|s)?|ta|cheers|grateful)\b",
    "de": r"\b(?:bedank\w*|gedankt|danke|dank)\b",
    "fr": r"\b(?:merci|remerci\w*)\b",
    "es": r"\b(?:gracias|agradec\w+)\b",
    "pt": r"\b(?:agradec\w+|obrigad[oa])\b",
    "it": r"\b(?:grazie|ringrazi\w+)\b",
}
_WHILE_HERE = {
    "en": r"\b(?:before\s+i'?m\s+(?:not\s+around|no\s+longer\s+around|not\s+here)|while\s+i'?m"
    r"\s+still\s+(?:here|around))" + _CLOSES,
    "de": r"\bsolange\s+(?:es\s+noch\s+geht|ich\s+noch\s+(?:da\s+bin|hier\s+bin|kann))" + _CLOSES,
    "fr": r"\b(?:tant|pendant)\s+que\s+je\s+suis\s+encore\s+(?:la|ici)" + _CLOSES,
    "es": r"\bmientras\s+(?:todavia|aun)\s+(?:estoy\s+aqui|sigo\s+aqui|estoy)" + _CLOSES,
    "pt": r"\benquanto\s+ainda\s+(?:estou\s+(?:ca|aqui)|ca\s+estou|da)" + _CLOSES,
    "it": r"\bfinche\s+(?:sono\s+ancora\s+qui|ci\s+sono\s+ancora|faccio\s+in\s+tempo)" + _CLOSES,
}
# the other one leaving or retiring: their time, not the writer's
_NOT_LEAVING = (
    rf"(?!{_S}*\b(?:retir\w*|moving|leaving|emigrat\w*|rente|ruhestand|umzug|zieht|retraite"
    r"|demenag\w*|jubil\w*|mudanza|se\s+muda|aposent\w*|mudar|pension\w*|trasferisce"
    r"|trasloc\w*)\b)"
)
_THANKS_WHILE_HERE = {
    lang: rf"(?:^|(?<=[.!?\n])){_NOT_MINE}{_NOT_LEAVING}{_S}*?(?:{_THANKS[lang]}){_S}{{0,120}}?"
    rf"(?:{_WHILE_HERE[lang]})"
    for lang in _THANKS
}

_IN_TIME = {
    lang: rf"(?:^|(?<=[.!?\n])){_NOT_MINE}{_S}*?(?:(?:{_THANKS_OR_SORRY[lang]}){_S}{{0,40}}?"
    rf"(?:{_EVERYTHING[lang]})|{_MEANT[lang]}){_S}{{0,60}}?(?:{_BEFORE[lang]})"
    for lang in _BEFORE
}
_LAST_WORD = {
    lang: rf"(?:^|(?<=[.!?\n])){_NOT_MINE}{_S}*?(?:{_LAST_HEARD[lang]})" for lang in _LAST_HEARD
}

_NAME = "farewell_in_time"
RULES: tuple[Rule, ...] = family(
    _NAME,
    "before_late",
    Category.GOODBYES,
    Severity.CONCERN,
    _IN_TIME,
    {
        "en": "before",
        "de": "bevor",
        "fr": "avant",
        "es": "antes",
        "pt": "antes",
        "it": "prima",
    },
) + family(
    _NAME,
    "last_heard",
    Category.GOODBYES,
    Severity.CONCERN,
    _LAST_WORD,
    {
        "en": "hear from me",
        "de": "von mir",
        "fr": "derniere fois",
        "es": "de mi",
        "pt": "ultim",
        "it": "ultima volta",
    },
)

RULES += family(
    _NAME,
    "thanks_while_here",
    Category.GOODBYES,
    Severity.CONCERN,
    _THANKS_WHILE_HERE,
    {
        "en": "around|here",
        "de": "solange",
        "fr": "encore",
        "es": "mientras",
        "pt": "enquanto",
        "it": "finche",
    },
)

__all__ = ["RULES"]
