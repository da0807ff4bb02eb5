"""More signs in German, French, Spanish, Portuguese and Italian read as grammar frames: two
parts any wording of the sign needs, each with the verbs, tenses and regional forms people use.

* **others eased without the writer**: "without me" (or "if I were gone") in the sentence, and a
  conditional ease that is theirs: fewer worries, peace, an easier or calmer life ("die hätten's
  ohne mich endlich leicht", "sans moi ils auraient moins de soucis", "estarían más a gusto sin
  mí", "sem mim teriam menos despesa", "senza di me avrebbero meno pensieri");
* **a word left in case there is no next time**: something said, written or left for someone
  "in case I can't tell her any more / we don't see each other again" ("falls ich's ihr nicht
  mehr sagen kann", "por si no vuelvo a verla", "se non ci rivediamo", "au cas où on ne se
  reverrait pas", "caso a gente não se veja mais");
* **a letter for each of one's family**: "une lettre pour chaque frère", "chaque frère aura sa
  lettre", "um bilhete pra cada neto", "für jedes Enkelkind einen Brief";
* **suffering and no way to get out of it**: a weight, a pain or a drowning named, and "there is
  no way to get out of / escape it" ("no hay forma de escapar", "não tem como sair disso",
  "non c'è modo di uscirne", "pas moyen d'en sortir");
* **one's things given for good**: given, handed or left to someone, and "for good", "let him
  keep them", "I don't need them any more" ("pour de bon", "que fique com elas, eu já não
  preciso", "para siempre");
* **a time and a high place, the act unnamed**: "it is for / it will be" with a day or a night
  and a bridge, a viaduct, a cliff or the rails, and no outing named ("C'est pour vendredi soir,
  au viaduc", "Va a ser el sábado, en las vías");
* **a whole supply taken, and the care after it**: a first-person "took / swallowed / drank"
  with all of a medicine or a whole pack, and an emergency room, a ward or a pumped stomach in
  the sentence ("engoli os comprimidos todos e fui parar no pronto-socorro");
* **everything set, for when nobody is around**: "it's all planned / ready" and "when nobody is
  home", the sentence ending on one of them ("Lo tengo todo planeado para el viernes, cuando
  nadie esté en casa").

Why: as for ``rules_intl_frames``, phrase families fitted to one batch's sentences caught the
next batch's other wordings at chance. A frame names what the sign is made of. Each family
keeps out its everyday look-alikes: a trip, a holiday or a move behind the absence or the
goodbye; Christmas, birthday or money envelopes; a lift, traffic or paperwork as the trap; a
new one bought, a child outgrowing it or a move behind the gift; a picnic or a walk at the
bridge; a supply taken by mistake, for a fever or as prescribed; a surprise or a chore for the
empty house. A frame read from the sentence's start checks its own denial (``_unnegated``), as
the detector's negation reads only what comes before a match. English has its own families.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_URG, _CON = Severity.URGENT, Severity.CONCERN
_LANGS = ("de", "fr", "es", "pt", "it")
# the start of a sentence: each family reads one sentence, its guards the whole of it
_START = r"(?:^|(?<=[.!?\n]))"
_S = r"[^.!?\n]"

_family = partial(family, "frame2")


# Negation words of each language, for the guards: "ohne mich hätten sie es nicht leichter"
_NEG = {
    "de": r"nicht|nich|net|kein\w*|nie|niemals",
    "fr": r"ne|n'|pas|jamais|aucun\w*",
    "es": r"no|nunca|jamas|tampoco",
    "pt": r"nao|nunca|jamais|nem",
    "it": r"non|mai|neanche|nemmeno",
}


def _unnegated(lang: str, key: str) -> str:
    """No negation in the few words before ``key`` anywhere in the sentence: a frame read from
    the sentence's start carries its own denial check ("no le di mi guitarra a nadie")."""
    return rf"(?![^.!?\n]*\b(?:{_NEG[lang]})\s+(?:\w+\s+){{0,3}}?(?:{key}))"


# a stay away, a trip, a move, work or a match explains an absence or a goodbye
_AWAY = (
    r"urlaub|ferien|reise\w*|umzug|umzieh\w*|auswander\w*|ausland|spiel|training|buro|bu(?:e)?ro"
    r"|vacances|voyage\w*|demenag\w*|etranger|match|bureau|vacaciones|viaje\w*|mudanza|me\s+mudo"
    r"|extranjero|partido|oficina|ferias|viagem|mudanca|exterior|jogo|escritorio|vacanz\w*"
    r"|viaggio|trasloco|trasferisco|estero|partita|ufficio|erasmus|intercambio|militar|mili"
    r"|servizio\s+civile|crociera|kreuzfahrt|croisiere|crucero|cruzeiro|gita|excursion|emigr\w*"
    r"|immigr\w*|reunion|reuniao|riunione|sitzung|fete|fiesta|festa|party|soiree|serata"
)

