"""Leave-taking in German, French, Spanish, Portuguese and Italian, said around the word:

* **love and "it's not your fault", told**: a message of love and absolution given to someone
  ("gesagt, dass ich sie lieb hab und dass sie nix dafür kann");
* **a thing given for good**: given, and the writer will not use it again or it is theirs for
  ever, with no reason given ("se las di, … que yo no las vuelvo a usar");
* **letters for each one, "for the day I am gone"**: letters written or left for the people
  close to the writer and the day the writer is no longer there, or hidden and "found after",
  told in the next sentence ("Ils les trouveront après.").

Why: as for ``rules_intl_unsaid`` (whose family prefix and sentence guard these rules share), a
frame names what the sign is made of, so a writer who says it in other words is caught. Each
family keeps out its look-alikes: a divorce or an accident that is not the child's fault; a
thing given because one bought a new one, moved or gave up the hobby; a will, a notary, an
inheritance, a time capsule, a trip or a move; letters hidden for a treasure hunt, a birthday
or a feast.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, either_order
from neuroleaf_desktop.domain.safety.rules_intl_unsaid import LANGS as _LANGS
from neuroleaf_desktop.domain.safety.rules_intl_unsaid import family_unsaid as _family
from neuroleaf_desktop.domain.safety.rules_intl_unsaid import sentence_guarded as _guarded

_CON = Severity.CONCERN
_S = r"[^.!?\n]"


# --- love and "it's not your fault", told --------------------------------------------------------
_TOLD = (
    r"(?=[^.!?\n]*\b(?:dije|escribi|mande|llame|avise|disse|falei|escrevi|mandei|liguei|gesagt"
    r"|sagte|geschrieben|schrieb|angerufen|dit|ecrit|appele|redit|detto|scritto|chiamato|ridetto"
    r"|told|wrote)\b)"
)
_LOVE = {
    "de": r"\blieb\s+(?:hab|habe|hatte)\b|\bhab\w*\s+(?:sie|ihn|euch|dich)\s+(?:\w+\s+)?lieb\b"
    r"|\b(?:sie|ihn|euch|dich)\s+liebe\b",
    "es": r"\b(?:la|lo|las|los|les|le|te)\s+(?:quiero|queria|amo|amaba)\b",
    "pt": r"\b(?:a|o|as|os|te)\s+(?:amo|amava)\b|\bamo\s+(?:muito\s+)?(?:ela|ele|elas|eles|voce"
    r"|voces)\b|\bgosto\s+muito\s+(?:dela|dele|deles|de\s+voce)\b",
    "fr": r"\bje\s+(?:l'?\s*|les\s+|t'?\s*|vous\s+)(?:aime|aimais|adore)\b",
    "it": r"\b(?:le|gli|ti|vi)\s+(?:voglio|volevo)\s+bene\b|\b(?:la|lo|li|le|ti)\s+(?:amo|amavo)\b",
}
_NOT_THEIR_FAULT = {
    "de": r"\b(?:sie|er|ihr|du)\s+(?:\w+\s+)?(?:nix|nichts)\s+dafu(?:e)?r\s+(?:kann|konnte|konnen"
    r"|koennen|kannst)\b|\b(?:es|das|nichts\s+davon)\s+(?:ist|war)\s+(?:nicht\s+)?(?:ihre|seine"
    r"|deine|eure)\s+schuld\b|\bkeine\s+schuld\s+(?:hat|hatte|habt|hast|haben)\b",
    "es": r"\bno\s+(?:es|fue|era|ha\s+sido)\s+(?:su|tu|vuestra)\s+culpa\b|\bno\s+tiene[ns]?\s+"
    r"(?:la\s+|ninguna\s+)?culpa\b|\b(?:nada|ninguna)\s+(?:de\s+(?:esto|eso)\s+)?(?:es|fue|era)"
    r"\s+(?:su|tu)\s+culpa\b",
    "pt": r"\bnao\s+(?:e|foi|era)\s+culpa\s+(?:dela|dele|deles|delas|sua|tua|de\s+voce)\b"
    r"|\bnao\s+tem\s+(?:nenhuma\s+)?culpa\b|\b(?:nada|nenhuma)\s+(?:disso\s+)?(?:e|foi|era)"
    r"\s+culpa\b",
    "fr": r"\bn'?\s*(?:y\s+)?(?:est|etait|sont|etaient|es)\s+pour\s+rien\b|\b(?:ce\s+n'?\s*est"
    r"|c'?\s*est|c'?\s*etait)\s+pas\s+(?:sa|ta|leur|votre)\s+faute\b|\brien\s+(?:de\s+tout\s+ca"
    r"\s+)?n'?\s*est\s+(?:sa|ta|leur)\s+faute\b",
    "it": r"\bnon\s+(?:e|era|e\s+stata)\s+colpa\s+(?:sua|tua|loro|vostra)\b|\bnon\s+ha(?:nno)?\s+"
    r"(?:nessuna\s+)?colpa\b|\b(?:niente|nulla)\s+(?:di\s+(?:tutto\s+)?(?:questo|cio)\s+)?"
    r"(?:e|era)\s+colpa\s+(?:sua|tua)\b",
}
# … of nothing named: not "the divorce", "the accident", "the grades" that are not theirs
_OF_NOTHING_NAMED = (
    r"(?!\s+(?:del|de\s+(?:la|lo|los|las)|do|da|dos|das|du|de\s+l'|des|della|dello|dei|delle"
    r"|an\s+(?:der|dem|den)|fu(?:e)?r|se|si|que|che|dass|wenn|if)\b)"
)
_NOT_A_FAMILY_EVENT = (
    r"(?![^.!?\n]*\b(?:divorci\w*|divorz\w*|scheidung|trennung|separa\w*|ruptur\w*|rupture"
    r"|rottura|accident\w*|incident\w*|unfall|acidente|incidente|notas?|zeugnis|examen|esame"
    r"|prova|pru(?:e)?fung|despido|demissao|licenciement|licenziamento|kundigung|kuendigung"
    r"|perro|cachorro|cane|chien|hund|gato|gatto|chat|katze|partido|jogo|match|partita|spiel)\b)"
)
_LOVE_NO_FAULT = {
    lang: _guarded(
        _NOT_A_FAMILY_EVENT + _TOLD,
        either_order(_LOVE[lang], rf"(?:{_NOT_THEIR_FAULT[lang]}){_OF_NOTHING_NAMED}", 90),
    )
    for lang in _LANGS
}
_LOVE_GATE = {
    "de": "schuld|dafur|dafuer",
    "es": "culpa",
    "pt": "culpa",
    "fr": "faute|pour rien",
    "it": "colpa",
}

# --- a thing given for good ------------------------------------------------------------------
_GAVE = {
    "es": r"\b(?:(?:se\s+(?:la|lo|las|los)|le|les)\s+(?:di|regale|deje|pase)|regale|pase)\b",
    "pt": r"\b(?:passei|dei|deixei|entreguei|doei)\b",
    # (the object's pronoun before the auxiliary, and the participle agreeing with it: "je les
    # ai laissés", "li ho lasciati", "gliele ho date")
    "fr": r"\b(?:j'?\s*ai|je\s+(?:(?:les|le|la|l')\s*)?(?:(?:lui|leur)\s+)?ai)\s+(?:donne|file"
    r"|laisse|offert|refile|legue)(?:e|s|es)?\b",
    "it": r"\b(?:ho|gli\s+ho|le\s+ho|l'ho|gliel'ho|li\s+ho|glieli\s+ho|gliele\s+ho)\s+"
    r"(?:dat[oaie]|regalat[oaie]|lasciat[oaie]|passat[oaie])\b",
    "de": r"\b(?:hab|habe)\b[^.!?\n]{0,60}?\b(?:gegeben|geschenkt|vermacht|u(?:e)?berlassen"
    r"|vererbt|weggegeben)\b|\b(?:gab|schenkte|u(?:e)?berliess)\b",
}
_FOR_GOOD = {
    "es": r"\bno\s+(?:la|lo|las|los)\s+(?:vuelvo|volvere|voy)\s+a\s+(?:usar|tocar|necesitar"
    r"|manejar|montar)\b|\bya\s+no\s+(?:la|lo|las|los)\s+voy\s+a\s+(?:usar|necesitar|tocar)\b"
    r"|\b(?:son|es)\s+suy[oa]s?\s+(?:para\s+siempre|de\s+por\s+vida|definitivamente)\b",
    "pt": r"\b(?:e|sao|fica|ficam)\s+(?:del[ea]s?|seus?|suas?|teus?|tuas?)\s+(?:de\s+vez|pra"
    r"\s+sempre|para\s+sempre)\b|\b(?:nao\s+vou\s+mais|nunca\s+mais\s+vou|nao\s+vou\s+voltar"
    r"\s+a)\s+(?:usar|tocar|precisar|pilotar)\b",
    "fr": r"\bje\s+(?:ne\s+|n'?\s*)?(?:m'?\s*en\s+)?(?:servirai|jouerai|toucherai|utiliserai)\s+"
    r"plus\b|\bc'?\s*est\s+a\s+(?:lui|elle|eux|elles|toi)\s+pour\s+(?:de\s+bon|toujours)\b"
    r"|\bj'?\s*en\s+aurai\s+plus\s+besoin\b"
    # kept for ever, and the writer not going or riding out with it again ("à garder pour
    # toujours", "j'irai plus sur la rivière", "je monte plus dessus")
    r"|\ba\s+garder\s+pour\s+(?:toujours|de\s+bon)\b"
    r"|\bj'?\s*(?:y\s+)?(?:irai|retournerai|vais|monterai|monte)\s+plus\s+(?:jamais\s+)?"
    r"(?:sur|dessus|dedans|en|au|a\s+la|dans)\b",
    "it": r"\bnon\s+(?:la|lo|li|le)\s+(?:usero|suonero|tocchero)\s+piu\b|\b(?:e|sono)\s+"
    r"su(?:o|a|oi|e)\s+per\s+sempre\b|\bnon\s+mi\s+serv(?:e|ono|ira|iranno)\s+piu\b"
    # "tienili tu" (you keep them), and the writer not getting on, driving or wearing it again
    # ("io non ci salgo più", "non la guido più")
    r"|\btien(?:ilo|ila|ili|ile|itelo|itela|iteli|itele)\s+tu\b"
    r"|\bnon\s+(?:ci|la|lo|li|le)\s+(?:salgo|saliro|guido|guidero|porto|portero|metto|mettero"
    r"|uso|vado|andro|monto|montero)\s+piu\b",
    "de": r"\b(?:brauch|brauche|werd|werde)\s+(?:ich|es|sie|den|die|das|ihn)\s+(?:\w+\s+)?(?:nicht"
    r"|nie|nimmer)\s+mehr\b|\bgeho(?:e)?rt\s+(?:jetzt\s+)?(?:fu(?:e)?r\s+immer|endgu(?:e)?ltig)"
    r"\s+(?:ihm|ihr)\b",
}
# a reason given: a new one bought, a move, retiring, a hobby given up, a body that can't
_NO_REASON_GIVEN = (
    r"(?![^.!?\n]*\b(?:porque|pues|ya\s+que|compre|nuev[oa]s?|me\s+queda|deje\s+de|mudanza"
    r"|me\s+mudo|jubil\w*|pois|comprei|nov[oa]s?|parei\s+de|mudanca|aposent\w*|parce|puisque"
    r"|nouveaux?|nouvelles?|arrete|demenag\w*|retraite|perche|poiche|nuov[oaie]|smesso"
    r"|trasloc\w*|pensione|weil|neue[nmrs]?|aufgeho(?:e)?rt|umzug|rente|rodilla|joelho|genou"
    r"|ginocchio|knie|espalda|costas|schiena|ru(?:e)?cken|artri\w*|arthr\w*|vista|dedos|doigts"
    r"|dita|finger|pequen[oa]|petit|piccol[oa]|klein"
    # a course, an exam or a degree finished: the notes and books are done with
    r"|apuntes|appunti|apostilas|unterlagen|(?:termin|acab|finit|fini|passei|aprob|bestanden"
    r"|abgeschlossen|nach)\w*\s+(?:\w+\s+){0,2}?(?:carrera|curso|corso|cours|kurs|esami|exames"
    r"|examens?|provas|pru(?:e)?fung|semestre|semester|studium|facul\w+|universi\w+|escuela"
    r"|escola|scuola|ecole|schule|master|licence|liceo|lycee|abitur|bachillerato))\b)"
)
_GIVEN_FOR_GOOD = {
    lang: _guarded(_NO_REASON_GIVEN, rf"(?:{_GAVE[lang]}){_S}{{0,120}}?(?:{_FOR_GOOD[lang]})")
    for lang in _LANGS
}
_GIVEN_GATE = {
    "es": "usar|tocar|necesitar|manejar|montar|suy",
    "pt": "usar|tocar|precisar|pilotar|de vez|sempre",
    "fr": "plus|pour de bon|pour toujours",
    "it": "piu|per sempre|tieni",
    "de": "mehr|immer|endg",
}

# --- letters for each one, "for the day I am gone" --------------------------------------------
_LETTERS = {
    "de": r"\b(?:brief\w*|umschla(?:e)?g\w*|zettel)\b",
    "fr": r"\b(?:lettres?|enveloppes?|mots?)\b",
    "es": r"\b(?:cartas?|sobres?|notas?)\b",
    "pt": r"\b(?:cartas?|envelopes?|bilhetes?)\b",
    "it": r"\b(?:letter[ae]|bust[ae]|bigliett[oi])\b",
}
# the writer, or the name the grandchildren call them by, gone
_ME = {
    "de": r"(?:ich|die\s+oma|der\s+opa|oma|opa|die\s+mama|der\s+papa)",
    "fr": r"(?:je|mamie|meme|mamy|papi|papy|pepe|maman|papa)",
    "es": r"(?:yo\s+|la\s+abuela\s+|el\s+abuelo\s+|la\s+yaya\s+|el\s+yayo\s+|mama\s+|papa\s+)?",
    "pt": r"(?:eu\s+|a\s+vo\s+|o\s+vo\s+|a\s+vovo\s+|o\s+vovo\s+|a\s+mae\s+|o\s+pai\s+)?",
    "it": r"(?:io\s+|la\s+nonna\s+|il\s+nonno\s+|mamma\s+|papa\s+)?",
}
_FOR_THE_DAY = {
    "fr": rf"\bpour\s+(?:le\s+jour\s+ou|quand)\s+{_ME['fr']}\s+(?:ne\s+|n'?\s*)?(?:serai|sera)\s+"
    r"(?:partie?|plus\s+la)\b",
    "es": rf"\bpara\s+(?:el\s+dia\s+(?:en\s+)?que|cuando)\s+{_ME['es']}(?:ya\s+)?(?:no\s+este"
    r"|me\s+vaya|se\s+vaya|falte|me\s+muera|se\s+muera)\b",
    "pt": rf"\b(?:pro|para\s+o)\s+dia\s+(?:em\s+)?que\s+{_ME['pt']}(?:ja\s+)?(?:nao\s+estiver"
    r"|partir|faltar|me\s+for|for\s+embora|morrer)\b",
    "it": rf"\bper\s+(?:il\s+giorno\s+in\s+cui|quando)\s+{_ME['it']}(?:non\s+ci\s+sar[oa]\s+piu"
    r"|me\s+ne\s+andro|se\s+ne\s+andra|manchero|manchera)\b",
    "de": rf"\bfu(?:e)?r\s+den\s+tag,?\s+(?:an\s+dem|wo|wenn)\s+{_ME['de']}\s+(?:nicht\s+mehr"
    r"\s+(?:da|hier)\s+(?:bin|ist)|gehe|geh|geht|sterbe|stirbt|weg\s+(?:bin|ist))\b",
}
# a will, a notary, an inheritance, a time capsule, a trip or a move: papers and partings of a
# long life, not a farewell
_NOT_PAPERS_OR_TRIPS = (
    r"(?![^.!?\n]*\b(?:testament\w*|notar\w*|notai\w*|cartorio|erbe|erbschaft|heritage|herencia"
    r"|heranca|eredita|succession|anwalt|avocat|abogado|advogado|avvocato|zeitkapsel|capsule"
    r"|capsula|vacances|voyage|vacaciones|viaje|ferias|viagem|vacanz\w*|viaggio|urlaub|reise"
    r"|retraite|jubil\w*|aposent\w*|pensione|rente|demenag\w*|mudanza|mudanca|trasloc\w*|umzug"
    r"|hopital|hospital|ospedale|krankenhaus|operation|operacion|operacao|operazione)\b)"
)
_LETTERS_FOR_THE_DAY = {
    lang: _guarded(_NOT_PAPERS_OR_TRIPS, rf"{_LETTERS[lang]}{_S}{{0,120}}?{_FOR_THE_DAY[lang]}")
    for lang in _LANGS
}
# … or found after, told in the next sentence: the letters slipped behind a frame and "ils les
# trouveront après", "ya los encontrarán", "le troveranno dopo", "die finden sie dann": the
# finding closes its clause, so "… après le dîner" (a hunt, a surprise) is not this
_FOUND_AFTER = {
    "fr": r"\b(?:ils|elles|on)\s+(?:les\s+)?(?:trouveront|trouvera|liront|lira)\s+(?:apres|plus"
    r"\s+tard|un\s+jour|le\s+moment\s+venu)",
    "es": r"\b(?:ya\s+)?(?:los|las)\s+(?:encontrar(?:an|a)|leer(?:an|a))\s+(?:despues|luego|mas"
    r"\s+tarde|algun\s+dia|a\s+su\s+tiempo)",
    "pt": r"\b(?:(?:eles|elas|v[ao]o|vai)\s+)?(?:(?:as|os)\s+)?(?:encontrar|achar|ler|encontrarao"
    r"|acharao|lerao|encontra-l[oa]s|acha-l[oa]s)\s+(?:depois|mais\s+tarde|um\s+dia)",
    "it": r"\b(?:le|li)\s+(?:troveranno|trovera|leggeranno|leggera)\s+(?:dopo|poi|piu\s+avanti"
    r"|un\s+giorno)",
    "de": r"\b(?:die|sie)\s+(?:finden|lesen|werden)\s+(?:sie|die)\s+(?:\w+\s+)?(?:danach"
    r"|spa(?:e)?ter|irgendwann|dann)(?:\s+finden|\s+lesen)?",
}
# (a hunt, a birthday, a feast or a surprise: letters hidden for a game or a present)
_NOT_A_GAME = (
    r"(?![^\n]{0,240}\b(?:chasse|caccia|busqueda|schnitzeljagd|caca|anniversaire|cumple\w*"
    r"|compleanno|aniversario|geburtstag|noel|navidad|natale|natal|weihnacht\w*|paques|pascua"
    r"|pascoa|pasqua|ostern|surprise|sorpresa|surpresa|u(?:e)?berraschung|jeu|juego|gioco|jogo"
    r"|spiel|tesoro|tresor|schatz\w*)\b)"
)
# (its guards read both sentences)
_TWO_SENTENCE_GUARDS = _NOT_PAPERS_OR_TRIPS.replace(_S, r"[^\n]") + _NOT_A_GAME
_LETTERS_FOUND_AFTER = {
    lang: rf"(?:^|(?<=[.!?\n])){_TWO_SENTENCE_GUARDS}"
    rf"[^\n]*?{_LETTERS[lang]}[^\n]{{0,160}}?[.;]\s*{_FOUND_AFTER[lang]}\s*(?:[.!;]|$)"
    for lang in _LANGS
}
_FOUND_GATE = {
    "fr": "trouver|liront|lira",
    "es": "encontrar|leer",
    "pt": "encontr|achar|ler",
    "it": "trover|legger",
    "de": "finden|lesen",
}
_FOR_THE_DAY_GATE = {
    "fr": "serai|sera",
    "es": "este|vaya|falte|muera",
    "pt": "estiver|partir|faltar|for|morrer",
    "it": "piu|andr|manch",
    "de": "tag",
}


RULES: tuple[Rule, ...] = (
    _family("love_no_fault", Category.GOODBYES, _CON, _LOVE_NO_FAULT, _LOVE_GATE)
    + _family("given_for_good", Category.GIVING_AWAY, _CON, _GIVEN_FOR_GOOD, _GIVEN_GATE)
    + _family(
        "letters_for_the_day", Category.GOODBYES, _CON, _LETTERS_FOR_THE_DAY, _FOR_THE_DAY_GATE
    )
    + _family("letters_found_after", Category.GOODBYES, _CON, _LETTERS_FOUND_AFTER, _FOUND_GATE)
)

__all__ = ["RULES"]
