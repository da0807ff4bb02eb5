"""Signs about the people and things a writer leaves behind, in German, French, Spanish,
Portuguese and Italian, read as grammar frames: two parts any wording of the sign needs, each
with the verbs, tenses and regional forms people use.

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
* **letters for one's own, for afterwards**: letters for the children, for each or for everyone,
  and "for afterwards" closing the sentence ("Die Briefe an die Kinder liegen im Schrank, für
  hinterher", "deixei cartas pros meus filhos, pra depois");
* **one's things given for good**: given, handed or left to one's own ("je l'ai laissée à mon
  cadet"), and "for good", "let him keep them", "I don't need them any more", "it's his now"
  ("pour de bon", "que fique com elas, eu já não preciso", "para siempre", "ormai è suo").

Why: as for ``rules_intl_frames``, phrase families fitted to one batch's sentences caught the
next batch's other wordings at chance. A frame names what the sign is made of. Each family keeps
out its everyday look-alikes: a trip, a holiday or a move behind the absence or the goodbye;
Christmas, birthday or money envelopes, a meal or the shopping behind a note; a new one bought,
a child outgrowing it or a move behind the gift; a partner left ("dejé a mi novio"). A frame
read from the sentence's start checks its own denial (``unnegated``), as the detector's negation
reads only what comes before a match. The frames of the way out sought
(``rules_intl_frames_way_out``) share that check. English has its own families.
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
NEG_WORDS = {
    "de": r"nicht|nich|net|kein\w*|nie|niemals",
    "fr": r"ne|n'|pas|jamais|aucun\w*",
    "es": r"no|nunca|jamas|tampoco",
    "pt": r"nao|nunca|jamais|nem",
    "it": r"non|mai|neanche|nemmeno",
}


def unnegated(lang: str, key: str) -> str:
    """No negation in the few words before ``key`` anywhere in the sentence: a frame read from
    the sentence's start carries its own denial check ("no le di mi guitarra a nadie")."""
    return rf"(?![^.!?\n]*\b(?:{NEG_WORDS[lang]})\s+(?:\w+\s+){{0,3}}?(?:{key}))"


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
    rf"(?![^.!?\n]*\b(?:{NEG_WORDS[lang]})\s+(?:\w+\s+){{0,3}}?(?:{_COND[lang]}\b|{_EASE[lang]}))"
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

