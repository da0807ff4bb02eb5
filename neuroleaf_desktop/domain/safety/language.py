"""A rough guess of a text's language from its commonest short words.

Why: the embedding model behind the semantic layer (all-MiniLM-L6-v2) was trained on English;
on Spanish or German text its vectors say more about the language than about the meaning. The
phrase rules cover all six languages; the semantic layer is asked only about text in a
language it names (the trained classifier adds character n-grams and a threshold per
language; a plain scorer reads English only), at that language's threshold.
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


#: Words that show a (case- and accent-folded) sentence may be in a language, for reading long
#: texts: each language's commonest function words, minus those that are also everyday English
#: ("a", "me", "no", "was", "come", "pour"), so English prose is not read by every language.
_GATE_WORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "i im ive id ill the and my you it is was to of that this have be been just but for with "
        "what when if dont cant wont want feel like about all so me not no do at on in a an are "
        "am he she they we anymore today really can will would know get got myself kms"
    ),
    "es": _words(
        "yo el los las que y mi mis de del al la le les lo se un una por con pero muy estoy soy "
        "quiero tengo nadie nunca hoy mas esta este hace cuando sin para como porque nada hay "
        "tambien ahora aqui siempre todavia nos su sus tu estar ser algo asi vez"
    ),
    "de": _words(
        "ich und die der das nicht mich mir ist ein eine einen einem zu mit aber habe hab auch "
        "mehr kann heute sehr alle niemand mein meine meinen wie fur fuer du sie es wir ihr oder "
        "dem des kein keine keinen von auf noch schon nur wenn dass weil alles immer wieder "
        "einfach bock"
    ),
    "fr": _words(
        "je j et le les des un une ne pas est suis mes mon ma moi que tout personne aujourd hui "
        "ai au du de la il elle ils nous vous ce c ca sur dans avec qui tous toute rien jamais "
        "encore deja tres bien quand parce comme si y m n l d qu t s"
    ),
    "pt": _words(
        "eu e o os que em uma nao minha meu meus minhas sou estou com para pra tenho nunca tudo "
        "ninguem hoje mais esta da dos das na nas nos um ta voce vc foi vou ja ainda sempre "
        "quando porque muito nada tem"
    ),
    "it": _words(
        "io il lo che di non sono per ma mio mia piu voglio tutto nessuno oggi della questo mi ti "
        "si ci e da le la gli del dei delle degli al alla nel nella un una uno ho hai sto sta "
        "gia mai poi anche ancora molto sempre tutti cosa quando perche cosi te"
    ),
}
_GATE_TOKEN = re.compile(r"[a-z]+")


def languages_in(sentence: str) -> frozenset[str]:
    """The languages whose common words occur in a (case- and accent-folded) sentence.

    Empty when none does: the caller must then read the sentence in every language. Words
    shared by several languages ("que", "de") name all of them, so a sentence is never kept
    from a language it might be written in because of another one's word."""
    words = set(_GATE_TOKEN.findall(sentence))
    return frozenset(lang for lang, gate in _GATE_WORDS.items() if words & gate)
