"""An entry wholly about someone else: a third person is its subject, and the writer is nowhere
in it as a sufferer.

Why: the semantic classifier reads meaning, not grammar, so "my brother keeps saying he wants
to die" sits as close to a warning sign as the writer's own words would. The phrase rules judge
the subject of every phrase they find (``context``); when they find none, the classifier's flag
is judged here on the same words: a person named ("he", "my sister", "mein Freund", "la mia
amica"), and no first-person word left once the writer's possessive before that person ("my"
of "my sister") is set aside. "My sister would be better off without me" keeps its "me" and is
not withdrawn.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.context import CLAUSE_BREAK, MARKERS
from neuroleaf_desktop.domain.safety.everyday_plain import dark_words_in
from neuroleaf_desktop.domain.safety.rules import FLAGS
from neuroleaf_desktop.domain.safety.third_person import FIRST_PERSON, OWN_SUBJECT

# The writer's possessive before a person ("my best friend", "o meu pai", "la mia amica"): the
# writer owns the relation, the person is the subject.
_POSSESSIVE = {
    "en": r"my|our",
    "es": r"mi|mis|nuestr[oa]s?",
    "de": r"mein\w*|unser\w*",
    "fr": r"mon|ma|mes|notre|nos",
    "pt": r"(?:(?:o|a|os|as)\s+)?(?:meu|minha|meus|minhas|noss[oa]s?)",
    "it": r"(?:(?:il|la|i|le|lo)\s+)?(?:mio|mia|miei|mie|nostr[oaie])",
}
# The entry opens on that person as its subject ("my brother keeps saying …", "she told me …",
# "a avó vive dizendo …", "mein Freund schreibt …"): a diary line that opens on a verb ("handed
# the cat to Mum", "escrevi cartas pra minha mãe") has the writer as its unsaid subject.
_ARTICLE = (
    r"the|a|an|this|that|el|la|los|las|o|os|as|il|lo|gli|i|le|les|der|die|das|den|dem|un|una|uno"
    r"|um|uma|ein|eine|einen"
)
# People in general are nobody named: "people talk about building a house someday, for me
# there is no someday" is the writer's own line.
_ANYONE = (
    r"people|person|someone|somebody|they|them|they'?re|they'?d|ellos|ellas|ils|elles|eles|elas"
    r"|loro"
)
_OPENS_ON_PERSON: dict[str, re.Pattern[str]] = {
    lang: re.compile(
        rf"^\W*(?:(?:{_POSSESSIVE[lang]}|{_ARTICLE})\s+(?:[^\W\d]+\s+)?)?"
        rf"(?!(?:{_ANYONE})\b)(?:{other})\b",
        FLAGS,
    )
    for lang, (_, other) in MARKERS.items()
}
_OWNED_PERSON: dict[str, re.Pattern[str]] = {
    lang: re.compile(rf"\b(?:{_POSSESSIVE[lang]})\s+(?:[^\W\d]+\s+)?(?:{other})\b", FLAGS)
    for lang, (_, other) in MARKERS.items()
}
#: The writer's possessive and the articles before a person, for rules that read a clause
#: opening on someone else.
POSSESSIVE, ARTICLE = _POSSESSIVE, _ARTICLE


# A conditional in the person's clause ("our lass would have a canny life if …", "sie wäre
# ohne mich besser dran") is the burden frame, whose unsaid other half is the writer.
_CONDITIONAL = re.compile(
    r"\b(?:would|could|might|\w+'d|wa(?:e)?re|wu(?:e)?rde\w*|ha(?:e)?tte\w*|serai\w*|aurai\w*"
    r"|seria\w*|estaria\w*|tendria\w*|teria\w*|sarebbe\w*|avrebbe\w*|starebbe\w*)\b",
    FLAGS,
)


# The writer as the one told ("told me she cuts", "me confesó que", "mi ha detto che", "m'a dit
# que", "hat mir gesagt"): the hearer of someone's words, not the sufferer in them.
_TOLD_ME = re.compile(
    r"\b(?:told|tells|telling|texted|messaged|wrote\s+to|confided\s+in)\s+me\b"
    r"|\bme\s+(?:dijo|dice|confeso|conto|cuenta|escribio|disse|diz|contou|conta"
    r"|confessou|escreveu)\b"
    r"|\bmi\s+(?:ha|aveva)\s+(?:detto|scritto|confessato|raccontato)\b"
    r"|\bmi\s+(?:dice|racconta|scrive)\b"
    r"|\bm'\s*(?:a|avait)\s+(?:dit|ecrit|avoue|confie|raconte)\b"
    r"|\b(?:hat|hatte)\s+mir\s+(?:\w+\s+)?(?:gesagt|geschrieben|erza(?:e)?hlt|gestanden)\b"
    r"|\b(?:sagt|schreibt|erza(?:e)?hlt)\s+mir\b",
    FLAGS,
)


def opening_about_someone_else(folded: str, lang: str) -> int | None:
    """Where the entry's opening clause ends, when that clause is about a named third person
    with no first-person word and no conditional in it; None otherwise.

    The rest of the entry is the writer's own part: whether it carries a sign of its own is for
    the caller to judge ("… I called him straight away" does not; "… and I feel the same" may).
    """
    opens = _OPENS_ON_PERSON.get(lang)
    person = opens.match(folded) if opens is not None else None
    if person is None:
        return None
    cut = CLAUSE_BREAK.search(folded, person.end())
    end = cut.start() if cut is not None else len(folded)
    clause = _TOLD_ME.sub(" ", _OWNED_PERSON[lang].sub(" ", folded[:end]))
    own = OWN_SUBJECT.get(lang)
    if (
        FIRST_PERSON[lang].search(clause)
        or (own is not None and own.search(clause))
        or _CONDITIONAL.search(clause)
    ):
        return None
    return end


def about_someone_else(folded: str, lang: str) -> bool:
    """Is the folded entry about a named third person, with no first-person sufferer in it?

    The opening clause is theirs (``opening_about_someone_else``); the rest is the writer's
    part, which may tell what the writer did about it ("I called him straight away", "l'ho
    detto a mamma") but carries no dark word and no conditional of its own ("… because of me,
    it'd be kinder if I was gone", "… without me in the picture").
    """
    end = opening_about_someone_else(folded, lang)
    if end is None:
        return False
    rest = folded[end:]
    return not dark_words_in(rest) and _CONDITIONAL.search(rest) is None
