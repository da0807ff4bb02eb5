"""The wish not to wake told by the eyes: hoping or praying not to open them again, or to close
them and not reopen them, in six languages.

Why: the wish not to wake was read when it names waking, the morning or the alarm
(``rules_dawn_unseen``); writers also say it by their eyes: "i lie there hoping i dont open my
eyes again", "prego di chiudere gli occhi e basta, senza riaprirli", "ich hoffe, die Augen
nicht mehr aufzumachen", "j'espère ne plus rouvrir les yeux", "rezo para no volver a abrir los
ojos", "peço para não abrir mais os olhos". Each form needs the hope or prayer and the eyes not
opened again (not "hoping I don't open my eyes to another bill", where the clause goes on, nor
a time they will open at: "until noon", "fino a domattina"); eyes closed for surgery, drops or
an operation are the body's care, not a wish.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_S = r"[^.!?\n]"
# eyes kept shut for the body's care: surgery, drops, an operation, an anaesthetic
_NOT_CARE = (
    rf"(?!{_S}*\b(?:surgery|operation|drops|anaesthe\w+|anesthe\w+|op|augentropfen|narkose"
    r"|operation|collyre|chirurgie|gotas|colirio|cirugia|operacion|anestesia|cirurgia|operacao"
    r"|collirio|operazione|intervento)\b)"
)
# what follows "again" may not go on to a time or a thing: "until noon", "to another bill"
_ENDS = r"(?!\s+(?:until|till|before|to|for|hasta|ate|jusqu|bis|fino|prima|antes|avant|vor)\b)"
_HOPE = {
    "en": r"hop(?:e|es|ing)|pray\w*|wish\w*",
    "de": r"hoff\w*|bet(?:e|en)?|wu(?:e)?nsch\w*",
    "fr": r"esper\w*|pri(?:e|ant)|souhait\w*",
    "es": r"rezo|rezando|ruego|pido|espero|esperando|ojala|deseo|quisiera",
    "pt": r"rezo|rezando|peco|espero|esperando|oxala|tomara|desejo",
    "it": r"prego|pregando|spero|sperando|vorrei",
}
_UNOPENED = {
    "en": r"\bi\s+(?:don'?t|dont|won'?t|wont|never|do\s+not|will\s+not"
    r"|wouldn'?t)\s+(?:have\s+to\s+)?"
    r"open\s+my\s+eyes\s+(?:ever\s+)?(?:again|any\s*more)\b"
    r"|\bclose\s+my\s+eyes\s+(?:and|without)\s+(?:never\s+)?(?:open(?:ing)?|reopen(?:ing)?)\s+them"
    r"(?:\s+(?:again|ever\s+again|any\s*more))?\b",
    "de": r"\bdie\s+augen\s+(?:nicht\s+mehr|nie\s+mehr|nimmer|nie\s+wieder)\s+(?:aufzumachen"
    r"|aufzuschlagen|zu\s+o(?:e)?ffnen|aufmach\w*|o(?:e)?ffne\w*|aufschlag\w*)\b",
    "fr": r"\bne\s+(?:plus\s+(?:jamais\s+)?|jamais\s+plus\s+)(?:r?ouvrir|rouvre"
    r"|ouvre)\s+les\s+yeux\b"
    r"|\bfermer\s+les\s+yeux\s+(?:et\s+ne\s+plus|sans\s+(?:jamais\s+)?)\s*les\s+rouvrir\b",
    "es": r"\bno\s+(?:volver\s+a\s+abrir|abrir\s+(?:nunca\s+)?mas"
    r"|abra\s+(?:nunca\s+)?mas)\s+los\s+ojos"
    r"\b|\bno\s+(?:abrir|abra)\s+los\s+ojos\s+(?:nunca\s+)?mas\b"
    r"|\bcerrar\s+los\s+ojos\s+(?:y\s+no\s+(?:volver\s+a\s+)?abrirlos|sin\s+(?:volver\s+a\s+)?"
    r"abrirlos)\b",
    "pt": r"\bnao\s+(?:voltar\s+a\s+abrir|abrir\s+mais|abra\s+mais)\s+os\s+olhos\b"
    r"|\bfechar\s+os\s+olhos\s+(?:e\s+nao\s+(?:os\s+)?(?:voltar\s+a\s+)?abri-?los|sem\s+(?:os\s+)?"
    r"(?:voltar\s+a\s+)?abri-?los)\b",
    "it": r"\bnon\s+riaprire\s+(?:piu\s+)?gli\s+occhi\b"
    r"|\bchiudere\s+gli\s+occhi\s+(?:e\s+basta,?\s+)?(?:senza\s+(?:piu\s+)?riaprirli|e\s+non\s+"
    r"riaprirli)\b",
}
_EYES = {
    lang: rf"(?:^|(?<=[.!?\n])){_NOT_CARE}{_S}*?\b(?:{_HOPE[lang]})\b{_S}{{0,40}}?"
    rf"(?:{_UNOPENED[lang]}){_ENDS}"
    for lang in _HOPE
}

RULES: tuple[Rule, ...] = family(
    "eyes",
    "unopened",
    Category.DEATH_WISH,
    Severity.CONCERN,
    _EYES,
    {
        "en": "eyes",
        "de": "augen",
        "fr": "yeux",
        "es": "ojos",
        "pt": "olhos",
        "it": "occhi",
    },
    inherent=True,
)

__all__ = ["RULES"]