# --- others eased without the writer -----------------------------------------------------------
_WITHOUT_ME = {
    "de": r"\bohne\s+mich\b|\bwenn\s+(?:ich|es\s+mich|'?s\s+mich)\s+nicht\s+(?:mehr\s+)?"
    r"(?:da|hier|gabe|ga(?:e)?be)\s+wa(?:e)?re\b|\bwenn\s+ich\s+(?:weg|tot)\s+wa(?:e)?re\b",
    "fr": r"\bsans\s+moi\b|\bsi\s+je\s+n'?\s*(?:etais|existais)\s+plus(?:\s+la)?\b",
    "es": r"\bsin\s+mi\b|\bsi\s+(?:yo\s+)?(?:ya\s+)?no\s+(?:estuviera|estuviese|existiera)\b",
    "pt": r"\bsem\s+mim\b|\bse\s+eu\s+(?:ja\s+)?nao\s+(?:estivesse|existisse)\b",
    "it": r"\bsenza\s+(?:di\s+)?me\b|\bse\s+(?:io\s+)?non\s+ci\s+fossi(?:\s+piu)?\b",
}
# … a conditional ease: the verb in the conditional (or the imperfect said for it) and within a
# few words what they would have or be
_COND = {
    "de": r"\b(?:ha(?:e)?tte?n?|wa(?:e)?re?n?|wa(?:e)?rn|ko(?:e)?nnte?n?|wu(?:e)?rde?n?)(?:'?s)?",
    "fr": r"\b\w+(?:rait|raient)",
    "es": r"\b\w+(?:ria|rian)",
    "pt": r"\b\w+(?:ria|riam|ava|avam)",
    "it": r"\b\w+(?:rebbe|rebbero)",
}
_EASE = {
    "de": r"(?:leicht(?:er)?|einfacher|ruhe|ruhiger|frieden|besser|entspannter|freier"
    r"|glu(?:e)?cklicher|weniger\s+(?:sorgen|stress|kosten|a(?:e)?rger|probleme|last)"
    r"|aufatmen|durchatmen)\b",
    "fr": r"(?:moins\s+de\s+(?:soucis|problemes|depenses|stress|charges?|frais|tracas|poids)"
    r"|la\s+paix|plus\s+(?:legers?|legeres?|simples?|faciles?|tranquilles?|sereins?|sereines?)"
    r"|soulag\w+)\b",
    "es": r"(?:(?:mas|muy|mucho\s+mas)\s+)?(?:a\s+gusto|desahogad[oa]s?|descansad[oa]s?"
    r"|aliviad[oa]s?|menos\s+(?:problemas|gastos|preocupaciones|lios|cargas?|agobios?)|paz)\b",
    "pt": r"(?:(?:mais|bem|muito\s+mais)\s+)?(?:a\s+vontade|aliviad[oa]s?|descansad[oa]s?"
    r"|menos\s+(?:problemas?|despesas?|preocupac\w+|gastos?|peso|trabalho)|paz|sossego)\b",
    "it": r"(?:(?:piu|molto\s+piu)\s+)?(?:pace|meno\s+(?:problemi|pensieri|spese|preoccupazioni"
    r"|grane|guai|peso)|sollevat[aoie]|legger[aoie]|a\s+(?:loro|suo)\s+agio)\b",
}
_GAP = {"de": 5, "fr": 3, "es": 2, "pt": 2, "it": 2}
# … of people: the family or "they", not a party, a project or a team
_PEOPLE = {
    "de": r"sie|die|mama|papa|mutter|vater|eltern|familie|frau|mann|kinder|bruder|schwester|oma"
    r"|opa|alle",
    "fr": r"ils|elles|parents|mere|pere|maman|papa|famille|femme|mari|enfants|frere|soeur|mamie"
    r"|papi|tout\s+le\s+monde|les\s+miens",
    "es": r"ellos|ellas|padres|papas|madre|padre|mama|papa|jefa|viejos|viejas|familia|esposa"
    r"|esposo|mujer|marido|hijos|herman[oa]s?|todos|todo\s+el\s+mundo|abuel[oa]s?|vieja|viejo",
    "pt": r"eles|elas|pais|mae|pai|mainha|painho|familia|esposa|marido|mulher|filhos|irmaos?"
    r"|irmas?|todos|todo\s+mundo|avo|avos",
    "it": r"loro|genitori|madre|padre|mamma|papa|famiglia|moglie|marito|figli|fratell[oi]"
    r"|sorell[ae]|tutti|nonn[oai]|i\s+miei",
}
_EASED_WITHOUT_ME = {
    lang: rf"{_START}(?![^.!?\n]*\b(?:{_AWAY})\b)"
    rf"(?![^.!?\n]*\b(?:{_NEG[lang]})\s+(?:\w+\s+){{0,3}}?(?:{_COND[lang]}\b|{_EASE[lang]}))"
    rf"(?=[^.!?\n]*(?:{_WITHOUT_ME[lang]}))(?=[^.!?\n]*\b(?:{_PEOPLE[lang]})\b)"
    rf"{_S}*?{_COND[lang]}\s+(?:\w+\s+){{0,{_GAP[lang]}}}?{_EASE[lang]}"
    for lang in _LANGS
}
_EASED_GATE = {
    "de": "ohne mich|wenn ich|wenn es|wenn's|wenns",
    "fr": "sans moi|si je",
    "es": "sin mi|si yo|si no|si ya",
    "pt": "sem mim|se eu",
    "it": "senza|se io|se non",
}

# --- a word left in case there is no next time ----------------------------------------------
# What was said, written or left for someone
_LEFT_WORD = {
    "de": r"\b(?:gesagt|geschrieben|hinterlassen|dagelassen|hingelegt|versteckt|gegeben|geschickt"
    r"|angerufen|umarmt|brief\w*|zettel|nachricht|karte)\b",
    "fr": r"\b(?:dit|ecrit|laisse|envoye|appele|serre|lettre|mot|message|carte)\b",
    "es": r"\b(?:dije|escribi|deje|mande|llame|abrace|carta|nota|mensaje|tarjeta)\b",
    "pt": r"\b(?:disse|falei|escrevi|deixei|mandei|liguei|abracei|carta|bilhete|mensagem"
    r"|cartao)\b",
    "it": r"\b(?:detto|scritto|lasciato|mandato|chiamato|abbracciat\w|lettera|biglietto"
    r"|messaggio)\b",
}
# … "in case" the writer can no longer tell them, or they never meet again
_NO_NEXT_TIME = {
    "de": r"\b(?:falls|fu(?:e)?r\s+den\s+fall,?\s+dass|nur\s+falls)\s+(?:ich|wir)(?:'?s|\s+es)?\s+"
    r"(?:\w+\s+){0,3}?(?:nicht|nie)\s+mehr\s+(?:\w+\s+)?(?:sagen|sehen|sprechen|schreiben"
    r"|umarmen)\b",
    "fr": r"\b(?:au\s+cas\s+ou|si\s+jamais|des\s+fois\s+que)\s+(?:je|j'|on|nous)\s*(?:ne\s+|n')?"
    r"(?:\w+\s+){0,2}?(?:reverrai\w*|revoie?\w*|revoit|pourrai\w*\s+plus\s+(?:le\s+)?(?:\w+\s+)?"
    r"(?:dire|voir|parler))\b"
    r"|\bsi\s+(?:on\s+ne\s+se|je\s+ne\s+(?:la|le|les|te|vous)|on\s+se)\s+(?:re)?voi\w+\s+"
    r"(?:plus|pas|jamais)(?=\s*(?:$|[.!?,;:\n]))",
    "es": r"\bpor\s+si\s+(?:acaso\s+)?(?:ya\s+)?(?:no|nunca)\s+(?:(?:la|lo|los|las|le|les|te|nos"
    r"|me|se)\s+)?(?:vuelvo|volvemos|volviera|vuelva|volvieramos)\s+a\s+(?:ver|hablar|decir)\w*"
    r"|\bpor\s+si\s+(?:ya\s+)?no\s+(?:se\s+)?(?:lo\s+)?(?:puedo|pudiera)\s+(?:decir|ver)\w*"
    r"|\ben\s+caso\s+de\s+que\s+no\s+(?:nos\s+)?(?:volvamos|vuelva)\s+a\s+ver\w*",
    "pt": r"\b(?:caso|se|pra\s+caso|para\s+o\s+caso\s+de)\s+(?:eu|a\s+gente|nos)\s+(?:nao|nunca)\s+"
    r"(?:(?:a|o|as|os|te|se|lhe)\s+)?(?:voltar\s+a\s+ver|ver|veja|vejamos|ver\s+mais|veja\s+mais"
    r"|puder\s+(?:dizer|falar))(?:\s+mais)?(?=\s*(?:$|[.!?,;:\n])|\s+(?:depois|de\s+novo))",
    "it": r"\b(?:se|nel\s+caso|caso\s+mai|in\s+caso)\s+(?:(?:io|noi)\s+)?non\s+"
    r"(?:ci|la|lo|li|ti)\s+(?:rivediamo|rivedessimo|rivedremo|rivedo|rivedessi)(?:\s+piu)?(?=\s*(?:$|[.!?,;:\n]))"
    r"|\b(?:se|nel\s+caso|caso\s+mai|in\s+caso)\s+non\s+(?:riesco|riuscissi|potessi|posso)\s+piu"
    r"\s+a\s+(?:dirglielo|dirtelo|dirlo|vederl[aoie])\b",
}
# a holiday wish, a time before which they meet, an operation or someone else's illness
_NOT_A_SEASON = (
    r"(?![^.!?\n]*\b(?:weihnacht\w*|ostern|neujahr|geburtstag|vor\s+\w+|noel|paques|nouvel\s+an"
    r"|anniversaire|avant|navidad|pascua|ano\s+nuevo|cumple\w*|antes|natal|pascoa|aniversario"
    r"|natale|capodanno|compleanno|prima|operation|op|operacion|cirurgia|operazione|intervento"
    r"|krank\w*|malade|enferm[oa]|doente|malat[oa]|hospital|ospedale|hopital|krankenhaus"
    r"|buone|bonnes|felices?|boas|frohe|schone|schoene)\b)"
)
_IN_CASE = {
    lang: rf"{_START}(?![^.!?\n]*\b(?:{_AWAY})\b){_NOT_A_SEASON}(?=[^.!?\n]*{_LEFT_WORD[lang]})"
    rf"{_S}*?(?:{_NO_NEXT_TIME[lang]})"
    for lang in _LANGS
}
_IN_CASE_GATE = {
    "de": "falls|fall",
    "fr": "cas ou|si jamais|fois que|si on|si je",
    "es": "por si|en caso",
    "pt": "caso|se eu|se a gente|se nos",
    "it": "se |caso",
}

