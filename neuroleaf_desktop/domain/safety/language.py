"""A rough guess of a text's language from its commonest short words.

Why: the embedding model behind the semantic layer (all-MiniLM-L6-v2) was trained on English;
on Spanish or German text its vectors say more about the language than about the meaning and
would raise false alarms. The phrase rules cover all six languages; the semantic layer is
only asked about text that reads as English.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-zà-ÿ']+")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOPWORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "i the and to my is it of that was for you with have be this so not on at but "
        "just i'm im don't dont can't cant been all what like about feel want i've ive "
        "i'd i'll she they we it's anymore anyone everyone nobody"
    ),
    "es": _words(
        "yo el los las que y en mi es un una por con pero muy ya estoy soy quiero tengo "
        "nadie nunca todo hoy mas más esta está este hace cuando sin"
    ),
    "de": _words(
        "ich und die der das nicht mich mir ist ein eine zu mit aber bin habe auch mehr "
        "kann will heute sehr alle niemand mein meine meinen wie für fur"
    ),
    "fr": _words(
        "je j' et le les des un une ne pas est suis mes mon ma moi que plus tout "
        "personne aujourd'hui j'ai c'est n'ai au du"
    ),
    "pt": _words(
        "eu e o os as que em um uma nao não minha meu sou estou com para tenho nunca "
        "tudo ninguém ninguem hoje mais está esta"
    ),
    "it": _words(
        "io il lo che di non sono per con ma mio mia più piu voglio tutto nessuno oggi della questo"
    ),
}
_MARKS: dict[str, re.Pattern[str]] = {
    "es": re.compile(r"[ñ¿¡]"),
    "de": re.compile(r"[äöüß]"),
    "fr": re.compile(r"[êèçœ]|\b[jnmd]'"),
    "pt": re.compile(r"[ãõ]"),
    "it": re.compile(r"\b(?:perché|così|già)\b"),
}


def guess_language(text: str) -> str:
    """ "en", "es", "de", "fr", "pt", "it", or "" when no common word gives it away.

    English wins ties, so mixed text is still read by the English semantic layer."""
    words = _WORD.findall(text.casefold())
    folded = text.casefold()
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    for lang, marks in _MARKS.items():
        scores[lang] += 2 * len(marks.findall(folded))
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] == 0:
        return ""
    return best if scores[best] > scores["en"] else "en"
