"""Pain named and then past carrying, told without "can't take it", in six languages.

Why: ``rules_core_bearing`` reads pain that never stops with the plain "can't take it any
more". Writers also say the same pair in other words: the pain (it hurts every day, everything
hurts, done with the pain) and then that they no longer know how to bear it, cannot keep
hauling it about, have nothing left in them to fight it with, or find nowhere to set it down:

* "it hurts all the time and I don't know how much longer I can bear it", "everything aches
  and I can't keep carrying it around", "sick of the pain, nothing left in me to fight it
  with";
* "es tut so weh, ich weiß nicht mehr, wie ich das aushalten soll";
* "ça fait tellement mal, je ne sais plus comment le supporter";
* "me duele tanto que ya no sé cómo aguantarlo";
* "dói tanto e já não sei como aguentar";
* "fa così male che non so più come sopportarlo";
* the pain stuck to the writer all day and nowhere to put it down: "le mal est collé à moi du
  réveil au coucher, je ne trouve plus où le poser", "essa dor gruda em mim, não acho onde pôr
  ela", "this pain is on me all day and I can't find anywhere to put it down".

What is borne must be the pain itself ("it", "this", "das"), closing its clause: not "I don't
know how I'll bear the drive tomorrow". A named everyday pain (a tooth, a knee, a hangover) is
cleared by ``everyday``; negation and whose words they are are judged in ``context``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_S = r"[^.!?\n]"
_CLOSES = r"(?=\s*(?:$|[.!?,;:\n]))"
_PAIN = {
    "en": r"\b(?:everything|it|all\s+of\s+me)\s+(?:hurts|aches)\b|\b(?:done|sick|tired)\s+(?:with"
    r"|of)"
    r"\s+the\s+pain\b|\b(?:the|this)\s+pain\b|\bhurts\s+(?:so\s+much|every\s+day|all\s+the\s+time)\b",
    "de": r"\btut\s+(?:\w+\s+){0,3}?(?:so\s+|immer\s+)?weh\b|\b(?:der|dieser)\s+schmerz\b",
    "fr": r"\b(?:ca|cela)\s+(?:me\s+)?fait\s+(?:tellement\s+|si\s+|trop\s+)?mal\b|\bla\s+douleur\b"
    r"|\bj'\s*ai\s+(?:tellement\s+|si\s+|trop\s+)?mal\b"
    # (the ache as a noun, not "le mal de mer", "le mal de dos")
    r"|\b(?:le|ce)\s+mal\b(?!\s+(?:de|du|des|au|aux|a)\b)",
    "es": r"\b(?:me\s+)?duele\b|\b(?:el|este|ese)\s+dolor\b",
    "pt": r"\bdoi\b|\b(?:a|essa|esta)\s+dor\b",
    "it": r"\bfa\s+(?:cosi\s+|troppo\s+|tanto\s+)?male\b|\b(?:il|questo)\s+dolore\b",
}
_PAST_CARRYING = {
    "en": r"\bdon'?t\s+know\s+how\s+(?:much\s+longer\s+)?i(?:'m|\s+am)?\s+(?:supposed\s+to\s+"
    r"|meant\s+to\s+"
    r"|can\s+|could\s+|will\s+|'ll\s+)?(?:bear|stand|take|carry|survive)\s+(?:it|this)"
    r"(?:\s+(?:any\s*more|any\s+longer))?"
    r"|\bcan'?t\s+keep\s+(?:hauling|carrying|dragging|lugging|holding)\s+(?:it|this)(?:\s+(?:about"
    r"|around|round))?|\bnothing\s+left\s+(?:in\s+me\s+)?to\s+fight\s+(?:it|this)\s+with\b"
    r"|\b(?:can'?t|cannot|don'?t)\s+(?:find|know)\s+(?:any)?where\s+to\s+put\s+(?:it|this)"
    r"(?:\s+down)?",
    "de": r"\bwei(?:ss|ß)\s+(?:nicht\s+mehr|nimmer),?\s+wie\s+ich\s+(?:das|es|ihn)\s+(?:noch\s+)?"
    r"(?:aushalten|ertragen|tragen|durchstehen)\s+soll\b"
    r"|\bkann\s+(?:das|es|ihn)\s+nicht\s+(?:mehr|la(?:e)?nger)\s+(?:mit\s+mir\s+)?(?:rum)?"
    r"(?:tragen|schleppen)\b|\bnichts\s+mehr\s+in\s+mir,?\s+(?:um|womit)\b"
    r"|\bwei(?:ss|ß)\s+(?:nicht\s+mehr|nimmer),?\s+wo\s+ich\s+(?:ihn|es|das)\s+"
    r"(?:ablegen|hinlegen|abstellen)\s+soll\b",
    "fr": r"\bje\s+ne\s+sais\s+(?:plus|pas)\s+comment\s+(?:le|la|l')\s*(?:supporter|porter|endurer)"
    r"(?:\s+encore)?|\bplus\s+rien\s+en\s+moi\s+pour\s+(?:me\s+)?(?:battre|lutter)\b"
    r"|\bje\s+ne\s+(?:sais|trouve)\s+(?:plus|pas)\s+ou\s+(?:le|la|les)\s+(?:poser|deposer)",
    "es": r"\bya\s+no\s+se\s+como\s+(?:aguantarlo|soportarlo|cargarlo|seguir\s+aguantando)"
    r"|\bno\s+me\s+quedan\s+fuerzas\s+para\s+(?:aguantarlo|luchar(?:lo)?)\b"
    r"|\bno\s+(?:se|encuentro)\s+(?:ya\s+)?donde\s+(?:dejarlo|soltarlo|ponerlo|posarlo)",
    "pt": r"\bja\s+nao\s+sei\s+como\s+(?:o\s+)?(?:aguentar|suportar|carregar)(?:-lo)?"
    r"|\bnao\s+me\s+restam\s+forcas\s+para\s+(?:aguentar|lutar)\b"
    r"|\b(?:ja\s+)?nao\s+(?:sei|acho)\s+(?:mais\s+)?onde\s+(?:(?:a|o)\s+)?(?:por|deixar|largar|pousar)"
    r"(?:\s+(?:ela|ele|isso))?",
    "it": r"\bnon\s+so\s+piu\s+come\s+(?:sopportarlo|reggerlo|portarlo|sopportare|reggere)"
    r"|\bnon\s+mi\s+restano\s+forze\s+per\s+(?:sopportarlo|lottare)\b"
    r"|\bnon\s+so\s+(?:piu\s+)?dove\s+(?:posarlo|metterlo|appoggiarlo|lasciarlo)",
}

RULES: tuple[Rule, ...] = family(
    "pain",
    "carried",
    Category.TRAPPED_PAIN,
    Severity.CONCERN,
    {lang: rf"(?:{_PAIN[lang]}){_S}{{0,70}}?(?:{_PAST_CARRYING[lang]}){_CLOSES}" for lang in _PAIN},
    {
        "en": "know how|keep|nothing left|where to put",
        "de": "wie ich|nicht mehr|nichts mehr|wo ich",
        "fr": "comment|plus rien|ou l",
        "es": "como|fuerzas|donde",
        "pt": "como|forcas|onde",
        "it": "come|forze|dove",
    },
    inherent=True,
)

__all__ = ["RULES"]