# --- a letter for each of one's family ------------------------------------------------------------
_KIN = {
    "de": r"(?:kind|enkel\w*|bruder|schwester|sohn|tochter|geschwister\w*|neffen|nichte"
    r"|freund\w*)",
    "fr": r"(?:frere|soeur|enfant|fils|fille|petit-\w+|petit\s+enfant|neveu|niece|cousin\w*"
    r"|ami\w*)",
    "es": r"(?:hij[oa]|niet[oa]|herman[oa]|sobrin[oa]|prim[oa]|amig[oa]|un[oa])",
    "pt": r"(?:filh[oa]|net[oa]|irma[o]?|sobrinh[oa]|prim[oa]|amig[oa]|um|uma)",
    "it": r"(?:figli[oa]?|nipot[ei]|fratell[oi]|sorell[ae]|cugin[oaie]|amic[oaih]e?|uno|una)",
}
_LETTER = {
    "de": r"(?:brief|zettel|umschlag)",
    "fr": r"(?:lettre|mot|enveloppe)",
    "es": r"(?:carta|nota|sobre)",
    "pt": r"(?:carta|bilhete|envelope)",
    "it": r"(?:lettera|biglietto|busta)",
}
_FOR_EACH = {
    "de": rf"\b{_LETTER['de']}e?\s+fu(?:e)?r\s+(?:jede[nrs]?|jedes)\s+{_KIN['de']}"
    rf"|\bfu(?:e)?r\s+jede[nrs]?\s+{_KIN['de']}\w*\s+(?:einen?\s+|ein\s+)?(?:eigenen?\s+)?"
    rf"{_LETTER['de']}"
    rf"|\bjede[rs]?\s+{_KIN['de']}\w*\s+(?:kriegt|bekommt|findet|hat)\s+(?:seinen|ihren|einen)\s+"
    rf"{_LETTER['de']}",
    "fr": rf"\b{_LETTER['fr']}s?\s+(?:pour|a)\s+chaque\s+{_KIN['fr']}"
    rf"|\bchaque\s+{_KIN['fr']}\s+(?:aura|recevra|trouvera|a)\s+(?:sa|son)\s+{_LETTER['fr']}",
    "es": rf"\b{_LETTER['es']}s?\s+(?:para|a)\s+cada\s+{_KIN['es']}"
    # (or "each one of my brothers will find a letter of mine")
    rf"|\bcada\s+(?:(?:uno|una)\s+de\s+(?:mis|los|las)\s+)?{_KIN['es']}s?\s+(?:tendra|tiene"
    rf"|recibira|encontrara|va\s+a\s+(?:tener|encontrar|recibir))\s+(?:su|una)\s+"
    rf"{_LETTER['es']}",
    "pt": rf"\b{_LETTER['pt']}s?\s+(?:pra|para|a)\s+cada\s+{_KIN['pt']}"
    rf"|\bcada\s+{_KIN['pt']}\s+(?:vai\s+ter|tera|recebe|vai\s+receber|vai\s+achar|tem)\s+"
    rf"(?:a\s+sua|o\s+seu|sua|seu)\s+{_LETTER['pt']}",
    "it": rf"\b{_LETTER['it']}\s+(?:per|a)\s+(?:ogni|ciascun\w*)\s+{_KIN['it']}"
    rf"|\bogni\s+{_KIN['it']}\s+(?:avra|ricevera|trovera|ha)\s+(?:la\s+sua|il\s+suo)\s+"
    rf"{_LETTER['it']}",
}
# an occasion, money, a school or a party: the everyday card for each child
_NOT_AN_OCCASION = (
    r"(?![^.!?\n]*\b(?:weihnacht\w*|ostern|geburtstag\w*|geld|hochzeit|einladung\w*|schule|party"
    r"|fest|danke|noel|paques|anniversaire|argent|fric|mariage|invitation\w*|ecole|fete|merci"
    r"|navidad|reyes|pascua|cumple\w*|dinero|plata|boda|invitacion\w*|escuela|colegio|fiesta"
    r"|gracias|natal|pascoa|aniversario|dinheiro|grana|casamento|convite\w*|escola|festa"
    r"|obrigad\w*|natale|befana|compleanno|soldi|matrimonio|invit\w*|scuola|grazie|mancia"
    r"|paghetta|ricetta|receita|receta|recette|rezept|regalo|presente|cadeau|geschenk\w*"
    # … or what the note is for: chores, a list, a reminder, a lunch box, a sacrament
    r"|tareas|deberes|deveres|compiti|devoirs|hausaufgaben|aufgaben|lista|liste|einkauf\w*"
    r"|lembr\w*|record\w*|ricord\w*|rappel\w*|erinner\w*|lunch|lonchera|lancheira|merenda"
    r"|brotdose|pausenbrot|comunion|comunhao|comunione|communion|kommunion|konfirmation|bautizo"
    r"|batizado|battesimo|bapteme|taufe|dentista|dentiste|zahnarzt|medico|consulta|arzt"
    r"|menu|recado\w*|instruc\w*|istruzion\w*|anleitung)\b)"
)
# … and the letters put away where they will be found: under, inside, hidden, sealed, in a drawer
_PUT_AWAY = {
    "de": r"\b(?:unter|versteckt|versiegelt|verschlossen|schublade|schrank|truhe|kiste|kommode"
    r"|schreibtisch|umschla(?:e)?g\w*)\b",
    "fr": r"\b(?:sous|cache\w*|glisse\w*|scelle\w*|cachete\w*|tiroir|malle|armoire|coffre"
    r"|commode|enveloppes?)\b",
    "es": r"\b(?:debajo|bajo|dentro|escondid\w+|guardad\w+|sellad\w+|cajon|ropero|armario|baul"
    r"|comoda|sobres?)\b",
    "pt": r"\b(?:debaixo|embaixo|sob|dentro|escondid\w+|guardad\w+|lacrad\w+|gaveta|armario"
    r"|guarda-roupa|bau|comoda|envelopes?|biblia)\b",
    "it": r"\b(?:sotto|dentro|nascost\w+|sigillat\w+|cassetto|armadio|baule|comodino|como"
    r"|buste?)\b",
}
# … or "for each" said first: "para cada uno de mis hijos dejé una carta"
_FOR_EACH_FIRST = {
    "de": r"\bfu(?:e)?r\s+(?:jede[nrs]?|jedes)",
    "fr": r"\b(?:pour|a)\s+(?:chaque|chacun\w*\s+(?:de\s+)?(?:mes|ses|nos))",
    "es": r"\bpara\s+cada\s+(?:uno\s+de\s+mis|una\s+de\s+mis)?",
    "pt": r"\b(?:pra|para)\s+cada\s+(?:um\s+dos\s+meus|uma\s+das\s+minhas)?",
    "it": r"\bper\s+(?:ogni|ciascun\w*)\s+(?:dei\s+miei|delle\s+mie)?",
}
_LETTER_EACH = {
    lang: rf"{_START}{_NOT_AN_OCCASION}(?=[^.!?\n]*{_PUT_AWAY[lang]}){_S}*?(?:{_FOR_EACH[lang]}"
    rf"|{_FOR_EACH_FIRST[lang]}\s*{_KIN[lang]}\w*\b{_S}{{0,30}}?\b{_LETTER[lang]})"
    for lang in _LANGS
}
_LETTER_EACH_GATE = {
    "de": "jede",
    "fr": "chaque|chacun",
    "es": "cada",
    "pt": "cada",
    "it": "ogni|ciascun",
}

