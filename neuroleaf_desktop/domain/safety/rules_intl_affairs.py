"""Warning signs told as errands and asides in German, French, Spanish, Portuguese and Italian.

Why: the English families of ``rules_en_affairs`` have the same natural wordings in the other
five languages, and each is written once for all of them:

* a painless method looked up ("schmerzlose Methoden", "méthodes sans douleur", "métodos que
  no duelan", "métodos sem dor", "metodi indolori"), not painless hair removal;
* passwords left "so my sister can see to everything after" ("damit meine Schwester sich um
  alles kümmert", "pour que ma sœur s'occupe de tout"), not while one is away;
* no sense in making plans any more ("je ne vois plus l'intérêt de faire des projets", "ya no
  le veo sentido a hacer planes", "non vedo più il senso di fare progetti");
* the family "would be fine without me" ("ils seraient bien sans moi", "estarían bien sin mí",
  "ficavam bem sem mim", "starebbero bene senza di me"), not for a weekend; "relieved if I
  weren't here" ("todos estarían aliviados si yo no estuviera");
* trapped with no way out ("ich sitze in der Falle", "atrapada y no veo salida"), pain no
  longer borne ("já não aguento esta dor", "il dolore è troppo, non riesco ad andare avanti");
* feeling superfluous ("je me sens de trop", "ich fühle mich überflüssig", "mi sento di troppo").

Text is case- and accent-folded first. Every rule has a ``gate``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, rule

_GM, _GB, _NF, _BU, _TP = (
    Category.GETTING_MEANS,
    Category.GOODBYES,
    Category.NO_FUTURE,
    Category.BURDEN,
    Category.TRAPPED_PAIN,
)
_URG, _CON = Severity.URGENT, Severity.CONCERN
_LANGS = ("de", "fr", "es", "pt", "it")

# "for" a thing other than dying ("metodi indolori per la depilazione") is not a method.
_NOT_FOR_OTHER = (
    r"(?!\s+(?:per|para|pour|fur|fuer|zum|zur|de|di|da)\s+(?!(?:morir|mourir|morrer|morire"
    r"|sterben|suicid\w*|me\s+tuer|matarme|me\s+matar|uccidermi)\b))"
)
_PAINLESS = {
    "de": r"\bschmerzlos\w*\s+(?:methoden?|arten?|wege?|moglichkeit\w*|moeglichkeit\w*)\b"
    r"|\bmethoden?,?\s+(?:die|ohne)\s+(?:nicht\s+weh\s*tu\w*|schmerz\w*)",
    "fr": r"\b(?:methodes?|moyens?|facons?)\s+(?:sans\s+douleur|indolores?|de\s+partir\s+sans"
    r"\s+souffrir)\b",
    "es": r"\b(?:metodos?|formas?|maneras?)\s+(?:sin\s+dolor|indoloras?|que\s+no\s+duel\w+)\b",
    "pt": r"\b(?:metodos?|formas?|maneiras?)\s+(?:sem\s+dor|indolores?|que\s+nao\s+doam?)\b",
    "it": r"\b(?:metodi|metodo|modi|modo)\s+(?:indolor[ei]|senza\s+dolore|che\s+non\s+fanno"
    r"\s+male)\b",
}
_PAINLESS_GATE = {
    "de": r"schmerz|weh",
    "fr": r"douleur|indolore|souffrir",
    "es": r"dolor|indolor|duel",
    "pt": r"dor|indolor|doa|doi",
    "it": r"indolor|dolore|male",
}
# Passwords left so someone "sees to everything" (not while the writer is away).
_NOT_WHILE_AWAY = r"(?![^.!?\n]{0,40}\b(?:wahrend|waehrend|pendant|mientras|enquanto|mentre)\b)"
_PASSWORDS = {
    "de": r"\bpassw(?:o|oe)rter?\b[^.!?\n]{0,50}?\bdamit\s+(?:\w+\s+){0,3}?(?:sich\s+um\s+alles"
    r"|alles\s+(?:findet|regeln|regelt|erledig\w*)|zugriff)",
    "fr": r"\bmots\s+de\s+passe\b[^.!?\n]{0,50}?\bpour\s+que\s+(?:\w+\s+){0,3}?(?:s'?occupe|trouve"
    r"|ait\s+acces|puisse\s+(?:tout\s+)?(?:gerer|regler))",
    "es": r"\bcontrasenas\b[^.!?\n]{0,50}?\bpara\s+que\s+(?:\w+\s+){0,3}?(?:se\s+encargue|encuentre"
    r"|tenga\s+acceso|se\s+ocupe|pueda\s+(?:gestionar|arreglar))",
    "pt": r"\b(?:senhas|palavras-passe|passwords)\b[^.!?\n]{0,50}?\bpara\s+(?:que\s+)?"
    r"(?:\w+\s+){0,4}?(?:tratar|trate|encontrar|encontre|ter\s+acesso|se\s+ocupar|resolver)\b",
    "it": r"\bpassword\b[^.!?\n]{0,50}?\b(?:cosi|perche|in\s+modo\s+che)\s+(?:\w+\s+){0,3}?"
    r"(?:possa\s+|potra\s+)?(?:occupar\w*|trov\w*|accedere|pensare|sistemare)",
}
_PASSWORD_GATE = {
    "de": r"passw",
    "fr": r"mots\s+de\s+passe",
    "es": r"contrasena",
    "pt": r"senha|palavras-passe|password",
    "it": r"password",
}
# No sense in making plans any more.
_NO_PLANS = {
    "de": r"\bkeinen\s+sinn\s+mehr,?\s+(?:darin,?\s+)?(?:plane|plaene)\s+zu\s+"
    r"(?:machen|schmieden)\b",
    "fr": r"\bne\s+vois\s+(?:plus|pas)\s+(?:l'?\s*interet|le\s+sens|a\s+quoi\s+bon)\s+(?:de|d')\s*"
    r"(?:faire\s+des\s+projets|(?:faire\s+des\s+)?plans|prevoir\s+quoi\s+que\s+ce\s+soit)\b",
    "es": r"\bno\s+(?:le\s+)?veo\s+(?:el\s+)?sentido\s+(?:a|en)\s+(?:hacer\s+planes|planear\s+nada"
    r"|pensar\s+en\s+el\s+futuro)\b",
    "pt": r"\bnao\s+vejo\s+(?:o\s+)?sentido\s+(?:em|de)\s+(?:fazer\s+planos|planear\s+nada"
    r"|planejar\s+nada|pensar\s+no\s+futuro)\b",
    "it": r"\bnon\s+vedo\s+(?:piu\s+)?(?:il\s+)?senso\s+(?:di|nel)\s+(?:fare\s+progetti"
    r"|fare\s+piani|pensare\s+al\s+futuro)\b",
}
_NO_PLANS_GATE = {"de": "sinn", "fr": "vois", "es": "sentido", "pt": "sentido", "it": "senso"}
_NOT_A_SPELL = (
    r"(?![^.!?\n]{0,30}\b(?:ce\s+week|pendant|cette\s+semaine|quelques\s+jours|ce\s+soir|este\s+fin"
    r"|unos\s+dias|durante|esta\s+semana|esta\s+noche|fim\s+de\s+semana|uns\s+dias|hoje|questo"
    r"\s+fine|qualche\s+giorno|stasera|oggi|per\s+(?:un|qualche)))"
)
_FINE_WITHOUT_ME = {
    "de": r"\bohne\s+mich\s+(?:waren|waeren|ginge\s+es)\s+(?:sie|ihnen|allen|euch)\s+"
    r"(?:gut|prima|besser)\s+(?:dran)?",
    "fr": r"\b(?:seraient|serait|seront)\s+(?:tres\s+)?bien\s+sans\s+moi\b" + _NOT_A_SPELL,
    "es": r"\b(?:estarian|estaria|estaran)\s+(?:muy\s+)?bien\s+sin\s+mi\b" + _NOT_A_SPELL,
    "pt": r"\b(?:ficavam|ficariam|ficaria|estariam)\s+(?:muito\s+)?bem\s+sem\s+mim\b"
    + _NOT_A_SPELL,
    "it": r"\b(?:starebbero|starebbe|staranno)\s+(?:benissimo|bene)\s+senza\s+di\s+me\b"
    + _NOT_A_SPELL,
}
_FINE_GATE = {"de": "ohne\\s+mich", "fr": "sans\\s+moi", "es": "sin\\s+mi", "pt": "sem\\s+mim",
              "it": "senza\\s+di\\s+me"}  # fmt: skip

# Relief if I were not here ("todos estarían aliviados si yo no estuviera").
_RELIEVED = {
    "de": r"\berleichtert,?\s+wenn\s+ich\s+(?:weg|nicht\s+mehr\s+da|tot)\s+(?:ware|waere)\b",
    "fr": r"\bsoulage(?:e|s|es)?\s+si\s+je\s+n'?\s*(?:etais|existais)\s+plus\b",
    "es": r"\baliviad[oa]s?\s+si\s+(?:yo\s+)?no\s+(?:estuviera|estuviese|existiera)\b",
    "pt": r"\baliviad[oa]s?\s+se\s+(?:eu\s+)?(?:ja\s+)?nao\s+(?:estivesse|existisse)\b",
    "it": r"\bsollevat[oaie]\s+se\s+(?:io\s+)?non\s+ci\s+fossi\b",
}
_RELIEVED_GATE = {"de": "erleichtert", "fr": "soulag", "es": "aliviad", "pt": "aliviad",
                  "it": "sollevat"}  # fmt: skip
# "Nothing but a burden", said with "only": "je ne suis qu'un poids", "no soy más que una
# carga", "não sou mais do que um fardo", "non sono che un peso".
_ONLY_A_BURDEN = {
    "de": r"\bbin\s+(?:doch\s+)?nur\s+(?:noch\s+)?(?:eine?\s+)?(?:last|belastung"
    r"|klotz\s+am\s+bein)\b",
    "fr": r"\bje\s+ne\s+suis\s+qu'?\s*(?:un|une)\s+(?:poids|fardeau|charge|boulet|probleme)\b",
    "es": r"\bno\s+soy\s+(?:mas\s+que|sino)\s+(?:una?\s+)?(?:carga|estorbo|problema|peso)\b",
    "pt": r"\bnao\s+sou\s+mais\s+(?:do\s+)?que\s+(?:um|uma)\s+(?:fardo|peso|estorvo|problema)\b",
    "it": r"\bnon\s+sono\s+(?:altro\s+)?che\s+(?:un|una|un')\s*(?:peso|fardello|problema)\b",
}
_ONLY_GATE = {"de": "nur", "fr": "qu", "es": "mas\\s+que|sino", "pt": "que", "it": "che"}
# Trapped with no way out, pain no longer borne (the shapes the per-language rules lacked).
_TRAPPED = {
    "de": r"\bsitze\s+in\s+der\s+falle\b|\bkomme?\s+(?:ich\s+)?(?:hier\s+)?nicht\s+mehr\s+raus\b",
    "fr": r"\bje\s+suis\s+pieg(?:e|ee)\b[^.!?\n]{0,30}?\b(?:sortie|issue)\b",
    "es": r"\batrapad[oa]\b[^.!?\n]{0,30}?\bno\s+veo\s+(?:ninguna\s+)?salida\b",
    "pt": r"\bnao\s+aguento\s+(?:mais\s+)?(?:esta|essa|a)\s+dor\b(?!\s+(?:de|nas?|nos?)\s+"
    r"(?:dentes?|cabeca|costas|barriga|ouvidos?|garganta|joelhos?|pernas?|pes))",
    "it": r"\bin\s+trappola\b[^.!?\n]{0,30}?\bnon\s+vedo\s+(?:nessuna\s+)?via\s+d'?\s*uscita\b",
}
_TRAPPED_GATE = {"de": "falle|raus", "fr": "piege", "es": "salida", "pt": "aguento",
                 "it": "uscita"}  # fmt: skip

_END = r"(?=\s*(?:$|[.!?,;:)\"\n]))"
# Feeling superfluous, the clause ending there ("je me sens de trop", not "de trop dans ce
# groupe").
_SUPERFLUOUS = {
    "de": r"\bf(?:u|ue)hle\s+(?:ich\s+)?mich\s+(?:so\s+|total\s+|einfach\s+)?"
    r"(?:uberflussig|ueberfluessig)" + _END,
    "fr": r"\bje\s+me\s+sens\s+(?:tellement\s+|vraiment\s+)?de\s+trop" + _END,
    "es": r"\bme\s+siento\s+(?:tan\s+)?(?:de\s+mas|sobrando)" + _END,
    "pt": r"\b(?:sinto-me|me\s+sinto)\s+(?:tao\s+)?a\s+mais(?:\s+no\s+mundo)?" + _END,
    "it": r"\bmi\s+sento\s+(?:cosi\s+)?(?:di\s+troppo|superflu[oa])" + _END,
}
_SUPERFLUOUS_GATE = {"de": "flussig|fluessig", "fr": "trop", "es": "mas|sobrando", "pt": "mais",
                     "it": "troppo|superflu"}  # fmt: skip
# Pain too great to go on, the clause ending on going on (not "...seguir trabajando").
_PAIN_CANT_GO_ON = {
    "de": r"\bschmerz\w*\b[^.!?\n]{0,30}?\bkann\s+(?:einfach\s+)?nicht\s+mehr\s+weiter" + _END,
    "fr": r"\bdouleur\b[^.!?\n]{0,30}?\bje\s+ne\s+peux\s+plus\s+(?:continuer|avancer)" + _END,
    "es": r"\bdolor\b[^.!?\n]{0,30}?\bno\s+puedo\s+(?:seguir|continuar|mas)"
    + _END
    + r"|\bya\s+no\s+puedo\s+(?:seguir\s+)?vivir\s+(?:asi|con\s+esto)"
    + _END,
    "pt": r"\bdor\b[^.!?\n]{0,30}?\b(?:ja\s+)?nao\s+consigo\s+(?:continuar|seguir|aguentar)" + _END,
    "it": r"\bdolore\b[^.!?\n]{0,30}?\bnon\s+(?:riesco|ce\s+la\s+faccio)\s+(?:ad?\s+)?"
    r"(?:andare\s+avanti|continuare)" + _END,
}
_PAIN_GATE = {"de": "schmerz", "fr": "douleur", "es": "dolor|vivir", "pt": "dor", "it": "dolore"}


def _families(lang: str) -> tuple[Rule, ...]:
    return (
        rule(
            f"{lang}_af_painless_method",
            _GM,
            _URG,
            rf"(?:{_PAINLESS[lang]}){_NOT_FOR_OTHER}",
            inherent=True,
            lang=lang,
            gate=_PAINLESS_GATE[lang],
        ),
        rule(
            f"{lang}_af_passwords_for_after",
            _GB,
            _CON,
            _PASSWORDS[lang] + _NOT_WHILE_AWAY,
            inherent=True,
            lang=lang,
            gate=_PASSWORD_GATE[lang],
        ),
        rule(
            f"{lang}_af_no_sense_in_plans",
            _NF,
            _CON,
            # (not plans *with* someone: "hacer planes con él, siempre los cancela")
            _NO_PLANS[lang] + r"(?!\s+(?:mit|avec|con|com|para|pour|per|si|se|wenn|quand|cuando"
            r"|quando)\b)",
            inherent=True,
            lang=lang,
            gate=_NO_PLANS_GATE[lang],
        ),
        rule(
            f"{lang}_af_relieved_if_gone",
            _BU,
            _CON,
            _RELIEVED[lang],
            inherent=True,
            lang=lang,
            gate=_RELIEVED_GATE[lang],
        ),
        rule(
            f"{lang}_af_only_a_burden",
            _BU,
            _CON,
            _ONLY_A_BURDEN[lang],
            inherent=True,
            lang=lang,
            gate=_ONLY_GATE[lang],
        ),
        rule(
            f"{lang}_af_superfluous",
            _BU,
            _CON,
            _SUPERFLUOUS[lang],
            inherent=True,
            lang=lang,
            gate=_SUPERFLUOUS_GATE[lang],
        ),
        rule(
            f"{lang}_af_pain_cant_go_on",
            _TP,
            _CON,
            _PAIN_CANT_GO_ON[lang],
            inherent=True,
            lang=lang,
            gate=_PAIN_GATE[lang],
        ),
        rule(
            f"{lang}_af_trapped",
            _TP,
            _CON,
            _TRAPPED[lang],
            inherent=True,
            lang=lang,
            gate=_TRAPPED_GATE[lang],
        ),
        rule(
            f"{lang}_af_fine_without_me",
            _BU,
            _CON,
            _FINE_WITHOUT_ME[lang],
            inherent=True,
            lang=lang,
            gate=_FINE_GATE[lang],
        ),
    )


RULES: tuple[Rule, ...] = tuple(r for lang in _LANGS for r in _families(lang))
