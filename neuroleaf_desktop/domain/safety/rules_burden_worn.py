"""The writer as a burden told by what they wear out or cost the people close, in six languages.

Why: ``rules_burden_cost_only`` and ``rules_burden_weight`` read the writer as only a cost or a
weight. Writers also name what it costs the others, or that the others would be freer without
carrying them:

* **better for all if the writer stopped being the problem**: "it's better for everyone if I
  just stop being the problem", "besser für alle, wenn ich aufhöre, das Problem zu sein",
  "mieux pour tout le monde si j'arrêtais d'être le problème", "mejor para todos si dejo de
  ser el problema", "melhor para todos se eu deixar de ser o problema", "meglio per tutti se
  smetto di essere il problema" (not "… the problem at meetings and start listening": a habit
  to change);
* **costing someone their health, sleep or savings**: "I'm costing her her health", "je lui
  coûte sa santé", "le cuesto la salud", "ich koste sie ihre Gesundheit", "custo-lhe a saúde",
  "le costo la salute" (snoring costs a night's sleep and is left alone);
* **someone deserving a partner who does not exhaust them like the writer**: "he deserves
  someone who doesn't wear him out like I do", "il mérite une blonde qui l'épuise pas comme
  moi", "merece a alguien que no lo agote como yo";
* **a lighter life without having to drag the writer along**: "the kids would have a lighter
  life without having to drag me along", "une vie plus légère sans avoir à me traîner", "una
  vida más ligera sin tener que arrastrarme";
* **the writer a pit money is thrown into**: "I'm a sinkhole people keep throwing money into",
  "je suis un gouffre, ils paient tout", "soy un pozo sin fondo, mi madre paga el alquiler"
  (a bottomless pit for chocolate names no money).
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_SENTENCE, Rule, either_order, family

# --- better for all if the writer stopped being the problem ------------------------------------
_STOP_PROBLEM = {
    "en": r"\bbetter\s+for\s+(?:all\s+of\s+them|everyone|everybody|them\s+all|all|them|the\s+family"
    r"|us\s+all)\s+if\s+i\s+(?:just\s+)?(?:stop|stopped)\s+being\s+(?:the|a)\s+(?:problem|burden"
    r"|weight|drag|trouble)\b",
    "de": r"\bbesser\s+fu(?:e)?r\s+(?:alle|sie|die\s+familie)\w*,?\s+wenn\s+ich\s+(?:einfach\s+)?"
    r"(?:aufho(?:e)?re|aufho(?:e)?ren\s+wu(?:e)?rde),?\s+(?:das|ein|eine)\s+(?:problem|last"
    r"|belastung)\s+zu\s+sein\b",
    "fr": r"\bmieux\s+pour\s+(?:tout\s+le\s+monde|tous|eux|la\s+famille)\s+si\s+j'\s*arret(?:e|ais)"
    r"\s+d'\s*etre\s+(?:le|un|une)\s+(?:probleme|poids|fardeau)\b",
    "es": r"\bmejor\s+para\s+(?:todos|ellos|la\s+familia)\s+si\s+(?:dejo|dejara|dejase)\s+de\s+ser"
    r"\s+(?:el|un|una)\s+(?:problema|carga|estorbo)\b",
    "pt": r"\bmelhor\s+para\s+(?:todos|eles|a\s+familia)\s+se\s+(?:eu\s+)?(?:deixar|deixasse)\s+de"
    r"\s+ser\s+(?:o|um|uma)\s+(?:problema|peso|fardo)\b",
    "it": r"\bmeglio\s+per\s+(?:tutti|loro|la\s+famiglia)\s+se\s+(?:smetto|smettessi)\s+di\s+essere"
    r"\s+(?:il|un|una)\s+(?:problema|peso)\b",
}
# a habit to change: "… the problem at meetings and start listening"
_A_HABIT = (
    r"(?!\s+(?:at|in|during|bei|in\s+der|a\s+la|au|en|na|no|nelle|alle|alla)\s+(?:meetings|class"
    r"|work|the\s+office|besprechungen|reunion\w*|reunio\w*|riunion\w*)\b|[^.!?\n]{0,30}\band\s+"
    r"start\b)"
)
# --- costing someone their health, sleep, savings ----------------------------------------------
_COSTING = {
    "en": r"\bi(?:'m|\s+am)?\s+(?:cost(?:ing)?|costs)\s+(?:him|her|them|my\s+\w+)\s+(?:his"
    r"|her|their)"
    r"\s+(?:health|sleep|savings|life|sanity|youth)\b",
    "de": r"\bich\s+koste\s+(?:ihn|sie|ihm|ihr|meine\w*\s+\w+)\s+(?:seine|ihre|die)\s+(?:gesundheit"
    r"|nerven|ersparnisse|jugend|kraft)\b",
    "fr": r"\bje\s+(?:lui|leur)\s+coute\s+(?:sa|leur|ses|son)\s+(?:sante|sommeil|economies|vie"
    r"|jeunesse)\b",
    "es": r"\b(?:le|les)\s+(?:cuesto|estoy\s+costando)\s+(?:la\s+salud|el\s+sueno|los\s+ahorros"
    r"|la\s+vida|la\s+juventud)\b",
    "pt": r"\b(?:custo-lhe|custo-lhes|lhe\s+custo|estou\s+a\s+custar-lhe)\s+(?:a\s+saude|o\s+sono"
    r"|as\s+poupancas|a\s+vida)\b",
    "it": r"\b(?:le|gli)\s+costo\s+(?:la\s+salute|il\s+sonno|i\s+risparmi|la\s+vita)\b",
}
_NOT_SNORING = (
    r"(?![^.!?\n]*\b(?:snor\w*|schnarch\w*|ronfl\w*|ronc\w*|ronqu\w*|russ\w*|coffee|kaffee|cafe"
    r"|caffe)\b)"
)
# --- someone deserving a partner who does not exhaust them like the writer ---------------------
_DESERVES = {
    "en": r"\b(?:he|she|they)\s+deserves?\s+(?:someone|somebody|a\s+\w+)\s+(?:who|that)\s+"
    r"(?:doesn'?t|does\s+not|won'?t)\s+(?:exhaust|wear|drain|burden|tire)\w*\s+(?:\w+\s+)?(?:out\s+)?"
    r"like\s+(?:me|i\s+do)\b",
    "de": r"\b(?:er|sie)\s+(?:verdient|ha(?:e)?tte\s+\w+\s+verdient)\s+(?:jemanden|eine\s+\w+"
    r"|einen\s+\w+),?\s+(?:der|die)\s+(?:ihn|sie)\s+nicht\s+so\s+(?:fertig\s*macht|auslaugt"
    r"|erscho(?:e)?pft|belastet)\s+wie\s+ich\b",
    "fr": r"\b(?:il|elle)\s+merite\s+(?:quelqu'\s*un|une?\s+\w+)\s+qui\s+(?:ne\s+)?(?:l'\s*"
    r"|les\s+)?"
    r"(?:epuise|fatigue|use)\s+pas\s+comme\s+moi\b",
    "es": r"\bmerece\s+(?:a\s+)?(?:alguien|una?\s+\w+)\s+que\s+no\s+(?:lo|la|le)\s+(?:agote|canse"
    r"|desgaste)\s+como\s+yo\b",
    "pt": r"\bmerece\s+(?:alguem|uma?\s+\w+)\s+que\s+nao\s+(?:o|a)\s+(?:esgote|canse|desgaste)\s+"
    r"como\s+eu\b",
    "it": r"\bmerita\s+(?:qualcuno|una?\s+\w+)\s+che\s+non\s+(?:lo|la)\s+(?:sfinisca|stanchi"
    r"|consumi)\s+come\s+me\b",
}
# --- a lighter life without having to drag the writer along -------------------------------------
_WITHOUT_CARRYING = {
    "en": r"\b(?:lighter|easier|freer|simpler)\s+(?:life|lives|time)\s+without\s+having\s+to\s+"
    r"(?:drag|carry|look\s+after|babysit|worry\s+about|deal\s+with|prop\s+up)\s+me\b",
    "de": r"\b(?:leichter|einfacher)\b" + SAME_SENTENCE + r"{0,30}?\bwenn\s+(?:sie|er)\s+mich\s+"
    r"nicht\s+(?:mehr\s+)?(?:mitschleppen|mitziehen|tragen|ertragen)\s+(?:mu(?:e)?ssten"
    r"|mu(?:e)?sste)\b",
    "fr": r"\bplus\s+(?:legere?s?|facile|simple)s?\s+sans\s+(?:avoir\s+a\s+)?me\s+(?:trainer"
    r"|porter|supporter)\b",
    "es": r"\bmas\s+(?:ligeras?|faciles?|sencillas?|tranquilas?)\s+sin\s+tener\s+que\s+"
    r"(?:arrastrarme|cargar\s+conmigo|cuidarme|aguantarme)\b",
    "pt": r"\bmais\s+(?:leves?|faceis|facil|simples)\s+sem\s+(?:terem|ter)\s+(?:de|que)\s+"
    r"(?:me\s+arrastar|arrastar-me|carregar\s+comigo|me\s+aturar|cuidar\s+de\s+mim)\b",
    "it": r"\bpiu\s+(?:leggera|leggere|facile|semplice)\s+senza\s+(?:dovermi|doversi)\s+"
    r"(?:trascinare|sopportare|portare)\b",
}
# --- the writer a pit money is thrown into ------------------------------------------------------
_PIT = {
    "en": r"\bi'?m\s+(?:a|just\s+a|like\s+a)\s+(?:sinkhole|money\s+pit|bottomless\s+pit"
    r"|black\s+hole"
    r"|drain)\b",
    "de": r"\b(?:ich\s+bin|bin)\s+(?:ein|wie\s+ein)\s+(?:fass\s+ohne\s+boden|geldgrab)\b",
    "fr": r"\bje\s+suis\s+(?:un|comme\s+un)\s+(?:gouffre|puits\s+sans\s+fond"
    r"|tonneau\s+des\s+danaides)",
    "es": r"\bsoy\s+(?:un|como\s+un)\s+(?:pozo\s+sin\s+fondo|agujero\s+negro|saco\s+roto)\b",
    "pt": r"\bsou\s+(?:um|como\s+um)\s+(?:poco\s+sem\s+fundo|buraco\s+negro|sorvedouro)\b",
    "it": r"\bsono\s+(?:un|come\s+un)\s+(?:pozzo\s+senza\s+fondo|buco\s+nero|colabrodo)\b",
}
_MONEY = {
    "en": r"\b(?:money|rent|bills|cash|paid|pays|paying|covered\s+my)\b",
    "de": r"\b(?:geld|miete|rechnungen|bezahlt|zahlt|zahlen)\b",
    "fr": r"\b(?:argent|loyer|factures|paie|paye|payent|payer|frais)\b",
    "es": r"\b(?:dinero|alquiler|facturas|plata|paga|pagan|pagando|gastos)\b",
    "pt": r"\b(?:dinheiro|renda|contas|paga|pagam|pagar|despesas)\b",
    "it": r"\b(?:soldi|affitto|bollette|paga|pagano|pagare|spese)\b",
}

_NAME = "burden_worn"
RULES: tuple[Rule, ...] = (
    family(
        _NAME,
        "stop_being_the_problem",
        Category.BURDEN,
        Severity.CONCERN,
        {lang: rf"(?:{p}){_A_HABIT}" for lang, p in _STOP_PROBLEM.items()},
        {
            "en": "better",
            "de": "besser",
            "fr": "mieux",
            "es": "mejor",
            "pt": "melhor",
            "it": "meglio",
        },
    )
    + family(
        _NAME,
        "costing_them",
        Category.BURDEN,
        Severity.CONCERN,
        {lang: rf"{_NOT_SNORING}(?:{p})" for lang, p in _COSTING.items()},
        {
            "en": "cost",
            "de": "koste",
            "fr": "coute",
            "es": "cuesto|costando",
            "pt": "custo|custar",
            "it": "costo",
        },
    )
    + family(
        _NAME,
        "deserves_unworn",
        Category.BURDEN,
        Severity.CONCERN,
        _DESERVES,
        {
            "en": "deserve",
            "de": "verdient",
            "fr": "merite",
            "es": "merece",
            "pt": "merece",
            "it": "merita",
        },
    )
    + family(
        _NAME,
        "without_carrying",
        Category.BURDEN,
        Severity.CONCERN,
        _WITHOUT_CARRYING,
        {
            "en": "without having",
            "de": "leichter|einfacher",
            "fr": "sans",
            "es": "sin tener",
            "pt": "sem ter",
            "it": "senza dover",
        },
    )
    + family(
        _NAME,
        "money_pit",
        Category.BURDEN,
        Severity.CONCERN,
        {lang: either_order(_PIT[lang], _MONEY[lang], 80) for lang in _PIT},
        {
            "en": "sinkhole|pit|hole|drain",
            "de": "fass|geldgrab",
            "fr": "gouffre|puits|tonneau",
            "es": "pozo|agujero|saco",
            "pt": "poco|buraco|sorvedouro",
            "it": "pozzo|buco|colabrodo",
        },
    )
)

__all__ = ["RULES"]
