"""Warning signs in the middle of a long diary sentence, in Spanish, German, French, Portuguese
and Italian: "bad day at work, got home and thought my family would have a quieter life
without me, then ate something".

Why separate rules: in a long sentence the sign is a short piece (a comparative followed by
"without me", "I won't be here", "thanks for everything, in case we don't see each other
again", how many pills are lethal, "stop existing", hurting one's arms again) and the words
around it are ordinary; these rules look for that piece alone. Text is accent-folded before
matching, so patterns are written without accents.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, rule
from neuroleaf_desktop.domain.safety.rules_core_signs import not_away_for_work_or_a_stay

_NF, _BU, _GB = Category.NO_FUTURE, Category.BURDEN, Category.GOODBYES
_GM, _SH, _DW, _TP = (
    Category.GETTING_MEANS,
    Category.SELF_HARM,
    Category.DEATH_WISH,
    Category.TRAPPED_PAIN,
)
_URG, _CON = Severity.URGENT, Severity.CONCERN

_es = partial(rule, lang="es", inherent=True)
_de = partial(rule, lang="de", inherent=True)
_fr = partial(rule, lang="fr", inherent=True)
_pt = partial(rule, lang="pt", inherent=True)
_it = partial(rule, lang="it", inherent=True)

# A day, a trip or a feast said after "in case we don't meet again" bounds it: "… vor der
# Abreise", "… hoje", "… prima delle vacanze" is the goodbye of an ordinary parting.
_NOT_BOUNDED = (
    r"(?![^.!?\n]*\b(?:vor|bis|heute|morgen|antes|hoje|hoy|amanha|manana|avant|aujourd'hui"
    r"|ce\s+soir|demain|prima|oggi|stasera|domani|esta\s+noche|urlaub|ferien|abreise|reise"
    r"|vacaciones|viaje|ferias|viagem|vacances|voyage|vacanze|viaggio|navidad|natal|noel|natale"
    r"|weihnacht\w*)\b)"
)

RULES: tuple[Rule, ...] = (
    _es(
        "es_j4_burden",
        _BU,
        _CON,
        r"\b(?:mejor(?:es)?|mas\s+\w+)\s+sin\s+mi\b",
    ),
    _de(
        "de_j4_burden",
        _BU,
        _CON,
        r"\b(?:besser|leichter|ruhiger|glucklicher|gluecklicher|einfacher|freier|entspannter)\s+ohne"
        r"\s+mich\b",
    ),
    _fr("fr_j4_burden", _BU, _CON, r"\b(?:plus\s+\w+|mieux)\s+sans\s+moi\b"),
    _pt("pt_j4_burden", _BU, _CON, r"\b(?:mais\s+\w+|melhor(?:es)?)\s+sem\s+mim\b"),
    _it("it_j4_burden", _BU, _CON, r"\b(?:piu\s+\w+|meglio)\s+senza\s+di\s+me\b"),
    _es(
        "es_j4_not_here",
        _NF,
        _CON,
        r"\bno\s+voy\s+a\s+estar(?:\s+aqui)?(?=\s*(?:$|[.!?,;]))|\bya\s+no\s+voy\s+a\s+estar\b",
    ),
    _de(
        "de_j4_not_here",
        _NF,
        _CON,
        r"\bwerde\s+(?:eh\s+|sowieso\s+|dann\s+)?nicht\s+mehr\s+(?:da|hier)\s+sein\b",
    ),
    _fr(
        "fr_j4_not_here",
        _NF,
        _CON,
        r"\bje\s+(?:ne\s+)?serai\s+plus\s+(?:la|ici)(?=\s*(?:$|[.!?,;]))",
    ),
    # not away for work or a stay ("não vou estar aqui no próximo mês, estou trabalhando à noite")
    _pt(
        "pt_j4_not_here",
        _NF,
        _CON,
        r"\bnao\s+vou\s+(?:mais\s+)?estar\s+(?:mais\s+)?aqui\b" + not_away_for_work_or_a_stay(),
    ),
    _it("it_j4_not_here", _NF, _CON, r"\bnon\s+ci\s+saro(?:\s+piu)?(?=\s*(?:$|[.!?,;]))"),
    # "in case we don't see each other again" bounded by a day, a trip or a feast after it is the
    # ordinary goodbye ("… vor der Abreise", "… hoje", "… antes de Navidad")
    _es(
        "es_j4_goodbyes",
        _GB,
        _CON,
        r"\bpor\s+si\s+no\s+(?:nos\s+)?(?:volvemos|volvamos)\s+a\s+ver\b"
        + _NOT_BOUNDED
        + r"|\bgracias\s+por\s+todo\b.{0,40}\b(?:por\s+si|despedid\w*)",
    ),
    _de(
        "de_j4_goodbyes",
        _GB,
        _CON,
        r"\bfalls\s+wir\s+uns\s+nicht\s+mehr\s+sehen\b"
        + _NOT_BOUNDED
        + r"|\bfur\s+alles\s+bedankt\b",
    ),
    _fr(
        "fr_j4_goodbyes",
        _GB,
        _CON,
        r"\bau\s+cas\s+ou\s+on\s+(?:ne\s+)?se\s+rever\w+\s+pas\b"
        + _NOT_BOUNDED
        + r"|\bremercier\s+de\s+tout\b",
    ),
    _pt(
        "pt_j4_goodbyes",
        _GB,
        _CON,
        r"\bcaso\s+a\s+gente\s+nao\s+se\s+(?:veja|ver)\s+mais\b"
        + _NOT_BOUNDED
        + r"|\bagradecendo\s+por\s+tudo\b",
    ),
    _it(
        "it_j4_goodbyes",
        _GB,
        _CON,
        r"\bnel\s+caso\s+non\s+ci\s+(?:vedessimo|vediamo|rivediamo)\s+piu\b"
        + _NOT_BOUNDED
        + r"|\bringraziandol[io]\s+di\s+tutto\b",
    ),
    _es(
        "es_j4_means",
        _GM,
        _URG,
        r"\bcuant[oa]s\b.{0,40}\b(?:son\s+|es\s+)?(?:mortal(?:es)?|letal(?:es)?)\b"
        r"|\bdosis\s+(?:mortal|letal)\b",
    ),
    _de(
        "de_j4_means",
        _GM,
        _URG,
        r"\bwie\s+viele?\b.{0,40}\b(?:todlich|toedlich)\b|\b(?:todliche|toedliche)\s+(?:dosis|menge)\b",
    ),
    _fr(
        "fr_j4_means",
        _GM,
        _URG,
        r"\bcombien\b.{0,40}\b(?:mortel(?:le)?s?|letale?s?)\b|\bdose\s+(?:mortelle|letale)\b",
    ),
    _pt(
        "pt_j4_means",
        _GM,
        _URG,
        r"\bquant[oa]s\b.{0,40}\b(?:matam|mortais|mortal|letais|letal)\b|\bdose\s+(?:letal|mortal)\b",
    ),
    _it(
        "it_j4_means",
        _GM,
        _URG,
        r"\bquant[ei]\b.{0,40}\b(?:letali?|mortali?)\b|\bdose\s+(?:letale|mortale)\b",
    ),
    _es(
        "es_j4_exist",
        _DW,
        _CON,
        r"\b(?:seria|mejor|quiero|quisiera|ojala|ganas\s+de|pienso\s+en)\b.{0,20}\bdejar\s+de\s+existir\b",
    ),
    _de(
        "de_j4_exist",
        _DW,
        _CON,
        r"\b(?:am\s+besten|besser|will|mochte|moechte|wunsche|wuensche)\b.{0,30}\b(?:nicht\s+mehr\s+zu"
        r"\s+existieren|aufzuhoren\s+zu\s+existieren|aufhoren\s+zu\s+existieren)\b",
    ),
    _fr(
        "fr_j4_exist",
        _DW,
        _CON,
        r"\b(?:mieux|veux|voudrais|envie)\b.{0,30}\b(?:d'?arreter\s+d'?exister|ne\s+plus\s+exister)\b",
    ),
    _pt(
        "pt_j4_exist",
        _DW,
        _CON,
        r"\b(?:melhor|quero|queria|vontade\s+de)\b.{0,20}\bdeixar\s+de\s+existir\b",
    ),
    _it(
        "it_j4_exist",
        _DW,
        _CON,
        r"\b(?:migliore|meglio|voglio|vorrei|voglia\s+di)\b.{0,30}\bsmettere\s+di\s+esistere\b",
    ),
    _de(
        "de_j4_sh",
        _SH,
        _CON,
        r"\b(?:an\s+den|am)\s+(?:armen|arm|beinen|bein|handgelenken?|oberschenkeln?)\s+(?:wehgetan"
        r"|weh\s+getan|verletzt|geritzt)\b|\bmir\s+(?:wieder\s+)?selbst\s+wehgetan\b",
    ),
    _fr(
        "fr_j4_sh",
        _SH,
        _CON,
        r"\bfait\s+du\s+mal\s+(?:aux|au|a\s+mes)\s+(?:bras|poignets|jambes|cuisses)\b",
    ),
    _pt(
        "pt_j4_sh",
        _SH,
        _CON,
        r"\bme\s+machuquei\s+(?:de\s+novo\s+)?(?:nos|no|nas|na)\s+(?:bracos?|pulsos?|pernas?|coxas?)\b",
    ),
    _it(
        "it_j4_sh",
        _SH,
        _CON,
        r"\bfatt[ao]\s+(?:di\s+nuovo\s+|ancora\s+)?male\s+(?:alle|al|ai)\s+(?:braccia|braccio|polsi"
        r"|gambe|cosce)\b",
    ),
    _pt(
        "pt_j4_tp",
        _TP,
        _CON,
        r"\bnao\s+acho\s+(?:nenhuma\s+)?saida\b|\btrancad[oa]\s+(?:na|em)\s+minha\s+(?:propria\s+)?"
        r"(?:cabeca|vida|mente)\b",
    ),
    _it(
        "it_j4_tp",
        _TP,
        _CON,
        r"\bnon\s+trovo\s+(?:l'?uscita|una\s+via\s+d'?uscita|via\s+d'?uscita)\b"
        r"|\b(?:chius[oa]|intrappolat[oa]|prigionier[oa])\s+nella\s+mia\s+(?:testa|mente|vita)\b",
    ),
    # --- fifth pass: no way out, too much, not making it to the end of the year ---
    _es(
        "es_j5",
        _TP,
        _CON,
        r"\bno\s+encuentro\s+(?:la\s+)?(?:manera|forma|modo)\s+de\s+salir\b|\bno\s+encuentro\s+"
        r"(?:la\s+)?salida\b|\btodo\s+me\s+pesa\s+demasiado\b",
    ),
    _de(
        "de_j5",
        _TP,
        _CON,
        r"\bfinde\s+keinen\s+(?:ausweg|weg\s+(?:raus|heraus|hinaus))\b|\balles\s+ist\s+(?:einfach\s+)?"
        r"zu\s+viel\b",
    ),
    _fr(
        "fr_j5",
        _TP,
        _CON,
        r"\b(?:trouve\s+)?pas\s+de\s+(?:moyen|facon|sortie|issue)\s+d'?en\s+sortir\b"
        r"|\btout\s+est\s+trop\s+lourd\b",
    ),
    _pt(
        "pt_j5",
        _TP,
        _CON,
        r"\bnao\s+encontro\s+(?:jeito|forma|saida|maneira)(?:\s+de\s+sair)?\b|\btudo\s+pesa\s+demais\b",
    ),
    _it(
        "it_j5",
        _TP,
        _CON,
        r"\bnon\s+trovo\s+(?:un\s+)?(?:modo|via|maniera)\s+(?:per\s+)?uscirne\b|\btutto\s+pesa\s+troppo\b",
    ),
    _es(
        "es_j5_nf",
        _NF,
        _CON,
        r"\bno\s+creo\s+que\s+llegue\s+a\s+(?:fin\s+de\s+ano|navidad|mi\s+cumpleanos|el\s+verano)\b",
    ),
    _de(
        "de_j5_nf",
        _NF,
        _CON,
        r"\b(?:glaube|denke)\s+nicht\s+dass\s+ich\s+(?:das|dieses)\s+jahr\s+(?:uberstehe|ueberstehe"
        r"|schaffe)\b",
    ),
    _fr("fr_j5_nf", _NF, _CON, r"\b(?:pense|crois)\s+pas\s+que\s+je\s+passerai\s+l'?annee\b"),
    _pt("pt_j5_nf", _NF, _CON, r"\bnao\s+chego\s+(?:ao|no)\s+fim\s+do\s+ano\b"),
    _it(
        "it_j5_nf",
        _NF,
        _CON,
        r"\bnon\s+credo\s+che\s+arrivero\s+(?:alla\s+fine\s+dell'?anno|a\s+natale)\b",
    ),
    _es("es_j5_bu", _BU, _CON, r"\bsi\s+(?:yo\s+)?no\s+existiera\b"),
    _de("de_j5_bu", _BU, _CON, r"\bwenn\s+es\s+mich\s+nicht\s+(?:mehr\s+)?(?:gabe|gaebe)\b"),
    _fr("fr_j5_bu", _BU, _CON, r"\bsi\s+(?:je\s+)?(?:n'?)?existais\s+(?:pas|plus)\b"),
    _pt("pt_j5_bu", _BU, _CON, r"\bse\s+eu\s+nao\s+existisse\b"),
    _it("it_j5_bu", _BU, _CON, r"\bse\s+non\s+esistessi\b"),
    _es(
        "es_j5_gm",
        _GM,
        _URG,
        r"\b(?:encargue|pedi|he\s+pedido|he\s+encargado)\s+una\s+(?:cuerda|soga)\b",
    ),
    _de("de_j5_gm", _GM, _URG, r"\bseil\s+(?:im\s+internet\s+|online\s+)?bestellt\b"),
    _fr("fr_j5_gm", _GM, _URG, r"\bcommande\s+une\s+corde\b"),
    _pt("pt_j5_gm", _GM, _URG, r"\bencomendei\s+uma\s+corda\b"),
    _it("it_j5_gm", _GM, _URG, r"\bordinato\s+una\s+corda\b"),
    rule(  # "will" is first and third person in German: the subject decides
        "de_j5_dw",
        _DW,
        _CON,
        r"\b(?:will|mochte|moechte)\s+(?:morgen\s+)?nicht\s+(?:mehr\s+)?aufwachen\b",
        lang="de",
        inherent=False,
    ),
    _pt("pt_j5_dw", _DW, _CON, r"\bnao\s+quero\s+(?:mais\s+)?acordar\b"),
    _it("it_j5_dw", _DW, _CON, r"\bnon\s+voglio\s+(?:piu\s+)?svegliarmi\b"),
)