# --- suffering and no way to get out of it --------------------------------------------------
_WEIGHT = {
    "de": r"last|gewicht|schmerz\w*|angst|qual\w*|ersti(?:e)?ck\w*|ertrink\w*|ertrinke|leid"
    r"|ho(?:e)?lle|leere|aushalten|albtraum|druck",
    "fr": r"poids|douleur|angoisse|etouff\w*|noie|noyer|souffr\w*|enfer|vide|porter|cauchemar"
    r"|supporte\w*|mal\s+de\s+vivre",
    "es": r"ahoga\w*|asfixia\w*|peso|dolor|angustia|pena|sufr\w*|pesadilla|infierno|vacio"
    r"|aguant\w*|cargar",
    "pt": r"peso|dor|angustia|sufoc\w*|afog\w*|sofr\w*|inferno|vazio|carregar|aguent\w*"
    r"|pesadelo",
    "it": r"peso|dolore|angoscia|soffoc\w*|affog\w*|soffr\w*|inferno|vuoto|reggo|sopport\w*"
    r"|incubo",
}
_NO_WAY_OUT = {
    "de": r"\bes\s+gibt\s+(?:keinen|kein)\s+(?:weg|ausweg|entkommen)(?:\s+(?:raus|hinaus|heraus))?"
    r"|\bkein\s+entkommen\b",
    "fr": r"\b(?:il\s+)?(?:n'?\s*)?y\s+a\s+pas\s+moyen\s+d'?\s*(?:en\s+sortir|s'?\s*en\s+sortir"
    r"|m'?\s*en\s+sortir|echapper|fuir)|\baucun\s+moyen\s+d'?\s*(?:en\s+sortir|m'?\s*en\s+sortir"
    r"|y\s+echapper|echapper|fuir)",
    "es": r"\bno\s+(?:hay|tengo|existe)\s+(?:forma|manera|modo|como)\s+de\s+(?:escapar|salir|huir)"
    r"(?:me)?(?:\s+de\s+(?:esto|aqui|esta))?",
    "pt": r"\bnao\s+(?:tem|ha|existe|tenho)\s+(?:como|jeito\s+de|forma\s+de|maneira\s+de)\s+"
    r"(?:sair|fugir|escapar)(?:\s+(?:disso|disto|daqui|dessa|desta))?",
    "it": r"\bnon\s+c'?\s*e\s+(?:modo|verso|maniera|via)\s+di\s+(?:uscirne|scappare|fuggire"
    r"|uscire)",
}
# … closing its clause: "no hay forma de salir del consultorio" names a place
_NO_WAY_OUT = {lang: rf"(?:{p})(?=\s*(?:$|[.!?,;:\n]))" for lang, p in _NO_WAY_OUT.items()}
# a place, a vehicle, a queue, the weather, a game or paperwork: a thing one is stuck in
_NOT_A_PLACE = (
    r"(?![^.!?\n]*\b(?:aufzug|fahrstuhl|stau|verkehr|schnee|zug|keller\s+abgeschlossen|spiel"
    r"|formular\w*|papierkram|finanzamt|ascenseur|bouchon\w*|embouteillage|neige|train|jeu"
    r"|paperasse|impots?|ascensor|atasco|trafico|nieve|tren|juego|tramite\w*|papeleo|hacienda"
    r"|elevador|engarrafamento|transito|neve|trem|jogo|papelada|receita\s+federal|ascensore"
    r"|traffico|coda|treno|gioco|scartoffie|burocrazia|escape|labirint\w*|laberinto|labyrinthe"
    r"|reunion|reuniao|riunione|sitzung|meeting|examen|exame|esame|pru(?:e)?fung|contrat\w*"
    r"|contrato|contratto|vertrag|fila|cola|schlange|warteschlange|file\s+d'attente|queue|bank"
    r"|banque|banco|banca|post|poste|correos|correios|behorde|amt|prefecture|ayuntamiento"
    r"|prefeitura|comune"
    # an ache of the body: "dolor de muelas", "dor nas costas"
    r"|muelas|espalda|costas|dentes?|schiena|denti|ru(?:e)?cken|zahn\w*|rodilla|joelho"
    r"|ginocchio|knie|genou)\b)"
)
_NO_WAY = {
    lang: rf"{_START}{_NOT_A_PLACE}(?=[^.!?\n]*\b(?:{_WEIGHT[lang]})\b){_S}*?"
    rf"(?:{_NO_WAY_OUT[lang]})"
    for lang in _LANGS
}
_NO_WAY_GATE = {
    "de": "gibt|entkommen",
    "fr": "moyen",
    "es": "forma|manera|modo|como",
    "pt": "como|jeito|forma|maneira",
    "it": "modo|verso|maniera|via",
}

