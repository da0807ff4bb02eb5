"""Burden told by what someone close gave up to pay the writer's debts, in six languages.

Why: a writer who feels a burden often says it through the other's sacrifice, not through the
word "burden": "Dad's put off his hip op so he can keep driving the cab to cover my debts", "mio
padre ha rinunciato alla pensione anticipata per pagare i miei debiti", "mi madre vendió su
coche para pagar mis deudas", "ma mère a vendu sa voiture pour rembourser mes dettes",
"a minha mãe adiou a reforma para pagar as minhas dívidas", "Papa hat auf seine Rente
verzichtet, um meine Schulden zu bezahlen". Two parts in one sentence: something given up,
sold or put off by someone else (not "I sold my bike"), and the writer's debts paid with it.
A loan to be paid back ("I'll pay him back", "te lo devolveré") is a plan between equals and
is left alone.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_IN = r"[^.!?\n]"
_PAID_BACK = (
    r"(?![^.!?\n]*\b(?:pay\s+(?:him|her|them)\s+back|paid\s+(?:him|her|them)\s+back|devolver\w*"
    r"|devolvere|rembourserai|lui\s+rendrai|pagarei|restituir\w*|restituiro|zuru(?:e)?ckzahl\w*)\b)"
)
_SACRIFICE = {
    "en": r"(?<!\bi\s)(?<!\bi've\s)(?<!\bive\s)(?<!\bi\shave\s)\b(?:put\s+off|gave\s+up"
    r"|given\s+up|postponed|sold|cancel(?:l)?ed|skipped|cashed\s+in)\b"
    + _IN
    + r"{0,70}?\b(?:to|so\s+(?:he|she|they)\s+can)\b"
    + _IN
    + r"{0,40}?\b(?:pay|cover|clear)\s+(?:off\s+)?my\s+debts?\b",
    "it": r"(?<!\bho\s)\b(?:rinunciato|venduto|rimandato)\b"
    + _IN
    + r"{0,70}?\bper\s+pagare\s+i\s+miei\s+debiti\b",
    "es": r"\b(?:renuncio|renunciado|vendio|vendido|aplazo|aplazado)\b"
    + _IN
    + r"{0,70}?\bpara\s+pagar\s+mis\s+deudas\b",
    "fr": r"(?<!j'ai\s)\b(?:renonce|vendu|repousse|lache)\b"
    + _IN
    + r"{0,70}?\bpour\s+(?:payer|rembourser)\s+mes\s+dettes\b",
    "pt": r"\b(?:desistiu|vendeu|adiou|abdicou|abriu\s+mao)\b"
    + _IN
    + r"{0,70}?\bpara\s+pagar\s+as\s+minhas\s+dividas\b",
    "de": r"\b(?:hat|haben)\b"
    + _IN
    + r"{0,50}?\b(?:verzichtet|verkauft|verschoben|aufgegeben)\b"
    + _IN
    + r"{0,40}?\bum\s+meine\s+schulden\s+zu\s+(?:bezahlen|begleichen|tilgen)\b",
}

RULES: tuple[Rule, ...] = family(
    "burden",
    "debts_paid_by_sacrifice",
    Category.BURDEN,
    Severity.CONCERN,
    {lang: rf"{_PAID_BACK}(?:{p})" for lang, p in _SACRIFICE.items()},
    {
        "en": "debt",
        "it": "debiti",
        "es": "deudas",
        "fr": "dettes",
        "pt": "dividas",
        "de": "schulden",
    },
)

__all__ = ["RULES"]
