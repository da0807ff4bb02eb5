"""Journal-style rules for Spanish, German, French, Portuguese and Italian, one per idea.

Why: the per-language rule files cover the textbook wording ("quiero morirme"); people write
"ya no puedo mas", "brauch sie ja nicht mehr", "y a rien devant moi", "pra que continuar",
"a che serve andare avanti". Each rule pairs a loose wording with the detail that makes it a
warning sign (a possession given away *and* "when I'm not here"; a bridge *and* "looking
down"). Text is accent-folded before matching ("wären" is read as "waren", "aconteça" as
"aconteca"), so patterns are written without accents. A rule whose meaning *is* a negation
starts at the negation ("no puedo mas", "n'y a rien"), so the cue is not read as cancelling it.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, rule
from neuroleaf_desktop.domain.safety.rules_core_signs import no_handing_on_reason

_SI, _PM, _DW = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD, Category.DEATH_WISH
_TP, _NF, _BU = Category.TRAPPED_PAIN, Category.NO_FUTURE, Category.BURDEN
_GB, _GA, _GM = Category.GOODBYES, Category.GIVING_AWAY, Category.GETTING_MEANS
_SH = Category.SELF_HARM
_URG, _CON = Severity.URGENT, Severity.CONCERN

# A thing handed on for a reason (a new one bought, an exam or a move): not a sign.
_NO_REASON = {lang: no_handing_on_reason(lang, 130) for lang in ("es", "de", "fr", "pt", "it")}

# A closed room as a picture of being trapped, in each language.
_ROOM = {
    "es": r"(?:cuarto|habitacion|caja|jaula|carcel|pozo|tunel)\s+sin\s+(?:puertas?|ventanas?"
    r"|salida|luz)",
    "de": r"(?:raum|zimmer|kafig|kaefig|gefangnis|gefaengnis|loch|kiste)\s+ohne\s+(?:turen|tueren"
    r"|tur|tuer|fenster|ausgang|ausweg)",
    "fr": r"(?:piece|chambre|boite|cage|prison|trou|tunnel)\s+sans\s+(?:portes?|fenetres?|issue"
    r"|sortie)",
    "pt": r"(?:quarto|sala|caixa|jaula|prisao|buraco|tunel)\s+sem\s+(?:portas?|janelas?|saida)",
    "it": r"(?:stanza|gabbia|prigione|scatola|buco|tunnel)\s+senza\s+(?:porte?|finestre?|uscita"
    r"|via\s+d'?uscita)",
}
MEDS = {
    "es": r"(?:pastillas|pildoras|medicamentos|somniferos|calmantes)",
    "de": r"(?:tabletten|pillen|medikamente|schlaftabletten)",
    "fr": r"(?:cachets|comprimes|medicaments|pilules|somniferes)",
    "pt": r"(?:comprimidos|remedios|pilulas|calmantes)",
    "it": r"(?:pillole|pastiglie|compresse|farmaci|sonniferi)",
}

# "How many can I take a day" is a dosing question, not researching a method.
_DOSING = (
    r"(?!.{0,40}\b(?:al\s+dia|por\s+dia|se\s+pueden|puedo\s+tomar|am\s+tag|pro\s+tag|darf"
    r"|par\s+jour|peut\s+prendre|posso\s+tomar|al\s+giorno|si\s+possono|maxim\w*|segur\w*"
    r"|sicher|recomend\w*|empfohlen))"
)

_es = partial(rule, lang="es", inherent=True)
_de = partial(rule, lang="de", inherent=True)
# "will" and "möchte" are first *and* third person in German: the subject decides.
_de_any = partial(rule, lang="de", inherent=False)
_fr = partial(rule, lang="fr", inherent=True)
_pt = partial(rule, lang="pt", inherent=True)
_it = partial(rule, lang="it", inherent=True)

SPANISH: tuple[Rule, ...] = (
    _es(
        "es_j_not_here",
        _DW,
        _CON,
        r"\bno\s+quiero\s+(?:estar\s+aqui|seguir\s+aqui|despertar(?:me)?|existir)\b"
        r"|\bojala\s+(?:no\s+despertara|no\s+me\s+despertara|me\s+muriera|no\s+existiera)\b"
        r"|\bcansad[oa]\s+de\s+(?:existir|vivir)\b",
    ),
    _es(
        "es_j_cant_more",
        _TP,
        _CON,
        r"\b(?:ya\s+)?no\s+(?:puedo|aguanto|soporto)\s+mas\b"
        r"(?!\s+de\s+(?:la\s+)?(?:risa|felicidad|emocion|ganas|hambre|sueno|alegria))",
    ),
    _es(
        "es_j_trapped",
        _TP,
        _CON,
        _ROOM["es"] + r"|\batrapad[oa]\s+en\s+(?:mi\s+(?:propia\s+)?vida|mi\s+cabeza|esta\s+vida)",
    ),
    _es(
        "es_j_no_future",
        _NF,
        _CON,
        r"\bpara\s+que\s+(?:seguir|vivir|continuar|levantarme|intentarlo)\b"
        r"|\bno\s+hay\s+nada\s+(?:por\s+delante|para\s+mi|que\s+esperar)\b"
        r"|\bno\s+(?:le\s+)?veo\s+(?:ningun\s+)?sentido\s+a\s+(?:nada|la\s+vida|vivir|seguir)\b"
        r"|\bnada\s+tiene\s+sentido\b|\b(?:nunca|nada)\s+va\s+a\s+(?:mejorar|cambiar)\b"
        r"|\bva\s+a\s+seguir\s+(?:igual\s+de\s+mal|siempre\s+(?:asi|igual))\b"
        r"|\bno\s+(?:hay|tengo|encuentro)\s+(?:ninguna\s+|ningun\s+)?(?:razon|motivo)(?:es)?\s+para\s+"
        r"(?:seguir|vivir)\b",
    ),
    _es(
        "es_j_burden",
        _BU,
        _CON,
        r"\b(?:mas\s+facil|mejor|mas\s+felices|mas\s+tranquil[oa]s)\b.{0,30}\bsi\s+(?:yo\s+)?no\s+"
        r"(?:estuviera|existiera|estoy)\b|\bmejor\s+si\s+(?:desaparezco|me\s+muero|no\s+estoy)\b"
        r"|\bsoy\s+(?:un\s+)?(?:estorbo|carga|peso)\b",
    ),
    _es(
        "es_j_goodbyes",
        _GB,
        _CON,
        r"\bcartas?\s+(?:de\s+despedida|(?:a|para)\s+(?:todos|todo\s+el\s+mundo|mi\s+familia))"
        r"|\b(?:claves|contrasenas|papeles|documentos|cuentas)\b.{0,50}\b(?:sobre|carpeta"
        r"|por\s+si)\b|\bdeje\s+todo\s+(?:ordenado|arreglado|en\s+orden|listo)\b"
        r"|\bme\s+despedi\b.{0,40}\bpara\s+siempre\b",
    ),
    _es(
        "es_j_giving",
        _GA,
        _CON,
        r"\b(?:regale|regalo|di|doy|he\s+dado|deje)\b"
        + _NO_REASON["es"]
        + r".{0,80}\b(?:cuando\s+(?:yo\s+)?(?:ya\s+)?no\s+"
        r"este|ya\s+no\s+(?:lo|la|los|las)\s+(?:voy\s+a\s+)?(?:necesit|us)\w*|no\s+(?:lo|la|los|las)"
        r"\s+voy\s+a\s+(?:necesitar|usar))",
    ),
    _es(
        "es_j_means",
        _GM,
        _URG,
        rf"\b(?:busque|mire|averigue|investigue|he\s+buscado)\b.{{0,30}}\bcuant[ao]s\s+{MEDS['es']}{_DOSING}"
        r"|\bpuente\b.{0,60}\b(?:despacio|mirando\s+(?:hacia\s+)?abajo|valla|barandilla)\b"
        rf"|\b(?:guardando|juntando|acumulando)\s+{MEDS['es']}"
        rf"|\b{MEDS['es']}\b.{{0,30}}\b(?:para\s+hacerlo|para\s+acabar|de\s+sobra|suficientes)\b"
        r"|\bcomo\s+hacer\s+una\s+(?:soga|horca)\b|\bnudo\s+de\s+horca\b",
    ),
    _es(
        "es_j_plan",
        _PM,
        _URG,
        r"\b(?:elegi|escogi|decidi)\s+(?:ya\s+)?(?:el|la)\s+(?:dia|fecha|noche)\b(?!\s+(?:de|del|para)\b)"
        r"|\btengo\s+un\s+plan(?=\s*(?:$|[.,;!]|\s+y\b))",
    ),
    _es(
        "es_j_self_harm",
        _SH,
        _CON,
        r"\bme\s+(?:queme|quemo|corte|corto|arane)\s+(?:el|la|los|las)\s+(?:brazos?|munecas?|piernas?"
        r"|muslos?|piel)\b|\bme\s+hice\s+(?:cortes|heridas|quemaduras)\b"
        r"|\bme\s+(?:he\s+estado|estoy|sigo)\s+(?:cortando|quemando|lastimando|haciendo\s+dano)\b",
    ),
    _es(
        "es_j_past",
        _SI,
        _CON,
        r"\bintente\s+(?:suicidarme|matarme|quitarme\s+la\s+vida)\b",
        past=True,
    ),
    rule(  # the noun has no built-in person: "el intento de suicidio de mi primo" is his
        "es_j_past_noun",
        _SI,
        _CON,
        # "cómo actuar ante un intento de suicidio" is a lesson; "tuve un intento" is
        # rules_es_signs' first person
        r"(?<!\bun\s)(?<!\bante\s)\bintento\s+de\s+suicidio\b",
        lang="es",
        inherent=False,
        past=True,
    ),
)

GERMAN: tuple[Rule, ...] = (
    _de_any(
        "de_j_not_here",
        _DW,
        _CON,
        r"\b(?:will|mochte|moechte|wunsche|wuensche)\s+(?:einfach\s+|echt\s+)?nicht\s+mehr\s+"
        r"(?:da\s+sein|hier\s+sein|leben|aufwachen)\b"
        r"|\bwunschte\s+ich\s+wurde\s+(?:morgen\s+)?nicht\s+(?:mehr\s+)?aufwachen\b"
        r"|\b(?:leid|mude|muede|satt)\s+(?:zu\s+)?(?:existieren|leben)\b",
    ),
    _de(
        "de_j_trapped",
        _TP,
        _CON,
        _ROOM["de"] + r"|\bgefangen\s+in\s+meinem\s+(?:eigenen\s+)?(?:leben|kopf|korper)\b"
        r"|\bin\s+meinem\s+(?:eigenen\s+)?leben\s+gefangen\b"
        r"|\bhalte\s+(?:es|das|diesen\s+schmerz)\s+nicht\s+mehr\s+aus\b",
    ),
    _de(
        "de_j_no_future",
        _NF,
        _CON,
        r"\balles\s+ist\s+sinnlos\b|\bwird\s+(?:nie|niemals)\s+besser\b"
        r"|\bwird\s+immer\s+so\s+bleiben\b|\bhat\s+(?:alles\s+)?keinen\s+sinn\s+mehr\b",
    ),
    _de(
        "de_j_burden",
        _BU,
        _CON,
        r"\b(?:leichter|besser|einfacher)\b.{0,30}\bwenn\s+ich\s+(?:(?:gar\s+|u(?:e)?berhaupt\s+)?nicht\s+mehr\s+da|weg|tot)\s+"
        r"(?:bin|ware|waere|war)\b|\bohne\s+mich\s+besser\s+dran\b|\bbesser\s+dran\s+ohne\s+mich\b"
        r"|\b(?:allen|jedem)\s+(?:nur\s+)?im\s+weg\b|\bbesser\s+wenn\s+ich\s+verschwinde\b",
    ),
    _de(
        "de_j_goodbyes",
        _GB,
        _CON,
        r"\b(?:passworter|passwoerter|unterlagen|papiere|kontodaten|dokumente)\b.{0,60}\b(?:umschlag"
        r"|ordner|falls\s+(?:was|etwas|mir\s+was)|fur\s+den\s+fall)\b|\babschiedsbrief\w*\b",
    ),
    _de(
        "de_j_giving",
        _GA,
        _CON,
        r"\b(?:geschenkt|verschenkt|gegeben|vermacht|uberlassen|ueberlassen|abgegeben)\b"
        + _NO_REASON["de"]
        + r".{0,60}"
        r"\b(?:brauch(?:e|')?\s+(?:sie|ihn|es|das|die)\s+(?:ja\s+)?(?:eh\s+)?nicht\s+mehr|wenn\s+ich\s+"
        r"(?:weg|nicht\s+mehr\s+da)\s+bin)\b",
    ),
    _de(
        "de_j_means",
        _GM,
        _URG,
        rf"\b(?:nachgeschaut|gegoogelt|recherchiert|gesucht|nachgelesen|geschaut)\b.{{0,30}}\bwie\s+"
        rf"viele\s+{MEDS['de']}{_DOSING}|\bwie\s+viele\s+{MEDS['de']}\s+man\s+(?:braucht|nehmen\s+muss)"
        rf"|\b(?:sammle|sammel|gesammelt|horte|gehortet|bunkere)\b.{{0,30}}\b{MEDS['de']}"
        rf"|\b{MEDS['de']}\s+besorgt\b|\bgenug\s+{MEDS['de']}\b"
        r"|\b(?:brucke|bruecke)\b.{0,60}\b(?:runtergeschaut|hinuntergeschaut|gelander|zaun"
        r"|hoch\s+genug)\b",
    ),
    _de(
        "de_j_plan",
        _PM,
        _URG,
        r"\b(?:das\s+datum|der\s+tag|der\s+termin)\s+steht\b(?!\s+(?:fest\s+)?fur)"
        r"|\b(?:tag|termin|datum)\s+(?:ausgesucht|gewahlt|festgelegt)\b",
    ),
    _de(
        "de_j_self_harm",
        _SH,
        _CON,
        r"\b(?:arm|arme|handgelenk|handgelenke|beine|bein|haut|oberschenkel)\s+(?:verbrannt|geritzt"
        r"|aufgeschnitten|zerkratzt)\b|\bmir\s+in\s+(?:den|die|das)\s+(?:arm|arme|beine|bein"
        r"|handgelenk|oberschenkel)\s+geschnitten\b",
    ),
)

FRENCH: tuple[Rule, ...] = (
    _fr(
        "fr_j_not_here",
        _DW,
        _CON,
        r"\benvie\s+de\s+(?:me\s+tuer|mourir|me\s+suicider|disparaitre|en\s+finir)\b"
        r"|\b(?:peux|en\s+peux)\s+plus\s+de\s+vivre\b|\bmarre\s+de\s+vivre\b"
        r"|\bfatigue(?:e)?\s+d'?(?:exister|vivre)\b"
        r"|\bveux\s+(?:plus|pas)\s+etre\s+(?:la|ici)\b|\b(?:ne\s+pas|pas)\s+me\s+reveiller\b",
    ),
    _fr(
        "fr_j_cant_more",
        _TP,
        _CON,
        r"\bje\s+(?:n'?en\s+)?peux\s+plus(?=\s*(?:$|[.!?,;:]|\s+(?:vraiment|du\s+tout|de\s+(?:cette"
        r"|ce|ma|la)\s+(?:vie|douleur|situation|souffrance)|avec\s+(?:ca|tout\s+ca))))"
        r"|\bsupporte\s+plus\s+(?:cette|la|ma)\s+(?:douleur|vie|souffrance)\b"
        r"|\bsupporte\s+plus\s+rien\b|"
        + _ROOM["fr"]
        + r"|\b(?:prisonnier|prisonniere|piege|piegee)\s+(?:de|dans)\s+ma\s+(?:propre\s+)?(?:vie"
        r"|tete)\b",
    ),
    _fr(
        "fr_j_no_future",
        _NF,
        _CON,
        r"\ba\s+quoi\s+bon\s+(?:continuer|vivre|essayer|me\s+lever)\b"
        r"|\b(?:y\s+a|il\s+y\s+a|n'?y\s+a)\s+rien\s+(?:devant\s+moi|pour\s+moi|a\s+attendre)\b"
        r"|\btout\s+est\s+inutile\b|\brestera\s+toujours\s+comme\s+ca\b"
        r"|\bca\s+(?:n'?)?ira\s+jamais\s+mieux\b|\brien\s+ne\s+changera\b"
        r"|\b(?:n'?ai\s+)?plus\s+(?:aucun\s+)?espoir\b",
    ),
    _fr(
        "fr_j_burden",
        _BU,
        _CON,
        r"\b(?:plus\s+simple|plus\s+facile|mieux|plus\s+heureux)\b.{0,40}\bsi\s+(?:je\s+)?(?:j'?|n'?)?"
        r"etais\s+(?:plus|pas)\s+(?:la|ici)\b|\bsi\s+je\s+disparaissais\b"
        r"|\bje\s+gene\s+tout\s+le\s+monde\b",
    ),
    _fr(
        "fr_j_goodbyes",
        _GB,
        _CON,
        r"\blettres?\s+(?:d'?adieu|a\s+tout\s+le\s+monde|pour\s+tout\s+le\s+monde|a\s+ma\s+famille)"
        r"|\badieu\b.{0,40}\b(?:pour\s+de\s+bon|pour\s+toujours|definitivement)\b"
        r"|\b(?:mots?\s+de\s+passe|papiers|codes|comptes)\b.{0,60}\b(?:enveloppe|au\s+cas\s+ou"
        r"|dossier)\b",
    ),
    _fr(
        "fr_j_giving",
        _GA,
        _CON,
        r"\b(?:donne|offert|confie|laisse|legue)\b"
        + _NO_REASON["fr"]
        + r".{0,80}(?:quand\s+je\s+(?:ne\s+)?serai\s+plus\s+la"
        r"|j'?en\s+aurai\s+plus\s+besoin)",
    ),
    _fr(
        "fr_j_means",
        _GM,
        _URG,
        rf"\b(?:cherche|regarde|google|lu)\b.{{0,30}}\bcombien\s+de\s+{MEDS['fr']}{_DOSING}"
        rf"|\bcombien\s+de\s+{MEDS['fr']}\s+(?:il\s+faut|faut|pour)"
        r"|\bpont\b.{0,60}\b(?:ralenti\w*|regarde\w*\s+en\s+bas|garde-?fou|rambarde|assez\s+haut)"
        rf"|\b(?:garde|mets|mis|stocke)\s+(?:des\s+)?{MEDS['fr']}\s+de\s+cote\b"
        rf"|\b{MEDS['fr']}\s+en\s+(?:grande\s+)?quantite\b|\bcomment\s+faire\s+un\s+noeud\s+coulant\b",
    ),
    _fr(
        "fr_j_plan",
        _PM,
        _URG,
        r"\b(?:choisi|fixe|decide)\s+(?:le|la)\s+(?:jour|date|nuit)\b(?!\s+(?:du|de|pour)\b)",
    ),
    rule(  # the noun has no built-in person: "mon frère a fait une tentative" is his
        "fr_j_past",
        _SI,
        _CON,
        r"\btentative\s+de\s+suicide\b|\bfait\s+une\s+tentative\b(?!\s+de\s+(?!suicide))",
        lang="fr",
        inherent=False,
        past=True,
    ),
)

PORTUGUESE: tuple[Rule, ...] = (
    _pt(
        "pt_j_not_here",
        _DW,
        _CON,
        r"\bnao\s+quero\s+mais\s+(?:estar\s+aqui|existir|acordar)\b|\bqueria\s+nao\s+acordar\b"
        r"|\bcansad[oa]\s+de\s+(?:existir|viver)\b",
    ),
    _pt(
        "pt_j_trapped",
        _TP,
        _CON,
        _ROOM["pt"] + r"|\bpres[oa]\s+na\s+minha\s+(?:propria\s+)?(?:vida|cabeca)\b",
    ),
    _pt(
        "pt_j_no_future",
        _NF,
        _CON,
        r"\b(?:pra|para)\s+que\s+(?:continuar|viver|seguir|tentar)\b"
        r"|\bnao\s+tem\s+nada\s+pela\s+frente\b|\bnada\s+pela\s+frente\b|\bnada\s+faz\s+sentido\b"
        r"|\bnunca\s+vai\s+melhorar\b|\bnada\s+vai\s+(?:mudar|melhorar)\b"
        r"|\bnao\s+tenho\s+(?:nenhum\s+)?(?:motivo|razao)\s+(?:pra|para)\s+(?:viver|continuar)\b",
    ),
    _pt(
        "pt_j_burden",
        _BU,
        _CON,
        r"\b(?:mais\s+facil|melhor|mais\s+feliz(?:es)?)\b.{0,30}\bse\s+eu\s+nao\s+(?:estivesse"
        r"|existisse)\b|\bso\s+atrapalho\s+todo\s+mundo\b|\bmelhor\s+se\s+eu\s+sumir\b",
    ),
    _pt(
        "pt_j_goodbyes",
        _GB,
        _CON,
        r"\bcartas?\s+(?:de\s+despedida|(?:pra|para)\s+todo\s+mundo|(?:pra|para)\s+(?:minha|a)\s+"
        r"familia)|\bme\s+despedi\b.{0,40}\b(?:pra|para)\s+sempre\b"
        r"|\b(?:senhas?|documentos|papeis|contas)\b.{0,60}\b(?:envelope|caso\s+aconteca)\b",
    ),
    _pt(
        "pt_j_means",
        _GM,
        _URG,
        rf"\b(?:pesquisei|procurei|vi|googlei|busquei)\b.{{0,30}}\bquant[oa]s\s+{MEDS['pt']}{_DOSING}"
        r"|\bponte\b.{0,60}\b(?:devagar|olhando\s+(?:pra|para)\s+baixo|grade|parapeito)\b"
        rf"|\b(?:juntando|guardando|acumulando)\s+{MEDS['pt']}"
        r"|\bmonte\s+de\s+(?:remedios?|comprimidos)\s+(?:pra|para)\s+isso\b"
        r"|\bcomo\s+fazer\s+(?:um\s+)?no\s+de\s+forca\b|\bno\s+de\s+forca\b",
    ),
    _pt(
        "pt_j_plan",
        _PM,
        _URG,
        r"\bescolhi\s+(?:o|a)\s+(?:dia|data|noite)\b"
        r"(?!\s+(?:e\s+(?:o|a)\s+\w+\s+)?(?:do|da|de|pra|para)\b)",
    ),
    _pt(
        "pt_j_self_harm",
        _SH,
        _CON,
        r"\b(?:queimei|cortei|arranhei)\s+(?:o\s+)?meu\s+(?:braco|bracos|pulso|pulsos|perna|pernas"
        r"|coxa|pele)\b|\bfiz\s+cortes\s+(?:no|nos|na|nas|em)\b",
    ),
)

ITALIAN: tuple[Rule, ...] = (
    _it(
        "it_j_not_here",
        _DW,
        _CON,
        r"\bnon\s+voglio\s+piu\s+(?:esserci|esistere|svegliarmi)\b|\bvorrei\s+non\s+svegliarmi\b"
        r"|\bstanc[oa]\s+di\s+(?:esistere|vivere)\b",
    ),
    _it(
        "it_j_trapped",
        _TP,
        _CON,
        _ROOM["it"] + r"|\bprigionier[oa]\s+della\s+mia\s+(?:propria\s+)?vita\b"
        r"|\bnon\s+sopporto\s+piu\s+(?:questo|il)\s+dolore\b",
    ),
    _it(
        "it_j_no_future",
        _NF,
        _CON,
        r"\ba\s+che\s+(?:serve|pro)\s+(?:andare\s+avanti|vivere|continuare|provarci)\b"
        r"|\bnon\s+c'?e\s+(?:niente|nulla)\s+davanti\s+a\s+me\b|\bniente\s+ha\s+senso\b"
        r"|\bnon\s+migliorera\s+mai\b|\bniente\s+cambiera\b"
        r"|\bnon\s+ho\s+(?:nessun\s+)?(?:motivo|ragione)\s+(?:di|per)\s+(?:vivere|andare\s+avanti)\b",
    ),
    _it(
        "it_j_burden",
        _BU,
        _CON,
        r"\b(?:piu\s+facile|meglio|piu\s+felici)\b.{0,30}\bse\s+(?:io\s+)?non\s+ci\s+fossi\b"
        r"|\bdo\s+(?:solo\s+)?fastidio\s+a\s+tutti\b|\bmeglio\s+se\s+sparisco\b",
    ),
    _it(
        "it_j_goodbyes",
        _GB,
        _CON,
        r"\blettere?\s+(?:d'?addio|a\s+tutti|per\s+tutti|alla\s+mia\s+famiglia)"
        r"|\baddio\b.{0,40}\bper\s+sempre\b"
        r"|\b(?:password|documenti|carte|conti)\b.{0,60}\b(?:busta|nel\s+caso)\b",
    ),
    _it(
        "it_j_giving",
        _GA,
        _CON,
        r"\b(?:regalato|dato|lasciato)\b"
        + _NO_REASON["it"]
        + r".{0,80}\b(?:quando\s+non\s+ci\s+saro\s+piu|non\s+mi\s+serv"
        r"(?:ira|e)\s+piu)\b",
    ),
    _it(
        "it_j_means",
        _GM,
        _URG,
        rf"\b(?:cercato|guardato|googlato|letto)\b.{{0,30}}\bquante\s+{MEDS['it']}{_DOSING}"
        r"|\bponte\b.{0,60}\b(?:piano|guardando\s+giu|ringhiera|parapetto)\b"
        rf"|\bmettendo\s+da\s+parte\s+{MEDS['it']}"
        r"|\bcome\s+fare\s+un\s+cappio\b",
    ),
    _it(
        "it_j_plan",
        _PM,
        _URG,
        r"\bscelto\s+(?:il|la)\s+(?:giorno|data|notte)\b"
        r"(?!\s+(?:e\s+(?:il|la|l')\s*\w+\s+)?(?:del|della|di|per)\b)",
    ),
    _it(
        "it_j_self_harm",
        _SH,
        _CON,
        r"\bmi\s+sono\s+(?:bruciat[oa]|tagliat[oa]|graffiat[oa])\s+(?:il|i|le|la)\s+(?:braccio|braccia"
        r"|polsi|polso|gambe|gamba|pelle|cosce)\b|\bmi\s+sono\s+fatt[oa]\s+(?:dei\s+)?tagli\b",
    ),
)

# The same ideas in every language: a last time with people, ending it all.
LAST_TIME: tuple[Rule, ...] = (
    _es(
        "es_j_last_time",
        _GB,
        _CON,
        r"\b(?:me\s+despedi|despedirme|vi|abrace|bese|llame|hable\s+con|salude)\b.{0,40}"
        r"\bpor\s+ultima\s+vez\b",
    ),
    _de(
        "de_j_last_time",
        _GB,
        _CON,
        r"\b(?:verabschiedet|gesehen|umarmt|angerufen|gesprochen)\b.{0,40}\bzum\s+letzten\s+mal\b"
        r"|\bzum\s+letzten\s+mal\b.{0,40}\b(?:gesehen|umarmt|angerufen|gesprochen|verabschiedet)\b",
    ),
    _fr(
        "fr_j_last_time",
        _GB,
        _CON,
        r"\b(?:dit\s+au\s+revoir|dit\s+adieu|vu|serre|embrasse|appele|parle|salue)\b.{0,40}"
        r"\bpour\s+la\s+derniere\s+fois\b",
    ),
    _pt(
        "pt_j_last_time",
        _GB,
        _CON,
        r"\b(?:me\s+despedi|vi|abracei|beijei|liguei|falei)\b.{0,40}\bpela\s+ultima\s+vez\b",
    ),
    _it(
        "it_j_last_time",
        _GB,
        _CON,
        r"\b(?:salutato|visto|abbracciato|chiamato|parlato)\b.{0,40}\bper\s+l'?ultima\s+volta\b",
    ),
    _it("it_j_end_it", _SI, _URG, r"\bfarla\s+finita\b(?!\s+con\b)"),
    _pt("pt_j_end_it", _SI, _URG, r"\bacabar\s+com\s+tudo\b|\bacabar\s+com\s+a\s+minha\s+vida\b"),
)

RULES: tuple[Rule, ...] = SPANISH + GERMAN + FRENCH + PORTUGUESE + ITALIAN + LAST_TIME