# --- one's things given for good ------------------------------------------------------------
_GAVE = {
    # (the writer's own "hab ich … verschenkt", not "er verschenkt seine Sachen")
    # (a separable prefix before the participle: "mitgegeben", "weggegeben", "hergegeben")
    "de": r"\b(?:hab|habe|hatte|ich)\b(?:\s+\w+){0,8}?\s+(?:verschenkt|(?:mit|weg|her)?gegeben"
    r"|vermacht|u(?:e)?berlassen|abgegeben|geschenkt|vererbt)\b",
    "fr": r"\b(?:j'?\s*ai|je\s+(?:lui|leur)\s+ai|je\s+l'?\s*ai|je\s+les\s+ai)\s+(?:\w+\s+)?"
    r"(?:donne|donnes|donnee|donnees|offert|refile|legue|cede)\b",
    "es": r"\b(?:di|regale|entregue|done|cedi|herede)\b(?!\s+(?:cuenta|un\s+paseo|una\s+vuelta"
    r"|clase|gracias|las\s+gracias|un\s+beso|un\s+abrazo|mi\s+palabra))",
    "pt": r"\b(?:entreguei|dei|doei|ofereci)\b(?!\s+(?:conta|um\s+passeio|uma\s+volta|aula"
    r"|obrigad\w+|um\s+beijo|um\s+abraco|a\s+minha\s+palavra))",
    "it": r"\b(?:ho|l'ho|li\s+ho|le\s+ho)\s+(?:\w+\s+)?(?:dat[oaie]|regalat[oaie]|ceduto"
    r"|ceduti)\b",
}
# … and that it is for good: kept, for ever, no longer needed
_FOR_GOOD = {
    "de": r"\b(?:fu(?:e)?r\s+immer|endgu(?:e)?ltig|soll\w*\s+(?:\w+\s+)?behalten|(?:ich\s+)?"
    r"brauch(?:e|')?\s+(?:ich\s+)?(?:\w+\s+){0,3}?(?:nicht|nich|net|nimmer)\s+mehr)\b",
    "fr": r"\b(?:pour\s+(?:de\s+bon|toujours)|definitivement|(?:je\s+)?n'?\s*en\s+(?:ai|aurai)"
    r"\s+plus\s+besoin|qu'?\s*(?:il|elle)s?\s+(?:le|la|les)\s+garde\w*)\b",
    "es": r"\b(?:para\s+siempre|que\s+se\s+(?:lo|la|los|las)\s+quede\w*|(?:yo\s+)?ya\s+no\s+"
    r"(?:lo|la|los|las)\s+(?:necesito|voy\s+a\s+necesitar))\b",
    "pt": r"\b(?:pra\s+sempre|para\s+sempre|de\s+vez|que\s+fique\s+com\s+(?:el[ea]s?|isso)"
    r"|(?:eu\s+)?(?:ja\s+)?nao\s+(?:\w+\s+)?(?:preciso|vou\s+precisar)(?:\s+mais)?)\b",
    "it": r"\b(?:per\s+sempre|definitivamente|(?:che\s+)?se\s+l[oaie]\s+tenga|non\s+ne\s+ho\s+"
    r"piu\s+bisogno|non\s+mi\s+serv\w+\s+piu)\b",
}
# a new one bought, a child who outgrew it, a sale, a move or a loan
NOT_REPLACED = (
    r"(?![^.!?\n]*\b(?:neue[nrs]?|gekauft|kaufe|verkauf\w*|umzug|zu\s+klein|rausgewachsen"
    r"|gro(?:ss|ß)\s+geworden|geliehen|nouvea?u|nouvelle|neuf|achete\w*|vendu\w*|demenag\w*"
    r"|trop\s+petite?s?|grandi|prete\w*|nuev[oa]s?|compre|vend\w*|mudanza|(?:muy|demasiado)\s+"
    r"pequen[oa]s?|crecio|prestad[oa]s?|(?<!de\s)nov[oa]s?|comprei|mudanca|pequen[oa]s?\s+demais"
    r"|cresceu|emprestad[oa]s?|nuov[oa]|comprat[oaie]|traslocc?\w*|troppo\s+piccol[oaie]"
    r"|cresciut[oa]|prestat[oaie]|bebe|baby|neonat[oa]"
    # a heart given, a resignation, a wedding's yes, a farewell to a sport or a job
    r"|herz|coeur|corazon|coracao|cuore|ku(?:e)?ndigung|demission|renuncia|demissao|dimission\w*"
    r"|hochzeit|mariage|boda|casamento|matrimonio|abschied|adieux?|adios|despedida|addio|rente"
    r"|retraite|jubil\w*|aposentad\w*|pensione|esam[ei]|examen\w*|exames?|pru(?:e)?fung\w*|appunti"
    r"|apuntes|curso|corso|cours|kurs|fiches|schede|apostilas|skript\w*"
    r"|no\s+me\s+queda|nao\s+me\s+serve|ne\s+me\s+va|passt\s+(?:mir\s+)?nicht|biblioteca"
    r"|bibliotheque|bibliothek|caridad|caritas|beneficenza|spende\w*|donacion|doacao|igreja"
    r"|iglesia|chiesa|eglise|kirche"
    # … or the books and things of finished studies: "me formei e não preciso mais"
    r"|formei|graduei|me\s+gradue|laurea\w*|diplom\w*|abitur|faculdade|facultad|universit\w*"
    r"|uni|calouros|schule|ecole|escola|escuela|scuola|studium|estudos|estudios|studi|etudes)\b)"
)
_GIVEN_WORD = {
    **_GAVE,
    "de": r"verschenkt|(?:mit|weg|her)?gegeben|vermacht|u(?:e)?berlassen|abgegeben|geschenkt"
    r"|vererbt",
}
_GIVEN_FOR_GOOD = {
    lang: rf"{_START}{NOT_REPLACED}{_unnegated(lang, _GIVEN_WORD[lang])}{_S}*?(?:{_GAVE[lang]})"
    rf"{_S}{{0,90}}?(?:{_FOR_GOOD[lang]})"
    for lang in _LANGS
}
_GIVEN_GATE = {
    "de": "immer|endg|behalt|brauch",
    "fr": "pour de bon|toujours|definitivement|besoin|garde",
    "es": "siempre|quede|necesit",
    "pt": "sempre|de vez|fique|precis",
    "it": "sempre|definitiv|tenga|bisogno|serv",
}

