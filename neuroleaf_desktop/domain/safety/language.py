"""A rough guess of a text's language from its commonest short words.

Why: the embedding model behind the semantic layer (all-MiniLM-L6-v2) was trained on English;
on Spanish or German text its vectors say more about the language than about the meaning. The
phrase rules cover all six languages; the semantic layer is asked only about text in a
language it names (the trained classifier adds character n-grams and a threshold per
language; a plain scorer reads English only), at that language's threshold.
"""

from __future__ import annotations

import re
import unicodedata


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Each language's commonest short words and everyday journal words, case- and accent-folded.
#: A word listed for several languages ("no", "me", "de") counts a fraction for each, so only
#: the words that tell languages apart decide; single letters are left out except real words
#: ("a", "e", "o", "y", "i"), because English contractions split into "s", "t", "m".
_GUESS_WORDS: dict[str, str] = {
    "en": "i the and to my is it of that was for you with have be this so not on at but just "
    "im dont cant been all what like about feel want ive id ill she they we anymore anyone "
    "everyone nobody are in am going very nothing thing now tomorrow yesterday good bad also "
    "already still always never today day life home work tired your if when me no do a an he "
    "can will would know get got myself kms really",
    "es": "yo el los las que y en mi mis es un una por con pero muy ya estoy soy quiero tengo "
    "nadie nunca todo hoy mas esta este hace cuando sin de del al la le les lo se para como "
    "porque nada hay tambien ahora aqui siempre todavia nos su sus tu estar ser algo asi vez "
    "no me te a estaba fue tener voy va cosa manana ayer bien mal mismo dia todos vida casa "
    "trabajo cansado cansada eso esto",
    "de": "ich und die der das nicht mich mir ist ein eine einen einem zu mit aber bin habe hab "
    "auch mehr kann will heute sehr alle niemand mein meine meinen wie fur fuer du sie es wir "
    "ihr oder dem des kein keine keinen von auf noch schon nur wenn dass weil alles immer "
    "wieder einfach bock war sein haben gehe geht nichts sache jetzt morgen gestern gut "
    "schlecht nie tag leben haus arbeit mude dein",
    "fr": "je et le les des un une ne pas est suis mes mon ma moi que plus tout personne "
    "aujourd hui ai au du de la il elle ils nous vous ce ca sur dans avec qui tous toute rien "
    "jamais encore deja tres bien quand parce comme si y qu me te se a en etais ete etre "
    "avoir vais va chose maintenant demain hier mal meme aussi toujours jour vie maison "
    "travail fatigue son sa cela ici mais",
    "pt": "eu e o os as que em um uma nao minha meu meus minhas sou estou com para pra pro "
    "tenho nunca tudo ninguem hoje mais esta da dos das na nas no nos ta voce vc foi vou ja "
    "ainda sempre quando porque muito nada tem me te se a ao do de to tava estava fui ser "
    "ter tinha vai coisa agora amanha ontem bem mal mesmo tambem dia todos vida casa "
    "trabalho cansado cansada seu sua dele dela isso isto aqui quero queria morrer novo so "
    "tou fiquei numa num dei ha esse essa estar vez outra posso voces mundo",
    "it": "io il lo che di non sono per con ma mio mia piu voglio tutto nessuno oggi della "
    "questo mi ti si ci e da le la gli del dei delle degli al alla nel nella un una uno ho "
    "hai sto sta gia mai poi anche ancora molto sempre tutti cosa quando perche cosi te no "
    "me se a in ha hanno sei siamo stai era ero sara essere avere fatto fare niente nulla "
    "vorrei lei lui loro come dove ora adesso domani ieri bene male troppo proprio giorno "
    "vita casa lavoro stanco stanca dal dai ne via prima vendo muoio morire uscita addio "
    "miei tuoi suoi questa quella",
}
_GUESS_LISTS: dict[str, frozenset[str]] = {
    lang: frozenset(w for w in words.split() if len(w) > 1 or w in "aeoiy")
    for lang, words in _GUESS_WORDS.items()
}
_SHARED_BY: dict[str, int] = {}
for _words_of_one in _GUESS_LISTS.values():
    for _word in _words_of_one:
        _SHARED_BY[_word] = _SHARED_BY.get(_word, 0) + 1
#: Spellings only one of the languages uses, read on the case-folded text with its accents.
_MARKS: dict[str, re.Pattern[str]] = {
    "es": re.compile(r"[ñ¿¡]"),
    "de": re.compile(r"[äöüß]"),
    "fr": re.compile(r"[èœëî]|\b[jnmdlc]'"),
    "pt": re.compile(r"[ãõ]|ção|ções|nh|lh"),
    "it": re.compile(r"\b(?:perché|così|già|più|è)\b|\b[lc]'|gli\b|cch|[òùì]"),
}
_GUESS_TOKEN = re.compile(r"[a-z]+")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def guess_language(text: str) -> str:
    """ "en", "es", "de", "fr", "pt", "it", or "" when no common word gives it away.

    English wins ties, so mixed text is still read by the English semantic layer."""
    folded = text.casefold()
    words = _GUESS_TOKEN.findall(_fold(text))
    scores = {
        lang: sum(1.0 / _SHARED_BY[w] for w in words if w in listed)
        for lang, listed in _GUESS_LISTS.items()
    }
    for lang, marks in _MARKS.items():
        scores[lang] += 1.5 * len(marks.findall(folded))
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
