"""A thing handed on and said not to be a loan, by a writer who will not use it again, in six
languages.

Why: ``rules_giving_frames`` reads a thing handed on with one detail that makes it final ("for
good", "I won't need it"). Writers also make it final by denying the loan and closing their own
use of it: "gave my nephew the bass, not lent, I won't be playing again", "dem Neffen die
Gitarre mitgegeben, nicht geliehen, ich spiel eh nimmer", "le he dado la bici a mi primo, no
prestada, yo ya no la voy a usar", "ho lasciato la fisarmonica a mio nipote, non in prestito, io
non la suono più". Each part alone is ordinary (a present is not a loan; people give up
hobbies); the three together, in one line, say the owner is done with it for good.

What stays out: a loan ("lent", "prestado", "geliehen" without the "not"), a thing given with
no end of use told, and what ``rules_plans.drops`` clears for the whole family (a move, a new
job). Negation and whose act it is are judged in ``context``. Text is case- and accent-folded
first.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_LINE, Rule, rule
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS

# the act, in the forms the giving frames do not read ("mitgegeben", "he dado", "ho lasciato")
_GIVEN = {
    "en": r"\b(?:gave|given|handed|passed|left)\b",
    "de": r"\b(?:\w*gegeben|geschenkt|verschenkt|gebracht|u(?:e)?berlassen|vermacht)\b",
    "es": r"\b(?:di|dado|regale|regalado|deje|dejado|pase|pasado)\b",
    "fr": r"\b(?:donne|donnee|donnes|laisse|laissee|laisses|offert|offerte|confie)\b",
    "it": r"\b(?:lasciat[oaie]|dat[oaie]|regalat[oaie])\b",
    "pt": r"\b(?:dei|dado|deixei|deixado|passei|ofereci)\b",
}
# not a loan
_NOT_LENT = {
    "en": r"\bnot\s+(?:lent|loaned|borrowed|a\s+loan|on\s+loan)\b",
    "de": r"\bnicht\s+(?:ge|ver|aus|ausge)?lie(?:h|he)n\b",
    "es": r"\bno\s+(?:prestad[oa]s?|de\s+prestamo|es\s+un\s+prestamo)\b",
    "fr": r"\bpas\s+(?:pretee?s?|en\s+pret|un\s+pret)\b",
    "it": r"\bnon\s+(?:in\s+prestito|prestat[oaie]|e\s+un\s+prestito)\b",
    "pt": r"\bnao\s+(?:emprestad[oa]s?|de\s+emprestimo|e\s+emprestimo)\b",
}
# the writer's own use of it over: "I won't be playing again", "yo ya no voy a tocar"
_USE_OVER = {
    "en": r"\bi\s+(?:won'?t|will\s+not|don'?t|do\s+not|'?m\s+not\s+going\s+to)\s+(?:be\s+)?"
    r"(?:play|ride|use|need|wear|drive)\w*\s+(?:it\s+|them\s+)?(?:any\s*more|again)\b",
    "de": r"\bich\s+(?:spiel|spiele|fahr|fahre|brauch|brauche|trag|trage|benutz\w*)\s+"
    r"(?:\w+\s+){0,2}?(?:nimmer|nicht\s+mehr)\b",
    "es": r"\b(?:yo\s+)?ya\s+no\s+(?:l[oa]s?\s+)?(?:voy\s+a\s+(?:tocar|usar|necesitar|montar"
    r"|llevar)|toco|uso|necesito|monto)\b",
    "fr": r"\bje\s+(?:n'?\s*)?(?:en\s+|la\s+|le\s+|les\s+|l'\s*)?(?:joue|jouerai|utilise|utiliserai"
    r"|porterai|conduirai)\s+plus\b",
    "it": r"\b(?:io\s+)?non\s+(?:l[oaie]\s+|l'\s*)?(?:suono|suonero|uso|usero|portero|guido"
    r"|guidero)\s+piu\b|\bnon\s+mi\s+serv(?:e|ira)\s+piu\b",
    "pt": r"\b(?:eu\s+)?(?:ja\s+)?nao\s+(?:o\s+|a\s+|os\s+|as\s+)?(?:toco|uso|vou\s+(?:tocar|usar"
    r"|precisar))(?:\s+mais)?\b",
}
_GATE = {
    "en": "not lent|not loaned|not borrowed|loan",
    "de": "nicht",
    "es": "no prest|prestamo",
    "fr": "pas pret|en pret|un pret",
    "it": "prestit|prestat",
    "pt": "emprest",
}

RULES: tuple[Rule, ...] = tuple(
    rule(
        f"{lang}_giving_unlent_use_over",
        Category.GIVING_AWAY,
        Severity.CONCERN,
        rf"(?:{_GIVEN[lang]}){SAME_LINE}{{0,80}}?(?:{_NOT_LENT[lang]}){SAME_LINE}{{0,80}}?"
        rf"(?:{_USE_OVER[lang]})",
        inherent=False,
        lang=lang,
        gate=_GATE[lang],
    )
    for lang in LANGS
)

__all__ = ["RULES"]