# --- a time and a high place, the act unnamed ----------------------------------------------------
_IT_WILL_BE = {
    "de": r"es\s+(?:wird|ist|passiert|soll\s+sein)(?:\s+am|\s+fu(?:e)?r)?",
    "fr": r"(?:c'?\s*est|ce\s+sera|ca\s+sera|ca\s+va\s+etre)(?:\s+pour)?",
    "es": r"(?:va\s+a\s+ser|sera|es)(?:\s+para)?",
    "pt": r"(?:vai\s+ser|sera|e\s+pra|e\s+para)",
    "it": r"(?:sara|e\s+per)",
}
_TIME = {
    "de": r"(?:am\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen"
    r"|heute|na(?:e)?chste\s+woche)\w*",
    "fr": r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce\s+soir|cette\s+nuit"
    r"|la\s+semaine\s+prochaine)",
    "es": r"(?:el\s+)?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|esta\s+noche"
    r"|la\s+semana\s+que\s+viene)",
    "pt": r"(?:n[oa]\s+)?(?:segunda|terca|quarta|quinta|sexta|sabado|domingo|amanha"
    r"|hoje\s+a\s+noite|esta\s+noite|semana\s+que\s+vem)",
    "it": r"(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|domani|stanotte|stasera"
    r"|la\s+settimana\s+prossima)",
}
_HIGH_PLACE = {
    "de": r"\b(?:bru(?:e)?cke|talbru(?:e)?cke|viadukt|klippe\w*|gleis\w*|schienen|staudamm"
    r"|steinbruch|hochhaus|dach)\b",
    "fr": r"\b(?:pont|viaduc|falaise|voies?\s+ferrees?|rails|barrage|toit)\b",
    # (not "el puente de mayo", the long weekend)
    "es": r"\b(?:puente(?!\s+(?:de|del)\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto"
    r"|septiembre|octubre|noviembre|diciembre|la\s+constitucion|la\s+inmaculada|todos\s+los"
    r"\s+santos|san\s+\w+|semana\s+santa|reyes))|viaducto|acantilado|vias|rieles|presa|azotea"
    r"|tejado)\b",
    "pt": r"\b(?:ponte|viaduto|falesia|penhasco|trilhos|linha\s+do\s+trem|barragem|terraco"
    r"|telhado)\b",
    "it": r"\b(?:ponte|viadotto|scogliera|binari|diga|tetto|terrazzo)\b",
}
# an outing named: a walk, a picnic, fishing, a photo, a meeting, works on the bridge
_NOT_AN_OUTING = (
    r"(?![^.!?\n]*\b(?:spaziergang|picknick|angeln|foto\w*|treffen|treffpunkt|fest|markt|konzert"
    r"|bauarbeiten|baustelle|fu(?:e)?hrung|repar\w*|ripar\w*|consert\w*|arregl\w*|dachdecker"
    r"|couvreur|playa|finde|fin\s+de\s+semana|balade|pique-nique|peche\w*|photos?|rendez-vous|fete"
    r"|marche|concert|travaux|visite|paseo|picnic|pesca|fotos?|cita|quedada|fiesta|mercado"
    r"|concierto|obras?|visita|passeio|piquenique|encontro|festa|feira|show|passeggiata"
    r"|picnic|appuntamento|sagra|mercato|concerto|lavori|inaugurazione|corsa|lauf|course"
    r"|carrera|corrida|maratona|marathon|gara|partita|spiel|match|jogo|partido)\b)"
)
# … the place, with its name, closing the sentence: whatever follows names the outing ("…, au
# pont, pour voir le feu d'artifice", "… sul ponte, con la banda del paese")
_TIME_AND_PLACE = {
    lang: rf"{_START}\s*{_NOT_AN_OUTING}{_IT_WILL_BE[lang]}\s+{_TIME[lang]}\b{_S}{{0,60}}?"
    rf"{_HIGH_PLACE[lang]}(?:\s+[\w'-]+){{0,4}}(?=\s*(?:$|[.!?\n]))"
    for lang in _LANGS
}
_TIME_AND_PLACE_GATE = {
    "de": "brucke|bruecke|viadukt|klippe|gleis|schienen|staudamm|steinbruch|hochhaus|dach",
    "fr": "pont|viaduc|falaise|voie|rails|barrage|toit",
    "es": "puente|viaducto|acantilado|vias|rieles|presa|azotea|tejado",
    "pt": "ponte|viaduto|falesia|penhasco|trilhos|linha do trem|barragem|terraco|telhado",
    "it": "ponte|viadotto|scogliera|binari|diga|tetto|terrazzo",
}

