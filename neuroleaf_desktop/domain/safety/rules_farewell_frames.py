"""A letter or a message put somewhere to be found "for after", read as a frame of two parts in
six languages.

Why: a farewell letter is seldom called one. It is told by the letter, the envelope, the note
or the recording, and by when it is meant to be read: after, with nothing named that it comes
after. The hiding place changes with every writer (behind a picture, in a hymn book, in the
glovebox, in a recipe book) and so do the readers (the girls, each niece, the lads), while
the two parts stay: "put a sealed envelope for each of the girls behind the picture, to be
opened after", "die Briefe an die Kinder liegen im Gesangbuch, für hinterher", "deixei
cartas pros meus filhos dentro do caderno de receitas, pra depois", "j'ai laissé une lettre
pour chacun dans le tiroir, pour après".

The "after" must close its clause: "a note for after school", "para después de la cena",
"per dopo la partita" name what it comes after and stay out, and so does "for later" (a
letter read later is everyday). A birthday card or a list of chores is no
farewell: ``_NO_ERRAND`` reads the line. Negation and whose letter it is are judged in
``context`` like every rule. Text is case- and accent-folded first.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_LINE, Rule
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, core_family

# --- what is left to be read or heard ---------------------------------------------------------
_MESSAGE = {
    "en": r"\b(?:letters?|envelopes?|notes?|video|recording|voice\s+(?:memo|note|message)s?)\b",
    "de": r"\b(?:\w*briefe?|umschlage?|umschlag|kuverts?|zettel|sprachnachricht\w*|video"
    r"|aufnahme)\b",
    "es": r"\b(?:cartas?|sobres?|notas?|video|grabacion|audios?)\b",
    "fr": r"\b(?:lettres?|enveloppes?|mots?|video|enregistrement|message\s+vocal)\b",
    "it": r"\b(?:letter[ae]|bust[ae]|bigliett[oi]|video|registrazione|vocale)\b",
    "pt": r"\b(?:cartas?|envelopes?|bilhetes?|video|gravacao|audios?)\b",
}
# --- "for after", with nothing named that it comes after -------------------------------------
_CLOSES = r"(?=\s*(?:[.!,;:]|$))"
_FOR_AFTER = {
    "en": r"\b(?:for|to\s+be\s+(?:opened|read|played|watched)|to\s+(?:open|read))\s+"
    r"after(?:wards)?" + _CLOSES,
    "de": r"\bfu(?:e)?r\s+(?:hinterher|danach|nachher|die\s+zeit\s+danach)" + _CLOSES,
    "es": r"\bpara\s+(?:despues|luego\s+de\s+todo)" + _CLOSES,
    "fr": r"\bpour\s+(?:apres|l'\s*apres)" + _CLOSES,
    "it": r"\bper\s+(?:dopo|il\s+dopo)" + _CLOSES,
    "pt": r"\bp(?:a)?ra\s+depois" + _CLOSES,
}
# A card, chores, shopping, homework: a note's ordinary errand.
_NO_ERRAND = (
    r"(?![^\n]{0,160}\b(?:birthday|card|chores?|shopping|groceries|homework|dinner|party"
    r"|exam|match|meeting|geburtstag|karte|einkauf\w*|hausaufgaben|feier|cumpleanos|tarjeta"
    r"|compras|deberes|fiesta|anniversaire|carte|courses|devoirs|fete|compleanno"
    r"|biglietto\s+d'auguri|spesa|compiti|festa|aniversario|cartao|licao)\b)"
)

RULES: tuple[Rule, ...] = core_family(
    "message_left_for_after",
    Category.GOODBYES,
    Severity.CONCERN,
    {
        lang: rf"{_NO_ERRAND}(?:{_MESSAGE[lang]})(?:{SAME_LINE}){{0,160}}?(?:{_FOR_AFTER[lang]})"
        for lang in LANGS
    },
    dict.fromkeys(LANGS, "after|hinterher|danach|nachher|despues|apres|dopo|depois"),
)

__all__ = ["RULES"]