# --- letters for one's own, for afterwards ------------------------------------------------------
# Letters written or left for one's own people, and "for afterwards" closing the sentence: "Die
# Briefe an die Kinder liegen im Schrank, für hinterher", "deixei cartas pros meus filhos, pra
# depois"; the afterwards is left unsaid, as the letters for each of one's family leave it
_TO_KIN = {
    "de": rf"\b(?:an|fu(?:e)?r)\s+(?:(?:die|meine[nmr]?|mein|unsere?)\s+)?{_KIN['de']}\w*"
    r"|\b(?:an|fu(?:e)?r)\s+(?:jede[nrs]?|alle)\b",
    "fr": rf"\b(?:a|aux|pour)\s+(?:(?:mes|mon|ma|les)\s+)?{_KIN['fr']}s?"
    r"|\b(?:a|pour)\s+(?:chacun\w*|chaque\s+\w+|tous|toutes|ceux\s+que\s+j'?\s*aime)\b",
    "es": rf"\b(?:a|para)\s+(?:(?:mis?|los|las)\s+)?{_KIN['es']}s?\b"
    r"|\b(?:a|para)\s+(?:cada\s+\w+|todos|todas)\b",
    "pt": rf"\b(?:pros?|pras?|para|aos?|as)\s+(?:(?:os|as|o|a)\s+)?(?:(?:meus?|minhas?)\s+)?"
    rf"{_KIN['pt']}s?\b|\b(?:pra|para)\s+(?:cada\s+\w+|todos|todas)\b",
    "it": rf"\b(?:a|ai|alle|per)\s+(?:(?:i\s+miei|le\s+mie|mia|mio|mie|miei)\s+)?{_KIN['it']}"
    r"|\b(?:a|per)\s+(?:ognuno|ciascuno|ogni\s+\w+|tutti)\b",
}
_FOR_AFTERWARDS = {
    "de": r"fu(?:e)?r\s+(?:hinterher|danach|nachher|die\s+zeit\s+danach)",
    "fr": r"pour\s+(?:apres|l'?\s*apres)",
    "es": r"para\s+(?:despues|el\s+despues|luego)",
    "pt": r"(?:pra|para)\s+depois",
    "it": r"per\s+(?:dopo|il\s+dopo)",
}
# (the plurals the singular stems miss: "lettere", "biglietti", "buste")
_LETTER_FORMS = {**_LETTER, "it": r"(?:letter[ae]|bigliett[oi]|bust[ae])"}
# a meal, a snack or the shopping: a note left for later in an ordinary day
_NOT_A_MEAL = (
    r"(?![^.!?\n]*\b(?:essen|mittagessen|abendessen|kuhlschrank|einkauf\w*|repas|diner|dejeuner"
    r"|frigo|courses|comida|cena|almuerzo|nevera|heladera|compras?|jantar|almoco|geladeira"
    r"|mercado|pranzo|frigo(?:rifero)?|spesa)\b)"
)
_LETTERS_AFTERWARDS = {
    # (the letters named before the people or after them: "für jeden nen Brief")
    lang: rf"{_START}{_NOT_AN_OCCASION}{_NOT_A_MEAL}{_S}*?"
    rf"(?:\b{_LETTER_FORMS[lang]}\w*\b{_S}{{0,40}}?(?:{_TO_KIN[lang]})"
    rf"|(?:{_TO_KIN[lang]}){_S}{{0,20}}?\b{_LETTER_FORMS[lang]}\w*\b)"
    rf"{_S}{{0,100}}?\b{_FOR_AFTERWARDS[lang]}(?=\s*(?:$|[.!?\n]))"
    for lang in _LANGS
}
_LETTERS_AFTERWARDS_GATE = {
    "de": "hinterher|danach|nachher",
    "fr": "apres",
    "es": "despues|luego",
    "pt": "depois",
    "it": "dopo",
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
# … or left to one of one's own: "leave" gives only with the person it is left to, right after
# it ("je l'ai laissée à mon cadet", "l'ho lasciato a mio nipote"); left alone it is a partner
# left, a habit given up or a thing forgotten
_LEFT_TO_KIN = {
    "de": r"\b(?:hab|habe|hatte|ich)\b(?:\s+\w+){0,6}?\s+(?:meinem|meiner|meinen)\s+\w+"
    r"(?:\s+\w+){0,4}?\s+(?:gelassen|hinterlassen)\b",
    "fr": r"\b(?:j'?\s*ai|je\s+l'?\s*ai|je\s+les\s+ai|je\s+lui\s+ai|je\s+leur\s+ai)\s+(?:\w+\s+)?"
    r"laisse(?:e|s|es)?\s+(?:[\w']+\s+){0,4}?(?:a|aux?)\s+(?:mon|ma|mes)\s+\w+",
    # (Spanish "dejé a mi novio" is a partner left: the thing named first, or "le" for the one)
    "es": r"\b(?:(?:le|les|se\s+l[oa]s?)\s+deje\s+(?:[\w']+\s+){0,4}?"
    r"|deje\s+(?:[\w']+\s+){1,4}?)a\s+mis?\s+\w+",
    # (Portuguese "deixei a minha namorada" is one: "a" there is the article)
    "pt": r"\bdeixei\s+(?:[\w']+\s+){0,4}?(?:ao|aos|pro|pros|pra|pras|para\s+[oa]s?)\s+"
    r"(?:meu|minha|meus|minhas)\s+\w+",
    "it": r"\b(?:ho|l'ho|li\s+ho|le\s+ho|gli\s+ho)\s+(?:\w+\s+)?lasciat[oaie]\s+(?:[\w']+\s+){0,4}?"
    r"(?:a|al|alla|ai|alle)\s+(?:mio|mia|miei|mie)\s+\w+",
}
_GAVE = {lang: rf"{p}|{_LEFT_TO_KIN[lang]}" for lang, p in _GAVE.items()}
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
# (or that it is theirs now: "ormai è suo", "que sea suyo", "agora é dele", "jetzt gehört's ihm")
_THEIRS_NOW = {
    "de": r"(?:jetzt|nun)\s+geho(?:e)?rt\s+(?:es\s+|er\s+|sie\s+|'s\s+)?(?:ihm|ihr|ihnen)"
    r"|geho(?:e)?rt(?:'s|\s+es)?\s+(?:jetzt|nun)\s+(?:ihm|ihr|ihnen)",
    "fr": r"c'?\s*est\s+(?:a\s+(?:lui|elle|eux)|le\s+sien|la\s+sienne)\s+(?:maintenant|desormais)"
    r"|(?:maintenant|desormais)\s+c'?\s*est\s+(?:a\s+(?:lui|elle|eux)|le\s+sien|la\s+sienne)",
    "es": r"(?:ahora|ya)\s+es\s+suy[oa]s?|que\s+sea\s+suy[oa]s?",
    "pt": r"(?:agora|ja)\s+e\s+(?:dele|dela|deles|delas)|que\s+seja\s+(?:dele|dela|deles|delas)",
    "it": r"(?:ormai|adesso|ora)\s+e\s+(?:su[oaie]|loro)"
    r"|e\s+(?:su[oaie]|loro)\s+(?:ormai|adesso|ora)",
}
_FOR_GOOD = {lang: rf"{p}|\b(?:{_THEIRS_NOW[lang]})\b" for lang, p in _FOR_GOOD.items()}
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
    lang: rf"{_START}{NOT_REPLACED}{unnegated(lang, _GIVEN_WORD[lang])}{_S}*?(?:{_GAVE[lang]})"
    rf"{_S}{{0,90}}?(?:{_FOR_GOOD[lang]})"
    for lang in _LANGS
}
_GIVEN_GATE = {
    "de": "immer|endg|behalt|brauch|gehort|gehoert",
    "fr": "pour de bon|toujours|definitivement|besoin|garde|maintenant|desormais",
    "es": "siempre|quede|necesit|suy",
    "pt": "sempre|de vez|fique|precis|dele|dela",
    "it": "sempre|definitiv|tenga|bisogno|serv|suo|sua|suoi|sue|loro",
}

RULES: tuple[Rule, ...] = (
    _family("eased_without_me", Category.BURDEN, _CON, _EASED_WITHOUT_ME, _EASED_GATE)
    + _family("word_in_case", Category.GOODBYES, _CON, _IN_CASE, _IN_CASE_GATE)
    + _family("letter_for_each", Category.GOODBYES, _CON, _LETTER_EACH, _LETTER_EACH_GATE)
    + _family(
        "letters_afterwards",
        Category.GOODBYES,
        _CON,
        _LETTERS_AFTERWARDS,
        _LETTERS_AFTERWARDS_GATE,
    )
    + _family("given_for_good", Category.GIVING_AWAY, _CON, _GIVEN_FOR_GOOD, _GIVEN_GATE)
)

__all__ = ["NEG_WORDS", "NOT_REPLACED", "RULES", "unnegated"]