# --- a supply taken, and the care after it --------------------------------------------------------
# A first-person past "took / swallowed / drank" with a whole supply of medicine …
_AMOUNT = {
    "de": r"(?:alle|die\s+ganze|eine\s+ganze|eine\s+handvoll|zu\s+viele|\d+)",
    "fr": r"(?:tou(?:te)?s\s+(?:les|mes)|toute\s+(?:la|ma)|une\s+(?:boite|plaquette|poignee)|trop"
    r"\s+de|\d+)",
    "es": r"(?:tod[oa]s\s+(?:las|los|mis)|toda\s+(?:la|mi)|todo\s+el|un\s+(?:frasco|blister"
    r"|punado|monton)|una\s+caja|demasiad[oa]s|\d+)",
    "pt": r"(?:tod[oa]s\s+(?:as|os|meus|minhas)|toda\s+a|todo\s+o|uma\s+(?:caixa|cartela)|um\s+"
    r"(?:frasco|punhado|monte)|\d+)",
    "it": r"(?:tutt[ei]\s+(?:le|i|mie|miei)|tutta\s+la|una\s+(?:scatola|confezione|manciata)"
    r"|un\s+flacone|troppe|\d+)",
}
_SUPPLY = (
    r"(?:pastillas|pildoras|medicamentos|somniferos|calmantes|antidepresivos|comprimidos"
    r"|remedios|pilulas|tabletten|pillen|medikamente|schlaftabletten|cachets|comprimes"
    r"|medicaments|medocs|pilules|somniferes|pillole|pastiglie|compresse|farmaci|sonniferi"
    r"|ansioliticos|antidepressivi|paracetamol\w*|ibuprofen\w*|jarabe|xarope"
    r"|sciroppo|sirop|sirup|frasco|caixa|cartela|caja|blister|boite|plaquette|flacone|scatola"
    r"|confezione|packung|schachtel|dose)\b"
)
_TOOK = {
    "de": r"\b(?:hab|habe|hatte)\s+ich\b|\bich\s+(?:hab|habe|hatte)\b",
    "fr": r"\bj'?\s*ai\s+(?:pris|avale|bu|gobe)\b",
    "es": r"\b(?:me\s+)?(?:tome|trague|bebi|meti)\b",
    "pt": r"\b(?:tomei|engoli|bebi)\b",
    "it": r"\b(?:ho\s+(?:preso|ingoiato|inghiottito|mandato\s+giu|bevuto)|mi\s+sono\s+"
    r"(?:pres[oa]|ingoiat[oa]|bevut[oa]))\b",
}
# (German names the supply before its participle: "hab ich alle Tabletten geschluckt")
_TOOK_END = {
    "de": r"(?:\s+\w+){0,3}?\s+(?:genommen|geschluckt|eingeworfen|getrunken|reingeschmissen)\b",
    "fr": "",
    "es": "",
    "pt": "",
    "it": "",
}
# … and the care after it: an emergency room, a ward, waking up there, the stomach pumped
_OUTCOME = {
    "de": r"aufgewacht|gelandet|eingeliefert|ausgepumpt|lag|mich\s+(?:\w+\s+)?(?:gebracht"
    r"|gefahren)",
    "fr": r"reveille\w*|fini|atterri|retrouve\w*|emmene\w*|transporte\w*|hospitalise\w*|lavage",
    "es": r"acabe|termine|desperte|amaneci|me\s+llevaron|me\s+ingresaron|me\s+internaron"
    r"|fui\s+a\s+parar|me\s+hicieron|lavado",
    "pt": r"acordei|fui\s+parar|parei|me\s+levaram|me\s+internaram|fiquei|terminei|acabei"
    r"|me\s+fizeram|lavagem",
    "it": r"svegliat[oa]|finit[oa]|portat[oa]|ricoverat[oa]|ritrovat[oa]|fatto\s+la|lavanda",
}
_AFTERCARE = {
    "de": r"\b(?:notaufnahme|krankenhaus|klinik|intensivstation|intensiv|magen\s+ausgepumpt"
    r"|eingeliefert|psychiatrie)\b",
    "fr": r"\b(?:urgences|hopital|hosto|rea|reanimation|lavage|hospitalise\w*|psychiatri\w*)\b",
    "es": r"\b(?:urgencias|hospital|uci|clinica|clinico|lavado|ingresad[oa]|me\s+ingresaron"
    r"|psiquiatri\w+)\b",
    "pt": r"\b(?:pronto[\s-]socorro|hospital|uti|upa|internad[oa]|lavagem|me\s+internaram"
    r"|emergencia|psiquiatri\w+)\b",
    "it": r"\b(?:pronto\s+soccorso|ospedale|rianimazione|ricoverat[oa]|lavanda|psichiatri\w+"
    r"|spdc)\b",
}
# a mistake, an allergy, food poisoning, an operation or an accident: an ordinary emergency
NOT_BY_MISTAKE = (
    r"(?![^.!?\n]*\b(?:por\s+error|sin\s+querer|equivoca\w*|alergi\w*|reaccion|intoxicacion"
    r"|por\s+engano|sem\s+querer|reacao|per\s+sbaglio|allergi\w*|reazione|par\s+erreur"
    r"|reaction|aus\s+versehen|versehentlich|reaktion|lebensmittel\w*|operation|operacion"
    r"|cirurgia|operazione|unfall|accident\w*|acidente|incidente|fiebre|febre|febbre|fieber"
    r"|fievre|migra\w*|grippe|gripe|influenza|dengue|covid|infec\w*|infez\w*|infektion"
    r"|neumonia|pneumonia|polmonite|pneumonie|lungenentzu(?:e)?ndung|vitamin\w*|consult\w*"
    # … or the dose the doctor gave, and a check-up after it
    r"|prescri\w*|recetad\w*|receitad\w*|verschrieben|verordnet|controllo|control|revision"
    r"|kontrolle|check\w*|visita|termin|che\s+mi\s+(?:ha|hanno)\s+dato|que\s+me\s+(?:dio|dieron"
    r"|deu|deram)|qu'?\s*on\s+m'?\s*a\s+donne)\b)"
)
# (or the whole said after it: "engoli os comprimidos todos")
_ALL_AFTER = r"\s+(?:todos|todas|tutte|tutti|tous|toutes|alle|inteir[oa]|enter[oa]|intero|intera)\b"
_TOOK_WORD = {**_TOOK, "de": r"genommen|geschluckt|eingeworfen|getrunken|reingeschmissen"}
_TOOK_THEN_CARE = {
    lang: rf"{_START}{NOT_BY_MISTAKE}{_unnegated(lang, _TOOK_WORD[lang])}{_S}*?(?:{_TOOK[lang]})"
    rf"{_S}{{0,40}}?(?:\b{_AMOUNT[lang]}\s+(?:\w+\s+){{0,2}}?{_SUPPLY}|{_SUPPLY}{_ALL_AFTER})"
    rf"{_TOOK_END[lang]}{_S}{{0,80}}?"
    # … the writer's outcome and the care, either order ("acabé en urgencias", "ins Krankenhaus
    # eingeliefert", "lavado de estómago")
    rf"(?:\b(?:{_OUTCOME[lang]})\b{_S}{{0,40}}?{_AFTERCARE[lang]}|{_AFTERCARE[lang]}{_S}{{0,30}}?"
    rf"\b(?:{_OUTCOME[lang]})\b|\b(?:lavado|lavagem|lavage|lavanda|magen\s+ausgepumpt)\b)"
    for lang in _LANGS
}
_TOOK_GATE = {
    "de": "notaufnahme|krankenhaus|klinik|intensiv|magen|eingeliefert|psychiatrie",
    "fr": "urgences|hopital|hosto|rea|lavage|hospitalis|psychiatri",
    "es": "urgencias|hospital|uci|clinic|lavado|ingres|psiquiatri",
    "pt": "socorro|hospital|uti|upa|internad|lavagem|internaram|emergencia|psiquiatri",
    "it": "soccorso|ospedale|rianimazione|ricoverat|lavanda|psichiatri|spdc",
}

