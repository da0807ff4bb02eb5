"""Pain that holds the writer and will not let go, and the writer shut inside it, in German,
French, Spanish, Portuguese and Italian.

The frame has two parts, read in either order within a sentence or the next one:

* **the pain as the one that acts**: it does not let go, holds, ties, never stops or never
  leaves ("der Schmerz lässt mi nit aus", "cette douleur ne me lâche pas", "la souffrance me
  tient", "este dolor me tiene amarrada", "a dor não me larga", "il dolore non mi lascia
  mai", "el dolor no para");
* **the writer shut in, with no way out, or unheard**: locked inside it, as in a box or a well
  ("i bin drin wia in an Kaschtl eingsperrt", "je suis enfermée dedans", "mi sento chiuso in
  un pozzo"), a way out not found, as every trapped frame reads it
  (``trapped_words.EXIT_DENIED``: "no hallo por dónde salir", "je vois pas la porte"),
  going round in circles in it, or screaming inside while nobody hears ("grito por dentro y
  nadie oye", "je hurle à l'intérieur et personne entend").

Why: each writer paints the trap with a new picture, so a list of pictures misses the next
one; what stays is the pain as the subject that keeps hold, and the writer inside with no way
out. Neither part alone is read: a knee that still hurts, a day stuck at home with a bad back
or a crowd one cannot get out of is not the frame, so the enclosure must be inside the pain,
a picture of one (a box, a well, a cage), a door not found or a scream nobody hears.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family
from neuroleaf_desktop.domain.safety.trapped_words import (
    EXIT_DENIED,
    PAIN,
    PAIN_GATE,
    SORROW,
    SORROW_GATE,
)

_CON = Severity.CONCERN
_family = partial(family, "pain_holds")
_LANGS = ("de", "fr", "es", "pt", "it")
# within the sentence, or running into the next one
_NEAR = r"[^\n]{0,90}?"

# --- the pain that holds: the pain named (``trapped_words``), then what it does to the writer --
_PAIN = {lang: rf"\b(?:{PAIN[lang]}|{SORROW[lang]})\b" for lang in _LANGS}
_HOLDS = {
    "de": r"\b(?:la(?:e)?sst|lasst|lassen|lost)\s+(?:mich|mi)\s+(?:nicht|nie|nimmer|ned|nit"
    r"|keine\s+sekunde)\s+(?:mehr\s+)?(?:los|aus|in\s+ruhe)\b"
    r"|\bha(?:e)?lt(?:en)?\s+mich\s+(?:fest|gefangen)\b|\bhat\s+mich\s+(?:fest\s+)?im\s+griff\b"
    r"|\bho(?:e)?rt\s+(?:nicht|nie|nimmer)\s+(?:mehr\s+)?auf\b|\bgeht\s+nie\s+(?:mehr\s+)?weg\b"
    # … or hurts past bearing: "tut so weh, dass ich's nicht mehr aushalte"
    r"|\bso\s+(?:sehr|arg|weh),?\s+dass\s+ich'?s?\s+(?:es\s+)?(?:nicht|nimmer)\s+(?:mehr\s+)?"
    r"aushalt\w*",
    "fr": r"\b(?:ne\s+)?me\s+lache\s+(?:pas|jamais|plus)\b|\bme\s+(?:tient|ronge|broie)\b"
    r"|\b(?:ne\s+)?s'?\s*arrete\s+(?:pas|jamais)\b|\b(?:ne\s+)?me\s+quitte\s+(?:pas|jamais|plus)\b"
    r"|\bpartira\s+jamais\b|\btellement\s+(?:mal\s+)?que\s+j'?\s*en\s+peux\s+plus\b",
    "es": r"\bme\s+tiene\s+(?:amarrad|atrapad|agarrad|pres|cogid|encerrad)\w*"
    r"|\bno\s+me\s+(?:suelta|deja\s+en\s+paz|da\s+tregua)\b|\bno\s+para\b"
    r"|\bno\s+se\s+va\s+nunca\b|\bnunca\s+se\s+va\b|\btanto\s+que\s+ya\s+no\s+(?:aguanto|puedo"
    r"\s+mas)\b",
    "pt": r"\bnao\s+me\s+(?:larga|solta|deixa|da\s+treguas?)\b|\bme\s+(?:prende|tem\s+pres[oa])\b"
    r"|\bnao\s+(?:para|passa)\b|\bnunca\s+(?:sai|passa|para)\b"
    r"|\btanto\s+que\s+(?:ja\s+)?nao\s+(?:aguento|suporto)\b",
    "it": r"\bnon\s+mi\s+(?:lascia|molla|da\s+(?:tregua|pace))\b"
    r"|\bmi\s+tiene\s+(?:stretto|stretta|prigionier[oa]|in\s+pugno)\b|\bnon\s+si\s+ferma\b"
    r"|\bnon\s+se\s+ne\s+va\s+mai\b|\bnon\s+finisce\s+mai\b"
    r"|\b(?:cosi\s+|talmente\s+)?tanto\s+che\s+non\s+(?:ce\s+la\s+faccio|reggo|lo\s+sopporto)\s+piu\b",
}
_PAIN_HOLDS = {lang: rf"{_PAIN[lang]}[^.!?\n]{{0,25}}?(?:{_HOLDS[lang]})" for lang in _PAIN}

# --- the writer shut inside it, or unheard ------------------------------------------------------
_SHUT_IN = {
    "de": r"\beinge?sperrt\b|\bdrin\s+wie\s+in\b|\bkomm\w*\s+(?:da\s+)?(?:nicht|nie)\s+(?:mehr\s+)?"
    r"raus\b|\bim\s+kreis\b|\bsitz\w*\s+(?:da\s+)?(?:drin\s+)?fest\b|\bschrei\w*\s+innerlich\b|\binnerlich\s+schrei"
    r"\w*\b",
    "fr": r"\benferme\w*\s+(?:dedans|la-dedans|dans\s+(?:ma\s+tete|mon\s+corps|ma\s+peau|une\s+"
    r"(?:boite|cage)))\b|\btourne\s+en\s+rond\s+dedans\b|\bhurle\s+a\s+l'?\s*interieur\b|\bpa\s+ni\s+soti\b",
    "es": r"\bencerrad[oa]\s+(?:dentro|adentro|como)\b|\bgrito\s+por\s+dentro\b"
    r"|\b(?:atrapad|metid|encerrad)[oa]\s+en\s+(?:esto|esta)\b",
    "pt": r"\b(?:pres|fechad)[oa]\s+(?:dentro|nela|nele|como\b|(?:num|numa|em\s+uma?)\s+"
    r"(?:poco|buraco|jaula|caixa|cela))\b|\bgrito\s+por\s+dentro\b"
    # … stuck in "this", the pain itself: "estou presa nisto"
    r"|\b(?:pres|fechad|encurralad)[oa]\s+(?:nisto|nisso)\b",
    "it": r"\bchius[oa]\s+(?:dentro|in\s+(?:un|una)\s+(?:pozzo|gabbia|scatola|buco))\b|\bin\s+"
    r"(?:un\s+)?(?:pozzo|gabbia|trappola)\b|\burlo\s+dentro\b"
    r"|\b(?:intrappolat|bloccat)[oa]\s+(?:qui\s+dentro|in\s+questo)\b",
}
# … or the way out denied, as every trapped frame reads it
_SHUT_OR_NO_EXIT = {lang: rf"{_SHUT_IN[lang]}|{EXIT_DENIED[lang]}" for lang in _LANGS}
_FRAME = {
    lang: rf"(?:{_PAIN_HOLDS[lang]}){_NEAR}(?:{_SHUT_OR_NO_EXIT[lang]})"
    rf"|(?:{_SHUT_OR_NO_EXIT[lang]})[^.!?\n]{{0,60}}?(?:{_PAIN_HOLDS[lang]})"
    for lang in _PAIN
}
_GATE = {lang: f"{PAIN_GATE[lang]}|{SORROW_GATE[lang]}" for lang in _LANGS}

RULES: tuple[Rule, ...] = _family(
    "shut_in", Category.TRAPPED_PAIN, _CON, _FRAME, _GATE, inherent=False
)

__all__ = ["RULES"]
