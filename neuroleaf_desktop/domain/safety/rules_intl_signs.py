"""The commonest ways of writing each warning sign in Spanish, German, French, Portuguese and
Italian: a second pass over journal wording, one rule per sign and language.

Why a second module: ``rules_intl_journal`` holds the first pass (metaphors, the sign in a long
sentence); this one holds the ideas that came up when the same diary sentences were written in
every language - suffocating, "can't go on like this", lost all hope, "better without a mother
like me", "like a goodbye", "when I'm no longer here", a weapon and using it, the highest
bridge, scratching until it bleeds, "better to be dead", "I already know how". Text is
accent-folded before matching, so patterns are written without accents.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, rule
from neuroleaf_desktop.domain.safety.rules_core_signs import no_handing_on_reason
from neuroleaf_desktop.domain.safety.rules_intl_journal import MEDS

_SI, _PM, _DW = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD, Category.DEATH_WISH
_TP, _NF, _BU = Category.TRAPPED_PAIN, Category.NO_FUTURE, Category.BURDEN
_GB, _GA, _GM = Category.GOODBYES, Category.GIVING_AWAY, Category.GETTING_MEANS
_SH = Category.SELF_HARM
_URG, _CON = Severity.URGENT, Severity.CONCERN

_es = partial(rule, lang="es", inherent=True)
_de = partial(rule, lang="de", inherent=True)
_fr = partial(rule, lang="fr", inherent=True)
_pt = partial(rule, lang="pt", inherent=True)
_it = partial(rule, lang="it", inherent=True)

_WHEN_GONE = {
    "es": r"cuando\s+(?:yo\s+)?ya\s+no\s+este(?:\s+(?:aqui|mas))?(?=\s*(?:$|[.!?,;:]))",
    "de": r"wenn\s+ich\s+(?:mal\s+)?(?:nicht\s+mehr\s+(?:da|hier)|tot)\s+bin\b",
    "fr": r"quand\s+je\s+(?:ne\s+)?serai\s+plus\s+(?:la|ici)\b",
    "pt": r"quando\s+eu\s+nao\s+estiver\s+mais\s+aqui\b",
    "it": r"quando\s+non\s+ci\s+saro(?:\s+piu)?(?=\s*(?:$|[.!?,;:]))",
}
RULES: tuple[Rule, ...] = (
    _es(
        "es_j2_trapped",
        _TP,
        _CON,
        # (not "me estoy ahogando en deberes": drowning in work)
        r"\bme\s+(?:estoy\s+)?ahog(?:o|ando)\b(?!\s+(?:en|con|de)\s+(?:deberes|trabajo|tareas"
        r"|papeles|emails|correos|examenes|facturas|deudas|calor|ropa|platos))|\bno\s+puedo\s+seguir\s+(?:asi|mas|adelante)\b"
        r"|\b(?:harta|harto|cansad[oa])\s+de\s+sufrir\b"
        r"|\b(?:esto|el\s+dolor|este\s+dolor|el\s+sufrimiento)\s+no\s+(?:se\s+)?(?:acaba|termina|para)"
        r"\s+nunca\b|\bnunca\s+se\s+acaba\b",
    ),
    _de(
        "de_j2_trapped",
        _TP,
        _CON,
        r"\bich\s+ersticke\b(?!\s+(?:in|an)\s+(?:arbeit|mails|e-mails|papierkram|wasche))|\bso\s+kann\s+ich\s+nicht\s+(?:mehr\s+)?weiter(?:machen|leben)?\b"
        r"|\bkann\s+(?:so\s+)?nicht\s+mehr\s+weiter(?:machen)?\b|\b(?:leid|satt|mude)\s+zu\s+leiden\b"
        r"|\b(?:es|der\s+schmerz)\s+hort\s+nie\s+auf\b",
    ),
    _fr(
        "fr_j2_trapped",
        _TP,
        _CON,
        r"\bj'?etouffe\b|\bje\s+suffoque\b"
        r"|\b(?:je\s+)?(?:ne\s+)?peux\s+(?:pas|plus)\s+continuer\s+(?:comme\s+ca|ainsi)\b"
        r"|\bmarre\s+de\s+souffrir\b|\b(?:ca|la\s+douleur)\s+(?:ne\s+)?(?:s'?\s*)?arrete\s+jamais\b",
    ),
    _pt(
        "pt_j2_trapped",
        _TP,
        _CON,
        r"\b(?:to|estou)\s+sufocando\b|\bme\s+sinto\s+sufocad[oa]\b"
        r"|\bnao\s+(?:consigo|posso|aguento)\s+(?:mais\s+)?continuar\s+assim\b"
        r"|\bcans(?:ei|ad[oa])\s+de\s+sofrer\b"
        r"|\b(?:isso|essa\s+dor|a\s+dor|o\s+sofrimento)\s+nunca\s+(?:acaba|passa|termina)\b",
    ),
    _it(
        "it_j2_trapped",
        _TP,
        _CON,
        r"\bsoffoco\b|\bsto\s+soffocando\b"
        r"|\bnon\s+(?:posso|riesco\s+ad?)\s+andare\s+avanti\s+cosi\b|\bstanc[oa]\s+di\s+soffrire\b"
        r"|\b(?:soffrire|dolore|sofferenza)\b.{0,30}\bnon\s+finisce\s+mai\b",
    ),
    _es(
        "es_j2_no_future",
        _NF,
        _CON,
        r"\bnada\s+me\s+importa\b(?!\s+mas\s+que)|\btodo\s+me\s+da\s+igual\b"
        r"|\b(?:he\s+)?perdido\s+(?:toda\s+(?:la\s+)?)?(?:esperanza|ilusion)\b(?!\s+(?:de|d'|di|em|que)\b)",
    ),
    _de(
        "de_j2_no_future",
        _NF,
        _CON,
        r"\b(?:jede|alle)\s+hoffnung\s+verloren\b"
        r"|\b(?:ich\s+bin|fuhle?\s+mich|fuehle?\s+mich)\s+(?:so\s+|total\s+|vollig\s+)?hoffnungslos\b"
        r"|\bda\s+(?:wird|kommt)\s+nichts\s+mehr\b",
    ),
    _fr(
        "fr_j2_no_future",
        _NF,
        _CON,
        r"\b(?:je\s+)?(?:ne\s+)?vois\s+(?:pas|aucun|plus)\s+(?:d'?)?avenir\b|\bperdu\s+(?:tout\s+)?espoir\b(?!\s+(?:de|d'|di|em|que)\b)"
        r"|\bplus\s+rien\s+n'?a\s+de\s+sens\b|\bplus\s+rien\s+(?:ne\s+)?compte\b(?!\s+(?:a\s+part|sauf|que))",
    ),
    _pt(
        "pt_j2_no_future",
        _NF,
        _CON,
        r"\bnada\s+mais\s+(?:importa|faz\s+sentido)\b(?!\s+(?:do\s+)?que)|\bperdi\s+(?:toda\s+a\s+)?esperanca\b(?!\s+(?:de|d'|di|em|que)\b)"
        r"|\bnao\s+vejo\s+(?:nenhum\s+)?futuro\b",
    ),
    _it(
        "it_j2_no_future",
        _NF,
        _CON,
        r"\bniente\s+ha\s+piu\s+(?:importanza|senso)\b|\bperso\s+ogni\s+speranza\b(?!\s+(?:de|d'|di|em|que)\b)"
        r"|\bnon\s+vedo\s+(?:un|nessun)\s+futuro\b",
    ),
    _es(
        "es_j2_burden",
        _BU,
        _CON,
        r"\b(?:solo\s+)?(?:les\s+)?causo\s+problemas\b|\bsolo\s+doy\s+problemas\b"
        r"|\bmejor(?:es)?\s+sin\s+(?:una?\s+)?\w+\s+como\s+yo\b"
        r"|\bsi\s+(?:me\s+muero|me\s+muriera|desapareciera|ya\s+no\s+estuviera)\b.{0,20}\bnadie\b"
        r"|\bnadie\s+me\s+echaria\s+de\s+menos\b",
    ),
    _de(
        "de_j2_burden",
        _BU,
        _CON,
        r"\b(?:mache|bereite)\s+(?:allen|jedem)\s+(?:nur\s+)?(?:probleme|arger|aerger|sorgen|kummer)\b"
        r"|\b(?:falle|bin)\s+(?:allen|jedem)\s+(?:nur\s+)?zur\s+last\b"
        r"|\b(?:wurde|wuerde)\s+(?:keinem|niemandem)\s+auffallen\s+wenn\s+ich\s+(?:weg|tot|nicht\s+mehr\s+da)"
        r"|\bniemand\s+(?:wurde|wuerde)\s+mich\s+vermissen\b|\bohne\s+(?:eine?n?\s+)?\w+\s+wie\s+mich\b",
    ),
    _fr(
        "fr_j2_burden",
        _BU,
        _CON,
        r"\bje\s+(?:ne\s+)?cause\s+(?:que\s+)?des\s+(?:problemes|soucis)\b"
        r"|\bmieux\s+sans\s+(?:une?\s+)?\w+\s+comme\s+moi\b"
        r"|\bsi\s+je\s+(?:mourais|disparaissais)\b.{0,20}\bpersonne\b",
    ),
    _pt(
        "pt_j2_burden",
        _BU,
        _CON,
        r"\bso\s+causo\s+problemas?\b|\bmelhor(?:es)?\s+sem\s+(?:uma?\s+)?\w+\s+como\s+eu\b"
        r"|\bse\s+eu\s+(?:morresse|sumisse)\b.{0,20}\bninguem\b",
    ),
    _it(
        "it_j2_burden",
        _BU,
        _CON,
        r"\b(?:creo|do|causo)\s+solo\s+problemi\b|\bmeglio\s+senza\s+(?:una?\s+)?\w+\s+come\s+me\b"
        r"|\bse\s+(?:morissi|sparissi)\b.{0,20}\bnessuno\b",
    ),
    _es(
        "es_j2_goodbyes",
        _GB,
        _CON,
        r"\bcomo\s+(?:una\s+)?despedida\b(?!\s+de\s+solter[oa])|\b" + _WHEN_GONE["es"],
    ),
    _de("de_j2_goodbyes", _GB, _CON, r"\bwie\s+(?:zum|ein)\s+abschied\b|\b" + _WHEN_GONE["de"]),
    _fr("fr_j2_goodbyes", _GB, _CON, r"\bcomme\s+un\s+adieu\b|\b" + _WHEN_GONE["fr"]),
    _pt("pt_j2_goodbyes", _GB, _CON, r"\b(?:tipo|como)\s+uma\s+despedida\b|\b" + _WHEN_GONE["pt"]),
    _it("it_j2_goodbyes", _GB, _CON, r"\bcome\s+un\s+addio\b|\b" + _WHEN_GONE["it"]),
    _es(
        "es_j2_giving",
        _GA,
        _CON,
        r"\b(?:regalando|regale|dando|di|doy|repartiendo|reparti)\s+(?:todas\s+)?mis\s+cosas\b",
    ),
    _de(
        "de_j2_giving",
        _GA,
        _CON,
        r"\bverschenke?\w*\s+(?:gerade\s+)?(?:alle\s+)?meine\s+(?:lieblings\w+|sachen)\b"
        r"|\b(?:lieblings\w+|alle\s+meine\s+sachen)\s+verschenkt\b",
    ),
    _fr(
        "fr_j2_giving",
        _GA,
        _CON,
        r"\b(?:donne|offre|donner)\s+(?:toutes\s+)?mes\s+affaires\b"
        r"|\b(?:donne|offert|laisse)\b"
        + no_handing_on_reason("fr", 110)
        + r".{0,60}\b(?:m'?en\s+servirai\s+plus|l'?utiliserai\s+plus)\b",
    ),
    _pt(
        "pt_j2_giving",
        _GA,
        _CON,
        r"\b(?:dando|dei|doando|doei)\s+(?:todas\s+)?(?:as\s+)?minhas\s+coisas\b"
        r"|\b(?:dei|doei|deixei)\b"
        + no_handing_on_reason("pt", 130)
        + r".{0,80}\bnao\s+vou\s+(?:mais\s+)?(?:usar|precisar)\b",
    ),
    _it(
        "it_j2_giving",
        _GA,
        _CON,
        r"\b(?:regalando|regalato|dando|dato)\s+(?:tutte\s+)?le\s+mie\s+cose\b"
        r"|\b(?:dato|regalato|lasciato)\b"
        + no_handing_on_reason("it", 130)
        + r".{0,80}\bnon\s+(?:lo|la|li|le)\s+usero\s+piu\b",
    ),
    _es(
        "es_j2_means",
        _GM,
        _URG,
        r"\b(?:arma|pistola|escopeta|rifle)\b.{0,40}\b(?:usarla|usarlo)\b"
        rf"|\b(?:guardando|juntando|acumulando)\s+(?:las\s+|mis\s+)?{MEDS['es']}"
        r"|\bcual\s+es\s+el\s+(?:puente|edificio)\s+mas\s+alto\b",
    ),
    _de(
        "de_j2_means",
        _GM,
        _URG,
        r"\b(?:pistole|waffe|gewehr)\b.{0,40}\b(?:benutzen|nutzen|verwenden)\b"
        r"|\bwelche\s+(?:brucke|bruecke|gebaude|gebaeude)\s+am\s+(?:hochsten|hoechsten)\b",
    ),
    _fr(
        "fr_j2_means",
        _GM,
        _URG,
        r"\b(?:arme|pistolet|fusil)\b.{0,40}\b(?:m'?en\s+servir|l'?utiliser)\b"
        rf"|\bde\s+cote\s+(?:mes\s+|des\s+)?{MEDS['fr']}"
        r"|\bquel\s+(?:pont|immeuble)\s+est\s+le\s+plus\s+haut\b",
    ),
    _pt(
        "pt_j2_means",
        _GM,
        _URG,
        r"\b(?:arma|pistola|revolver|espingarda)\b.{0,40}\b(?:usar|usa-?la)\b"
        rf"|\b(?:guardando|juntando|acumulando)\s+(?:os\s+|meus\s+|as\s+)?{MEDS['pt']}"
        r"|\bqual\s+(?:e\s+)?a\s+(?:ponte|predio)\s+mais\s+alt[oa]\b",
    ),
    _it(
        "it_j2_means",
        _GM,
        _URG,
        r"\b(?:pistola|arma|fucile)\b.{0,40}\b(?:usarla|usarlo|usare)\b"
        r"|\b(?:conservando|accumulando|tenendo\s+da\s+parte)\s+(?:i\s+|le\s+|le\s+mie\s+|i\s+miei\s+)?"
        + MEDS["it"]
        + r"|\bqual\s+(?:e\s+)?(?:il\s+)?(?:ponte|palazzo)\s+piu\s+alto\b",
    ),
    _es("es_j2_self_harm", _SH, _CON, r"\bme\s+\w+\b.{0,30}\bhasta\s+sangrar\b"),
    _de(
        "de_j2_self_harm",
        _SH,
        _CON,
        r"\bmir\b.{0,40}\b(?:bis\s+(?:sie|es)\s+(?:geblutet|blutet)|aufgekratzt)\b",
    ),
    _fr("fr_j2_self_harm", _SH, _CON, r"\bme\s+suis\b.{0,30}\bjusqu'?au\s+sang\b"),
    _pt("pt_j2_self_harm", _SH, _CON, r"\b(?:me\s+\w+|meus?\s+bracos?)\b.{0,30}\bate\s+sangrar\b"),
    _it("it_j2_self_harm", _SH, _CON, r"\bmi\s+sono\b.{0,30}\bfino\s+a\s+sanguinare\b"),
    _es("es_j2_dead", _DW, _CON, r"\bmejor\s+estar\s+muert[oa]\b"),
    _de(
        "de_j2_dead",
        _DW,
        _CON,
        r"\bbesser\s+(?:ware\s+(?:es\s+)?|waere\s+(?:es\s+)?)?tot\b|\b(?:ware|waere)\s+(?:lieber\s+)?tot\b"
        r"|\blieber\s+tot\b",
    ),
    # (simpler or easier to be dead, not "mort de rire" or "de fatigue")
    _fr(
        "fr_j2_dead",
        _DW,
        _CON,
        r"\b(?:mieux|plus\s+simple|plus\s+facile)\s+d'?etre\s+morte?\b(?!\s+de\s+(?:rire|fatigue"
        r"|honte|peur|froid|faim|trouille))",
    ),
    _pt("pt_j2_dead", _DW, _CON, r"\bmelhor\s+estar\s+mort[oa]\b"),
    _it(
        "it_j2_dead",
        _DW,
        _CON,
        r"\bmeglio\s+essere\s+mort[oa]\b|\bnon\s+svegliarmi\s+(?:mai\s+)?piu\b",
    ),
    _es(
        "es_j2_plan",
        _PM,
        _URG,
        r"\bya\s+se\s+como\s+(?:lo\s+)?(?:voy\s+a\s+hacer(?:lo)?|lo\s+hare)\b",
    ),
    _de(
        "de_j2_plan",
        _PM,
        _URG,
        r"\bwei(?:ss|ß)\s+(?:schon|genau|jetzt)\s+wie\s+ich\s+es\s+(?:machen|tun)\s+(?:werde|will)(?=\s*(?:$|[.!?,;]))",
    ),
    _fr(
        "fr_j2_plan",
        _PM,
        _URG,
        r"\bsais\s+(?:deja|exactement)\s+comment\s+je\s+vais\s+(?:le\s+)?faire(?=\s*(?:$|[.!?,;]))",
    ),
    _pt("pt_j2_plan", _PM, _URG, r"\bja\s+sei\s+como\s+(?:eu\s+)?vou\s+fazer(?=\s*(?:$|[.!?,;]))"),
    _it(
        "it_j2_plan",
        _PM,
        _URG,
        r"\bso\s+(?:gia|esattamente)\s+come\s+(?:lo\s+faro|farlo)(?=\s*(?:$|[.!?,;]))",
    ),
    # --- third pass: more of the same ideas, in the words people use ---
    _es(
        "es_j3",
        _BU,
        _CON,
        r"\bmejor\s+(?:desaparecer|desaparezco|me\s+muero|morirme)\b"
        r"|\bme\s+siento\s+(?:un\s+|como\s+un\s+)?(?:estorbo|carga|lastre)\b",
    ),
    _de(
        "de_j3",
        _BU,
        _CON,
        r"\bam\s+besten\s+(?:verschwinde\s+ich|ich\s+verschwinde|ware\s+ich\s+tot)\b"
        r"|\bklotz\s+am\s+bein\b|\b(?:fuhl|fuehl)\w*\s+mich\s+(?:wie\s+)?(?:eine\s+)?last\b",
    ),
    _fr(
        "fr_j3",
        _BU,
        _CON,
        r"\bautant\s+(?:disparaitre|mourir|en\s+finir)\b|\bmieux\s+vaut\s+disparaitre\b"
        r"|\b(?:comme\s+)?un\s+boulet\b(?!\s+de\s+canon)",
    ),
    _pt("pt_j3", _BU, _CON, r"\bmelhor\s+(?:sumir|desaparecer|morrer)\b|\bpeso\s+morto\b"),
    _it("it_j3", _BU, _CON, r"\bmeglio\s+(?:sparire|morire|scomparire)\b|\bpeso\s+morto\b"),
    _es(
        "es_j3_dw",
        _DW,
        _CON,
        r"\bojala\s+me\s+(?:atropell\w+|pill\w+\s+un\s+(?:coche|carro|auto|camion|tren))"
        r"|\btirarme\s+(?:por|de|desde)\s+(?:la\s+ventana|un\s+puente|el\s+balcon|la\s+azotea)",
    ),
    _de(
        "de_j3_dw",
        _DW,
        _CON,
        r"\b(?:auto|lkw|zug|bus)\s+(?:wurde|wuerde)\s+mich\s+(?:uberfahren|ueberfahren|erfassen)\b"
        r"|\b(?:aus\s+dem\s+fenster|von\s+der\s+(?:brucke|bruecke)|vom\s+dach)\s+(?:zu\s+)?springen\b",
    ),
    _fr(
        "fr_j3_dw",
        _DW,
        _CON,
        r"\b(?:voiture|camion|train|bus)\s+me\s+renverse\w*"
        r"|\bsauter\s+(?:par\s+la\s+fenetre|du\s+pont|du\s+toit|du\s+balcon)\b",
    ),
    _pt(
        "pt_j3_dw",
        _DW,
        _CON,
        r"\b(?:carro|caminhao|onibus|trem)\s+me\s+atropel\w+"
        r"|\bpular\s+(?:da\s+janela|da\s+ponte|do\s+predio|do\s+telhado)\b",
    ),
    _it(
        "it_j3_dw",
        _DW,
        _CON,
        r"\b(?:macchina|auto|camion|treno)\s+mi\s+investi\w*"
        r"|\bbuttarmi\s+(?:dalla\s+finestra|dal\s+ponte|dal\s+balcone|sotto\s+un\s+treno)\b",
    ),
    _fr("fr_j3_si", _SI, _URG, r"\bme\s+foutre\s+en\s+l'?air\b"),
    _it("it_j3_si", _SI, _URG, r"\b(?:mi\s+voglio|voglio)\s+ammazzar(?:mi|e)\b|\bammazzarmi\b"),
    _fr(
        "fr_j3_pm",
        _PM,
        _URG,
        rf"\bprendre\s+tou(?:te)?s\s+mes\s+{MEDS['fr']}"
        # (French, added for de/fr precision) the daily dose taken as prescribed
        r"(?![^.!?\n]{0,40}\b(?:comme\s+(?:prescrit|d'hab\w*)|chaque\s+(?:jour|matin|soir)"
        r"|tous\s+les\s+(?:jours|matins|soirs)|selon\s+l'ordonnance|oublie))",
    ),
    _es(
        "es_j3_sh",
        _SH,
        _CON,
        r"\bganas\s+de\s+(?:cortarme|hacerme\s+dano|quemarme|lastimarme)\b",
    ),
    _fr(
        "fr_j3_sh",
        _SH,
        _CON,
        r"\bme\s+suis\s+(?:encore|de\s+nouveau|a\s+nouveau)\s+(?:coupee?|brulee?|scarifiee?)\b",
    ),
    _it(
        "it_j3_sh",
        _SH,
        _CON,
        r"\bvoglia\s+di\s+(?:tagliarmi|farmi\s+del\s+male|bruciarmi)\b",
    ),
    _es(
        "es_j3_gb",
        _GB,
        _CON,
        r"\b(?:nota|mensaje|carta)s?\s+de\s+despedida\b"
        r"|\bmis\s+(?:cosas|papeles|asuntos)\s+(?:organizad[oa]s|ordenad[oa]s|list[oa]s)?\s*para\s+mi"
        r"\s+familia\b",
    ),
    _de(
        "de_j3_gb",
        _GB,
        _CON,
        r"\b(?:sachen|papiere|unterlagen)\s+fur\s+meine\s+familie\s+(?:geordnet|sortiert|geregelt)\b"
        r"|\b(?:papiere|sachen|unterlagen)\s+geordnet\s+damit\b",
    ),
    _fr(
        "fr_j3_gb",
        _GB,
        _CON,
        r"\b(?:range|trie|organise)\s+mes\s+(?:affaires|papiers)\s+pour\s+ma\s+famille\b",
    ),
    _pt(
        "pt_j3_gb",
        _GB,
        _CON,
        r"\borganizei\s+(?:minhas\s+coisas|meus\s+documentos|meus\s+papeis)\s+(?:pra|para)\s+"
        r"(?:minha\s+)?familia\b|\bbilhete\s+de\s+despedida\b",
    ),
    _it(
        "it_j3_gb",
        _GB,
        _CON,
        r"\bsistemato\s+le\s+mie\s+cose\s+per\s+la\s+mia\s+famiglia\b",
    ),
    _es(
        "es_j3_ga",
        _GA,
        _CON,
        r"\b(?:regale|di|deje)\b.{0,80}\bno\s+podre\s+(?:cuidarl[oa]s?|ocuparme)\b",
    ),
    _de(
        "de_j3_ga",
        _GA,
        _CON,
        r"\b(?:gegeben|verschenkt|abgegeben)\b.{0,60}\bnicht\s+mehr\s+(?:um\s+(?:sie|ihn|es)\s+)?"
        r"(?:kummern|kuemmern)\s+kann\b",
    ),
    _fr(
        "fr_j3_ga",
        _GA,
        _CON,
        r"\b(?:donne|confie|laisse)\b.{0,80}\bpourrai\s+plus\s+m'?en\s+occuper\b",
    ),
    _pt(
        "pt_j3_ga",
        _GA,
        _CON,
        r"\b(?:dei|doei|deixei)\b.{0,80}\bnao\s+vou\s+poder\s+cuidar\b",
    ),
    _it(
        "it_j3_ga",
        _GA,
        _CON,
        r"\b(?:dato|regalato|lasciato)\b.{0,80}\bnon\s+potro\s+piu\s+(?:occuparmene|prendermene\s+cura)\b",
    ),
    _es(
        "es_j3_tp",
        _TP,
        _CON,
        r"\bno\s+aguanto\s+(?:mas\s+)?(?:esta|mi)\s+vida\b|\bno\s+(?:puedo|aguanto)\s+mas\s+con\s+"
        r"(?:esta|mi)\s+vida\b|\bno\s+(?:le\s+)?veo\s+(?:ninguna\s+)?salida\b|\bpozo\s+sin\s+fondo\b"
        r"|\bme\s+(?:estoy\s+)?hund(?:o|iendo)\b",
    ),
    _de(
        "de_j3_tp",
        _TP,
        _CON,
        r"\bhalte?\s+(?:dieses|mein|das)\s+leben\s+nicht\s+mehr\s+aus\b|\bloch\s+ohne\s+boden\b"
        r"|\bich\s+gehe?\s+unter\b|\bals\s+(?:wurde|wuerde)\s+ich\s+untergehen\b"
        r"|\bkann\s+nicht\s+mehr\s+mit\s+meinem\s+leben\b",
    ),
    _fr(
        "fr_j3_tp",
        _TP,
        _CON,
        r"\bvois\s+(?:plus|pas)\s+(?:aucune\s+|d'?|de\s+)?(?:issue|sortie|solution)\b"
        r"|\b(?:au\s+fond\s+d'?un\s+trou|trou\s+sans\s+fond|au\s+fond\s+du\s+trou)\b"
        r"|\bimpression\s+de\s+couler\b|\bje\s+coule\b|\bpeux\s+plus\s+de\s+(?:ma|cette)\s+vie\b",
    ),
    _pt(
        "pt_j3_tp",
        _TP,
        _CON,
        r"\bpoco\s+sem\s+fundo\b|\b(?:to|estou|tou)\s+afundando\b|\bme\s+afundando\b",
    ),
    _it(
        "it_j3_tp",
        _TP,
        _CON,
        r"\bpozzo\s+senza\s+fondo\b|\b(?:mi\s+sento|sto)\s+affond\w+",
    ),
    _es("es_j3_nf", _NF, _CON, r"\bno\s+tiene\s+sentido\s+(?:seguir|vivir|continuar)\b"),
    _de(
        "de_j3_nf",
        _NF,
        _CON,
        r"\bkeinen\s+sinn\s+(?:mehr\s+)?(?:weiterzumachen|weiterzuleben|zu\s+leben)\b",
    ),
    _fr("fr_j3_nf", _NF, _CON, r"\bsert\s+a\s+rien\s+de\s+(?:continuer|vivre|se\s+battre)\b"),
    _pt("pt_j3_nf", _NF, _CON, r"\bnao\s+faz\s+sentido\s+(?:continuar|viver|seguir)\b"),
    _it(
        "it_j3_nf",
        _NF,
        _CON,
        r"\bnon\s+ha\s+senso\s+(?:andare\s+avanti|vivere|continuare)\b",
    ),
)