# --- everything set, for when nobody is around --------------------------------------------------
_ALL_SET = {
    "de": r"\balles\s+ist\s+(?:\w+\s+)?(?:geplant|vorbereitet|bereit|organisiert|durchdacht)"
    r"|\bich\s+hab(?:e)?\s+(?:schon\s+)?alles\s+(?:geplant|vorbereitet|organisiert|durchdacht)",
    "fr": r"\btout\s+est\s+(?:deja\s+)?(?:prevu|pret|planifie|organise|calcule)"
    r"|\bj'?\s*ai\s+(?:deja\s+)?tout\s+(?:prevu|prepare|planifie|organise|calcule)",
    "es": r"\b(?:lo\s+)?tengo\s+todo\s+(?:pensado|planeado|preparado|listo|organizado|calculado)"
    r"|\b(?:ya\s+)?esta\s+todo\s+(?:pensado|planeado|preparado|listo|organizado)",
    "pt": r"\b(?:ja\s+)?(?:ta|esta)\s+tudo\s+(?:planejado|pensado|pronto|preparado|organizado)"
    r"|\b(?:ja\s+)?tenho\s+tudo\s+(?:planejado|pensado|pronto|preparado|organizado)",
    "it": r"\b(?:ormai\s+)?e\s+(?:gia\s+)?tutto\s+(?:pronto|pianificato|organizzato|preparato)"
    r"|\bho\s+(?:gia\s+)?(?:tutto\s+(?:pronto|pianificato|organizzato|preparato)"
    r"|(?:pianificato|organizzato|preparato)\s+tutto)",
}
_NOBODY_AROUND = {
    "de": r"\bwenn\s+(?:keiner|niemand)\s+(?:mehr\s+)?(?:da|daheim|zu\s*hause|im\s+haus)\s+ist"
    r"|\bwenn\s+(?:alle|die\s+anderen)\s+(?:schlafen|weg\s+sind|aus\s+dem\s+haus\s+sind)"
    r"|\bwenn\s+ich\s+allein(?:e)?\s+bin|\bwenn\s+das\s+haus\s+leer\s+ist",
    "fr": r"\bquand\s+(?:il\s+(?:n'?\s*)?y\s+aura\s+personne|personne\s+ne\s+sera\s+la"
    r"|(?:tout\s+le\s+monde|ils|elles)\s+(?:dormira|dormiront|sera\s+parti|seront\s+partis)"
    r"|je\s+serai\s+seule?|la\s+maison\s+sera\s+vide)",
    "es": r"\bcuando\s+(?:no\s+(?:haya|este)\s+nadie|nadie\s+(?:este|estara|me\s+vea)"
    r"|(?:todos|todas)\s+(?:duerman|se\s+vayan|esten\s+fuera)|me\s+quede\s+sol[oa]"
    r"|este\s+sol[oa]|la\s+casa\s+este\s+vacia)",
    "pt": r"\bquando\s+(?:nao\s+(?:tiver|houver)\s+ninguem|ninguem\s+(?:estiver|tiver|me\s+vir)"
    r"|(?:todos|todo\s+mundo)\s+(?:dormir|dormirem|sair|sairem)|eu\s+(?:estiver|ficar)\s+"
    r"sozinh[oa]|a\s+casa\s+(?:estiver|ficar)\s+vazia)",
    "it": r"\bquando\s+(?:non\s+(?:c'?\s*e|ci\s+sara)\s+nessuno|nessuno\s+(?:e|sara|mi\s+vede)"
    r"|tutti\s+(?:dormono|dormiranno|sono\s+via|saranno\s+via|escono)|saro\s+sol[oa]"
    r"|resto\s+sol[oa]|la\s+casa\s+(?:e|sara)\s+vuota)",
}
# a surprise, a party, a clean-up, a present, a trip: what people plan for an empty house
_NOT_A_SURPRISE = (
    r"(?![^.!?\n]*\b(?:sorpresa|surprise|surpresa|u(?:e)?berraschung|fiesta|fete|festa|feier"
    r"|party|limpieza|menage|putz\w*|faxina|pulizie|regalo|cadeau|geschenk\w*|presente|viaje"
    r"|voyage|viagem|viaggio|reise|mudanza|demenag\w*|mudanca|trasloco|umzug|maleta|valise"
    r"|mala|valigia|koffer|cena|diner|jantar|abendessen|pintar|peindre|pintura|dipingere"
    r"|streichen|reforma|obras|travaux|lavori|cumple\w*|anniversaire|aniversario|compleanno"
    r"|geburtstag)\b)"
)
# … the moment closing the sentence, or everything set closing it after the moment: what
# follows either names the plan ("…, quand il n'y aura personne, je repeins la cuisine")
_HOME = (
    r"(?:\s+(?:en|a|em|in|zu|a\s+la|na|dans\s+la)\s+(?:casa|maison|hause|haus|cuisine"
    r"|cocina))?"
)
_SENTENCE_END = r"(?=\s*(?:$|[.!?\n]))"
# a purpose named after it is the plan: "tengo todo preparado para estudiar"
_NO_PURPOSE = (
    r"(?![^.!?\n]*\b(?:para|pra|pour|per|um|zum)\s+(?:\w+\s+)?\w+(?:ar|er|ir|re|are|ere|ire|en)\b"
    r"(?<!\bmadre)(?<!\bpadre))"
)
_SET_FOR_ALONE = {
    lang: rf"{_START}{_NOT_A_SURPRISE}{_NO_PURPOSE}{_unnegated(lang, _ALL_SET[lang])}{_S}*?"
    rf"(?:(?:{_ALL_SET[lang]}){_S}{{0,60}}?"
    rf"(?:{_NOBODY_AROUND[lang]}){_HOME}{_SENTENCE_END}|(?:{_NOBODY_AROUND[lang]}){_HOME}"
    rf"{_S}{{0,30}}?(?:{_ALL_SET[lang]}){_SENTENCE_END})"
    for lang in _LANGS
}
_SET_GATE = {
    "de": "wenn",
    "fr": "quand",
    "es": "cuando",
    "pt": "quando",
    "it": "quando",
}

RULES: tuple[Rule, ...] = (
    _family("eased_without_me", Category.BURDEN, _CON, _EASED_WITHOUT_ME, _EASED_GATE)
    + _family("word_in_case", Category.GOODBYES, _CON, _IN_CASE, _IN_CASE_GATE)
    + _family("letter_for_each", Category.GOODBYES, _CON, _LETTER_EACH, _LETTER_EACH_GATE)
    + _family("no_way_out_of_it", Category.TRAPPED_PAIN, _CON, _NO_WAY, _NO_WAY_GATE)
    + _family("given_for_good", Category.GIVING_AWAY, _CON, _GIVEN_FOR_GOOD, _GIVEN_GATE)
    + _family(
        "time_and_high_place",
        Category.PLAN_OR_METHOD,
        _URG,
        _TIME_AND_PLACE,
        _TIME_AND_PLACE_GATE,
    )
    + _family(
        "took_then_care",
        Category.SUICIDAL_IDEATION,
        _CON,
        _TOOK_THEN_CARE,
        _TOOK_GATE,
        past=True,
    )
    + _family("all_set_for_alone", Category.PLAN_OR_METHOD, _URG, _SET_FOR_ALONE, _SET_GATE)
)

__all__ = ["NOT_BY_MISTAKE", "NOT_REPLACED", "RULES"]
