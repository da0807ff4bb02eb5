"""Goodbyes told by a message that had to be said now, or an embrace held too long, in six
languages.

Why: ``rules_farewell_before_late`` reads thanks said "before it's too late". A writer may
instead close the message with why it could not wait, or with the goodbye it was like:

* **a message, then "just in case", "she had to hear it now", "I wanted it said", "as if
  saying goodbye"**: "wrote to my godson how proud I am of him, just in case", "told my
  brother what he means to me, needed him to hear it now", "hab meiner Tante einen langen Brief
  geschrieben, sie musste es jetzt wissen", "j'ai écrit à ma marraine pour la remercier, comme
  pour dire adieu", "le grabé un audio a mi tía dándole las gracias, como despidiéndome",
  "escrevi à minha madrinha a agradecer tudo, queria que ficasse dito", "ho scritto al mio
  padrino: grazie di tutto. Doveva saperlo adesso";
* **a message left for a day to come, with everything said**: "recorded a video for my niece
  to watch on her wedding day, said everything I needed to";
* **an embrace held too long, the other not knowing why**: "hugged Mum too long at the
  station, she didn't know why", "hab Papa zu lange umarmt, er wusste nicht warum".

The closing must end the sentence ("just in case the post is late" names what the case is), and
a trip, a move, an operation or an exam named in the line gives the message its everyday
reason; an everyday goodbye is weighed by ``everyday`` as for every goodbye.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_L = r"[^\n]"
_S = r"[^.!?\n]"
_CLOSES = r"(?=\s*(?:$|[.!?\n]))"
# an everyday reason for the message or the hug: a trip, a move, an operation, an exam
_REASON = (
    r"(?!" + _L + r"*\b(?:trip|flight|abroad|deploy\w*|travel\w*|mov(?:e|ing)|surgery|operation"
    r"|exam\w*|airport|reise|flug|ausland|umzug|op|operation|pru(?:e)?fung|flughafen|voyage"
    r"|vol|etranger|demenag\w*|examen|aeroport|viaje|vuelo|extranjero|mudanza|operacion"
    r"|aeropuerto|viagem|voo|estrangeiro|mudanca|operacao|aeroporto|viaggio|volo|estero"
    r"|trasloco|operazione|esame)\b)"
)
# --- a message sent or said -------------------------------------------------------------------
_MESSAGE = {
    "en": r"\b(?:wrote|told|texted|sent|rang|messaged|recorded)\b",
    "de": r"\b(?:geschrieben|gesagt|geschickt|aufgenommen|angerufen)\b|\bbrief\b",
    "fr": r"\b(?:ecrit|dit|envoye|enregistre|appele)\b|\blettre\b",
    "es": r"\b(?:mande|escribi|dije|envie|grabe|llame)\b",
    "pt": r"\b(?:escrevi|disse|mandei|enviei|gravei|liguei)\b",
    "it": r"\b(?:scritto|detto|mandato|spedit[oa]|registrato|chiamato)\b|\blettera\b",
}
# --- … that had to be said now --------------------------------------------------------------
_NOW = {
    "en": r",?\s*just\s+in\s+case|\b(?:needed|wanted|had)\s+(?:her|him|them)\s+to\s+(?:hear|know)"
    r"\s+(?:it|that)\s+now|\bas\s+if\s+(?:i\s+was\s+)?saying\s+goodbye",
    "de": r"\b(?:sie|er)\s+musste\s+(?:es|das)\s+jetzt\s+(?:wissen|ho(?:e)?ren)"
    r"|\bwie\s+(?:zum|ein)\s+abschied|\bnur\s+fu(?:e)?r\s+den\s+fall",
    "fr": r"\b(?:il|elle)\s+devait\s+le\s+savoir\s+maintenant|\bcomme\s+(?:pour\s+)?(?:un\s+adieu"
    r"|dire\s+adieu)|\bje\s+voulais\s+que\s+ce\s+soit\s+dit|\bau\s+cas\s+ou",
    "es": r"\b(?:tenia|necesitaba)\s+que\s+(?:saberlo|oirlo)\s+(?:ya|ahora)"
    r"|\bcomo\s+(?:despidiendome|si\s+me\s+despidiera|quien\s+se\s+despide)"
    r"|\bqueria\s+que\s+quedara\s+dicho|\bpor\s+si\s+acaso",
    "pt": r"\bqueria\s+que\s+ficasse\s+dito|\bcomo\s+(?:quem\s+se\s+despede|se\s+(?:me\s+)?"
    r"despedisse|despedindo-me|me\s+despedindo)|\bprecisava\s+que\s+(?:ele|ela)\s+(?:soubesse"
    r"|ouvisse)\s+(?:agora|ja)",
    "it": r"\b(?:doveva|dovevano)\s+saperlo\s+(?:adesso|ora|subito)|\bvolevo\s+che\s+restasse\s+"
    r"detto|\bcome\s+(?:per\s+salutar\w*|se\s+(?:mi\s+)?stessi\s+salutando|un\s+addio)"
    r"|\bnon\s+si\s+sa\s+mai",
}
# --- an embrace held too long, the other not knowing why --------------------------------------
_HELD_LONG = {
    "en": r"\b(?:hugged|held|kissed)\s+(?:\w+\s+){1,3}?too\s+long\b",
    "de": r"\bzu\s+lange?\s+(?:umarmt|festgehalten|gedru(?:e)?ckt)\b",
    "fr": r"\b(?:serre|embrasse|enlace)\w*\s+(?:\w+\s+){0,3}?trop\s+longtemps\b",
    "es": r"\b(?:abrace|le\s+abrace|lo\s+abrace|la\s+abrace)\s+(?:\w+\s+){0,3}?(?:demasiado"
    r"|de\s+mas)\b",
    "pt": r"\b(?:abracei|o\s+abracei|a\s+abracei)\s+(?:\w+\s+){0,3}?(?:demais|tempo\s+demais)\b",
    "it": r"\b(?:abbracciat[oa]|stretto|stretta)\s+(?:\w+\s+){0,3}?troppo\s+a\s+lungo\b",
}
_NOT_KNOWING_WHY = {
    "en": r"\b(?:he|she|they)\s+(?:didn'?t|did\s+not)\s+know\s+why|\b(?:he|she|they)\s+asked\s+"
    r"(?:me\s+)?why",
    "de": r"\b(?:er|sie)\s+wusste\s+nicht,?\s+warum|\b(?:er|sie)\s+hat\s+gefragt,?\s+warum",
    "fr": r"\b(?:il|elle)\s+ne\s+savait\s+pas\s+pourquoi|\b(?:il|elle)\s+m'\s*a\s+demande\s+"
    r"pourquoi",
    "es": r"\bno\s+(?:sabia|entendio)\s+por\s+que|\bme\s+pregunto\s+por\s+que",
    "pt": r"\bnao\s+(?:sabia|percebeu|entendeu)\s+porque|\bperguntou\s+porque",
    "it": r"\bnon\s+sapeva\s+perche|\bmi\s+ha\s+chiesto\s+perche",
}

# --- a message left for a day to come, with everything said ---------------------------------
_FOR_A_DAY = {
    "en": r"\b(?:recorded|wrote|left|made)\s+(?:a|an)\s+(?:video|letter|message|note"
    r"|voice\s+note)\s+"
    r"for\s+(?:my\s+)?(?:[\w']+\s+){0,2}?to\s+(?:watch|read|open|hear)\s+(?:on|at|when|after)\b"
    + _S
    + r"{0,60}?\bsaid\s+everything\s+i\s+(?:needed|wanted|had)\s+to(?:\s+say)?",
}

_NAME = "farewell_now"
RULES: tuple[Rule, ...] = (
    family(
        _NAME,
        "said_now",
        Category.GOODBYES,
        Severity.CONCERN,
        {
            lang: rf"(?:^|(?<=\n)){_REASON}{_L}*?(?:{_MESSAGE[lang]}){_L}{{0,120}}?(?:{_NOW[lang]})"
            rf"{_CLOSES}"
            for lang in _MESSAGE
        },
        {
            "en": "in case|to hear|to know|saying goodbye",
            "de": "jetzt|abschied|den fall",
            "fr": "maintenant|adieu|dit|au cas",
            "es": "ya|ahora|despid|dicho|acaso",
            "pt": "dito|despe|despedi|agora|ja",
            "it": "saperlo|detto|salut|addio|sa mai",
        },
        inherent=False,
    )
    + family(
        _NAME,
        "held_long",
        Category.GOODBYES,
        Severity.CONCERN,
        {
            lang: rf"(?:^|(?<=\n)){_REASON}{_L}*?(?:{_HELD_LONG[lang]}){_S}{{0,80}}?"
            rf"(?:{_NOT_KNOWING_WHY[lang]}){_CLOSES}"
            for lang in _HELD_LONG
        },
        {
            "en": "why",
            "de": "warum",
            "fr": "pourquoi",
            "es": "por que",
            "pt": "porque",
            "it": "perche",
        },
        inherent=False,
    )
    + family(
        _NAME,
        "for_a_day",
        Category.GOODBYES,
        Severity.CONCERN,
        {lang: rf"(?:^|(?<=\n)){_REASON}{_L}*?(?:{p}){_CLOSES}" for lang, p in _FOR_A_DAY.items()},
        {"en": "everything"},
        inherent=False,
    )
)

__all__ = ["RULES"]
